-- pbgdpl schema 0013: a received line stops describing its record the moment the record is written otherwise.
-- Never edit this file once it has landed: add the next number instead.

-- received_lines (0007) names the line each imported record came from. Any later write of that record (a
-- newer revision imported, a conflict resolved, whatever writes it) forgets the line here, so an import reads
-- the lines seen before straight from received_lines, without reading every stored record to compare its
-- revision. The kinds without such a trigger are never matched by their line (app.store.merge.LINE_TRACKED).
CREATE TRIGGER activities_received_line AFTER UPDATE ON activities
BEGIN
    DELETE FROM received_lines WHERE owner_unit = OLD.owner_unit AND table_name = 'activities' AND record_id = OLD.id;
END;
CREATE TRIGGER reporters_received_line AFTER UPDATE ON reporters
BEGIN
    DELETE FROM received_lines WHERE owner_unit = OLD.owner_unit AND table_name = 'reporters' AND record_id = OLD.id;
END;
