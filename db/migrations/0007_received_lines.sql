-- pbgdpl schema 0007: what each imported record's line of its bundle was, so that a later bundle carrying the
-- very same bytes (a re-export of unchanged data) is matched without parsing those records again.
-- Never edit this file once it has landed: add the next number instead.

-- One row per imported record: the keyed hash (16 bytes) of its JSONL line and the revision that line
-- stored. The key of the hash names the reader's version, the sending unit, the bundle's periods and
-- catalog versions and the table, so a line counts as seen only where it would be checked the same way.
-- A row counts only while the stored record is still at that revision (any later write raises it).
CREATE TABLE received_lines (
    owner_unit TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    rev INTEGER NOT NULL,
    line_key BLOB NOT NULL,
    PRIMARY KEY (owner_unit, table_name, record_id)
) WITHOUT ROWID;
