"""The register of volunteers of the September call for tuyên truyền viên (local to the unit, not synced)."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.connection import Database
from app.store.errors import mapped_errors

COLUMNS = ("id", "owner_unit", "year", "full_name", "gender", "birth_year", "area", "occupation", "proposer",
           "registered_on", "eligible", "reason", "reporter_id", "created_at")  # fmt: skip


@dataclass(frozen=True)
class Volunteer:
    id: str
    owner_unit: str
    year: int
    full_name: str
    gender: str
    birth_year: int | None
    area: str
    occupation: str
    proposer: str
    registered_on: str  # ISO date
    eligible: bool | None  # None: not yet checked
    reason: str  # why not eligible
    reporter_id: str  # set once recognised
    created_at: str


def _row(values) -> Volunteer:
    data = dict(zip(COLUMNS, values))
    data["eligible"] = None if data["eligible"] is None else bool(data["eligible"])
    return Volunteer(**data)


@mapped_errors()
def add(db: Database, v: Volunteer) -> None:
    data = {**v.__dict__, "eligible": None if v.eligible is None else int(v.eligible)}
    db.execute(f"INSERT INTO ttv_volunteers ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})", [data[c] for c in COLUMNS])


@mapped_errors()
def set_eligibility(db: Database, volunteer_id: str, eligible: bool, reason: str) -> int:
    return db.execute("UPDATE ttv_volunteers SET eligible = ?, reason = ? WHERE id = ?", [int(eligible), reason, volunteer_id]).rowcount


@mapped_errors()
def set_reporter(db: Database, volunteer_id: str, reporter_id: str) -> None:
    db.execute("UPDATE ttv_volunteers SET reporter_id = ? WHERE id = ?", [reporter_id, volunteer_id])


@mapped_errors()
def of_year(db: Database, unit: str, year: int) -> list[Volunteer]:
    """The volunteers registered by ``unit`` in ``year``, in order of registration."""
    rows = db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM ttv_volunteers WHERE owner_unit = ? AND year = ? ORDER BY registered_on, created_at, id",
        [unit, year],
    )
    return [_row(r) for r in rows]
