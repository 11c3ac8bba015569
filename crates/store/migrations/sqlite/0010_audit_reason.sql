-- Why an access was made where the rules ask for a reason (issue 13): a consultant who
-- switches the client's exclusions off for a ranking writes why.
ALTER TABLE audit_log ADD COLUMN reason TEXT;
