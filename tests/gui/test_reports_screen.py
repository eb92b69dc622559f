"""The "Báo cáo và in" screen: preview, save PDF/.xlsx, print to a PDF printer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit" / "reports"))

from report_helpers import make_log, pdf_text  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(qtbot, workspace):
    from app.gui.context import GuiContext
    from app.gui.reports_screen import ReportsScreen
    from app.services.workspace import Workspace

    make_log(workspace)
    ctx = GuiContext(workspace.paths, workspace, lambda: Workspace.open(workspace.paths, clock=workspace.clock))
    widget = ReportsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    widget.year.setValue(2026)
    return widget


def _wait_output(qtbot, screen, kind_fmt="pdf"):
    from app.gui.jobs import wait_for_jobs

    qtbot.waitUntil(lambda: screen.output is not None and screen.output.fmt == kind_fmt, timeout=30_000)
    wait_for_jobs()


def test_preview_shows_the_pages(qtbot, screen):
    """The pages are rendered inside the program (no external tool): page count, page turning and zoom."""
    screen.preview_button.click()
    _wait_output(qtbot, screen)
    pages = screen.output.pages
    assert pages >= 2 and screen.page_no.maximum() == pages and screen.page_no.suffix() == f" / {pages}"
    assert f"{pages} " in screen.status.text()
    first = screen.pages.pixmap().toImage()
    assert not first.isNull() and first.width() <= screen.scroll.viewport().width()  # "fit width" at first
    assert not screen.prev_page.isEnabled() and screen.next_page.isEnabled()
    screen.next_page.click()
    assert screen.page_no.value() == 2 and screen.pages.pixmap().toImage() != first
    screen.zoom.setCurrentIndex(screen.zoom.findData(100))
    at_100 = screen.pages.pixmap().width()
    screen.zoom.setCurrentIndex(screen.zoom.findData(200))
    assert abs(screen.pages.pixmap().width() - 2 * at_100) <= 4  # A4 at 96 dpi is 794 px wide; 200 % twice that
    assert abs(at_100 - 796) <= 4
    screen.page_no.setValue(pages)
    assert not screen.next_page.isEnabled()
    screen.zoom.setCurrentIndex(0)
    assert screen.print_button.isEnabled()
    screen.grab().save(str(Path(screen.ctx.paths.data) / "reports_screen.png"))


def test_save_pdf_and_xlsx(qtbot, screen, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    screen.documents.setCurrentRow(1)  # activity log
    target = tmp_path / "so.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    screen.pdf_button.click()
    _wait_output(qtbot, screen)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert "SỔ THEO DÕI" in pdf_text(target.read_bytes())[0]
    xlsx = tmp_path / "so.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(xlsx), "")))
    screen.xlsx_button.click()
    _wait_output(qtbot, screen, "xlsx")
    qtbot.waitUntil(xlsx.exists, timeout=10_000)


def test_print_to_a_pdf_printer(qtbot, screen, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    screen.preview_button.click()
    _wait_output(qtbot, screen)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert screen.print_to(printer) == screen.output.pages
    assert len(pdf_text(out.read_bytes())) == screen.output.pages  # one printed page per page


def test_signer_name_is_kept_in_the_settings(qtbot, screen):
    from app.services import printing

    screen.signer_name.setText("Trần Văn Đức")
    screen.signer_name.editingFinished.emit()
    assert printing.document_settings(screen.ctx.workspace)["doc_signer_name"] == "Trần Văn Đức"


def test_sections_two_and_three_are_written_here_and_kept_with_the_period(qtbot, screen):
    from app.core.periods import parse_period
    from app.services import period_texts

    assert screen.texts_box.isVisible()  # the summary is the first document
    screen.assessment.setPlainText("Công tác phổ biến được triển khai đồng bộ.")
    screen.plans.setPlainText("Tăng cường phổ biến Luật Đất đai.")
    screen.preview_button.click()
    _wait_output(qtbot, screen)
    whole = " ".join(" ".join(pdf_text(screen.output.data)).split())
    assert "II. ĐÁNH GIÁ CHUNG Công tác phổ biến được triển khai đồng bộ." in whole
    assert "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI Tăng cường phổ biến Luật Đất đai." in whole
    assert "....." not in whole
    ws = screen.ctx.workspace
    assert period_texts.load(ws, parse_period("2026")).assessment == "Công tác phổ biến được triển khai đồng bộ."
    screen.part.setCurrentIndex(3)  # another period: its own (empty) sections
    assert screen.assessment.toPlainText() == "" and screen.blank.isChecked()
    screen.part.setCurrentIndex(0)  # back to the year: what was written
    assert screen.plans.toPlainText() == "Tăng cường phổ biến Luật Đất đai."
    screen.documents.setCurrentRow(1)
    assert not screen.texts_box.isVisible()  # only the summary has these sections


def test_agency_place_signer_and_recipients_are_edited_here(qtbot, screen):
    from app.gui.reports_screen import DocumentSettingsDialog
    from app.services import printing

    dialog = DocumentSettingsDialog(screen.ctx.workspace, screen)
    qtbot.addWidget(dialog)
    assert dialog.issuer.count() == 1  # a ward issues as its People's Committee only
    assert dialog.edits["doc_place"].text() == "Phan Đình Phùng"
    dialog.edits["doc_place"].setText("Thái Nguyên")
    dialog.edits["doc_signer_name"].setText("Trần Văn Đức")
    dialog.edits["doc_recipients"].setPlainText("Sở Tư pháp tỉnh Thái Nguyên\nLưu: VT")
    dialog.accept()
    values = printing.document_settings(screen.ctx.workspace)
    assert values["doc_place"] == "Thái Nguyên" and values["doc_signer_name"] == "Trần Văn Đức"
    assert values["doc_recipients"] == "Sở Tư pháp tỉnh Thái Nguyên\nLưu: VT"
    again = DocumentSettingsDialog(screen.ctx.workspace, screen)
    qtbot.addWidget(again)
    again.defaults_button.click()
    assert again.edits["doc_place"].text() == "Phan Đình Phùng"


def test_a_province_chooses_its_issuer(qtbot, tmp_path, fixed_clock):
    from app.gui.reports_screen import DocumentSettingsDialog
    from app.paths import AppPaths
    from app.services import printing
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    ws = Workspace.open(AppPaths(tmp_path / "hn"), clock=fixed_clock)
    try:
        initialise(ws, "01", "Nguyễn Thị Hường", level="province")
        dialog = DocumentSettingsDialog(ws)
        qtbot.addWidget(dialog)
        assert dialog.edits["doc_issuing_unit"].toPlainText() == "Sở Tư pháp"
        dialog.issuer.setCurrentIndex(dialog.issuer.findData("ubnd"))
        assert dialog.edits["doc_issuing_unit"].toPlainText() == "Ủy ban nhân dân\nThành phố Hà Nội"
        assert dialog.edits["doc_place"].text() == "Hà Nội"
        dialog.accept()
        assert printing.issuer_of(ws) == "ubnd" and printing.reporting_subject(ws) == "Ủy ban nhân dân thành phố Hà Nội"
    finally:
        ws.close()
