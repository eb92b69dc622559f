-- Catalog forms 2026.2: Ngày Pháp luật is an occasion, not a form (legal-audit.md a.1). This installation's own
-- activities logged with NGAY_PL as their only form get the direct form TRUC_TIEP beside it, as audited
-- revisions written by app.services.catalog_moves at the next opening (the audit log's hash chain is computed in
-- Python, so this migration only announces the move).
INSERT INTO settings (key, value) VALUES ('pending_move_forms_2026_2', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
