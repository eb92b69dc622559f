"""Turn one spreadsheet row (field → cell value) into an Activity or a Reporter plus the problems found in it."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable, Mapping, Sequence

from app.core.catalogs import Catalog, Catalogs
from app.core.kinds import ACTIVITIES, REPORTERS, RecordKind
from app.core.models import Activity, Decision, Reporter, Training, new_id
from app.core.roster import review_flag_for
from app.core.rules import validate_activity, validate_reporter
from app.core.tabular import CellError, RowProblem, format_date, parse_date, parse_int, split_list
from app.core.text import clean, fold

_KINDS = {
    "bcv": "bcv", "bao cao vien": "bcv", "bao cao vien phap luat": "bcv", "bcvpl": "bcv",
    "ttv": "ttv", "tuyen truyen vien": "ttv", "tuyen truyen vien phap luat": "ttv", "ttvpl": "ttv",
}  # fmt: skip
_GENDERS = {"nam": "nam", "male": "nam", "m": "nam", "nu": "nu", "female": "nu", "f": "nu", "": ""}
_DECISION = re.compile(r"^(?P<number>.*?)[\s,;:\-–]*(?:ngay\s*)?(?P<date>\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4})$")
_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TRAINING = re.compile(r"^(?P<title>.*?)\s*\((?P<date>\d{1,2}/\d{1,2}/\d{2,4})(?:\s*,\s*(?P<org>[^)]*))?\)$")
# Which import column a rule's field belongs to (rules speak of model fields).
_RULE_COLUMNS = {
    "recognition.date": ("recognition_date", "recognition"),
    "dismissal.date": ("dismissal_date", "dismissal"),
    "dismissal": ("dismissal", "dismissal_number", "dismissal_date"),
    "title": ("title", "topics"),
    "reporter_ids": ("reporters",),
}


@dataclass
class RowContext:
    """What building rows needs: catalogs, today, reporters of the unit by folded name, column labels."""

    catalogs: Catalogs
    today: date
    reporter_names: Mapping[str, Sequence[str]] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)  # field → header pbgdpl writes
    memo: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)  # the same cell text recurs a lot

    def match(self, catalog: Catalog, value: Any) -> tuple[list[str], list[str]]:
        """:func:`match_codes`, remembered per catalog and text."""
        key = (catalog.name, cell_text(value))
        if key not in self.memo:
            self.memo[key] = match_codes(catalog, key[1])
        codes, unknown = self.memo[key]
        return list(codes), list(unknown)

    def split(self, text: str) -> list[str]:
        """:func:`split_list`, remembered per text."""
        key = ("split", text)
        if key not in self.memo:
            self.memo[key] = split_list(text)
        return list(self.memo[key])

    def reporter_ids(self, name: str) -> Sequence[str]:
        """Ids of the unit's reporters named ``name`` (accents and case ignored)."""
        key = ("reporter", name)
        if key not in self.memo:
            self.memo[key] = self.reporter_names.get(fold(name), ())
        return self.memo[key]


@dataclass
class RowRecord:
    """One parsed row: the record, whether its id came from the file, and what is wrong with it."""

    row: int
    record: Any
    explicit_id: bool
    problems: list[RowProblem]


class _Row:
    """Cell access for one row that turns parse errors into problems."""

    def __init__(self, number: int, cells: Mapping[str, Any], titles: Mapping[str, str], ctx: RowContext) -> None:
        self.number, self.cells, self.titles, self.ctx = number, cells, titles, ctx
        self.problems: list[RowProblem] = []

    def column(self, *names: str) -> str:
        for name in names:
            if name in self.titles:
                return self.titles[name]
        return self.ctx.labels.get(names[0], names[0])

    def problem(self, name: str, code: str, message: str) -> None:
        self.problems.append(RowProblem(self.number, self.column(name), code, message))

    def has(self, name: str) -> bool:
        value = self.cells.get(name)
        return value is not None and not (isinstance(value, str) and not clean(value))

    def text(self, name: str) -> str:
        return cell_text(self.cells.get(name))

    def parse(self, name: str, parser: Callable[[Any], Any], default: Any) -> Any:
        try:
            return parser(self.cells.get(name))
        except CellError as exc:
            self.problem(name, exc.code, exc.message)
            return default

    def record_id(self) -> tuple[str, bool]:
        text = self.text("id")
        if not text:
            return new_id(), False
        if _CANONICAL_ID.fullmatch(text):  # what str(uuid.UUID(text)) gives back unchanged
            return text, True
        try:
            return str(uuid.UUID(text)), True
        except ValueError:
            self.problem("id", "bad-id", f"'{text}' is not a record id (leave the column empty for new rows)")
            return new_id(), False

    def rule_problems(self, problems: Sequence[Any]) -> None:
        for p in problems:
            names = _RULE_COLUMNS.get(p.field) or (p.field.split("[")[0].split(".")[0],)
            present = [n for n in names if n in self.titles] or list(names)
            self.problems.append(RowProblem(self.number, self.column(*present), p.code, p.message))


def cell_text(value: Any) -> str:
    """A cell as clean text: whole floats without ".0", dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    return clean(value)


def match_codes(catalog: Catalog, value: Any) -> tuple[list[str], list[str]]:
    """Codes of the catalog entries a list cell names, and the items that match none.

    Each ";"-separated item is matched whole first, then comma by comma.
    """
    codes: list[str] = []
    unknown: list[str] = []
    for piece in split_list(cell_text(value), commas=False):
        entry = catalog.match(piece)
        if entry is not None:
            codes.append(entry.code)
            continue
        for part in split_list(piece.replace(",", ";"), commas=False):
            entry = catalog.match(part)
            (codes.append(entry.code) if entry else unknown.append(part))
    return list(dict.fromkeys(codes)), list(dict.fromkeys(unknown))


def build_activity(number: int, cells: Mapping[str, Any], titles: Mapping[str, str], ctx: RowContext) -> RowRecord:
    """Parse and check one activity row.

    Args:
        number: the row number as the spreadsheet shows it.
        cells: raw cell values by field (text already converted to Unicode).
        titles: the file's header text by field.
        ctx: catalogs, today, the unit's reporters by folded name.

    Returns:
        The RowRecord; its problems include parse errors, unknown forms and reporters, and every broken rule.
    """
    row = _Row(number, cells, titles, ctx)
    record_id, explicit = row.record_id()
    forms, unknown_forms = ctx.match(ctx.catalogs.forms, cells.get("forms"))
    for item in unknown_forms:
        row.problem("forms", "unknown-form", f"unknown form '{item}'")
    groups, extra = ctx.match(ctx.catalogs.target_groups, cells.get("target_groups"))
    reporter_ids: list[str] = []
    for name in ctx.split(row.text("reporters")):
        ids = ctx.reporter_ids(name)
        if len(ids) == 1:
            reporter_ids.append(ids[0])
        elif not ids:
            row.problem("reporters", "unknown-reporter", f"no reporter named '{name}' in the roster (import the roster first)")
        else:
            row.problem("reporters", "ambiguous-reporter", f"{len(ids)} reporters are named '{name}'; pick one in the app")
    activity = Activity(
        id=record_id,
        date=row.parse("date", parse_date, None),
        title=row.text("title"),
        forms=forms,
        topics=ctx.split(row.text("topics")),
        place=row.text("place"),
        target_groups=groups,
        extra_groups=extra,
        participants=row.parse("participants", parse_int, 0),
        women=row.parse("women", parse_int, 0),
        ethnic_minority=row.parse("ethnic_minority", parse_int, 0),
        materials=row.parse("materials", parse_int, 0),
        reporter_ids=list(dict.fromkeys(reporter_ids)),
        cost=row.parse("cost", parse_int, 0),
        organiser=row.text("organiser"),
        notes=row.text("notes"),
    )
    parsed = {p.column for p in row.problems}  # a cell already reported needs no "missing" problem too
    rules = validate_activity(activity, ctx.catalogs, ctx.today)
    own = {"date": row.column("date"), "forms": row.column("forms")}
    row.rule_problems([p for p in rules if not (p.code == "required" and own.get(p.field) in parsed)])
    return RowRecord(number, activity, explicit, row.problems)


def _kind(value: Any) -> str:
    key = " ".join(fold(value).replace("/", " ").split())
    if not key:
        return "ttv"
    if key in _KINDS:
        return _KINDS[key]
    raise CellError("unknown-kind", f"'{clean(value)}' is neither BCV (báo cáo viên) nor TTV (tuyên truyền viên)")


def _gender(value: Any) -> str:
    key = fold(value)
    if key in _GENDERS:
        return _GENDERS[key]
    raise CellError("unknown-gender", f"'{clean(value)}' is neither Nam nor Nữ")


def _phone(value: Any) -> str:
    text = cell_text(value)
    if len(text) == 9 and text.isdigit() and text[0] != "0":
        return "0" + text  # Excel dropped the leading zero of a mobile number
    return text


def _decision(row: _Row, prefix: str) -> Decision:
    number, when = "", None
    combined = row.cells.get(prefix)
    if isinstance(combined, (datetime, date, int, float)) and not isinstance(combined, bool):
        when = row.parse(prefix, parse_date, None)
    elif row.has(prefix):
        text = row.text(prefix)
        m = _DECISION.match(fold(text))
        if m and m.group("date"):
            number = clean(text[: len(m.group("number"))]).rstrip(" ,;:-–")
            when = row.parse(prefix, lambda _v: parse_date(m.group("date").replace(" ", "")), None)
        else:
            number = text
    if row.has(f"{prefix}_number"):
        number = row.text(f"{prefix}_number")
    if row.has(f"{prefix}_date"):
        when = row.parse(f"{prefix}_date", parse_date, None)
    return Decision(number=number, date=when, authority=row.text(f"{prefix}_authority"))


def _trainings(row: _Row) -> list[Training]:
    out: list[Training] = []
    for item in split_list(row.text("trainings"), commas=False):
        m = _TRAINING.match(item)
        if m:
            when = row.parse("trainings", lambda _v: parse_date(m.group("date")), None)
            out.append(Training(date=when, title=clean(m.group("title")), organiser=clean(m.group("org"))))
        else:
            out.append(Training(title=item))
    return out


def format_training(t: Training) -> str:
    """A training as one list item: "title (dd/mm/yyyy, organiser)" (what :func:`build_reporter` reads back)."""
    if t.date is None:
        return t.title
    return f"{t.title} ({format_date(t.date)}{', ' + t.organiser if t.organiser else ''})"


def build_reporter(number: int, cells: Mapping[str, Any], titles: Mapping[str, str], ctx: RowContext) -> RowRecord:
    """Parse and check one roster row (báo cáo viên / tuyên truyền viên); see :func:`build_activity`."""
    row = _Row(number, cells, titles, ctx)
    record_id, explicit = row.record_id()
    ground, reason = "", row.text("dismissal_reason")
    if row.has("dismissal_ground"):
        text = row.text("dismissal_ground")
        entry = ctx.catalogs.dismissal_grounds.match(text)
        if entry is None and review_flag_for(text):
            row.problem("dismissal_ground", "not-legal", f"'{text}' is a reason for review, not a ground of TT 10/2016 Điều 4.1 or 6.1")
        elif entry is None:
            row.problem("dismissal_ground", "unknown-ground", f"'{text}' is not a ground of TT 10/2016 (see the catalog)")
        else:
            ground = entry.code
            if not reason and fold(text) not in (fold(entry.code), fold(entry.name), fold(entry.code.replace("_", " "))):
                reason = text
    reporter = Reporter(
        id=record_id,
        kind=row.parse("kind", _kind, "ttv"),
        full_name=row.text("full_name"),
        gender=row.parse("gender", _gender, ""),
        birth_date=row.parse("birth_date", lambda v: parse_date(v, year_only=True), None),
        ethnicity=row.text("ethnicity"),
        title=row.text("title"),
        organisation=row.text("organisation"),
        qualification=row.text("qualification"),
        law_fields=split_list(row.text("law_fields")),
        area=row.text("area"),
        phone=_phone(cells.get("phone")),
        id_number=row.text("id_number").replace(" ", ""),
        proposer=row.text("proposer"),
        recognition=_decision(row, "recognition"),
        dismissal=_decision(row, "dismissal"),
        dismissal_ground=ground,
        dismissal_reason=reason,
        trainings=_trainings(row),
        refusals=row.parse("refusals", parse_int, 0),
        notes=row.text("notes"),
    )
    rules = validate_reporter(reporter, ctx.catalogs, ctx.today, recording=True)
    if row.has("dismissal_ground") and not ground:  # already reported as an unknown ground
        rules = [p for p in rules if p.field != "dismissal_ground"]
    row.rule_problems(rules)
    return RowRecord(number, reporter, explicit, row.problems)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True)
class TabularKind:
    """A record kind as files carry it (spreadsheet, CSV, JSON): the registry's kind plus how rows become records.

    Attributes:
        word: the command word and the kind of a ``file_imports`` entry ("activities", "roster").
        kind: the record kind.
        build: one spreadsheet row -> RowRecord.
        key_fields: a built record -> the payload fields its natural key reads (records built from rows hold
            clean text already, so the whole payload need not be made).
        bulk_new: new records are written in one batch with one audit entry (else one save each).
    """

    word: str
    kind: RecordKind
    build: Callable[[int, Mapping[str, Any], Mapping[str, str], RowContext], RowRecord]
    key_fields: Callable[[Any], dict[str, Any]]
    bulk_new: bool = False

    def natural_key(self, record: Any) -> str:
        assert self.kind.natural_key is not None
        return self.kind.natural_key(self.key_fields(record))


TABULAR: tuple[TabularKind, ...] = (
    TabularKind(
        "activities", ACTIVITIES, build_activity,
        lambda a: {"date": _iso(a.date), "title": a.title, "place": a.place, "forms": a.forms, "topics": a.topics},
        bulk_new=True,
    ),
    TabularKind("roster", REPORTERS, build_reporter, lambda r: {"full_name": r.full_name, "birth_date": _iso(r.birth_date)}),
)  # fmt: skip
_TABULAR = {t.word: t for t in TABULAR}


def tabular_kind(word: str) -> TabularKind:
    """The file kind called ``word`` ("activities", "roster"); KeyError for any other."""
    return _TABULAR[word]
