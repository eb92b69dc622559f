-- pbgdpl schema 0003: fast activity log at 100,000 activities.
-- Never edit this file once it has landed: add 0004_*.sql instead.

-- Substring search over the accent-folded activities.search_key: an FTS5 index with the trigram tokenizer
-- (SQLite 3.34+), external content (the text stays in activities only). The store uses it for search words
-- of 3 characters or more and keeps LIKE for shorter words; both give the same rows. Case-sensitive
-- because search_key and the search words are both folded already (as LIKE compares them).
CREATE VIRTUAL TABLE activities_search USING fts5(
    search_key,
    content = 'activities',
    content_rowid = 'rowid',
    tokenize = 'trigram case_sensitive 1'
);

-- Kept in step by triggers, whoever writes activities (save_activity, the bulk loader, the merge).
CREATE TRIGGER activities_search_insert AFTER INSERT ON activities
BEGIN
    INSERT INTO activities_search (rowid, search_key) VALUES (NEW.rowid, NEW.search_key);
END;
CREATE TRIGGER activities_search_update AFTER UPDATE OF search_key ON activities
WHEN NEW.search_key IS NOT OLD.search_key
BEGIN
    INSERT INTO activities_search (activities_search, rowid, search_key) VALUES ('delete', OLD.rowid, OLD.search_key);
    INSERT INTO activities_search (rowid, search_key) VALUES (NEW.rowid, NEW.search_key);
END;
CREATE TRIGGER activities_search_delete AFTER DELETE ON activities
BEGIN
    INSERT INTO activities_search (activities_search, rowid, search_key) VALUES ('delete', OLD.rowid, OLD.search_key);
END;

-- Index what is already stored.
INSERT INTO activities_search (activities_search) VALUES ('rebuild');

-- The log's default view: one unit's live activities newest first (rowid breaks ties; every index ends
-- with it). Also covers the log's totals and its short search words, so neither reads the table itself.
-- It starts with the columns of activities_owner_date, which it replaces.
CREATE INDEX activities_log ON activities (
    owner_unit, deleted, date, participants, women, ethnic_minority, materials, cost, search_key
);
DROP INDEX activities_owner_date;
