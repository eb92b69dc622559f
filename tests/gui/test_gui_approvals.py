"""Approve / return dialog at the upper level, reachable from the received list; the commune's banner."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.commands import run_job
from app.core.models import Activity
from app.services import approvals, logbook
from app.services.bundles import export_bundle, import_bundle
from app.services.keys import create_key, key_info, trust_key
from gui_helpers import type_text

pytestmark = pytest.mark.gui

PASS = "mật khẩu xã 2026"
REASON = "Thiếu số người tham dự buổi tuyên truyền ngày 19/5"


@pytest.fixture
def received(ctx, upper_ctx, tmp_path):
    """The commune (ctx) sent its 2026-Q2 bundle; the province (upper_ctx) imported it; keys trusted both ways."""
    commune, province = ctx.workspace, upper_ctx.workspace
    logbook.save_activity(commune, Activity(date=date(2026, 5, 19), title="Tuyên truyền Luật Phòng, chống ma tuý", forms=["TRUC_TIEP"], participants=60, women=31))
    create_key(commune, PASS)
    create_key(province, PASS)
    trust_key(province, commune.unit_code, key_info(commune).fingerprint)
    trust_key(commune, "19", key_info(province).fingerprint)
    out = run_job(export_bundle(commune, "2026-Q2", tmp_path / "usb", PASS, include_reports=False))
    import_bundle(province, Path(out["path"]))
    return commune.unit_code


def test_the_dialog_shows_what_is_judged_and_a_return_needs_a_reason(qtbot, upper_ctx, received):
    from app.gui.approval_dialog import ApprovalDialog

    dialog = ApprovalDialog(upper_ctx, approvals.review(upper_ctx.workspace, received, "2026-Q2"))
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.current_label)))
    assert "Phường Phan Đình Phùng" in texts and "2026-Q2" in texts and "Quý II" in texts
    assert "1 " in texts  # one activity judged
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert not dialog.return_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.return_button.isEnabled()
    dialog.reason_edit.clear()
    type_text(dialog.reason_edit, REASON)
    assert dialog.return_button.isEnabled()
    if os.environ.get("PBGDPL_SCREENSHOTS"):
        dialog.grab().save(str(Path(os.environ["PBGDPL_SCREENSHOTS"]) / "approval-dialog.png"))
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    d = approvals.decision_of(upper_ctx.workspace, received, "2026-Q2")
    assert d.decision == "returned" and d.reason == REASON and dialog.result_decision.id == d.id


def test_the_received_list_opens_the_dialog_and_approves(qtbot, upper_ctx, received):
    from app.gui.approval_dialog import ApprovalDialog
    from app.gui.sync_screen import SyncScreen

    screen = SyncScreen(upper_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.tabs.setCurrentIndex(1)
    assert screen.decide_button.isVisible() and screen.decide_button.isEnabled()
    screen.received_table.setCurrentCell(0, 0)
    assert screen.selected_received() == (received, "2026-Q2")

    def press_approve():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ApprovalDialog) and w.isVisible())
        qtbot.keyClick(dialog.approve_button, Qt.Key.Key_Space)  # the keyboard reaches it

    QTimer.singleShot(0, press_approve)
    qtbot.mouseClick(screen.decide_button, Qt.MouseButton.LeftButton)
    assert approvals.decision_of(upper_ctx.workspace, received, "2026-Q2").decision == "approved"


def test_a_commune_has_no_decide_button(qtbot, ctx):
    from app.gui.sync_screen import SyncScreen

    screen = SyncScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.tabs.setCurrentIndex(1)
    assert not screen.decide_button.isVisible()
    assert not screen.decision_banner.isVisible()  # nothing decided yet


def test_the_commune_sees_a_return_until_it_sends_again(qtbot, ctx, upper_ctx, received, tmp_path):
    from app.gui.dashboard import DashboardScreen
    from app.gui.sync_screen import SyncScreen

    approvals.return_(upper_ctx.workspace, received, "2026-Q2", REASON)
    down = approvals.export_decisions(upper_ctx.workspace, received, None, tmp_path / "down", PASS)
    import_bundle(ctx.workspace, Path(down["path"]))
    dashboard = DashboardScreen(ctx)
    qtbot.addWidget(dashboard)
    dashboard.resize(1366, 768)
    dashboard.show()
    assert dashboard.decision_banner.isVisible()
    assert REASON in dashboard.decision_banner.text() and "Quý II năm 2026" in dashboard.decision_banner.text()
    sync = SyncScreen(ctx)
    qtbot.addWidget(sync)
    sync.resize(1366, 768)
    sync.show()
    assert sync.decision_banner.isVisible() and REASON in sync.decision_banner.text()
    if os.environ.get("PBGDPL_SCREENSHOTS"):
        sync.grab().save(str(Path(os.environ["PBGDPL_SCREENSHOTS"]) / "sync-returned-banner.png"))
    run_job(export_bundle(ctx.workspace, "2026-Q2", tmp_path / "usb2", PASS, include_reports=False))
    sync.refresh()
    assert REASON not in sync.decision_banner.text()  # answered by a newer bundle
    dashboard.refresh()
    assert REASON not in dashboard.decision_banner.text()


def test_the_commune_sees_an_approval(qtbot, ctx, upper_ctx, received, tmp_path):
    from app.gui.dashboard import DashboardScreen

    approvals.approve(upper_ctx.workspace, received, "2026-Q2")
    down = approvals.export_decisions(upper_ctx.workspace, received, "2026-Q2", tmp_path / "down", PASS)
    import_bundle(ctx.workspace, Path(down["path"]))
    dashboard = DashboardScreen(ctx)
    qtbot.addWidget(dashboard)
    dashboard.show()
    assert dashboard.decision_banner.isVisible() and "10/12/2026" in dashboard.decision_banner.text()


def test_the_province_sends_decisions_and_the_commune_receives_them_on_its_screen(qtbot, ctx, upper_ctx, received, tmp_path):
    from app.gui.sync_screen import SyncScreen

    approvals.return_(upper_ctx.workspace, received, "2026-Q2", REASON)
    upper = SyncScreen(upper_ctx)
    qtbot.addWidget(upper)
    upper.show()
    upper.tabs.setCurrentIndex(1)
    assert upper.send_decisions_button.isVisible() and upper.send_decisions_button.isEnabled()
    sent = upper.send_decisions(received, tmp_path / "down", PASS)
    assert Path(sent["path"]).exists() and sent["path"] in upper.import_status.text()
    commune = SyncScreen(ctx)
    qtbot.addWidget(commune)
    commune.resize(1366, 768)
    commune.show()
    with qtbot.waitSignal(commune.start_preview([Path(sent["path"])]).signals.finished, timeout=20_000):
        pass
    assert REASON in commune.import_table.item(0, 10).text() and commune.import_button.isEnabled()
    with qtbot.waitSignal(commune.start_import().signals.finished, timeout=20_000):
        pass
    assert commune.decision_banner.isVisible() and REASON in commune.decision_banner.text()


def test_the_received_list_names_the_unit_and_shows_its_decision(qtbot, upper_ctx, received):
    from app.gui.sync_screen import SyncScreen

    screen = SyncScreen(upper_ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.tabs.setCurrentIndex(1)
    row = lambda: [screen.received_table.item(0, c).text() for c in range(screen.received_table.columnCount())]  # noqa: E731
    assert row()[:2] == [received, "Phường Phan Đình Phùng"] and row()[6] == "2026-Q2: not decided"
    approvals.return_(upper_ctx.workspace, received, "2026-Q2", REASON)
    screen.refresh()
    assert row()[6] == f"2026-Q2: returned ({REASON})"
    approvals.approve(upper_ctx.workspace, received, "2026-Q2")
    screen.refresh()
    assert row()[6] == "2026-Q2: approved"
    upper_ctx.workspace.db.execute("UPDATE activities SET participants = 61, rev = rev + 1 WHERE owner_unit = ?", [received])
    screen.refresh()
    assert row()[6] == "2026-Q2: changed after the decision, decide again"


def test_the_decision_file_message_says_where_it_goes(qtbot):
    from app.gui.sync_screen import decisions_sent_text

    direct = decisions_sent_text({"target_name": "Phường Gia Sàng", "path": "/usb/d.pbgdpl"})
    assert "Send it to the unit" in direct and "/usb/d.pbgdpl" in direct
    chained = decisions_sent_text({"target_name": "Xã Đại Từ", "path": "/usb/d.pbgdpl", "via": {"unit_code": "164", "unit_name": "Phòng Tư pháp huyện Đại Từ"}})
    assert "Xã Đại Từ reports through Phòng Tư pháp huyện Đại Từ: send it there" in chained
    forwarded = decisions_sent_text({"target_name": "Xã Đại Từ", "path": "/usb/d.pbgdpl", "forwarded": 1})
    assert "1 decision(s) of the upper level, passed on" in forwarded
