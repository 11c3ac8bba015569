-- Background jobs (issue 14): imports, retention, reminders and e-mail run from one table.
-- A job is claimed by one worker at a time for a lease; a finished job never runs again; a
-- failed attempt is retried with backoff until `max_attempts`, keeping its last error; a job
-- whose worker died is claimed again once its lease runs out. `dedupe_key` makes enqueueing
-- idempotent, so every server may enqueue the same periodic job and it exists once.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    dedupe_key TEXT UNIQUE,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    run_after TEXT NOT NULL,
    locked_by TEXT,
    locked_until TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX jobs_due ON jobs(status, run_after);
