"""Use cases on the activity log and the roster: validated saves and tombstones."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from app.core.errors import FileMissingError, RecordNotFoundError, ValidationError
from app.core.models import Activity, Attachment, Reporter
from app.core.rules import validate_activity, validate_reporter
from app.services.workspace import Workspace
from app.store import activities as activity_repo
from app.store import attachments as attachment_repo
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


def save_activity_with_files(ws: Workspace, activity: Activity, files: Iterable[Path] = (), source: str = "") -> SaveResult:
    """Validate an activity and store it with new attachments ``files``, in ONE transaction.

    The files are copied into the content store first (a file stored but not referenced is harmless, and the
    same content is stored once); then the activity and its attachment records are written together, so an
    attachment that cannot be read or recorded leaves the activity as it was.

    Raises:
        ValidationError: the activity breaks a rule; nothing is written.
        FileMissingError: a file does not exist (or is not a file); nothing is written.
    """
    problems = validate_activity(activity, ws.catalogs, ws.today())
    if problems:
        _refuse("activity", problems)
    files = [Path(f) for f in files]
    for path in files:
        if not path.is_file():
            raise FileMissingError(f"the file {path} to attach does not exist", file=str(path))
    stored = [(path.name, *attachment_repo.store_blob(ws.paths.files, path)) for path in files]
    ctx = ws.write_context(source)
    with ws.db.atomic():
        result = activity_repo.save_activity(ws.db, activity, ctx)
        for name, sha, size in stored:
            attachment_repo.record_attachment(ws.db, activity.id, name, sha, size, ctx)
    return result


def list_attachments(ws: Workspace, activity_id: str) -> list[Attachment]:
    """The live attachments of an activity, oldest first."""
    return attachment_repo.list_attachments(ws.db, activity_id)


def delete_activity(ws: Workspace, activity_id: str, reason: str = "") -> SaveResult:
    with ws.db.atomic():
        return activity_repo.delete_activity(ws.db, activity_id, ws.write_context(), reason)


def save_reporter(ws: Workspace, reporter: Reporter, source: str = "") -> SaveResult:
    """Validate and store one reporter in its own transaction (a new or changed dismissal needs a legal ground)."""
    problems = validate_reporter(reporter, ws.catalogs, ws.today(), stored_reporter(ws, reporter.id), recording=True)
    if problems:
        _refuse("reporter", problems)
    with ws.db.atomic():
        return reporter_repo.save_reporter(ws.db, reporter, ws.write_context(source))


def stored_reporter(ws: Workspace, reporter_id: str) -> Reporter | None:
    """The stored version of a reporter, or None when there is none yet."""
    try:
        return reporter_repo.get_reporter(ws.db, reporter_id)
    except RecordNotFoundError:
        return None


def delete_reporter(ws: Workspace, reporter_id: str, reason: str = "") -> SaveResult:
    with ws.db.atomic():
        return reporter_repo.delete_reporter(ws.db, reporter_id, ws.write_context(), reason)
