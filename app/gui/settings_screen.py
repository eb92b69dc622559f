"""SettingsScreen: interface language, data folder, backups (make, list, restore) and About."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.gui.context import GuiContext
from app.gui.errors import show_error
from app.gui.formatting import format_count
from app.gui.i18n import save_language, saved_language, user_settings
from app.gui.jobs import Job, ProgressDialog
from app.gui.widgets import heading
from app.services import backups

log = logging.getLogger("app.gui")
DATA_DIR_KEY = "data_dir"


def _make_backup(db_file: Path, folder: Path, clock) -> Path:
    return backups.make_backup(db_file, folder, clock)


def _size_text(size: int) -> str:
    """A size as the officer reads it: KB below 1 MB, MB with one decimal below 1 GB, else GB."""
    if size < 1 << 20:
        return f"{format_count(max(1, size // 1024))} KB"
    if size < 1 << 30:
        return f"{size / (1 << 20):.1f} MB".replace(".", ",")
    return f"{size / (1 << 30):.1f} GB".replace(".", ",")


class SettingsScreen(QWidget):
    """Preferences and maintenance of this installation."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        # Language
        self.language = QComboBox(self)
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        self.language_note = QLabel(self)
        self.language_note.setWordWrap(True)
        language_box = QGroupBox(self.tr("Language"), self)
        lf = QFormLayout(language_box)
        lf.addRow(self.tr("Interface &language:"), self.language)
        lf.addRow(self.language_note)
        # Data folder
        self.folder = QLabel(str(ctx.paths.data), self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Open the folder"), self)
        self.change_folder = QPushButton(self.tr("Use another data folder…"), self)
        folder_box = QGroupBox(self.tr("Data folder"), self)
        fl = QVBoxLayout(folder_box)
        fl.addWidget(self.folder)
        fr = QHBoxLayout()
        fr.addWidget(self.open_folder)
        fr.addWidget(self.change_folder)
        fr.addStretch(1)
        fl.addLayout(fr)
        # Officer in charge (a hand-over, or a corrected spelling)
        values = ctx.workspace.settings
        self.officer = QLineEdit(values.get("officer", ""), self)
        self.officer.setObjectName("officer")
        self.officer_title = QLineEdit(values.get("officer_title", ""), self)
        self.officer_title.setObjectName("officer_title")
        self.officer_title.setPlaceholderText(self.tr("e.g. Công chức Tư pháp - Hộ tịch"))
        self.save_officer = QPushButton(self.tr("Save the &officer"), self)
        self.officer_note = QLabel(self)
        self.officer_note.setWordWrap(True)
        officer_box = QGroupBox(self.tr("Officer in charge"), self)
        of = QFormLayout(officer_box)
        of.addRow(self.tr("&Name:"), self.officer)
        of.addRow(self.tr("&Title:"), self.officer_title)
        of.addRow(self.save_officer, self.officer_note)
        # Backups
        self.backups = QTableWidget(0, 4, self)
        self.backups.setObjectName("backupTable")
        self.backups.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Kind"), self.tr("Size"), self.tr("File")])
        for col in (0, 1, 2):
            self.backups.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.backups.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups.verticalHeader().setVisible(False)
        self.backups.setMinimumHeight(self.fontMetrics().height() * 7)
        self.backup_now = QPushButton(self.tr("&Make a backup now"), self)
        self.restore = QPushButton(self.tr("&Restore the selected backup…"), self)
        backup_box = QGroupBox(self.tr("Backups"), self)
        self.no_backups = QLabel(
            self.tr("No backup yet. PBGDPL makes one by itself before each import of bundles or spreadsheets, "
                    "each catalog update, each restore and each upgrade, and once a day when it closes; "
                    "click \u201cMake a backup now\u201d to keep one of today's data."),
            self,
        )  # fmt: skip
        self.no_backups.setObjectName("noBackups")
        self.no_backups.setWordWrap(True)
        self.no_backups.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.backup_total = QLabel(self)
        self.backup_total.setObjectName("backupTotal")
        self.backup_total.setWordWrap(True)
        bl = QVBoxLayout(backup_box)
        bl.addWidget(self.no_backups)
        bl.addWidget(self.backups, 1)
        bl.addWidget(self.backup_total)
        br = QHBoxLayout()
        br.addWidget(self.backup_now)
        br.addWidget(self.restore)
        br.addStretch(1)
        bl.addLayout(br)
        # About
        self.about = QLabel(self)
        self.about.setObjectName("about")
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about_box = QGroupBox(self.tr("About PBGDPL"), self)
        about_layout = QVBoxLayout(about_box)
        about_layout.addWidget(self.about)
        about_layout.addStretch(1)  # the text at the top, as in any other box

        body = QWidget(self)
        grid = QVBoxLayout(body)
        grid.addWidget(heading(self.tr("Settings"), self))
        top = QHBoxLayout()
        top.addWidget(language_box, 1)
        top.addWidget(folder_box, 2)
        grid.addLayout(top)
        grid.addWidget(officer_box)
        lower = QHBoxLayout()
        lower.addWidget(backup_box, 3)
        lower.addWidget(about_box, 2)
        grid.addLayout(lower, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra Tab stop between the fields and the buttons
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        self.change_folder.clicked.connect(self._on_change_folder_clicked)
        self.backup_now.clicked.connect(self.make_backup)
        self.restore.clicked.connect(self.restore_selected)
        self.save_officer.clicked.connect(self.store_officer)
        self.refresh()

    @Slot()
    def store_officer(self) -> bool:
        """Save the officer's name and title (printed on reports, signed into the audit log)."""
        from app.services.setup import set_officer

        try:
            set_officer(self.ctx.workspace, self.officer.text(), self.officer_title.text())
        except Exception as exc:  # noqa: BLE001  shown at the error boundary
            show_error(self, exc)
            return False
        values = self.ctx.workspace.settings
        self.officer.setText(values.get("officer", ""))
        self.officer_title.setText(values.get("officer_title", ""))
        self.officer_note.setText(self.tr("Saved."))
        shown = getattr(self.window(), "show_officer", None)  # the main window's status bar names the officer
        if shown is not None:
            shown(values.get("officer", ""))
        self._fill_about()
        return True

    def refresh(self) -> None:
        self._fill_backups()
        self._fill_about()

    # -- language -------------------------------------------------------------------------------------------
    @Slot(int)
    def _on_language_changed(self, _index: int) -> None:
        save_language(self.language.currentData())
        self.language_note.setText(self.tr("The new language is used the next time PBGDPL starts."))

    # -- data folder ----------------------------------------------------------------------------------------------
    @Slot()
    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data)))

    @Slot()
    def _on_change_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), str(self.ctx.paths.data.parent))
        if folder:
            self.set_data_folder(Path(folder))

    def set_data_folder(self, folder: Path) -> None:
        """Remember ``folder`` for the next start (``--data-dir`` and PBGDPL_DATA_DIR still take precedence)."""
        settings = user_settings()
        settings.setValue(DATA_DIR_KEY, str(folder))
        settings.sync()
        QMessageBox.information(
            self,
            self.tr("Data folder"),
            self.tr("PBGDPL will use {folder} the next time it starts. A new folder is set up by the first-run wizard.").format(
                folder=str(folder)
            ),
        )

    # -- backups ------------------------------------------------------------------------------------------------
    def _fill_backups(self) -> None:
        items = backups.list_backups(self.ctx.paths.backups)
        self.backups.setRowCount(len(items))
        for row, info in enumerate(items):
            cells = (
                info.modified.strftime("%d/%m/%Y %H:%M"),
                self._kind_text(backups.backup_kind(info.path)),
                _size_text(info.size),
                info.path.name,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(info.path))
                item.setToolTip(str(info.path))
                self.backups.setItem(row, col, item)
        self.restore.setEnabled(bool(items))
        total, cap = backups.total_size(items)
        self.backup_total.setText(
            self.tr("{count} copies, {total} together; automatic copies are kept for 7 days, 5 weeks and 12 months, "
                    "and the oldest are deleted when all copies pass {cap}. Your own copies are never deleted.").format(
                count=format_count(len(items)), total=_size_text(total), cap=_size_text(cap))
        )  # fmt: skip
        self.backup_total.setVisible(bool(items))
        self.no_backups.setVisible(not items)
        self.backups.setVisible(bool(items))
        if items:
            self.backups.selectRow(0)

    @Slot()
    def make_backup(self) -> Job:
        """Copy the database into backups/ off the GUI thread; the list refreshes when it is done."""
        ws = self.ctx.workspace
        self.job = Job(_make_backup, ws.paths.db_file, ws.paths.backups, ws.clock)
        self.job.signals.succeeded.connect(self._on_backup_succeeded)
        ProgressDialog.run(self.job, self.tr("Making a backup…"), parent=self, write=True)
        return self.job

    @Slot(object)
    def _on_backup_succeeded(self, path: object) -> None:
        self._fill_backups()
        log.info("backup made: %s", path)

    def _kind_text(self, kind: str) -> str:
        return {
            "manual": self.tr("Made by you"),
            "daily": self.tr("Daily (on closing)"),
            "before-import": self.tr("Before an import"),
            "before-catalog-update": self.tr("Before a catalog update"),
            "before-restore": self.tr("Data before a restore"),
            "before-migration": self.tr("Before an upgrade"),
        }.get(kind, self.tr("Other"))

    def _losses_text(self, backup: Path) -> str:
        """What the current data has that ``backup`` lacks, in words (records per kind, bundles)."""
        try:
            lost = backups.what_restore_loses(self.ctx.workspace, backup)
        except Exception:  # noqa: BLE001 - the restore itself checks the copy and says what is wrong
            log.warning("could not compare with %s", backup, exc_info=True)
            return ""
        names = {
            "activities": self.tr("activities"), "reporters": self.tr("reporters"), "attachments": self.tr("attached files"),
            "plans": self.tr("plans"), "plan_tasks": self.tr("plan tasks"), "trainings": self.tr("trainings"),
            "assessments": self.tr("assessments"), "assessment_answers": self.tr("assessment answers"),
            "bundle_imports": self.tr("bundles received"), "bundle_exports": self.tr("bundles sent"),
        }  # fmt: skip
        parts = [f"{names.get(t, t)}: {format_count(n)}" for t, n in lost.items() if n]
        if not parts:
            return self.tr("The current data holds nothing that this backup lacks.")
        return self.tr("Lost by the restore (entered after this backup): {items}.").format(items=", ".join(parts))

    def selected_backup(self) -> Path | None:
        row = self.backups.currentRow()
        item = self.backups.item(row, 0) if row >= 0 else None
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    @Slot()
    def restore_selected(self) -> bool:
        """Replace the database with the selected backup after confirmation; PBGDPL then closes."""
        backup = self.selected_backup()
        if backup is None:
            return False
        answer = QMessageBox.warning(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace all current data with the backup {name}? Everything entered after that backup will be "
                "replaced. A copy of the current data is kept in the backups folder first. PBGDPL closes afterwards."
            ).format(name=backup.name)
            + "\n\n" + self._losses_text(backup),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        ws = self.ctx.workspace
        from app.gui.jobs import wait_for_jobs

        wait_for_jobs()
        try:
            safety = backups.restore_backup(ws, backup)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            QMessageBox.information(self, self.tr("Restore a backup"), self.tr("PBGDPL closes now; open it again."))
            QApplication.quit()
            return False
        QMessageBox.information(
            self,
            self.tr("Restore a backup"),
            self.tr("The backup was restored (the previous data was saved as {name}). PBGDPL closes now; open it again.").format(
                name=safety.name
            ),
        )
        QApplication.quit()
        return True

    # -- about --------------------------------------------------------------------------------------------------
    def _fill_about(self) -> None:
        ws = self.ctx.workspace
        values = ws.settings
        fingerprint = self.tr("(no signing key yet)")
        try:
            from app.services import keys

            info = keys.key_info(ws)
            if info:
                fingerprint = info.fingerprint
        except Exception as exc:  # noqa: BLE001  About must always open
            log.info("key fingerprint unavailable: %s", exc)
        self.about.setText(
            "\n".join(
                [
                    self.tr("PBGDPL {version}: offline log of legal dissemination and education.").format(version=__version__),
                    self.tr("Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later)."),
                    self.tr("Unit: {unit} ({code})").format(unit=values.get("unit_name", ""), code=values.get("unit_code", "")),
                    self.tr("Officer: {officer}").format(officer=values.get("officer", "")),
                    self.tr("Signing key fingerprint:"),
                    fingerprint,
                ]
            )
        )
