"""MainWindow: the navigation bar on the left and one screen at a time on the right."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from app import APP_DISPLAY_NAME
from app.gui.context import GuiContext

log = logging.getLogger("app.gui")


@dataclass
class NavEntry:
    """One entry of the navigation bar: a stable key, its label and how to build the screen.

    ``build`` imports the screen's module only when first called (start-up imports no screen module it
    does not show).
    """

    key: str
    label: str
    build: Callable[[GuiContext, QWidget], QWidget]


class ScreenUnavailable(Exception):
    """A screen's module exists but cannot be imported (or lacks its class); the traceback is chained."""

    def __init__(self, module: str, cls_name: str) -> None:
        super().__init__(f"screen {module}.{cls_name} cannot be loaded")
        self.module = module
        self.cls_name = cls_name


def lazy_screen(module: str, cls_name: str) -> Callable[[GuiContext, QWidget], QWidget]:
    """A builder that imports ``module`` on first use and builds ``cls_name(ctx, parent)``.

    Raises:
        ScreenUnavailable: the module fails to import or has no such class (the cause is chained).
    """

    def build(ctx: GuiContext, parent: QWidget) -> QWidget:
        try:
            cls = getattr(importlib.import_module(module), cls_name, None)
        except Exception as exc:  # noqa: BLE001  a broken optional screen must not stop the program
            raise ScreenUnavailable(module, cls_name) from exc
        if not isinstance(cls, type):
            raise ScreenUnavailable(module, cls_name)
        return cls(ctx, parent)

    return build


class MainWindow(QMainWindow):
    """Navigation bar + stacked screens; screens are built the first time they are shown."""

    closed = Signal()  # the user closed the window (after any unsaved-changes question)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        settings = ctx.workspace.settings
        unit = settings.get("unit_name", "")
        self.setWindowTitle(unit or APP_DISPLAY_NAME)  # Qt adds " — PBGDPL" (the application's display name) itself
        self.setMinimumSize(QSize(800, 480))

        self.entries = self._entries()
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setUniformItemSizes(True)
        self.nav.setSpacing(2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, entry in enumerate(self.entries, start=1):
            # addItem(str), not QListWidgetItem(str, parent): PySide's choice among that constructor's overloads
            # builds the QIcon enums (~4 ms of start-up).
            self.nav.addItem(entry.label)
            item = self.nav.item(number - 1)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(f"{entry.label} (Ctrl+{number})" if number < 10 else entry.label)
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 6))
        # Narrow: a long entry ("Báo cáo viên / Tuyên truyền viên") wraps onto its second line, and the screens
        # (the activity log's content first) get the room.
        self.nav.setWordWrap(True)
        width = max(self.fontMetrics().horizontalAdvance(e.label) for e in self.entries) + 40
        self.nav.setFixedWidth(min(max(width, 120), self.fontMetrics().averageCharWidth() * 20 + 24))
        self.stack = QStackedWidget(self)
        self.screens: dict[str, QWidget] = {}
        self.unavailable: set[str] = set()  # entries whose module failed to import (disabled)
        self._shown_row = -1

        # The navigation bar has a fixed width, so a plain layout (a splitter left a gap beside it whenever a
        # screen's minimum width changed the share of the panes).
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._status_label = QLabel(self)
        self.statusBar().addWidget(self._status_label, 1)
        self.show_officer(settings.get("officer", ""))
        self._build_menu()
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.nav.setCurrentRow(0)

    def show_officer(self, officer: str) -> None:
        """The status bar: the data folder and the officer in charge (after a change in Settings, too)."""
        self._status_label.setText(
            self.tr("Data folder: {folder} · Officer: {officer}").format(folder=str(self.ctx.paths.data), officer=officer)
        )

    def _entries(self) -> list[NavEntry]:
        entries = []
        # Screens appear only when their module exists (no empty placeholder pages); the reports and sync
        # screens come from other areas of the project. A module is imported only when its entry is first
        # opened, so start-up never pays for reportlab, openpyxl, pyhanko or cryptography.
        for key, label, module, cls_name in (
            ("dashboard", self.tr("Overview"), "app.gui.dashboard", "DashboardScreen"),
            ("activities", self.tr("PBGDPL activities"), "app.gui.activity_log", "ActivityLogScreen"),
            ("roster", self.tr("Reporters / Propagandists"), "app.gui.roster", "RosterScreen"),
            ("plans", self.tr("Plans"), "app.gui.plans_screen", "PlansScreen"),
            ("reports", self.tr("Reports and printing"), "app.gui.reports_screen", "ReportsScreen"),
            ("assessment", self.tr("Legal access standard"), "app.gui.assessment_screen", "AssessmentScreen"),
            ("sync", self.tr("Send / receive data"), "app.gui.sync_screen", "SyncScreen"),
            ("settings", self.tr("Settings"), "app.gui.settings_screen", "SettingsScreen"),
        ):
            entries.append(NavEntry(key, label, lazy_screen(module, cls_name)))
            if key == "dashboard" and self.ctx.workspace.settings.get("level", "commune") != "commune":
                # Upper mode: who has reported, right after the overview.
                entries.append(NavEntry("completeness", self.tr("Reporting status"), lazy_screen("app.gui.completeness_screen", "CompletenessScreen")))
        return entries

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        show_folder = menu.addAction(self.tr("Show the data folder"))
        show_folder.triggered.connect(self._on_show_folder_triggered)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        go = self.menuBar().addMenu(self.tr("&Go"))
        self._go_actions: dict[str, QAction] = {}
        for number, entry in enumerate(self.entries, start=1):
            action = go.addAction(entry.label)
            self._go_actions[entry.key] = action
            if number < 10:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _checked=False, key=entry.key: self.show_screen(key))

    # -- screens ----------------------------------------------------------------------------------------
    def entry_keys(self) -> list[str]:
        return [e.key for e in self.entries]

    def screen(self, key: str) -> QWidget:
        """The screen for ``key``, built on first use (its module is imported then).

        Raises:
            ScreenUnavailable: its module cannot be imported (see :meth:`_screen_failed`).
        """
        widget = self.screens.get(key)
        if widget is None:
            entry = next(e for e in self.entries if e.key == key)
            widget = entry.build(self.ctx, self.stack)
            self.screens[key] = widget
            self.stack.addWidget(widget)
        return widget

    def show_screen(self, key: str) -> QWidget | None:
        """Show the screen for ``key``; None when it cannot be loaded (its entry is then disabled)."""
        if key in self.unavailable:
            return None
        row = self.entry_keys().index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return self.screens.get(key)

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        key = self.entries[row].key
        fresh = key not in self.screens
        try:
            widget = self.screen(key)
        except ScreenUnavailable as exc:
            self._screen_failed(row, exc)
            return
        if not fresh and hasattr(widget, "refresh"):
            widget.refresh()  # other screens or jobs may have changed the data meanwhile
        self.stack.setCurrentWidget(widget)
        self._shown_row = row

    def _screen_failed(self, row: int, exc: ScreenUnavailable) -> None:
        """Log the traceback, disable the entry, go back to the previous screen and say so (non-blocking)."""
        entry = self.entries[row]
        log.error("screen module %s cannot be loaded; its entry is disabled", exc.module, exc_info=exc)
        self.unavailable.add(entry.key)
        item = self.nav.item(row)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        action = self._go_actions.get(entry.key)
        if action is not None:
            action.setEnabled(False)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._shown_row)
        self.nav.blockSignals(False)
        from PySide6.QtWidgets import QMessageBox  # here, not at start-up: building its enums costs ~4 ms

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_DISPLAY_NAME,
            self.tr("The screen \u201c{name}\u201d cannot be opened in this copy of the program. "
                    "The details are in the log file; please reinstall or update the program.").format(name=entry.label),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    @Slot()
    def _on_show_folder_triggered(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data)))

    def closeEvent(self, event: QCloseEvent) -> None:
        for widget in self.screens.values():
            confirm = getattr(widget, "confirm_close", None)
            if confirm is not None and not confirm():
                event.ignore()
                return
        self.daily_backup()
        super().closeEvent(event)
        self.closed.emit()

    def daily_backup(self) -> None:
        """On closing: the day's automatic copy of the database, unless one was made today (checked, rotated)."""
        from app.services.backups import daily_backup

        try:
            copy = daily_backup(self.ctx.workspace)
        except Exception:  # noqa: BLE001 - closing never fails because of a copy; the log has it
            log.warning("no daily backup on closing", exc_info=True)
            return
        if copy is not None:
            log.info("daily backup made on closing: %s", copy)
