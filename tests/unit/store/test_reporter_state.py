"""The store's SQL status filters say what app.core.facts.reporter_state says, on a table of edge cases."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import facts
from app.core.models import Activity
from app.store import activities, queries, reporters
from app.store.audit import WriteContext

from tests.unit.core.test_facts import CASES, LIFE_CASES, reporter

DAYS = [date(2020, 1, 1), date(2024, 1, 2), date(2025, 3, 1), date(2025, 6, 30), date(2025, 7, 1), date(2026, 3, 1),
        date(2026, 6, 30), date(2026, 7, 1), date(2027, 1, 1)]  # fmt: skip


def ctx(unit="05443"):
    return WriteContext(installation="inst-1", actor="Nguyễn Thị Hường", unit=unit, now="2026-11-26T09:30:00+07:00")


@pytest.fixture
def stored(workspace):
    db = workspace.db
    people = [reporter(rec, dis, name=f"Người {i:02d}") for i, (_, rec, dis, _) in enumerate(CASES)]
    people += [reporter(rec, dis, name=f"Người {i + 50:02d}", **dict(extra)) for i, (_, rec, dis, extra, _) in enumerate(LIFE_CASES)]
    with db.atomic():
        for r in people:
            reporters.save_reporter(db, r, ctx())
    return db, people


@pytest.mark.parametrize("on", DAYS, ids=str)
def test_reporter_filter_status_agrees_with_the_core_rule(stored, on):
    db, people = stored
    for state in facts.REPORTER_STATES:
        flt = reporters.ReporterFilter(status=state, on=on, units=("05443",))
        got = {r.id for r in reporters.iter_reporters(db, flt)}
        want = {r.id for r in people if facts.reporter_state(r, on) == state}
        assert got == want, (state, on)


@pytest.mark.parametrize("on", DAYS, ids=str)
def test_idle_reporters_are_the_active_ones(stored, on):
    db, people = stored
    got = {rid for rid, _, _ in queries.idle_reporters(db, ("05443",), date(2000, 1, 1), on)}
    assert got == {r.id for r in people if facts.is_active(r, on)}


def test_idle_reporters_leave_out_who_had_an_activity(stored):
    db, people = stored
    busy = next(r for r in people if facts.is_active(r, date(2026, 6, 30)))
    with db.atomic():
        activities.save_activity(db, Activity(date=date(2026, 5, 1), title="Hội nghị", forms=["TRUC_TIEP"],
                                              reporter_ids=[busy.id]), ctx())  # fmt: skip
    ids = {rid for rid, _, _ in queries.idle_reporters(db, ("05443",), date(2026, 1, 1), date(2026, 6, 30))}
    assert busy.id not in ids


def test_status_without_a_date_is_taken_today(stored):
    db, people = stored
    today = date.today()
    got = {r.id for r in reporters.iter_reporters(db, reporters.ReporterFilter(status="dismissed"))}
    assert got == {r.id for r in people if r.status == "dismissed"} == {r.id for r in people if r.state(today) == "dismissed"}
