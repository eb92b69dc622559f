"""Settings: language preference, backups made off the GUI thread, restore with confirmation, About."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.models import Activity
from app.gui.jobs import wait_for_jobs
from app.services.logbook import save_activity
from gui_helpers import answer_next_box


@pytest.fixture
def screen(qtbot, ctx):
    from app.gui.settings_screen import SettingsScreen

    widget = SettingsScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_language_choice_is_remembered(qtbot, screen):
    from app.gui.i18n import saved_language

    screen.language.setCurrentIndex(screen.language.findData("en"))
    assert saved_language() == "en"
    screen.language.setCurrentIndex(screen.language.findData("vi"))
    assert saved_language() == "vi"


def test_window_preferences_live_in_the_users_config_folder_not_the_data_folder(qtbot, screen, ctx):
    """The home and XDG folders point into the test's temporary home (tests/conftest.py)."""
    screen.language.setCurrentIndex(screen.language.findData("en"))
    ini = Path(os.environ["XDG_CONFIG_HOME"]) / "pbgdpl" / "pbgdpl-ui.ini"
    assert "language=en" in ini.read_text(encoding="utf-8")
    assert not list(ctx.paths.data.rglob("*.ini"))


def test_backup_now_then_restore(qtbot, screen, ctx, monkeypatch):
    before = screen.backups.rowCount()
    job = screen.make_backup()
    with qtbot.waitSignal(job.signals.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: screen.backups.rowCount() == before + 1)
    backup = screen.selected_backup()
    assert backup is not None and backup.exists()

    # data entered after the backup disappears when it is restored
    ws = ctx.workspace
    save_activity(ws, Activity(date=date(2026, 11, 20), title="Sau khi sao lưu", forms=["LOA"]))
    quits = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(1)))
    asked = answer_next_box("&Yes" if not _vi() else "&Có")
    answer_next_box()  # the "restored, closing" note
    # two boxes in a row: answer the second after the first
    assert screen.restore_selected()
    assert quits
    # the question said a copy is kept first, and what the restore loses
    assert "copy of the current data is kept" in asked[0] or "giữ một bản sao" in asked[0], asked
    assert "activities: 1" in asked[0] or "hoạt động: 1" in asked[0], asked
    from app.paths import AppPaths
    from app.services.workspace import Workspace
    from app.store.activities import ActivityFilter, totals

    with Workspace.open(AppPaths(ctx.paths.data)) as reopened:
        assert totals(reopened.db, ActivityFilter())["count"] == 0
    ctx.workspace = Workspace.open(AppPaths(ctx.paths.data))  # the fixture closes it at the end


def _vi() -> bool:
    return bool(getattr(QApplication.instance(), "_pbgdpl_translators", []))


def test_about_shows_version_licence_and_unit(screen):
    text = screen.about.text()
    assert "GPL-3.0-or-later" in text and "Phan Đình Phùng" in text and "0.1.0" in text


def test_the_officer_name_and_title_are_edited_here(qtbot, ctx):
    from gui_helpers import shown_main_window, type_text

    window = shown_main_window(qtbot, ctx)
    settings = window.show_screen("settings")
    assert settings.officer.text() == "Nguyễn Thị Hường"
    settings.officer.clear()
    type_text(settings.officer, "Trần  Văn Mới ")
    settings.officer_title.setText("Công chức Tư pháp - Hộ tịch")
    assert settings.store_officer()
    assert ctx.workspace.settings["officer"] == "Trần Văn Mới"
    assert "Trần Văn Mới" in window._status_label.text() and "Trần Văn Mới" in settings.about.text()
    settings.officer.clear()
    answer_next_box()  # an empty name is refused, with a message
    assert not settings.store_officer()
    assert ctx.workspace.settings["officer"] == "Trần Văn Mới"


def test_the_backup_list_says_when_there_is_none(qtbot, screen):
    assert screen.backups.rowCount() == 0
    assert screen.no_backups.isVisible() and not screen.backups.isVisible()
    job = screen.make_backup()
    with qtbot.waitSignal(job.signals.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: screen.backups.rowCount() == 1)
    assert screen.backups.isVisible() and not screen.no_backups.isVisible()


def test_the_backup_list_names_kind_size_and_the_total_against_the_cap(qtbot, screen, ctx):
    from app.services import backups

    backups.auto_backup(ctx.workspace, "before-bundle-import")
    backups.make_backup(ctx.paths.db_file, ctx.paths.backups, ctx.workspace.clock, "manual")
    screen.refresh()
    kinds = {screen.backups.item(r, 1).text() for r in range(screen.backups.rowCount())}
    assert kinds == ({"Made by you", "Before an import"} if not _vi() else {"Do bạn tạo", "Trước khi nhập dữ liệu"})
    assert all(screen.backups.item(r, 2).text().endswith(("KB", "MB")) for r in range(2))
    total = screen.backup_total.text()
    assert total.startswith("2 ") and "2,0 GB" in total and screen.backup_total.isVisible()


def test_closing_the_window_makes_the_days_backup_once(qtbot, ctx):
    from app.gui.main_window import MainWindow
    from app.services import backups

    def kinds():
        return [backups.backup_kind(b.path) for b in backups.list_backups(ctx.paths.backups)]

    before = kinds().count("daily")
    for _ in range(2):
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.close()
    assert kinds().count("daily") == before + 1
