-- pbgdpl schema 0017: merge conflicts of every shared kind.
-- Never edit this file once it has landed: add the next number instead.

-- 0002 allowed conflicts on activities, reporters and attachments only: a conflict (or an id two units claim,
-- app.services.collisions) on a plan, task, training or assessment could not be kept. The kinds are declared in
-- app/core/kinds.py; the table no longer lists them. SQLite cannot change a CHECK: the table is made again.
CREATE TABLE merge_conflicts_0017 (
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
INSERT INTO merge_conflicts_0017 SELECT * FROM merge_conflicts;
DROP TABLE merge_conflicts;
ALTER TABLE merge_conflicts_0017 RENAME TO merge_conflicts;
CREATE INDEX merge_conflicts_status ON merge_conflicts (status, owner_unit);
CREATE TRIGGER merge_conflicts_no_delete BEFORE DELETE ON merge_conflicts
BEGIN
    SELECT RAISE(ABORT, 'conflicts are resolved, never removed');
END;
