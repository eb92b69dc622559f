"""RosterExportDialog: export the roster to Excel or CSV; personal data (date of birth, ID number, phone) is left
out unless the officer ticks the box, and the dialog says why (the same choice as ``--include-personal``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from app.gui.context import GuiContext
from app.gui.jobs import Job, ProgressDialog
from app.services import exporting, read


class RosterExportDialog(QDialog):
    """Ask whether to include personal data, then where to save; the file is written by a job."""

    exported = Signal(dict)  # the export's summary: path, format, records, personal

    def __init__(self, ctx: GuiContext, scope: read.Scope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.scope = ctx, scope
        self.job: Job | None = None
        self.summary: dict | None = None
        self.setWindowTitle(self.tr("Export the roster"))
        self.personal = QCheckBox(self.tr("Include &personal data (date of birth, ID number, phone)"), self)
        self.personal.setChecked(False)
        why = QLabel(self.tr(
            "Personal data is left out unless you need it, for example for a list the competent authority asks for. "
            "A file with dates of birth, ID numbers and phones must be kept safe and not passed around "
            "(Decree 13/2023/NĐ-CP on personal data protection). A file without them can still be imported "
            "again: the personal data stored here is kept."), self)  # fmt: skip
        why.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save as…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.personal)
        layout.addWidget(why)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def default_path(self) -> Path:
        stem = "danh-sach-bcv-ttv" + ("-co-du-lieu-ca-nhan" if self.personal.isChecked() else "")
        return self.ctx.paths.exports / f"{stem}.xlsx"

    @Slot()
    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the roster"), str(self.default_path()),
                                              self.tr("Excel files (*.xlsx);;CSV files (*.csv)"))  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Job:
        """Write the roster of the dialog's scope to ``path`` (.xlsx or .csv) in a job; the dialog closes when done."""
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        self.job = Job(exporting.export_file, "roster", path, scope=self.scope, include_personal=self.personal.isChecked(),
                       open_workspace=self.ctx.open_workspace)  # fmt: skip
        self.job.signals.succeeded.connect(self._on_job_succeeded)
        ProgressDialog.run(self.job, self.tr("Exporting the roster…"), parent=self, write=False)
        return self.job

    @Slot(object)
    def _on_job_succeeded(self, summary: dict) -> None:
        self.summary = summary
        self.exported.emit(summary)
        self.accept()
