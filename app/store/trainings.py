"""Trainings repository (tập huấn, bồi dưỡng): save, tombstone, list by owner units and dates."""

from __future__ import annotations

from datetime import date

from app.core.models import TrainingSession
from app.core.records import training_from_payload, training_payload
from app.store import records
from app.store.audit import WriteContext
from app.store.connection import Database
from app.store.errors import mapped_errors
from app.store.queries import unit_clause
from app.store.tables import TRAINING_TABLE


def save_training(db: Database, training: TrainingSession, ctx: WriteContext) -> records.SaveResult:
    """Create or update a training (call inside ``db.atomic()``); keeps ``training_attendees`` in step."""
    return records.save_payload(db, "trainings", training.id, training_payload(training), ctx)


def delete_training(db: Database, training_id: str, ctx: WriteContext, reason: str = "") -> records.SaveResult:
    return records.tombstone(db, "trainings", training_id, ctx, reason)


def get_training(db: Database, training_id: str) -> TrainingSession:
    row = records.require_row(db, "trainings", training_id)
    return training_from_payload(row["id"], TRAINING_TABLE.payload(row), records.meta_from_row(row))


@mapped_errors()
def list_trainings(db: Database, units: tuple[str, ...] | None, start: date | None = None, end: date | None = None) -> list[TrainingSession]:
    """Live trainings of ``units`` (None: every unit) dated from ``start`` to ``end`` (inclusive), oldest first."""
    clauses, params = ["deleted = 0"], []
    if units is not None:
        clause, values = unit_clause("owner_unit", units)
        clauses.append(clause)
        params += values
    if start is not None:
        clauses.append("date >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append("date <= ?")
        params.append(end.isoformat())
    cur = db.execute(f"SELECT * FROM trainings WHERE {' AND '.join(clauses)} ORDER BY date, id", params)
    cols = [c[0] for c in cur.description]
    out = []
    for row in cur:
        data = dict(zip(cols, row))
        out.append(training_from_payload(data["id"], TRAINING_TABLE.payload(data), records.meta_from_row(data)))
    return out
