"""What an import did to each record, as an officer reads it: field names in the user's language and values
written out (dates dd/mm/yyyy, lists joined), in a dialog opened from the receive screen ("Từng bản ghi…").

The field labels are listed here once for every synced kind (``app.core.kinds``); the conflict view uses them too.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _labels() -> dict[tuple[str, str], Callable[[], str]]:
    return {
        ("activities", "date"): lambda: QCoreApplication.translate("RecordChanges", "Date"),
        ("activities", "title"): lambda: QCoreApplication.translate("RecordChanges", "Content"),
        ("activities", "topics"): lambda: QCoreApplication.translate("RecordChanges", "Topics"),
        ("activities", "forms"): lambda: QCoreApplication.translate("RecordChanges", "Forms"),
        ("activities", "target_groups"): lambda: QCoreApplication.translate("RecordChanges", "Target groups"),
        ("activities", "extra_groups"): lambda: QCoreApplication.translate("RecordChanges", "Other groups"),
        ("activities", "place"): lambda: QCoreApplication.translate("RecordChanges", "Place"),
        ("activities", "organiser"): lambda: QCoreApplication.translate("RecordChanges", "Organiser"),
        ("activities", "participants"): lambda: QCoreApplication.translate("RecordChanges", "Participants"),
        ("activities", "women"): lambda: QCoreApplication.translate("RecordChanges", "Women"),
        ("activities", "ethnic_minority"): lambda: QCoreApplication.translate("RecordChanges", "Ethnic minority participants"),
        ("activities", "materials"): lambda: QCoreApplication.translate("RecordChanges", "Materials"),
        ("activities", "cost"): lambda: QCoreApplication.translate("RecordChanges", "Cost (VND)"),
        ("activities", "reporter_ids"): lambda: QCoreApplication.translate("RecordChanges", "Reporters"),
        ("activities", "notes"): lambda: QCoreApplication.translate("RecordChanges", "Notes"),
        ("reporters", "full_name"): lambda: QCoreApplication.translate("RecordChanges", "Full name"),
        ("reporters", "kind"): lambda: QCoreApplication.translate("RecordChanges", "Kind of reporter"),
        ("reporters", "gender"): lambda: QCoreApplication.translate("RecordChanges", "Gender"),
        ("reporters", "birth_date"): lambda: QCoreApplication.translate("RecordChanges", "Date of birth"),
        ("reporters", "ethnicity"): lambda: QCoreApplication.translate("RecordChanges", "Ethnicity"),
        ("reporters", "phone"): lambda: QCoreApplication.translate("RecordChanges", "Phone"),
        ("reporters", "title"): lambda: QCoreApplication.translate("RecordChanges", "Job title"),
        ("reporters", "organisation"): lambda: QCoreApplication.translate("RecordChanges", "Organisation"),
        ("reporters", "area"): lambda: QCoreApplication.translate("RecordChanges", "Area"),
        ("reporters", "qualification"): lambda: QCoreApplication.translate("RecordChanges", "Qualification"),
        ("reporters", "law_fields"): lambda: QCoreApplication.translate("RecordChanges", "Fields of law"),
        ("reporters", "proposer"): lambda: QCoreApplication.translate("RecordChanges", "Proposed by"),
        ("reporters", "recognition"): lambda: QCoreApplication.translate("RecordChanges", "Recognition decision"),
        ("reporters", "dismissal"): lambda: QCoreApplication.translate("RecordChanges", "Dismissal decision"),
        ("reporters", "dismissal_ground"): lambda: QCoreApplication.translate("RecordChanges", "Dismissal ground"),
        ("reporters", "dismissal_reason"): lambda: QCoreApplication.translate("RecordChanges", "Dismissal reason"),
        ("reporters", "refusals"): lambda: QCoreApplication.translate("RecordChanges", "Refused assignments"),
        ("reporters", "trainings"): lambda: QCoreApplication.translate("RecordChanges", "Trainings"),
        ("reporters", "notes"): lambda: QCoreApplication.translate("RecordChanges", "Notes"),
        ("attachments", "filename"): lambda: QCoreApplication.translate("RecordChanges", "File name"),
        ("attachments", "activity_id"): lambda: QCoreApplication.translate("RecordChanges", "Activity"),
        ("attachments", "mime"): lambda: QCoreApplication.translate("RecordChanges", "File type"),
        ("attachments", "size"): lambda: QCoreApplication.translate("RecordChanges", "Size (bytes)"),
        ("attachments", "sha256"): lambda: QCoreApplication.translate("RecordChanges", "Content fingerprint"),
    }


def field_label(table: str, name: str) -> str:
    """The field ``name`` of a record of ``table`` in the user's language (the name itself when unknown)."""
    label = _labels().get((table, name))
    return label() if label else name


def table_label(table: str) -> str:
    return {"activities": QCoreApplication.translate("RecordChanges", "Activity"), "reporters": QCoreApplication.translate("RecordChanges", "Reporter"),
            "attachments": QCoreApplication.translate("RecordChanges", "Attachment")}.get(table, table)  # fmt: skip


def outcome_label(outcome: str) -> str:
    return {
        "new": QCoreApplication.translate("RecordChanges", "new"), "updated": QCoreApplication.translate("RecordChanges", "changed"), "deleted": QCoreApplication.translate("RecordChanges", "deleted"),
        "stale": QCoreApplication.translate("RecordChanges", "older than stored (ignored)"), "conflicts": QCoreApplication.translate("RecordChanges", "conflict"),
        "unchanged": QCoreApplication.translate("RecordChanges", "unchanged"),
    }.get(outcome, outcome)  # fmt: skip


def value_text(value: Any) -> str:
    """A stored value written out for a person: dates dd/mm/yyyy, lists joined, empty as a dash."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("RecordChanges", "yes") if value else QCoreApplication.translate("RecordChanges", "no")
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, str) and _ISO_DATE.match(value):
        return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    if isinstance(value, (list, tuple)):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {value_text(v)}" for k, v in value.items() if v not in (None, "", []))
    return str(value)


def change_lines(table: str, changes) -> str:
    """One line per changed field: "Label: old → new"."""
    return "\n".join(f"{field_label(table, c.field)}: {value_text(c.old)} → {value_text(c.new)}" for c in changes)


class RecordChangesDialog(QDialog):
    """Every record an import named (new, changed, deleted, older, conflict) with date, title and changes."""

    def __init__(self, report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RecordChanges", "Records in %1").replace("%1", report.filename))
        headers = [
            QCoreApplication.translate("RecordChanges", "Kind"), QCoreApplication.translate("RecordChanges", "Result"),
            QCoreApplication.translate("RecordChanges", "Date"), QCoreApplication.translate("RecordChanges", "Title"),
            QCoreApplication.translate("RecordChanges", "What changed"),
        ]  # fmt: skip
        rows = [(table, r) for table, outcome in report.tables.items() for r in outcome.records]
        self.table = QTableWidget(len(rows), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        for n, (table, r) in enumerate(rows):
            what = change_lines(table, r.changes) if r.changes else (r.reason if r.outcome in ("stale", "conflicts") else "")
            for c, text in enumerate((table_label(table), outcome_label(r.outcome), value_text(r.date) if r.date else "", r.title or r.id, what)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.table.setItem(n, c, item)
        self.table.resizeRowsToContents()
        more = sum(o.more_records for o in report.tables.values())
        note = QLabel(self)
        note.setWordWrap(True)
        if more:
            note.setText(QCoreApplication.translate("RecordChanges", "%1 more records are counted in the totals but not listed here.").replace("%1", str(more)))
        elif not rows:
            note.setText(QCoreApplication.translate("RecordChanges", "Nothing changed: every record was already here as it is."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(1000, 560)
