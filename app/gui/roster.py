"""RosterScreen: báo cáo viên and tuyên truyền viên with decisions, trainings, status and activity counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.models import Reporter
from app.core.text import collation_key, name_sort_key
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_count, format_date
from app.gui.widgets import compact_combo, fill_combo, heading
from app.services import logbook
from app.store.reporters import ReporterFilter, activity_stats, iter_reporters

COLUMNS = ("name", "kind", "gender", "area", "recognition", "trainings", "status", "activities", "last")


def column_header(key: str) -> str:
    t = QCoreApplication.translate
    return {
        "name": QCoreApplication.translate("ReporterTableModel", "Full name"),
        "kind": QCoreApplication.translate("ReporterTableModel", "Role"),
        "gender": QCoreApplication.translate("ReporterTableModel", "Gender"),
        "area": QCoreApplication.translate("ReporterTableModel", "Area in charge"),
        "recognition": QCoreApplication.translate("ReporterTableModel", "Recognition decision"),
        "trainings": QCoreApplication.translate("ReporterTableModel", "Trainings"),
        "status": QCoreApplication.translate("ReporterTableModel", "Status"),
        "activities": QCoreApplication.translate("ReporterTableModel", "Activities"),
        "last": QCoreApplication.translate("ReporterTableModel", "Last activity"),
    }[key]


def kind_label(kind: str) -> str:
    t = QCoreApplication.translate
    return {"bcv": QCoreApplication.translate("Roster", "Legal reporter (BCV)"), "ttv": QCoreApplication.translate("Roster", "Legal propagandist (TTV)")}.get(kind, kind)


def gender_label(gender: str) -> str:
    t = QCoreApplication.translate
    return {"nam": QCoreApplication.translate("Roster", "Male"), "nu": QCoreApplication.translate("Roster", "Female")}.get(gender, "")


def status_label(reporter: Reporter) -> str:
    t = QCoreApplication.translate
    return QCoreApplication.translate("Roster", "Dismissed") if reporter.status == "dismissed" else QCoreApplication.translate("Roster", "Active")


class ReporterTableModel(QAbstractTableModel):
    """The roster in memory (a commune has tens of people, a province a few thousand); sorted in Python."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Reporter] = []
        self._stats: dict[str, tuple[int, str | None]] = {}

    def set_rows(self, rows: list[Reporter], stats: dict[str, tuple[int, str | None]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._stats = dict(stats)
        self.endResetModel()

    def reporter(self, row: int) -> Reporter | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, reporter_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == reporter_id:
                return i
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return column_header(COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(COLUMNS):
            return None
        r = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = key in ("trainings", "activities")
            return int((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key)
        return None

    def _text(self, r: Reporter, key: str) -> str:
        count, last = self._stats.get(r.id, (0, None))
        if key == "name":
            return r.full_name
        if key == "kind":
            return "BCV" if r.kind == "bcv" else "TTV"
        if key == "gender":
            return gender_label(r.gender)
        if key == "area":
            return r.area
        if key == "recognition":
            parts = [p for p in (r.recognition.number, format_date(r.recognition.date)) if p]
            return " · ".join(parts)
        if key == "trainings":
            return format_count(len(r.trainings))
        if key == "status":
            return status_label(r)
        if key == "activities":
            return format_count(count)
        if key == "last":
            return format_date(last)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column]

        def sort_key(r: Reporter):
            count, last = self._stats.get(r.id, (0, None))
            value: Any
            if key == "name":
                value = name_sort_key(r.full_name)
            elif key == "activities":
                value = count
            elif key == "last":
                value = last or ""
            elif key == "trainings":
                value = len(r.trainings)
            elif key == "recognition":
                value = r.recognition.date.isoformat() if r.recognition.date else ""
            else:
                value = collation_key(self._text(r, key))
            return (value, name_sort_key(r.full_name))

        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        new_row = {id(r): i for i, r in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[id(old[p.row()])], p.column()) for p in persistent]
        )
        self.layoutChanged.emit()


class RosterScreen(QWidget):
    """List of the unit's reporters with search and filters; opens the reporter editor."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ReporterTableModel(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, area, phone… (accents not needed)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search reporters"))
        self.kind = compact_combo(self, 10)
        fill_combo(self.kind, [(kind_label("bcv"), "bcv"), (kind_label("ttv"), "ttv")], (self.tr("All roles"), None))
        self.status = compact_combo(self, 9)
        fill_combo(
            self.status,
            [(self.tr("Active"), "active"), (self.tr("Dismissed"), "dismissed")],
            (self.tr("All statuses"), None),
        )
        self.table = QTableView(self)
        self.table.setObjectName("reporterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for i, width in enumerate((22, 5, 6, 18, 22, 8, 15, 7, 12)):
            header.resizeSection(i, width * char + 12)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.summary = QLabel(self)
        self.new_button = QPushButton(self.tr("&New person"), self)
        self.edit_button = QPushButton(self.tr("&Open"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete a record entered by mistake (a dismissal is recorded in the person's form)"))

        top = QHBoxLayout()
        title = heading(self.tr("Legal reporters and propagandists"), self)
        title.setWordWrap(True)  # at 150 % the long Vietnamese title would squeeze the search box to nothing
        top.addWidget(title, 2)
        top.addSpacing(12)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        top.addWidget(self.search, 3)
        top.addWidget(self.kind)
        top.addWidget(self.status)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.new_reporter)
        self.edit_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(self._on_table_activated)

        for text, key, slot in (
            (self.tr("New person"), QKeySequence.StandardKey.New, self.new_reporter),
            (self.tr("Search"), QKeySequence.StandardKey.Find, self.focus_search),
        ):
            action = QAction(text, self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        delete = QAction(self.tr("Delete person"), self.table)
        delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)
        QWidget.setTabOrder(self.search, self.kind)
        QWidget.setTabOrder(self.kind, self.status)
        QWidget.setTabOrder(self.status, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read the roster and the activity counts."""
        self._debounce.stop()
        ws = self.ctx.workspace
        flt = ReporterFilter(
            text=self.search.text(), kind=self.kind.currentData(), status=self.status.currentData(), unit=ws.unit_code
        )
        rows = list(iter_reporters(ws.db, flt))
        self.model.set_rows(rows, activity_stats(ws.db))
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        bcv = sum(1 for r in rows if r.kind == "bcv")
        self.summary.setText(
            self.tr("{n} people shown: {bcv} legal reporters, {ttv} legal propagandists").format(
                n=format_count(len(rows)), bcv=format_count(bcv), ttv=format_count(len(rows) - bcv)
            )
        )
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(bool(rows))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected(self) -> Reporter | None:
        index = self.table.currentIndex()
        return self.model.reporter(index.row()) if index.isValid() else None

    def select_id(self, reporter_id: str) -> None:
        row = self.model.row_of(reporter_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    def _editor(self, reporter: Reporter | None):
        from app.gui.reporter_editor import ReporterEditor

        editor = ReporterEditor(self.ctx, reporter=reporter, parent=self)
        editor.saved.connect(self._on_editor_saved)
        return editor

    @Slot()
    def new_reporter(self):
        editor = self._editor(None)
        editor.open()
        return editor

    @Slot()
    def open_selected(self):
        reporter = self.selected()
        if reporter is None:
            return None
        editor = self._editor(reporter)
        editor.open()
        return editor

    @Slot(str)
    def _on_editor_saved(self, reporter_id: str) -> None:
        self.refresh()
        self.select_id(reporter_id)

    @Slot()
    def delete_selected(self) -> None:
        reporter = self.selected()
        if reporter is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete person"),
            self.tr(
                "Delete {name} from the roster? Use this only for a record entered by mistake; "
                "to end someone's service, record the dismissal decision instead."
            ).format(name=reporter.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            logbook.delete_reporter(self.ctx.workspace, reporter.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.refresh()
