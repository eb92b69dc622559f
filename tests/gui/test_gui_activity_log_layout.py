"""The activity log at 1366×768: the content gets the room, a search says where it matched, the columns the
user chose are kept between runs, and the filters are never cut."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_helpers import shown_main_window


def _log(qtbot, ctx, width=1366, height=768):
    window = shown_main_window(qtbot, ctx)
    window.resize(width, height)
    screen = window.show_screen("activities")
    qtbot.waitUntil(lambda: screen._fitted, timeout=3000)
    return window, screen


def test_the_content_column_gets_the_room(qtbot, ctx, sample_log):
    _window, screen = _log(qtbot, ctx)
    header = screen.table.horizontalHeader()
    keys = screen.column_keys()
    widths = {key: header.sectionSize(i) for i, key in enumerate(keys)}
    assert widths["title"] == max(widths.values())  # the widest column
    assert widths["title"] >= 3 * widths["place"]
    shown = sum(header.sectionSize(i) for i in range(header.count()) if not header.isSectionHidden(i))
    assert shown <= screen.table.viewport().width() + 1  # every column in view, no sideways scrolling
    fm = header.fontMetrics()
    for i, key in enumerate(keys):  # no header cut
        assert fm.horizontalAdvance(screen.model.headerData(i, Qt.Orientation.Horizontal)) < header.sectionSize(i), key
    nav = screen.window().nav
    assert nav.width() <= nav.fontMetrics().averageCharWidth() * 20 + 24  # the navigation bar stays narrow


def test_a_search_shows_where_it_matched(qtbot, ctx, sample_log):
    _window, screen = _log(qtbot, ctx)
    screen.search.setText("dong bam")  # the place, not the content
    screen.apply_filter()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=2000)
    tip = screen.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>Đồng</b> <b>Bẩm</b>" in tip and "Thôn" in tip
    assert screen.model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole) == tip  # on every cell of the row
    screen.search.clear()
    screen.apply_filter()
    assert "<b>" not in (screen.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) or "")


def test_columns_hidden_by_the_user_stay_hidden_in_the_next_run(qtbot, ctx, sample_log):
    window, screen = _log(qtbot, ctx)
    menu = screen.columns_menu()
    actions = {a.text(): a for a in menu.actions()}
    assert not actions[screen.model.headerData(1, Qt.Orientation.Horizontal)].isEnabled()  # the content stays
    before = screen.table.horizontalHeader().sectionSize(1)
    screen.set_column_shown("women", False)
    screen.set_column_shown("materials", False)
    header = screen.table.horizontalHeader()
    assert header.sectionSize(1) >= before  # the room freed goes back to the columns that gave some up, then to the content
    shown = sum(header.sectionSize(i) for i in range(header.count()) if not header.isSectionHidden(i))
    assert abs(shown - screen.table.viewport().width()) <= 1  # no gap, no sideways scrolling
    window.close()
    from app.gui.activity_log import ActivityLogScreen

    again = ActivityLogScreen(ctx)
    qtbot.addWidget(again)
    header = again.table.horizontalHeader()
    hidden = {key for i, key in enumerate(again.column_keys()) if header.isSectionHidden(i)}
    assert hidden == {"women", "materials"}
    again.set_column_shown("women", True)
    assert ActivityLogScreen(ctx).hidden_columns() == ["materials"]


def test_the_filters_show_their_choice_whole_at_150_percent_room(qtbot, ctx, sample_log):
    _window, screen = _log(qtbot, ctx, 911, 512)  # the logical size of 1366×768 at 150 %
    screen.place.setCurrentIndex(screen.place.findData("Hội trường UBND phường"))
    qtbot.wait(50)
    for combo in (screen.period, screen.form, screen.group, screen.reporter, screen.place):
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) < combo.width(), combo.currentText()
        assert combo.geometry().right() <= screen.width()
