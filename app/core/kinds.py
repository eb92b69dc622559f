"""The synced record kinds, declared once: what every layer needs to know about a kind of shared record.

A kind's ``name`` is its table, its bundle member (``data/<name>.jsonl``) and its audit target. ``KINDS`` lists
them in the order a bundle applies them (a record's parent before the record). The store's table specs
(``app.store.tables``), bundle members and parsing, imports and exports iterate over this registry instead of
naming the kinds one by one.

Adding a kind (plans, tasks, …): its model and payload functions in ``app.core.models``/``app.core.records``,
a ``RecordKind`` here (after its parent in ``KINDS``), a migration creating its table (meta columns, own
columns, derived keys), a ``TableSpec`` in ``app.store.tables``, and a sample in
tests/unit/sync/test_kinds_roundtrip.py. Bundles then carry ``data/<name>.jsonl`` (readers of format version 1
refuse members they do not know). A kind added after format version 1 sets ``since_version`` (the bundle
format version that introduced it): a bundle carries its member and its count only when it has records of it,
and then asks for a reader of that version (``app.sync.manifest.versions_for``), so older readers still read
every bundle that holds none.

A field added to an existing kind's payload after format version 1 is named in ``added_fields`` with the version
that added it: a payload read from a bundle may lack it (its default is taken), and a bundle leaves it out while it
holds its default value, so a record that does not use it still reads in older programs; a record that has it set
asks for a reader of that version (``RecordKind.wire_payload``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Mapping

from app.core.assessment_records import (
    Answer,
    Assessment,
    answer_from_payload,
    answer_natural_key,
    answer_payload,
    assessment_from_payload,
    assessment_natural_key,
    assessment_payload,
    check_answer,
    check_assessment,
)
from app.core.catalogs import Catalogs
from app.core.models import REPORTER_ADDED_FIELDS, Activity, Attachment, Reporter, TrainingSession
from app.core.plans import (
    Plan,
    PlanTask,
    plan_from_payload,
    plan_natural_key,
    plan_payload,
    task_from_payload,
    task_natural_key,
    task_payload,
    validate_plan,
    validate_task,
)
from app.core.records import (
    activity_from_payload,
    activity_natural_key,
    activity_payload,
    attachment_from_payload,
    attachment_payload,
    normalise_attachment,
    reporter_from_payload,
    reporter_natural_key,
    reporter_payload,
    training_from_payload,
    training_natural_key,
    training_payload,
)
from app.core.rules import Problem, validate_activity, validate_reporter, validate_training

RECORD_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")  # what a record id may be in a bundle
SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class ParentLink:
    """A record that belongs to a record of another kind: ``field`` of its payload holds the parent's id."""

    kind: str
    field: str


@dataclass(frozen=True)
class RecordKind:
    """One synced kind of record.

    Attributes:
        name: table, bundle member and audit target.
        label: one record of the kind, in English messages ("activity").
        model: the domain dataclass.
        to_payload / from_payload: the model to JSON-ready data (NFC text, ISO dates) and back.
        validate: the domain rules (model, catalogs, today) -> problems; None when the kind has none.
        natural_key: payload -> the key that finds the same record typed again; None when not applicable.
        catalog_fields: payload field -> name of the catalog its codes come from.
        parent: the record this one belongs to, if any.
        references: payload field -> the kind whose record ids it lists (not a parent: the record does not
            belong to them).
        period_field: the date (same name in the payload, the model and the table) that places a record in a
            period; None: the kind is not dated (a child of a dated parent follows its parent).
        check: structural checks of a payload as received (payload -> reason it is refused, or None).
        normaliser: record id, payload -> the payload as stored and signed; by default the round trip
            through ``from_payload`` and ``to_payload``.
        title_field: the payload field that names a record to a person (import reports, conflict views).
        since_version: the bundle format version that introduced the kind (1: every bundle carries it; later:
            only bundles with records of it, which then need a reader of that version).
        added_fields: payload field -> the bundle format version that added it to this kind (see the module
            docstring); absent from a payload it takes its default.
    """

    name: str
    label: str
    model: type
    to_payload: Callable[[Any], dict[str, Any]]
    from_payload: Callable[..., Any]
    validate: Callable[[Any, Catalogs, date], list[Problem]] | None
    natural_key: Callable[[dict[str, Any]], str] | None
    catalog_fields: Mapping[str, str] = field(default_factory=dict)
    parent: ParentLink | None = None
    references: Mapping[str, str] = field(default_factory=dict)
    period_field: str | None = None
    check: Callable[[dict[str, Any]], str | None] | None = None
    normaliser: Callable[[str, dict[str, Any]], dict[str, Any]] | None = None
    title_field: str | None = None
    since_version: int = 1
    added_fields: Mapping[str, int] = field(default_factory=dict)
    payload_keys: frozenset[str] = field(init=False)  # the fields of a payload (others: refused)
    base_keys: frozenset[str] = field(init=False)  # the fields every payload has (fewer: refused)
    defaults: Mapping[str, Any] = field(init=False)  # the payload of an empty record

    def __post_init__(self) -> None:
        empty = self.to_payload(self.model(id=""))  # id given: no uuid at import
        object.__setattr__(self, "payload_keys", frozenset(empty))
        object.__setattr__(self, "base_keys", frozenset(empty) - frozenset(self.added_fields))
        object.__setattr__(self, "defaults", empty)

    def wire_payload(self, payload: dict[str, Any]) -> tuple[dict[str, Any], int]:
        """The payload as a bundle carries it (added fields at their default left out) and the reader version it needs."""
        if not self.added_fields:
            return payload, self.since_version
        needed, out = self.since_version, {}
        for key, value in payload.items():
            version = self.added_fields.get(key)
            if version is not None:
                if value == self.defaults[key]:
                    continue
                needed = max(needed, version)
            out[key] = value
        return out, needed

    def normalise(self, record_id: str, payload: dict[str, Any]) -> dict[str, Any]:
        """The payload as stored and signed (NFC text, ints, ISO dates)."""
        if self.normaliser is not None:
            return self.normaliser(record_id, payload)
        return self.to_payload(self.from_payload(record_id, payload))


def _check_attachment(payload: dict[str, Any]) -> str | None:
    if not isinstance(payload["sha256"], str) or not SHA256_HEX.match(payload["sha256"]):
        return "sha256 must be 64 lower-case hex digits"
    if not isinstance(payload["activity_id"], str) or not RECORD_ID.match(payload["activity_id"]):
        return "activity_id is not a record id"
    if not isinstance(payload["filename"], str) or not payload["filename"].strip():
        return "the file name is missing"
    if type(payload["size"]) is not int or payload["size"] < 0:
        return "size must be a whole number ≥ 0"
    if not isinstance(payload["mime"], str):
        return "mime must be text"
    return None


REPORTERS = RecordKind(
    name="reporters",
    label="reporter",
    model=Reporter,
    to_payload=reporter_payload,
    from_payload=reporter_from_payload,
    validate=validate_reporter,
    natural_key=reporter_natural_key,
    catalog_fields={"dismissal_ground": "dismissal_grounds"},
    title_field="full_name",
    added_fields=dict.fromkeys(REPORTER_ADDED_FIELDS, 3),
)
ACTIVITIES = RecordKind(
    name="activities",
    label="activity",
    model=Activity,
    to_payload=activity_payload,
    from_payload=activity_from_payload,
    validate=validate_activity,
    natural_key=activity_natural_key,
    catalog_fields={"forms": "forms", "target_groups": "target_groups"},
    references={"reporter_ids": "reporters"},
    period_field="date",
    title_field="title",
)
ATTACHMENTS = RecordKind(
    name="attachments",
    label="attachment",
    model=Attachment,
    to_payload=attachment_payload,
    from_payload=attachment_from_payload,
    validate=None,
    natural_key=None,
    parent=ParentLink("activities", "activity_id"),
    check=_check_attachment,
    normaliser=normalise_attachment,
    title_field="filename",
)

PLANS = RecordKind(
    name="plans",
    label="plan",
    model=Plan,
    to_payload=plan_payload,
    from_payload=plan_from_payload,
    validate=validate_plan,
    natural_key=plan_natural_key,
    since_version=3,
)
PLAN_TASKS = RecordKind(
    name="plan_tasks",
    label="plan task",
    model=PlanTask,
    to_payload=task_payload,
    from_payload=task_from_payload,
    validate=validate_task,
    natural_key=task_natural_key,
    parent=ParentLink("plans", "plan_id"),
    references={"activity_ids": "activities"},
    since_version=3,
)

ASSESSMENTS = RecordKind(
    name="assessments",
    label="assessment",
    model=Assessment,
    to_payload=assessment_payload,
    from_payload=assessment_from_payload,
    validate=None,
    natural_key=assessment_natural_key,
    check=check_assessment,
    since_version=3,
)
ASSESSMENT_ANSWERS = RecordKind(
    name="assessment_answers",
    label="assessment answer",
    model=Answer,
    to_payload=answer_payload,
    from_payload=answer_from_payload,
    validate=None,
    natural_key=answer_natural_key,
    parent=ParentLink("assessments", "assessment_id"),
    check=check_answer,
    since_version=3,
)
TRAININGS = RecordKind(
    name="trainings",
    label="training",
    model=TrainingSession,
    to_payload=training_payload,
    from_payload=training_from_payload,
    validate=validate_training,
    natural_key=training_natural_key,
    references={"attendee_ids": "reporters"},
    period_field="date",
    since_version=3,
)

KINDS: tuple[RecordKind, ...] = (
    REPORTERS, ACTIVITIES, ATTACHMENTS, PLANS, PLAN_TASKS, ASSESSMENTS, ASSESSMENT_ANSWERS, TRAININGS,
)  # the order a bundle applies them in
NAMES: tuple[str, ...] = tuple(k.name for k in KINDS)
_BY_NAME = {k.name: k for k in KINDS}


def record_title(k: RecordKind, payload: Mapping[str, Any]) -> str:
    """How a person recognises a record of kind ``k`` (its title, name or file name; "" when it has none)."""
    value = payload.get(k.title_field) if k.title_field else None
    return value if isinstance(value, str) else ""


def kind(name: str) -> RecordKind:
    """The kind called ``name``; KeyError for a name that is not a synced kind."""
    return _BY_NAME[name]
