-- The client's evaluation of a finished assignment, one per placement.
CREATE TABLE client_evaluations (
    id INTEGER PRIMARY KEY,
    placement_id INTEGER NOT NULL UNIQUE REFERENCES placements(id),
    body TEXT NOT NULL
);
