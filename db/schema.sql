-- Schema snapshot: what db/migrations produce on an empty database (regenerate with `make schema`).

-- index activities_log
CREATE INDEX activities_log ON activities (
    owner_unit, deleted, date, participants, women, ethnic_minority, materials, cost, search_key
);

-- index activities_natural
CREATE INDEX activities_natural ON activities (owner_unit, natural_key);

-- index activity_reporters_reporter
CREATE INDEX activity_reporters_reporter ON activity_reporters (reporter_id);

-- index approvals_unit_period
CREATE INDEX approvals_unit_period ON approvals (unit_code, period, decision_no);

-- index assessment_answers_assessment
CREATE INDEX assessment_answers_assessment ON assessment_answers (assessment_id, code);

-- index assessments_owner
CREATE INDEX assessments_owner ON assessments (owner_unit, natural_key);

-- index assessments_unit_year
CREATE INDEX assessments_unit_year ON assessments (unit_code, year);

-- index attachments_activity
CREATE INDEX attachments_activity ON attachments (activity_id);

-- index bundle_imports_source
CREATE INDEX bundle_imports_source ON bundle_imports (source_unit, seq);

-- index merge_conflicts_status
CREATE INDEX merge_conflicts_status ON merge_conflicts (status, owner_unit);

-- index plan_tasks_natural
CREATE INDEX plan_tasks_natural ON plan_tasks (owner_unit, natural_key);

-- index plan_tasks_plan
CREATE INDEX plan_tasks_plan ON plan_tasks (plan_id, deleted, position);

-- index plans_natural
CREATE INDEX plans_natural ON plans (owner_unit, natural_key);

-- index plans_owner
CREATE INDEX plans_owner ON plans (owner_unit, deleted, year_from);

-- index reporters_natural
CREATE INDEX reporters_natural ON reporters (owner_unit, natural_key);

-- index reporters_owner
CREATE INDEX reporters_owner ON reporters (owner_unit, deleted, sort_key);

-- index task_activities_activity
CREATE INDEX task_activities_activity ON task_activities (activity_id);

-- index training_attendees_reporter
CREATE INDEX training_attendees_reporter ON training_attendees (reporter_id);

-- index trainings_natural
CREATE INDEX trainings_natural ON trainings (owner_unit, natural_key);

-- index trainings_owner_date
CREATE INDEX trainings_owner_date ON trainings (owner_unit, deleted, date);

-- index trusted_keys_fingerprint
CREATE INDEX trusted_keys_fingerprint ON trusted_keys (fingerprint);

-- index ttv_volunteers_year
CREATE INDEX ttv_volunteers_year ON ttv_volunteers (owner_unit, year);

-- table activities
CREATE TABLE activities (
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
    forms TEXT NOT NULL DEFAULT '[]',
    topics TEXT NOT NULL DEFAULT '[]',
    place TEXT NOT NULL DEFAULT '',
    target_groups TEXT NOT NULL DEFAULT '[]',
    extra_groups TEXT NOT NULL DEFAULT '[]',
    participants INTEGER NOT NULL DEFAULT 0,
    women INTEGER NOT NULL DEFAULT 0,
    ethnic_minority INTEGER NOT NULL DEFAULT 0,
    materials INTEGER NOT NULL DEFAULT 0,
    reporter_ids TEXT NOT NULL DEFAULT '[]',
    cost INTEGER NOT NULL DEFAULT 0,
    organiser TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL DEFAULT '',
    natural_key TEXT NOT NULL DEFAULT ''
);

-- table activities_search
CREATE VIRTUAL TABLE activities_search USING fts5(
    search_key,
    content = 'activities',
    content_rowid = 'rowid',
    tokenize = 'trigram case_sensitive 1'
);

-- table activities_search_config
CREATE TABLE 'activities_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table activities_search_data
CREATE TABLE 'activities_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table activities_search_docsize
CREATE TABLE 'activities_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table activities_search_idx
CREATE TABLE 'activities_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table activity_reporters
CREATE TABLE activity_reporters (
    activity_id TEXT NOT NULL REFERENCES activities (id),
    reporter_id TEXT NOT NULL,
    PRIMARY KEY (activity_id, reporter_id)
) WITHOUT ROWID;

-- table approvals
CREATE TABLE approvals (
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 1 CHECK (rev >= 1),
    rev_by TEXT NOT NULL DEFAULT '',
    base_rev INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    period TEXT NOT NULL,
    decision_no INTEGER NOT NULL CHECK (decision_no >= 1),
    decision TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
    reason TEXT NOT NULL DEFAULT '',
    bundle_id TEXT NOT NULL,
    bundle_seq INTEGER NOT NULL DEFAULT 0,
    records_hash TEXT NOT NULL,
    counts TEXT NOT NULL DEFAULT '{}',
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL DEFAULT '',
    received_at TEXT,
    received_bundle_id TEXT NOT NULL DEFAULT '',
    CHECK (decision = 'approved' OR trim(reason) <> '')
);

-- table assessment_answers
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

-- table assessments
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

-- table attachments
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    rev INTEGER NOT NULL CHECK (rev >= 1),
    rev_by TEXT NOT NULL,
    base_rev INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    activity_id TEXT NOT NULL REFERENCES activities (id),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    filename TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    mime TEXT NOT NULL DEFAULT ''
);

-- table audit_log
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    installation TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL DEFAULT '',
    record_id TEXT NOT NULL DEFAULT '',
    rev INTEGER,
    changes TEXT NOT NULL DEFAULT '{}',
    source TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

-- table bundle_exports
CREATE TABLE bundle_exports (
    seq INTEGER PRIMARY KEY CHECK (seq >= 1),
    bundle_id TEXT NOT NULL UNIQUE,
    unit_code TEXT NOT NULL,
    period TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    filename TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    counts TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
, relayed TEXT NOT NULL DEFAULT '[]');

-- table bundle_imports
CREATE TABLE bundle_imports (
    bundle_id TEXT PRIMARY KEY,
    source_unit TEXT NOT NULL,
    seq INTEGER NOT NULL,
    periods TEXT NOT NULL DEFAULT '[]',
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT '',
    app_version TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL DEFAULT '',
    filename TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    stored_path TEXT NOT NULL DEFAULT '',
    report TEXT NOT NULL DEFAULT '{}'
);

-- table decision_exports
CREATE TABLE decision_exports (
    bundle_id TEXT PRIMARY KEY,
    target_unit TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    periods TEXT NOT NULL DEFAULT '[]',
    decisions INTEGER NOT NULL DEFAULT 0,
    filename TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (target_unit, seq)
);

-- table expected_units
CREATE TABLE expected_units (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level TEXT NOT NULL DEFAULT 'commune',
    valid_from TEXT,
    valid_until TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    added_by TEXT NOT NULL DEFAULT 'catalog' CHECK (added_by IN ('catalog', 'officer')),
    added_at TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);

-- table file_imports
CREATE TABLE file_imports (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    filename TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    rows INTEGER NOT NULL,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    skipped INTEGER NOT NULL,
    report TEXT NOT NULL DEFAULT '{}'
);

-- table merge_conflicts
CREATE TABLE "merge_conflicts" (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL CHECK (table_name <> ''),
    record_id TEXT NOT NULL,
    owner_unit TEXT NOT NULL,
    stored_rev INTEGER NOT NULL,
    incoming_rev INTEGER NOT NULL,
    incoming_base_rev INTEGER NOT NULL,
    incoming_rev_by TEXT NOT NULL,
    incoming_deleted INTEGER NOT NULL CHECK (incoming_deleted IN (0, 1)),
    incoming_hash TEXT NOT NULL,
    incoming TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    bundle_id TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept_mine', 'took_theirs')),
    resolved_at TEXT,
    resolved_by TEXT NOT NULL DEFAULT '',
    UNIQUE (table_name, record_id, incoming_rev, incoming_hash)
);

-- table plan_tasks
CREATE TABLE plan_tasks (
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    rev INTEGER NOT NULL CHECK (rev >= 1),
    rev_by TEXT NOT NULL,
    base_rev INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans (id),
    position INTEGER NOT NULL DEFAULT 0,
    section TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT '',
    lead TEXT NOT NULL DEFAULT '',
    cooperating TEXT NOT NULL DEFAULT '[]',
    deadline TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open',
    done_date TEXT,
    outside_plan INTEGER NOT NULL DEFAULT 0,
    budget INTEGER NOT NULL DEFAULT 0,
    activity_ids TEXT NOT NULL DEFAULT '[]',
    progress_note TEXT NOT NULL DEFAULT '',
    source_task TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL DEFAULT '',
    natural_key TEXT NOT NULL DEFAULT ''
);

-- table plans
CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    rev INTEGER NOT NULL CHECK (rev >= 1),
    rev_by TEXT NOT NULL,
    base_rev INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    date TEXT,
    issuer TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'annual',
    year_from INTEGER NOT NULL DEFAULT 0,
    year_to INTEGER NOT NULL DEFAULT 0,
    issue_deadline TEXT,
    source TEXT NOT NULL DEFAULT '',
    budget INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL DEFAULT '',
    natural_key TEXT NOT NULL DEFAULT ''
);

-- table received_lines
CREATE TABLE received_lines (
    owner_unit TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    rev INTEGER NOT NULL,
    line_key BLOB NOT NULL,
    PRIMARY KEY (owner_unit, table_name, record_id)
) WITHOUT ROWID;

-- table reporters
CREATE TABLE reporters (
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    rev INTEGER NOT NULL CHECK (rev >= 1),
    rev_by TEXT NOT NULL,
    base_rev INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('bcv', 'ttv')),
    full_name TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    ethnicity TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    qualification TEXT NOT NULL DEFAULT '',
    law_fields TEXT NOT NULL DEFAULT '[]',
    area TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    proposer TEXT NOT NULL DEFAULT '',
    recognition_number TEXT NOT NULL DEFAULT '',
    recognition_date TEXT,
    recognition_authority TEXT NOT NULL DEFAULT '',
    dismissal_number TEXT NOT NULL DEFAULT '',
    dismissal_date TEXT,
    dismissal_authority TEXT NOT NULL DEFAULT '',
    dismissal_ground TEXT NOT NULL DEFAULT '',
    dismissal_reason TEXT NOT NULL DEFAULT '',
    trainings TEXT NOT NULL DEFAULT '[]',
    refusals INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    sort_key TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL DEFAULT '',
    natural_key TEXT NOT NULL DEFAULT ''
, level TEXT NOT NULL DEFAULT '', review_flag TEXT NOT NULL DEFAULT '', suspended_from TEXT, suspended_until TEXT, suspension_reason TEXT NOT NULL DEFAULT '', id_number TEXT NOT NULL DEFAULT '');

-- table reporting_deadlines
CREATE TABLE reporting_deadlines (
    period_kind TEXT PRIMARY KEY CHECK (period_kind IN ('Y', 'H', 'Q', 'M')),
    due_offset_days INTEGER NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    certainty TEXT NOT NULL DEFAULT ''
);

-- table rev_override
CREATE TABLE rev_override (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id)
);

-- table settings
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- table signing_keys
CREATE TABLE signing_keys (
    fingerprint TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    file TEXT NOT NULL,
    encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
    created_at TEXT NOT NULL,
    retired_at TEXT
);

-- table task_activities
CREATE TABLE task_activities (
    task_id TEXT NOT NULL REFERENCES plan_tasks (id),
    activity_id TEXT NOT NULL,
    PRIMARY KEY (task_id, activity_id)
) WITHOUT ROWID;

-- table training_attendees
CREATE TABLE training_attendees (
    training_id TEXT NOT NULL REFERENCES trainings (id),
    reporter_id TEXT NOT NULL,
    PRIMARY KEY (training_id, reporter_id)
) WITHOUT ROWID;

-- table trainings
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

-- table trusted_keys
CREATE TABLE trusted_keys (
    id INTEGER PRIMARY KEY,
    unit_code TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    enrolled_by TEXT NOT NULL,
    valid_from TEXT,
    valid_until TEXT,
    revoked_at TEXT,
    revoked_by TEXT NOT NULL DEFAULT '',
    revoke_reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (unit_code, fingerprint)
);

-- table ttv_volunteers
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

-- table units
CREATE TABLE units (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('commune', 'district', 'province')),
    division_type TEXT NOT NULL DEFAULT '',
    province_code TEXT NOT NULL DEFAULT '',
    parent_code TEXT,
    source TEXT NOT NULL DEFAULT 'catalog',
    valid_from TEXT,
    valid_until TEXT
);

-- trigger activities_no_delete
CREATE TRIGGER activities_no_delete BEFORE DELETE ON activities
BEGIN
    SELECT RAISE(ABORT, 'activities are never removed; mark them deleted');
END;

-- trigger activities_received_line
CREATE TRIGGER activities_received_line AFTER UPDATE ON activities
BEGIN
    DELETE FROM received_lines WHERE owner_unit = OLD.owner_unit AND table_name = 'activities' AND record_id = OLD.id;
END;

-- trigger activities_rev_up
CREATE TRIGGER activities_rev_up BEFORE UPDATE ON activities
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'activities' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'activity revision must increase');
END;

-- trigger activities_search_delete
CREATE TRIGGER activities_search_delete AFTER DELETE ON activities
BEGIN
    INSERT INTO activities_search (activities_search, rowid, search_key) VALUES ('delete', OLD.rowid, OLD.search_key);
END;

-- trigger activities_search_insert
CREATE TRIGGER activities_search_insert AFTER INSERT ON activities
BEGIN
    INSERT INTO activities_search (rowid, search_key) VALUES (NEW.rowid, NEW.search_key);
END;

-- trigger activities_search_update
CREATE TRIGGER activities_search_update AFTER UPDATE OF search_key ON activities
WHEN NEW.search_key IS NOT OLD.search_key
BEGIN
    INSERT INTO activities_search (activities_search, rowid, search_key) VALUES ('delete', OLD.rowid, OLD.search_key);
    INSERT INTO activities_search (rowid, search_key) VALUES (NEW.rowid, NEW.search_key);
END;

-- trigger approvals_no_delete
CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
BEGIN
    SELECT RAISE(ABORT, 'decisions are kept for the record');
END;

-- trigger assessment_answers_rev_up
CREATE TRIGGER assessment_answers_rev_up BEFORE UPDATE ON assessment_answers
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'assessment_answers' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'assessment answer revision must increase');
END;

-- trigger assessments_rev_up
CREATE TRIGGER assessments_rev_up BEFORE UPDATE ON assessments
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'assessments' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'assessment revision must increase');
END;

-- trigger attachments_no_delete
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'attachments are never removed; mark them deleted');
END;

-- trigger attachments_rev_up
CREATE TRIGGER attachments_rev_up BEFORE UPDATE ON attachments
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'attachments' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'attachment revision must increase');
END;

-- trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- trigger audit_log_no_update
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- trigger bundle_imports_no_delete
CREATE TRIGGER bundle_imports_no_delete BEFORE DELETE ON bundle_imports
BEGIN
    SELECT RAISE(ABORT, 'bundle imports are kept for the record');
END;

-- trigger merge_conflicts_no_delete
CREATE TRIGGER merge_conflicts_no_delete BEFORE DELETE ON merge_conflicts
BEGIN
    SELECT RAISE(ABORT, 'conflicts are resolved, never removed');
END;

-- trigger plan_tasks_no_delete
CREATE TRIGGER plan_tasks_no_delete BEFORE DELETE ON plan_tasks
BEGIN
    SELECT RAISE(ABORT, 'plan tasks are never removed; mark them deleted');
END;

-- trigger plan_tasks_rev_up
CREATE TRIGGER plan_tasks_rev_up BEFORE UPDATE ON plan_tasks
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'plan_tasks' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'plan task revision must increase');
END;

-- trigger plans_no_delete
CREATE TRIGGER plans_no_delete BEFORE DELETE ON plans
BEGIN
    SELECT RAISE(ABORT, 'plans are never removed; mark them deleted');
END;

-- trigger plans_rev_up
CREATE TRIGGER plans_rev_up BEFORE UPDATE ON plans
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'plans' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'plan revision must increase');
END;

-- trigger reporters_no_delete
CREATE TRIGGER reporters_no_delete BEFORE DELETE ON reporters
BEGIN
    SELECT RAISE(ABORT, 'reporters are never removed; mark them deleted');
END;

-- trigger reporters_received_line
CREATE TRIGGER reporters_received_line AFTER UPDATE ON reporters
BEGIN
    DELETE FROM received_lines WHERE owner_unit = OLD.owner_unit AND table_name = 'reporters' AND record_id = OLD.id;
END;

-- trigger reporters_rev_up
CREATE TRIGGER reporters_rev_up BEFORE UPDATE ON reporters
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'reporters' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'reporter revision must increase');
END;

-- trigger trainings_no_delete
CREATE TRIGGER trainings_no_delete BEFORE DELETE ON trainings
BEGIN
    SELECT RAISE(ABORT, 'trainings are never removed; mark them deleted');
END;

-- trigger trainings_rev_up
CREATE TRIGGER trainings_rev_up BEFORE UPDATE ON trainings
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'trainings' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'training revision must increase');
END;

