"""MainWindow: the navigation bar on the left and one screen at a time on the right."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from app import APP_DISPLAY_NAME
from app.gui.context import GuiContext

log = logging.getLogger("app.gui")


@dataclass
class NavEntry:
    """One entry of the navigation bar: a stable key, its label and how to build the screen."""

    key: str
    label: str
    build: Callable[[GuiContext, QWidget], QWidget]


def optional_screen(module: str, cls_name: str) -> Callable[[GuiContext, QWidget], QWidget] | None:
    """The class ``module.cls_name`` when that module exists and imports; None otherwise (no entry shown)."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            return None
        log.exception("screen module %s cannot be imported; its entry is left out", module)
        return None
    except Exception:  # noqa: BLE001  a broken optional screen must not stop the program
        log.exception("screen module %s cannot be imported; its entry is left out", module)
        return None
    cls = getattr(mod, cls_name, None)
    return cls if isinstance(cls, type) else None


class MainWindow(QMainWindow):
    """Navigation bar + stacked screens; screens are built the first time they are shown."""

    closed = Signal()  # the user closed the window (after any unsaved-changes question)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        settings = ctx.workspace.settings
        unit = settings.get("unit_name", "")
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {unit}" if unit else APP_DISPLAY_NAME)
        self.setMinimumSize(QSize(800, 480))

        self.entries = self._entries()
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setUniformItemSizes(True)
        self.nav.setSpacing(2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, entry in enumerate(self.entries, start=1):
            item = QListWidgetItem(entry.label, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(f"{entry.label} (Ctrl+{number})" if number < 10 else entry.label)
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 6))
        width = max(self.fontMetrics().horizontalAdvance(e.label) for e in self.entries) + 40
        self.nav.setFixedWidth(min(max(width, 150), 240))
        self.stack = QStackedWidget(self)
        self.screens: dict[str, QWidget] = {}

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
        officer = settings.get("officer", "")
        self._status_label.setText(
            self.tr("Data folder: {folder} · Officer: {officer}").format(folder=str(ctx.paths.data), officer=officer)
        )
        self._build_menu()
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.nav.setCurrentRow(0)

    def _entries(self) -> list[NavEntry]:
        entries = []
        # Screens appear only when their module exists and imports (no empty placeholder pages); the
        # reports and sync screens come from other areas of the project.
        for key, label, module, cls_name in (
            ("dashboard", self.tr("Overview"), "app.gui.dashboard", "DashboardScreen"),
            ("activities", self.tr("PBGDPL activities"), "app.gui.activity_log", "ActivityLogScreen"),
            ("roster", self.tr("Reporters / Propagandists"), "app.gui.roster", "RosterScreen"),
            ("reports", self.tr("Reports and printing"), "app.gui.reports_screen", "ReportsScreen"),
            ("sync", self.tr("Send / receive data"), "app.gui.sync_screen", "SyncScreen"),
            ("settings", self.tr("Settings"), "app.gui.settings_screen", "SettingsScreen"),
        ):
            cls = optional_screen(module, cls_name)
            if cls is not None:
                entries.append(NavEntry(key, label, lambda ctx, parent, cls=cls: cls(ctx, parent)))
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
        for number, entry in enumerate(self.entries, start=1):
            action = go.addAction(entry.label)
            if number < 10:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _checked=False, key=entry.key: self.show_screen(key))

    # -- screens ----------------------------------------------------------------------------------------
    def entry_keys(self) -> list[str]:
        return [e.key for e in self.entries]

    def screen(self, key: str) -> QWidget:
        """The screen for ``key``, built on first use."""
        widget = self.screens.get(key)
        if widget is None:
            entry = next(e for e in self.entries if e.key == key)
            widget = entry.build(self.ctx, self.stack)
            self.screens[key] = widget
            self.stack.addWidget(widget)
        return widget

    def show_screen(self, key: str) -> QWidget:
        row = self.entry_keys().index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return self.screens[key]

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        key = self.entries[row].key
        fresh = key not in self.screens
        widget = self.screen(key)
        if not fresh and hasattr(widget, "refresh"):
            widget.refresh()  # other screens or jobs may have changed the data meanwhile
        self.stack.setCurrentWidget(widget)

    @Slot()
    def _on_show_folder_triggered(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data)))

    def closeEvent(self, event: QCloseEvent) -> None:
        for widget in self.screens.values():
            confirm = getattr(widget, "confirm_close", None)
            if confirm is not None and not confirm():
                event.ignore()
                return
        super().closeEvent(event)
        self.closed.emit()
