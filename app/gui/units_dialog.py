"""The units expected to report here (upper level), editable: list and search, add (a catalog unit, or an
intermediate office that relays its communes), give an old code or name (alias), retire from a date; and the
deadline of each period kind (days after the period's end, with the document that sets it).

``ExpectedUnitsDialog(ctx, parent)``; opened from the completeness board ("Expected units…"). Every change goes
through ``app.services.expected_units`` (audited); a refused change shows its message and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_date
from app.gui.widgets import SearchField
from app.services import expected_units

COLUMNS = ("code", "name", "level", "from", "until", "aliases", "by")


def column_header(key: str) -> str:
    return {
        "code": QCoreApplication.translate("ExpectedUnitsDialog", "Code"),
        "name": QCoreApplication.translate("ExpectedUnitsDialog", "Unit"),
        "level": QCoreApplication.translate("ExpectedUnitsDialog", "Kind"),
        "from": QCoreApplication.translate("ExpectedUnitsDialog", "Expected from"),
        "until": QCoreApplication.translate("ExpectedUnitsDialog", "Retired on"),
        "aliases": QCoreApplication.translate("ExpectedUnitsDialog", "Old codes or names"),
        "by": QCoreApplication.translate("ExpectedUnitsDialog", "Added by"),
    }[key]


def level_label(level: str) -> str:
    if level == expected_units.INTERMEDIATE:
        return QCoreApplication.translate("ExpectedUnitsDialog", "Intermediate office (relays)")
    return QCoreApplication.translate("ExpectedUnitsDialog", "Commune / ward")


class _Form(QDialog):
    """A small form: labelled fields, OK and Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ExpectedUnitsDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Units expected to report here"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = SearchField((self.tr("Search by code, name or old name (accents not needed)"), self.tr("Search")), self)
        self.search.setAccessibleName(self.tr("Search the expected units"))
        top.addWidget(self.search, 1)
        self.count = QLabel(self)
        top.addWidget(self.count)
        layout.addLayout(top)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([column_header(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Expected units"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a unit…"), self)
        self.alias_button = QPushButton(self.tr("Old code or &name…"), self)
        self.alias_button.setToolTip(self.tr("Bundles sent under an old code or name (a merged or renamed unit) land on the selected unit"))
        self.retire_button = QPushButton(self.tr("&Retire…"), self)
        self.retire_button.setToolTip(self.tr("No longer expect the selected unit after a date (it stays listed)"))
        self.deadlines_button = QPushButton(self.tr("&Deadlines…"), self)
        self.deadlines_button.setToolTip(self.tr("When each period's bundle is due: days after the period's end"))
        close = QPushButton(self.tr("&Close"), self)
        for b in (self.add_button, self.alias_button, self.retire_button, self.deadlines_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.alias_button.clicked.connect(self._on_alias_clicked)
        self.retire_button.clicked.connect(self._on_retire_clicked)
        self.deadlines_button.clicked.connect(self._on_deadlines_clicked)
        close.clicked.connect(self.accept)
        self.refresh()

    # -- data -----------------------------------------------------------------------------------------------
    @Slot()
    def refresh(self, *_args) -> None:
        try:
            units = expected_units.list_units(self.ctx.workspace, self.search.text())
        except Exception as exc:  # noqa: BLE001  shown to the person, the dialog stays usable
            show_error(self, exc)
            return
        current = self.selected_code()
        self.table.setRowCount(len(units))
        for i, u in enumerate(units):
            cells = (
                u.code, u.name, level_label(u.level), format_date(u.valid_from or ""), format_date(u.valid_until or ""),
                ", ".join(u.aliases), self.tr("catalog") if u.added_by == "catalog" else self.tr("officer"),
            )  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.code)
                if u.retired:
                    item.setForeground(self.palette().placeholderText())
                if col == 1 and u.note:
                    item.setToolTip(u.note)
                self.table.setItem(i, col, item)
        active = sum(1 for u in units if not u.retired)
        self.count.setText(self.tr("{n} units, {active} expected now").format(n=len(units), active=active))
        if current:
            self.select(current)
        self._update_buttons()

    def selected_code(self) -> str:
        i = self.table.currentRow()
        item = self.table.item(i, 0) if i >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def select(self, code: str) -> bool:
        for i in range(self.table.rowCount()):
            if self.table.item(i, 0).data(Qt.ItemDataRole.UserRole) == code:
                self.table.setCurrentCell(i, 0)
                return True
        return False

    def visible_rows(self) -> list[tuple[str, ...]]:
        return [tuple(self.table.item(i, c).text() for c in range(self.table.columnCount())) for i in range(self.table.rowCount())]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_code())
        self.alias_button.setEnabled(chosen)
        self.retire_button.setEnabled(chosen)

    # -- changes (each one a service call; the list is read again after it) -----------------------------------
    def add(self, code: str, name: str = "", intermediate: bool = False) -> bool:
        level = expected_units.INTERMEDIATE if intermediate else "commune"
        return self._change(lambda ws: expected_units.add_unit(ws, code, name=name, level=level))

    def alias(self, code: str, alias: str) -> bool:
        return self._change(lambda ws: expected_units.add_alias(ws, code, alias))

    def retire(self, code: str, until: str, note: str = "") -> bool:
        return self._change(lambda ws: expected_units.retire_unit(ws, code, until, note))

    def _change(self, action) -> bool:
        try:
            unit = action(self.ctx.workspace)
        except Exception as exc:  # noqa: BLE001  a refused change: its message, nothing changed
            show_error(self, exc)
            return False
        self.search.clear()
        self.refresh()
        self.select(unit.code)
        return True

    @Slot()
    def _on_add_clicked(self) -> None:
        form = _Form(self.tr("Add a unit"), self)
        code, name = QLineEdit(form), QLineEdit(form)
        name.setPlaceholderText(self.tr("Only for a unit that is not in the catalog"))
        relay = QCheckBox(self.tr("Intermediate office that relays its communes' data (not counted in the rate)"), form)
        form.form.addRow(self.tr("&Code:"), code)
        form.form.addRow(self.tr("&Name:"), name)
        form.form.addRow(relay)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.add(code.text(), name.text(), relay.isChecked())

    def _form_for_selected(self, title: str) -> tuple[str, _Form | None]:
        """The selected unit's code and a form titled ``title`` (``{code}`` filled in); no form without a selection."""
        code = self.selected_code()
        return code, (_Form(title.format(code=code), self) if code else None)

    @Slot()
    def _on_alias_clicked(self) -> None:
        code, form = self._form_for_selected(self.tr("Old code or name of {code}"))
        if form is None:
            return
        alias = QLineEdit(form)
        form.form.addRow(self.tr("Old &code or name:"), alias)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.alias(code, alias.text())

    @Slot()
    def _on_retire_clicked(self) -> None:
        code, form = self._form_for_selected(self.tr("Retire {code}"))
        if form is None:
            return
        day = QDateEdit(form)
        day.setDisplayFormat("dd/MM/yyyy")
        day.setCalendarPopup(True)
        today = self.ctx.workspace.today()
        day.setDate(QDate(today.year, today.month, today.day))
        note = QLineEdit(form)
        form.form.addRow(self.tr("Expected &until:"), day)
        form.form.addRow(self.tr("&Why (merged into, dissolved…):"), note)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.retire(code, day.date().toString("yyyy-MM-dd"), note.text())


    # -- deadlines ---------------------------------------------------------------------------------------------
    def set_deadlines(self, days: dict[str, int], source: str = "") -> bool:
        """Set the deadlines that differ from the stored ones (period kind -> days after the period's end)."""
        ws = self.ctx.workspace
        try:
            stored = expected_units.deadlines(ws)
            for kind, value in days.items():
                if stored.get(kind, {}).get("due_offset_days") != value:
                    expected_units.set_deadline(ws, kind, value, source)
        except Exception as exc:  # noqa: BLE001  a refused change: its message
            show_error(self, exc)
            return False
        return True

    @Slot()
    def _on_deadlines_clicked(self) -> None:
        form = DeadlinesForm(expected_units.deadlines(self.ctx.workspace), self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.set_deadlines(form.values(), form.source.text())


def kind_label(kind: str) -> str:
    return {
        "Y": QCoreApplication.translate("ExpectedUnitsDialog", "Year report"),
        "H": QCoreApplication.translate("ExpectedUnitsDialog", "Six-month report"),
        "Q": QCoreApplication.translate("ExpectedUnitsDialog", "Quarter report"),
        "M": QCoreApplication.translate("ExpectedUnitsDialog", "Month report"),
    }[kind]


class DeadlinesForm(_Form):
    """One spin box per period kind: days after the period's end (negative: before it ends, e.g. the year's
    statistics cut-off), the stored source as tooltip; the document that sets the new values."""

    def __init__(self, rules: dict[str, dict], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ExpectedUnitsDialog", "Reporting deadlines"), parent)
        self.boxes: dict[str, QSpinBox] = {}
        note = QLabel(self.tr("Days after the end of the period (a negative number: before it ends)."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        for kind in ("Y", "H", "Q", "M"):
            box = QSpinBox(self)
            box.setRange(-365, 365)
            box.setSuffix(self.tr(" days"))
            rule = rules.get(kind) or {}
            box.setValue(int(rule.get("due_offset_days", 0)))
            if rule.get("source"):
                box.setToolTip(rule["source"])
            self.boxes[kind] = box
            self.form.addRow(kind_label(kind) + ":", box)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("e.g. Công văn số …/STP-PBGDPL"))
        self.form.addRow(self.tr("&Set by (document):"), self.source)

    def values(self) -> dict[str, int]:
        return {kind: box.value() for kind, box in self.boxes.items()}


def open_expected_units(parent: QWidget, ctx: GuiContext) -> None:
    dialog = ExpectedUnitsDialog(ctx, parent)
    dialog.exec()
