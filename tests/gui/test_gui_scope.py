"""Upper mode: every screen reading records has a unit filter (searchable without accents) and the log and the
roster show the owner unit; records of another unit are read-only. Commune mode looks as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.text import collation_key
from app.services import read
from tests.scope_helpers import A, B, C, NAMES, PROVINCE, open_province


@pytest.fixture
def province_ctx(tmp_path, fixed_clock):
    from app.gui.context import GuiContext
    from app.gui.jobs import wait_for_jobs
    from app.services.workspace import Workspace

    data = open_province(tmp_path / "province", fixed_clock)
    paths = data.ws.paths
    ctx = GuiContext(paths=paths, workspace=data.ws, open_workspace=lambda: Workspace.open(paths, clock=fixed_clock))
    ctx.data = data  # type: ignore[attr-defined]
    yield ctx
    wait_for_jobs()
    data.ws.close()


def _choose(qtbot, unit_filter, typed: str) -> None:
    """Type into the unit filter as a person would, then Enter."""
    unit_filter.setFocus()
    unit_filter.lineEdit().selectAll()
    if typed:
        qtbot.keyClicks(unit_filter.lineEdit(), typed)
    else:
        qtbot.keyClick(unit_filter.lineEdit(), Qt.Key.Key_Backspace)
    popup = unit_filter.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else unit_filter.lineEdit(), Qt.Key.Key_Return)


def test_the_commune_screens_have_no_unit_filter_and_no_unit_column(qtbot, ctx, sample_log):
    from app.gui.activity_log import ActivityLogScreen
    from app.gui.activity_model import COLUMNS
    from app.gui.dashboard import DashboardScreen
    from app.gui.reports_screen import ReportsScreen
    from app.gui.roster import COLUMNS as ROSTER_COLUMNS
    from app.gui.roster import RosterScreen

    log = ActivityLogScreen(ctx)
    roster = RosterScreen(ctx)
    dashboard = DashboardScreen(ctx)
    reports = ReportsScreen(ctx)
    for w in (log, roster, dashboard, reports):
        qtbot.addWidget(w)
        assert w.unit_filter is None and not w.findChildren(type(w).__mro__[0], "unitFilter")
    assert log.model.columnCount() == len(COLUMNS) and roster.model.columnCount() == len(ROSTER_COLUMNS)
    assert reports.request().scope == read.Scope.own(ctx.workspace)


def test_the_province_log_shows_every_unit_with_its_name_and_filters_by_unit(qtbot, province_ctx):
    from app.gui.activity_log import ActivityLogScreen

    data = province_ctx.data
    screen = ActivityLogScreen(province_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    assert screen.unit_filter is not None and screen.unit_filter.currentText() == "All units"
    last = screen.model.columnCount() - 1
    assert screen.model.headerData(last, Qt.Orientation.Horizontal) == "Unit"
    qtbot.waitUntil(lambda: not screen.model.totals_pending)
    assert screen.model.totals["count"] == data.count(A, B, C, PROVINCE)
    shown = {screen.model.index(row, last).data() for row in range(screen.model.rowCount())}
    assert shown == set(NAMES.values())
    _choose(qtbot, screen.unit_filter, "gia sang")  # no accents, part of the name
    assert screen.unit_filter.unit() == B
    qtbot.waitUntil(lambda: not screen.model.totals_pending)
    assert screen.model.totals["count"] == data.count(B) == screen.model.rowCount()
    assert {screen.model.index(row, last).data() for row in range(screen.model.rowCount())} == {NAMES[B]}
    assert [screen.reporter.itemText(i) for i in range(screen.reporter.count())][1:] == ["Lê Thị Cúc"]
    _choose(qtbot, screen.unit_filter, C)  # by code
    qtbot.waitUntil(lambda: not screen.model.totals_pending)
    assert screen.model.totals["count"] == data.count(C)
    _choose(qtbot, screen.unit_filter, "")  # an empty box: all units again
    qtbot.waitUntil(lambda: not screen.model.totals_pending)
    assert screen.model.totals["count"] == data.count(A, B, C, PROVINCE)


def test_another_units_activity_opens_read_only_and_is_not_deleted(qtbot, province_ctx, monkeypatch):
    from app.gui.activity_log import ActivityLogScreen

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kw: told.append(args[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("no deletion may be offered"))
    screen = ActivityLogScreen(province_ctx)
    qtbot.addWidget(screen)
    screen.unit_filter.select_unit(B)
    qtbot.waitUntil(lambda: not screen.model.totals_pending)
    screen.table.selectRow(0)
    screen.delete_selected()
    assert told and NAMES[B] in told[-1]
    ws = province_ctx.workspace
    assert read.totals(ws.db, read.log_filter(read.Scope.unit(B)))["count"] == 2
    editor = screen.open_selected()
    assert editor.read_only and not editor.save_button.isEnabled()
    assert NAMES[B] in editor.read_only_note.text()
    assert not editor.title.isEnabled() and not editor.add_file_button.isEnabled()
    editor.title.setText("Sửa ở tỉnh")
    assert editor.store() is None and NAMES[B] in told[-1]
    assert read.fetch_activity(ws, editor.activity_id).title != "Sửa ở tỉnh"
    editor.undo_stack.setClean()
    editor.close()


def test_the_province_roster_shows_the_unit_and_filters_by_unit(qtbot, province_ctx, monkeypatch):
    from app.gui.roster import RosterScreen

    screen = RosterScreen(province_ctx)
    qtbot.addWidget(screen)
    last = screen.model.columnCount() - 1
    assert screen.model.headerData(last, Qt.Orientation.Horizontal) == "Unit"
    assert screen.model.rowCount() == 3
    assert {screen.model.index(r, last).data() for r in range(3)} == {NAMES[A], NAMES[B]}
    _choose(qtbot, screen.unit_filter, "phan dinh phung")
    assert screen.unit_filter.unit() == A and screen.model.rowCount() == 2
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kw: told.append(args[2]))
    screen.table.selectRow(0)
    screen.delete_selected()
    assert told and NAMES[A] in told[-1]
    assert screen.model.rowCount() == 2
    editor = screen.open_selected()
    assert editor.read_only and not editor.save_button.isEnabled() and not editor.full_name.isEnabled()
    editor.close()


def test_the_province_dashboard_and_reports_follow_the_unit_filter(qtbot, province_ctx):
    from app.gui.dashboard import DashboardScreen
    from app.gui.reports_screen import ReportsScreen

    data = province_ctx.data
    dashboard = DashboardScreen(province_ctx)
    qtbot.addWidget(dashboard)
    assert dashboard.activities_tile.value.text() == str(data.count(A, B, C, PROVINCE))
    _choose(qtbot, dashboard.unit_filter, "dai tu")
    assert dashboard.unit_filter.unit() == C
    assert dashboard.activities_tile.value.text() == str(data.count(C))
    assert dashboard.priority_tile.value.text() == "100 %"  # its one activity reached a priority group
    reports = ReportsScreen(province_ctx)
    qtbot.addWidget(reports)
    assert reports.request().scope == read.Scope.under(province_ctx.workspace)
    _choose(qtbot, reports.unit_filter, "gia sang")
    assert reports.request().scope == read.Scope.unit(B)


def test_the_province_dashboard_names_the_unit_of_each_idle_reporter(qtbot, province_ctx):
    from app.gui.dashboard import DashboardScreen

    screen = DashboardScreen(province_ctx)
    qtbot.addWidget(screen)
    texts = [screen.idle_list.item(i).text() for i in range(screen.idle_list.count())]
    assert any(t.startswith(f"Trần Thị Bình ({NAMES[A]}) — ") for t in texts), texts


def test_the_province_dashboard_compares_the_units(qtbot, province_ctx):
    from app.gui.dashboard import DashboardScreen, compared_units

    data = province_ctx.data
    screen = DashboardScreen(province_ctx)
    qtbot.addWidget(screen)
    shown = dict(screen.unit_chart.items)
    # every commune with its own count; the province's own activities under its name
    assert shown == {NAMES[u]: data.count(u) for u in (A, B, C, PROVINCE) if data.count(u)}
    assert list(shown.values()) == sorted(shown.values(), reverse=True) and not screen.unit_chart.isHidden()
    _choose(qtbot, screen.unit_filter, "dai tu")  # one unit: nothing to compare
    assert screen.unit_chart.isHidden()
    many = tuple((f"Xã {i:02d}", 30 - i, 0) for i in range(30))  # 30 units: the 5 most active and the 5 least
    assert [n for n, _ in compared_units(many)] == [f"Xã {i:02d}" for i in (0, 1, 2, 3, 4, 25, 26, 27, 28, 29)]


def test_the_province_dashboard_table_lists_every_unit_and_opens_one_with_enter(qtbot, province_ctx):
    from app.gui.dashboard import DashboardScreen

    data = province_ctx.data
    screen = DashboardScreen(province_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    table = screen.unit_table
    assert not screen.unit_table_box.isHidden() and table.rowCount() == 92  # every expected commune, sent or not
    first = table.rows_shown()  # most activities first, then the units' names in Vietnamese order
    assert [int(r[1]) for r in first] == sorted((int(r[1]) for r in first), reverse=True)
    idle = [r[0] for r in first if r[1] == "0"]
    assert idle == sorted(idle, key=collation_key)
    rows = {r[0]: r for r in first}
    assert rows[NAMES[B]][1:5] == (str(data.count(B)), str(data.participants(B)), "1", "Not received")
    assert rows[NAMES[A]][3] == "2" and rows["Xã Võ Nhai"][1:4] == ("0", "0", "0")
    assert "Reporting" in table.horizontalHeaderItem(4).text() and "2026" in table.horizontalHeaderItem(4).text()
    table.sortItems(2, Qt.SortOrder.DescendingOrder)  # by participants, as a number
    assert table.rows_shown()[0][0] == NAMES[B]
    row = next(i for i in range(table.rowCount()) if table.code_at(i) == C)
    table.setFocus()
    table.setCurrentCell(row, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # that unit's dashboard
    assert screen.unit_filter.unit() == C and screen.unit_table_box.isHidden()
    assert screen.activities_tile.value.text() == str(data.count(C))
