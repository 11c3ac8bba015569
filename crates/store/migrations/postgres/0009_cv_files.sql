-- Each interim manager's current CV file, checked and stripped of metadata before it is
-- written (domain::cv::CvFile); a new upload replaces the old one, and the file goes with
-- the interim manager.
CREATE TABLE cv_files (
    candidate_id BIGINT PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes = octet_length(bytes)),
    bytes BYTEA NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL,
    uploaded_by BIGINT REFERENCES users(id)
);
