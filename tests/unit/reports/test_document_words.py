"""One thousands separator everywhere (totals included), Vietnamese file names, sheet names and PDF metadata."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from app.core.models import Activity
from app.core.periods import parse_period
from app.services import logbook, printing
from report_helpers import pdf_text


def produce(ws, kind: str, fmt: str = "pdf") -> bytes:
    from app.commands import run_job

    return run_job(printing.produce(ws, printing.ReportRequest(kind, parse_period("2026"), fmt, invariant=True))).data


def test_the_activity_log_totals_use_the_thousands_separator(filled_workspace):
    logbook.save_activity(filled_workspace, Activity(date=date(2026, 10, 2), title="Hội nghị lớn", forms=["TRUC_TIEP"],
                                                     participants=12_091, women=6_063, materials=13_252))  # fmt: skip
    pages = pdf_text(produce(filled_workspace, "activity-log"))
    whole, last = " ".join(" ".join(pages).split()), " ".join(pages[-1].split())
    assert "12.091 6.063 13.252" in whole  # the row
    assert "Tổng cộng: 5 hoạt động 12.556 6.343 13.752" in last  # the totals, never "12556"
    assert "12556" not in whole and "13752" not in whole


def test_pdf_metadata_in_vietnamese_sentence_case(filled_workspace):
    meta = PdfReader(io.BytesIO(produce(filled_workspace, "summary"))).metadata
    assert meta.title == "Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2026"
    assert meta.author == "Phường Phan Đình Phùng"
    roster = PdfReader(io.BytesIO(produce(filled_workspace, "roster"))).metadata
    assert roster.title == "Danh sách báo cáo viên pháp luật, tuyên truyền viên pháp luật"


def test_sheet_names_are_vietnamese(filled_workspace):
    assert load_workbook(io.BytesIO(produce(filled_workspace, "activity-log", "xlsx"))).sheetnames == ["Sổ theo dõi"]
    assert load_workbook(io.BytesIO(produce(filled_workspace, "roster", "xlsx"))).sheetnames == ["Danh sách"]
    assert load_workbook(io.BytesIO(produce(filled_workspace, "summary", "xlsx"))).sheetnames == ["Biểu 1", "Biểu 2", "Biểu 3", "Biểu 4"]


def test_default_file_names_are_vietnamese():
    assert printing.default_file_name("summary", parse_period("2026"), "pdf") == "bao-cao-tong-hop-2026.pdf"
    assert printing.default_file_name("activity-log", parse_period("2026-Q3"), "xlsx") == "so-theo-doi-2026-Q3.xlsx"
    assert printing.default_file_name("roster", parse_period("2026-H1"), "pdf") == "danh-sach-bcv-ttv-2026-H1.pdf"
