"""PBGDPL funding: the year's budget (the annual plan's kinh phí) against the activities' cost, spending split by
form and by target group adding up to the total, and the share spent on the priority groups (Luật PBGDPL
Điều 17–22); the report as PDF (pdftotext) and .xlsx (openpyxl)."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import openpyxl
import pytest

from app.core.funding import split, summarise
from app.core.models import Activity
from app.core.plans import Plan
from app.services import funding as svc
from app.services import logbook
from app.services import plans as plan_svc
from app.services.read import Scope


def test_split_keeps_the_total():
    assert split(100_001, ["A", "B", "C"]) == {"A": 33_335, "B": 33_333, "C": 33_333}
    assert sum(split(7, ["A", "A", "B"]).values()) == 7
    assert split(5, []) == {}


def _log(ws):
    acts = [
        Activity(date=date(2026, 3, 8), title="Phổ biến pháp luật cho đồng bào", forms=["TRUC_TIEP"], target_groups=["DTTS_VUNG_KHO"], cost=3_000_000),
        Activity(date=date(2026, 4, 2), title="Tập huấn và phát tài liệu", forms=["TAP_HUAN", "TAI_LIEU"], target_groups=["NHAN_DAN", "KHUYET_TAT"], cost=1_000_001),
        Activity(date=date(2026, 6, 9), title="Phát thanh", forms=["LOA"], cost=500_000),
        Activity(date=date(2026, 7, 1), title="Thi tìm hiểu", forms=["THI"], target_groups=["HOC_SINH"]),  # no cost
        Activity(date=date(2025, 12, 30), title="Năm trước", forms=["LOA"], target_groups=["DTTS_VUNG_KHO"], cost=9_000_000),
    ]  # fmt: skip
    for a in acts:
        logbook.save_activity(ws, a)
    return acts


def test_funding_of_a_year(workspace):
    ws = workspace
    _log(ws)
    plan_svc.save_plan(ws, Plan(number="05/KH-UBND", date=date(2026, 1, 10), year_from=2026, year_to=2026, budget=10_000_000))
    f = svc.funding(ws, Scope.own(ws), 2026)
    assert (f.budget, f.spent, f.activities, f.paid_activities) == (10_000_000, 4_500_001, 4, 3)
    assert f.remaining == 5_499_999 and f.used_share == pytest.approx(0.4500001)
    assert sum(f.by_form.values()) == f.spent == sum(f.by_group.values())
    assert f.by_form == {"TRUC_TIEP": 3_000_000, "TAP_HUAN": 500_001, "TAI_LIEU": 500_000, "LOA": 500_000}
    assert f.by_group == {"DTTS_VUNG_KHO": 3_000_000, "NHAN_DAN": 500_001, "KHUYET_TAT": 500_000, "": 500_000}
    # the priority share: whole activities reaching a group of Điều 17–22 (DTTS: Điều 17, khuyết tật: Điều 20)
    assert (f.priority_cost, f.priority_activities) == (4_000_001, 2)
    assert f.priority_share == pytest.approx(4_000_001 / 4_500_001)
    none = svc.funding(ws, Scope.own(ws), 2024)
    assert (none.budget, none.spent, none.priority_share, none.used_share) == (0, 0, None, None)


def test_summarise_ignores_nothing_it_is_given(workspace):
    f = summarise(2026, [Activity(date=date(2026, 1, 1), forms=["LOA"], cost=10)], workspace.catalogs)
    assert f.spent == 10 and f.by_group == {"": 10} and f.priority_share == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_funding_report_pdf_and_xlsx(workspace, tmp_path):
    ws = workspace
    _log(ws)
    plan_svc.save_plan(ws, Plan(number="05/KH-UBND", date=date(2026, 1, 10), year_from=2026, year_to=2026, budget=10_000_000))
    pdf = tmp_path / "kinh-phi.pdf"
    pdf.write_bytes(svc.render_funding_report(ws, Scope.own(ws), 2026, "pdf"))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "KINH PHÍ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026" in text.upper()
    assert "10.000.000" in text and "4.500.001" in text
    assert "4.000.001 (88,9% tổng chi; 2 hoạt động)" in text
    assert "Không ghi đối tượng" in text and "(*)" in text
    wb = openpyxl.load_workbook(io.BytesIO(svc.render_funding_report(ws, Scope.own(ws), 2026, "xlsx")))
    rows = [[c.value for c in r] for r in wb["Kinh phí"].iter_rows()]
    totals = [r for r in rows if r[0] == "Tổng cộng"]
    assert [r[1] for r in totals] == [4_500_001, 4_500_001]  # by form and by group add up to the total spent
    assert any(r[0] and str(r[0]).endswith("(*)") and r[1] == 3_000_000 for r in rows)
