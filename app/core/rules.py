"""Validation rules for activities and reporters; they return problems, never raise."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.core.catalogs import Catalog, Catalogs
from app.core.models import BCV_LEVELS, GENDERS, REPORTER_KINDS, Activity, Reporter, TrainingSession
from app.core.roster import REVIEW_FLAGS

MAX_COUNT = 1_000_000
MAX_COST = 100_000_000_000  # 100 tỷ đồng: anything above is a typing error
EARLIEST_ACTIVITY_YEAR = 2000  # an activity dated before this is a typing error (the log starts long after)
MIN_REPORTER_AGE = 16  # a reporter younger than this, or older than MAX_REPORTER_AGE, has a mistyped birth date
MAX_REPORTER_AGE = 100
# Text sizes (characters): a field beyond them is refused when typed, imported or received in a bundle.
MAX_TEXT = 2_000
MAX_LONG_TEXT = 20_000  # notes and reasons
LONG_TEXT_FIELDS = frozenset({"notes", "dismissal_reason", "reason", "description"})
MAX_LIST = 500  # items of a list field (forms, topics, reporters of an activity, trainings)
_PHONE = re.compile(r"^\+?[0-9 .\-]{8,15}$")
_ID_NUMBER = re.compile(r"^(\d{9}|\d{12})$")


@dataclass(frozen=True)
class Problem:
    """One broken rule: the field, a stable code, and an English explanation (translated by the GUI)."""

    field: str
    code: str
    message: str

    def to_dict(self) -> dict:
        return {"field": self.field, "code": self.code, "message": self.message}


_CODE_SETS: dict[int, tuple[Catalog, tuple, frozenset[str]]] = {}


def _known(code: object, catalog: Catalog) -> bool:
    """``code in catalog`` with the catalog's codes kept in a set (a bundle checks thousands of records)."""
    if type(code) is not str:
        return code in catalog
    hit = _CODE_SETS.get(id(catalog))
    if hit is None or hit[0] is not catalog or hit[1] is not catalog.entries:
        if len(_CODE_SETS) > 64:
            _CODE_SETS.clear()
        hit = (catalog, catalog.entries, frozenset(e.code for e in catalog.entries if isinstance(e.code, str)))
        _CODE_SETS[id(catalog)] = hit
    return code in hit[2]


_ACTIVITY_TEXTS = ("title", "place", "organiser", "notes", "topics", "extra_groups")
_REPORTER_TEXTS = (
    "full_name", "ethnicity", "title", "organisation", "qualification", "law_fields", "area", "phone", "proposer",
    "dismissal_reason", "notes",
)  # fmt: skip


def _lengths(problems: list[Problem], record: object, names: tuple[str, ...]) -> None:
    """A text (or a list's item) longer than MAX_TEXT (MAX_LONG_TEXT for notes and reasons) is refused."""
    for name in names:
        value = getattr(record, name, "")
        limit = MAX_LONG_TEXT if name in LONG_TEXT_FIELDS else MAX_TEXT
        items = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and len(v) > limit for v in items):
            problems.append(Problem(name, "too-long", f"{name} is longer than {limit:,} characters"))
        if isinstance(value, list) and len(value) > MAX_LIST:
            problems.append(Problem(name, "too-long", f"{name} has more than {MAX_LIST:,} items"))


def _count(problems: list[Problem], name: str, value: int) -> None:
    if value < 0:
        problems.append(Problem(name, "negative", f"{name} must not be negative"))
    elif value > MAX_COUNT:
        problems.append(Problem(name, "too-large", f"{name} is larger than {MAX_COUNT:,}"))


def _event_date(problems: list[Problem], day: date | None, today: date) -> None:
    """The date of something that took place (an activity, a training): given, not in the future, not too old."""
    if day is None:
        problems.append(Problem("date", "required", "the date is missing"))
    elif day > today:
        problems.append(Problem("date", "future", f"the date {day.isoformat()} is in the future"))
    elif day.year < EARLIEST_ACTIVITY_YEAR:
        problems.append(Problem("date", "too-old", f"the date {day.isoformat()} is before {EARLIEST_ACTIVITY_YEAR}"))


def validate_activity(activity: Activity, catalogs: Catalogs, today: date) -> list[Problem]:
    """Check an activity against the rules of the log.

    Women and ethnic-minority participants are each a part of all participants (a woman of an ethnic
    minority counts in both), so each must be at most the number of participants.
    """
    p: list[Problem] = []
    _event_date(p, activity.date, today)
    if not activity.title and not activity.topics:
        p.append(Problem("title", "required", "give the content or at least one law or topic"))
    if not activity.forms:
        p.append(Problem("forms", "required", "choose at least one form"))
    for code in activity.forms:
        if not _known(code, catalogs.forms):
            p.append(Problem("forms", "unknown", f"unknown form '{code}'"))
    for code in activity.target_groups:
        if not _known(code, catalogs.target_groups):
            p.append(Problem("target_groups", "unknown", f"unknown target group '{code}'"))
    for name in ("participants", "women", "ethnic_minority", "materials"):
        _count(p, name, getattr(activity, name))
    if activity.women > activity.participants >= 0:
        p.append(Problem("women", "exceeds-participants", "more women than participants"))
    if activity.ethnic_minority > activity.participants >= 0:
        p.append(Problem("ethnic_minority", "exceeds-participants", "more ethnic-minority participants than participants"))
    if activity.cost < 0:
        p.append(Problem("cost", "negative", "the cost must not be negative"))
    elif activity.cost > MAX_COST:
        p.append(Problem("cost", "too-large", "the cost is larger than 100,000,000,000 VND"))
    _lengths(p, activity, _ACTIVITY_TEXTS)
    return p


def validate_reporter(
    reporter: Reporter, catalogs: Catalogs, today: date, before: Reporter | None = None, *, recording: bool = False
) -> list[Problem]:
    """Check a reporter record (báo cáo viên or tuyên truyền viên).

    A dismissal needs a legal ground of TT 10/2016 for the person's role (Điều 4.1 for báo cáo viên, 6.1 for
    tuyên truyền viên). One exception keeps history readable: a decision stored before the grounds were closed
    on a non-legal reason ("Không hoạt động", "Lý do khác") carries that reason as its review flag and no ground;
    it stays as it was written until the chairman decides on a legal ground. ``recording``: an officer is saving
    the record (editor, service, spreadsheet), ``before`` its stored version (None: a new record); then a dismissal
    decision that is new or changed against ``before`` is never accepted on a review flag.
    """
    p: list[Problem] = []
    if not reporter.full_name:
        p.append(Problem("full_name", "required", "the name is missing"))
    if reporter.kind not in REPORTER_KINDS:
        p.append(Problem("kind", "unknown", f"kind must be one of {', '.join(REPORTER_KINDS)}"))
    if reporter.gender not in GENDERS:
        p.append(Problem("gender", "unknown", "gender must be 'nam', 'nu' or empty"))
    if reporter.birth_date is not None:
        age = (today - reporter.birth_date).days // 365
        if age < MIN_REPORTER_AGE or age > MAX_REPORTER_AGE:
            p.append(Problem("birth_date", "implausible", f"birth date {reporter.birth_date.isoformat()} gives age {age}"))
    if reporter.phone and not _PHONE.match(reporter.phone):
        p.append(Problem("phone", "invalid", f"'{reporter.phone}' is not a phone number"))
    for name, decision in (("recognition", reporter.recognition), ("dismissal", reporter.dismissal)):
        if decision.date is not None and decision.date > today:
            p.append(Problem(f"{name}.date", "future", f"the {name} date is in the future"))
    rec, dis = reporter.recognition.date, reporter.dismissal.date
    if rec and dis and dis < rec:
        p.append(Problem("dismissal.date", "before-recognition", "dismissed before being recognised"))
    if reporter.review_flag and reporter.review_flag not in REVIEW_FLAGS:
        p.append(Problem("review_flag", "unknown", f"unknown review flag '{reporter.review_flag}'"))
    if not reporter.dismissal.is_empty():
        ground = catalogs.dismissal_grounds.get(reporter.dismissal_ground) if reporter.dismissal_ground else None
        kept = bool(reporter.review_flag) and not reporter.dismissal_ground and (
            not recording or (before is not None and before.review_flag != "" and before.dismissal == reporter.dismissal)
        )
        if ground is None and reporter.dismissal_ground in REVIEW_FLAGS:
            p.append(Problem("dismissal_ground", "not-legal", f"'{reporter.dismissal_ground}' is a reason for review, not a ground of TT 10/2016"))
        elif ground is None and kept:
            pass  # a decision recorded before the grounds were closed: kept as written, listed for review
        elif ground is None:
            p.append(Problem("dismissal_ground", "required", "a dismissal needs one of the grounds of TT 10/2016"))
        elif reporter.kind not in ground.get("kinds", REPORTER_KINDS):
            p.append(Problem("dismissal_ground", "wrong-kind", f"ground '{ground.code}' does not apply to {reporter.kind}"))
    elif reporter.dismissal_ground:
        p.append(Problem("dismissal", "required", "a dismissal ground needs the dismissal decision"))
    if reporter.level and reporter.level not in BCV_LEVELS:
        p.append(Problem("level", "unknown", f"level must be one of {', '.join(BCV_LEVELS)}"))
    elif reporter.level and reporter.kind != "bcv":
        p.append(Problem("level", "not-bcv", "only a báo cáo viên has a level"))
    if reporter.suspended_from is not None and reporter.suspended_from > today:
        p.append(Problem("suspended_from", "future", "the suspension date is in the future"))
    if reporter.suspended_until is not None:
        if reporter.suspended_from is None:
            p.append(Problem("suspended_until", "without-start", "a suspension end needs its start"))
        elif reporter.suspended_until < reporter.suspended_from:
            p.append(Problem("suspended_until", "before-start", "the suspension ends before it starts"))
    if reporter.id_number and not _ID_NUMBER.match(reporter.id_number):
        p.append(Problem("id_number", "invalid", "an ID number has 12 digits (CCCD) or 9 (old CMND)"))
    if reporter.refusals < 0:
        p.append(Problem("refusals", "negative", "refusals must not be negative"))
    for i, training in enumerate(reporter.trainings):
        if training.date is not None and training.date > today:
            p.append(Problem(f"trainings[{i}].date", "future", "a training date is in the future"))
        if not training.title:
            p.append(Problem(f"trainings[{i}].title", "required", "a training needs a title"))
    _lengths(p, reporter, _REPORTER_TEXTS)
    return p


def validate_training(training: TrainingSession, catalogs: Catalogs, today: date) -> list[Problem]:
    """Check a training (tập huấn, bồi dưỡng): a date not in the future, a topic, a known audience."""
    p: list[Problem] = []
    _event_date(p, training.date, today)
    if not training.title:
        p.append(Problem("title", "required", "give the training's topic"))
    if training.audience not in ("", *REPORTER_KINDS):
        p.append(Problem("audience", "unknown", f"audience must be one of {', '.join(REPORTER_KINDS)} or empty"))
    return p
