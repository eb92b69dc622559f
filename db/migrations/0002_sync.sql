-- pbgdpl schema 0002: signing keys, the trust list, bundle exports and imports, merge conflicts.
-- Never edit this file once it has landed: add 0003_*.sql instead.

-- This installation's own Ed25519 keys. The private key is a PEM file under the keys folder; only public
-- facts are stored here. A replaced key keeps its row with retired_at set.
CREATE TABLE signing_keys (
    fingerprint TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    file TEXT NOT NULL,
    encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
    created_at TEXT NOT NULL,
    retired_at TEXT
);

-- The upper level's trust list: which key signs for which unit, from when until when, revoked or not.
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
CREATE INDEX trusted_keys_fingerprint ON trusted_keys (fingerprint);

-- Bundles this installation wrote; seq is the per-source sequence number carried in the manifest.
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
);

-- Bundles imported here (one row per bundle id: a second import is a no-op that points at this row).
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
CREATE INDEX bundle_imports_source ON bundle_imports (source_unit, seq);

-- Two different versions of the same revision of a record: the stored one stays current, the incoming
-- one is kept here until a person chooses "keep mine" or "take theirs".
CREATE TABLE merge_conflicts (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL CHECK (table_name IN ('activities', 'reporters', 'attachments')),
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
CREATE INDEX merge_conflicts_status ON merge_conflicts (status, owner_unit);

CREATE TRIGGER bundle_imports_no_delete BEFORE DELETE ON bundle_imports
BEGIN
    SELECT RAISE(ABORT, 'bundle imports are kept for the record');
END;
CREATE TRIGGER merge_conflicts_no_delete BEFORE DELETE ON merge_conflicts
BEGIN
    SELECT RAISE(ABORT, 'conflicts are resolved, never removed');
END;
