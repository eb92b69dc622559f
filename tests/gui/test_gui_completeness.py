"""Upper mode's "Tình hình báo cáo" screen (English source strings: tests run untranslated): units × status for a period, filters, rate line, keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.bundles import import_bundle
from gui_helpers import shown_main_window
from tests.board_helpers import World, at


@pytest.fixture
def province(tmp_path):
    from app.gui.context import GuiContext
    from app.gui.jobs import wait_for_jobs
    from app.services.workspace import Workspace

    world = World(tmp_path)
    busy, empty = world.commune("05443"), world.commune("05716", officer="Lương Văn Toàn", activities=0)
    import_bundle(world.province, world.send(busy, on=at(2026, 10, 10)))
    import_bundle(world.province, world.send(empty, on=at(2026, 10, 20)))
    ws = world.province
    yield GuiContext(paths=ws.paths, workspace=ws, open_workspace=lambda: Workspace.open(ws.paths, clock=ws.clock))
    wait_for_jobs()
    world.close()




def test_the_board_shows_every_expected_unit_with_its_status_and_the_rate(qtbot, province):
    window = shown_main_window(qtbot, province)
    assert window.entry_keys()[:2] == ["dashboard", "completeness"]
    screen = window.show_screen("completeness")
    assert screen.period.currentData() == "2026-Q3"  # the last quarter that has ended (today 10/12/2026)
    rows = screen.visible_rows()
    assert len(rows) == 92
    assert rows[0][1] == "Not received" and rows[0][2] == "Overdue"  # missing ones first
    by_unit = {r[0]: r for r in rows}
    busy = by_unit["Phường Phan Đình Phùng (05443)"]
    assert busy[1:6] == ("Received", "On time", "10/12/2026", "1", "Nguyễn Thị Hường")
    empty = by_unit["Xã Võ Nhai (05716)"]
    assert empty[1:3] == ("Nothing to report", "Late") and empty[5] == "Lương Văn Toàn"
    assert "2/92 units have reported" in screen.rate.text() and "15/10/2026" in screen.rate.text()


def test_filter_by_status_search_without_accents_and_change_period_by_keyboard(qtbot, province):
    window = shown_main_window(qtbot, province)
    screen = window.show_screen("completeness")
    screen.status.setCurrentIndex(screen.status.findData("nothing_to_report"))
    assert [r[0] for r in screen.visible_rows()] == ["Xã Võ Nhai (05716)"]
    screen.status.setCurrentIndex(0)
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "phan dinh")
    assert [r[0] for r in screen.visible_rows()] == ["Phường Phan Đình Phùng (05443)"]
    screen.search.clear()
    screen.period.setFocus()
    qtbot.keyClick(screen.period, Qt.Key.Key_Down)  # the quarter before: nothing received
    assert screen.period.currentData() == "2026-Q2"
    assert "0/92 units have reported" in screen.rate.text()
    assert {r[1] for r in screen.visible_rows()} == {"Not received"}


def test_a_commune_has_no_board(qtbot, ctx):
    window = shown_main_window(qtbot, ctx)
    assert "completeness" not in window.entry_keys()


def test_saving_a_consolidated_report_with_nothing_received_asks_first(qtbot, province, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.gui.jobs import wait_for_jobs
    from app.gui.reports_screen import ReportsScreen

    screen = ReportsScreen(province)
    qtbot.addWidget(screen)
    screen.resize(1366, 720)
    screen.show()
    screen.documents.setCurrentRow(0)  # the summary
    screen.year.setValue(2026)
    screen.part.setCurrentIndex(3)  # nothing received for Q1
    assert screen.period().id == "2026-Q1"
    asked: list[str] = []

    def answer(choice):
        def warning(_parent, _title, text, *_args):
            asked.append(text)
            return choice

        return staticmethod(warning)

    target = tmp_path / "q1.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    screen.pdf_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    wait_for_jobs()
    assert "Chưa nhận được số liệu của đơn vị nào trong kỳ" in asked[0] and not target.exists()
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Save))
    screen.pdf_button.click()
    qtbot.waitUntil(target.exists, timeout=30_000)
    wait_for_jobs()
    assert len(asked) == 2
    asked.clear()
    screen.part.setCurrentIndex(5)  # two units reported Q3: no question
    assert screen.period().id == "2026-Q3"
    q3 = tmp_path / "q3.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(q3), "")))
    screen.pdf_button.click()
    qtbot.waitUntil(q3.exists, timeout=30_000)
    wait_for_jobs()
    assert asked == []


def _press_in_dialog(qtbot, action: str, reason: str = ""):
    from PySide6.QtWidgets import QApplication

    from app.gui.approval_dialog import ApprovalDialog

    def press():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ApprovalDialog) and w.isVisible())
        if action == "approve":
            qtbot.keyClick(dialog.approve_button, Qt.Key.Key_Space)
        else:
            dialog.reason_edit.setFocus()
            from gui_helpers import type_text

            type_text(dialog.reason_edit, reason)
            qtbot.keyClick(dialog.return_button, Qt.Key.Key_Space)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, press)


def test_approve_from_the_board_by_keyboard_and_see_the_row_change(qtbot, province, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from app.services import approvals
    from app.services.keys import create_key

    window = shown_main_window(qtbot, province)
    screen = window.show_screen("completeness")
    window.activateWindow()
    qtbot.waitActive(window)
    screen.table.setFocus()
    missing = screen.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    assert screen.select_unit(missing) and not screen.decide_button.isEnabled()  # nothing received: nothing to judge
    assert screen.select_unit("05443") and screen.decide_button.isEnabled() and not screen.send_button.isEnabled()
    qtbot.keyClick(screen.table, Qt.Key.Key_Tab)  # out of the table: the next stop is the button
    assert window.focusWidget() is screen.decide_button
    _press_in_dialog(qtbot, "approve")
    qtbot.keyClick(screen.decide_button, Qt.Key.Key_Space)
    by_unit = {r[0]: r for r in screen.visible_rows()}
    assert by_unit["Phường Phan Đình Phùng (05443)"][1] == "Approved"
    assert screen.selected_row().unit_code == "05443" and screen.send_button.isEnabled()
    assert "2/92 units have reported" in screen.rate.text()

    assert screen.select_unit("05716")
    _press_in_dialog(qtbot, "return", "Thiếu báo cáo")
    qtbot.mouseClick(screen.decide_button, Qt.MouseButton.LeftButton)
    assert {r[0]: r for r in screen.visible_rows()}["Xã Võ Nhai (05716)"][1] == "Returned: Thiếu báo cáo"
    screen.status.setCurrentIndex(screen.status.findData("returned"))
    assert [r[0] for r in screen.visible_rows()] == ["Xã Võ Nhai (05716)"]
    screen.status.setCurrentIndex(0)

    # the decisions go down in a signed file, through the sync screen's own path
    create_key(province.workspace, None)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "down"))
    (tmp_path / "down").mkdir()
    assert screen.select_unit("05716")
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Tab)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is screen.send_button
    qtbot.keyClick(screen.send_button, Qt.Key.Key_Space)
    assert "Xã Võ Nhai" in screen.note.text() and len(list((tmp_path / "down").iterdir())) == 1
    assert approvals.decision_of(province.workspace, "05716", "2026-Q3").decision == "returned"


def test_changed_after_approval_shows_on_the_board(qtbot, province):
    from app.services import approvals

    ws = province.workspace
    approvals.approve(ws, "05443", "2026-Q3")
    ws.db.execute("UPDATE activities SET participants = participants + 1, rev = rev + 1 WHERE owner_unit = '05443'")  # as a newer bundle would (same clock: the board looks)
    window = shown_main_window(qtbot, province)
    screen = window.show_screen("completeness")
    row = {r[0]: r for r in screen.visible_rows()}["Phường Phan Đình Phùng (05443)"]
    assert row[1] == "Changed after approval, approve again"
