"""Sections II and III are kept with the unit's period; dotted lines only when a section is left empty on purpose."""

from __future__ import annotations

from app.core.periods import parse_period
from app.services import period_texts, printing


def sections(ws, period: str) -> tuple:
    return printing.build_summary(ws, parse_period(period)).sections


def test_sections_are_kept_per_period(workspace):
    y2026, q3 = parse_period("2026"), parse_period("2026-Q3")
    period_texts.save(workspace, y2026, period_texts.PeriodTexts("  Kết quả  tốt.\n\nCòn hạn chế.", "Tăng cường tuyên truyền.", True))
    assert period_texts.load(workspace, y2026) == period_texts.PeriodTexts("Kết quả tốt.\nCòn hạn chế.", "Tăng cường tuyên truyền.", True)
    assert period_texts.load(workspace, q3).empty
    assert sections(workspace, "2026") == (("Đánh giá chung", ("Kết quả tốt.", "Còn hạn chế.")),
                                            ("Phương hướng, nhiệm vụ kỳ tới", ("Tăng cường tuyên truyền.",)))  # fmt: skip
    # another period keeps its own (nothing written yet: dotted lines to write by hand, as before)
    assert sections(workspace, "2026-Q3") == (("Đánh giá chung", ()), ("Phương hướng, nhiệm vụ kỳ tới", ()))


def test_an_empty_section_is_left_out_unless_left_empty_on_purpose(workspace):
    q3 = parse_period("2026-Q3")
    period_texts.save(workspace, q3, period_texts.PeriodTexts("Đánh giá quý III.", "", blank=False))
    assert sections(workspace, "2026-Q3") == (("Đánh giá chung", ("Đánh giá quý III.",)),)
    period_texts.save(workspace, q3, period_texts.PeriodTexts("Đánh giá quý III.", "", blank=True))
    assert sections(workspace, "2026-Q3")[1] == ("Phương hướng, nhiệm vụ kỳ tới", ())  # printed as dotted lines
