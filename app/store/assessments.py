"""Reads of the assessments of chuẩn tiếp cận pháp luật and their answers (writes go through app.store.records)."""

from __future__ import annotations

from app.core.assessment_records import Answer, Assessment
from app.core.kinds import ASSESSMENT_ANSWERS, ASSESSMENTS
from app.store import tables
from app.store.connection import Database
from app.store.records import meta_from_row


def _rows(db: Database, sql: str, params: list) -> list[dict]:
    cur = db.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _assessment(row: dict) -> Assessment:
    return ASSESSMENTS.from_payload(row["id"], tables.spec("assessments").payload(row), meta_from_row(row))


def find(db: Database, owner: str, unit_code: str, year: int, scorer: str) -> Assessment | None:
    """The live assessment ``owner`` made of ``unit_code`` for ``year`` as ``scorer``, if any."""
    rows = _rows(
        db,
        "SELECT * FROM assessments WHERE owner_unit = ? AND unit_code = ? AND year = ? AND scorer = ? AND deleted = 0 "
        "ORDER BY created_at, id LIMIT 1",
        [owner, unit_code, year, scorer],
    )
    return _assessment(rows[0]) if rows else None


def of_year(db: Database, year: int, units: tuple[str, ...] | None) -> list[Assessment]:
    """Every live assessment of ``year`` of the units (None: all), self-scorings and upper scorings."""
    sql = "SELECT * FROM assessments WHERE year = ? AND deleted = 0"
    params: list = [year]
    if units is not None:
        sql += f" AND unit_code IN ({','.join('?' * len(units))})"
        params += list(units)
    return [_assessment(r) for r in _rows(db, sql + " ORDER BY unit_code, scorer, id", params)]


def answers(db: Database, assessment_id: str) -> dict[str, Answer]:
    """The live answers of an assessment by code."""
    spec = tables.spec("assessment_answers")
    rows = _rows(db, "SELECT * FROM assessment_answers WHERE assessment_id = ? AND deleted = 0 ORDER BY code", [assessment_id])
    return {r["code"]: ASSESSMENT_ANSWERS.from_payload(r["id"], spec.payload(r), meta_from_row(r)) for r in rows}
