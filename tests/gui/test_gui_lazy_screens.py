"""Screens load lazily: start-up imports no heavy module, and a screen whose module breaks is explained and
disabled instead of stopping the program."""

from __future__ import annotations

import importlib
import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

HEAVY = ("reportlab", "openpyxl", "pyhanko", "cryptography", "vietnam_provinces", "app.services.printing",
         "app.services.bundles", "app.gui.reports_screen", "app.gui.sync_screen", "app.gui.activity_log",
         "sqlite_utils", "logging.handlers", "app.gui.crash_dialog")  # fmt: skip


def test_showing_the_main_window_imports_no_heavy_module(workspace):
    data = workspace.paths.data
    workspace.close()
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        from app.bootstrap import build_main_window, create_application
        from app.paths import AppPaths
        from app.services.workspace import Workspace
        app = create_application()
        paths = AppPaths(Path({str(data)!r}))
        ws = Workspace.open(paths)
        window = build_main_window(ws, paths)
        window.show()
        app.processEvents()
        print(json.dumps({{"entries": window.entry_keys(), "loaded": sorted(m for m in {HEAVY!r} if m in sys.modules)}}))
        ws.close()
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=root, timeout=120)
    assert out.returncode == 0, out.stderr
    facts = json.loads(out.stdout.strip().splitlines()[-1])
    assert facts["loaded"] == []
    assert {"reports", "sync"} <= set(facts["entries"])  # shown, though not imported yet


def test_a_broken_screen_is_explained_logged_and_disabled(qtbot, ctx, monkeypatch, caplog):
    from app.gui.main_window import MainWindow

    real = importlib.import_module

    def import_module(name, package=None):
        if name == "app.gui.sync_screen":
            raise RuntimeError("broken on purpose")
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", import_module)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    first = window.stack.currentWidget()
    assert "sync" in window.entry_keys()

    with caplog.at_level(logging.ERROR, logger="app.gui"):
        assert window.show_screen("sync") is None
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and window.entries[window.entry_keys().index("sync")].label in boxes[0].text()
    assert any("broken on purpose" in (r.exc_text or "") or (r.exc_info and "broken on purpose" in str(r.exc_info[1].__cause__))
               for r in caplog.records)  # fmt: skip
    row = window.entry_keys().index("sync")
    assert not window.nav.item(row).flags() & window.nav.item(row).flags().ItemIsEnabled
    assert window.stack.currentWidget() is first and window.nav.currentRow() == 0
    assert window.show_screen("sync") is None  # stays disabled, asks nothing more
    for box in boxes:
        box.close()
    # the other screens still open
    assert window.show_screen("settings") is window.stack.currentWidget()
