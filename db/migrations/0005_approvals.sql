-- pbgdpl schema 0005: approve or return a unit's period (upper level), and the decisions a unit received.
-- Never edit this file once it has landed: add the next number instead.

-- One decision per row, never edited: approving again or returning adds a row, the one with the highest
-- decision_no (numbered by the deciding unit, never by a clock) is the current one. At the upper level the rows are its own (owner_unit = the installation's unit);
-- at the unit judged they arrive in a signed decision bundle (owner_unit = the upper unit, received_at set).
-- records_hash: SHA-256 over the unit's stored records of the period at decision time (kind, id, rev, content
-- hash, sorted); when today's hash differs the data changed after the decision and needs deciding again.
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
CREATE INDEX approvals_unit_period ON approvals (unit_code, period, decision_no);

-- Decision bundles written here (to one unit each), numbered per target unit.
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

CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
BEGIN
    SELECT RAISE(ABORT, 'decisions are kept for the record');
END;
