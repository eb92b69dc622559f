-- pbgdpl schema 0012: the September call for tuyên truyền viên (TT 10/2016/TT-BTP Điều 5): the register of
-- volunteers of a year and the eligibility found. Local to the unit (not synced): the people recognised become
-- reporters, which travel. Never edit this file once it has landed: add the next number instead.

CREATE TABLE ttv_volunteers (
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    year INTEGER NOT NULL,
    full_name TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'nam', 'nu')),
    birth_year INTEGER,
    area TEXT NOT NULL DEFAULT '',
    occupation TEXT NOT NULL DEFAULT '',
    proposer TEXT NOT NULL DEFAULT '',
    registered_on TEXT NOT NULL,
    eligible INTEGER CHECK (eligible IN (0, 1)),
    reason TEXT NOT NULL DEFAULT '',
    reporter_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX ttv_volunteers_year ON ttv_volunteers (owner_unit, year);
