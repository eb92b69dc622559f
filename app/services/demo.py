"""Fill an empty data folder with a realistic demo commune (pbgdpl demo), and bulk-load activities for benchmarks."""

from __future__ import annotations

import random
from itertools import islice
from typing import Generator, Iterable

from app.core.demo_data import DemoGenerator, pick_commune
from app.core.demo_log import new_id
from app.core.demo_plans import annual_plans
from app.core.errors import DataFolderNotEmptyError, ValidationError
from app.core.models import Activity, TrainingSession, Unit
from app.core.progress import Progress
from app.core.rules import validate_activity
from app.core.text import clean
from app.services.setup import initialise
from app.services.units import communes_of, find_unit, require_unit
from app.services.workspace import Workspace
from app.store import activities as activity_repo
from app.store import bulk
from app.store import plans as plan_repo
from app.store import reporters as reporter_repo
from app.store import settings as settings_repo
from app.store import trainings as training_repo

DEMO_PROVINCE = "19"  # Thái Nguyên (with the former Bắc Kạn since 1 July 2025)
STEP = 50  # records between two progress reports


def choose_unit(seed: int, unit_code: str | None = None) -> Unit:
    """The commune named by ``unit_code``, else the commune of Thái Nguyên that ``seed`` stands for."""
    if unit_code:
        return require_unit(unit_code, "commune")
    return pick_commune(communes_of(DEMO_PROVINCE), seed)


def _province_label(unit: Unit) -> str:
    province = find_unit(unit.province_code) if unit.province_code else None
    name = province.name if province else "Tỉnh Thái Nguyên"
    return name[:1].lower() + name[1:]  # "tỉnh Thái Nguyên", "thành phố Hà Nội"


def _refuse_unless_empty(ws: Workspace, unit: Unit) -> bool:
    """Raise DataFolderNotEmptyError unless the folder is empty or set up, still empty, for ``unit``.

    Returns whether the folder is already set up for ``unit``.
    """
    values = ws.settings
    counts = settings_repo.table_counts(ws.db)
    held = {t: counts[t]["live"] + counts[t]["deleted"] for t in ("activities", "reporters")}
    if any(held.values()):
        raise DataFolderNotEmptyError(
            f"the data folder {ws.paths.data} already holds {held['activities']} activities and "
            f"{held['reporters']} reporters; the demo needs an empty data folder (use another --data-dir)",
            data_dir=str(ws.paths.data),
            **held,
        )
    if "unit_code" not in values:
        return False
    if values["unit_code"] == unit.code and values.get("level") == "commune":
        return True
    raise DataFolderNotEmptyError(
        f"the data folder {ws.paths.data} is set up for {values.get('unit_name')} ({values['unit_code']}), "
        f"not for {unit.name} ({unit.code}); use --unit {values['unit_code']} or another --data-dir",
        data_dir=str(ws.paths.data),
        unit_code=values["unit_code"],
    )


def create_demo(ws: Workspace, seed: int = 1, unit_code: str | None = None) -> Generator[Progress, None, dict]:
    """Set the data folder up as a Thái Nguyên commune and fill it with two years of demo data.

    The same seed gives the same commune, people and activities (with the same ids). A folder already set
    up (by ``pbgdpl init``) for a commune, and still empty, is filled for that commune. Everything is written
    in one transaction through the ordinary store functions, so revisions and the audit log are real.

    Raises:
        UnknownUnitError: ``unit_code`` is not a commune of the catalog.
        DataFolderNotEmptyError: the folder holds records or belongs to another unit; nothing is written.
    """
    values = ws.settings
    if unit_code is None and values.get("level") == "commune":
        unit_code = values["unit_code"]  # a folder already set up for a commune keeps its commune
    unit = choose_unit(seed, unit_code)
    set_up = _refuse_unless_empty(ws, unit)
    today = ws.today()
    gen = DemoGenerator(seed, unit, _province_label(unit))
    officer, officer_title = gen.officer()
    reporters = gen.roster(today)
    spans = gen.years(today)
    yield Progress(0, 0, "demo-generate")
    logs = [gen.log(reporters, *span) for span in spans]
    reporters.append(gen.district_reporter(today))  # after the log: no activity of his, the log's draws unchanged
    reporters.append(gen.idle_reporter(reporters))  # no activity, no hamlet: what the roster's review is for
    plans = annual_plans(seed, gen.commune, [span[0].year for span in spans], [a for log in logs for a in log], reporters, today)
    total = len(reporters) + sum(len(log) for log in logs)
    done = 0
    yield Progress(done, total, "demo-write")
    with ws.db.atomic():
        if not set_up:
            initialise(ws, unit.code, officer, "commune", officer_title)
        ctx = ws.write_context("demo")
        for reporter in reporters:
            reporter_repo.save_reporter(ws.db, reporter, ctx)
            done += 1
        ids = random.Random(f"pbgdpl-demo-trainings/{seed}/{unit.code}")  # apart from the log's draws
        for event in gen.trainings:  # the trainings held, with who attended (the people keep theirs too)
            training = TrainingSession(id=new_id(ids), date=event.date, title=event.title, organiser=event.organiser,
                                       audience=event.kind, attendee_ids=list(event.attendees))  # fmt: skip
            training_repo.save_training(ws.db, training, ctx)
        yield Progress(done, total, "demo-write")
        for log in logs:
            for activity in log:
                activity_repo.save_activity(ws.db, activity, ctx)
                done += 1
                if done % STEP == 0:
                    yield Progress(done, total, "demo-write")
        for plan, tasks in plans:  # the annual plans, their tasks linked to the activities carrying them out
            plan_repo.save_plan(ws.db, plan, ctx)
            for task in tasks:
                plan_repo.save_task(ws.db, task, ctx)
    yield Progress(total, total, "demo-write")
    return {
        "unit_code": unit.code,
        "unit_name": unit.name,
        "activities": sum(len(log) for log in logs),
        "reporters": len(reporters),
        "plans": len(plans),
        "years": [span[0].year for span in spans],
        "seed": seed,
    }


def bulk_load_activities(
    ws: Workspace, activities: Iterable[Activity], batch: int = 5000, source: str = "bulk"
) -> Generator[Progress, None, int]:
    """Validate and insert many new activities of this installation's unit in one transaction.

    For benchmarks and large imports: rows are the same as ``save_activity`` writes (revision 1, keys,
    reporter index) with one summary audit entry per batch. Returns the number of rows written.

    Raises:
        ValidationError: an activity breaks a rule or its id is already stored; nothing is written.
    """
    ctx = ws.write_context(source)
    today, catalogs = ws.today(), ws.catalogs
    done = 0
    it = iter(activities)
    with ws.db.atomic():
        while chunk := list(islice(it, batch)):
            for activity in chunk:
                problems = validate_activity(activity, catalogs, today)
                if problems:
                    raise ValidationError(
                        f"activity {activity.id} ({clean(activity.title)[:60]}) is not valid: "
                        + "; ".join(f"{p.field}: {p.message}" for p in problems),
                        record_id=activity.id,
                        problems=[p.to_dict() for p in problems],
                    )
            done += bulk.insert_activities_bulk(ws.db, chunk, ctx)
            yield Progress(done, 0, "bulk-load")
    return done
