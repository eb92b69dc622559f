"""The roster editor: a new person typed in Vietnamese, decisions and trainings, validation and undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.store.reporters import get_reporter
from gui_helpers import forget_changes, type_text


def _screen(qtbot, ctx):
    from app.gui.roster import RosterScreen

    screen = RosterScreen(ctx)
    qtbot.addWidget(screen, before_close_func=forget_changes)
    screen.show()
    return screen


def test_new_person_with_a_training_is_saved_and_listed(qtbot, ctx, sample_log):
    screen = _screen(qtbot, ctx)
    editor = screen.new_reporter()
    assert not editor.save_button.isEnabled()
    editor.kind.setCurrentIndex(editor.kind.findData("bcv"))
    type_text(editor.full_name, "Hoàng Thị Yến")
    editor.gender.setCurrentIndex(editor.gender.findData("nu"))
    type_text(editor.area, "Tổ dân phố số 3")
    type_text(editor.rec_number, "15/QĐ-UBND")
    type_text(editor.rec_date, "01/03/2025")
    editor.add_training.click()
    editor.trainings.item(0, 0).setText("12/05/2025")
    editor.trainings.item(0, 1).setText("Bồi dưỡng kỹ năng tuyên truyền")
    assert editor.current_problems == [], editor.problem_label.text()
    assert editor.save()
    stored = get_reporter(ctx.workspace.db, editor.reporter_id)
    assert stored.full_name == "Hoàng Thị Yến" and stored.recognition.date == date(2025, 3, 1)
    assert [(t.date, t.title) for t in stored.trainings] == [(date(2025, 5, 12), "Bồi dưỡng kỹ năng tuyên truyền")]
    names = [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]
    assert names == ["Trần Văn An", "Lê Minh Đức", "Nguyễn Thị Hường", "Hoàng Thị Yến"]


def test_dismissal_needs_a_ground_and_makes_the_status_dismissed(qtbot, ctx, sample_log):
    screen = _screen(qtbot, ctx)
    screen.select_id(sample_log["reporters"]["an"].id)
    editor = screen.open_selected()
    type_text(editor.dis_date, "31/13/2026")
    assert [p.code for p in editor.current_problems] == ["not-a-date", "required"] or "not-a-date" in [p.code for p in editor.current_problems]
    editor.dis_date.clear()
    type_text(editor.dis_date, "01/10/2026")
    assert [(p.field, p.code) for p in editor.current_problems] == [("dismissal_ground", "required")]
    assert editor.ground.styleSheet()
    editor.ground.setCurrentIndex(editor.ground.findData("TU_NGUYEN"))
    assert editor.current_problems == []
    editor.undo_stack.undo()
    assert editor.ground.currentData() == ""
    editor.undo_stack.redo()
    assert editor.save()
    screen.refresh()
    row = screen.model.row_of(sample_log["reporters"]["an"].id)
    assert screen.model.index(row, 6).data() in ("Dismissed", "Đã cho thôi")
