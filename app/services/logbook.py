"""Use cases on the activity log and the roster: validated saves and tombstones."""

from __future__ import annotations

from app.core.errors import ValidationError
from app.core.models import Activity, Reporter
from app.core.rules import validate_activity, validate_reporter
from app.services.workspace import Workspace
from app.store import activities as activity_repo
from app.store import reporters as reporter_repo
from app.store.records import SaveResult


def _refuse(kind: str, problems: list) -> None:
    raise ValidationError(
        f"the {kind} is not valid: " + "; ".join(f"{p.field}: {p.message}" for p in problems),
        problems=[p.to_dict() for p in problems],
    )


def save_activity(ws: Workspace, activity: Activity, source: str = "") -> SaveResult:
    """Validate and store one activity in its own transaction.

    Raises:
        ValidationError: with ``details['problems']`` listing every broken rule; nothing is written.
    """
    problems = validate_activity(activity, ws.catalogs, ws.today())
    if problems:
        _refuse("activity", problems)
    with ws.db.atomic():
        return activity_repo.save_activity(ws.db, activity, ws.write_context(source))


def delete_activity(ws: Workspace, activity_id: str, reason: str = "") -> SaveResult:
    with ws.db.atomic():
        return activity_repo.delete_activity(ws.db, activity_id, ws.write_context(), reason)


def save_reporter(ws: Workspace, reporter: Reporter, source: str = "") -> SaveResult:
    """Validate and store one reporter in its own transaction."""
    problems = validate_reporter(reporter, ws.catalogs, ws.today())
    if problems:
        _refuse("reporter", problems)
    with ws.db.atomic():
        return reporter_repo.save_reporter(ws.db, reporter, ws.write_context(source))


def delete_reporter(ws: Workspace, reporter_id: str, reason: str = "") -> SaveResult:
    with ws.db.atomic():
        return reporter_repo.delete_reporter(ws.db, reporter_id, ws.write_context(), reason)
