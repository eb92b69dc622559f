"""Plain-data (JSON-ready) forms of domain records, used by the store, files and bundles."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from typing import Any

from app.core.models import Activity, Attachment, Decision, RecordMeta, Reporter, Training, TrainingSession
from app.core.text import clean, fold

LEGACY_GROUNDS = ("KHONG_HOAT_DONG", "KHAC")  # dismissal "grounds" of catalog 2026.1 that are not law: review flags now


def _date_out(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date_in(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _texts(values: Any) -> list[str]:
    return [c for v in values if (c := clean(v))] if values else []


def activity_payload(a: Activity) -> dict[str, Any]:
    """Return the activity's fields (without id and meta) as JSON-ready data, text in NFC."""
    return {
        "date": _date_out(a.date),
        "title": clean(a.title),
        "forms": list(a.forms),
        "topics": _texts(a.topics),
        "place": clean(a.place),
        "target_groups": list(a.target_groups),
        "extra_groups": _texts(a.extra_groups),
        "participants": int(a.participants),
        "women": int(a.women),
        "ethnic_minority": int(a.ethnic_minority),
        "materials": int(a.materials),
        "reporter_ids": list(a.reporter_ids),
        "cost": int(a.cost),
        "organiser": clean(a.organiser),
        "notes": clean(a.notes),
    }


def activity_from_payload(record_id: str, payload: dict[str, Any], meta: RecordMeta | None = None) -> Activity:
    """Rebuild an Activity from ``activity_payload`` data."""
    get = payload.get
    return Activity(
        id=record_id,
        date=_date_in(get("date")),
        title=clean(get("title")),
        forms=list(get("forms") or []),
        topics=_texts(get("topics")),
        place=clean(get("place")),
        target_groups=list(get("target_groups") or []),
        extra_groups=_texts(get("extra_groups")),
        participants=int(get("participants") or 0),
        women=int(get("women") or 0),
        ethnic_minority=int(get("ethnic_minority") or 0),
        materials=int(get("materials") or 0),
        reporter_ids=list(get("reporter_ids") or []),
        cost=int(get("cost") or 0),
        organiser=clean(get("organiser")),
        notes=clean(get("notes")),
        meta=meta or RecordMeta(),
    )


def _decision_out(d: Decision) -> dict[str, Any]:
    return {"number": clean(d.number), "date": _date_out(d.date), "authority": clean(d.authority)}


def _decision_in(d: Any) -> Decision:
    d = d or {}
    return Decision(number=clean(d.get("number")), date=_date_in(d.get("date")), authority=clean(d.get("authority")))


def reporter_payload(r: Reporter) -> dict[str, Any]:
    """Return the reporter's fields (without id and meta) as JSON-ready data, text in NFC."""
    return {
        "kind": r.kind,
        "full_name": clean(r.full_name),
        "gender": r.gender,
        "birth_date": _date_out(r.birth_date),
        "ethnicity": clean(r.ethnicity),
        "title": clean(r.title),
        "organisation": clean(r.organisation),
        "qualification": clean(r.qualification),
        "law_fields": _texts(r.law_fields),
        "area": clean(r.area),
        "phone": clean(r.phone),
        "proposer": clean(r.proposer),
        "recognition": _decision_out(r.recognition),
        "dismissal": _decision_out(r.dismissal),
        "dismissal_ground": r.dismissal_ground,
        "dismissal_reason": clean(r.dismissal_reason),
        "trainings": [
            {"date": _date_out(t.date), "title": clean(t.title), "organiser": clean(t.organiser)} for t in r.trainings
        ],
        "refusals": int(r.refusals),
        "notes": clean(r.notes),
        "level": r.level,
        "review_flag": r.review_flag,
        "suspended_from": _date_out(r.suspended_from),
        "suspended_until": _date_out(r.suspended_until),
        "suspension_reason": clean(r.suspension_reason),
        "id_number": clean(r.id_number),
    }


def reporter_from_payload(record_id: str, payload: dict[str, Any], meta: RecordMeta | None = None) -> Reporter:
    """Rebuild a Reporter from ``reporter_payload`` data.

    A dismissal ground that is not a legal one (``LEGACY_GROUNDS``: "Không hoạt động", "Lý do khác" of catalog
    2026.1, written by older programs) becomes the reporter's review flag, its decision kept: the same move as
    migration 0009 (roster_life_cycle) makes on stored records, so a bundle of an older program is stored as a migrated record is.
    """
    ground = payload.get("dismissal_ground") or ""
    review_flag = payload.get("review_flag") or ""
    if ground in LEGACY_GROUNDS:
        review_flag, ground = review_flag or ground, ""
    return Reporter(
        id=record_id,
        kind=payload.get("kind") or "ttv",
        full_name=clean(payload.get("full_name")),
        gender=payload.get("gender") or "",
        birth_date=_date_in(payload.get("birth_date")),
        ethnicity=clean(payload.get("ethnicity")),
        title=clean(payload.get("title")),
        organisation=clean(payload.get("organisation")),
        qualification=clean(payload.get("qualification")),
        law_fields=_texts(payload.get("law_fields")),
        area=clean(payload.get("area")),
        phone=clean(payload.get("phone")),
        proposer=clean(payload.get("proposer")),
        recognition=_decision_in(payload.get("recognition")),
        dismissal=_decision_in(payload.get("dismissal")),
        dismissal_ground=ground,
        dismissal_reason=clean(payload.get("dismissal_reason")),
        trainings=[
            Training(date=_date_in(t.get("date")), title=clean(t.get("title")), organiser=clean(t.get("organiser")))
            for t in payload.get("trainings") or []
        ],
        refusals=int(payload.get("refusals") or 0),
        notes=clean(payload.get("notes")),
        level=payload.get("level") or "",
        review_flag=review_flag,
        suspended_from=_date_in(payload.get("suspended_from")),
        suspended_until=_date_in(payload.get("suspended_until")),
        suspension_reason=clean(payload.get("suspension_reason")),
        id_number=clean(payload.get("id_number")),
        meta=meta or RecordMeta(),
    )


def training_payload(t: TrainingSession) -> dict[str, Any]:
    """Return the training's fields (without id and meta) as JSON-ready data, text in NFC."""
    return {
        "date": _date_out(t.date),
        "title": clean(t.title),
        "organiser": clean(t.organiser),
        "audience": t.audience,
        "attendee_ids": list(dict.fromkeys(t.attendee_ids)),
        "notes": clean(t.notes),
    }


def training_from_payload(record_id: str, payload: dict[str, Any], meta: RecordMeta | None = None) -> TrainingSession:
    """Rebuild a TrainingSession from ``training_payload`` data."""
    return TrainingSession(
        id=record_id,
        date=_date_in(payload.get("date")),
        title=clean(payload.get("title")),
        organiser=clean(payload.get("organiser")),
        audience=payload.get("audience") or "",
        attendee_ids=[str(i) for i in payload.get("attendee_ids") or []],
        notes=clean(payload.get("notes")),
        meta=meta or RecordMeta(),
    )


def training_natural_key(payload: dict[str, Any]) -> str:
    """A key that finds the same training entered again: its date and topic, accents ignored."""
    return f"{payload.get('date') or ''}|{fold(payload.get('title'))}"


def attachment_payload(a: Attachment) -> dict[str, Any]:
    return {"activity_id": a.activity_id, "sha256": a.sha256, "filename": clean(a.filename), "size": a.size, "mime": a.mime}


def attachment_from_payload(record_id: str, payload: dict[str, Any], meta: RecordMeta | None = None) -> Attachment:
    """Rebuild an Attachment from ``attachment_payload`` data."""
    return Attachment(
        id=record_id,
        activity_id=str(payload["activity_id"]),
        sha256=str(payload["sha256"]),
        filename=str(payload["filename"]),
        size=int(payload["size"]),
        mime=str(payload.get("mime") or ""),
        meta=meta or RecordMeta(),
    )


def normalise_attachment(record_id: str, payload: dict[str, Any]) -> dict[str, Any]:
    """An attachment payload with its values as the bundle format types them (text stays as sent)."""
    return {
        "activity_id": str(payload["activity_id"]),
        "sha256": str(payload["sha256"]),
        "filename": str(payload["filename"]),
        "size": int(payload["size"]),
        "mime": str(payload.get("mime") or ""),
    }


def meta_dict(meta: RecordMeta) -> dict[str, Any]:
    return {f.name: getattr(meta, f.name) for f in fields(RecordMeta)}


def canonical_json(data: Any) -> str:
    """JSON with sorted keys and no spaces: the form that is hashed and signed."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(payload: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of a payload."""
    import hashlib  # here, as in activity_natural_key: OpenSSL stays out of the start-up (the main window hashes nothing)

    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


def activity_natural_key(payload: dict[str, Any]) -> str:
    """A key that finds the same activity typed again: date, content, place and forms, accents ignored."""
    parts = [
        str(payload.get("date") or ""),
        fold(payload.get("title")),
        fold(payload.get("place")),
        ",".join(sorted(payload.get("forms") or [])),
        "|".join(sorted(fold(t) for t in payload.get("topics") or [])) if not payload.get("title") else "",
    ]
    import hashlib  # see content_hash

    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def reporter_natural_key(payload: dict[str, Any]) -> str:
    """A key that finds the same person entered again: name (accents ignored) and birth date."""
    return f"{fold(payload.get('full_name'))}|{payload.get('birth_date') or ''}"
