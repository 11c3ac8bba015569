-- An interim manager's own network of contacts, private to them.
CREATE TABLE network_contacts (
    id INTEGER PRIMARY KEY,
    owner INTEGER NOT NULL REFERENCES candidates(id),
    next_contact_on TEXT,
    body TEXT NOT NULL
);
CREATE INDEX network_contacts_owner ON network_contacts(owner);
