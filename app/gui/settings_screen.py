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
        self.backups = QTableWidget(0, 3, self)
        self.backups.setObjectName("backupTable")
        self.backups.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Size"), self.tr("File")])
        self.backups.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups.verticalHeader().setVisible(False)
        self.backups.setMinimumHeight(self.fontMetrics().height() * 7)
        self.backup_now = QPushButton(self.tr("&Make a backup now"), self)
        self.restore = QPushButton(self.tr("&Restore the selected backup…"), self)
        backup_box = QGroupBox(self.tr("Backups"), self)
        self.no_backups = QLabel(
            self.tr("No backup yet. PBGDPL keeps one before each change of its database's structure; "
                    "click \u201cMake a backup now\u201d to keep one of today's data."),
            self,
        )  # fmt: skip
        self.no_backups.setObjectName("noBackups")
        self.no_backups.setWordWrap(True)
        self.no_backups.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        bl = QVBoxLayout(backup_box)
        bl.addWidget(self.no_backups)
        bl.addWidget(self.backups, 1)
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
                f"{format_count(max(1, info.size // 1024))} KB",
                info.path.name,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(info.path))
                self.backups.setItem(row, col, item)
        self.restore.setEnabled(bool(items))
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
            ).format(name=backup.name),
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
