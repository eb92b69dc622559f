"""Run by test_gui_screenshots under Xvfb: demo data, every main screen and the editors, saved as PNGs.

Usage: python tests/gui/screenshot_app.py OUT_DIR [SUFFIX]
Prints one line per screen: ``<name> <min width>x<min height> in <room> window <w>x<h> fits=<yes|no>``: the
screen's minimum size against the room it gets, and the window's size against the screen.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.bootstrap import create_application  # noqa: E402
from app.gui.i18n import install_translators  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.services.workspace import Workspace  # noqa: E402
from tests.gui.elision import elided  # noqa: E402

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

    problems: list[str] = []

    def report(name: str, widget, room) -> None:
        """A widget fits when its layout's minimum size is within the room it gets (nothing squeezed or cut),
        and the main window (or the dialog itself) has not grown beyond the screen to make room for it."""
        hint = widget.minimumSizeHint()
        frame = widget.window().frameGeometry()
        fits = (hint.width() <= room.width() and hint.height() <= room.height()
                and frame.width() <= available.width() and frame.height() <= available.height())  # fmt: skip
        print(f"{name} {hint.width()}x{hint.height()} in {room.width()}x{room.height()} "
              f"window {frame.width()}x{frame.height()} fits={'yes' if fits else 'no'}", flush=True)  # fmt: skip
        for line in elided(widget.window()):  # every text cut off on what is shown
            print(f"ELIDED {name}: {line}", flush=True)

    def wait_for(condition, seconds: float = 60) -> None:
        import time

        end = time.monotonic() + seconds
        while not condition() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    report("window", window, available)
    for key in window.entry_keys():
        screen = window.show_screen(key)
        settle(app)
        window.grab().save(str(out / f"{key}{suffix}.png"))
        report(key, screen, window.stack.size())
        if key == "dashboard":  # the whole of it, beyond the fold at 150 %
            scroll = screen.body.parentWidget().parentWidget()
            screen.body.grab().save(str(out / f"dashboard_whole{suffix}.png"))
            report("dashboard_whole", screen, scroll.size())
        if key == "sync":  # each tab of the screen: its own fit and picture
            for index, tab in enumerate(("sync_send", "sync_receive", "sync_trust", "sync_conflicts")):
                screen.tabs.setCurrentIndex(index)
                settle(app)
                window.grab().save(str(out / f"{tab}{suffix}.png"))
                report(tab, screen.tabs.widget(index), screen.tabs.widget(index).size())
            screen.tabs.setCurrentIndex(0)
        if key == "reports":  # the preview of the first document, rendered by its job
            screen.documents.setCurrentRow(0)
            screen.preview_button.click()
            wait_for(lambda: screen.output is not None and bool(screen.pages.pixmap() and not screen.pages.pixmap().isNull()))
            settle(app)
            window.grab().save(str(out / f"reports_preview{suffix}.png"))
            report("reports_preview", screen, window.stack.size())
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
    for index, tab in enumerate(("decisions", "trainings"), 1):  # each tab: nothing cut either
        person.tabs.setCurrentIndex(index)
        settle(app)
        person.grab().save(str(out / f"reporter_editor_{tab}{suffix}.png"))
        report(f"reporter_editor_{tab}", person, available)
    person.close()
    from app.gui.wizard import FirstRunWizard

    blank = Workspace.open(AppPaths(data.parent / "blank"), clock=lambda: NOW)
    wizard = FirstRunWizard(blank)
    wizard.show()
    from app.services.units import find_unit

    page = wizard.unit_page
    page.province.setCurrentIndex(page.province.findData(find_unit("05443").province_code))
    page.search.setText("phan dinh")
    settle(app)
    wizard.grab().save(str(out / f"wizard{suffix}.png"))
    report("wizard", wizard, available)
    wizard.officer_page.officer.setText("Nguyễn Thị Hường")
    wizard.officer_page.officer_title.setText("Công chức Tư pháp - Hộ tịch")
    wizard.officer_page.protect.setChecked(False)
    wizard.next()
    settle(app)
    wizard.grab().save(str(out / f"wizard_officer{suffix}.png"))
    report("wizard_officer", wizard, available)
    wizard.next()
    wait_for(wizard.done_page.isComplete)
    settle(app)
    wizard.grab().save(str(out / f"wizard_done{suffix}.png"))
    report("wizard_done", wizard, available)
    wizard.close()
    blank.close()
    window.close()
    settle(app)
    upper_screens(app, ws, data.parent / "province", out, suffix, report)
    ws.close()
    return 0


def upper_screens(app: QApplication, commune: Workspace, folder: Path, out: Path, suffix: str, report) -> None:
    """Upper mode: a province holding the demo commune's records and those of three more communes."""
    from app.gui.context import GuiContext
    from app.gui.main_window import MainWindow
    from app.services import read
    from app.services.setup import initialise
    from app.store import activities as activity_repo
    from app.store import reporters as reporter_repo
    from app.store.audit import WriteContext
    from tests.scope_helpers import fill

    ws = Workspace.open(AppPaths(folder), clock=lambda: NOW)
    initialise(ws, "19", "Lê Văn Tám", level="province")
    unit = commune.unit_code
    ctx = WriteContext(installation="demo", actor="", unit=unit, now=NOW.isoformat(), source="bundle")
    with ws.db.atomic():  # what importing the commune's bundles leaves: its records, owned by it
        for r in read.reporters(commune, read.Scope.own(commune)):
            reporter_repo.save_reporter(ws.db, r, ctx)
        for a in read.activities(commune, read.Scope.own(commune)):
            activity_repo.save_activity(ws.db, a, ctx)
    fill(ws)
    from app.store import sync_state

    with ws.db.atomic():  # two Q3 bundles received (one on time, one late), for the reporting status screen
        for seq, (code, signed) in enumerate((("05467", "2026-10-12T08:00:00+07:00"), ("05830", "2026-10-20T08:00:00+07:00")), 1):
            sync_state.record_import(ws.db, {
                "bundle_id": f"shot-{seq}", "source_unit": code, "seq": 3, "periods": ["2026-Q3"], "fingerprint": "A" * 52,
                "created_at": signed, "app_version": "0.1.0", "imported_at": "2026-11-02T09:00:00+07:00",
                "imported_by": "Lê Văn Tám", "filename": "x.pbgdpl", "sha256": "0", "size": 1, "stored_path": "", "report": {},
            })  # fmt: skip
    gui = GuiContext(paths=ws.paths, workspace=ws, open_workspace=lambda: Workspace.open(ws.paths, clock=lambda: NOW))
    window = MainWindow(gui)
    available = app.primaryScreen().availableGeometry()
    window.resize(min(1366, available.width()), min(768, available.height()))
    window.show()
    settle(app)
    for key in ("dashboard", "completeness", "activities", "roster", "reports"):
        screen = window.show_screen(key)
        settle(app)
        if key == "activities":
            screen.model.wait_for_totals()
            settle(app)
        window.grab().save(str(out / f"upper_{key}{suffix}.png"))
        report(f"upper_{key}", screen, window.stack.size())
        if key == "dashboard":  # the units compared, below the fold
            screen.body.grab().save(str(out / f"upper_dashboard_whole{suffix}.png"))
        if key == "completeness":  # the units that have reported (the board shows the missing ones first)
            screen.status.setCurrentIndex(screen.status.findData("received"))
            settle(app)
            window.grab().save(str(out / f"upper_completeness_received{suffix}.png"))
            screen.status.setCurrentIndex(0)
            from app.services import approvals  # one approved, one returned: the decided rows first, one selected

            approvals.approve(ws, "05467", "2026-Q3")
            approvals.return_(ws, "05830", "2026-Q3", "Thiếu số người tham dự buổi tuyên truyền ngày 19/8")
            screen.refresh()
            screen.table.sortItems(1, Qt.SortOrder.DescendingOrder)
            screen.select_unit("05830")
            settle(app)
            window.grab().save(str(out / f"upper_completeness_decided{suffix}.png"))
            screen.table.sortItems(1, Qt.SortOrder.AscendingOrder)
    log_screen = window.show_screen("activities")
    log_screen.unit_filter.setFocus()
    log_screen.unit_filter.lineEdit().setText("gia sa")
    log_screen.unit_filter.lineEdit().textEdited.emit("gia sa")
    log_screen.unit_filter.completer().complete()
    settle(app)
    window.grab().save(str(out / f"upper_unit_filter{suffix}.png"))
    window.close()
    settle(app)
    ws.close()


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else ""))
