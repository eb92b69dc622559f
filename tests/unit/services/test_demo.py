"""pbgdpl demo as a use case: set-up, one transaction through the store, refusals, and the bulk path."""

from dataclasses import replace
from datetime import date

import pytest

from app.commands import run_job
from app.core.demo_data import generate_activities
from app.core.demo_plans import SPECS
from app.core.errors import DataFolderNotEmptyError, UnknownUnitError, ValidationError
from app.core.progress import Progress
from app.paths import AppPaths
from app.services.demo import bulk_load_activities, choose_unit, create_demo
from app.services.workspace import Workspace
from app.store import activities as activity_repo
from app.store import audit, bulk
from app.store import settings as settings_repo


@pytest.fixture
def open_ws(tmp_path, fixed_clock):
    opened = []

    def _open(name="data"):
        ws = Workspace.open(AppPaths(tmp_path / name), clock=fixed_clock)
        opened.append(ws)
        return ws

    yield _open
    for ws in opened:
        ws.close()


def rows(ws, table):
    cur = ws.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def counts(ws):
    c = settings_repo.table_counts(ws.db)
    return {t: c[t]["live"] for t in ("activities", "reporters", "trainings", "plans", "plan_tasks", "audit_log")}


def test_demo_sets_up_the_commune_and_writes_through_the_store(open_ws):
    ws = open_ws()
    job = create_demo(ws, seed=3)
    steps = []
    summary = run_job(job, steps.append)
    assert all(isinstance(s, Progress) for s in steps) and steps[-1].done == steps[-1].total > 0
    unit = choose_unit(3)
    assert summary == {
        "unit_code": unit.code, "unit_name": unit.name, "activities": summary["activities"],
        "reporters": summary["reporters"], "plans": 2, "years": [2025, 2026], "seed": 3,
    }  # fmt: skip
    assert 500 <= summary["activities"] <= 660 and 26 <= summary["reporters"] <= 30
    values = ws.settings
    assert values["unit_code"] == unit.code and values["level"] == "commune" and values["officer"]
    assert values["province_code"] == "19"
    c = counts(ws)
    assert (c["activities"], c["reporters"]) == (summary["activities"], summary["reporters"])
    assert c["trainings"] >= 2  # the trainings held, with their attendees
    assert (c["plans"], c["plan_tasks"]) == (2, 2 * len(SPECS))  # an annual plan a year
    records = c["activities"] + c["reporters"] + c["trainings"] + c["plans"] + c["plan_tasks"]
    assert c["audit_log"] == 1 + records  # init + one "create" per record
    assert audit.verify_chain(ws.db) is None
    stored = rows(ws, "activities")
    assert {r["rev"] for r in stored} == {1} and {r["owner_unit"] for r in stored} == {unit.code}
    assert max(r["date"] for r in stored) <= "2026-11-26"
    assert ws.db.execute("SELECT COUNT(*) FROM activity_reporters").fetchone()[0] > 200


def test_same_seed_same_data_in_two_folders(open_ws):
    a, b = open_ws("a"), open_ws("b")
    run_job(create_demo(a, seed=11))
    run_job(create_demo(b, seed=11))
    keep = ("rev_by", "created_at", "updated_at")  # the installation id differs between folders
    for table in ("activities", "reporters", "plans", "plan_tasks", "task_activities"):
        ra = [{k: v for k, v in r.items() if k not in keep} for r in rows(a, table)]
        rb = [{k: v for k, v in r.items() if k not in keep} for r in rows(b, table)]
        assert ra == rb
    c = open_ws("c")
    run_job(create_demo(c, seed=12))
    assert c.settings["unit_code"] != a.settings["unit_code"]


def test_unit_option_picks_that_commune(open_ws):
    ws = open_ws()
    summary = run_job(create_demo(ws, seed=1, unit_code="5443"))
    assert summary["unit_code"] == "05443" and summary["unit_name"] == "Phường Phan Đình Phùng"
    assert any(a.place.startswith("Tổ dân phố") for a in activity_repo.iter_activities(ws.db))


def test_unknown_unit_writes_nothing(open_ws):
    ws = open_ws()
    with pytest.raises(UnknownUnitError) as err:
        run_job(create_demo(ws, unit_code="99999"))
    assert err.value.code == "E-UNIT-UNKNOWN"
    assert not ws.initialised and not any(counts(ws).values())


def test_a_folder_with_records_is_refused_untouched(open_ws):
    ws = open_ws()
    run_job(create_demo(ws, seed=2))
    before, settings = counts(ws), ws.settings
    for unit_code in (None, ws.settings["unit_code"]):
        with pytest.raises(DataFolderNotEmptyError) as err:
            run_job(create_demo(ws, seed=2, unit_code=unit_code))
        assert err.value.code == "E-DATA-NOT-EMPTY"
    assert counts(ws) == before and ws.settings == settings


def test_a_folder_set_up_for_another_unit_is_refused(workspace):
    before = counts(workspace)
    with pytest.raises(DataFolderNotEmptyError, match="05443"):
        run_job(create_demo(workspace, seed=1, unit_code="05455"))
    assert counts(workspace) == before and workspace.settings["unit_code"] == "05443"


def test_an_empty_folder_set_up_for_the_same_unit_keeps_its_officer(workspace):
    summary = run_job(create_demo(workspace, seed=4, unit_code="05443"))
    assert summary["activities"] > 400
    assert workspace.settings["officer"] == "Nguyễn Thị Hường"


# -- bulk path -----------------------------------------------------------------------------------------
def sample(n, seed=1, start=date(2024, 1, 1)):
    return list(generate_activities(seed, "05443", ["r-1", "r-2"], n, start, date(2026, 11, 26)))


def test_bulk_rows_equal_those_of_save_activity(workspace, open_ws):
    acts = sample(300)
    ctx = workspace.write_context("x")
    with workspace.db.atomic():
        for a in acts:
            activity_repo.save_activity(workspace.db, a, ctx)
    other = open_ws("other")  # same write context, another database
    with other.db.atomic():
        assert bulk.insert_activities_bulk(other.db, acts, ctx) == 300
    assert rows(other, "activities") == rows(workspace, "activities")
    assert rows(other, "activity_reporters") == rows(workspace, "activity_reporters") != []
    entries = audit.entries(other.db)
    assert len(entries) == 1 and entries[0]["action"] == "bulk-create" and '"count": 300' in entries[0]["changes"]


def test_bulk_load_writes_in_batches_with_one_audit_entry_each(workspace):
    n = run_job(bulk_load_activities(workspace, iter(sample(1200)), batch=500))
    assert n == 1200 and counts(workspace)["activities"] == 1200
    assert [e["action"] for e in audit.entries(workspace.db)][:3] == ["bulk-create"] * 3
    assert audit.verify_chain(workspace.db) is None
    assert activity_repo.totals(workspace.db, activity_repo.ActivityFilter())["count"] == 1200


@pytest.mark.parametrize("breakage", ["future", "stored", "twice"])
def test_bulk_load_refuses_bad_rows_and_writes_nothing(workspace, breakage):
    acts = sample(700)
    if breakage == "future":
        acts[650].date = date(2027, 1, 1)
    elif breakage == "stored":  # in an earlier batch
        acts[650] = replace(acts[650], id=acts[3].id)
    else:  # in the same batch
        acts[650] = replace(acts[650], id=acts[640].id)
    before = counts(workspace)
    with pytest.raises(ValidationError):
        run_job(bulk_load_activities(workspace, acts, batch=200))
    assert counts(workspace) == before


def test_an_empty_folder_set_up_by_init_is_filled_for_its_own_commune(workspace):
    summary = run_job(create_demo(workspace, seed=9))  # no --unit: the folder's commune, whatever the seed
    assert summary["unit_code"] == "05443"
    assert counts(workspace)["activities"] == summary["activities"] > 400
