"""Run by test_gui_screenshots under Xvfb: demo data, every main screen and the editors, saved as PNGs.

Usage: python tests/gui/screenshot_app.py OUT_DIR [SUFFIX]
Prints one line per screen: ``<name> <width>x<height> fits=<yes|no>`` (minimum size against the screen).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.bootstrap import create_application  # noqa: E402
from app.gui.i18n import install_translators  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.services.workspace import Workspace  # noqa: E402

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=7)))


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def main(out: Path, suffix: str = "") -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    install_translators(app, "vi")
    from app.gui.context import GuiContext
    from app.gui.main_window import MainWindow
    from app.services.demo import create_demo

    data = Path(tempfile.mkdtemp(prefix="pbgdpl-shots-")) / "data"
    ws = Workspace.open(AppPaths(data), clock=lambda: NOW)
    gen = create_demo(ws, seed=1)
    try:
        while True:
            next(gen)
    except StopIteration:
        pass
    from app.services import keys

    keys.create_key(ws, None)
    ctx = GuiContext(paths=ws.paths, workspace=ws, open_workspace=lambda: Workspace.open(ws.paths, clock=lambda: NOW))
    window = MainWindow(ctx)
    available = app.primaryScreen().availableGeometry()
    window.resize(min(1366, available.width()), min(768, available.height()))
    window.show()
    settle(app)

    def report(name: str, widget, room) -> None:
        """A widget fits when its layout's minimum size is within the room it gets (nothing squeezed or cut)."""
        hint = widget.minimumSizeHint()
        fits = hint.width() <= room.width() and hint.height() <= room.height()
        print(f"{name} {hint.width()}x{hint.height()} in {room.width()}x{room.height()} fits={'yes' if fits else 'no'}", flush=True)

    report("window", window, available)
    for key in window.entry_keys():
        screen = window.show_screen(key)
        settle(app)
        window.grab().save(str(out / f"{key}{suffix}.png"))
        report(key, screen, window.stack.size())
    log_screen = window.show_screen("activities")
    log_screen.table.selectRow(0)
    editor = log_screen.open_selected()
    settle(app)
    editor.grab().save(str(out / f"activity_editor{suffix}.png"))
    report("activity_editor", editor, available)
    editor.undo_stack.setClean()
    editor.close()
    roster = window.show_screen("roster")
    roster.table.selectRow(0)
    person = roster.open_selected()
    settle(app)
    person.grab().save(str(out / f"reporter_editor{suffix}.png"))
    report("reporter_editor", person, available)
    person.close()
    from app.gui.wizard import FirstRunWizard

    blank = Workspace.open(AppPaths(data.parent / "blank"), clock=lambda: NOW)
    wizard = FirstRunWizard(blank)
    wizard.show()
    wizard.unit_page.province.setCurrentIndex(wizard.unit_page.province.findText("Thái Nguyên"))
    wizard.unit_page.search.setText("phan dinh")
    settle(app)
    wizard.grab().save(str(out / f"wizard{suffix}.png"))
    report("wizard", wizard, available)
    wizard.close()
    blank.close()
    window.close()
    settle(app)
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else ""))
