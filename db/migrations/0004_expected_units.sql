-- pbgdpl schema 0004: the units expected to report to this installation (upper level), and the deadlines
-- of each period kind. Never edit this file once it has landed: add 0005_*.sql instead.

-- One row per unit expected to send bundles here. Seeded from the administrative catalog at `init` (and on
-- first use of an older upper-level data folder); the officer corrects it (`pbgdpl units add|alias|retire`).
-- valid_from / valid_until (ISO dates): the unit is expected for periods that overlap them (a retired unit
-- keeps its row). aliases: a JSON list of old codes or names (merged or renamed units) whose bundles land
-- on this unit. added_by: 'catalog' (seeded) or 'officer'.
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

-- When a period's bundle is due at the upper level: period end + due_offset_days (negative: before the end,
-- e.g. TT 03/2019's statistics cut-off 31/05 for the 6-month report). Data, not law: the PBGDPL deadlines
-- between a commune and its province were not found (legal-audit.md (d)); the officer edits them.
CREATE TABLE reporting_deadlines (
    period_kind TEXT PRIMARY KEY CHECK (period_kind IN ('Y', 'H', 'Q', 'M')),
    due_offset_days INTEGER NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    certainty TEXT NOT NULL DEFAULT ''
);
INSERT INTO reporting_deadlines (period_kind, due_offset_days, source, certainty) VALUES
    ('Y', -51, 'TT 03/2019 Điều 6: số liệu thực tế năm đến 31/10; hạn nộp 10/11 (giả định)', 'assumed'),
    ('H', -20, 'TT 03/2019 Điều 6: số liệu thực tế 6 tháng đến 31/5; hạn nộp 10/6 (giả định)', 'assumed'),
    ('Q', 15, 'không tìm thấy văn bản; 15 ngày sau khi hết quý (giả định)', 'assumed'),
    ('M', 10, 'không tìm thấy văn bản; 10 ngày sau khi hết tháng (giả định)', 'assumed');
