"""The synced records of chuẩn tiếp cận pháp luật: an assessment (one unit, one year, one scorer) and its answers.

An assessment names the criteria set and version it was made under and keeps the result computed from its answers
(``app.core.assessment.score``); each answer keeps the raw input of one indicator, part or condition, where it came
from (typed, or derived from the log and confirmed), the reason of an override, who entered it and when, and its
evidence files by content hash. A catalog update never touches them: only re-scoring under a newer version does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.models import RecordMeta, new_id
from app.core.text import clean

SCORERS = ("self", "upper")  # the commune's own scoring; the upper level's (thẩm định) scoring of a commune
SOURCES = ("entered", "derived")


@dataclass
class Assessment:
    id: str = field(default_factory=new_id)
    unit_code: str = ""  # the commune assessed
    year: int = 0  # evaluation year
    scorer: str = "self"
    set_id: str = ""
    set_version: str = ""
    status: str = ""  # of ``result``: recognised / not_recognised / incomplete
    total: str = ""  # points regime: the total as text ("79.5"); else ""
    result: dict[str, Any] = field(default_factory=dict)
    computed_at: str = ""
    computed_by: str = ""
    notes: str = ""
    meta: RecordMeta = field(default_factory=RecordMeta)


@dataclass
class Answer:
    id: str = field(default_factory=new_id)
    assessment_id: str = ""
    code: str = ""  # indicator, part or condition code of the set
    value: dict[str, Any] = field(default_factory=dict)  # the raw input (app.core.assessment answers)
    source: str = "entered"
    derived_from: str = ""  # what the log gave, when source == "derived" or overridden ("12 đối thoại (nhật ký)")
    reason: str = ""  # why a derived value was overridden, or the figure's source
    evidence: list[dict[str, Any]] = field(default_factory=list)  # {sha256, filename, size, mime, signature}
    entered_by: str = ""
    entered_at: str = ""
    meta: RecordMeta = field(default_factory=RecordMeta)


def assessment_payload(a: Assessment) -> dict[str, Any]:
    return {
        "unit_code": a.unit_code,
        "year": int(a.year),
        "scorer": a.scorer,
        "set_id": a.set_id,
        "set_version": a.set_version,
        "status": a.status,
        "total": a.total,
        "result": dict(a.result),
        "computed_at": a.computed_at,
        "computed_by": clean(a.computed_by),
        "notes": clean(a.notes),
    }


def assessment_from_payload(record_id: str, payload: dict[str, Any], meta: RecordMeta | None = None) -> Assessment:
    get = payload.get
    return Assessment(
        id=record_id,
        unit_code=str(get("unit_code") or ""),
        year=int(get("year") or 0),
        scorer=str(get("scorer") or "self"),
        set_id=str(get("set_id") or ""),
        set_version=str(get("set_version") or ""),
        status=str(get("status") or ""),
        total=str(get("total") or ""),
        result=dict(get("result") or {}),
        computed_at=str(get("computed_at") or ""),
        computed_by=clean(get("computed_by")),
        notes=clean(get("notes")),
        meta=meta or RecordMeta(),
    )


def assessment_natural_key(payload: dict[str, Any]) -> str:
    """One assessment per unit, year and scorer."""
    return f"{payload.get('unit_code')}|{payload.get('year')}|{payload.get('scorer')}"


def answer_payload(a: Answer) -> dict[str, Any]:
    return {
        "assessment_id": a.assessment_id,
        "code": a.code,
        "value": dict(a.value),
        "source": a.source,
        "derived_from": clean(a.derived_from),
        "reason": clean(a.reason),
        "evidence": [dict(e) for e in a.evidence],
        "entered_by": clean(a.entered_by),
        "entered_at": a.entered_at,
    }


def answer_from_payload(record_id: str, payload: dict[str, Any], meta: RecordMeta | None = None) -> Answer:
    get = payload.get
    return Answer(
        id=record_id,
        assessment_id=str(get("assessment_id") or ""),
        code=str(get("code") or ""),
        value=dict(get("value") or {}),
        source=str(get("source") or "entered"),
        derived_from=clean(get("derived_from")),
        reason=clean(get("reason")),
        evidence=[dict(e) for e in get("evidence") or []],
        entered_by=clean(get("entered_by")),
        entered_at=str(get("entered_at") or ""),
        meta=meta or RecordMeta(),
    )


def answer_natural_key(payload: dict[str, Any]) -> str:
    """One answer per assessment and code."""
    return f"{payload.get('assessment_id')}|{payload.get('code')}"


def check_assessment(payload: dict[str, Any]) -> str | None:
    """Why a received assessment is refused, or None."""
    if type(payload["year"]) is not int or not 2000 <= payload["year"] <= 2100:
        return "year must be a year between 2000 and 2100"
    if payload["scorer"] not in SCORERS:
        return f"scorer must be one of {', '.join(SCORERS)}"
    for name in ("unit_code", "set_id", "set_version"):
        if not isinstance(payload[name], str) or not payload[name].strip():
            return f"{name} is missing"
    if not isinstance(payload["result"], dict):
        return "result must be an object"
    return None


def check_answer(payload: dict[str, Any]) -> str | None:
    """Why a received answer is refused, or None."""
    from app.core.kinds import RECORD_ID, SHA256_HEX

    if not isinstance(payload["assessment_id"], str) or not RECORD_ID.match(payload["assessment_id"]):
        return "assessment_id is not a record id"
    if not isinstance(payload["code"], str) or not payload["code"].strip():
        return "the indicator code is missing"
    if not isinstance(payload["value"], dict):
        return "value must be an object"
    if payload["source"] not in SOURCES:
        return f"source must be one of {', '.join(SOURCES)}"
    if not isinstance(payload["evidence"], list) or not all(
        isinstance(e, dict) and isinstance(e.get("sha256"), str) and SHA256_HEX.match(e["sha256"]) for e in payload["evidence"]
    ):
        return "evidence must list files by their sha256"
    return None
