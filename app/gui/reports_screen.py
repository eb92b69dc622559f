"""The "Báo cáo và in" screen: pick a document and a period, preview its pages, print, save PDF/.xlsx, sign."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QSpinBox,
    QVBoxLayout, QWidget,
)  # fmt: skip

from app.core.periods import Period
from app.gui.context import GuiContext
from app.gui.jobs import Job, ProgressDialog
from app.gui.unit_filter import UnitFilter
from app.services import period_texts, printing, read

log = logging.getLogger("app.gui")
SCREEN_DPI = 96  # 100 % zoom: the page at its printed size on an ordinary screen
PRINT_DPI = 200



def documents() -> list[tuple[str, str]]:
    """(kind, label) of the documents this screen lists (the enrolment sheet lives with the keys)."""
    return [
        ("summary", QCoreApplication.translate("ReportsScreen", "Report on PBGDPL results (báo cáo kết quả)")),
        ("activity-log", QCoreApplication.translate("ReportsScreen", "Activity log (sổ theo dõi)")),
        ("roster", QCoreApplication.translate("ReportsScreen", "List of reporters (danh sách BCV, TTV)")),
        ("roster-review", QCoreApplication.translate("ReportsScreen", "Review of reporters for the chairman (rà soát BCV, TTV)")),
    ]


def period_choices() -> list[tuple[str, str, int]]:
    """(label, kind, index) of the period picker."""
    out = [(QCoreApplication.translate("ReportsScreen", "Whole year"), "Y", 1), (QCoreApplication.translate("ReportsScreen", "First 6 months"), "H", 1), (QCoreApplication.translate("ReportsScreen", "Last 6 months"), "H", 2)]
    out += [(QCoreApplication.translate("ReportsScreen", "Quarter %1").replace("%1", str(q)), "Q", q) for q in range(1, 5)]
    return out


def open_pdf(data: bytes):
    """The document for rendering, read in this process by PDFium (pypdfium2: the engine QtPdf uses, which the
    PySide6 wheels do not ship); no external program, so preview and printing work in the shipped program."""
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(data)


def render_page(doc, index: int, dpi: float) -> QImage:
    """Page ``index`` (0-based) of ``doc`` as an image at ``dpi``; PDFium is not thread-safe: call it from one thread."""
    page = doc[index]
    try:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB(A) byte order, as QImage reads it
        try:
            fmt = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888
            return QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        finally:
            bitmap.close()
    finally:
        page.close()


ZOOMS = (("fit", 0), ("50 %", 50), ("75 %", 75), ("100 %", 100), ("125 %", 125), ("150 %", 150), ("200 %", 200))


class ReportsScreen(QWidget):
    """Documents on the left; period, actions and the page preview on the right."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.output: printing.ReportOutput | None = None
        self._pending_save: Path | None = None
        self.setObjectName("ReportsScreen")

        self.documents = QListWidget(self)
        self.documents.setObjectName("documents")
        # long Vietnamese names wrap instead of being cut; the width stays modest for 1366×768 at 150 %
        self.documents.setWordWrap(True)
        self.documents.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.documents.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents.setSpacing(3)
        self.documents.setFixedWidth(min(240, self.fontMetrics().averageCharWidth() * 28 + 16))
        for kind, label in documents():
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.documents.addItem(item)
        self.documents.setCurrentRow(0)
        self.documents.currentRowChanged.connect(self._on_documents_current_row_changed)

        today = ctx.workspace.today()
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QComboBox(self)
        for label, kind, index in period_choices():
            self.part.addItem(label, (kind, index))
        self.signer_name = QLineEdit(printing.document_settings(ctx.workspace).get("doc_signer_name", ""), self)
        self.signer_name.setPlaceholderText(self.tr("Name of the signer (Chủ tịch …)"))
        self.signer_name.editingFinished.connect(self._on_signer_name_editing_finished)
        self.unit_filter: UnitFilter | None = None
        if read.is_upper(ctx.workspace):  # an upper level reports on the units under it: all, or one
            self.unit_filter = UnitFilter(self)
            self.unit_filter.set_units(read.units_present(ctx.workspace))
            self.unit_filter.scopeChanged.connect(self._on_unit_changed)

        self.settings_button = QPushButton(self.tr("Agency, place, signer, recipients…"), self)
        self.settings_button.clicked.connect(self._on_settings_button_clicked)
        # the same dialog for the other documents, whose sections box is hidden
        self.settings_alone = QPushButton(self.tr("Agency, place, signer, recipients…"), self)
        self.settings_alone.clicked.connect(self._on_settings_button_clicked)
        # Sections II and III of the summary, kept with the period (app.services.period_texts)
        self.assessment = QPlainTextEdit(self)
        self.assessment.setObjectName("assessment")
        self.assessment.setPlaceholderText(self.tr("II. General assessment: results, limitations and their causes"))
        self.plans = QPlainTextEdit(self)
        self.plans.setObjectName("plans")
        self.plans.setPlaceholderText(self.tr("III. Tasks for the next period"))
        for box in (self.assessment, self.plans):
            box.setTabChangesFocus(True)
            box.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 10)
        self.blank = QCheckBox(self.tr("Dotted lines for an empty section (to write by hand)"), self)
        self.texts_box = QGroupBox(self.tr("Sections II and III of the report (kept with the period)"), self)
        texts = QVBoxLayout(self.texts_box)
        pair = QHBoxLayout()
        pair.addWidget(self.assessment)
        pair.addWidget(self.plans)
        texts.addLayout(pair)
        texts.addWidget(self.blank)
        texts.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignLeft)  # its own row: fits 1366×768 at 150 %
        self._texts_period: Period | None = None
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.pdf_button = QPushButton(self.tr("Save &PDF…"), self)
        self.xlsx_button = QPushButton(self.tr("Save &Excel…"), self)
        self.sign_button = QPushButton(self.tr("&Sign and save…"), self)
        for button, slot in ((self.preview_button, self._on_preview_button_clicked), (self.print_button, self._on_print_button_clicked),
                             (self.pdf_button, self._on_pdf_button_clicked), (self.xlsx_button, self._on_xlsx_button_clicked),
                             (self.sign_button, self._on_sign_button_clicked)):  # fmt: skip
            button.clicked.connect(slot)

        self.status = QLabel(self.tr("Choose a document and a period, then Preview."), self)
        self.status.setWordWrap(True)
        self.pages = QLabel(self)
        self.pages.setObjectName("pages")
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidget(self.pages)
        self._doc = None  # the current PDF opened for rendering (PDFium), or None
        self.prev_page = QPushButton("◀", self)
        self.prev_page.setToolTip(self.tr("Previous page (Page Up)"))
        self.prev_page.setAccessibleName(self.tr("Previous page"))
        self.next_page = QPushButton("▶", self)
        self.next_page.setToolTip(self.tr("Next page (Page Down)"))
        self.next_page.setAccessibleName(self.tr("Next page"))
        for button in (self.prev_page, self.next_page):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") + 24)
        self.page_no = QSpinBox(self)
        self.page_no.setMinimum(1)
        self.page_no.setAccessibleName(self.tr("Page"))
        self.zoom = QComboBox(self)
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, value in ZOOMS:
            self.zoom.addItem(self.tr("Fit width") if value == 0 else label, value)
        self.prev_page.clicked.connect(lambda: self.page_no.setValue(self.page_no.value() - 1))
        self.next_page.clicked.connect(lambda: self.page_no.setValue(self.page_no.value() + 1))
        self.page_no.valueChanged.connect(self._show_current_page)
        self.zoom.currentIndexChanged.connect(self._show_current_page)
        for keys, slot in (
            (QKeySequence.StandardKey.MoveToPreviousPage, self.prev_page.click),
            (QKeySequence.StandardKey.MoveToNextPage, self.next_page.click),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom.setCurrentIndex(min(self.zoom.currentIndex() + 1, self.zoom.count() - 1))),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom.setCurrentIndex(max(self.zoom.currentIndex() - 1, 0))),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        navigation = QHBoxLayout()
        navigation.addWidget(self.prev_page)
        navigation.addWidget(QLabel(self.tr("Page:"), self))
        navigation.addWidget(self.page_no)
        navigation.addWidget(self.next_page)
        navigation.addStretch(1)
        navigation.addWidget(QLabel(self.tr("Zoom:"), self))
        navigation.addWidget(self.zoom)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        top.addWidget(self.part)
        top.addWidget(QLabel(self.tr("Signer:"), self))
        top.addWidget(self.signer_name, 1)
        actions = QHBoxLayout()
        for b in (self.preview_button, self.print_button, self.pdf_button, self.xlsx_button, self.sign_button):
            actions.addWidget(b)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(top)
        if self.unit_filter is not None:  # a row of its own: the year and signer row is full at 150 %
            units = QHBoxLayout()
            units.addWidget(QLabel(self.tr("Unit:"), self))
            units.addWidget(self.unit_filter, 1)
            units.addStretch(1)
            right.addLayout(units)
        right.addLayout(actions)
        right.addWidget(self.texts_box)
        right.addWidget(self.settings_alone)
        right.addWidget(self.status)
        right.addLayout(navigation)
        right.addWidget(self.scroll, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.documents)
        layout.addLayout(right, 1)
        self.year.valueChanged.connect(self._on_period_changed)
        self.part.currentIndexChanged.connect(self._on_period_changed)
        self._load_texts()
        self._update_buttons()

    # -- state -----------------------------------------------------------------------------------------------
    def kind(self) -> str:
        item = self.documents.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "summary"

    def period(self) -> Period:
        kind, index = self.part.currentData()
        return Period(self.year.value(), kind, index)

    def scope(self) -> read.Scope:
        ws = self.ctx.workspace
        return self.unit_filter.scope(ws) if self.unit_filter is not None else read.default_scope(ws)

    def request(self, fmt: str = "pdf") -> printing.ReportRequest:
        if self.kind() == "summary":
            self.save_texts()  # the document reads sections II and III as kept with the period
        return printing.ReportRequest(self.kind(), self.period(), fmt, scope=self.scope())

    def save_texts(self) -> None:
        """Keep what sections II and III say for the period shown."""
        if self._texts_period is None:
            return
        texts = period_texts.PeriodTexts(self.assessment.toPlainText(), self.plans.toPlainText(), self.blank.isChecked())
        period_texts.save(self.ctx.workspace, self._texts_period, texts)

    def _load_texts(self) -> None:
        self._texts_period = self.period()
        kept = period_texts.load(self.ctx.workspace, self._texts_period)
        self.assessment.setPlainText(kept.assessment)
        self.plans.setPlainText(kept.plans)
        self.blank.setChecked(kept.blank)
        self.texts_box.setVisible(self.kind() == "summary")
        self.settings_alone.setVisible(self.kind() != "summary")

    @Slot()
    def _on_period_changed(self) -> None:
        self.save_texts()
        self._load_texts()

    @Slot()
    def _on_settings_button_clicked(self) -> None:
        DocumentSettingsDialog(self.ctx.workspace, self).exec()
        self.signer_name.setText(printing.document_settings(self.ctx.workspace).get("doc_signer_name", ""))

    def refresh(self) -> None:
        """Re-read the units present (after an import) for the unit filter."""
        if self.unit_filter is not None:
            self.unit_filter.blockSignals(True)
            self.unit_filter.set_units(read.units_present(self.ctx.workspace))
            self.unit_filter.blockSignals(False)

    @Slot()
    def _on_unit_changed(self) -> None:
        self.output = None
        self._clear_pages()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_pdf = self.output is not None and self.output.fmt == "pdf"
        self.print_button.setEnabled(has_pdf)
        pages = len(self._doc) if self._doc is not None else 0
        self.page_no.setMaximum(max(pages, 1))
        self.page_no.setSuffix(f" / {pages}" if pages else "")
        for widget in (self.page_no, self.zoom):
            widget.setEnabled(pages > 0)
        self.prev_page.setEnabled(pages > 0 and self.page_no.value() > 1)
        self.next_page.setEnabled(pages > 0 and self.page_no.value() < pages)

    def _start(self, req: printing.ReportRequest, sign=None) -> Job:
        job = Job(printing.produce, req, sign, open_workspace=self.ctx.open_workspace)  # pages: rendered here, on demand
        job.signals.succeeded.connect(self._on_job_succeeded)
        ProgressDialog.run(job, self.tr("Preparing the document…"), parent=self, write=False)
        return job

    # -- slots -------------------------------------------------------------------------------------------------
    @Slot(int)
    def _on_documents_current_row_changed(self, row: int) -> None:
        self.texts_box.setVisible(self.kind() == "summary")
        self.settings_alone.setVisible(self.kind() != "summary")
        self.output = None
        self._clear_pages()
        self._update_buttons()

    @Slot()
    def _on_signer_name_editing_finished(self) -> None:
        printing.save_document_settings(self.ctx.workspace, {"doc_signer_name": self.signer_name.text().strip()})

    @Slot()
    def _on_preview_button_clicked(self) -> None:
        self._pending_save = None
        self._start(self.request())

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        path = self._ask_path("pdf")
        if path:
            self._pending_save = path
            self._start(self.request("pdf"))

    @Slot()
    def _on_xlsx_button_clicked(self) -> None:
        path = self._ask_path("xlsx")
        if path:
            self._pending_save = path
            self._start(self.request("xlsx"))

    @Slot()
    def _on_sign_button_clicked(self) -> None:
        from app.reports.signing import Pkcs12Source, SignRequest

        p12, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate file"), "", self.tr("Certificates (*.p12 *.pfx)"))
        if not p12:
            return
        password, ok = QInputDialog.getText(self, self.tr("Certificate password"), self.tr("Password:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        path = self._ask_path("pdf")
        if path:
            self._pending_save = path
            self._start(self.request("pdf"), SignRequest(Pkcs12Source(Path(p12), password.encode("utf-8"))))

    @Slot(object)
    def _on_job_succeeded(self, result: object) -> None:
        output = result
        self.output = output
        if self._pending_save is not None and output.warning and not self._confirm_empty(output.warning):
            self._pending_save = None
            self.status.setText(self.tr("Not saved."))
        if self._pending_save is not None:
            printing.write_atomically(self._pending_save, output.data)
            self.status.setText(self.tr("Saved %1").replace("%1", str(self._pending_save)))
            self._pending_save = None
        if output.fmt == "pdf":
            self._show_pages(output)
        self._update_buttons()

    def _confirm_empty(self, warning: str) -> bool:
        """Ask before saving a document that says it has no received data (its text is Vietnamese already)."""
        answer = QMessageBox.warning(
            self,
            self.tr("Save"),
            self.tr("This report has no data received from any unit for its period:\n%1\n\nSave it anyway?").replace("%1", warning),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    @Slot()
    def _on_print_button_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.output is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    # -- helpers -----------------------------------------------------------------------------------------------
    def print_to(self, printer) -> int:
        """Paint every page of the current PDF on ``printer`` (each rendered at 200 dpi, one at a time, so a long
        document never holds all its pages in memory); returns the page count."""
        if self._doc is None:
            return 0
        painter = QPainter(printer)
        try:
            for i in range(len(self._doc)):
                if i:
                    printer.newPage()
                image = render_page(self._doc, i, PRINT_DPI)
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        finally:
            painter.end()
        return len(self._doc)

    def _ask_path(self, fmt: str) -> Path | None:
        name = printing.default_file_name(self.kind(), self.period(), fmt)
        start = str(self.ctx.paths.exports / name)
        filters = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Excel (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), start, filters)
        if not path:
            return None
        path = Path(path)
        return path if path.suffix.lower() == f".{fmt}" else path.with_suffix(f".{fmt}")

    def _clear_pages(self) -> None:
        self._doc = None
        self.pages.clear()
        self.pages.adjustSize()
        self._update_buttons()

    def _show_pages(self, output: printing.ReportOutput) -> None:
        """Open the new PDF for the preview and show its first page (or keep the page number shown before)."""
        self._doc = open_pdf(output.data)
        self._update_buttons()
        self._show_current_page()
        self.status.setText(self.tr("%1 page(s)").replace("%1", str(len(self._doc))))

    @Slot()
    def _show_current_page(self) -> None:
        """Render the chosen page at the chosen zoom ("fit width": the scroll area's width)."""
        self._update_buttons()
        if self._doc is None:
            return
        index = min(self.page_no.value(), len(self._doc)) - 1
        zoom = self.zoom.currentData() or 0
        if zoom:
            dpi = SCREEN_DPI * zoom / 100
        else:
            width_pt = self._doc.get_page_size(index)[0]
            dpi = max(24.0, (self.scroll.viewport().width() - 24) * 72 / width_pt)
        image = render_page(self._doc, index, dpi)
        framed = QImage(image.width() + 2, image.height() + 2, QImage.Format.Format_RGB32)
        framed.fill(Qt.GlobalColor.darkGray)
        painter = QPainter(framed)
        painter.drawImage(1, 1, image)
        painter.end()
        self.pages.setPixmap(QPixmap.fromImage(framed))
        self.pages.adjustSize()
        self.scroll.verticalScrollBar().setValue(0)


class DocumentSettingsDialog(QDialog):
    """The agency lines, issuer, place, signer and recipients every document prints (``doc_*`` settings)."""

    FIELDS = (
        ("doc_upper_agency", QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Superior agency (line 1):"), True),
        ("doc_issuing_unit", QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Issuing agency:"), True),
        ("doc_number_code", QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Number code (BC-UBND):"), False),
        ("doc_place", QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Place before the date:"), False),
        ("doc_signer_authority", QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Signing authority (TM., KT.):"), False),
        ("doc_signer_title", QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Signer's title:"), False),
        ("doc_signer_name", QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Signer's name:"), False),
        ("doc_recipients", QT_TRANSLATE_NOOP("DocumentSettingsDialog", "Recipients (one a line):"), True),
    )

    def __init__(self, ws, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Agency, place, signer and recipients"))
        form = QFormLayout(self)
        self.issuer = QComboBox(self)
        self.issuer.addItem(self.tr("The People's Committee (Ủy ban nhân dân)"), "ubnd")
        if ws.settings.get("level", "commune") != "commune":
            self.issuer.addItem(self.tr("The justice agency (Sở / Phòng Tư pháp)"), "agency")
        form.addRow(self.tr("Issued by:"), self.issuer)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key, label, multi in self.FIELDS:
            edit = QPlainTextEdit(self) if multi else QLineEdit(self)
            if multi:
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(self.fontMetrics().lineSpacing() * (4 if key == "doc_recipients" else 2) + 10)
            edit.setObjectName(key)
            self.edits[key] = edit
            form.addRow(QCoreApplication.translate("DocumentSettingsDialog", label), edit)
        self.defaults_button = QPushButton(self.tr("Restore the defaults"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        self._fill(printing.document_settings(ws))
        self.issuer.currentIndexChanged.connect(self._on_issuer_changed)

    def _fill(self, values: dict[str, str]) -> None:
        self.issuer.blockSignals(True)
        self.issuer.setCurrentIndex(max(0, self.issuer.findData(values.get("doc_issuer", "ubnd"))))
        self.issuer.blockSignals(False)
        for key, edit in self.edits.items():
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(values.get(key, ""))
            else:
                edit.setText(values.get(key, ""))

    def values(self) -> dict[str, str]:
        out = {"doc_issuer": self.issuer.currentData()}
        for key, edit in self.edits.items():
            out[key] = (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()).strip()
        return out

    @Slot(int)
    def _on_issuer_changed(self, _index: int) -> None:
        """Another issuer: its usual agency lines, signer and recipients (the signer's name and the place stay)."""
        keep = {k: self.values()[k] for k in ("doc_signer_name", "doc_place")}
        self._fill({**printing.default_document_settings(self.ws, self.issuer.currentData()), **keep})

    @Slot()
    def _on_defaults_clicked(self) -> None:
        self._fill(printing.default_document_settings(self.ws, printing.default_issuer(self.ws)))

    def accept(self) -> None:
        printing.save_document_settings(self.ws, self.values())
        super().accept()
