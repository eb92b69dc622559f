"""SyncScreen ("Gửi / nhận dữ liệu"): export a signed bundle, import bundles (preview first), the trust list,
and the conflict list with "keep mine / take theirs".

Long work (export, preview, import, making the signing key) runs as ``app.gui.jobs.Job`` with a progress dialog and its own
workspace; the trust list and conflicts are small and use the GUI thread's workspace.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import AppError
from app.core.periods import Period
from app.gui.approval_dialog import DecisionBanner, open_approval_dialog
from app.gui.context import GuiContext
from app.gui.errors import message_for, show_error
from app.gui.jobs import Job, ProgressDialog
from app.gui.record_changes import field_label, table_label, value_text
from app.services import approvals as approval_service
from app.services import bundles as bundle_service
from app.services import keys as key_service
from app.services import read as read_service
from app.services.bundles import FileOutcome



def period_choices() -> list[tuple[str, str, int]]:
    """(label, kind, index) for the period picker."""
    return [
        (QCoreApplication.translate("SyncScreen", "Whole year"), "Y", 1),
        (QCoreApplication.translate("SyncScreen", "First half-year"), "H", 1),
        (QCoreApplication.translate("SyncScreen", "Second half-year"), "H", 2),
        (QCoreApplication.translate("SyncScreen", "Quarter I"), "Q", 1),
        (QCoreApplication.translate("SyncScreen", "Quarter II"), "Q", 2),
        (QCoreApplication.translate("SyncScreen", "Quarter III"), "Q", 3),
        (QCoreApplication.translate("SyncScreen", "Quarter IV"), "Q", 4),
    ]


def _item(text: Any, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)
    return table


def catalog_note_text(note: Any) -> str:
    """The sentence of a ``VersionNote`` (a catalog version a bundle names that is not known here), translated."""
    names = {
        "forms": QCoreApplication.translate("SyncScreen", "forms of dissemination"),
        "target_groups": QCoreApplication.translate("SyncScreen", "target groups"),
        "dismissal_grounds": QCoreApplication.translate("SyncScreen", "dismissal grounds"),
        "reporting_rules": QCoreApplication.translate("SyncScreen", "reporting rules"),
    }
    return (
        QCoreApplication.translate(
            "SyncScreen", "the catalog of %1, version %2, is not known here (known: %3); its codes were checked against every known version"
        )
        .replace("%1", names.get(note.catalog, note.catalog))
        .replace("%2", note.version)
        .replace("%3", ", ".join(note.known))
    )


def received_decision_text(d: approval_service.Decision | None, period: str) -> str:
    """The received list's decision cell: the current decision on the unit's last period."""
    if d is None:
        return QCoreApplication.translate("SyncScreen", "%1: not decided").replace("%1", period) if period else ""
    if d.changed:
        text = QCoreApplication.translate("SyncScreen", "%1: changed after the decision, decide again")
    elif d.decision == "approved":
        text = QCoreApplication.translate("SyncScreen", "%1: approved")
    else:
        return QCoreApplication.translate("SyncScreen", "%1: returned (%2)").replace("%1", period).replace("%2", d.reason)
    return text.replace("%1", period)


def _ddmmyyyy(iso: str | None) -> str:
    if not iso:
        return ""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}" + (f" {iso[11:16]}" if len(iso) >= 16 else "")


def _conflict_title(row: dict) -> str:
    """A conflict's record as a person knows it: its title (or name) and date."""
    from app.core.kinds import kind, record_title

    k = kind(row["table_name"])
    payload = row["theirs"]["payload"] or row["mine"]["payload"]
    title = record_title(k, payload) or row["record_id"][:8] + "…"
    day = payload.get(k.period_field, "") if k.period_field else ""
    return f"{title} ({value_text(day)})" if day else title


def _version_text(row: dict, side: str) -> str:
    """One side of a conflict: its revision and the values of the fields that differ, side by side with the other."""
    version = row[side]
    head = QCoreApplication.translate("SyncScreen", "revision %1").replace("%1", str(version["rev"]))
    if version.get("deleted"):
        head += " · " + QCoreApplication.translate("SyncScreen", "deleted")
    shown = [f"{field_label(row['table_name'], f)}: {value_text(version['payload'].get(f))}" for f in row["fields"] if f != "deleted"]
    return head + (": " + "; ".join(shown) if shown else "")


# -- decisions sent down (upper level): the received list here and the completeness board use these -----------
def send_decisions(parent: QWidget, ctx: GuiContext, unit: str, out_dir: Path, passphrase: str | None) -> dict | None:
    """Write the signed decision file for ``unit`` into ``out_dir``; the result, or None (the error is shown)."""
    try:
        return approval_service.export_decisions(ctx.workspace, unit, None, out_dir, passphrase)
    except AppError as exc:
        show_error(parent, exc)
        return None


def ask_and_send_decisions(parent: QWidget, ctx: GuiContext, unit: str) -> dict | None:
    """Ask for the folder (and the signing key's passphrase when it has one), then :func:`send_decisions`."""
    folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("SyncScreen", "Save the decision file to"), str(ctx.paths.exports))
    if not folder:
        return None
    passphrase = ask_passphrase(parent, ctx)
    if passphrase is False:
        return None
    return send_decisions(parent, ctx, unit, Path(folder), passphrase or None)


def ask_passphrase(parent: QWidget, ctx: GuiContext) -> str | None | bool:
    """The signing key's passphrase when it has one (None when it has none; False when the officer cancelled)."""
    info = key_service.key_info(ctx.workspace)
    if info is None or not info.encrypted:
        return None
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("SyncScreen", "Passphrase"), QCoreApplication.translate("SyncScreen", "Passphrase of the signing key:"), QLineEdit.EchoMode.Password)
    return text if ok else False


def decisions_sent_text(result: dict) -> str:
    """Where the decision file goes: to the unit, or (three tiers) to the office the unit reports through."""
    via = result.get("via")
    if via:
        text = QCoreApplication.translate(
            "SyncScreen", "Decision file for %1 written: %2. %1 reports through %3: send it there; that office imports it and passes the decisions on."
        ).replace("%1", result["target_name"]).replace("%2", result["path"]).replace("%3", via["unit_name"] or via["unit_code"])
    else:
        text = (
            QCoreApplication.translate("SyncScreen", "Decision file for %1 written: %2. Send it to the unit; it imports it on its Receive data tab.")
            .replace("%1", result["target_name"]).replace("%2", result["path"])
        )  # fmt: skip
    if result.get("forwarded"):
        text += " " + QCoreApplication.translate("SyncScreen", "It also carries %1 decision(s) of the upper level, passed on.").replace(
            "%1", str(result["forwarded"]))  # fmt: skip
    return text


def relay_export_text(result: dict) -> str:
    """An upper level's export: the original bundles of its units it carries, and those it withheld (returned)."""
    text = ""
    if result.get("relayed"):
        units = sorted({e["unit_name"] or e["unit_code"] for e in result["relayed"]})
        text += "\n" + QCoreApplication.translate("SyncScreen", "It carries %1 original bundle(s) of %2 unit(s), unchanged: %3").replace(
            "%1", str(len(result["relayed"]))).replace("%2", str(len(units))).replace("%3", "; ".join(units))  # fmt: skip
    for w in result.get("withheld") or ():
        text += "\n" + QCoreApplication.translate("SyncScreen", "Not carried: unit %1, %2 was returned (%3)").replace(
            "%1", w["unit_code"]).replace("%2", w["period"]).replace("%3", w["reason"])  # fmt: skip
    return text


def numbering_text(row: dict) -> str:
    """The received list's numbering of one unit in words: missing numbers, those a later file replaced, reuses."""
    parts = []
    if row.get("gaps"):
        parts.append(QCoreApplication.translate("SyncScreen", "Files no. %1 never arrived: ask the unit to send its data again.").replace("%1", ", ".join(map(str, row["gaps"]))))
    if row.get("superseded"):
        parts.append(QCoreApplication.translate("SyncScreen", "Files no. %1 never arrived, but a later file of the same period replaces them: no data is missing.").replace("%1", ", ".join(map(str, row["superseded"]))))
    if row.get("reused"):
        parts.append(QCoreApplication.translate("SyncScreen", "Numbers %1 arrived twice in different files from one computer.").replace("%1", ", ".join(map(str, row["reused"]))))
    if (row.get("installations") or 1) > 1:
        parts.append(QCoreApplication.translate("SyncScreen", "Files came from %1 computers; each numbers its files from 1.").replace("%1", str(row["installations"])))
    return "\n".join(parts) or QCoreApplication.translate("SyncScreen", "No file is missing.")


def _needs_import(report) -> bool:
    """A file worth importing: not imported yet, or a relay bundle carrying a bundle still to import here."""
    if not report.already_imported:
        return True
    return any(r["ok"] and not r["report"].get("already_imported") for r in report.relayed)


def relayed_text(report, preview: bool) -> str:
    """What a relay bundle carries: how many original bundles, how many new here, and each one refused (unit, why)."""
    if not report.relayed:
        return ""
    new = sum(1 for r in report.relayed if r["ok"] and not r["report"].get("already_imported"))
    text = " · " + QCoreApplication.translate("SyncScreen", "carries %1 original bundle(s) of its units, %2 new here").replace(
        "%1", str(len(report.relayed))).replace("%2", str(new))  # fmt: skip
    for r in report.relayed:
        if not r["ok"]:
            text += " · " + QCoreApplication.translate("SyncScreen", "refused: unit %1 no. %2 (%3)").replace("%1", r["unit_code"]).replace(
                "%2", str(r["seq"])).replace("%3", r["error"].get("code", ""))  # fmt: skip
    return text


class SyncScreen(QWidget):
    """The "Send / receive data" screen. ``SyncScreen(ctx, parent=None)``."""

    data_changed = Signal()  # records were imported or a conflict was resolved

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_job: Any = None
        self.preview_files: list[Path] = []
        self.last_export: dict | None = None
        self.last_results: list[FileOutcome] = []
        self.key: key_service.KeyInfo | None = None  # the key made by ``create_key``
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_export_tab(), QCoreApplication.translate("SyncScreen", "&Send data"))
        self.tabs.addTab(self._build_import_tab(), QCoreApplication.translate("SyncScreen", "&Receive data"))
        self.tabs.addTab(self._build_trust_tab(), QCoreApplication.translate("SyncScreen", "&Trusted keys"))
        self.tabs.addTab(self._build_conflict_tab(), QCoreApplication.translate("SyncScreen", "&Conflicts"))
        layout = QVBoxLayout(self)
        title = QLabel(QCoreApplication.translate("SyncScreen", "Send / receive data"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # -- building ---------------------------------------------------------------------------------
    def _build_export_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        self.year_spin = QSpinBox(page)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.ctx.workspace.today().year)
        self.kind_combo = QComboBox(page)
        for label, kind, index in period_choices():
            self.kind_combo.addItem(label, (kind, index))
        period_row = QHBoxLayout()
        period_row.addWidget(self.year_spin)
        period_row.addWidget(self.kind_combo, 1)
        form.addRow(QCoreApplication.translate("SyncScreen", "&Year:"), period_row)
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.year_spin)
        self.out_edit = QLineEdit(str(self.ctx.paths.exports), page)
        browse = QPushButton(QCoreApplication.translate("SyncScreen", "&Browse…"), page)
        browse.clicked.connect(self._on_browse_clicked)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(browse)
        form.addRow(QCoreApplication.translate("SyncScreen", "Save to &folder:"), out_row)
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.out_edit)
        self.passphrase_edit = QLineEdit(page)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(QCoreApplication.translate("SyncScreen", "passphrase of the signing key"))
        form.addRow(QCoreApplication.translate("SyncScreen", "&Passphrase:"), self.passphrase_edit)
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.passphrase_edit)
        self.key_label = QLabel(page)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_key_button = QPushButton(QCoreApplication.translate("SyncScreen", "Create &signing key…"), page)
        self.create_key_button.clicked.connect(self._on_create_key_clicked)
        self.import_key_button = QPushButton(QCoreApplication.translate("SyncScreen", "Use a &key backup…"), page)
        self.import_key_button.setToolTip(QCoreApplication.translate("SyncScreen", "A reinstalled computer signs again with the key backup of this unit (the upper level need not enrol anything)."))
        self.import_key_button.clicked.connect(self._on_import_key_clicked)
        self.export_button = QPushButton(QCoreApplication.translate("SyncScreen", "&Export signed data file"), page)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.export_result = QLabel(page)
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = QLabel(QCoreApplication.translate("SyncScreen", "A signed file with everything this unit recorded for the period (deleted records included), to carry upward by USB or email."), page)
        intro.setWordWrap(True)
        self.decision_banner = DecisionBanner(page)  # the upper level's decisions on this unit's periods
        layout = QVBoxLayout(page)
        layout.addWidget(self.decision_banner)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        row.addWidget(self.create_key_button)
        row.addWidget(self.import_key_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        layout.addWidget(self.export_result)
        layout.addStretch(1)
        return page

    def _build_import_tab(self) -> QWidget:
        page = QWidget(self)
        self.choose_button = QPushButton(QCoreApplication.translate("SyncScreen", "C&hoose data files…"), page)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.import_button = QPushButton(QCoreApplication.translate("SyncScreen", "&Import these files"), page)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_clicked)
        headers = [QCoreApplication.translate("SyncScreen", "File"), QCoreApplication.translate("SyncScreen", "Unit"), QCoreApplication.translate("SyncScreen", "No."), QCoreApplication.translate("SyncScreen", "Periods"), QCoreApplication.translate("SyncScreen", "New"), QCoreApplication.translate("SyncScreen", "Updated"), QCoreApplication.translate("SyncScreen", "Deleted"), QCoreApplication.translate("SyncScreen", "Unchanged"), QCoreApplication.translate("SyncScreen", "Stale"), QCoreApplication.translate("SyncScreen", "Conflicts"), QCoreApplication.translate("SyncScreen", "Result")]
        self.import_table = _table(headers, page)
        self.import_table.itemSelectionChanged.connect(self._on_import_row_changed)
        self.records_button = QPushButton(QCoreApplication.translate("SyncScreen", "&Records…"), page)
        self.records_button.setToolTip(QCoreApplication.translate("SyncScreen", "Each record of the selected file: new, changed (which fields, old and new value), deleted, older or in conflict"))
        self.records_button.setEnabled(False)
        self.records_button.clicked.connect(self._on_records_clicked)
        self.enrol_button = QPushButton(QCoreApplication.translate("SyncScreen", "Compare with the signed sheet, then &enrol…"), page)
        self.enrol_button.setToolTip(QCoreApplication.translate("SyncScreen", "The selected file was refused because its key is not enrolled here: open the trust tab with its unit and whole fingerprint, to compare with the unit's signed enrolment sheet"))
        self.enrol_button.setVisible(False)
        self.enrol_button.clicked.connect(self._on_enrol_clicked)
        self.import_status = QLabel(page)
        self.import_status.setWordWrap(True)
        self.received_table = _table([QCoreApplication.translate("SyncScreen", "Unit"), QCoreApplication.translate("SyncScreen", "Unit name"), QCoreApplication.translate("SyncScreen", "Files received"), QCoreApplication.translate("SyncScreen", "Last no."), QCoreApplication.translate("SyncScreen", "Last received"), QCoreApplication.translate("SyncScreen", "Missing no."), QCoreApplication.translate("SyncScreen", "Decision"), QCoreApplication.translate("SyncScreen", "Sent by")], page)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        row.addWidget(self.enrol_button)
        row.addWidget(self.records_button)
        row.addWidget(self.import_button)
        upper = read_service.is_upper(self.ctx.workspace)
        # what this level receives here, said once: a commune gets files from its upper level, an upper level from its units
        if upper:
            intro = QCoreApplication.translate("SyncScreen", "The data files of the units under this one: each is checked first (nothing is written), then imported when you press Import.")
            received = QCoreApplication.translate("SyncScreen", "Received from the units so far:")
        else:
            intro = QCoreApplication.translate("SyncScreen", "Files from the upper level: its decisions on your reports (approved, or returned for correction) and, on a new computer, the restore file. Criteria updates are taken in the “Legal access standard” screen.")
            received = QCoreApplication.translate("SyncScreen", "Received from the upper level so far:")
        for column in range(4, 10):  # a commune receives decisions, not records: no record counts
            self.import_table.setColumnHidden(column, not upper)
        self.receive_intro = QLabel(intro, page)
        self.receive_intro.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.receive_intro)
        layout.addLayout(row)
        layout.addWidget(self.import_table, 2)
        layout.addWidget(self.import_status)
        layout.addWidget(QLabel(received, page))
        layout.addWidget(self.received_table, 1)
        self.decide_button = QPushButton(QCoreApplication.translate("SyncScreen", "&Approve / return…"), page)
        self.decide_button.setToolTip(QCoreApplication.translate("SyncScreen", "Approve the selected unit's last period, or return it for correction"))
        self.decide_button.clicked.connect(self._on_decide_clicked)
        self.send_decisions_button = QPushButton(QCoreApplication.translate("SyncScreen", "Send &decisions to the unit…"), page)
        self.send_decisions_button.setToolTip(QCoreApplication.translate("SyncScreen", "Write a signed file with the decisions on the selected unit, to send it down"))
        self.send_decisions_button.clicked.connect(self._on_send_decisions_clicked)
        self.send_restore_button = QPushButton(QCoreApplication.translate("SyncScreen", "Send the unit its data &back…"), page)
        self.send_restore_button.setToolTip(QCoreApplication.translate("SyncScreen", "For a unit that lost or replaced its computer: a signed file with every data file received from it, to restore its records"))
        self.send_restore_button.clicked.connect(self._on_send_restore_clicked)
        self.restore_button = QPushButton(QCoreApplication.translate("SyncScreen", "Restore data from the upper &level…"), page)
        self.restore_button.setToolTip(QCoreApplication.translate("SyncScreen", "On a new or reinstalled computer: take this unit's records back from the restore file the upper level sent"))
        self.restore_button.clicked.connect(self._on_restore_clicked)
        for button in (self.decide_button, self.send_decisions_button, self.send_restore_button):
            button.setVisible(upper)
        self.restore_button.setVisible(not upper)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.restore_button)
        decide_row.addStretch(1)
        decide_row.addWidget(self.send_restore_button)
        decide_row.addWidget(self.decide_button)
        decide_row.addWidget(self.send_decisions_button)
        layout.addLayout(decide_row)
        return page

    def _build_trust_tab(self) -> QWidget:
        page = QWidget(self)
        self.trust_table = _table([QCoreApplication.translate("SyncScreen", "Unit"), QCoreApplication.translate("SyncScreen", "Status"), QCoreApplication.translate("SyncScreen", "Enrolled"), QCoreApplication.translate("SyncScreen", "Valid until"), QCoreApplication.translate("SyncScreen", "Fingerprint")], page)
        self.unit_edit = QLineEdit(page)
        self.unit_edit.setPlaceholderText("05443")
        self.unit_edit.setMaximumWidth(120)
        self.unit_edit.textChanged.connect(self._on_unit_changed)
        self.unit_name_label = QLabel(page)
        self.fp_edit = QLineEdit(page)
        self.fp_edit.setPlaceholderText(QCoreApplication.translate("SyncScreen", "13 groups of 5 from the signed enrolment sheet, or scan its QR code"))
        self.fp_edit.returnPressed.connect(self._on_fp_return)
        self.qr_label = QLabel(page)
        self.qr_label.setWordWrap(True)
        self.rotate_check = QCheckBox(QCoreApplication.translate("SyncScreen", "Replaces the unit's current &key"), page)
        self.old_key_combo = QComboBox(page)  # what happens to the old computer's key: asked, never assumed
        self.old_key_combo.addItem(QCoreApplication.translate("SyncScreen", "— choose what happened to the old computer —"), None)
        self.old_key_combo.addItem(QCoreApplication.translate("SyncScreen", "The old computer is still with the unit: keep reading the files it already wrote"), "keep")
        self.old_key_combo.addItem(QCoreApplication.translate("SyncScreen", "The old computer is gone (lost, broken, stolen): revoke its key"), "revoke")
        self.old_key_combo.setEnabled(False)
        self.rotate_check.toggled.connect(self.old_key_combo.setEnabled)
        self.trust_button = QPushButton(QCoreApplication.translate("SyncScreen", "&Trust this key"), page)
        self.trust_button.clicked.connect(self._on_trust_clicked)
        self.revoke_button = QPushButton(QCoreApplication.translate("SyncScreen", "Re&voke selected key…"), page)
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        form = QFormLayout()
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit_edit)
        unit_row.addWidget(self.unit_name_label, 1)
        form.addRow(QCoreApplication.translate("SyncScreen", "&Unit code:"), unit_row)
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.unit_edit)
        form.addRow(QCoreApplication.translate("SyncScreen", "&Fingerprint:"), self.fp_edit)
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.fp_edit)
        form.addRow("", self.qr_label)
        form.addRow("", self.rotate_check)
        form.addRow(QCoreApplication.translate("SyncScreen", "&Old computer:"), self.old_key_combo)
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.old_key_combo)
        row = QHBoxLayout()
        row.addWidget(self.trust_button)
        row.addStretch(1)
        row.addWidget(self.revoke_button)
        if read_service.is_upper(self.ctx.workspace):
            intro = QCoreApplication.translate("SyncScreen", "Enrol each unit's key from its signed and stamped enrolment sheet: a unit's data files are accepted only then.")
        else:  # a commune enrols one key: its upper level's, whose decisions and restore file it takes
            intro = QCoreApplication.translate("SyncScreen", "Enrol the upper level's key here, from its signed and stamped enrolment sheet: its decisions and restore file are accepted only then.")
            upper_code = self.ctx.workspace.settings.get("province_code", "")
            if upper_code:
                self.unit_edit.setPlaceholderText(upper_code)
        self.trust_intro = QLabel(intro, page)
        self.trust_intro.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.trust_intro)
        layout.addWidget(self.trust_table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        return page

    def _build_conflict_tab(self) -> QWidget:
        page = QWidget(self)
        self.conflict_table = _table(
            [QCoreApplication.translate("SyncScreen", "No."), QCoreApplication.translate("SyncScreen", "Table"), QCoreApplication.translate("SyncScreen", "Unit"), QCoreApplication.translate("SyncScreen", "Record"), QCoreApplication.translate("SyncScreen", "Differs in"), QCoreApplication.translate("SyncScreen", "Mine"), QCoreApplication.translate("SyncScreen", "Theirs"), QCoreApplication.translate("SyncScreen", "Found")], page
        )
        self.keep_button = QPushButton(QCoreApplication.translate("SyncScreen", "&Keep mine"), page)
        self.keep_button.clicked.connect(self._on_keep_clicked)
        self.take_button = QPushButton(QCoreApplication.translate("SyncScreen", "Take &theirs"), page)
        self.take_button.clicked.connect(self._on_take_clicked)
        self.conflict_note = QLabel(QCoreApplication.translate("SyncScreen", "Two different versions of the same revision arrived (a restored backup or a second computer). The current version stays until you choose."), page)
        self.conflict_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.conflict_note)
        layout.addWidget(self.conflict_table, 1)
        layout.addLayout(row)
        return page

    # -- refresh ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.ctx.workspace
        info = key_service.key_info(ws)
        if info is None:
            self.key_label.setText(QCoreApplication.translate("SyncScreen", "This installation has no signing key yet. Create one before exporting."))
            self.passphrase_edit.setEnabled(False)
        else:
            self.key_label.setText(QCoreApplication.translate("SyncScreen", "Signing key fingerprint: %1").replace("%1", info.fingerprint))
            self.passphrase_edit.setEnabled(info.encrypted)
        self.create_key_button.setVisible(info is None)
        self.import_key_button.setVisible(info is None)
        self.export_button.setEnabled(info is not None)
        self._fill_trust(key_service.trust_list(ws))
        self._fill_conflicts(bundle_service.list_conflicts(ws))
        self._fill_received(bundle_service.received(ws))
        self.decision_banner.refresh(ws)

    def _fill_trust(self, rows: list[key_service.TrustRow]) -> None:
        status = {"active": QCoreApplication.translate("SyncScreen", "in use"), "retired": QCoreApplication.translate("SyncScreen", "replaced"), "revoked": QCoreApplication.translate("SyncScreen", "revoked")}
        self.trust_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row.unit_code, status.get(row.status, row.status), _ddmmyyyy(row.enrolled_at), _ddmmyyyy(row.ends_at), row.checked or row.fingerprint]
            for c, value in enumerate(values):
                item = _item(value)
                item.setData(Qt.ItemDataRole.UserRole, (row.unit_code, row.fingerprint))
                if c == 0 and row.unit_name:
                    item.setToolTip(row.unit_name)
                self.trust_table.setItem(r, c, item)

    def _fill_conflicts(self, rows: list[dict]) -> None:
        self.conflict_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [
                row["id"], table_label(row["table_name"]), row["owner_unit"], _conflict_title(row),
                ", ".join(field_label(row["table_name"], f) for f in row["fields"]),
                _version_text(row, "mine"), _version_text(row, "theirs"), _ddmmyyyy(row["detected_at"]),
            ]  # fmt: skip
            holder = row["mine"].get("owner", "")
            collision = holder not in ("", row["owner_unit"])  # an id two units claim (app.services.collisions)
            if collision:
                values[2] = f"{row['owner_unit']} / {holder}"
            for c, value in enumerate(values):
                item = _item(value)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                if collision and c == 2:
                    item.setToolTip(QCoreApplication.translate(
                        "SyncScreen", "Record id collision: the stored record belongs to unit %1, the other version "
                        "comes from unit %2. Keep mine leaves it with unit %1; take theirs gives it to unit %2."
                    ).replace("%1", holder).replace("%2", row["owner_unit"]))  # fmt: skip
                self.conflict_table.setItem(r, c, item)
        has = bool(rows)
        self.keep_button.setEnabled(has)
        self.take_button.setEnabled(has)
        self.tabs.setTabText(3, QCoreApplication.translate("SyncScreen", "&Conflicts") + (f" ({len(rows)})" if rows else ""))

    def _fill_received(self, rows: list[dict]) -> None:
        ws = self.ctx.workspace
        upper = read_service.is_upper(ws)
        self.received_table.setColumnHidden(6, not upper)
        self.received_table.setRowCount(len(rows))
        decided: dict[str, dict[str, approval_service.Decision]] = {}  # per period (the records hash is computed only where needed)
        for r, row in enumerate(rows):
            period = (row.get("last_periods") or [""])[0]
            if upper and period and period not in decided:
                try:
                    decided[period] = approval_service.decisions_for_period(ws, period)
                except AppError:  # a period id this version does not read
                    decided[period] = {}
            decision = decided.get(period, {}).get(row["unit_code"])
            name = read_service.unit_name(ws, row["unit_code"])
            values = [row["unit_code"], name if name != row["unit_code"] else "", row["bundles"], row["last_seq"], _ddmmyyyy(row["last_imported_at"]), ", ".join(map(str, row["gaps"])) or "—", received_decision_text(decision, period), row.get("sent_by") or ""]
            for c, value in enumerate(values):
                item = _item(value, c in (2, 3))
                item.setData(Qt.ItemDataRole.UserRole, (row["unit_code"], (row.get("last_periods") or [""])[0]))
                if c == 5:
                    item.setToolTip(numbering_text(row))
                self.received_table.setItem(r, c, item)
        self.decide_button.setEnabled(bool(rows))
        self.send_decisions_button.setEnabled(bool(rows))
        self.send_restore_button.setEnabled(bool(rows))

    # -- export -------------------------------------------------------------------------------------
    def selected_period(self) -> Period:
        kind, index = self.kind_combo.currentData()
        return Period(self.year_spin.value(), kind, index)

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("SyncScreen", "Save the data file to"), self.out_edit.text())
        if folder:
            self.out_edit.setText(folder)

    @Slot()
    def _on_create_key_clicked(self) -> None:
        text, ok = QInputDialog.getText(self, QCoreApplication.translate("SyncScreen", "Signing key"), QCoreApplication.translate("SyncScreen", "Choose a passphrase: a short sentence, or at least 8 characters mixing letters with digits or spaces:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        again, ok = QInputDialog.getText(self, QCoreApplication.translate("SyncScreen", "Signing key"), QCoreApplication.translate("SyncScreen", "Type the passphrase again:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        if again != text:
            QMessageBox.warning(self, QCoreApplication.translate("SyncScreen", "Signing key"), QCoreApplication.translate("SyncScreen", "The two passphrases differ; nothing was created."))
            return
        self.create_key(text)

    @Slot()
    def _on_import_key_clicked(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("SyncScreen", "Choose the key backup"), str(Path.home()), QCoreApplication.translate("SyncScreen", "Key backups (*.pem)"))
        if not file:
            return
        text, ok = QInputDialog.getText(self, QCoreApplication.translate("SyncScreen", "Signing key"), QCoreApplication.translate("SyncScreen", "Passphrase of the key backup (empty if it has none):"), QLineEdit.EchoMode.Password)
        if ok:
            self.import_key(Path(file), text or None)

    def import_key(self, path: Path, passphrase: str | None) -> Job:
        """Take a key backup as this installation's signing key, in a worker thread (opening it takes a moment)."""
        self.import_key_button.setEnabled(False)
        job = Job(key_service.import_key, path, passphrase, open_workspace=self.ctx.open_workspace)
        job.signals.succeeded.connect(self._on_key_created)
        job.signals.failed.connect(self._on_key_failed)
        self.last_job = job
        job.start(write=True)
        return job

    def create_key(self, passphrase: str | None) -> Job:
        """Make the signing key in a worker thread (scrypt takes a moment), as the set-up wizard does."""
        self.create_key_button.setEnabled(False)
        job = Job(key_service.create_key, passphrase, open_workspace=self.ctx.open_workspace)
        job.signals.succeeded.connect(self._on_key_created)
        job.signals.failed.connect(self._on_key_failed)
        self.last_job = job
        job.start(write=True)
        return job

    @Slot(object)
    def _on_key_created(self, info: key_service.KeyInfo) -> None:
        self.key = info
        self.create_key_button.setEnabled(True)
        self.import_key_button.setEnabled(True)
        self.refresh()

    @Slot(object)
    def _on_key_failed(self, exc: object) -> None:
        self.create_key_button.setEnabled(True)
        self.import_key_button.setEnabled(True)
        if isinstance(exc, BaseException):
            show_error(self, exc)

    @Slot()
    def _on_export_clicked(self) -> None:
        self.start_export(self.selected_period(), Path(self.out_edit.text()), self.passphrase_edit.text() or None)

    def start_export(self, period: Period, out_dir: Path, passphrase: str | None) -> Any:
        self.export_result.clear()
        return self._run(
            bundle_service.export_bundle, period.id, out_dir, passphrase,
            title=QCoreApplication.translate("SyncScreen", "Writing the signed data file…"), write=True, done=self._on_export_done,
        )  # fmt: skip

    @Slot(object)
    def _on_export_done(self, result: dict) -> None:
        self.last_export = result
        self.passphrase_edit.clear()
        c = result["counts"]
        self.export_result.setText(
            QCoreApplication.translate("SyncScreen", "Done and checked: %1\n%2 activities, %3 reporters, %4 attachments. Key fingerprint: %5")
            .replace("%1", result["path"]).replace("%2", str(c["activities"])).replace("%3", str(c["reporters"]))
            .replace("%4", str(c["attachments"])).replace("%5", result["fingerprint"])
            + relay_export_text(result)
        )  # fmt: skip

    # -- import -------------------------------------------------------------------------------------
    @Slot()
    def _on_choose_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, QCoreApplication.translate("SyncScreen", "Choose data files"), str(Path.home()), QCoreApplication.translate("SyncScreen", "PBGDPL data files (*.pbgdpl);;All files (*)"))
        if files:
            self.start_preview([Path(f) for f in files])

    def start_preview(self, files: list[Path]) -> Any:
        """Dry-run every file first: nothing is written until the officer presses Import."""
        self.preview_files = list(files)
        self.import_button.setEnabled(False)
        return self._run(
            bundle_service.import_many, self.preview_files, dry_run=True,
            title=QCoreApplication.translate("SyncScreen", "Checking the data files…"), write=False, done=self._on_preview_done,
        )  # fmt: skip

    @Slot(object)
    def _on_preview_done(self, results: list[FileOutcome]) -> None:
        self._show_results(results, preview=True)
        importable = [r for r in results if r.ok and _needs_import(r.report)]
        self.import_button.setEnabled(bool(importable))
        self.import_status.setText(
            QCoreApplication.translate("SyncScreen", "Preview only, nothing written yet: %1 of %2 file(s) can be imported.").replace("%1", str(len(importable))).replace("%2", str(len(results)))
        )

    @Slot()
    def _on_import_clicked(self) -> None:
        self.start_import()

    def start_import(self) -> Any:
        files = [Path(r.file) for r in self.last_results if r.ok and _needs_import(r.report)]
        self.import_button.setEnabled(False)
        return self._run(
            bundle_service.import_many, files, dry_run=False,
            title=QCoreApplication.translate("SyncScreen", "Importing the data files…"), write=True, done=self._on_import_done,
        )  # fmt: skip

    @Slot(object)
    def _on_import_done(self, results: list[FileOutcome]) -> None:
        # the selection stays whole in the table: the files imported now, and those the preview refused or found
        # already here (chosen twice, imported before), with their reasons
        done = {r.file: r for r in results}
        whole = [done.get(r.file, r) if r.ok and _needs_import(r.report) else r for r in self.last_results] or results
        whole += [r for r in results if r.file not in {w.file for w in whole}]
        self._show_results(whole, preview=False)
        imported = sum(1 for r in results if r.ok and not r.report.already_imported)
        here = sum(1 for r in whole if r.ok and r.report.already_imported)
        refused = sum(1 for r in whole if not r.ok)
        self.import_status.setText(
            QCoreApplication.translate("SyncScreen", "%1 file(s) imported, %2 already here (nothing to do), %3 refused; each report is kept with a copy of the file.")
            .replace("%1", str(imported)).replace("%2", str(here)).replace("%3", str(refused))
        )  # fmt: skip
        self.refresh()
        self.data_changed.emit()

    def _show_results(self, results: list[FileOutcome], preview: bool) -> None:
        self.last_results = results
        self.import_table.setRowCount(len(results))
        for r, res in enumerate(results):
            name = res.name
            if res.error is not None:
                values = [name, "", "", "", "", "", "", "", "", "", f"{res.error.code}: {message_for(res.error)}"]
            else:
                rep = res.report
                if rep.kind == "decisions":
                    result = "; ".join(
                        QCoreApplication.translate("SyncScreen", "%1: approved").replace("%1", d["period"]) if d["decision"] == "approved"
                        else QCoreApplication.translate("SyncScreen", "%1: returned (%2)").replace("%1", d["period"]).replace("%2", d["reason"])
                        for d in rep.decisions
                    )  # fmt: skip
                elif rep.already_imported:
                    result = (
                        QCoreApplication.translate("SyncScreen", "already imported on %1; nothing to do").replace("%1", _ddmmyyyy(rep.already_imported.at))
                        if rep.already_imported.at
                        else QCoreApplication.translate("SyncScreen", "the same file as %1, chosen twice; imported once").replace("%1", Path(rep.already_imported.file).name)
                    )  # fmt: skip
                    result += relayed_text(rep, preview)
                else:
                    result = QCoreApplication.translate("SyncScreen", "can be imported") if preview else QCoreApplication.translate("SyncScreen", "imported")
                    if rep.sequence_gaps:
                        result += " · " + QCoreApplication.translate("SyncScreen", "missing no. %1").replace("%1", ", ".join(map(str, rep.sequence_gaps)))
                    notes = rep.catalog_notes  # a catalog version not known here: said in the screen's language
                    result += "".join(f" · {catalog_note_text(n)}" for n in notes)
                    said = {n.text() for n in notes}
                    result += "".join(f" · {w}" for w in rep.warnings if w not in said)
                    result += "".join(" · " + QCoreApplication.translate("SyncScreen", "%1 changed after approval: approve it again").replace("%1", p) for p in rep.changed_after_approval)
                    result += relayed_text(rep, preview)
                values = [name, rep.source_unit, rep.seq, ", ".join(rep.periods), rep.total("new"), rep.total("updated"), rep.total("deleted"), rep.total("unchanged"), rep.total("stale"), rep.total("conflicts"), result]
            for c, value in enumerate(values):
                item = _item(value, 4 <= c <= 9)
                if res.error is not None and c == len(values) - 1:
                    item.setToolTip(res.error.message)  # the program's own words, for the technical reader
                self.import_table.setItem(r, c, item)
        self._on_import_row_changed()

    def selected_import_report(self):
        """The report of the selected row of the import table (the first readable one when no row is selected), or None."""
        results = getattr(self, "last_results", None) or []
        readable = [r if r.error is None and r.report.kind != "decisions" else None for r in results]
        row = self.import_table.currentRow()
        if 0 <= row < len(readable) and readable[row] is not None:
            return readable[row].report
        return next((r.report for r in readable if r is not None), None) if row < 0 else None

    def _on_import_row_changed(self) -> None:
        self.records_button.setEnabled(self.selected_import_report() is not None)
        self.enrol_button.setVisible(self.refused_for_key() is not None)

    def refused_for_key(self) -> AppError | None:
        """The selected row's refusal when it is an unknown key's (else the first such row when none is selected)."""
        results = getattr(self, "last_results", None) or []
        untrusted = [r.error if not r.ok and r.error.code == "E-BUNDLE-UNTRUSTED" and r.error.details.get("fingerprint") else None for r in results]
        row = self.import_table.currentRow()
        if 0 <= row < len(untrusted):
            return untrusted[row]
        return next((e for e in untrusted if e is not None), None)

    def _on_enrol_clicked(self) -> None:
        error = self.refused_for_key()
        if error is not None:
            self.prepare_enrolment(error)

    def prepare_enrolment(self, error: AppError) -> None:
        """Open the trust tab filled from a refused file: its unit, its key's whole fingerprint, who it says sent
        it, and what to compare before trusting (never a command line)."""
        d = error.details
        self.tabs.setCurrentIndex(2)
        self.unit_edit.setText(str(d.get("unit", "")))
        self.fp_edit.setText(key_service.checked_fingerprint(str(d["fingerprint"])))
        replaces = bool(d.get("enrolled"))
        self.rotate_check.setChecked(replaces)
        text = (
            QCoreApplication.translate("SyncScreen", "From the refused file: unit %1 (%2), sent by %3. Compare this fingerprint group by group with the unit's signed enrolment sheet; trust the key only if every group is the same.")
            .replace("%1", str(d.get("unit", ""))).replace("%2", str(d.get("unit_name") or "—")).replace("%3", str(d.get("officer") or "—"))
        )  # fmt: skip
        if replaces:
            text += "\n" + QCoreApplication.translate("SyncScreen", "The unit is enrolled with another key (%1): this key replaces it; say what became of the old computer.").replace("%1", str(d["enrolled"]))
        self.qr_label.setText(text)
        self.fp_edit.setFocus()

    def _on_records_clicked(self) -> None:
        from app.gui.record_changes import RecordChangesDialog

        report = self.selected_import_report()
        if report is not None:
            RecordChangesDialog(report, self).exec()

    # -- approve / return (upper level) ---------------------------------------------------------------
    def selected_received(self) -> tuple[str, str] | None:
        """(unit, last period) of the selected row of the received list, else of its first row."""
        row = self.received_table.currentRow()
        if row < 0 and self.received_table.rowCount():
            row = 0
        item = self.received_table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @Slot()
    def _on_decide_clicked(self) -> None:
        chosen = self.selected_received()
        if chosen is not None and open_approval_dialog(self, self.ctx, *chosen) is not None:
            self.refresh()

    @Slot()
    def _on_send_decisions_clicked(self) -> None:
        chosen = self.selected_received()
        if chosen is None:
            return
        result = ask_and_send_decisions(self, self.ctx, chosen[0])
        if result is not None:
            self.import_status.setText(decisions_sent_text(result))

    def send_decisions(self, unit: str, out_dir: Path, passphrase: str | None) -> dict | None:
        """Write the signed decision file for ``unit`` into ``out_dir``; the result, or None (the error is shown)."""
        result = send_decisions(self, self.ctx, unit, out_dir, passphrase)
        if result is not None:
            self.import_status.setText(decisions_sent_text(result))
        return result

    # -- restore (khôi phục dữ liệu từ cấp trên) ------------------------------------------------------------
    def _on_send_restore_clicked(self) -> None:
        chosen = self.selected_received()
        if chosen is None:
            return
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("SyncScreen", "Save the restore file to"), str(self.ctx.paths.exports))
        passphrase = ask_passphrase(self, self.ctx) if folder else False
        if passphrase is not False:
            self.send_restore(chosen[0], Path(folder), passphrase)

    def send_restore(self, unit: str, out_dir: Path, passphrase: str | None = None) -> dict | None:
        """Write the signed restore file of ``unit`` into ``out_dir``; the result, or None (the error is shown)."""
        from app.services import restore as restore_service

        try:
            result = restore_service.export_restore(self.ctx.workspace, unit, out_dir, passphrase)
        except AppError as exc:
            show_error(self, exc)
            return None
        self.import_status.setText(
            QCoreApplication.translate("SyncScreen", "Restore file for %1 written: %2 (%3 data files). Send it to the unit; it takes it with \"Restore data from the upper level\".")
            .replace("%1", read_service.unit_name(self.ctx.workspace, unit)).replace("%2", result["path"]).replace("%3", str(result["bundles"]))
        )  # fmt: skip
        return result

    def _on_restore_clicked(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("SyncScreen", "Choose the restore file from the upper level"), str(Path.home()), QCoreApplication.translate("SyncScreen", "pbgdpl data files (*.pbgdpl)"))
        if file:
            self.restore_from(Path(file))

    def restore_from(self, path: Path) -> object | None:
        """Take this unit's records back from a restore file; the result, or None (the error is shown)."""
        from app.services import restore as restore_service

        try:
            result = restore_service.import_restore(self.ctx.workspace, path)
        except AppError as exc:
            show_error(self, exc)
            return None
        self.import_status.setText(
            QCoreApplication.translate("SyncScreen", "Restored from the upper level: %1 records added, %2 updated to a newer revision, %3 already here. The next data file will be no. %4.")
            .replace("%1", str(result.added)).replace("%2", str(result.replaced)).replace("%3", str(result.kept)).replace("%4", str(result.next_seq))
        )  # fmt: skip
        self.refresh()
        self.data_changed.emit()
        return result

    # -- trust ----------------------------------------------------------------------------------------
    @Slot()
    def _on_trust_clicked(self) -> None:
        self.trust(self.unit_edit.text(), self.fp_edit.text(), self.rotate_check.isChecked())

    @Slot(str)
    def _on_unit_changed(self, text: str) -> None:
        """Show the catalog name of the unit code typed, so a wrong code is seen before enrolling."""
        code = text.strip()
        if not code:
            self.unit_name_label.clear()
            return
        name = key_service.unit_name(code)
        self.unit_name_label.setText(name or QCoreApplication.translate("SyncScreen", "(not in the unit catalog: check the code)"))

    @Slot()
    def _on_fp_return(self) -> None:
        """A keyboard-emulating QR scanner types the sheet's line and Enter: fill the unit and the fingerprint."""
        self.fill_from_scan(self.fp_edit.text())

    def fill_from_scan(self, text: str) -> bool:
        """Fill unit code and fingerprint from a scanned enrolment QR line; False (and a message) when the line
        is not one, is damaged, or names another unit than the one already typed."""
        if not key_service.looks_like_qr(text):
            return False
        try:
            given = key_service.read_trust_input(self.unit_edit.text(), qr=text)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        self.unit_edit.setText(given.unit_code)
        self.fp_edit.setText(given.shown)
        self.qr_label.setText(
            QCoreApplication.translate("SyncScreen", "From the QR code: unit %1 (%2), officer %3. Check them against the signed sheet, then trust the key.")
            .replace("%1", given.unit_code)
            .replace("%2", given.unit_name or QCoreApplication.translate("SyncScreen", "not in the unit catalog"))
            .replace("%3", given.qr_officer or "—")
        )
        return True

    def confirm_unchecked(self, given: key_service.TrustInput) -> bool:
        """An old sheet's fingerprint has no check characters: ask the officer to compare it twice."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SyncScreen", "Fingerprint without check characters"),
            QCoreApplication.translate("SyncScreen", "This fingerprint has 52 characters, from an older enrolment sheet without check characters, so a wrong character cannot be detected.\n\nUnit %1 (%2)\n%3\n\nCompare it group by group with the signed sheet twice. Trust this key?")
            .replace("%1", given.unit_code)
            .replace("%2", given.unit_name or QCoreApplication.translate("SyncScreen", "not in the unit catalog"))
            .replace("%3", key_service.grouped_fingerprint(given.fingerprint)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def trust(self, unit: str, fingerprint: str, rotate: bool = False) -> key_service.TrustChange | None:
        try:
            given = key_service.read_trust_input(unit, fingerprint)
            if not given.checked and not self.confirm_unchecked(given):
                return None
            old_key = self.old_key_combo.currentData() if rotate else None
            if rotate and old_key is None:
                self.old_key_combo.setFocus()
                raise AppError(QCoreApplication.translate("SyncScreen", "Choose what happened to the unit's old computer: is it still with the unit, or gone (lost, broken, stolen)?"))
            result = key_service.trust_key(self.ctx.workspace, unit, fingerprint, rotate=rotate, old_key=old_key)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return None
        self.unit_edit.clear()
        self.fp_edit.clear()
        self.qr_label.clear()
        self.rotate_check.setChecked(False)
        self.old_key_combo.setCurrentIndex(0)
        self.refresh()
        return result

    @Slot()
    def _on_revoke_clicked(self) -> None:
        row = self.trust_table.currentRow()
        if row < 0:
            return
        unit, fp = self.trust_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        reason, ok = QInputDialog.getText(self, QCoreApplication.translate("SyncScreen", "Revoke key"), QCoreApplication.translate("SyncScreen", "Revoke key %1 of unit %2? No file it signed will be accepted any more. Reason:").replace("%1", fp[:14] + "…").replace("%2", unit))
        if ok:
            self.revoke(unit, fp, reason)

    def revoke(self, unit: str, fingerprint: str, reason: str = "") -> key_service.TrustChange | None:
        try:
            result = key_service.revoke_key(self.ctx.workspace, unit, fingerprint, reason)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return None
        self.refresh()
        return result

    # -- conflicts ------------------------------------------------------------------------------------
    def _selected_conflict(self) -> int | None:
        row = self.conflict_table.currentRow()
        if row < 0 and self.conflict_table.rowCount() == 1:
            row = 0
        return self.conflict_table.item(row, 0).data(Qt.ItemDataRole.UserRole) if row >= 0 else None

    @Slot()
    def _on_keep_clicked(self) -> None:
        cid = self._selected_conflict()
        if cid is not None:
            self.resolve(cid, "mine")

    @Slot()
    def _on_take_clicked(self) -> None:
        cid = self._selected_conflict()
        if cid is not None:
            self.resolve(cid, "theirs")

    def resolve(self, conflict_id: int, choice: str) -> dict | None:
        try:
            result = bundle_service.resolve_conflict(self.ctx.workspace, conflict_id, choice)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return None
        self.refresh()
        self.data_changed.emit()
        return result

    # -- jobs -------------------------------------------------------------------------------------------
    def _run(self, fn, *args, title: str, write: bool, done, **kwargs) -> Job:
        job = Job(fn, *args, open_workspace=self.ctx.open_workspace, **kwargs)
        job.signals.succeeded.connect(done)
        self.last_job = job
        ProgressDialog.run(job, title, parent=self, write=write)
        return job
