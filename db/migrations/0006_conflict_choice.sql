-- Resolving a conflict at the upper level makes a received version current exactly as its owner wrote it
-- (app.services.bundles.resolve_conflict), which may carry the same revision as the stored one. The resolution
-- names the record in rev_override for the length of its own transaction; every other update must still count
-- the revision up.
CREATE TABLE rev_override (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id)
);

DROP TRIGGER activities_rev_up;
CREATE TRIGGER activities_rev_up BEFORE UPDATE ON activities
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'activities' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'activity revision must increase');
END;

DROP TRIGGER reporters_rev_up;
CREATE TRIGGER reporters_rev_up BEFORE UPDATE ON reporters
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'reporters' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'reporter revision must increase');
END;

DROP TRIGGER attachments_rev_up;
CREATE TRIGGER attachments_rev_up BEFORE UPDATE ON attachments
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'attachments' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'attachment revision must increase');
END;
