"""CompletenessScreen (upper mode): which expected units have reported a period, on time or late, and the rate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.periods import Period
from app.core.text import collation_key, fold
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.approval_dialog import open_approval_dialog
from app.gui.formatting import format_date
from app.gui.sync_screen import ask_and_send_decisions, decisions_sent_text
from app.gui.widgets import SearchField, compact_combo, heading
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
        completeness.APPROVED: QCoreApplication.translate("CompletenessScreen", "Approved"),
        completeness.RETURNED: QCoreApplication.translate("CompletenessScreen", "Returned"),
        completeness.CHANGED: QCoreApplication.translate("CompletenessScreen", "Changed after approval, approve again"),
    }.get(status, status)


def status_text(row: completeness.BoardRow) -> str:
    """The status cell: a returned period carries its reason."""
    if row.status == completeness.RETURNED and row.reason:
        reason = row.reason if len(row.reason) <= 48 else row.reason[:47].rstrip() + "…"  # in full in the tooltip
        return QCoreApplication.translate("CompletenessScreen", "Returned: {reason}").format(reason=reason)
    return status_label(row.status)


def timeliness_label(value: str) -> str:
    return {
        completeness.ON_TIME: QCoreApplication.translate("CompletenessScreen", "On time"),
        completeness.LATE: QCoreApplication.translate("CompletenessScreen", "Late"),
        completeness.OVERDUE: QCoreApplication.translate("CompletenessScreen", "Overdue"),
    }.get(value, "")


def _judged_code(row: completeness.BoardRow) -> str:
    """The code a decision on ``row`` is taken under: the unit's own, or the alias its bundles came under."""
    return row.unit_code if row.unit_code in row.source_codes or not row.source_codes else row.source_codes[-1]


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

        self.search = SearchField((self.tr("Search a unit (accents not needed)"), self.tr("Search a unit")), self)
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
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons; arrows move between rows
        self.table.setAccessibleName(self.tr("Units and their reporting status"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # the unit's name is never squeezed away
        header.resizeSection(0, self.fontMetrics().averageCharWidth() * 26)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COLUMNS.index("officer"), QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)  # missing ones first
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.note = QLabel(self)
        self.note.setObjectName("boardNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions.addWidget(self.note, 1)
        self.decide_button = QPushButton(self.tr("&Approve / return…"), self)
        self.decide_button.setToolTip(self.tr("Approve the selected unit's period, or return it for correction"))
        self.send_button = QPushButton(self.tr("Send &decisions…"), self)
        self.send_button.setToolTip(self.tr("Write a signed file with the decisions on the selected unit, to send it down"))
        self.units_button = QPushButton(self.tr("E&xpected units…"), self)
        self.units_button.setToolTip(self.tr("The list of units expected to report here: add, give an old name, retire"))
        actions.addWidget(self.decide_button)
        actions.addWidget(self.send_button)
        actions.addWidget(self.units_button)
        layout.addLayout(actions)

        self.decide_button.clicked.connect(self._on_decide_clicked)
        self.send_button.clicked.connect(self._on_send_clicked)
        self.units_button.clicked.connect(self._on_units_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
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
                _Item(status_text(r), (order.get(r.status, 9), collation_key(r.unit_name))),
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
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r.unit_code)
                if col == 1 and r.reason:
                    item.setToolTip(r.reason)  # in full where the cell cuts it
                self.table.setItem(i, col, item)
        self.table.setSortingEnabled(True)
        names = self.table.sizeHintForColumn(0)  # the longest unit name whole, within reason
        header = self.table.horizontalHeader()
        header.resizeSection(0, max(self.fontMetrics().averageCharWidth() * 26, min(names, self.fontMetrics().averageCharWidth() * 44)))
        self._update_buttons()

    # -- decisions ----------------------------------------------------------------------------------------
    def selected_row(self) -> completeness.BoardRow | None:
        """The board row of the table's current row, or None."""
        i = self.table.currentRow()
        item = self.table.item(i, 0) if i >= 0 else None
        if item is None or self.board is None:
            return None
        code = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.board.rows if r.unit_code == code), None)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        received = row is not None and row.bundles > 0
        self.decide_button.setEnabled(received)
        self.send_button.setEnabled(received and bool(row.decision))

    def select_unit(self, code: str) -> bool:
        """Make ``code``'s row current (for tests and callers); whether it is shown."""
        for i in range(self.table.rowCount()):
            if self.table.item(i, 0).data(Qt.ItemDataRole.UserRole) == code:
                self.table.setCurrentCell(i, 0)
                return True
        return False

    @Slot()
    def _on_decide_clicked(self) -> None:
        row = self.selected_row()
        if row is None or not row.bundles:
            return
        if open_approval_dialog(self, self.ctx, _judged_code(row), self.board.period) is not None:
            self.refresh()
            self.select_unit(row.unit_code)

    @Slot()
    def _on_send_clicked(self) -> None:
        row = self.selected_row()
        if row is None or not row.decision:
            return
        result = ask_and_send_decisions(self, self.ctx, _judged_code(row))
        if result is not None:
            self.note.setText(decisions_sent_text(result))

    @Slot()
    def _on_units_clicked(self) -> None:
        from app.gui.units_dialog import open_expected_units

        open_expected_units(self, self.ctx)
        self.refresh()  # the list may have changed: so have the rows and the rate

    def visible_rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (for tests and the screen reader)."""
        return [tuple(self.table.item(i, c).text() for c in range(self.table.columnCount())) for i in range(self.table.rowCount())]

    @Slot(int)
    def _on_period_changed(self, _index: int) -> None:
        self.refresh()

    @Slot()
    def _on_filter_changed(self, *_args) -> None:
        self._fill()
