-- Every earlier version of a mandate is kept when its need or status changes: the database
-- keeps the history itself, so no code path can change a mandate without leaving a trace.
CREATE TABLE mandate_revisions (
    id INTEGER PRIMARY KEY,
    mandate_id INTEGER NOT NULL REFERENCES mandates(id),
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    replaced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (mandate_id, version)
);

CREATE TRIGGER mandate_revisions_keep AFTER UPDATE OF body ON mandates
WHEN OLD.body <> NEW.body
BEGIN
    INSERT INTO mandate_revisions (mandate_id, version, body) VALUES (OLD.id, OLD.version, OLD.body);
END;
