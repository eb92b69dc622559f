"""Peak memory of the GUI process with 100,000 activities, the log shown and scrolled end to end (goal < 300 MB),
against a bare PySide6 window with a QTableView over a bare SQL model of the same rows, scrolled the same way.

Both are fresh processes; the figure is the process's ru_maxrss (whole-process peak: Qt, Python, SQLite).
"""

from __future__ import annotations

from datetime import date

import pytest
from harness import ROOT, run_probe

SCROLL_STEPS = 60
GOAL = 300 * 1024 * 1024

# Shared by both probes: scroll the table from top to bottom in steps, painting each screenful, then search.
SCROLL = r'''
def scroll_through(app, view, model, search, settle=lambda: None):
    bar = view.verticalScrollBar()
    app.processEvents()
    settle()
    for step in range(STEPS + 1):
        bar.setValue(bar.maximum() * step // STEPS)
        app.processEvents()
        view.viewport().repaint()
    view.scrollToBottom()
    app.processEvents()
    view.viewport().repaint()
    last = model.index(model.rowCount() - 1, 0).data()
    for text in ("hoa giai", "xóm", ""):
        search(text)
        app.processEvents()
        settle()
        view.viewport().repaint()
    return last
'''.replace("STEPS", str(SCROLL_STEPS))

PROGRAM = SCROLL + r'''
import sys
from pathlib import Path
from app.bootstrap import build_main_window, create_application
from app.paths import AppPaths
from app.services.workspace import Workspace

app = create_application()
paths = AppPaths(Path(sys.argv[1]))
ws = Workspace.open(paths)
window = build_main_window(ws, paths)
window.resize(1366, 768)
window.show()
screen = window.show_screen("activities")
app.processEvents()

def search(text):
    screen.search.setText(text)
    screen.apply_filter()

def settle():
    """Until the count is in (the log shows its first rows at once and the full count when counted)."""
    import time
    deadline = time.monotonic() + 60
    while screen.model.totals_pending and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()

last = scroll_through(app, screen.table, screen.model, search, settle)
_bench_emit(rows=screen.model.rowCount(), last=last, totals=screen.totals.text())
'''

BARE = SCROLL + r'''
import sys
sys.path.insert(0, sys.argv[2])
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from harness import bare_log_model

app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTableView(window)
model = bare_log_model(sys.argv[1] + "/pbgdpl.sqlite3")
view.setModel(model)
window.setCentralWidget(view)
window.resize(1366, 768)
window.show()
last = scroll_through(app, view, model, model.set_text)
_bench_emit(rows=model.rowCount(), last=last)
'''


def test_gui_peak_memory_100k(log_100k, bench_table, tmp_path):
    case, size = "GUI peak memory, log scrolled", "100,000 activities"
    try:
        import app.bootstrap  # noqa: F401
        from app.gui.activity_log import ActivityLogScreen  # noqa: F401
    except ImportError as exc:
        bench_table.skip(case, f"the GUI is not available yet ({exc})", size, goal_peak=GOAL)
        pytest.skip(f"the GUI is not available yet ({exc})")
    import resource  # noqa: F401  (ru_maxrss: Linux and macOS)

    from app.gui.formatting import format_count, format_date

    folder, facts = log_100k
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    mine = run_probe(PROGRAM, [str(folder)], env=env, timeout=300)
    base = run_probe(BARE, [str(folder), str(ROOT / "tests" / "bench")], env=env, timeout=300)
    out, bare = mine.first, base.first
    assert out["rows"] == 100_000, f"the log shows {out['rows']} rows after scrolling and searching"
    assert bare["rows"] == 100_000
    oldest = format_date(date.fromisoformat(bare["last"]))  # the bare model shows the stored ISO date
    assert out["last"] == oldest, (out["last"], bare["last"])  # the oldest row at the bottom, both ways
    assert format_count(100_000) in out["totals"], out["totals"]
    bench_table.add(
        case=case,
        size=size,
        peak=mine.maxrss_kb * 1024,
        baseline="bare QTableView + bare SQL model (process)",
        baseline_peak=base.maxrss_kb * 1024,
        goal_peak=GOAL,
        note=f"peak RSS (VmHWM) of a fresh process: main window, log shown, scrolled top to bottom in {SCROLL_STEPS} "
        f"painted steps, three searches; data: {facts['loader']}",
    )
