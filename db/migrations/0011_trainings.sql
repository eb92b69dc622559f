-- pbgdpl schema 0011: trainings (tập huấn, bồi dưỡng) as a synced record kind (bundle format 3).
-- Never edit this file once it has landed: add the next number instead.

CREATE TABLE trainings (
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    rev INTEGER NOT NULL CHECK (rev >= 1),
    rev_by TEXT NOT NULL,
    base_rev INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    date TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organiser TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '' CHECK (audience IN ('', 'bcv', 'ttv')),
    attendee_ids TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    natural_key TEXT NOT NULL DEFAULT ''
);
CREATE INDEX trainings_owner_date ON trainings (owner_unit, deleted, date);
CREATE INDEX trainings_natural ON trainings (owner_unit, natural_key);

-- Derived index of trainings.attendee_ids (rebuilt on every save).
CREATE TABLE training_attendees (
    training_id TEXT NOT NULL REFERENCES trainings (id),
    reporter_id TEXT NOT NULL,
    PRIMARY KEY (training_id, reporter_id)
) WITHOUT ROWID;
CREATE INDEX training_attendees_reporter ON training_attendees (reporter_id);

CREATE TRIGGER trainings_no_delete BEFORE DELETE ON trainings
BEGIN
    SELECT RAISE(ABORT, 'trainings are never removed; mark them deleted');
END;
CREATE TRIGGER trainings_rev_up BEFORE UPDATE ON trainings WHEN NEW.rev <= OLD.rev
BEGIN
    SELECT RAISE(ABORT, 'training revision must increase');
END;
