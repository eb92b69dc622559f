"""Deleting from the GUI (confirmation, row gone, record kept as a tombstone) and the editor's Tab order."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.store.activities import get_activity
from app.store.reporters import get_reporter
from gui_helpers import answer_next_box, forget_changes


def _press(widget, key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def _shown(qtbot, widget):
    qtbot.addWidget(widget, before_close_func=forget_changes)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _titles(screen) -> list[str]:
    return [screen.model.index(r, 1).data() for r in range(screen.model.rowCount())]


def test_deleting_an_activity_asks_first_then_removes_the_row_and_keeps_a_tombstone(qtbot, ctx, sample_log):
    from app.gui.activity_log import ActivityLogScreen

    screen = _shown(qtbot, ActivityLogScreen(ctx))
    target = sample_log["activities"][1]
    screen.select_id(target.id)
    assert target.title in _titles(screen)

    seen = answer_next_box("&No")  # the officer changes their mind
    screen.delete_button.click()
    assert seen and target.title in seen[0]
    assert target.title in _titles(screen) and not get_activity(ctx.workspace.db, target.id).meta.deleted

    seen = answer_next_box("&Yes")
    screen.delete_button.click()
    assert seen and target.title in seen[0]
    assert target.title not in _titles(screen) and screen.model.rowCount() == 4
    stored = get_activity(ctx.workspace.db, target.id)  # a tombstone, so the deletion travels upward
    assert stored.meta.deleted and stored.meta.rev >= 2
    qtbot.waitUntil(lambda: "4 " in screen.totals.text())


def test_delete_key_in_the_activity_table_deletes_the_selected_activity(qtbot, ctx, sample_log):
    from app.gui.activity_log import ActivityLogScreen

    screen = _shown(qtbot, ActivityLogScreen(ctx))
    target = sample_log["activities"][0]
    screen.select_id(target.id)
    screen.table.setFocus()
    seen = answer_next_box("&Yes")
    action = next(a for a in screen.table.actions() if a.shortcut().matches(Qt.Key.Key_Delete))
    action.trigger()  # what the Delete key does while the table has focus
    assert seen and target.title not in _titles(screen)
    assert get_activity(ctx.workspace.db, target.id).meta.deleted


def test_deleting_a_reporter_asks_first_then_removes_the_row_and_keeps_a_tombstone(qtbot, ctx, sample_log):
    from app.gui.roster import RosterScreen

    screen = _shown(qtbot, RosterScreen(ctx))
    person = sample_log["reporters"]["an"]

    def names():
        return [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]

    screen.select_id(person.id)
    assert screen.selected().id == person.id
    seen = answer_next_box("&No")
    screen.delete_button.click()
    assert seen and person.full_name in seen[0]
    assert person.full_name in names()

    screen.select_id(person.id)
    seen = answer_next_box("&Yes")
    screen.delete_button.click()
    assert seen and person.full_name in seen[0]
    assert person.full_name not in names() and len(names()) == 2
    assert get_reporter(ctx.workspace.db, person.id).meta.deleted


def _named(widget) -> str:
    while widget is not None and not widget.objectName():
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else "<unnamed>"


def test_tab_walks_the_activity_editor_in_reading_order(qtbot, ctx, sample_log):
    from app.gui.activity_editor import ActivityEditor

    editor = _shown(qtbot, ActivityEditor(ctx, activity=sample_log["activities"][0]))
    editor.date.setFocus()
    order: list[str] = []
    for _ in range(40):
        widget = editor.focusWidget()
        name = _named(widget)
        if not order or order[-1] != name:  # Tab first steps through the day, month and year of the date
            order.append(name)
        if name == "close_button":
            break
        _press(widget, Qt.Key.Key_Tab)
    assert order == [
        "date", "title", "topics", "place", "organiser", "task_search", "task_combo",
        "participants", "women", "ethnic_minority", "materials", "cost", "notes", "attachments", "add_file_button",
        "forms_search", "forms_list", "groups_search", "groups_list", "extra_groups", "reporters_search", "reporters_list",
        # undo and redo are disabled until something is edited
        "duplicate_button", "save_button", "close_button",
    ]  # fmt: skip
    _press(editor.focusWidget(), Qt.Key.Key_Backtab)
    assert _named(editor.focusWidget()) == "save_button"
