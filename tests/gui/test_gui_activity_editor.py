"""The activity editor driven like a user: typing Vietnamese, validation as you type, undo/redo, saving."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from app.store import activities as repo
from app.store.attachments import list_attachments
from gui_helpers import answer_next_box, forget_changes, type_text


@pytest.fixture
def log_screen(qtbot, ctx, sample_log):
    from app.gui.activity_log import ActivityLogScreen

    screen = ActivityLogScreen(ctx)
    qtbot.addWidget(screen, before_close_func=forget_changes)
    screen.resize(1366, 700)
    screen.show()
    return screen


def _tick(checklist, code):
    checklist.item_for(code).setCheckState(Qt.CheckState.Checked)


def test_new_activity_typed_by_the_user_is_saved_and_listed(qtbot, ctx, log_screen):
    qtbot.keyClick(log_screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    editor = log_screen.findChild(__import__("app.gui.activity_editor", fromlist=["x"]).ActivityEditor)
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.date.date() == QDate(2026, 11, 26)  # today by the workspace clock
    assert not editor.save_button.isEnabled()  # no content, no form yet
    type_text(editor.title, "Phổ biến Luật Phòng, chống ma túy")
    _tick(editor.forms, "TRUC_TIEP")
    type_text(editor.place.lineEdit(), "Thôn Đồng Bẩm")
    editor.participants.setValue(80)
    editor.women.setValue(30)
    type_text(editor.cost, "1500000")
    assert editor.current_problems == []
    assert editor.save_button.isEnabled()
    assert editor.windowTitle().startswith("* ")
    qtbot.keyClick(editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert not editor.windowTitle().startswith("* ")
    stored = repo.fetch_activities(ctx.workspace.db, [editor.activity_id])[0]
    assert stored.title == "Phổ biến Luật Phòng, chống ma túy"
    assert stored.place == "Thôn Đồng Bẩm" and stored.cost == 1_500_000 and stored.forms == ["TRUC_TIEP"]
    assert log_screen.model.rowCount() == 6
    assert log_screen.selected_id() == editor.activity_id


def test_validation_as_you_type(qtbot, ctx, sample_log):
    from app.gui.activity_editor import ActivityEditor

    editor = ActivityEditor(ctx, activity=sample_log["activities"][1])
    qtbot.addWidget(editor, before_close_func=forget_changes)
    editor.show()
    assert editor.current_problems == [] and editor.save_button.isEnabled()

    editor.women.setValue(50)  # 45 participants
    assert [(p.field, p.code) for p in editor.current_problems] == [("women", "exceeds-participants")]
    assert "more women" in editor.problem_label.text().lower() or "nhiều hơn" in editor.problem_label.text()
    assert editor.women.styleSheet() and not editor.save_button.isEnabled()
    editor.participants.setValue(60)
    assert editor.current_problems == []
    editor.ethnic_minority.setValue(61)
    assert [p.code for p in editor.current_problems] == ["exceeds-participants"]
    editor.ethnic_minority.setValue(0)

    editor.date.setDate(QDate(2026, 11, 27))  # tomorrow by the workspace clock
    assert [(p.field, p.code) for p in editor.current_problems] == [("date", "future")]
    editor.date.setDate(QDate(2026, 11, 26))

    editor.cost.clear()
    type_text(editor.cost, "-5")
    assert [(p.field, p.code) for p in editor.current_problems] == [("cost", "negative")]
    editor.cost.clear()
    type_text(editor.cost, "abc")
    assert [(p.field, p.code) for p in editor.current_problems] == [("cost", "not-a-number")]
    editor.cost.clear()
    type_text(editor.cost, "300.000")
    assert editor.current_problems == []

    editor.forms.item_for("TRUC_TIEP").setCheckState(Qt.CheckState.Unchecked)
    assert [(p.field, p.code) for p in editor.current_problems] == [("forms", "required")]


def test_undo_and_redo_of_edits(qtbot, ctx, sample_log):
    from app.gui.activity_editor import ActivityEditor

    editor = ActivityEditor(ctx, activity=sample_log["activities"][1])
    qtbot.addWidget(editor, before_close_func=forget_changes)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    original = editor.title.text()
    qtbot.keyClick(editor.title, Qt.Key.Key_End)
    type_text(editor.title, " (lần 2)")
    editor.participants.setValue(99)
    _tick(editor.groups, "PHU_NU")
    assert editor.dirty
    qtbot.keyClick(editor.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z in the line edit
    assert "PHU_NU" not in editor.groups.checked()
    editor.undo_stack.undo()
    assert editor.participants.value() == 45
    editor.undo_stack.undo()  # the typing in one field merges into one step
    assert editor.title.text() == original
    assert not editor.dirty
    editor.undo_stack.redo()
    assert editor.title.text() == original + " (lần 2)"
    qtbot.keyClick(editor.title, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Y
    assert editor.participants.value() == 99


def test_closing_with_unsaved_changes_asks_first(qtbot, ctx, sample_log):
    from app.gui.activity_editor import ActivityEditor
    activity = sample_log["activities"][1]
    editor = ActivityEditor(ctx, activity=activity)
    qtbot.addWidget(editor, before_close_func=forget_changes)
    editor.show()
    editor.participants.setValue(46)
    # Cancel keeps the editor open
    texts = answer_next_box("Cancel" if _english() else "Hủy")
    editor.close_button.click()
    assert texts and editor.isVisible()
    # Discard closes without saving
    answer_next_box("Discard" if _english() else "Không lưu")
    editor.close_button.click()
    assert not editor.isVisible()
    assert repo.fetch_activities(ctx.workspace.db, [activity.id])[0].participants == 45


def _english() -> bool:
    from PySide6.QtWidgets import QApplication

    return not getattr(QApplication.instance(), "_pbgdpl_translators", [])


def test_duplicate_as_new_copies_fields_with_todays_date(qtbot, ctx, log_screen, sample_log):
    source = sample_log["activities"][0]
    log_screen.select_id(source.id)
    editor = log_screen.duplicate_selected()
    assert editor.is_new and editor.activity_id != source.id
    assert editor.title.text() == source.title and editor.forms.checked() == source.forms
    assert editor.date.date() == QDate(2026, 11, 26)
    assert editor.dirty
    editor.save()
    assert repo.totals(ctx.workspace.db, repo.ActivityFilter())["count"] == 6


def test_attachment_is_stored_by_content_hash(qtbot, ctx, sample_log, tmp_path):
    from app.gui.activity_editor import ActivityEditor

    photo = tmp_path / "bien-ban-hop.pdf"
    photo.write_bytes(b"%PDF-1.4 minutes of the meeting")
    activity = sample_log["activities"][0]
    editor = ActivityEditor(ctx, activity=activity)
    qtbot.addWidget(editor, before_close_func=forget_changes)
    editor.attach_files([photo])
    assert editor.dirty and editor.attachments.count() == 1
    assert editor.save()
    atts = list_attachments(ctx.workspace.db, activity.id)
    assert [a.filename for a in atts] == ["bien-ban-hop.pdf"]
    assert (ctx.paths.files / atts[0].sha256[:2] / atts[0].sha256).read_bytes() == photo.read_bytes()


def test_priority_star_follows_the_one_rule_of_core_facts(qtbot, ctx, sample_log, monkeypatch):
    from app.core import facts
    from app.gui.activity_editor import ActivityEditor

    entries = ctx.workspace.catalogs.target_groups.entries
    chosen = entries[-1].code  # whatever the rule says is a priority group gets the star, nothing else
    monkeypatch.setattr(facts, "priority_group_codes", lambda catalogs: (chosen,))
    editor = ActivityEditor(ctx)
    qtbot.addWidget(editor, before_close_func=forget_changes)
    starred = {e.code for e in entries if editor.groups.item_for(e.code).text().endswith(" ★")}
    assert starred == {chosen}
