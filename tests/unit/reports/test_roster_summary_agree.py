"""The roster PDF and the summary's Biểu 4, printed for the same data, count the same active reporters.

Both ask app.core.facts.reporter_state; this test reads the two PDFs back as a reader would.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from report_helpers import make_log, pdf_text

from app.core.models import Decision, Reporter
from app.core.periods import parse_period
from app.services import logbook, printing

# (kind, name, recognition, dismissal); dismissal numbers appear nowhere else in the documents
EXTRA = [
    ("ttv", "Lò Thị Mai", Decision("21/QĐ-UBND", dt.date(2024, 5, 6)), Decision("71/QĐ-UBND")),  # number, no date
    ("bcv", "Hoàng Văn Nam", Decision("22/QĐ-UBND", dt.date(2024, 5, 6)), Decision("83/QĐ-UBND", dt.date(2026, 3, 2))),
    ("ttv", "Vi Văn Sơn", Decision("23/QĐ-UBND", dt.date(2025, 1, 6)), Decision()),
    ("ttv", "Ma Thị Hoa", Decision("24/QĐ-UBND"), Decision()),  # recognised, date not known
    ("bcv", "Nông Văn Tú", Decision("25/QĐ-UBND", dt.date(2026, 10, 1)), Decision()),  # after 2026-H1
]
NAMES = {"Nguyễn Thị Hường": "bcv", "Đặng Văn Lợi": "ttv", **{name: kind for kind, name, _, _ in EXTRA}}
DISMISSALS = ("40/QĐ-UBND", "71/QĐ-UBND", "83/QĐ-UBND")


@pytest.fixture
def roster_workspace(workspace):
    make_log(workspace)
    for kind, name, recognition, dismissal in EXTRA:
        logbook.save_reporter(workspace, Reporter(
            kind=kind, full_name=name, recognition=recognition, dismissal=dismissal,
            dismissal_ground="TU_NGUYEN" if not dismissal.is_empty() else "",
        ))  # fmt: skip
    return workspace


def produce(ws, kind: str, period: str) -> str:
    from app.commands import run_job

    out = run_job(printing.produce(ws, printing.ReportRequest(kind, parse_period(period), invariant=True)))
    return "\n".join(pdf_text(out.data))


def roster_active(text: str) -> dict[str, int]:
    """Per kind: the people listed minus those listed with a dismissal decision."""
    bcv, ttv = text.split("II. TUYÊN TRUYỀN VIÊN PHÁP LUẬT")
    out = {}
    for kind, part in (("bcv", bcv), ("ttv", ttv)):
        listed = [n for n, k in NAMES.items() if k == kind and n in part]
        dismissed = [d for d in DISMISSALS if d in part]
        out[kind] = len(listed) - len(dismissed)
    return out


def summary_active(text: str) -> dict[str, int]:
    after = text.split("Đang hoạt động (đến cuối kỳ)", 1)[1]
    bcv, ttv = (int(x) for x in re.findall(r"\d+", after)[:2])
    return {"bcv": bcv, "ttv": ttv}


@pytest.mark.parametrize("period,expected", [
    ("2026", {"bcv": 2, "ttv": 2}),  # Hường, Tú; Sơn, Hoa (Lợi dismissed 30/09, Mai's undated dismissal in force)
    ("2026-H1", {"bcv": 1, "ttv": 3}),  # Hường (Nam dismissed 02/03, Tú not yet); Lợi, Sơn, Hoa
])  # fmt: skip
def test_roster_and_summary_count_the_same_active_reporters(roster_workspace, period, expected):
    roster = produce(roster_workspace, "roster", period)
    summary = produce(roster_workspace, "summary", period)
    assert "71/QĐ-UBND" in roster  # the TTV dismissed by a decision without a date is listed with it
    assert roster_active(roster) == expected
    assert summary_active(summary) == expected
    for kind, label in (("bcv", "I. BÁO CÁO VIÊN PHÁP LUẬT"), ("ttv", "II. TUYÊN TRUYỀN VIÊN PHÁP LUẬT")):
        assert f"{label} ({expected[kind]} đang hoạt động" in roster
