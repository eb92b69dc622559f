"""Reads through a scope: own unit, one unit under me, all units under me — for the log, the roster, the
dashboard, the documents and the exports of a province holding the records of three communes."""

from __future__ import annotations

import json

import pytest

from app.commands import run_job
from app.core.errors import UnknownUnitError
from app.core.periods import parse_period
from app.services import exporting, printing, read
from tests.scope_helpers import A, B, C, NAMES, PROVINCE, open_province

ALL = (A, B, C, PROVINCE)


@pytest.fixture
def province(tmp_path, fixed_clock):
    data = open_province(tmp_path / "province", fixed_clock)
    yield data
    data.ws.close()


def _scopes(ws):
    return {
        "own": (read.Scope.own(ws), (PROVINCE,)),
        "one": (read.Scope.unit(B), (B,)),
        "all": (read.Scope.under(ws), ALL),
    }


def test_the_default_scope_is_own_for_a_commune_and_all_units_under_me_for_an_upper_level(province, workspace):
    assert read.default_scope(workspace) == read.Scope.own(workspace)
    assert read.default_scope(workspace).units == (workspace.unit_code,)
    assert read.Scope.under(workspace).units == (workspace.unit_code,)  # a commune has only itself under it
    scope = read.default_scope(province.ws)
    assert scope.kind == "under" and scope.units is None and scope.many
    assert not read.Scope.unit(B).many and read.Scope.unit(B).covers(B) and not read.Scope.unit(B).covers(A)


def test_a_unit_named_by_a_person_must_be_under_me(province, workspace):
    ws = province.ws
    assert read.scope_for(ws, B) == read.Scope.unit(B)
    assert read.scope_for(ws, PROVINCE) == read.Scope.own(ws)
    assert read.scope_for(ws, None, all_units=True) == read.Scope.under(ws)
    assert read.scope_for(ws, "05908").units == ("05908",)  # a commune of the province with nothing received yet
    for bad in ("00004", "99999", "xyz"):  # another province's commune, no such unit, not a code
        with pytest.raises(UnknownUnitError) as info:
            read.scope_for(ws, bad)
        assert info.value.code == "E-UNIT-UNKNOWN"
    with pytest.raises(UnknownUnitError):
        read.scope_for(workspace, B)  # a commune has no unit under it
    assert read.scope_for(workspace, workspace.unit_code) == read.Scope.own(workspace)


def test_the_units_present_have_their_names(province):
    units = read.units_present(province.ws)
    assert units[0].code == PROVINCE  # the own unit first, then by name
    assert {u.code: u.name for u in units} == NAMES
    assert read.unit_names(province.ws, read.Scope.unit(C)) == {C: NAMES[C]}


@pytest.mark.parametrize("which", ["own", "one", "all"])
def test_log_rows_totals_places_and_reporters_follow_the_scope(province, which):
    ws = province.ws
    scope, units = _scopes(ws)[which]
    flt = read.log_filter(scope)
    totals = read.totals(ws.db, flt)
    assert totals["count"] == province.count(*units)
    assert totals["participants"] == province.participants(*units)
    rows = read.query_rowids(ws.db, flt)
    owners = {a.meta.owner_unit for a in read.fetch_by_rowids(ws.db, [r[0] for r in rows]).values()}
    assert len(rows) == province.count(*units) and owners == set(units)
    assert set(read.places(ws, scope)) == {f"Hội trường {NAMES[u]}" for u in units}
    assert {r.meta.owner_unit for r in read.reporters(ws, scope)} <= set(units)
    assert len(read.reporters(ws, scope)) == {"own": 0, "one": 1, "all": 3}[which]
    assert len(list(read.activities(ws, scope))) == province.count(*units)


def test_reporter_stats_count_the_activities_of_the_scope(province):
    ws = province.ws
    an = province.reporters["a1"].id
    assert read.reporter_stats(ws, read.Scope.unit(A))[an][0] == 2
    assert an not in read.reporter_stats(ws, read.Scope.unit(B))
    assert read.reporter_stats(ws, read.Scope.under(ws))[province.reporters["b1"].id][0] == 2


@pytest.mark.parametrize("which", ["own", "one", "all"])
def test_dashboard_figures_follow_the_scope(province, which):
    ws = province.ws
    scope, units = _scopes(ws)[which]
    figures = read.dashboard_figures(ws, scope, ws.today())
    assert figures.activities == province.count(*units)
    assert figures.participants == province.participants(*units)
    assert len(figures.months) == 12 and figures.months[-1] == (2026, 11)
    assert sum(figures.by_form.values()) == province.count(*units)
    reached = sum(1 for u in units for a in province.activities.get(u, []) if set(a.target_groups) & set(figures.priority_groups))
    assert figures.reached == reached
    assert figures.priority_share == (round(100 * reached / figures.activities) if figures.activities else 0)
    idle = {name for _id, name, _last in figures.idle}
    expected = {"own": set(), "one": set(), "all": {"Trần Thị Bình"}}[which]
    assert idle == expected
    # several units: each idle reporter is named with its unit; one unit: no unit to name
    units_named = {name: figures.idle_units.get(rid) for rid, name, _last in figures.idle}
    assert units_named == ({"Trần Thị Bình": NAMES[A]} if which == "all" else {})


def test_dashboard_figures_of_all_units_are_the_sum_of_each_unit(province):
    ws = province.ws
    whole = read.dashboard_figures(ws, read.Scope.under(ws), ws.today())
    parts = [read.dashboard_figures(ws, read.Scope.unit(u), ws.today()) for u in ALL]
    assert whole.per_month == tuple(tuple(map(sum, zip(*months))) for months in zip(*(p.per_month for p in parts)))
    assert whole.reached == sum(p.reached for p in parts) > 0


def _figure(tables, code):
    main = next(t for t in tables if t.code == "ket_qua_chung")
    return main.value(code, 2)


def test_the_summary_of_all_units_adds_up_the_units_and_is_not_zero(province):
    ws = province.ws
    period = parse_period("2026")
    default = printing.compute_period_tables(ws, period)  # an upper level: all units under it
    per_unit = [printing.compute_period_tables(ws, period, read.Scope.unit(u)) for u in ALL]
    for code in ("tt_cuoc", "tt_nguoi", "thi_cuoc", "thi_nguoi"):
        assert _figure(default, code) == sum(_figure(t, code) for t in per_unit)
    assert _figure(default, "tt_cuoc") > 0 and _figure(default, "thi_nguoi") == 200
    assert _figure(printing.compute_period_tables(ws, period, read.Scope.own(ws)), "tt_nguoi") == 30  # its own training
    summary = printing.build_summary(ws, period)
    assert f"đã tổ chức {_figure(default, 'tt_cuoc')} cuộc" in summary.results[0]
    only_b = printing.build_summary(ws, period, scope=read.Scope.unit(B))
    assert "1 cuộc thi tìm hiểu pháp luật với 200 lượt người" in only_b.results[0]


def test_the_activity_log_and_roster_documents_follow_the_scope_and_name_the_owner_unit(province):
    ws = province.ws
    period = parse_period("2026")
    log_all = printing.build_activity_log(ws, period)
    assert len(log_all.rows) == province.count(*ALL)
    assert {r.place.split(":")[0] for r in log_all.rows} == set(NAMES.values())  # several units: the owner first
    log_b = printing.build_activity_log(ws, period, read.Scope.unit(B))
    assert [r.place for r in log_b.rows] == [f"Hội trường {NAMES[B]}"] * 2  # one unit: as a commune prints it
    assert log_b.rows[0].reporters == "Lê Thị Cúc"
    roster_all = printing.build_roster(ws, period)
    assert sorted(r.full_name for r in roster_all.rows) == ["Lê Thị Cúc", "Nguyễn Văn An", "Trần Thị Bình"]
    assert all(r.area.startswith(("Phường Phan Đình Phùng", "Phường Gia Sàng")) for r in roster_all.rows)
    roster_a = printing.build_roster(ws, period, read.Scope.unit(A))
    assert sorted(r.full_name for r in roster_a.rows) == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert all(r.area == "" for r in roster_a.rows)
    req = printing.ReportRequest("roster", period, scope=read.Scope.own(ws))
    assert printing.build_data(ws, req).rows == ()


def test_a_commune_reads_only_its_own_records(workspace, fixed_clock):
    from tests.scope_helpers import fill

    fill(workspace)  # records of other units in a commune's database (never happens, but must not leak)
    own = workspace.unit_code
    assert own == A
    assert read.totals(workspace.db, read.log_filter(read.default_scope(workspace)))["count"] == 3
    assert len(printing.build_activity_log(workspace, parse_period("2026")).rows) == 3
    assert all(":" not in r.place for r in printing.build_activity_log(workspace, parse_period("2026")).rows)
    assert read.dashboard_figures(workspace, read.default_scope(workspace), workspace.today()).activities == 3


@pytest.mark.parametrize("which", ["own", "one", "all"])
def test_exports_select_the_rows_of_the_scope(province, tmp_path, which):
    ws = province.ws
    scope, units = _scopes(ws)[which]
    out = tmp_path / f"{which}.json"
    summary = run_job(exporting.export_file(ws, "activities", out, scope=scope))
    assert summary["records"] == province.count(*units)
    assert len(json.loads(out.read_text(encoding="utf-8"))) == province.count(*units)
    if which != "own":  # another unit's activities name their reporters in the .csv as in their own unit
        csv = tmp_path / f"{which}.csv"
        run_job(exporting.export_file(ws, "activities", csv, scope=scope))
        assert "Lê Thị Cúc" in csv.read_text(encoding="utf-8-sig")
    roster = run_job(exporting.export_file(ws, "roster", tmp_path / f"r-{which}.json", scope=scope))
    assert roster["records"] == {"own": 0, "one": 1, "all": 3}[which]
    default = run_job(exporting.export_file(ws, "activities", tmp_path / "default.json", period=parse_period("2026-Q3")))
    assert default["records"] == sum(1 for u in ALL for a in province.activities[u] if 7 <= a.date.month <= 9)


def test_one_unit_reads_use_the_log_index(province):
    """One unit keeps ``owner_unit = ?`` so that the covering index activities_log serves a commune's log."""
    ws = province.ws
    from app.store import activities as activity_repo

    source, params = activity_repo._source(ws.db, read.log_filter(read.Scope.unit(A)))
    plan = " ".join(str(r[-1]) for r in ws.db.execute(f"EXPLAIN QUERY PLAN SELECT COUNT(*){source}", params))
    assert "activities_log" in plan and "owner_unit=?" in plan.replace(" ", "")
    several, params = activity_repo._source(ws.db, read.log_filter(read.Scope("under", (A, B))))
    assert "IN (?,?)" in several
    assert ws.db.execute(f"SELECT COUNT(*){several}", params).fetchone()[0] == province.count(A, B)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_of_several_units_names_the_owner_unit_of_each_row(province, tmp_path, suffix):
    from app.services.importing import header_table
    from app.services.sheets import read_table

    ws = province.ws
    out = tmp_path / f"all{suffix}"
    run_job(exporting.export_file(ws, "activities", out, scope=read.Scope.under(ws)))
    table = read_table(out, header_table("activities"))
    assert table.titles["owner_unit_name"] == "Đơn vị" and table.titles["owner_unit"] == "Mã đơn vị"
    owners = sorted((cells["owner_unit"], cells["owner_unit_name"]) for _n, cells in table.rows)  # codes as text
    expected = sorted((u, NAMES[u]) for u in ALL for _a in province.activities.get(u, []))
    assert owners == expected
    roster = tmp_path / f"roster{suffix}"
    run_job(exporting.export_file(ws, "roster", roster, scope=read.Scope.under(ws)))
    assert {cells["owner_unit_name"] for _n, cells in read_table(roster, header_table("reporters")).rows} == {NAMES[A], NAMES[B]}
    one = tmp_path / f"one{suffix}"  # one unit: as a commune's own export, no owner column
    run_job(exporting.export_file(ws, "activities", one, scope=read.Scope.unit(B)))
    assert "owner_unit" not in read_table(one, header_table("activities")).titles


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_a_unit_imports_only_its_own_rows_of_an_upper_levels_export(province, workspace, tmp_path, suffix):
    from app.core.errors import ImportRejectedError
    from app.services.importing import import_file

    ws = province.ws
    out = tmp_path / f"all{suffix}"
    run_job(exporting.export_file(ws, "activities", out, scope=read.Scope.under(ws)))
    assert workspace.unit_code == A
    roster = tmp_path / f"roster{suffix}"  # the roster first (the log names its reporters): its own two of three
    run_job(exporting.export_file(ws, "roster", roster, scope=read.Scope.under(ws)))
    with pytest.raises(ImportRejectedError):
        run_job(import_file(workspace, "roster", roster))
    assert read.reporters(workspace, read.default_scope(workspace)) == []
    taken = run_job(import_file(workspace, "roster", roster, skip_bad_rows=True))
    assert (taken.created, taken.skipped) == (2, 1)
    mine = read.reporters(workspace, read.default_scope(workspace))
    assert sorted(r.full_name for r in mine) == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert not any(NAMES[A] in r.organisation for r in mine)  # the unit's name is no data of the record
    before = read.totals(workspace.db, read.log_filter(read.default_scope(workspace)))["count"]
    with pytest.raises(ImportRejectedError) as info:  # the rows of B, C and the province are refused, naming them
        run_job(import_file(workspace, "activities", out))
    assert info.value.code == "E-IMPORT-INVALID"
    others = province.count(B, C, PROVINCE)
    problems = info.value.details["report"]["problems"]
    assert len({p["row"] for p in problems}) == others and all(p["code"] == "other-unit" for p in problems)
    assert f"unit {B}" in info.value.message and "imports only its own records" in info.value.message
    assert read.totals(workspace.db, read.log_filter(read.default_scope(workspace)))["count"] == before  # nothing written
    report = run_job(import_file(workspace, "activities", out, skip_bad_rows=True))  # its own rows: the column is no data
    assert report.created == province.count(A) and report.skipped == others
    titles = {a.title for a in read.activities(workspace, read.default_scope(workspace))}
    assert {a.title for a in province.activities[A]} <= titles
    assert not any(NAMES[A] in (a.organiser + a.notes) for a in read.activities(workspace, read.default_scope(workspace)))
