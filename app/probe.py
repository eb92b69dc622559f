"""The start-up probe: with $PBGDPL_EXIT_WHEN_SHOWN set, the program prints a marker line once its main window
is shown, then quits. ``build/measure_startup.py``, ``make bench`` and ``make smoke`` time and check start-up
with it.

A module of its own with nothing to import, so that every start-up can afford to look at it.
"""

from __future__ import annotations

import os

SHOWN_ENV = "PBGDPL_EXIT_WHEN_SHOWN"
SHOWN_MARKER = "PBGDPL-MAIN-WINDOW-SHOWN"


def probing() -> bool:
    """Whether a start-up probe runs the program: then nothing may wait for a person."""
    return bool(os.environ.get(SHOWN_ENV))


def exit_when_shown(window) -> None:
    """Start-up probe: when $PBGDPL_EXIT_WHEN_SHOWN is set, print a marker once ``window`` is shown, then quit.

    Call right after ``window.show()`` in ``bootstrap.main``; without the variable it does nothing.
    ``build/measure_startup.py`` times the process from its start to the marker line.
    """
    if not probing():
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def _report() -> None:
        handle = window.windowHandle()
        if not (window.isVisible() and handle is not None and handle.isExposed()):
            QTimer.singleShot(5, _report)
            return
        print(SHOWN_MARKER, flush=True)
        QApplication.quit()

    QTimer.singleShot(0, _report)
