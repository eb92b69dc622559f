-- pbgdpl schema 0010: chuẩn tiếp cận pháp luật, the yearly assessment of a unit and its answers (synced kinds).
-- Never edit this file once it has landed: add the next number instead.

-- One assessment per unit, year and scorer ('self': the commune's own scoring; 'upper': the upper level's).
-- set_id and set_version name the criteria set it was made under (resources/catalogs/criteria); result is
-- the score computed from its answers under that version, kept as computed (a catalog update never changes it).
CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    rev INTEGER NOT NULL CHECK (rev >= 1),
    rev_by TEXT NOT NULL,
    base_rev INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    scorer TEXT NOT NULL DEFAULT 'self' CHECK (scorer IN ('self', 'upper')),
    set_id TEXT NOT NULL,
    set_version TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT '',
    total TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '{}',
    computed_at TEXT NOT NULL DEFAULT '',
    computed_by TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    natural_key TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessments_unit_year ON assessments (unit_code, year);
CREATE INDEX assessments_owner ON assessments (owner_unit, natural_key);

-- The raw input of one indicator, part or condition; evidence lists files stored by content hash.
CREATE TABLE assessment_answers (
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    rev INTEGER NOT NULL CHECK (rev >= 1),
    rev_by TEXT NOT NULL,
    base_rev INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    assessment_id TEXT NOT NULL REFERENCES assessments (id),
    code TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT '{}',
    source TEXT NOT NULL DEFAULT 'entered' CHECK (source IN ('entered', 'derived')),
    derived_from TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]',
    entered_by TEXT NOT NULL DEFAULT '',
    entered_at TEXT NOT NULL DEFAULT '',
    natural_key TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assessment_answers_assessment ON assessment_answers (assessment_id, code);
