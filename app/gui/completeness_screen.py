"""CompletenessScreen (upper mode): which expected units have reported a period, on time or late, and the rate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.periods import Period
from app.core.text import collation_key, fold
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_date
from app.gui.widgets import compact_combo, heading
from app.services import completeness

COLUMNS = ("unit", "status", "timeliness", "received", "seq", "officer", "version", "conflicts")


def column_header(key: str) -> str:
    return {
        "unit": QCoreApplication.translate("CompletenessScreen", "Unit"),
        "status": QCoreApplication.translate("CompletenessScreen", "Status"),
        "timeliness": QCoreApplication.translate("CompletenessScreen", "On time / late"),
        "received": QCoreApplication.translate("CompletenessScreen", "Received on"),
        "seq": QCoreApplication.translate("CompletenessScreen", "Bundle no."),
        "officer": QCoreApplication.translate("CompletenessScreen", "Officer"),
        "version": QCoreApplication.translate("CompletenessScreen", "App version"),
        "conflicts": QCoreApplication.translate("CompletenessScreen", "Conflicts"),
    }[key]


def status_label(status: str) -> str:
    return {
        completeness.NOT_RECEIVED: QCoreApplication.translate("CompletenessScreen", "Not received"),
        completeness.RECEIVED: QCoreApplication.translate("CompletenessScreen", "Received"),
        completeness.NOTHING: QCoreApplication.translate("CompletenessScreen", "Nothing to report"),
    }.get(status, status)


def timeliness_label(value: str) -> str:
    return {
        completeness.ON_TIME: QCoreApplication.translate("CompletenessScreen", "On time"),
        completeness.LATE: QCoreApplication.translate("CompletenessScreen", "Late"),
        completeness.OVERDUE: QCoreApplication.translate("CompletenessScreen", "Overdue"),
    }.get(value, "")


class _Item(QTableWidgetItem):
    """A cell that sorts by its key (ISO dates, numbers, Vietnamese collation), not by the text shown."""

    def __init__(self, text: str, key: object) -> None:
        super().__init__(text)
        self.key = key
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.key < getattr(other, "key", self.key)


def recent_periods(today: date) -> list[Period]:
    """Quarters, halves and years of this year and the last, newest first."""
    out = []
    for year in (today.year, today.year - 1):
        out += [Period(year, "Q", i) for i in (4, 3, 2, 1)] + [Period(year, "H", i) for i in (2, 1)] + [Period(year, "Y", 1)]
    return [p for p in out if p.start <= today]


def default_period(today: date) -> Period:
    """The last quarter that has ended (what the province is collecting now)."""
    quarters = [p for p in recent_periods(today) if p.kind == "Q" and p.end < today]
    return quarters[0] if quarters else Period(today.year, "Q", (today.month - 1) // 3 + 1)


class CompletenessScreen(QWidget):
    """Units × status for one period: a period picker, a status filter, a search box and the reporting rate."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: completeness.Board | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reporting status"), self))

        bar = QHBoxLayout()
        self.period = compact_combo(self, 18)
        self.period.setAccessibleName(self.tr("Period"))
        today = ctx.workspace.today()
        for p in recent_periods(today):
            self.period.addItem(p.label_vi(), p.id)
        self.period.setCurrentIndex(max(self.period.findData(default_period(today).id), 0))
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        bar.addWidget(period_label)
        bar.addWidget(self.period)

        self.status = compact_combo(self, 16)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("All statuses"), None)
        for s in completeness.STATUSES:
            self.status.addItem(status_label(s), s)
        status_label_widget = QLabel(self.tr("&Status:"), self)
        status_label_widget.setBuddy(self.status)
        bar.addWidget(status_label_widget)
        bar.addWidget(self.status)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search a unit (accents not needed)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search a unit"))
        bar.addWidget(self.search, 1)
        layout.addLayout(bar)

        self.rate = QLabel(self)
        self.rate.setObjectName("rate")
        self.rate.setWordWrap(True)
        font = self.rate.font()
        font.setBold(True)
        self.rate.setFont(font)
        layout.addWidget(self.rate)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([column_header(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(self.tr("Units and their reporting status"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("officer"), QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)  # missing ones first
        layout.addWidget(self.table, 1)

        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.status.currentIndexChanged.connect(self._on_filter_changed)
        self.search.textChanged.connect(self._on_filter_changed)
        self.refresh()

    # -- data -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.board = completeness.board(self.ctx.workspace, self.period.currentData())
        except Exception as exc:  # noqa: BLE001  shown to the person, the screen stays usable
            show_error(self, exc)
            return
        b = self.board
        late = self.tr("{n} late or overdue").format(n=b.late) if b.late else self.tr("none late")
        self.rate.setText(
            self.tr("{period}: {reported}/{expected} units have reported ({late}); due on {due}").format(
                period=b.period_label, reported=b.reported, expected=b.expected, late=late, due=format_date(b.due_date)
            )
        )
        self._fill()

    def _fill(self) -> None:
        rows = self.board.rows if self.board else []
        wanted = self.status.currentData()
        q = fold(self.search.text().strip())
        shown = [r for r in rows if (wanted is None or r.status == wanted) and (not q or q in fold(r.unit_name) or r.unit_code.startswith(q))]
        order = {s: i for i, s in enumerate(completeness.STATUSES)}
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for i, r in enumerate(shown):
            cells = (
                _Item(f"{r.unit_name} ({r.unit_code})", collation_key(r.unit_name)),
                _Item(status_label(r.status), (order.get(r.status, 9), collation_key(r.unit_name))),
                _Item(timeliness_label(r.timeliness), r.timeliness),
                _Item(format_date(r.received_at), r.received_at),
                _Item(str(r.seq) if r.seq else "", r.seq or 0),
                _Item(r.officer, collation_key(r.officer)),
                _Item(r.app_version, r.app_version),
                _Item(str(r.conflicts) if r.conflicts else "", r.conflicts),
            )
            for col, item in enumerate(cells):
                if col in (4, 7):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r.fingerprint:
                    item.setToolTip(self.tr("Key {fingerprint}").format(fingerprint=r.fingerprint))
                self.table.setItem(i, col, item)
        self.table.setSortingEnabled(True)

    def visible_rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (for tests and the screen reader)."""
        return [tuple(self.table.item(i, c).text() for c in range(self.table.columnCount())) for i in range(self.table.rowCount())]

    @Slot(int)
    def _on_period_changed(self, _index: int) -> None:
        self.refresh()

    @Slot()
    def _on_filter_changed(self, *_args) -> None:
        self._fill()
