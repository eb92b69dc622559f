"""The Plans screen at 1366×768: the example plan stored from its button, a plan imported from Excel with its
tasks and statuses (overdue ones shaded and bold), a task added and marked done, a bad file refused with nothing
stored; at the province, every unit's annual plan side by side."""

from __future__ import annotations

from datetime import date

import openpyxl

from plan_helpers import with_deadline, write_plan_file
from PySide6.QtWidgets import QDialogButtonBox

from app.core.plans import Plan, PlanTask
from app.gui.plans_screen import PlansScreen, TaskDialog
from app.services import plans as plan_svc
from app.services.read import Scope
from gui_helpers import answer_next_box, shown_main_window


def _texts(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_plans_screen_import_example_and_tasks(qtbot, ctx, tmp_path):
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("plans")
    assert isinstance(screen, PlansScreen)
    assert screen.plans.rowCount() == 0 and "No plan yet" in screen.summary.text()

    seen = answer_next_box()
    assert not screen.import_file(write_plan_file(tmp_path / "bad.xlsx", with_deadline("lúc nào rảnh")))
    assert seen and "nothing was imported" in seen[0]
    assert plan_svc.list_plans(ctx.workspace, Scope.own(ctx.workspace)) == []

    assert screen.import_file(write_plan_file(tmp_path / "kh.xlsx"))
    assert _texts(screen.plans, 0) == ["05/KH-UBND"]
    assert _texts(screen.tasks, 3) == ["Quý II năm 2026", "09/11/2026", "Hằng năm"]
    # today 26/11/2026: the quarter task is overdue and stands out; the every-year one has not started
    assert _texts(screen.tasks, 4) == ["OVERDUE", "OVERDUE", "Not started"]
    assert screen.tasks.item(0, 1).font().bold() and not screen.tasks.item(2, 1).font().bold()

    answer_next_box("&Yes")
    screen._on_example_clicked()
    assert sorted(_texts(screen.plans, 0)) == ["05/KH-UBND", "164/KH-UBND"]

    # add a task outside the plan, marked done
    screen.plans.selectRow(_texts(screen.plans, 0).index("05/KH-UBND"))
    view = screen.current_view()
    dialog = TaskDialog(ctx, PlanTask(plan_id=view.plan.id, position=4), parent=screen)
    qtbot.addWidget(dialog)
    dialog.section.setText("4")
    dialog.content.setPlainText("Đối thoại chính sách với Nhân dân")
    dialog.deadline.setText("khi nào")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.deadline.setText("quý 3/2026")
    assert "Quý III năm 2026" in dialog.deadline_hint.text()
    dialog.state.setCurrentIndex(dialog.state.findData("done"))
    dialog.outside.setChecked(True)
    dialog.accept()
    screen.refresh()
    assert len(_texts(screen.tasks, 1)) == 4 and _texts(screen.tasks, 4)[3] == "Done"
    assert "(outside the plan)" in _texts(screen.tasks, 1)[3]
    assert "1 outside the plan" in screen.summary.text()
    window.grab().save(str(tmp_path / "plans.png"))
    assert screen.width() <= 1366


def test_province_sees_every_units_plan_side_by_side(qtbot, upper_ctx):
    from app.core.models import Activity
    from app.store import activities as activity_repo
    from app.store import plans as repo
    from app.store.audit import WriteContext

    ws = upper_ctx.workspace
    plan = Plan(number="05/KH-UBND", date=date(2026, 1, 10), year_from=2026, year_to=2026, issue_deadline=date(2026, 1, 15))
    task = PlanTask(plan_id=plan.id, section="1", content="Tuyên truyền", deadline="Quý I năm 2026", state="done",
                    done_date=date(2026, 3, 1))  # fmt: skip
    ctx_a = WriteContext(unit="05443", installation="commune-a", actor="a", now="2026-03-01T00:00:00+07:00")
    with ws.db.atomic():  # as a merge of the commune's bundle leaves them
        repo.save_plan(ws.db, plan, ctx_a)
        repo.save_task(ws.db, task, ctx_a)
        activity_repo.save_activity(ws.db, Activity(date=date(2026, 2, 1), title="Tuyên truyền", forms=["TRUC_TIEP"],
                                                    target_groups=["DTTS_VUNG_KHO"], cost=2_000_000), ctx_a)  # fmt: skip
    window = shown_main_window(qtbot, upper_ctx)
    screen = window.show_screen("plans")
    assert screen.board is not None
    screen.year.setValue(2026)
    units = _texts(screen.board, 0)
    row = next(r for r, name in enumerate(units) if "Phan Đình Phùng" in name)
    assert screen.board.item(row, 1).text() == "05/KH-UBND" and screen.board.item(row, 5).text() == "100%"
    assert "1 of" in screen.board_note.text()
    assert screen.board.item(row, 8).text() == "2.000.000" and screen.board.item(row, 9).text() == "100%"


def test_funding_tab(qtbot, ctx):
    from app.core.models import Activity
    from app.services import logbook

    ws = ctx.workspace
    plan_svc.save_plan(ws, Plan(number="05/KH-UBND", date=date(2026, 1, 10), year_from=2026, year_to=2026, budget=10_000_000))
    logbook.save_activity(ws, Activity(date=date(2026, 3, 8), title="Phổ biến cho đồng bào", forms=["TRUC_TIEP"],
                                       target_groups=["DTTS_VUNG_KHO"], cost=3_000_000))  # fmt: skip
    logbook.save_activity(ws, Activity(date=date(2026, 4, 8), title="Phát thanh", forms=["LOA"], cost=1_000_000))
    window = shown_main_window(qtbot, ctx)
    screen = window.show_screen("plans")
    screen.tabs.setCurrentIndex(screen.tabs.count() - 1)
    text = screen.funding_facts.text()
    assert "10.000.000" in text and "4.000.000" in text and "(40%)" in text and "(75% of the spending)" in text
    groups = _texts(screen.by_group, 0)
    assert any(g.endswith(" ★") for g in groups) and len(groups) == 2
    assert _texts(screen.by_form, 1) == ["3.000.000", "1.000.000"]
