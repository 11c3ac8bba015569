-- Vetting (interviews with seven-trait scorecards, reference checks, qualification decisions),
-- the shortlists presented to clients, and what clients do with them.
CREATE TABLE vetting_interviews (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    held_on TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX vetting_interviews_candidate ON vetting_interviews(candidate_id);

CREATE TABLE reference_checks (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    checked_on TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX reference_checks_candidate ON reference_checks(candidate_id);

CREATE TABLE qualification_decisions (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    decided_at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX qualification_decisions_candidate ON qualification_decisions(candidate_id);

CREATE TABLE shortlists (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    mandate_id INTEGER NOT NULL REFERENCES mandates(id),
    presented_at TEXT,
    body TEXT NOT NULL
);
CREATE INDEX shortlists_mandate ON shortlists(mandate_id);

CREATE TABLE client_feedback (
    id INTEGER PRIMARY KEY,
    mandate_id INTEGER NOT NULL REFERENCES mandates(id),
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX client_feedback_mandate ON client_feedback(mandate_id);
