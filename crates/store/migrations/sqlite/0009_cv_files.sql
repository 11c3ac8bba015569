-- Each interim manager's current CV file, checked and stripped of metadata before it is
-- written (domain::cv::CvFile); a new upload replaces the old one, and the file goes with
-- the interim manager.
CREATE TABLE cv_files (
    candidate_id INTEGER PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes = length(bytes)),
    bytes BLOB NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by INTEGER REFERENCES users(id)
);
