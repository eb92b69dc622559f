"""Screenshots of every main screen with the demo data under Xvfb, at 100 % and 150 % scaling.

Saved into $PBGDPL_SCREENSHOT_DIR when set (else a temporary folder); skipped without xvfb-run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("screenshot_app.py")


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
@pytest.mark.parametrize(("scale", "suffix"), [("1", ""), ("1.5", "-150")])
def test_screenshots_of_each_screen(tmp_path, scale, suffix):
    out = Path(os.environ.get("PBGDPL_SCREENSHOT_DIR") or tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=scale, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    run = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, str(SCRIPT), str(out), suffix],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in run.stdout.splitlines() if " fits=" in line)
    screens = ("dashboard", "activities", "roster", "reports", "reports_preview", "sync", "sync_send", "sync_receive",
               "sync_trust", "sync_conflicts", "settings", "activity_editor", "reporter_editor", "wizard",
               "wizard_officer", "wizard_done", "upper_dashboard", "upper_activities", "upper_roster", "upper_reports")  # fmt: skip
    for name in screens:
        assert name in lines, run.stdout
        assert (out / f"{name}{suffix}.png").stat().st_size > 10_000
    # every screen, dialog and page, whoever wrote it, must fit the 1366×768 screen at this scale
    too_big = {name: size for name, size in lines.items() if not size.endswith("fits=yes")}
    assert not too_big, f"larger than the screen at scale {scale}: {too_big}"
    # and on every screen, no label, button, filter, header, tab, placeholder or chart text is cut off
    cut = [line for line in run.stdout.splitlines() if line.startswith("ELIDED ")]
    assert not cut, f"text cut off at 1366×768, scale {scale}:\n" + "\n".join(cut)


def test_the_elision_check_sees_cut_text(qtbot):
    """The check itself: a label, a button, a filter, a header, a table cell and a list item too narrow for their text
    are each reported; a cell whose tooltip holds its whole text is cut on purpose."""
    from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

    from tests.gui.elision import elided

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    label, button, combo = QLabel("Báo cáo viên pháp luật"), QPushButton("Nhân bản thành hoạt động mới"), QComboBox()
    combo.addItem("Mọi báo cáo viên, tuyên truyền viên")
    table = QTableWidget(2, 2)
    table.setHorizontalHeaderLabels(["Ngày (ngày/tháng/năm)", "Nội dung"])
    table.setItem(0, 0, QTableWidgetItem("Tuyên truyền Luật Đất đai tại nhà văn hóa thôn"))
    told = QTableWidgetItem("Hội nghị phổ biến Luật Hôn nhân và gia đình cho đoàn viên")
    told.setToolTip(told.text())
    table.setItem(1, 0, told)
    listing = QListWidget()
    listing.addItem("Sao lưu trước khi nhập gói dữ liệu 26/11/2026")
    listing.setMinimumWidth(400)
    for widget in (label, button, combo, table, listing):
        layout.addWidget(widget)
    table.resizeColumnsToContents()
    top.show()
    assert elided(top) == []
    for widget in (label, button, combo):
        widget.setFixedWidth(40)
    table.setWordWrap(False)
    table.horizontalHeader().resizeSection(0, 30)
    listing.setMinimumWidth(0)
    listing.setFixedWidth(60)
    found = "\n".join(elided(top))
    for text in ("Báo cáo viên pháp luật", "Nhân bản", "Mọi báo cáo viên", "header 'Ngày (ngày/tháng/năm)'",
                 "item 'Tuyên truyền Luật Đất đai", "QListWidget item 'Sao lưu trước khi nhập"):
        assert text in found, found
    assert "Hội nghị phổ biến" not in found  # whole in its tooltip


def test_the_elision_check_sees_a_form_that_scrolls_sideways(qtbot):
    from PySide6.QtWidgets import QLabel, QScrollArea

    from tests.gui.elision import elided

    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    form = QLabel("Ngày, nội dung, hình thức")
    form.setMinimumWidth(900)
    area.setWidget(form)
    area.resize(1000, 200)
    area.show()
    assert not any("scrolls sideways" in line for line in elided(area))
    area.resize(300, 200)
    qtbot.waitUntil(lambda: area.horizontalScrollBar().isVisible())
    assert any("scrolls sideways" in line for line in elided(area))
