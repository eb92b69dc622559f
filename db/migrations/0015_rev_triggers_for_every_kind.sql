-- Later migrations (0008 plans, 0009 reporters, 0011 trainings) made revision triggers without the exception that
-- 0006 gave a conflict's resolution (rev_override), and 0010 made none for assessments: resolving a conflict on
-- those records ("take theirs" at the stored revision) was refused. Every shared table's trigger now has the same
-- form as 0006's; any other update must still count the revision up.

DROP TRIGGER reporters_rev_up;
CREATE TRIGGER reporters_rev_up BEFORE UPDATE ON reporters
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'reporters' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'reporter revision must increase');
END;

DROP TRIGGER plans_rev_up;
CREATE TRIGGER plans_rev_up BEFORE UPDATE ON plans
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'plans' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'plan revision must increase');
END;

DROP TRIGGER plan_tasks_rev_up;
CREATE TRIGGER plan_tasks_rev_up BEFORE UPDATE ON plan_tasks
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'plan_tasks' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'plan task revision must increase');
END;

DROP TRIGGER trainings_rev_up;
CREATE TRIGGER trainings_rev_up BEFORE UPDATE ON trainings
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'trainings' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'training revision must increase');
END;

CREATE TRIGGER assessments_rev_up BEFORE UPDATE ON assessments
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'assessments' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'assessment revision must increase');
END;

CREATE TRIGGER assessment_answers_rev_up BEFORE UPDATE ON assessment_answers
WHEN NEW.rev <= OLD.rev AND NOT EXISTS (SELECT 1 FROM rev_override WHERE table_name = 'assessment_answers' AND record_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'assessment answer revision must increase');
END;
