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
    assert not wizard.unit_page.isComplete()  # no province is chosen for the user
    wizard.unit_page.province.setCurrentIndex(wizard.unit_page.province.findData("19"))
    assert wizard.unit_page.unit() == ("province", "19", "Tỉnh Thái Nguyên") and wizard.unit_page.isComplete()
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
    wizard.unit_page.province.setCurrentIndex(wizard.unit_page.province.findData("19"))
    wizard.next()
    type_text(wizard.officer_page.officer, "Trần Văn Bình")
    wizard.officer_page.protect.setChecked(False)
    wizard.next()
    qtbot.waitUntil(wizard.done_page.isComplete, timeout=10_000)
    assert "passphrase" in wizard.done_page.fingerprint.text()
    assert wizard.key is None


def test_the_province_starts_empty_and_a_commune_is_found_in_any_province(qtbot, fresh_ws):
    from app.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard(fresh_ws)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.unit_page
    assert page.province.currentData() is None and page.list.count() == 0  # nothing chosen for the user
    assert page.list_hint.text()  # says what to do
    page.province.setCurrentIndex(page.province.findData("01"))  # Hà Nội, not where Tân Kỳ is
    qtbot.keyClicks(page.search, "tan ky")
    labels = [page.list.item(i).text() for i in range(page.list.count())]
    assert "Xã Tân Kỳ — Tỉnh Thái Nguyên" in labels and page.list_hint.text()  # found elsewhere, and said so
    assert not page.isComplete()  # nothing in Hà Nội is chosen by itself
    item = next(page.list.item(i) for i in range(page.list.count()) if page.list.item(i).text() == "Xã Tân Kỳ — Tỉnh Thái Nguyên")
    page.list.setCurrentItem(item)
    assert page.province.currentData() == "19"  # the province is filled in
    assert page.unit() == ("commune", "02104", "Xã Tân Kỳ") and page.isComplete()
    assert page.list.currentItem().text() == "Xã Tân Kỳ"
    page.search.setText("khong co xa nao ten nay")
    assert page.list.count() == 0 and "khong co xa nao ten nay" in page.list_hint.text()  # an empty search says why


def test_after_set_up_nothing_looks_like_cancel_and_titles_do_not_repeat_the_name(qtbot, fresh_ws):
    from PySide6.QtWidgets import QWizard

    from app import APP_DISPLAY_NAME
    from app.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard(fresh_ws)
    qtbot.addWidget(wizard)
    wizard.show()
    assert APP_DISPLAY_NAME not in wizard.windowTitle()  # Qt adds " — PBGDPL" itself
    page = wizard.unit_page
    page.modes["province"].setChecked(True)
    page.province.setCurrentIndex(page.province.findData("19"))
    wizard.next()
    type_text(wizard.officer_page.officer, "Trần Văn Bình")
    wizard.officer_page.protect.setChecked(False)
    wizard.next()
    qtbot.waitUntil(wizard.done_page.isComplete, timeout=10_000)
    assert fresh_ws.initialised
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.reject()  # Escape or the window's close button: the set-up stands, the window opens
    assert wizard.result() == QWizard.DialogCode.Accepted
