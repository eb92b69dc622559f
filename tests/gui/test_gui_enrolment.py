"""Enrolment in the GUI: the trust tab fills unit and fingerprint from a scanned QR line, shows the unit's name,
refuses a typo naming its group and a QR of another unit, asks before an old unchecked form; the wizard says
to print, sign and send the enrolment sheet and saves it."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from app.sync import keys
from gui_helpers import type_text

pytestmark = pytest.mark.gui

FP = keys.key_fingerprint(keys.new_private_key())
LINE = keys.qr_payload("05467", FP, "Nguyễn Thị Hường")


@pytest.fixture
def trust_tab(qtbot, upper_ctx, monkeypatch):
    from app.gui import sync_screen
    from app.gui.sync_screen import SyncScreen

    shown = []
    monkeypatch.setattr(sync_screen, "show_error", lambda parent, exc: shown.append(exc))
    screen = SyncScreen(upper_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.tabs.setCurrentIndex(2)
    screen.errors = shown
    return screen


def test_a_scanned_qr_line_fills_unit_and_fingerprint(qtbot, trust_tab):
    screen = trust_tab
    screen.fp_edit.setFocus()
    type_text(screen.fp_edit, LINE)  # a keyboard-emulating scanner types the line, then Enter
    qtbot.keyClick(screen.fp_edit, Qt.Key.Key_Return)
    assert screen.unit_edit.text() == "05467" and screen.fp_edit.text() == keys.checked_fingerprint(FP)
    assert "Phường Gia Sàng" in screen.unit_name_label.text()
    assert "Nguyễn Thị Hường" in screen.qr_label.text() and "05467" in screen.qr_label.text()
    qtbot.mouseClick(screen.trust_button, Qt.MouseButton.LeftButton)
    assert not screen.errors
    assert screen.trust_table.rowCount() == 1 and screen.trust_table.item(0, 0).text() == "05467"
    assert screen.trust_table.item(0, 4).text() == keys.checked_fingerprint(FP)
    assert screen.trust_table.item(0, 0).toolTip() == "Phường Gia Sàng"


def test_a_scanned_line_of_another_unit_or_damaged_is_refused(qtbot, trust_tab, upper_ctx):
    screen = trust_tab
    type_text(screen.unit_edit, "05533")
    assert "Phường Bá Xuyên" in screen.unit_name_label.text()
    assert not screen.fill_from_scan(LINE)
    assert screen.errors[-1].code == "E-KEY-QR-UNIT" and screen.unit_edit.text() == "05533"
    # the whole line left in the fingerprint box and "Trust" pressed: refused too, nothing enrolled
    screen.fp_edit.setText(LINE)
    qtbot.mouseClick(screen.trust_button, Qt.MouseButton.LeftButton)
    assert screen.errors[-1].code == "E-KEY-QR-UNIT"
    screen.unit_edit.clear()
    assert not screen.fill_from_scan(LINE[:-25])
    assert screen.errors[-1].code == "E-KEY-QR"
    assert screen.trust_table.rowCount() == 0
    type_text(screen.unit_edit, "99999")
    assert "not in the unit catalog" in screen.unit_name_label.text()


def test_a_typo_is_refused_naming_its_group(qtbot, trust_tab, upper_ctx):
    from app.gui.errors import message_for

    screen = trust_tab
    good = keys.checked_fingerprint(FP)
    bad = good[:13] + ("Q" if good[13] != "Q" else "R") + good[14:]  # group 3
    type_text(screen.unit_edit, "05467")
    screen.fp_edit.setText(bad)
    before = list(upper_ctx.workspace.db.conn.iterdump())
    qtbot.mouseClick(screen.trust_button, Qt.MouseButton.LeftButton)
    exc = screen.errors[-1]
    assert exc.code == "E-KEY-FINGERPRINT" and exc.details["groups"] == [3]
    text = message_for(exc)
    assert "3" in text and "65" in text, text
    assert list(upper_ctx.workspace.db.conn.iterdump()) == before and screen.fp_edit.text() == bad


def test_an_old_unchecked_fingerprint_needs_a_second_look(qtbot, trust_tab, monkeypatch):
    screen = trust_tab
    asked = []
    monkeypatch.setattr(screen, "confirm_unchecked", lambda given: asked.append(given) or False)
    type_text(screen.unit_edit, "05467")
    screen.fp_edit.setText(keys.format_fingerprint(FP))
    qtbot.mouseClick(screen.trust_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and not asked[0].checked and screen.trust_table.rowCount() == 0
    monkeypatch.setattr(screen, "confirm_unchecked", lambda given: True)
    qtbot.mouseClick(screen.trust_button, Qt.MouseButton.LeftButton)
    assert screen.trust_table.rowCount() == 1 and not screen.errors


def test_wizard_says_to_send_the_signed_sheet_and_saves_it(qtbot, data_dir, fixed_clock, tmp_path):
    import subprocess

    from app.gui.wizard import FirstRunWizard
    from app.paths import AppPaths
    from app.services.units import find_unit
    from app.services.workspace import Workspace

    ws = Workspace.open(AppPaths(data_dir), clock=fixed_clock)
    try:
        wizard = FirstRunWizard(ws)
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.unit_page
        page.province.setCurrentIndex(page.province.findData(find_unit("05467").province_code))
        qtbot.keyClicks(page.search, "gia sang")
        assert page.unit()[1] == "05467"
        wizard.next()
        type_text(wizard.officer_page.officer, "Nguyễn Thị Hường")
        wizard.officer_page.protect.setChecked(False)
        wizard.next()
        qtbot.waitUntil(wizard.done_page.isComplete, timeout=10_000)
        done = wizard.done_page
        steps = done.next_steps.text()
        assert "print the enrolment sheet" in steps and "signed and stamped" in steps and "upper level" in steps
        assert "read it to the upper level by phone" not in done.summary.text() + steps
        assert done.sheet_button.isEnabled()
        out = tmp_path / "phieu.pdf"
        assert wizard.save_sheet(str(out))
        assert str(out) in done.sheet_label.text()
        text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
        assert done.fingerprint.text() in text
    finally:
        ws.close()


def test_sheet_qr_carries_unit_fingerprint_and_officer(upper_ctx, tmp_path):
    from app.paths import AppPaths
    from app.services.keys import create_key
    from app.services.printing import build_enrolment
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    ws = Workspace.open(AppPaths(tmp_path / "xa"))
    try:
        initialise(ws, "05467", "Nguyễn Thị Hường")
        info = create_key(ws, None)
        data = build_enrolment(ws, info.fingerprint)
        got = keys.parse_qr(data.qr)
        assert (got.unit_code, got.fingerprint, got.officer) == ("05467", info.fingerprint_compact, "Nguyễn Thị Hường")
        assert data.fingerprint == info.fingerprint
    finally:
        ws.close()


def test_replacing_a_key_asks_what_became_of_the_old_computer(qtbot, trust_tab):
    screen = trust_tab
    screen.trust("05467", keys.checked_fingerprint(FP))
    second = keys.key_fingerprint(keys.new_private_key())
    assert not screen.old_key_combo.isEnabled()
    screen.rotate_check.setChecked(True)
    assert screen.old_key_combo.isEnabled() and screen.old_key_combo.currentData() is None
    assert screen.trust("05467", keys.checked_fingerprint(second), rotate=True) is None  # not chosen: refused
    assert "old computer" in screen.errors[-1].message and screen.trust_table.rowCount() == 1
    screen.old_key_combo.setCurrentIndex(screen.old_key_combo.findData("revoke"))
    assert screen.trust("05467", keys.checked_fingerprint(second), rotate=True).outcome == "rotated"
    statuses = sorted(screen.trust_table.item(r, 1).text() for r in range(screen.trust_table.rowCount()))
    assert statuses == ["in use", "revoked"]


def test_a_file_refused_for_an_unknown_key_offers_to_compare_then_enrol(qtbot, trust_tab, upper_ctx, tmp_path):
    """The province imports a commune's file before enrolling its key: the row offers the comparison, which
    opens the trust tab with the unit, the whole fingerprint and who sent it; trusting it then lets it in."""
    from app.services import keys as key_service
    from app.services.workspace import Workspace
    from app.paths import AppPaths
    from app.services.setup import initialise
    from app.commands import run_job
    from app.services.bundles import export_bundle

    screen = trust_tab
    paths = AppPaths(tmp_path / "xa")
    paths.ensure()
    commune = Workspace.open(paths)
    initialise(commune, unit_code="05467", officer="Nguyễn Thị Hường")
    info = key_service.create_key(commune, None)
    bundle = run_job(export_bundle(commune, "2026", tmp_path / "usb", None, include_reports=False))["path"]
    from app.services.bundles import import_many

    results = run_job(import_many(upper_ctx.workspace, [bundle], dry_run=True))
    screen.tabs.setCurrentIndex(1)
    screen._show_results(results, preview=True)
    assert results[0].error.code == "E-BUNDLE-UNTRUSTED" and not screen.enrol_button.isHidden()
    qtbot.mouseClick(screen.enrol_button, Qt.MouseButton.LeftButton)
    assert screen.tabs.currentIndex() == 2
    assert screen.unit_edit.text() == "05467" and screen.fp_edit.text() == info.fingerprint
    assert "Nguyễn Thị Hường" in screen.qr_label.text() and "group by group" in screen.qr_label.text()
    qtbot.mouseClick(screen.trust_button, Qt.MouseButton.LeftButton)
    assert not screen.errors and screen.trust_table.rowCount() == 1
    commune.close()
