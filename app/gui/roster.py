"""RosterScreen: báo cáo viên and tuyên truyền viên with decisions, trainings, status and activity counts."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import facts
from app.core.models import Reporter
from app.core.text import collation_key, name_sort_key
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_count, format_date
from app.gui.unit_filter import UnitFilter
from app.gui.widgets import SearchField, compact_combo, fill_combo, heading
from app.services import logbook, read

COLUMNS = ("name", "kind", "gender", "area", "recognition", "trainings", "status", "activities", "last")
UNIT_COLUMN = "unit"  # shown last when reporters of several units may appear (upper mode)


def column_header(key: str) -> str:
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
        "unit": QCoreApplication.translate("ReporterTableModel", "Unit"),
    }[key]


def kind_label(kind: str) -> str:
    return {"bcv": QCoreApplication.translate("Roster", "Legal reporter (BCV)"), "ttv": QCoreApplication.translate("Roster", "Legal propagandist (TTV)")}.get(kind, kind)


def gender_label(gender: str) -> str:
    return {"nam": QCoreApplication.translate("Roster", "Male"), "nu": QCoreApplication.translate("Roster", "Female")}.get(gender, "")


_STATE_NAMES = (  # (state of app.core.facts, its words; translated in state_name)
    (facts.ACTIVE, QT_TRANSLATE_NOOP("Roster", "Active")),
    (facts.SUSPENDED, QT_TRANSLATE_NOOP("Roster", "Suspended (not assigned)")),
    (facts.LEVEL_ENDED, QT_TRANSLATE_NOOP("Roster", "District level ended")),
    (facts.DISMISSED, QT_TRANSLATE_NOOP("Roster", "Dismissed")),
    (facts.NOT_YET, QT_TRANSLATE_NOOP("Roster", "Not yet recognised")),
)


def state_name(state: str) -> str:
    """A reporter state of app.core.facts in words (lists never use a symbol for it)."""
    english = dict(_STATE_NAMES).get(state)
    return QCoreApplication.translate("Roster", english) if english else state


def state_label(reporter: Reporter, on: date | None = None) -> str:
    """The reporter's state on ``on`` (default today) in words, with "to review" when a review flag is set."""
    text = state_name(facts.reporter_state(reporter, on or date.today()))
    if reporter.review_flag:
        text += QCoreApplication.translate("Roster", ", to review")
    return text


def status_label(reporter: Reporter) -> str:
    return state_label(reporter)


class ReporterTableModel(QAbstractTableModel):
    """The roster in memory (a commune has tens of people, a province a few thousand); sorted in Python."""

    def __init__(self, parent=None, unit_names: dict[str, str] | None = None) -> None:
        """``unit_names``: when given, a last column shows each reporter's owner unit by these names."""
        super().__init__(parent)
        self._rows: list[Reporter] = []
        self._stats: dict[str, tuple[int, str | None]] = {}
        self.columns = (*COLUMNS, UNIT_COLUMN) if unit_names is not None else COLUMNS
        self._unit_names = dict(unit_names or {})

    def set_unit_names(self, names: dict[str, str]) -> None:
        self._unit_names = dict(names)

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
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return column_header(self.columns[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.columns):
            return None
        r = self._rows[index.row()]
        key = self.columns[index.column()]
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
        if key == "unit":
            return self._unit_names.get(r.meta.owner_unit, r.meta.owner_unit)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column]

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
        ws = ctx.workspace
        self.upper = read.is_upper(ws)  # an upper level reads the units under it: a unit filter and column
        self.model = ReporterTableModel(self, unit_names=read.unit_names(ws) if self.upper else None)
        self.unit_filter: UnitFilter | None = None
        if self.upper:
            self.unit_filter = UnitFilter(self)
            self.unit_filter.set_units(read.units_present(ws))
        self.search = SearchField((self.tr("Search name, area, phone… (accents not needed)"), self.tr("Search name, area, phone…"), self.tr("Search")), self)
        self.search.setAccessibleName(self.tr("Search reporters"))
        self.kind = compact_combo(self, 10)
        fill_combo(self.kind, [(kind_label("bcv"), "bcv"), (kind_label("ttv"), "ttv")], (self.tr("All roles"), None))
        self.status = compact_combo(self, 14)
        fill_combo(
            self.status,
            [(state_name(s), s) for s in (facts.ACTIVE, facts.SUSPENDED, facts.LEVEL_ENDED, facts.DISMISSED)],
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
        for i, width in enumerate((22, 5, 6, 18, 22, 8, 15, 7, 12, 16)[: len(self.model.columns)]):
            header.resizeSection(i, width * char + 12)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.summary = QLabel(self)
        self.new_button = QPushButton(self.tr("&New person"), self)
        self.edit_button = QPushButton(self.tr("&Open"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete a record entered by mistake (a dismissal is recorded in the person's form)"))
        self.review_button = QPushButton(self.tr("Re&view and trainings…"), self)
        self.review_button.setToolTip(self.tr("Who to review and on what legal ground; trainings and the share of propagandists trained"))
        if self.upper:
            self.review_button.setToolTip(self.tr("Read only: the review of the reporters of the units chosen, their trainings and last activity"))
        self.export_button = QPushButton(self.tr("E&xport to Excel…"), self)
        self.export_button.setToolTip(self.tr("The list as shown by the unit filter, to .xlsx or .csv; personal data only if you choose"))

        top = QHBoxLayout()
        title = heading(self.tr("Legal reporters and propagandists"), self)
        title.setWordWrap(True)  # at 150 % the long Vietnamese title would squeeze the search box to nothing
        top.addWidget(title, 2)
        top.addSpacing(12)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        top.addWidget(self.search, 3)
        if self.unit_filter is not None:
            top.addWidget(self.unit_filter)
        top.addWidget(self.kind)
        top.addWidget(self.status)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.review_button)
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
        if self.unit_filter is not None:
            self.unit_filter.scopeChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.new_reporter)
        self.edit_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.review_button.clicked.connect(self.open_review)
        self.export_button.clicked.connect(self.open_export)
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
        if self.unit_filter is not None:
            QWidget.setTabOrder(self.search, self.unit_filter)
            QWidget.setTabOrder(self.unit_filter, self.kind)
        else:
            QWidget.setTabOrder(self.search, self.kind)
        QWidget.setTabOrder(self.kind, self.status)
        QWidget.setTabOrder(self.status, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        self.refresh()

    @Slot()
    def open_review(self) -> None:
        from app.gui.roster_review import RosterReviewDialog  # loaded when asked for

        RosterReviewDialog(self.ctx, self, self.scope()).exec()
        self.refresh()

    @Slot()
    def open_export(self) -> None:
        from app.gui.roster_export import RosterExportDialog  # loaded when asked for

        dialog = RosterExportDialog(self.ctx, self.scope(), self)
        dialog.exported.connect(self._on_exported)
        dialog.exec()

    @Slot(dict)
    def _on_exported(self, summary: dict) -> None:
        text = self.tr("{count} people written to {path}").format(count=summary["records"], path=summary["path"])
        personal = self.tr("with personal data") if summary.get("personal") else self.tr("personal data left out")
        self.summary.setText(f"{text} ({personal})")

    @Slot()
    def refresh(self) -> None:
        """Re-read the roster and the activity counts."""
        self._debounce.stop()
        ws = self.ctx.workspace
        if self.upper:
            self.reload_units()
        scope = self.scope()
        rows = read.reporters(ws, scope, text=self.search.text(), kind=self.kind.currentData(), status=self.status.currentData())
        self.model.set_rows(rows, read.reporter_stats(ws, scope))
        header = self.table.horizontalHeader()
        for i in range(1, self.model.columnCount()):  # the name stretches; the others show their longest text whole
            header.resizeSection(i, max(header.sectionSize(i), self.table.sizeHintForColumn(i), header.sectionSizeHint(i)))
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        bcv = sum(1 for r in rows if r.kind == "bcv")
        self.summary.setText(
            self.tr("{n} people shown: {bcv} legal reporters, {ttv} legal propagandists").format(
                n=format_count(len(rows)), bcv=format_count(bcv), ttv=format_count(len(rows) - bcv)
            )
        )
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(bool(rows))

    def scope(self) -> read.Scope:
        """Whose reporters are shown: the unit chosen in upper mode, else the default (a commune: its own)."""
        ws = self.ctx.workspace
        return self.unit_filter.scope(ws) if self.unit_filter is not None else read.default_scope(ws)

    def reload_units(self) -> None:
        """Re-read the units present (after an import) for the unit filter and column."""
        if self.unit_filter is not None:
            self.unit_filter.blockSignals(True)
            self.unit_filter.set_units(read.units_present(self.ctx.workspace))
            self.unit_filter.blockSignals(False)
            self.model.set_unit_names(read.unit_names(self.ctx.workspace))

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
        owner = reporter.meta.owner_unit
        if owner and owner != self.ctx.workspace.unit_code:
            QMessageBox.information(
                self,
                self.tr("Delete person"),
                self.tr("{name} belongs to {unit}; only that unit can change or delete this record.").format(
                    name=reporter.full_name, unit=read.unit_name(self.ctx.workspace, owner)
                ),
            )
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
