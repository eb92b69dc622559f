"""Composition root of the desktop program: paths → logging → Qt application → translations → workspace →
first-run wizard (when the folder is new) → main window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any

from app import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, __version__
from app.core.errors import AppError
from app.log import setup_logging
from app.paths import AppPaths
from app.probe import exit_when_shown, probing

log = logging.getLogger("app.gui")
qt_log = logging.getLogger("app.qt")


def _on_qt_message(mode: Any, context: Any, message: str) -> None:
    """Route Qt's own warnings into the log (``app.qt``) instead of stderr."""
    from PySide6.QtCore import QtMsgType

    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    category = getattr(context, "category", None) or "qt"
    qt_log.log(level, "%s: %s", category, message)


def create_application(argv: list[str] | None = None):
    """The QApplication with organisation and application names set (reused when one exists)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv if argv is not None else [sys.argv[0] if sys.argv else APP_NAME])
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    return app


def open_workspace_or_explain(paths: AppPaths):
    """Open the workspace; on a refused database show a translated message box and return None.

    The database is left exactly as it was (``open_database`` checks before it writes).
    """
    from app.services.workspace import Workspace

    try:
        return Workspace.open(paths)
    except AppError as exc:
        log.error("cannot open %s: %s: %s", paths.data, exc.code, exc.message)
        if probing():  # nobody is there to close a message box: say it and exit
            print(f"{exc.code}: {exc.message}", file=sys.stderr, flush=True)
            return None
        from PySide6.QtWidgets import QMessageBox

        from app.gui.errors import message_for

        box = QMessageBox(QMessageBox.Icon.Critical, APP_DISPLAY_NAME, message_for(exc), QMessageBox.StandardButton.Ok)
        box.setInformativeText(str(paths.data))
        box.setDetailedText(f"{exc.code}: {exc.message}")
        box.exec()
        return None


def build_main_window(ws, paths: AppPaths):
    """The main window over ``ws``; background jobs open their own connection to the same folder."""
    from app.gui.context import GuiContext
    from app.gui.main_window import MainWindow
    from app.services.workspace import Workspace

    ctx = GuiContext(paths=paths, workspace=ws, open_workspace=lambda: Workspace.open(paths, clock=ws.clock))
    return MainWindow(ctx)


def main(args: argparse.Namespace | None = None) -> int:
    """Run the desktop program; returns the process exit code (1 when the data folder cannot be opened)."""
    args = args or argparse.Namespace()
    debug = bool(getattr(args, "debug", False))
    paths = AppPaths.resolve(getattr(args, "data_dir", None) or _chosen_data_dir())
    try:
        log_file = setup_logging(paths.logs, debug)
    except OSError:
        log_file = setup_logging(None, debug)
    log.info("pbgdpl %s starting, data folder %s", __version__, paths.data)

    # The store before PySide6: once PySide6 is imported, its import hook reads the source of every module
    # imported after it (to look for ``__feature__``), a little more start-up time for each.
    import app.services.read  # noqa: F401  (the first screen, the dashboard, reads through it; it opens the workspace)
    import app.services.workspace  # noqa: F401

    from PySide6.QtCore import qInstallMessageHandler

    from app.gui.errors import install_excepthook
    from app.gui.i18n import install_translators, saved_language

    qInstallMessageHandler(_on_qt_message)
    app = create_application()
    # Quit when the main window closes, not when the last window of any kind does (the wizard or a message
    # box closing before the main window exists must not end the event loop that follows).
    app.setQuitOnLastWindowClosed(False)
    install_translators(app, saved_language())
    install_excepthook(log_file)

    ws = open_workspace_or_explain(paths)
    if ws is None:
        return 1
    try:
        if not ws.initialised:
            if probing():
                print(f"E-NOT-INITIALISED: {paths.data} is not set up (the first-run wizard would open)", file=sys.stderr, flush=True)
                return 1
            from app.gui.wizard import FirstRunWizard

            wizard = FirstRunWizard(ws)
            wizard.exec()  # closed after the set-up was written: the window opens all the same
            if not ws.initialised:
                log.info("first-run wizard closed without setting up %s", paths.data)
                return 0
        window = build_main_window(ws, paths)
        window.closed.connect(app.quit)
        if _screen_fits(app, 1366, 768):
            window.resize(1366, 768)
            window.show()
        else:
            window.showMaximized()
        exit_when_shown(window)
        code = app.exec()
        from app.gui.jobs import wait_for_jobs

        wait_for_jobs()
        return int(code)
    finally:
        ws.close()
        log.info("pbgdpl stopped")


def _chosen_data_dir() -> str | None:
    """The folder picked in Settings, unless $PBGDPL_DATA_DIR says otherwise."""
    from app.paths import DATA_DIR_ENV

    if os.environ.get(DATA_DIR_ENV):
        return None
    from app.gui.i18n import user_settings

    value = user_settings().value("data_dir")
    return str(value) if value else None


def _screen_fits(app, width: int, height: int) -> bool:
    screen = app.primaryScreen()
    if screen is None or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return True
    available = screen.availableGeometry()
    return available.width() > width and available.height() > height


def smoke_test(args: argparse.Namespace | None = None) -> int:
    """``pbgdpl --smoke-test`` lives in ``app.smoke``; kept here for callers that expect it in bootstrap."""
    from app.smoke import run_smoke_test

    return run_smoke_test(args)
