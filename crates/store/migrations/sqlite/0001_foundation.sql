-- Foundation schema for SQLite. Every mutable record has a version column for optimistic
-- concurrency. Columns beside `body` are projections of the JSON body for querying; the store
-- writes both from the same value in one statement.

CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL,
    body TEXT NOT NULL
);

CREATE TABLE client_contacts (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    body TEXT NOT NULL
);
CREATE INDEX client_contacts_client ON client_contacts(client_id);

CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    profile_kind TEXT NOT NULL,
    source TEXT NOT NULL,
    vetting_status TEXT NOT NULL,
    qualified_until TEXT,
    day_rate INTEGER NOT NULL,
    currency TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    relocate INTEGER NOT NULL,
    available_from TEXT NOT NULL,
    consent_until TEXT,
    languages TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    client_id INTEGER REFERENCES clients(id),
    candidate_id INTEGER REFERENCES candidates(id),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE mandates (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    consultant_id INTEGER REFERENCES users(id),
    status TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX mandates_client ON mandates(client_id);

CREATE TABLE pipeline_entries (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    mandate_id INTEGER NOT NULL REFERENCES mandates(id),
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    stage TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (mandate_id, candidate_id)
);
CREATE INDEX pipeline_entries_candidate ON pipeline_entries(candidate_id);

CREATE TABLE placements (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    mandate_id INTEGER NOT NULL REFERENCES mandates(id),
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX placements_candidate ON placements(candidate_id);

CREATE TABLE consent_records (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    purpose TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX consent_records_candidate ON consent_records(candidate_id);
