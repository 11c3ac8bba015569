-- The change feed (issue 14): every committed write that changes what the match index sees
-- leaves a row here, written by the database itself in the same transaction, so no code path
-- can change a candidate or a booking without every app server hearing of it. A follower
-- reads the rows after the last one it applied and re-reads those candidates. On SQLite one
-- writer commits at a time, so the sequence is also the commit order.
CREATE TABLE index_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    candidate_id INTEGER NOT NULL,
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX index_changes_changed_at ON index_changes(changed_at);

CREATE TRIGGER index_changes_candidate_added AFTER INSERT ON candidates
BEGIN
    INSERT INTO index_changes (candidate_id) VALUES (NEW.id);
END;
CREATE TRIGGER index_changes_candidate_changed AFTER UPDATE ON candidates
BEGIN
    INSERT INTO index_changes (candidate_id) VALUES (NEW.id);
END;
CREATE TRIGGER index_changes_candidate_removed AFTER DELETE ON candidates
BEGIN
    INSERT INTO index_changes (candidate_id) VALUES (OLD.id);
END;
CREATE TRIGGER index_changes_placement_added AFTER INSERT ON placements
BEGIN
    INSERT INTO index_changes (candidate_id) VALUES (NEW.candidate_id);
END;
CREATE TRIGGER index_changes_placement_changed AFTER UPDATE ON placements
BEGIN
    INSERT INTO index_changes (candidate_id) VALUES (OLD.candidate_id);
    INSERT INTO index_changes (candidate_id) SELECT NEW.candidate_id WHERE NEW.candidate_id <> OLD.candidate_id;
END;
CREATE TRIGGER index_changes_placement_removed AFTER DELETE ON placements
BEGIN
    INSERT INTO index_changes (candidate_id) VALUES (OLD.candidate_id);
END;
