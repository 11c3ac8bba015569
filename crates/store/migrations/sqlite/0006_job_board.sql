-- The job board: interim assignments published from mandates, and interim managers'
-- applications to them (each also a place in the mandate's pipeline).
CREATE TABLE job_postings (
    id INTEGER PRIMARY KEY,
    mandate_id INTEGER NOT NULL UNIQUE REFERENCES mandates(id),
    closes_on TEXT NOT NULL,
    body TEXT NOT NULL
);

CREATE TABLE applications (
    id INTEGER PRIMARY KEY,
    posting_id INTEGER NOT NULL REFERENCES job_postings(id),
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    body TEXT NOT NULL,
    UNIQUE (posting_id, candidate_id)
);
CREATE INDEX applications_candidate ON applications(candidate_id);
