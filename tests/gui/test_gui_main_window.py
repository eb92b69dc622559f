"""The main window: navigation entries, the activity log and the roster over a real data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import commit_text, shown_main_window, type_text




def test_navigation_lists_only_working_screens(qtbot, ctx):
    window = shown_main_window(qtbot, ctx)
    keys = window.entry_keys()
    assert keys[:3] == ["dashboard", "activities", "roster"] or keys[:2] == ["activities", "roster"]
    assert "plan" not in keys and "assessment" in keys  # no backend for plans yet, so no entry
    assert keys[-1] == "settings" or "settings" not in keys
    for key in keys:
        widget = window.show_screen(key)
        assert window.stack.currentWidget() is widget
    assert "Phan Đình Phùng" in window.windowTitle()


def test_activity_log_lists_and_totals(qtbot, ctx, sample_log):
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("activities")
    assert screen.model.rowCount() == 5
    # newest first, dates dd/mm/yyyy, money with Vietnamese separators
    assert screen.model.index(0, 0).data() == "09/11/2026"
    assert screen.model.index(0, 1).data() == "Hưởng ứng Ngày Pháp luật Việt Nam"
    assert screen.model.index(0, 8).data() == "1.500.000 đ"
    assert "Nguyễn Thị Hường" in screen.model.index(0, 9).data()
    qtbot.waitUntil(lambda: "5 " in screen.totals.text())
    assert "260" in screen.totals.text() and "2.600.000 đ" in screen.totals.text()


def test_search_ignores_accents_and_case(qtbot, ctx, sample_log):
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("activities")
    qtbot.keyClicks(screen.search, "DAT DAI")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=2000)
    assert screen.model.index(0, 1).data() == "Phổ biến Luật Đất đai năm 2024"
    qtbot.waitUntil(lambda: screen.totals.text().startswith("1 "))
    screen.search.clear()
    type_text(screen.search, "bạo lực")  # Vietnamese typed key by key
    qtbot.waitUntil(lambda: screen.model.filter.text == "bạo lực", timeout=2000)
    assert screen.model.rowCount() == 1
    assert "bạo lực" in screen.model.index(0, 1).data()
    screen.search.clear()
    commit_text(screen.search, "Hôn nhân")  # as an input method commits it
    qtbot.waitUntil(lambda: screen.model.filter.text == "Hôn nhân", timeout=2000)
    assert [screen.model.index(0, 1).data()] == ["Tập huấn Luật Hôn nhân và gia đình"]


def test_filters_by_form_group_reporter_place_and_period(qtbot, ctx, sample_log):
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("activities")

    def pick(combo, data):
        combo.setCurrentIndex(combo.findData(data))

    pick(screen.form, "TRUC_TIEP")
    assert screen.model.rowCount() == 2
    pick(screen.group, "NAN_NHAN_BLGD")
    assert screen.model.rowCount() == 1
    pick(screen.form, None)
    pick(screen.group, None)
    pick(screen.reporter, sample_log["reporters"]["huong"].id)
    assert screen.model.rowCount() == 2
    pick(screen.reporter, None)
    pick(screen.place, "Hội trường UBND phường")
    assert screen.model.rowCount() == 2
    pick(screen.place, None)
    screen.period.setCurrentIndex(screen.period.findText("Year 2025") if screen.period.findText("Year 2025") >= 0 else screen.period.findText("Năm 2025"))
    assert screen.model.rowCount() == 1


def test_sorting_runs_in_sql(qtbot, ctx, sample_log):
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("activities")
    screen.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # participants
    assert screen.model.index(0, 5).data() == "120"
    screen.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert screen.model.index(0, 5).data() == "0"


def test_roster_lists_people_in_vietnamese_order_with_counts(qtbot, ctx, sample_log):
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("roster")
    names = [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]
    assert names == ["Trần Văn An", "Lê Minh Đức", "Nguyễn Thị Hường"]  # given name first: An < Đức < Hường
    row = names.index("Nguyễn Thị Hường")
    assert screen.model.index(row, 7).data() == "2"
    assert screen.model.index(row, 8).data() == "09/11/2026"
    assert "12/QĐ-UBND" in screen.model.index(row, 4).data()
    type_text(screen.search, "duc")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=2000)
    assert screen.model.index(0, 0).data() == "Lê Minh Đức"


def test_models_pass_the_model_tester(qtbot, qtmodeltester, ctx, sample_log):
    from app.gui.activity_model import ActivityTableModel
    from app.gui.roster import ReporterTableModel
    from app.store.activities import ActivityFilter
    from app.store.reporters import activity_stats, iter_reporters

    model = ActivityTableModel(ctx.workspace.db, ctx.workspace.catalogs)
    model.set_filter(ActivityFilter())
    qtmodeltester.check(model, force_py=True)
    roster = ReporterTableModel()
    roster.set_rows(list(iter_reporters(ctx.workspace.db)), activity_stats(ctx.workspace.db))
    qtmodeltester.check(roster, force_py=True)


def test_a_long_log_shows_its_first_rows_at_once_then_its_full_count(qtbot, ctx):
    """More activities than the first read (FIRST_CHUNK) and many pages: the first rows come at once, the full
    count and the totals follow, the last row is reachable, and the row numbers keep their width meanwhile."""
    from datetime import date, timedelta

    from app.core.models import Activity
    from app.gui import activity_model
    from app.store.bulk import insert_activities_bulk

    ws = ctx.workspace
    n = 1000 + activity_model.FIRST_CHUNK + activity_model.PAGE_SIZE // 2  # a 4-digit count, a 3-digit first read
    rows = [
        Activity(
            date=date(2025, 1, 1) + timedelta(days=i % 600),
            title=("Phổ biến Luật Hôn nhân và gia đình" if i % 50 == 0 else "Tuyên truyền Luật Đất đai") + f" lần {i}",
            place="Nhà văn hóa xóm Nà Khoang",
            forms=["TRUC_TIEP"],
            participants=10,
        )
        for i in range(n)
    ]
    with ws.db.atomic():
        insert_activities_bulk(ws.db, rows, ws.write_context())
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("activities")
    qtbot.waitUntil(lambda: not screen.model.totals_pending)
    header = screen.table.verticalHeader()
    width = header.sizeHint().width()
    assert screen.model.rowCount() == n and f"{n:,}".replace(",", ".") in screen.totals.text()

    screen.search.setText("dat dai")  # many matches: the first rows, then the count
    screen.apply_filter()
    first = screen.model.rowCount()
    assert first == activity_model.FIRST_CHUNK  # shown before the count is in
    assert header.sizeHint().width() == width  # the row numbers keep their width: no relayout of the screen
    qtbot.waitUntil(lambda: not screen.model.totals_pending)
    assert screen.model.rowCount() == sum(1 for i in range(n) if i % 50)
    assert header.sizeHint().width() == width
    last = screen.model.rowCount() - 1
    screen.table.scrollToBottom()
    assert screen.model.index(last, 1).data().startswith("Tuyên truyền Luật Đất đai")
    assert screen.model.headerData(last, Qt.Orientation.Vertical) == last + 1

    screen.search.setText("hôn nhân")  # few matches: read from the search index
    screen.apply_filter()
    qtbot.waitUntil(lambda: not screen.model.totals_pending)
    assert screen.model.rowCount() == sum(1 for i in range(n) if i % 50 == 0)
    titles = {screen.model.index(r, 1).data() for r in range(screen.model.rowCount())}
    assert all(t.startswith("Phổ biến Luật Hôn nhân") for t in titles)


def test_the_log_names_a_retired_form_and_target_group_by_their_labels(qtbot, ctx):
    from dataclasses import replace
    from datetime import date

    from app.core.catalogs import CatalogEntry, with_history
    from app.core.models import Activity
    from app.gui.activity_model import ActivityTableModel
    from app.store.activities import ActivityFilter
    from app.store.bulk import insert_activities_bulk

    ws = ctx.workspace
    shipped = ws.catalogs
    old_forms = replace(shipped.forms, version="2025.1", retired=(),
                        entries=(*shipped.forms.entries, CatalogEntry("CU_HT", "Hình thức cũ", "HT cũ")))  # fmt: skip
    old_groups = replace(shipped.target_groups, version="2025.1", retired=(),
                         entries=(*shipped.target_groups.entries, CatalogEntry("CU_DT", "Đối tượng cũ", "ĐT cũ")))  # fmt: skip
    with ws.db.atomic():
        insert_activities_bulk(ws.db, [Activity(date=date(2026, 3, 1), title="Cũ", forms=["CU_HT"], target_groups=["CU_DT"])],
                               ws.write_context())  # fmt: skip
    model = ActivityTableModel(ws.db, with_history(shipped, [old_forms, old_groups]))
    model.set_filter(ActivityFilter(units=(ws.unit_code,), text="Cũ"))
    keys = [c[0] for c in model._columns]
    texts = {model.index(0, keys.index(k)).data() for k in ("forms", "target_groups")}
    assert texts == {"HT cũ", "ĐT cũ"}
