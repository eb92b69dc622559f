"""The expected units of a province and its completeness board, through the services on real databases."""

from __future__ import annotations

import pytest

from app.core.errors import UnitNotExpectedError, UnknownUnitError, UsageError
from datetime import date

from app.core.periods import parse_period
from app.services import completeness, expected_units, printing, read
from app.services.bundles import import_bundle
from app.services.keys import key_info, trust_key, trust_list
from tests.board_helpers import World, at

@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w.province, w.commune, w.send
    w.close()


def _row(board, code):
    return next(r for r in board.rows if r.unit_code == code)


def test_a_province_expects_its_92_communes_dated_a_commune_has_no_list(world, workspace):
    province, _, _ = world
    units = expected_units.list_units(province)
    assert len(units) == 92 and {u.added_by for u in units} == {"catalog"}
    assert {u.valid_from for u in units} == {"2025-07-01"}
    assert [u.name for u in expected_units.list_units(province, "dai tu")] == ["Xã Đại Từ"]  # accents ignored
    assert expected_units.list_units(workspace) == []  # the commune fixture
    assert expected_units.require_expected(workspace, "00004") is None  # checks do not apply to a commune


def test_an_upper_folder_made_before_the_list_is_seeded_on_first_use(world):
    province, _, _ = world
    province.db.execute("DELETE FROM expected_units")
    province.db.execute("DELETE FROM settings WHERE key = ?", [expected_units.SEEDED_FLAG])
    assert len(expected_units.expected_for(province, completeness.parse_period("2026-Q3"))) == 92


def test_enrolling_a_unit_outside_the_list_is_refused_until_the_officer_adds_it(world):
    province, commune, _ = world
    outsider = commune("00004", enrol=False)  # Phường Ba Đình, Hà Nội
    fp = key_info(outsider).fingerprint
    with pytest.raises(UnitNotExpectedError) as err:
        trust_key(province, "00004", fp)
    assert err.value.code == "E-UNIT-NOT-EXPECTED" and "Ba Đình" in err.value.message and "units add 00004" in err.value.message
    with pytest.raises(UnitNotExpectedError):
        trust_key(province, "99999", fp)
    assert trust_list(province) == []
    added = expected_units.add_unit(province, "00004", note="theo Công văn 12/STP")
    assert added.added_by == "officer" and added.name == "Phường Ba Đình"
    assert trust_key(province, "00004", fp).outcome == "trusted"


def test_importing_a_bundle_of_a_retired_unit_is_refused_and_changes_nothing(world):
    province, commune, send = world
    ws = commune("05443")
    path = send(ws)
    expected_units.retire_unit(province, "05443", "2026-06-30")
    before = list(province.db.conn.iterdump())
    with pytest.raises(UnitNotExpectedError):
        import_bundle(province, path)
    assert list(province.db.conn.iterdump()) == before
    expected_units.add_unit(province, "05443")  # expected again
    assert import_bundle(province, path).tables["activities"].new == 2


def test_unknown_codes_are_refused_with_e_unit_unknown(world):
    province, _, _ = world
    for call in (lambda: expected_units.add_unit(province, "99999"), lambda: expected_units.add_alias(province, "99999", "05443"),
                 lambda: expected_units.retire_unit(province, "00004")):  # fmt: skip
        with pytest.raises(UnknownUnitError) as err:
            call()
        assert err.value.code == "E-UNIT-UNKNOWN"
    with pytest.raises(UsageError):
        expected_units.add_alias(province, "05443", "05467")  # 05467 is a unit of its own


def test_an_alias_lands_an_old_bundle_on_the_right_unit(world):
    province, commune, send = world
    expected_units.add_alias(province, "05467", "00004")  # an old code merged into Phường Gia Sàng
    old = commune("00004", officer="Phạm Văn Cũ")  # enrolment is allowed: the alias lands on an expected unit
    import_bundle(province, send(old))
    board = completeness.board(province, "2026-Q3")
    row = _row(board, "05467")
    assert row.status == "received" and row.source_codes == ["00004"] and row.officer == "Phạm Văn Cũ"
    assert row.activities == 2 and board.reported == 1 and board.others == []
    # the records keep the old code as their owner; every read counts them as the unit's
    scope = read.scope_for(province, "05467")
    assert scope == read.scope_for(province, "00004") and set(scope.units) == {"05467", "00004"}
    assert [read.totals(province.db, read.log_filter(scope))[k] for k in ("count", "participants")] == [2, 21]
    assert [u.code for u in read.units_present(province)] == ["19", "05467"]  # listed once, under its name
    assert read.unit_names(province)["00004"] == "Phường Gia Sàng"
    figures = read.dashboard_figures(province, read.Scope.under(province), date(2026, 12, 10))
    assert figures.per_unit == (("Phường Gia Sàng", 2, 21),)
    summary = printing.build_summary(province, parse_period("2026-Q3"), scope=scope)
    opening = " ".join((*summary.intro, *summary.results))
    assert "2 cuộc" in opening and "21 lượt người" in opening, opening


def test_nothing_to_report_is_not_missing_and_on_time_is_not_late(world):
    province, commune, send = world
    busy, empty, late = commune("05443"), commune("05716", activities=0), commune("05467")
    for ws, day in ((busy, at(2026, 10, 10)), (empty, at(2026, 10, 15)), (late, at(2026, 10, 20))):
        import_bundle(province, send(ws, on=day))
    board = completeness.board(province, "2026-Q3")
    assert board.due_date == "2026-10-15"
    assert (_row(board, "05443").status, _row(board, "05443").timeliness) == ("received", "on_time")
    assert (_row(board, "05716").status, _row(board, "05716").timeliness) == ("nothing_to_report", "on_time")
    assert (_row(board, "05467").status, _row(board, "05467").timeliness) == ("received", "late")
    missing = _row(board, "05830")
    assert (missing.status, missing.timeliness, missing.seq) == ("not_received", "overdue", None)
    assert (board.reported, board.expected, board.late) == (3, 92, 90)
    assert board.rate_line == "3/92 đơn vị đã báo cáo"
    first = _row(board, "05443")
    assert first.seq == 1 and first.officer == "Nguyễn Thị Hường" and first.fingerprint == key_info(busy).fingerprint
    assert first.received_at.startswith("2026-12-10") and first.app_version
    assert [r.unit_code for r in completeness.board(province, "2026-Q3", "nothing_to_report").rows] == ["05716"]
    assert completeness.board(province, "2026-Q2").reported == 0  # a Q3 bundle does not count for Q2
    with pytest.raises(UsageError):
        completeness.board(province, "2026-Q3", "maybe")
    # The deadline is data: 60 days after the quarter makes the late one on time.
    expected_units.set_deadline(province, "Q", 60)
    assert _row(completeness.board(province, "2026-Q3"), "05467").timeliness == "on_time"


def test_not_due_yet_and_an_annual_bundle_counts_for_its_quarters(world):
    province, commune, send = world
    ws = commune("05443")
    import_bundle(province, send(ws, "2026", on=at(2026, 10, 1)))
    province.clock.now = at(2026, 10, 5)
    board = completeness.board(province, "2026-Q3")
    assert _row(board, "05443").status == "received"
    assert _row(board, "05830").timeliness == ""  # not due before 15/10


def test_the_rate_never_passes_100_percent(world):
    province, commune, send = world
    for code in ("05443", "05467"):
        import_bundle(province, send(commune(code)))
    expected_units.retire_unit(province, "05443", "2026-06-30")  # gone before Q3, its Q3 bundle already here
    board = completeness.board(province, "2026-Q3")
    assert board.expected == 91 and board.reported == 1 and board.rate <= 1
    assert [(o["unit_code"], o["unit_name"]) for o in board.others] == [("05443", "Phường Phan Đình Phùng")]
    for code in [u.code for u in expected_units.list_units(province)][:90]:
        expected_units.retire_unit(province, code, "2026-01-01")
    small = completeness.board(province, "2026-Q3")
    assert small.reported <= small.expected and 0 <= small.rate <= 1
