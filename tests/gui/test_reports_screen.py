"""The "Báo cáo và in" screen: preview, save PDF/.xlsx, print to a PDF printer."""

from __future__ import annotations

import shutil
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
    screen.preview_button.click()
    _wait_output(qtbot, screen)
    assert screen.output.pages >= 2
    if shutil.which("pdftoppm"):
        pixmap = screen.pages.pixmap()
        assert not pixmap.isNull()
        # A4 pages at 60 dpi are about 702 px tall: the picture holds every page
        assert pixmap.height() >= screen.output.pages * 690
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
    if not shutil.which("pdftoppm"):
        pytest.skip("printing renders pages with poppler's pdftoppm")
    from PySide6.QtPrintSupport import QPrinter

    screen.preview_button.click()
    _wait_output(qtbot, screen)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert screen.print_to(printer) == screen.output.pages
    assert out.stat().st_size > 0


def test_signer_name_is_kept_in_the_settings(qtbot, screen):
    from app.services import printing

    screen.signer_name.setText("Trần Văn Đức")
    screen.signer_name.editingFinished.emit()
    assert printing.document_settings(screen.ctx.workspace)["doc_signer_name"] == "Trần Văn Đức"
