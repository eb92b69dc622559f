"""The crash dialog: an unexpected error (a bug), with the log file's place and the details to send.

Its own module so that start-up does not build the dialog classes it uses (``errors.show_crash`` imports it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class CrashDialog(QDialog):
    """An unexpected error: apologise, say where the log is, offer to copy the details or open the folder."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PBGDPL: unexpected error"))
        self.log_file = log_file
        text = self.tr(
            "PBGDPL met an unexpected problem. Your saved data is safe; the change you were making may not have been saved.\n"
            "Please close this window, then try again. If it happens again, send the log file to technical support."
        )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        where = QLabel(self.tr("Log file: {path}").format(path=str(log_file) if log_file else self.tr("(no log file)")), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._on_copy_clicked)
        if log_file is not None:
            folder = buttons.addButton(self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole)
            folder.clicked.connect(self._on_open_folder_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def _on_open_folder_clicked(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))
