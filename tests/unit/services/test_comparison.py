"""The units side by side (upper-mode dashboard): every expected unit with its activities, participants, active
reporters and its reporting status for the last quarter that ended, through a scope; old codes count for their
unit."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.models import Reporter
from app.services import approvals, expected_units, read
from app.services.bundles import import_bundle
from app.services.comparison import compare_units, last_ended_quarter
from app.services.logbook import save_reporter
from tests.board_helpers import World, at


@pytest.fixture
def world(tmp_path):
    with World(tmp_path) as w:
        yield w


def test_last_ended_quarter():
    assert [last_ended_quarter(date(2026, m, 5)).id for m in (1, 4, 9, 12)] == ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]


def test_every_expected_unit_with_its_figures_reporters_and_status(world):
    province = world.province
    busy = world.commune("05443", activities=3)
    save_reporter(busy, Reporter(kind="ttv", full_name="Trần Thị Bình", gender="nu"))
    empty = world.commune("05716", activities=0)
    expected_units.add_alias(province, "05467", "00004")
    old = world.commune("00004")  # an old code merged into Phường Gia Sàng
    for ws in (busy, empty, old):
        import_bundle(province, world.send(ws, on=at(2026, 10, 10)))
    approvals.return_(province, "05443", "2026-Q3", "Thiếu số liệu tháng 9")

    c = compare_units(province, read.Scope.under(province), province.today())
    assert (c.period, c.start, c.end) == ("2026-Q3", date(2026, 1, 1), date(2026, 12, 10))
    rows = {r.code: r for r in c.rows}
    assert len(rows) == 92 and "19" not in rows and "00004" not in rows
    assert c.rows[0].code == "05443"  # most activities first
    r = rows["05443"]
    assert (r.name, r.activities, r.participants, r.reporters, r.status, r.reason) == (
        "Phường Phan Đình Phùng", 3, 33, 1, "returned", "Thiếu số liệu tháng 9")
    assert (r.timeliness, rows["05716"].status, rows["05716"].activities) == ("on_time", "nothing_to_report", 0)
    assert (rows["05467"].activities, rows["05467"].participants, rows["05467"].status) == (2, 21, "received")
    assert (rows["05830"].activities, rows["05830"].status, rows["05830"].timeliness) == (0, "not_received", "overdue")

    one = compare_units(province, read.scope_for(province, "05467"), province.today())
    assert [r.code for r in one.rows] == ["05467"]


def test_a_commune_has_nothing_to_compare(workspace):
    assert compare_units(workspace, read.default_scope(workspace), date(2026, 12, 1)).rows == ()
