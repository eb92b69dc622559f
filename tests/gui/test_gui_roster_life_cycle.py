"""The roster's life cycle in the GUI: level, review flag, suspension and ID number in the reporter editor; the
review and trainings dialog (with the share trained); states in words in the list; 1366×768."""

from __future__ import annotations

from datetime import date

from app.core.models import Decision, Reporter
from app.services import logbook
from app.store import trainings as training_repo
from app.store.reporters import get_reporter
from gui_helpers import forget_changes, type_text


def _screen(qtbot, ctx):
    from app.gui.roster import RosterScreen

    screen = RosterScreen(ctx)
    qtbot.addWidget(screen, before_close_func=forget_changes)
    screen.resize(1366, 768)
    screen.show()
    return screen


def test_editor_records_level_suspension_and_review_flag(qtbot, ctx):
    r = Reporter(kind="bcv", full_name="Tô Văn Hải", gender="nam", organisation="Công an xã",
                 recognition=Decision("3/QĐ-UBND", date(2024, 2, 1), "Chủ tịch UBND tỉnh"))  # fmt: skip
    logbook.save_reporter(ctx.workspace, r)
    screen = _screen(qtbot, ctx)
    from app.gui.reporter_editor import ReporterEditor

    editor = ReporterEditor(ctx, get_reporter(ctx.workspace.db, r.id), screen)  # closed with the screen
    editor.level.setCurrentIndex(editor.level.findData("tinh"))
    type_text(editor.sus_from, "01/10/2026")
    type_text(editor.sus_reason, "Bị khởi tố ngày 28/09/2026")
    type_text(editor.id_number, "019087001234")
    editor.review_flag.setCurrentIndex(editor.review_flag.findData("KHONG_HOAT_DONG"))
    assert editor.current_problems == [], editor.problem_label.text()
    assert editor.save()
    stored = get_reporter(ctx.workspace.db, r.id)
    assert (stored.level, stored.suspended_from, stored.id_number, stored.review_flag) == ("tinh", date(2026, 10, 1), "019087001234", "KHONG_HOAT_DONG")
    screen.refresh()
    row = screen.model.row_of(r.id)
    status = screen.model.index(row, screen.model.columns.index("status")).data()
    assert status == "Suspended (not assigned), to review"  # in words, not a symbol


def test_a_dismissal_on_a_review_flag_is_refused_in_the_editor(qtbot, ctx):
    from app.gui.reporter_editor import ReporterEditor

    editor = ReporterEditor(ctx, None)
    qtbot.addWidget(editor, before_close_func=forget_changes)
    type_text(editor.full_name, "Lò Văn Páo")
    type_text(editor.dis_number, "30/QĐ-UBND")
    editor.review_flag.setCurrentIndex(editor.review_flag.findData("KHAC"))
    assert ("dismissal_ground", "required") in [(p.field, p.code) for p in editor.current_problems]
    assert not editor.save_button.isEnabled()


def test_review_and_trainings_dialog(qtbot, ctx):
    ws = ctx.workspace
    idle = Reporter(kind="ttv", full_name="Hà Văn Nhàn", gender="nam", area="Thôn 1", recognition=Decision("1/QĐ", date(2024, 1, 2)))
    logbook.save_reporter(ws, idle)
    screen = _screen(qtbot, ctx)
    from app.gui.roster_review import RosterReviewDialog

    dialog = RosterReviewDialog(ctx, screen)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.review_table.rowCount() >= 1
    assert "Hà Văn Nhàn" in [dialog.review_table.item(r, 0).text() for r in range(dialog.review_table.rowCount())]
    assert dialog.width() <= 1366 and dialog.height() <= 768
    type_text(dialog.t_date, "05/05/2026")
    type_text(dialog.t_title, "Bồi dưỡng kỹ năng tuyên truyền")
    dialog.t_people.set_checked([idle.id])
    dialog.add_button.click()
    assert [t.title for t in training_repo.list_trainings(ws.db, None)] == ["Bồi dưỡng kỹ năng tuyên truyền"]
    assert dialog.training_table.rowCount() == 1
    assert "1 of 1 (100 %)" in dialog.share.text()
