-- An interim manager's request to be erased, waiting for an administrator.
CREATE TABLE erasure_requests (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    requested_at TEXT NOT NULL,
    reason TEXT NOT NULL
);
