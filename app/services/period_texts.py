"""Sections II and III of a period's summary (đánh giá chung, phương hướng), written by the officer and kept with
the period: one pair per unit and period, so the report printed again next week says the same.

Stored in the settings table under ``summary:<unit>:<period>:<part>`` (no schema change). ``blank`` records that
the officer leaves the sections empty on purpose, to write them by hand: only then does the document print
dotted lines in their place.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.periods import Period
from app.core.text import clean
from app.services.workspace import Workspace
from app.store import settings as settings_repo

PARTS = ("assessment", "plans", "blank")


@dataclass(frozen=True)
class PeriodTexts:
    """What the officer wrote for sections II and III of one unit's period, and whether blank is on purpose."""

    assessment: str = ""
    plans: str = ""
    blank: bool = True  # empty sections print dotted lines (left empty on purpose, to write by hand)

    @property
    def empty(self) -> bool:
        return not (self.assessment.strip() or self.plans.strip())


def _key(unit: str, period: Period, part: str) -> str:
    return f"summary:{unit}:{period.id}:{part}"


def _text(value: str) -> str:
    """Each line cleaned (NFC, spaces), empty lines dropped: the paragraphs as printed."""
    return "\n".join(line for line in (clean(x) for x in str(value or "").splitlines()) if line)


def load(ws: Workspace, period: Period, unit: str | None = None) -> PeriodTexts:
    """The stored sections II and III of ``unit`` (default: this unit) for ``period`` (empty when none)."""
    unit = unit or ws.unit_code
    get = lambda part, default="": settings_repo.get_setting(ws.db, _key(unit, period, part), default) or ""  # noqa: E731
    return PeriodTexts(get("assessment"), get("plans"), get("blank", "1") != "0")  # nothing kept: dotted lines


def save(ws: Workspace, period: Period, texts: PeriodTexts, unit: str | None = None) -> PeriodTexts:
    """Keep sections II and III of ``unit``'s ``period``; returns them as stored."""
    unit = unit or ws.unit_code
    kept = PeriodTexts(_text(texts.assessment), _text(texts.plans), bool(texts.blank))
    settings_repo.set_settings(ws.db, {
        _key(unit, period, "assessment"): kept.assessment,
        _key(unit, period, "plans"): kept.plans,
        _key(unit, period, "blank"): "1" if kept.blank else "0",
    })  # fmt: skip
    return kept
