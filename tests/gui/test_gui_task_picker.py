"""The activity editor's task picker: typing narrows the plan's tasks (accents ignored), the chosen task is kept
when the activity is saved, shown again when it is reopened, and can be taken off."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.core.models import Activity
from app.core.plans import Plan, PlanTask
from app.gui.activity_editor import ActivityEditor
from app.gui.task_picker import FULL_TEXT
from app.services import logbook
from app.services import plans as plan_svc
from gui_helpers import forget_changes, type_text


def _shown(qtbot, widget):
    qtbot.addWidget(widget, before_close_func=forget_changes)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_pick_a_task_by_typing_and_save(qtbot, ctx):
    ws = ctx.workspace
    plan = Plan(number="05/KH-UBND", date=date(2026, 1, 10), year_from=2026, year_to=2026)
    tasks = [
        PlanTask(section="1", content="Tuyên truyền Luật Đất đai năm 2024", deadline="Quý II năm 2026"),
        PlanTask(section="2", content="Hưởng ứng Ngày Pháp luật", deadline="09/11/2026"),
        PlanTask(section="3", content="Phát thanh pháp luật trên loa", deadline="Hằng năm"),
    ]
    plan_svc.save_plan_with_tasks(ws, plan, tasks)
    activity = Activity(date=date(2026, 5, 4), title="Hội nghị phổ biến Luật Đất đai", forms=["TRUC_TIEP"], participants=40)
    logbook.save_activity(ws, activity)

    editor = _shown(qtbot, ActivityEditor(ctx, activity=activity))
    assert editor.task.count() == 3 and editor.task.task_id() == ""
    type_text(editor.task.search, "dat dai")
    assert editor.task.count() == 1
    whole = editor.task.combo.itemData(1, FULL_TEXT)
    assert whole == "05/KH-UBND · 1. Tuyên truyền Luật Đất đai năm 2024"  # what the open list shows
    closed = editor.task.combo.itemText(1)  # the closed box: shortened to its width, never cut by Qt
    assert closed == whole or (closed.endswith("…") and whole.startswith(closed[:-1].rstrip()))
    editor.task.combo.setFocus()
    qtbot.keyClick(editor.task.combo, Qt.Key.Key_Down)
    assert editor.task.task_id() == tasks[0].id
    assert editor.undo_button.isEnabled()  # a change like any other field
    assert editor.store() == activity.id
    assert plan_svc.task_of_activity(ws, activity.id).id == tasks[0].id
    row = plan_svc.plan_view(ws, plan.id, on=date(2026, 5, 10)).rows[0]
    assert row.activities == 1 and row.status == "in_progress"
    forget_changes(editor)
    editor.close()

    again = _shown(qtbot, ActivityEditor(ctx, activity=activity))
    assert again.task.task_id() == tasks[0].id
    assert again.task.combo.currentText().startswith("05/KH-UBND · 1. Tuyên")
    assert again.task.combo.toolTip() == "05/KH-UBND · 1. Tuyên truyền Luật Đất đai năm 2024"
    again.task.combo.setCurrentIndex(0)
    assert again.store() == activity.id
    assert plan_svc.task_of_activity(ws, activity.id) is None
