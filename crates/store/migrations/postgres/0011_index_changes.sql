-- The change feed (issue 14): every committed write that changes what the match index sees
-- leaves a row here, written by the database itself in the same transaction, so no code path
-- can change a candidate or a booking without every app server hearing of it. A follower
-- reads the rows after the last one it applied and re-reads those candidates.
--
-- `seq` comes from a sequence, which hands out numbers at insert time, not at commit: a
-- transaction that took 10 can commit after one that took 11. The follower therefore keeps
-- the numbers it has not seen yet open for a while (`service::feed`), instead of trusting
-- `seq > last`.
--
-- Each change also sends a notification on `interim_index_changes` with an empty payload, so
-- the notifications of one transaction fold into one and carry nothing but the wake-up:
-- PostgreSQL delivers it at commit and never for a rolled-back transaction. Notifications are
-- not replayed after a lost connection; the table is, so the follower also polls.
CREATE TABLE index_changes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    candidate_id BIGINT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX index_changes_changed_at ON index_changes(changed_at);

CREATE FUNCTION index_changes_of_candidate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO index_changes (candidate_id) VALUES (OLD.id);
    ELSE
        INSERT INTO index_changes (candidate_id) VALUES (NEW.id);
    END IF;
    PERFORM pg_notify('interim_index_changes', '');
    RETURN NULL;
END;
$$;
CREATE FUNCTION index_changes_of_placement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO index_changes (candidate_id) VALUES (OLD.candidate_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.candidate_id <> OLD.candidate_id) THEN
        INSERT INTO index_changes (candidate_id) VALUES (NEW.candidate_id);
    END IF;
    PERFORM pg_notify('interim_index_changes', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER index_changes_candidates AFTER INSERT OR UPDATE OR DELETE ON candidates
FOR EACH ROW EXECUTE FUNCTION index_changes_of_candidate();
CREATE TRIGGER index_changes_placements AFTER INSERT OR UPDATE OR DELETE ON placements
FOR EACH ROW EXECUTE FUNCTION index_changes_of_placement();
