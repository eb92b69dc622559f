"""FirstRunWizard: choose the mode and the unit (searchable, accents ignored), the officer, and make the
installation's signing key, whose fingerprint is shown at the end.

The key is made by a ``app.gui.jobs.Job`` off the GUI thread (scrypt and the key file take a moment on a slow
laptop); the last page shows a busy bar and Finish waits until the key is there.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.text import clean, fold
from app.gui.errors import message_for, show_error
from app.gui.jobs import Job
from app.services import setup, units
from app.services.workspace import Workspace

log = logging.getLogger("app.gui")
MODES = ("commune", "province", "district")


class UnitPage(QWizardPage):
    """Mode (commune, province, district) and the unit itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which unit does this computer serve?"))
        self.setSubTitle(self.tr("Commune mode keeps the log of one commune; upper mode receives the communes' data."))
        self.mode_group = QButtonGroup(self)
        self.modes: dict[str, QRadioButton] = {}
        texts = {
            "commune": self.tr("Commune, ward or special zone (commune mode)"),
            "province": self.tr("Provincial Department of Justice (upper mode)"),
            "district": self.tr("District office where one still exists (upper mode)"),
        }
        for mode in MODES:
            button = QRadioButton(texts[mode], self)
            self.mode_group.addButton(button)
            self.modes[mode] = button
        self.modes["commune"].setChecked(True)
        self.province = QComboBox(self)
        self.province.setEditable(False)
        self.province.addItem(self.tr("— Choose a province or city —"), None)  # no province chosen for the user
        for unit in units.provinces():
            self.province.addItem(unit.name, unit.code)
        self.province_names = {unit.code: unit.name for unit in units.provinces()}
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type part of the name, accents not needed (e.g. phan dinh phung)"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list_hint = QLabel(self)  # why the list is empty, or that it holds other provinces' communes too
        self.list_hint.setObjectName("listHint")
        self.list_hint.setWordWrap(True)
        self.district_code = QLineEdit(self)
        self.district_name = QLineEdit(self)
        self.district_code.setPlaceholderText(self.tr("Code given by the province"))
        self.district_name.setPlaceholderText(self.tr("e.g. Phòng Tư pháp huyện …"))
        form = QFormLayout()
        form.addRow(self.tr("&Province:"), self.province)
        form.addRow(self.tr("&Search:"), self.search)
        form.addRow(self.list)
        form.addRow(self.list_hint)
        form.addRow(self.tr("District &code:"), self.district_code)
        form.addRow(self.tr("District &name:"), self.district_name)
        layout = QVBoxLayout(self)
        for button in self.modes.values():
            layout.addWidget(button)
        layout.addLayout(form, 1)
        self.mode_group.buttonToggled.connect(self._on_mode_toggled)
        self.province.currentIndexChanged.connect(self._fill)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.district_code.textChanged.connect(self.completeChanged)
        self.district_name.textChanged.connect(self.completeChanged)
        self._on_mode_toggled()

    def mode(self) -> str:
        return next(m for m, b in self.modes.items() if b.isChecked())

    @Slot()
    def _on_mode_toggled(self, *_args) -> None:
        mode = self.mode()
        self.search.setEnabled(mode == "commune")
        self.list.setEnabled(mode == "commune")
        self.district_code.setEnabled(mode == "district")
        self.district_name.setEnabled(mode == "district")
        self._fill()

    @Slot()
    def _fill(self, *_args) -> None:
        """List the communes of the chosen province that match the search; with a search, those of every other
        province too (each with its province: choosing one fills the province in)."""
        chosen = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.blockSignals(True)  # clearing moves the current row item by item: no province change meanwhile
        try:
            self._refill(chosen)
        finally:
            self.list.blockSignals(False)
        self.completeChanged.emit()

    def _refill(self, chosen: str | None) -> None:
        self.list.clear()
        self.list_hint.clear()
        if self.mode() != "commune":
            return
        text = self.search.text()
        province = self.province.currentData()
        here = units.communes_of(province) if province and not fold(text) else units.find_communes(text, province) if province else []
        elsewhere = [u for u in units.find_communes(text) if u.province_code != province] if fold(text) else []
        for unit in here:
            self._add(unit, unit.name)
        for unit in elsewhere:
            self._add(unit, f"{unit.name} — {self.province_names.get(unit.province_code, unit.province_code)}")
        if not province and not fold(text):
            self.list_hint.setText(self.tr("Choose the province or city, or type the name of the commune to find it in every province."))
        elif not here and not elsewhere:
            self.list_hint.setText(
                self.tr("No commune, ward or special zone has \u201c{text}\u201d in its name or code, in any province. "
                        "Type fewer letters, or the unit's code.").format(text=clean(text))
            )  # fmt: skip
        elif province and not here:
            self.list_hint.setText(
                self.tr("Not in {province}; found in other provinces (choosing one changes the province):").format(
                    province=self.province.currentText()
                )
            )
        elif elsewhere:
            self.list_hint.setText(self.tr("Also found in other provinces (choosing one changes the province)."))
        match = next((self.list.item(i) for i in range(self.list.count()) if self.list.item(i).data(Qt.ItemDataRole.UserRole) == chosen), None)
        if match is not None:
            self.list.setCurrentItem(match)
        elif fold(text) and here:  # the first match in the province chosen (one elsewhere is chosen by the user)
            self.list.setCurrentItem(self.list.item(0))

    def _add(self, unit, label: str) -> None:
        item = QListWidgetItem(label, self.list)
        item.setData(Qt.ItemDataRole.UserRole, unit.code)
        item.setData(Qt.ItemDataRole.UserRole + 1, unit.province_code)
        item.setData(Qt.ItemDataRole.UserRole + 2, unit.name)

    @Slot(str)
    def _filter(self, _text: str) -> None:
        self._fill()

    @Slot()
    def _on_list_current_item_changed(self, current=None, *_args) -> None:
        if current is not None and current.data(Qt.ItemDataRole.UserRole + 1) != self.province.currentData():
            code = current.data(Qt.ItemDataRole.UserRole)
            self.province.setCurrentIndex(self.province.findData(current.data(Qt.ItemDataRole.UserRole + 1)))  # refills
            found = next((self.list.item(i) for i in range(self.list.count()) if self.list.item(i).data(Qt.ItemDataRole.UserRole) == code), None)
            if found is not None:
                self.list.setCurrentItem(found)
        self.completeChanged.emit()

    def unit(self) -> tuple[str, str, str]:
        """(level, code, name) of the choice; empty code when incomplete."""
        mode = self.mode()
        if mode == "commune":
            item = self.list.currentItem()
            if item is None or item.isHidden():
                return "commune", "", ""
            return "commune", item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 2)
        if mode == "province":
            code = self.province.currentData() or ""
            return "province", code, self.province.currentText() if code else ""
        return "district", clean(self.district_code.text()), clean(self.district_name.text())

    def isComplete(self) -> bool:
        _level, code, name = self.unit()
        return bool(code and name)


class OfficerPage(QWizardPage):
    """The officer's name and title, and the passphrase that protects the signing key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who keeps the records?"))
        self.setSubTitle(self.tr("The officer's name is printed on reports. The signing key proves that data sent upward comes from this unit."))
        self.officer = QLineEdit(self)
        self.officer.setPlaceholderText("Nguyễn Thị Hường")
        self.officer_title = QLineEdit(self)
        self.officer_title.setPlaceholderText(self.tr("e.g. Công chức Tư pháp - Hộ tịch"))
        self.protect = QCheckBox(self.tr("Protect the signing key with a passphrase (recommended)"), self)
        self.protect.setChecked(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b71c1c;")
        form = QFormLayout(self)
        form.addRow(self.tr("Officer's &name:"), self.officer)
        form.addRow(self.tr("&Title:"), self.officer_title)
        form.addRow(self.protect)
        form.addRow(self.tr("&Passphrase (8+ characters):"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase:"), self.repeat)
        form.addRow(self.hint)
        for widget in (self.officer, self.passphrase, self.repeat):
            widget.textChanged.connect(self._on_changed)
        self.protect.toggled.connect(self._on_changed)

    @Slot()
    def _on_changed(self, *_args) -> None:
        self.passphrase.setEnabled(self.protect.isChecked())
        self.repeat.setEnabled(self.protect.isChecked())
        self.hint.setText(self.problem())
        self.completeChanged.emit()

    def problem(self) -> str:
        if not clean(self.officer.text()):
            return self.tr("Enter the officer's name.")
        if self.protect.isChecked():
            if len(self.passphrase.text()) < 8:
                return self.tr("The passphrase needs at least 8 characters. Write it down and keep it safe.")
            if self.passphrase.text() != self.repeat.text():
                return self.tr("The two passphrases differ: type them again.")
        return ""

    def isComplete(self) -> bool:
        return not self.problem()


class DonePage(QWizardPage):
    """Shows the unit and the key fingerprint, and says to print the enrolment sheet, sign and stamp it and send
    it to the upper level (which scans its QR code or types the checked fingerprint)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.fingerprint.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.fingerprint.setFont(font)
        self.fingerprint.setWordWrap(True)
        self.next_steps = QLabel(
            self.tr(
                "Next: print the enrolment sheet (button below), have it signed and stamped, and send it to the upper "
                "level. They scan its QR code or type the fingerprint from it; the last character of each group is a "
                "check character, so a typing mistake is refused. Do not read the fingerprint by phone."
            ),
            self,
        )
        self.next_steps.setObjectName("next_steps")
        self.next_steps.setWordWrap(True)
        self.sheet_button = QPushButton(self.tr("Save the &enrolment sheet (PDF)…"), self)
        self.sheet_button.setEnabled(False)
        self.sheet_label = QLabel(self)
        self.sheet_label.setWordWrap(True)
        self.busy_label = QLabel(self.tr("Creating the signing key… this can take a moment."), self)
        self.busy_label.setWordWrap(True)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # busy: the key service reports no steps
        self.busy = False
        self.set_busy(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.next_steps)
        layout.addWidget(self.sheet_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.busy


class FirstRunWizard(QWizard):
    """Set up a new data folder; ``ws.initialised`` is True after it is accepted."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("First start"))  # Qt adds the program's name
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.unit_page = UnitPage(self)
        self.officer_page = OfficerPage(self)
        self.done_page_sheet_saved: str = ""
        self.done_page = DonePage(self)
        self.done_page.sheet_button.clicked.connect(self._on_sheet_clicked)
        self.addPage(self.unit_page)
        self.addPage(self.officer_page)
        self.addPage(self.done_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # the set-up is written: nothing to cancel
        self.key: dict | None = None
        self.key_job: Job | None = None
        self._fit_to_screen(760, 560)

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The wanted size, but never larger than the screen (1366×768 at 150 % leaves 911×512)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - 20)
            height = min(height, room.height() - 50)  # the window's title bar and frame
        self.resize(width, height)

    def reject(self) -> None:
        if self.done_page.busy:  # the key is being written: let it finish (it takes seconds)
            return
        if self.ws.initialised:  # closed on the last page: the set-up stands, so this is Finish, not Cancel
            self.accept()
            return
        super().reject()

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.officer_page and not self.ws.initialised:
            return self._set_up()
        return super().validateCurrentPage()

    def _set_up(self) -> bool:
        level, code, name = self.unit_page.unit()
        page = self.officer_page
        try:
            unit = setup.initialise(
                self.ws, code, clean(page.officer.text()), level=level,
                officer_title=clean(page.officer_title.text()), unit_name=name if level == "district" else "",
                province=(self.unit_page.province.currentData() or "") if level == "district" else "",
            )  # fmt: skip
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        passphrase = page.passphrase.text() if page.protect.isChecked() else None
        self.done_page.summary.setText(
            self.tr("This computer now keeps the records of {unit} ({code}). Officer: {officer}.").format(
                unit=unit.name, code=unit.code, officer=clean(page.officer.text())
            )
            + "\n\n"
            + self.tr("Fingerprint of this installation's signing key, as the enrolment sheet prints it (13 groups of 5):")
        )
        self.done_page.fingerprint.clear()
        self.start_key_job(passphrase)
        return True

    def start_key_job(self, passphrase: str | None) -> Job | None:
        """Make the signing key in a worker thread; the done page is busy until it is there."""
        paths, clock = self.ws.paths, self.ws.clock
        job = Job(_create_key, passphrase, open_workspace=lambda: Workspace.open(paths, clock=clock))
        job.signals.succeeded.connect(self._on_key_job_succeeded)
        job.signals.failed.connect(self._on_key_job_failed)
        job.signals.finished.connect(self._on_key_job_finished)
        self.key_job = job
        self.done_page.set_busy(True)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        job.start(write=True)
        return job

    @Slot(object)
    def _on_key_job_succeeded(self, key: dict) -> None:
        self.key = key
        self.done_page.fingerprint.setText(key.fingerprint)
        self.done_page.sheet_button.setEnabled(True)

    @Slot()
    def _on_sheet_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        code = self.ws.settings.get("unit_code", "")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the enrolment sheet"), f"phieu-dang-ky-khoa-{code}.pdf", self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_sheet(path)

    def save_sheet(self, path: str) -> bool:
        """Write the enrolment sheet PDF (unit, officer, checked fingerprint, QR code) to ``path``."""
        from app.services.keys import save_enrolment_sheet

        try:
            self.done_page_sheet_saved = str(save_enrolment_sheet(self.ws, path))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        self.done_page.sheet_label.setText(self.tr("Enrolment sheet saved: %1").replace("%1", self.done_page_sheet_saved))
        return True

    @Slot(object)
    def _on_key_job_failed(self, exc: object) -> None:
        # the unit is set up; the key can be made again on the Send / receive data screen
        log.warning("signing key not created: %s", exc)
        self.done_page.fingerprint.setText(message_for(exc) if isinstance(exc, BaseException) else str(exc))

    @Slot()
    def _on_key_job_finished(self) -> None:
        self.done_page.set_busy(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)


def _create_key(ws: Workspace, passphrase: str | None) -> dict:
    """Worker-thread part of the wizard: the key pair, its encrypted file and its trust-list entry."""
    from app.services import keys

    return keys.create_key(ws, passphrase)
