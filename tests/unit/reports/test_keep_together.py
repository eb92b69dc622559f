"""The signer block and "Nơi nhận" never stand alone on the last page: the closing paragraph goes with them."""

from __future__ import annotations

from app.core.periods import parse_period
from app.reports.summary import SummaryReport
from app.services import printing
from report_helpers import pdf_text

CLOSING = "Trên đây là báo cáo kết quả công tác"


def test_the_closing_paragraph_follows_the_signature_onto_the_last_page(filled_workspace):
    boundary = 0
    for lines in (0, 8, 9, 31, 32, 33, 34):  # around the page breaks of this log (33: the closing paragraph moves)
        # a longer assessment moves the end of the report down a line at a time, through a page break
        assessment = "\n".join(f"Ý kiến đánh giá số {i + 1} về công tác phổ biến, giáo dục pháp luật." for i in range(lines))
        data = printing.build_summary(filled_workspace, parse_period("2026"), assessment=assessment, plans="Tiếp tục.")
        pages = pdf_text(SummaryReport(invariant=True).render_document(data).pdf)
        last = " ".join(pages[-1].split())
        assert "Nơi nhận:" in last and "TM. ỦY BAN NHÂN DÂN" in last, lines
        assert CLOSING in last, lines  # never the signature alone
        if not any(s in last for s in ("III. PHƯƠNG HƯỚNG", "Tiếp tục.")):
            boundary += 1  # the last page holds only the closing paragraph and the signature: the case in question
    assert boundary >= 1


def test_the_log_keeps_its_last_rows_and_header_with_the_signatures(filled_workspace):
    from datetime import date

    from app.core.models import Activity
    from app.reports.activity_log import ActivityLogReport
    from app.services import logbook

    found = False
    for extra in range(0, 14):
        if extra:
            logbook.save_activity(filled_workspace, Activity(date=date(2026, 10, extra), title=f"Hội nghị số {extra}",
                                                             forms=["TRUC_TIEP"], participants=20))  # fmt: skip
        data = printing.build_activity_log(filled_workspace, parse_period("2026"))
        pages = pdf_text(ActivityLogReport(invariant=True).render_document(data).pdf)
        last = " ".join(pages[-1].split())
        assert "Tổng cộng:" in last and "NGƯỜI LẬP" in last, extra
        assert "Nội dung hoạt động" in last, extra  # the header repeats above the rows that go along
        found = found or len(pages) > 1
    assert found  # the log grew onto a second page on the way
