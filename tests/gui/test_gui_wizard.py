"""The first-run wizard: pick a commune by typing without accents, name the officer, make the signing key."""

from __future__ import annotations

import pytest

from gui_helpers import type_text


@pytest.fixture
def fresh_ws(data_dir, fixed_clock):
    from app.paths import AppPaths
    from app.services.workspace import Workspace

    ws = Workspace.open(AppPaths(data_dir), clock=fixed_clock)
    yield ws
    ws.close()


def test_wizard_sets_up_a_commune_and_shows_the_key_fingerprint(qtbot, fresh_ws, monkeypatch):
    import threading

    from PySide6.QtWidgets import QWizard

    from app.gui.wizard import FirstRunWizard
    from app.services import keys

    real_create_key, threads, release = keys.create_key, [], threading.Event()

    def slow_create_key(ws, passphrase, **kwargs):  # scrypt on a slow laptop: the window must stay alive
        threads.append(threading.current_thread())
        assert release.wait(10)
        return real_create_key(ws, passphrase, **kwargs)

    monkeypatch.setattr(keys, "create_key", slow_create_key)
    from app.services.units import find_unit

    wizard = FirstRunWizard(fresh_ws)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.unit_page
    assert not page.isComplete()
    province = find_unit("05443").province_code
    page.province.setCurrentIndex(page.province.findData(province))
    qtbot.keyClicks(page.search, "phan dinh phung")
    assert page.unit() == ("commune", "05443", "Phường Phan Đình Phùng")
    assert page.isComplete()
    wizard.next()
    officer = wizard.officer_page
    assert not officer.isComplete()
    type_text(officer.officer, "Nguyễn Thị Hường")
    type_text(officer.officer_title, "Công chức Tư pháp - Hộ tịch")
    qtbot.keyClicks(officer.passphrase, "short")
    assert not officer.isComplete()
    officer.passphrase.clear()
    qtbot.keyClicks(officer.passphrase, "mat khau an toan")
    qtbot.keyClicks(officer.repeat, "mat khau an toan")
    assert officer.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()  # the key is made off the GUI thread
    page = wizard.done_page
    assert page.busy_bar.isVisible() and not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    release.set()
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled() and not page.busy_bar.isVisible()
    settings = fresh_ws.settings
    assert settings["unit_code"] == "05443" and settings["officer"] == "Nguyễn Thị Hường"
    fingerprint = wizard.done_page.fingerprint.text()
    # the shown form carries a check character per group: 13 groups of 5 (the sheet's form)
    assert len(fingerprint.replace(" ", "")) == 65 and len(fingerprint.split()) == 13, fingerprint
    assert "Phan Đình Phùng" in wizard.done_page.summary.text()


def test_wizard_province_mode(qtbot, fresh_ws):
    from app.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard(fresh_ws)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.unit_page.modes["province"].setChecked(True)
    assert wizard.unit_page.unit()[0] == "province" and wizard.unit_page.isComplete()
    wizard.next()
    type_text(wizard.officer_page.officer, "Trần Văn Bình")
    wizard.officer_page.protect.setChecked(False)
    wizard.next()
    assert fresh_ws.settings["level"] == "province"
    qtbot.waitUntil(wizard.done_page.isComplete, timeout=10_000)
    assert len(wizard.done_page.fingerprint.text().replace(" ", "")) == 65


def test_wizard_key_failure_is_explained_and_the_wizard_can_finish(qtbot, fresh_ws, monkeypatch):
    from app.gui.wizard import FirstRunWizard
    from app.services import keys
    from app.sync.errors import KeyPassphraseError

    def failing(ws, passphrase, **kwargs):
        raise KeyPassphraseError("too short")

    monkeypatch.setattr(keys, "create_key", failing)
    wizard = FirstRunWizard(fresh_ws)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.unit_page.modes["province"].setChecked(True)
    wizard.next()
    type_text(wizard.officer_page.officer, "Trần Văn Bình")
    wizard.officer_page.protect.setChecked(False)
    wizard.next()
    qtbot.waitUntil(wizard.done_page.isComplete, timeout=10_000)
    assert "passphrase" in wizard.done_page.fingerprint.text()
    assert wizard.key is None
