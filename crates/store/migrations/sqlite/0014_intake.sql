-- Bringing a network in (issue 16): each candidate's key in the network they came from, the
-- phone in E.164 for the duplicate check, and the day their Art. 14 notice is due; every
-- import with its report; the column mapping kept per source; and where a merged-away
-- candidate went. The projected columns are written from the body in the same statement.
ALTER TABLE candidates ADD COLUMN external_id TEXT;
ALTER TABLE candidates ADD COLUMN phone_e164 TEXT;
ALTER TABLE candidates ADD COLUMN notice_due TEXT;
CREATE UNIQUE INDEX candidates_source_key ON candidates(source, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX candidates_phone ON candidates(phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX candidates_notice_due ON candidates(notice_due) WHERE notice_due IS NOT NULL;

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    dry_run INTEGER NOT NULL,
    strict INTEGER NOT NULL,
    status TEXT NOT NULL,
    started_by INTEGER REFERENCES users(id),
    started_at TEXT NOT NULL,
    finished_at TEXT,
    report TEXT NOT NULL
);

CREATE TABLE import_mappings (
    source TEXT PRIMARY KEY,
    mapping TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE candidate_merges (
    merged_id INTEGER PRIMARY KEY,
    survivor_id INTEGER NOT NULL,
    merged_at TEXT NOT NULL
);

-- Phones already written in international form get their E.164 key now; a national number
-- gets it when its record is next written (its country's rules are the application's).
UPDATE candidates SET phone_e164 = '+' || ltrim(
    replace(replace(replace(replace(replace(replace(
        json_extract(body, '$.phone'), ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '/', ''),
    '+0')
WHERE json_extract(body, '$.phone') LIKE '+%' OR json_extract(body, '$.phone') LIKE '00%';
