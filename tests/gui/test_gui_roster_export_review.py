"""The roster's export dialog (personal data left out unless ticked, the reason said) and the review at an upper
level: the reporters of the communes chosen, their review, trainings and last activity, read only (issue 16)."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from app.core.models import Decision, Reporter
from app.gui.jobs import wait_for_jobs
from app.services import logbook, read
from tests.gui.test_gui_scope import province_ctx  # noqa: F401 (fixture)
from tests.scope_helpers import A, NAMES


def _headers(path):
    return [c.value for c in next(load_workbook(path).active.iter_rows(max_row=1))]


@pytest.mark.parametrize("tick", [False, True])
def test_export_leaves_personal_data_out_unless_ticked(qtbot, ctx, tmp_path, tick):
    from app.gui.roster import RosterScreen
    from app.gui.roster_export import RosterExportDialog

    person = Reporter(kind="ttv", full_name="Hà Thị Mai", gender="nu", birth_date=date(1980, 5, 6), phone="0912 345 678",
                      id_number="019180001234", recognition=Decision("1/QĐ", date(2024, 1, 2)))  # fmt: skip
    logbook.save_reporter(ctx.workspace, person)
    screen = RosterScreen(ctx)
    qtbot.addWidget(screen)
    dialog = RosterExportDialog(ctx, read.Scope.own(ctx.workspace), screen)
    qtbot.addWidget(dialog)
    assert not dialog.personal.isChecked()  # off by default
    dialog.personal.setChecked(tick)
    out = tmp_path / "ds.xlsx"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
    wait_for_jobs()
    assert dialog.summary["records"] == 1 and dialog.summary["personal"] is tick
    headers = _headers(out)
    assert "Họ và tên" in headers
    assert ("Ngày sinh" in headers, "Điện thoại" in headers, "Số định danh cá nhân" in headers) == (tick,) * 3
    cells = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row]
    assert ("0912 345 678" in cells) is tick


def test_export_dialog_says_why_in_vietnamese(qtbot, qapp, ctx):
    from PySide6.QtWidgets import QLabel

    from app.gui.i18n import install_translators
    from app.gui.roster_export import RosterExportDialog
    from gui_helpers import uninstall_translators

    install_translators(qapp, "vi")
    try:
        dialog = RosterExportDialog(ctx, read.Scope.own(ctx.workspace))
        qtbot.addWidget(dialog)
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "dữ liệu cá nhân" in dialog.personal.text().lower() and "13/2023/NĐ-CP" in text and "Dữ liệu cá nhân" in text
    finally:
        uninstall_translators(qapp)


def test_the_province_reads_a_communes_review_trainings_and_last_activity(qtbot, province_ctx):
    from app.gui.roster import RosterScreen
    from app.gui.roster_review import RosterReviewDialog

    screen = RosterScreen(province_ctx)
    qtbot.addWidget(screen)
    assert screen.review_button.isVisibleTo(screen)
    dialog = RosterReviewDialog(province_ctx, screen, read.Scope("unit", (A,)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read_only and "read only" in dialog.windowTitle()
    assert not dialog.add_button.isVisible() and not dialog.t_title.isVisible()  # nothing to record here
    people = {dialog.people_table.item(r, 0).text(): [dialog.people_table.item(r, c).text() for c in range(7)]
              for r in range(dialog.people_table.rowCount())}  # fmt: skip
    assert set(people) == {"Nguyễn Văn An", "Trần Thị Bình"}  # the commune chosen only
    an = people["Nguyễn Văn An"]
    assert an[1] == NAMES[A] and an[5] == "2" and an[6] == "02/08/2026" and an[4] == "–"
    assert people["Trần Thị Bình"][5] == "0"
    names = [dialog.review_table.item(r, 0).text() for r in range(dialog.review_table.rowCount())]
    assert names and all(n in people for n in names)
    assert "commune" in dialog.review_note.text()


def test_the_time_limits_tab_counts_working_days_without_the_holidays(qtbot, ctx):
    from app.gui.roster_review import RosterReviewDialog
    from gui_helpers import type_text

    dialog = RosterReviewDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.proposal.clear()
    type_text(dialog.proposal, "28/04/2026")  # 30/4 and 1/5 fall within the 5 working days
    rows = {dialog.limits_table.item(r, 1).text(): dialog.limits_table.item(r, 2).text() for r in range(dialog.limits_table.rowCount())}
    assert rows["Thông tư 10/2016/TT-BTP Điều 5 khoản 4"] == "07/05/2026"  # 29/4, 4/5, 5/5, 6/5, 7/5
    notes = [dialog.limits_table.item(r, 3).text() for r in range(dialog.limits_table.rowCount())]
    assert not any(notes)  # 2026 is in the list
    dialog.proposal.clear()
    type_text(dialog.proposal, "03/02/2027")
    notes = [dialog.limits_table.item(r, 3).text() for r in range(dialog.limits_table.rowCount())]
    assert any("năm 2027" in n for n in notes)  # Tết 2027 is not listed yet: said
