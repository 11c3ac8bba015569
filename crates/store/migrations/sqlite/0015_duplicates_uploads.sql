-- Possible duplicates and merges (issue 16): each candidate's name key (first and last name
-- folded, `domain::duplicates::name_key`; written from the body with every write, and for
-- rows written before this migration by the store's `migrate`), the pairs that may be one
-- person with the consultant's decision, and the keys a merged-away record was known by so
-- a later export finds the survivor. And the admin's import page: the uploaded file kept
-- with its import until the background job has read it, and the job's progress.
ALTER TABLE candidates ADD COLUMN name_key TEXT;
CREATE INDEX candidates_name_key ON candidates(name_key);

CREATE TABLE possible_duplicates (
    id INTEGER PRIMARY KEY,
    first_id INTEGER NOT NULL,
    second_id INTEGER NOT NULL,
    reasons TEXT NOT NULL,
    status TEXT NOT NULL,
    found_at TEXT NOT NULL,
    decided_by INTEGER REFERENCES users(id),
    decided_at TEXT,
    UNIQUE (first_id, second_id),
    CHECK (first_id < second_id)
);
CREATE INDEX possible_duplicates_open ON possible_duplicates(status, id);
CREATE INDEX possible_duplicates_second ON possible_duplicates(second_id);

ALTER TABLE candidate_merges ADD COLUMN email TEXT;
ALTER TABLE candidate_merges ADD COLUMN phone_e164 TEXT;
ALTER TABLE candidate_merges ADD COLUMN source TEXT;
ALTER TABLE candidate_merges ADD COLUMN external_id TEXT;
ALTER TABLE candidate_merges ADD COLUMN merged_by INTEGER REFERENCES users(id);
ALTER TABLE candidate_merges ADD COLUMN report TEXT;
CREATE INDEX candidate_merges_email ON candidate_merges(email);
CREATE INDEX candidate_merges_survivor ON candidate_merges(survivor_id);

ALTER TABLE imports ADD COLUMN rows_done INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN rows_total INTEGER NOT NULL DEFAULT 0;
CREATE TABLE import_files (
    import_id INTEGER PRIMARY KEY REFERENCES imports(id) ON DELETE CASCADE,
    bytes BLOB NOT NULL,
    mapping TEXT NOT NULL
);
