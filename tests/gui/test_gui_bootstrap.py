"""bootstrap.main: opens the data folder and shows the main window; refuses a bad database without touching it."""

from __future__ import annotations

import argparse
import sys

import pytest
from PySide6.QtCore import qInstallMessageHandler

from gui_helpers import answer_next_box, uninstall_translators


@pytest.fixture
def restore_hooks(monkeypatch, qapp):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    qInstallMessageHandler(None)
    uninstall_translators(qapp)


def test_main_opens_an_initialised_folder_and_shows_the_window(qapp, workspace, monkeypatch, restore_hooks, capsys):
    from app import bootstrap

    data = workspace.paths.data
    workspace.close()
    monkeypatch.setenv("PBGDPL_EXIT_WHEN_SHOWN", "1")
    assert bootstrap.main(argparse.Namespace(data_dir=str(data))) == 0
    qapp.processEvents()  # the probe's quit request must not end the next test's event loops
    assert "PBGDPL-MAIN-WINDOW-SHOWN" in capsys.readouterr().out
    assert (data / "logs" / "pbgdpl.log").exists()


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_corrupt_database_gets_a_message_and_exit_1_and_is_left_untouched(qapp, data_dir, restore_hooks, content):
    from app import bootstrap

    data_dir.mkdir(parents=True)
    db = data_dir / "pbgdpl.sqlite3"
    db.write_bytes(content)
    seen = answer_next_box()
    assert bootstrap.main(argparse.Namespace(data_dir=str(data_dir))) == 1
    assert db.read_bytes() == content
    assert seen and "Không đọc được tệp dữ liệu" in seen[0]  # Vietnamese by default


def test_vietnamese_interface_including_standard_buttons(qtbot, qapp, ctx):
    from PySide6.QtWidgets import QDialogButtonBox

    from app.gui.i18n import install_translators
    from app.gui.main_window import MainWindow

    try:
        assert install_translators(qapp, "vi"), "the .qm files were not built"
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        labels = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert labels[:3] == ["Tổng quan", "Hoạt động PBGDPL", "Báo cáo viên / Tuyên truyền viên"]
        assert labels[-1] == "Cài đặt"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
        qtbot.addWidget(box)
        assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Hủy", "Lưu"]
    finally:
        uninstall_translators(qapp)


def test_every_message_has_a_vietnamese_translation():
    import xml.etree.ElementTree as ET

    from app.paths import resource_path

    for name in ("pbgdpl_vi.ts", "qt_vi.ts"):
        root = ET.parse(resource_path("translations", name)).getroot()
        untranslated = [
            m.findtext("source")
            for m in root.iter("message")
            if not (m.findtext("translation") or "").strip() or m.find("translation").get("type") == "unfinished"
        ]
        assert not untranslated, f"{name}: {untranslated[:5]}"


def test_the_committed_translations_are_in_step_with_the_source(tmp_path):
    """Every tr() string of the GUI is in pbgdpl_vi.ts and no string of the .ts has left the source: lupdate run
    on a copy of the committed file finds nothing new and marks nothing vanished."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from app.paths import resource_path

    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        tool = shutil.which("pyside6-lupdate")
    assert tool, "pyside6-lupdate (PySide6-Essentials) is needed to check the translations"
    copy = tmp_path / "pbgdpl_vi.ts"
    shutil.copyfile(resource_path("translations", "pbgdpl_vi.ts"), copy)
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for p in (root / "app" / "gui").glob("*.py")) + [str(root / "app" / "bootstrap.py")]
    done = subprocess.run([str(tool), *sources, "-ts", str(copy)], capture_output=True, text=True, check=True)
    assert "(0 new " in done.stdout, done.stdout
    drifted = [
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in ET.parse(copy).getroot().iter("context")
        for m in ctx.iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert not drifted, f"pbgdpl_vi.ts is out of step with the source (run pyside6-lupdate, translate): {drifted[:5]}"


def test_under_the_startup_probe_a_refused_folder_is_reported_on_stderr_not_in_a_box(
    qapp, data_dir, monkeypatch, restore_hooks, capsys
):
    """``make bench`` and the packaging checks start the program with $PBGDPL_EXIT_WHEN_SHOWN: nobody is there
    to close a message box, so a database it cannot open must end the program with the reason, not wait."""
    from app import bootstrap

    data_dir.mkdir(parents=True)
    db = data_dir / "pbgdpl.sqlite3"
    content = b"this is not a database at all" * 100
    db.write_bytes(content)
    from PySide6.QtWidgets import QMessageBox

    def no_box(self):
        raise AssertionError(f"a message box opened under the probe: {self.text()}")

    monkeypatch.setattr(QMessageBox, "exec", no_box)
    monkeypatch.setenv("PBGDPL_EXIT_WHEN_SHOWN", "1")
    assert bootstrap.main(argparse.Namespace(data_dir=str(data_dir))) == 1
    assert capsys.readouterr().err.startswith("E-DB-CORRUPT")
    assert db.read_bytes() == content


def test_under_the_startup_probe_an_empty_folder_does_not_open_the_wizard(qapp, data_dir, monkeypatch, restore_hooks, capsys):
    from app import bootstrap

    monkeypatch.setenv("PBGDPL_EXIT_WHEN_SHOWN", "1")
    assert bootstrap.main(argparse.Namespace(data_dir=str(data_dir))) == 1
    assert capsys.readouterr().err.startswith("E-NOT-INITIALISED")
