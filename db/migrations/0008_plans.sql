-- pbgdpl schema 0008: PBGDPL plans (kế hoạch) and their tasks (nhiệm vụ), synced record kinds of format 3.
-- Never edit this file once it has landed: add the next number instead.
-- A task lists the activities that carry it out (payload field activity_ids); task_activities is the derived
-- index of those links (rebuilt from plan_tasks.activity_ids on every save), so an activity's own record and
-- content hash stay as they were.

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
CREATE INDEX plans_owner ON plans (owner_unit, deleted, year_from);
CREATE INDEX plans_natural ON plans (owner_unit, natural_key);

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
CREATE INDEX plan_tasks_plan ON plan_tasks (plan_id, deleted, position);
CREATE INDEX plan_tasks_natural ON plan_tasks (owner_unit, natural_key);

CREATE TABLE task_activities (
    task_id TEXT NOT NULL REFERENCES plan_tasks (id),
    activity_id TEXT NOT NULL,
    PRIMARY KEY (task_id, activity_id)
) WITHOUT ROWID;
CREATE INDEX task_activities_activity ON task_activities (activity_id);

CREATE TRIGGER plans_no_delete BEFORE DELETE ON plans
BEGIN
    SELECT RAISE(ABORT, 'plans are never removed; mark them deleted');
END;
CREATE TRIGGER plan_tasks_no_delete BEFORE DELETE ON plan_tasks
BEGIN
    SELECT RAISE(ABORT, 'plan tasks are never removed; mark them deleted');
END;
CREATE TRIGGER plans_rev_up BEFORE UPDATE ON plans WHEN NEW.rev <= OLD.rev
BEGIN
    SELECT RAISE(ABORT, 'plan revision must increase');
END;
CREATE TRIGGER plan_tasks_rev_up BEFORE UPDATE ON plan_tasks WHEN NEW.rev <= OLD.rev
BEGIN
    SELECT RAISE(ABORT, 'plan task revision must increase');
END;
