-- pbgdpl schema 0009: the roster's legal life cycle (TT 10/2016/TT-BTP).
-- Never edit this file once it has landed: add the next number instead.

-- A báo cáo viên's level (trung_uong, tinh, huyen); a review flag; the suspension of TT 10/2016 Điều 8.1.e
-- (not assigned while prosecuted, investigated or tried: not dismissed); the ID number (personal data).
ALTER TABLE reporters ADD COLUMN level TEXT NOT NULL DEFAULT '';
ALTER TABLE reporters ADD COLUMN review_flag TEXT NOT NULL DEFAULT '';
ALTER TABLE reporters ADD COLUMN suspended_from TEXT;
ALTER TABLE reporters ADD COLUMN suspended_until TEXT;
ALTER TABLE reporters ADD COLUMN suspension_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE reporters ADD COLUMN id_number TEXT NOT NULL DEFAULT '';

-- "Không hoạt động" and "Lý do khác" were offered as dismissal grounds (catalog 2026.1) but are not grounds of
-- TT 10/2016 (Điều 4.1 and 6.1 are closed lists). A reporter dismissed on one keeps the decision as written
-- (number, date, authority, reason text) and gets the reason as review flag, its ground left empty, until the
-- chairman decides on a legal ground. The revision is not raised: every program that reads the record makes the
-- same move (app.core.records.reporter_from_payload does it for bundles of older programs), so copies agree.
-- The revision trigger is lifted for this one update and put back as 0001 made it.
DROP TRIGGER reporters_rev_up;
UPDATE reporters SET review_flag = dismissal_ground, dismissal_ground = ''
    WHERE dismissal_ground IN ('KHONG_HOAT_DONG', 'KHAC');
CREATE TRIGGER reporters_rev_up BEFORE UPDATE ON reporters WHEN NEW.rev <= OLD.rev
BEGIN
    SELECT RAISE(ABORT, 'reporter revision must increase');
END;
