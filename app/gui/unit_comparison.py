"""The units side by side on the upper-mode dashboard: a sortable table of every unit under this level with its
activities and participants of the dashboard's 12 months, its active reporters and its reporting status for the
last quarter that has ended. Enter or a double click on a row shows that unit's dashboard (the unit filter).

Read through ``app.services.comparison`` with the dashboard's scope; loaded only at an upper level.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget

from app.core.text import collation_key
from app.gui.completeness_screen import _Item, status_label, timeliness_label
from app.gui.formatting import format_count
from app.services import comparison

COLUMNS = ("unit", "activities", "participants", "reporters", "status", "timeliness")


def column_header(key: str, period: str = "") -> str:
    return {
        "unit": QCoreApplication.translate("UnitComparison", "Unit"),
        "activities": QCoreApplication.translate("UnitComparison", "Activities"),
        "participants": QCoreApplication.translate("UnitComparison", "Participants"),
        "reporters": QCoreApplication.translate("UnitComparison", "Reporters"),
        "status": QCoreApplication.translate("UnitComparison", "Reporting {period}").format(period=period),
        "timeliness": QCoreApplication.translate("UnitComparison", "On time / late"),
    }[key]


class UnitComparisonTable(QTableWidget):
    """``show_comparison(c)`` fills it; ``unitChosen(code)`` when a row is opened (Enter, double click)."""

    unitChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("unitComparison")
        self.setAccessibleName(self.tr("Units compared"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # names whole (a scroll bar if need be)
        self.setHorizontalHeaderLabels([column_header(c) for c in COLUMNS])
        self.setToolTip(self.tr("Enter or double click: show this unit's figures"))
        self.doubleClicked.connect(lambda index: self._open(index.row()))
        self._filled = False

    def show_comparison(self, data: comparison.Comparison) -> None:
        first = self.rowCount() == 0 and not self._filled
        self._filled = True
        self.setSortingEnabled(False)
        self.setHorizontalHeaderLabels([column_header(c, data.period_label) for c in COLUMNS])
        self.horizontalHeaderItem(3).setToolTip(self.tr("Reporters and propagandists active on the roster today"))
        self.setRowCount(len(data.rows))
        for i, r in enumerate(data.rows):
            status = status_label(r.status) if r.status else self.tr("not expected here")
            cells = (
                _Item(r.name, collation_key(r.name)), _Item(format_count(r.activities), r.activities),
                _Item(format_count(r.participants), r.participants), _Item(format_count(r.reporters), r.reporters),
                _Item(status, status), _Item(timeliness_label(r.timeliness), r.timeliness),
            )  # fmt: skip
            for col, item in enumerate(cells):
                item.setData(Qt.ItemDataRole.UserRole, r.code)
                if col in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 4 and r.reason:
                    item.setToolTip(r.reason)
                self.setItem(i, col, item)
        if first:  # first fill: most activities first (ties keep the service's name order)
            self.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)  # sorts once by the column the officer chose (or the one above)

    def rows_shown(self) -> list[tuple[str, ...]]:
        return [tuple(self.item(i, c).text() for c in range(self.columnCount())) for i in range(self.rowCount())]

    def code_at(self, row: int) -> str:
        item = self.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    @Slot(int)
    def _open(self, row: int) -> None:
        code = self.code_at(row)
        if code:
            self.unitChosen.emit(code)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._open(self.currentRow())
            return
        super().keyPressEvent(event)
