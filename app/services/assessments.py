"""Chuẩn tiếp cận pháp luật: a unit's yearly assessment, its answers, values derived from the log, the upper view.

A commune scores itself (scorer ``self``); an upper level keeps its own scoring of a commune next to the commune's
(scorer ``upper``, owned by the upper level). An assessment keeps the criteria set version it was started under:
a newer version of the set changes nothing until the officer re-scores (:func:`rescore`). Every answer saved
recomputes the stored result in the same transaction, so the stored result is always what the stored answers give.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.core.assessment import AnswerError, Condition, CriteriaSet, Result, parse_value, score, target
from app.core.assessment_records import Answer, Assessment
from app.core.errors import FileMissingError, UsageError, UserFixableError, ValidationError
from app.core.kinds import ASSESSMENT_ANSWERS, ASSESSMENTS
from app.services import criteria
from app.services.read import Scope, is_upper, scope_for, unit_name, unit_scope
from app.services.workspace import Workspace
from app.store import activities as activity_repo
from app.store import assessments as assessment_repo
from app.store import attachments as attachment_repo
from app.store import records as record_store

DIGITAL = {"DIEN_TU": "MANG_XA_HOI"}  # activity form -> option of QĐ 27 indicator 2.5
ONLINE_WORDS = ("trực tuyến", "online")
ONLINE_FORMS = {"THI": "THI_TRUC_TUYEN", "TAP_HUAN": "TAP_HUAN_TRUC_TUYEN"}


class AssessmentInputError(UserFixableError):
    """An answer that cannot be stored (the code of the message says why: E-ASSESS-VALUE, -INDICATOR, -REASON…)."""

    code = "E-ASSESS-VALUE"

    def __init__(self, code: str, message: str, **details: object) -> None:
        super().__init__(message, **details)
        self.code = code


@dataclass(frozen=True)
class Derived:
    """A value the log gives for an input code: the answer it stands for (None: shown only) and its source."""

    code: str
    value: dict[str, Any] | None
    text: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "value": self.value, "text": self.text, "source": self.source}


@dataclass
class AssessmentView:
    """One unit's assessment of one year as a scorer sees it: stored answers, derived values, the live result."""

    unit_code: str
    unit_name: str
    year: int
    scorer: str
    cset: CriteriaSet
    assessment: Assessment | None
    answers: dict[str, Answer]
    derived: dict[str, Derived]
    result: Result
    newest_version: str
    other: "AssessmentView | None" = None  # the other scorer's view (upper: the commune's self-scoring)
    calendar: list[dict[str, Any]] = field(default_factory=list)

    def effective(self) -> dict[str, dict[str, Any]]:
        return effective_answers(self.answers, self.derived)

    def to_dict(self) -> dict[str, Any]:
        return {
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "year": self.year,
            "scorer": self.scorer,
            "set": self.cset.set_id,
            "set_version": self.cset.version,
            "set_name": self.cset.name,
            "newest_version": self.newest_version,
            "stored": self.assessment is not None,
            "result": self.result.to_dict(),
            "answers": {
                code: {"value": a.value, "source": a.source, "derived_from": a.derived_from, "reason": a.reason,
                       "evidence": a.evidence, "entered_by": a.entered_by, "entered_at": a.entered_at}
                for code, a in self.answers.items()
            },  # fmt: skip
            "derived": {code: d.to_dict() for code, d in self.derived.items()},
            "missing_points": self.cset.missing_points(),
            "calendar": self.calendar,
            "other": self.other.to_dict() if self.other is not None else None,
        }


def effective_answers(answers: dict[str, Answer], derived: dict[str, Derived]) -> dict[str, dict[str, Any]]:
    """The answers scored: the stored ones, and for codes without one the value the log gives."""
    out = {code: d.value for code, d in derived.items() if d.value is not None}
    out.update({code: a.value for code, a in answers.items()})
    return out


# -- derived values -----------------------------------------------------------------------------------------------


def _year_activities(ws: Workspace, unit: str, year: int):
    flt = activity_repo.ActivityFilter(start=date(year, 1, 1), end=date(year, 12, 31), units=(unit,))
    return list(activity_repo.iter_activities(ws.db, flt))


def derived_values(ws: Workspace, cset: CriteriaSet, unit: str, year: int) -> dict[str, Derived]:
    """What the log and the roster of ``unit`` say for the inputs of ``cset`` that name a ``derived`` value."""
    wanted = {p.code: p.derived for ind in cset.indicators() for p in ind.parts if p.derived}
    if not wanted:
        return {}
    acts = _year_activities(ws, unit, year)
    out: dict[str, Derived] = {}
    for code, what in wanted.items():
        if what == "dialogues":
            n = sum(1 for a in acts if "DOI_THOAI" in a.forms)
            out[code] = Derived(code, None, f"{n} hoạt động đối thoại, tiếp công dân trong năm {year}", "nhật ký hoạt động (hình thức Đối thoại)")
        elif what == "activities":
            forms = sorted({f for a in acts for f in a.forms})
            out[code] = Derived(code, None, f"{len(acts)} hoạt động PBGDPL, {len(forms)} hình thức trong năm {year}", "nhật ký hoạt động")
        elif what == "funding":
            cost = f"Kinh phí các hoạt động ghi trong nhật ký năm {year}: {sum(a.cost for a in acts):,} đồng".replace(",", ".")
            plan = _plan_figures(ws, unit, year)
            if plan is not None and plan.plan_id and plan.tasks and _input(cset, code) == "ratio":
                text = f"{plan.with_budget}/{plan.tasks} nhiệm vụ của kế hoạch {plan.plan_number} được bố trí kinh phí; {cost}"
                out[code] = Derived(code, {"num": plan.with_budget, "den": plan.tasks}, text, "kế hoạch PBGDPL; nhật ký hoạt động")
            else:
                out[code] = Derived(code, None, cost, "nhật ký hoạt động (kinh phí)")
        elif what == "ttv_trained":
            out[code] = _trained(ws, unit, year, code)
        elif what == "digital_forms":
            chosen = set()
            for a in acts:
                chosen.update(DIGITAL[f] for f in a.forms if f in DIGITAL)
                if any(w in a.title.lower() for w in ONLINE_WORDS):
                    chosen.update(ONLINE_FORMS[f] for f in a.forms if f in ONLINE_FORMS)
            names = ", ".join(sorted(chosen)) or "không có"
            out[code] = Derived(code, {"selected": sorted(chosen)} if chosen else None, f"Hình thức chuyển đổi số trong nhật ký năm {year}: {names}", "nhật ký hoạt động (hình thức)")
        elif what in ("plan_tasks_done", "plan_on_time", "plan_outside_done"):
            out[code] = _plan_value(ws, cset, unit, year, code, what)
    return out


def _input(cset: CriteriaSet, code: str) -> str:
    return next((p.input for ind in cset.indicators() for p in ind.parts if p.code == code), "")


def _plan_figures(ws: Workspace, unit: str, year: int):
    """The figures of ``unit``'s annual plan of ``year`` (app.services.plans), as of the year's end or today."""
    from app.services.plans import plan_indicators

    return plan_indicators(ws, unit_scope(ws, unit), year, min(ws.today(), date(year, 12, 31)))


def _plan_value(ws: Workspace, cset: CriteriaSet, unit: str, year: int, code: str, what: str) -> Derived:
    plan = _plan_figures(ws, unit, year)
    source = "kế hoạch PBGDPL hằng năm"
    if plan is None or not plan.plan_id:
        return Derived(code, None, f"Chưa có kế hoạch PBGDPL hằng năm {year} trong chương trình: nhập tay", source)
    name = f"Kế hoạch {plan.plan_number}" + (f" ngày {plan.plan_date:%d/%m/%Y}" if plan.plan_date else "")
    kind = _input(cset, code)
    if what == "plan_on_time":
        if plan.on_time is None:
            return Derived(code, None, f"{name}: chưa ghi hạn ban hành", source)
        due = f"{plan.issue_deadline:%d/%m/%Y}" if plan.issue_deadline else ""
        text = f"{name}, hạn ban hành {due}: " + ("đúng hạn" if plan.on_time else "chậm")
        return Derived(code, {"yes": plan.on_time} if kind == "yes_no" else None, text, source)
    if what == "plan_outside_done":
        text = f"{name}: {plan.outside_done}/{plan.outside} nhiệm vụ phát sinh ngoài kế hoạch đã hoàn thành"
        return Derived(code, {"num": plan.outside_done, "den": plan.outside} if kind == "ratio" else None, text, source)
    text = f"{name}: {plan.done}/{plan.tasks} nhiệm vụ đã hoàn thành"
    return Derived(code, {"num": plan.done, "den": plan.tasks} if kind == "ratio" else None, text, source)


def _trained(ws: Workspace, unit: str, year: int, code: str) -> Derived:
    """The share of tuyên truyền viên trained in ``year`` (training records and trainings noted on the person)."""
    from app.services.roster import trained_share

    share = trained_share(ws, unit_scope(ws, unit), year)
    text = f"{share.trained}/{share.active} tuyên truyền viên được tập huấn, bồi dưỡng trong năm {year}"
    return Derived(code, {"num": share.trained, "den": share.active}, text, "danh sách tuyên truyền viên (tập huấn)")


# -- reading -------------------------------------------------------------------------------------------------------


def _who(ws: Workspace, unit: str | None) -> tuple[str, str]:
    """(unit assessed, scorer) for a request of ``unit`` (None: the installation's own unit)."""
    if unit is None:
        if is_upper(ws):
            raise UsageError("an upper level scores a commune: name it with --unit CODE")
        return ws.unit_code, "self"
    scope = scope_for(ws, unit)
    code = scope.units[0] if scope.units else unit
    if code == ws.unit_code:
        return code, "self"
    return code, "upper"


CALENDAR_SETTING = "assessment_calendar"  # dates the officer keeps for steps the criteria set leaves undated


def _local_dates(ws: Workspace) -> dict[str, str]:
    """``"<set>/<year>/<step>" -> ISO date`` typed by the officer (a QĐ 27 deadline set by the province's letter)."""
    import json

    raw = ws.settings.get(CALENDAR_SETTING)
    return json.loads(raw) if raw else {}


def _calendar(cset: CriteriaSet, year: int, local: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The steps of ``cset``'s calendar for evaluation ``year``: a date only where the set's data gives one (or the
    officer typed one: ``origin`` "local"); an undated step stays undated, nothing is invented."""
    out = []
    for step in cset.calendar:
        due = step.get("due")
        when, origin = None, ""
        if due:
            when, origin = date(year + int(due.get("year_offset", 0)), int(due["month"]), int(due["day"])).isoformat(), "set"
        typed = (local or {}).get(f"{cset.set_id}/{year}/{step.get('code')}")
        if typed:
            when, origin = typed, "local"
        out.append({"code": step.get("code"), "name": step.get("name"), "due": when, "origin": origin, "level": step.get("level", "commune"), "source": step.get("source", ""), "certainty": step.get("certainty", "")})
    return out


def evaluation_year(today: date) -> int:
    """The year being assessed on ``today``: early in a year (before July) the year just ended."""
    return today.year if today.month >= 7 else today.year - 1


def set_calendar_date(ws: Workspace, year: int, step: str, when: str | None) -> list[dict[str, Any]]:
    """Keep (``when`` ISO date) or clear (None/"") the date of calendar ``step`` of evaluation ``year``.

    Raises:
        UsageError: a step the year's criteria set does not have, or a date that is not YYYY-MM-DD.
    """
    import json

    cset = criteria.set_for_year(year, ws.paths.data)
    codes = [str(s.get("code")) for s in cset.calendar]
    if step not in codes:
        raise UsageError(f"{cset.set_id} has no calendar step {step!r}; steps: {', '.join(codes)}", step=step)
    when = (when or "").strip()
    if when:
        try:
            parts = when.split("/")
            when = (date(int(parts[2]), int(parts[1]), int(parts[0])) if len(parts) == 3 else date.fromisoformat(when)).isoformat()
        except ValueError:
            raise UsageError(f"{when!r} is not a date (YYYY-MM-DD or dd/mm/yyyy)", value=when) from None
    local = _local_dates(ws)
    key = f"{cset.set_id}/{year}/{step}"
    before = local.get(key)
    if when:
        local[key] = when
    else:
        local.pop(key, None)
    from app.store import audit
    from app.store import settings as settings_repo

    with ws.db.atomic():
        settings_repo.set_settings(ws.db, {CALENDAR_SETTING: json.dumps(local, sort_keys=True)})
        audit.append(ws.db, ws.write_context("assessment"), "assessment-calendar", "settings", key, None, {"date": [before, when or None]})
    return calendar_of(ws, year)


def calendar_of(ws: Workspace, year: int) -> list[dict[str, Any]]:
    """The calendar of evaluation ``year`` under its criteria set, with the officer's own dates."""
    return _calendar(criteria.set_for_year(year, ws.paths.data), year, _local_dates(ws))


@dataclass(frozen=True)
class Reminder:
    """The assessment calendar as the dashboard shows it: this level's steps of the year being assessed."""

    year: int
    set_name: str
    dated: list[dict[str, Any]]  # steps with a date, each with ``days_left`` (negative: overdue)
    undated: list[dict[str, Any]]  # steps the data gives no date for ("chưa có lịch")


def reminder(ws: Workspace, today: date | None = None) -> Reminder | None:
    """The steps of this installation's level in the calendar of the year being assessed (None: no criteria set
    covers that year)."""
    today = today or ws.today()
    year = evaluation_year(today)
    try:
        cset = criteria.set_for_year(year, ws.paths.data)
    except UserFixableError:
        return None
    level = ws.settings.get("level", "commune")
    steps = [s for s in _calendar(cset, year, _local_dates(ws)) if s["level"] == level]
    dated = sorted(({**s, "days_left": (date.fromisoformat(s["due"]) - today).days} for s in steps if s["due"]), key=lambda s: s["due"])
    return Reminder(year, cset.name, dated, [s for s in steps if not s["due"]])


def _view(ws: Workspace, unit: str, year: int, scorer: str, owner: str) -> AssessmentView:
    stored = assessment_repo.find(ws.db, owner, unit, year, scorer)
    newest = criteria.set_for_year(year, ws.paths.data)
    cset = criteria.get_set(stored.set_id, stored.set_version, ws.paths.data) if stored else newest
    answers = assessment_repo.answers(ws.db, stored.id) if stored else {}
    own = scorer == "self" and owner == unit == ws.unit_code  # an upper level shows a commune's answers as sent
    derived = derived_values(ws, cset, unit, year) if own else {}
    result = score(cset, effective_answers(answers, derived))
    return AssessmentView(unit, unit_name(ws, unit), year, scorer, cset, stored, answers, derived, result, newest.version, calendar=_calendar(cset, year, _local_dates(ws)))


def view(ws: Workspace, year: int, unit: str | None = None) -> AssessmentView:
    """The assessment of ``unit`` (None: this installation's unit) for ``year``, as this installation scores it.

    At an upper level the view is its own scoring of the commune, with the commune's self-scoring as ``other``.
    """
    code, scorer = _who(ws, unit)
    if scorer == "self":
        return _view(ws, code, year, "self", code)
    mine = _view(ws, code, year, "upper", ws.unit_code)
    mine.other = _view(ws, code, year, "self", code)
    return mine


@dataclass(frozen=True)
class OverviewRow:
    unit_code: str
    unit_name: str
    self_status: str  # "" when the commune sent none ("chưa gửi")
    self_total: str
    upper_status: str
    upper_total: str
    set_key: str  # "" when nothing is stored for the unit
    indicators: dict[str, Any]  # indicator code -> points (points regime) or met (met regime) of the self-scoring
    expected: bool = True  # on the upper level's list of expected units for the year

    @property
    def sent(self) -> bool:
        return bool(self.self_status)

    @property
    def status(self) -> str:
        """The result that counts: the upper level's scoring when it made one, else the commune's own ("": none)."""
        return self.upper_status or self.self_status

    @property
    def recognised(self) -> bool:
        return self.status == "recognised"

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "sent": self.sent, "status": self.status, "recognised": self.recognised}


def _expected_communes(ws: Workspace, year: int, scope: Scope) -> dict[str, str]:
    """code -> name of the units expected to assess themselves in ``year`` (an upper level's list; else none)."""
    from app.core.periods import Period
    from app.services import expected_units

    if not expected_units.applies(ws):
        return {}
    wanted = None if scope.units is None else set(scope.units)
    return {u.code: u.name for u in expected_units.expected_for(ws, Period(year)) if wanted is None or u.code in wanted}


def overview(ws: Workspace, year: int, scope: Scope) -> list[OverviewRow]:
    """Every commune expected for ``year`` within ``scope`` and every unit with an assessment of it, side by side
    (the upper level's list); a commune that sent nothing has an empty ``self_status`` ("chưa gửi")."""
    rows: dict[str, dict[str, Assessment]] = {}
    for a in assessment_repo.of_year(ws.db, year, scope.units):
        rows.setdefault(a.unit_code, {})[a.scorer] = a
    expected = _expected_communes(ws, year, scope)
    out = []
    for code in sorted(set(rows) | set(expected)):
        mine = rows.get(code, {})
        own, upper = mine.get("self"), mine.get("upper")
        first = own or upper
        per = {i["code"]: (i["points"] if i.get("points") is not None else i.get("met")) for i in (own.result.get("indicators", []) if own else [])}
        out.append(
            OverviewRow(
                code, expected.get(code) or unit_name(ws, code), own.status if own else "", own.total if own else "",
                upper.status if upper else "", upper.total if upper else "",
                f"{first.set_id}@{first.set_version}" if first else "", per, code in expected,
            )
        )  # fmt: skip
    return out


def counts(rows: list[OverviewRow]) -> dict[str, int]:
    """How many units the list has, sent, did not send, are recognised, not recognised, not yet complete."""
    return {
        "units": len(rows),
        "sent": sum(1 for r in rows if r.sent),
        "not_sent": sum(1 for r in rows if not r.sent),
        "recognised": sum(1 for r in rows if r.status == "recognised"),
        "not_recognised": sum(1 for r in rows if r.status == "not_recognised"),
        "incomplete": sum(1 for r in rows if r.status == "incomplete"),
    }


def across(rows: list[OverviewRow]) -> list[tuple[str, str]]:
    """Per indicator, its figure across the communes' self-scorings: "đạt 3/5 xã" or "bình quân 2,5 điểm (5 xã)"."""
    codes: dict[str, list] = {}
    for row in rows:
        for code, value in row.indicators.items():
            codes.setdefault(code, []).append(value)
    out = []
    for code, values in codes.items():
        if any(isinstance(v, bool) or v is None for v in values):
            met = sum(1 for v in values if v is True)
            out.append((code, f"đạt {met}/{len(values)} xã"))
        else:
            points = [float(v) for v in values]
            mean = f"{sum(points) / len(points):.2f}".rstrip("0").rstrip(".").replace(".", ",")
            out.append((code, f"bình quân {mean} điểm ({len(points)} xã)"))
    return out


# -- writing -------------------------------------------------------------------------------------------------------


def _evidence(ws: Workspace, path: Path) -> dict[str, Any]:
    path = Path(path)
    if not path.is_file():
        raise FileMissingError(f"the evidence file {path} does not exist", path=str(path))
    sha, size = attachment_repo.store_blob(ws.paths.files, path)
    mime = mimetypes.guess_type(path.name)[0] or ""
    item: dict[str, Any] = {"sha256": sha, "filename": path.name, "size": size, "mime": mime}
    if mime == "application/pdf":
        item["signatures"] = _signatures(path.read_bytes())
    return item


def _signatures(data: bytes) -> list[dict[str, Any]]:
    """signer, time, intact of each signature of a PDF (an unreadable PDF: none)."""
    from app.reports.signing import verify_pdf

    try:
        reports = verify_pdf(data)
    except Exception:  # noqa: BLE001 - an unreadable PDF is still evidence, with no signature shown
        return []
    return [{"signer": r.signer, "signing_time": r.signing_time, "intact": r.integrity} for r in reports]


def set_answer(
    ws: Workspace,
    year: int,
    code: str,
    text: str | None,
    evidence: Path | None = None,
    reason: str = "",
    unit: str | None = None,
) -> AssessmentView:
    """Store the answer ``text`` for input ``code`` of ``unit``'s assessment of ``year`` and re-score it
    (``text`` None: keep the answer as it stands and only add the ``evidence``).

    A value that differs from what the log gives needs a ``reason``. Nothing is stored when anything is refused.

    Raises:
        AssessmentInputError: unknown code (E-ASSESS-INDICATOR), bad value (E-ASSESS-VALUE), an override without
            reason (E-ASSESS-REASON), evidence for an input without an answer (E-ASSESS-NO-ANSWER).
    """
    current = view(ws, year, unit)
    cset = current.cset
    try:
        if text is None:  # evidence for the answer as it stands
            code = _answer_code(cset, code)
            value = current.effective().get(code)
            if value is None:
                raise AnswerError("E-ASSESS-NO-ANSWER", f"{code} has no answer yet: answer it before attaching evidence")
        else:
            value = parse_value(cset, code, text)
    except AnswerError as exc:
        raise AssessmentInputError(exc.code, exc.message, indicator=code) from None
    code = _answer_code(cset, code)
    derived = current.derived.get(code)
    reason = " ".join(str(reason or "").split())
    if derived is not None and derived.value is not None and derived.value != value and not reason:
        raise AssessmentInputError(
            "E-ASSESS-REASON",
            f"{code}: the log gives {derived.text}; a different value needs a reason (--reason)",
            indicator=code,
        )
    items = [_evidence(ws, evidence)] if evidence is not None else []
    ctx = ws.write_context("assessment")
    with ws.db.atomic():
        assessment = current.assessment or Assessment(unit_code=current.unit_code, year=year, scorer=current.scorer, set_id=cset.set_id, set_version=cset.version)
        if current.assessment is None:
            record_store.save_payload(ws.db, "assessments", assessment.id, ASSESSMENTS.to_payload(assessment), ctx)
        answers = dict(current.answers)
        for dcode, d in current.derived.items():  # what the log gave is kept as answered, so the result stays reproducible
            if d.value is not None and dcode not in answers and dcode != code:
                answers[dcode] = _save(ws, ctx, Answer(assessment_id=assessment.id, code=dcode, value=d.value, source="derived", derived_from=d.text))
        old = answers.get(code)
        answer = Answer(
            id=old.id if old else Answer().id,
            assessment_id=assessment.id,
            code=code,
            value=value,
            source="derived" if derived is not None and derived.value == value else "entered",
            derived_from=derived.text if derived is not None else "",
            reason=reason,
            evidence=[*(old.evidence if old else []), *[e for e in items if not old or e["sha256"] not in {x["sha256"] for x in old.evidence}]],
            entered_by=ctx.actor,
            entered_at=ctx.now,
        )
        answers[code] = _save(ws, ctx, answer)
        _store_result(ws, ctx, assessment, cset, answers)
    return view(ws, year, unit)


def _answer_code(cset: CriteriaSet, code: str) -> str:
    hit = target(cset, code)
    if isinstance(hit, Condition):
        return hit.code
    ind, part = hit
    return part.code if part is not None and part.code != ind.code else code


def _save(ws: Workspace, ctx, answer: Answer) -> Answer:
    record_store.save_payload(ws.db, "assessment_answers", answer.id, ASSESSMENT_ANSWERS.to_payload(answer), ctx)
    return answer


def _store_result(ws: Workspace, ctx, assessment: Assessment, cset: CriteriaSet, answers: dict[str, Answer]) -> Result:
    result = score(cset, {c: a.value for c, a in answers.items()})
    assessment.set_id, assessment.set_version = cset.set_id, cset.version
    assessment.result = result.to_dict()
    assessment.status = result.status
    assessment.total = result.to_dict()["total"] or ""
    assessment.computed_at, assessment.computed_by = ctx.now, ctx.actor
    record_store.save_payload(ws.db, "assessments", assessment.id, ASSESSMENTS.to_payload(assessment), ctx)
    return result


def recompute(ws: Workspace, assessment: Assessment) -> Result:
    """The result of a stored assessment computed again from its stored answers under its own set version."""
    cset = criteria.get_set(assessment.set_id, assessment.set_version, ws.paths.data)
    answers = assessment_repo.answers(ws.db, assessment.id)
    return score(cset, {c: a.value for c, a in answers.items()})


@dataclass(frozen=True)
class RescorePreview:
    """What re-scoring would change: the versions, the result before and after, and each line that changes."""

    old_version: str
    new_version: str
    before: Result
    after: Result
    changes: list[tuple[str, str, str]]  # (code, before, after) of criteria and indicators whose figure changes

    @property
    def needed(self) -> bool:
        return self.old_version != self.new_version


def _figure(part: Any, regime: str) -> str:
    d = part.to_dict()
    if regime == "points":
        return f"{_vn(d.get('points')) or '—'}/{_vn(d.get('max_points')) or '?'}"
    met = d.get("met", d.get("passed"))
    return {True: "đạt", False: "không đạt", None: "—"}[met]


def _rescoring(ws: Workspace, year: int, unit: str | None) -> tuple[AssessmentView, CriteriaSet]:
    """The stored assessment of ``year`` and the newest version of its set (ValidationError: none, or a newer regime)."""
    current = view(ws, year, unit)
    if current.assessment is None:
        raise ValidationError(f"there is no assessment of {year} to re-score", year=year)
    newest = criteria.set_for_year(year, ws.paths.data)
    if newest.set_id != current.cset.set_id:
        raise ValidationError(f"the assessment of {year} was made under {current.cset.set_id}; {newest.set_id} is another regime", year=year)
    return current, newest


def rescore_preview(ws: Workspace, year: int, unit: str | None = None) -> RescorePreview:
    """The result the newest version of the set would give the stored answers, beside the stored one (nothing
    is stored)."""
    current, newest = _rescoring(ws, year, unit)
    before = score(current.cset, {c: a.value for c, a in current.answers.items()})
    after = score(newest, {c: a.value for c, a in current.answers.items()})
    changes = []
    for crit in newest.criteria:
        def old_of(code: str, items: list) -> Any:
            return next((x for x in items if x.code == code), None)

        rows = [(crit.code, old_of(crit.code, before.criteria), after.criterion(crit.code))]
        rows += [(ind.code, old_of(ind.code, before.indicators), after.indicator(ind.code)) for ind in crit.indicators]
        for code, old, new in rows:
            a = _figure(old, current.cset.regime) if old is not None else "—"
            b = _figure(new, newest.regime)
            if a != b:
                changes.append((code, a, b))
    return RescorePreview(current.cset.version, newest.version, before, after, changes)


def rescore(ws: Workspace, year: int, unit: str | None = None) -> AssessmentView:
    """Move the assessment to the newest known version of its set and store the result that version gives."""
    current, newest = _rescoring(ws, year, unit)
    ctx = ws.write_context("assessment:rescore")
    with ws.db.atomic():
        _store_result(ws, ctx, current.assessment, newest, current.answers)
    return view(ws, year, unit)


# -- documents ------------------------------------------------------------------------------------------------------

FOOTER = "Mẫu {form} theo tên tại {basis}; bố cục chính xác của mẫu chưa được đối chiếu với văn bản gốc (pbgdpl)."


def _vi_reason(reason, result: Result, cset: CriteriaSet) -> str:
    """A failing or missing reason in Vietnamese, for documents."""
    d = result.to_dict()
    if reason.code == "total-below-min":
        return f"Tổng số điểm {d['total']}, thấp hơn {cset.total_min} điểm"
    if reason.code == "total-open":
        return f"Tổng số điểm hiện có {d['total']}; phải đạt từ {cset.total_min} điểm"
    if reason.code == "criterion-below-share":
        c = result.criterion(reason.about).to_dict()
        return f"Tiêu chí {reason.about}: {c['points']}/{c['max_points']} điểm, dưới {cset.criterion_min_share}% số điểm tối đa"
    if reason.code == "condition-failed":
        cond = next(c for c in cset.conditions if c.code == reason.about)
        return f"Không đáp ứng điều kiện: {cond.name}"
    if reason.code == "not-met":
        rate = next((v for i in result.indicators for k, v in i.rates.items() if k == reason.about), None)
        return f"Chỉ tiêu {reason.about} không đạt" + (f" (đạt {float(rate):.1f}%)".replace(".", ",") if rate is not None else "")
    if reason.code == "points-unknown":
        return f"{reason.about}: phiên bản bộ tiêu chí chưa có số điểm tối đa"
    return f"{reason.about}: chưa có số liệu"


def _figures(code: str, v: AssessmentView) -> str:
    parts = []
    value = v.effective().get(code)
    if value and "num" in value:
        rate = f"{value['num'] * 100 / value['den']:.1f}%".replace(".", ",") if value["den"] else "không phát sinh"
        parts.append(f"{value['num']}/{value['den']} ({rate})")
    elif value and "selected" in value:
        parts.append(", ".join(value["selected"]) or "không có")
    elif value and "yes" in value:
        parts.append("Có" if value["yes"] else "Không")
    elif value and value.get("not_due"):
        parts.append("Không phát sinh")
    d = v.derived.get(code)
    if d is not None and d.value is None:
        parts.append(d.text)
    return "; ".join(parts)


def _vn(points: str | None) -> str:
    """Points as a Vietnamese document writes them (6,5)."""
    return (points or "").replace(".", ",")


def _rows(v: AssessmentView, upper: AssessmentView | None = None):
    from app.reports.assessment import Row

    rows = []
    mark = {True: "Đạt", False: "Không đạt", None: ""}
    points = v.cset.regime == "points"
    for crit in v.cset.criteria:
        cr = v.result.criterion(crit.code).to_dict()
        other_cr = upper.result.criterion(crit.code).to_dict() if upper else None
        rows.append(Row(crit.code, crit.name, _vn(cr["max_points"] or "?") if points else "", "", _vn(cr["points"]) if points else mark[cr["passed"]],
                        (_vn(other_cr["points"]) if points else mark[other_cr["passed"]]) if other_cr else "", criterion=True))  # fmt: skip
        for ind in crit.indicators:
            ir = v.result.indicator(ind.code).to_dict()
            codes = [ind.code] + [p.code for p in ind.parts if p.code != ind.code]
            figures = "; ".join(dict.fromkeys(f for f in (_figures(c, v) for c in codes) if f))
            if points:
                maximum, score_ = _vn(ir["max_points"] or "?"), _vn(ir["points"])
            else:
                maximum = "; ".join(f"≥ {p.threshold}%" if p.input == "ratio" else ("≥ 1 hình thức" if p.input == "checklist" else "Có") for p in ind.parts)
                score_ = mark[ir["met"]]
            other = ""
            if upper is not None:
                o = upper.result.indicator(ind.code).to_dict()
                other = _vn(o["points"]) if points else mark[o["met"]]
            rows.append(Row(ind.code, ind.name, maximum, figures, score_, other))
    return tuple(rows)


def build_document(ws: Workspace, year: int, form: str, unit: str | None = None):
    """The data of Mẫu ``form`` (01, 02 for a commune; 07 at the upper level, the upper scoring beside the commune's;
    09 and 10 at the upper level, over every commune it expects)."""
    from app.reports.assessment import FORMS, AssessmentDocData
    from app.services.printing import _info

    if form not in FORMS:
        raise UsageError(f"unknown form {form!r}; choose one of {', '.join(FORMS)}", form=form)
    if form in ("09", "10"):
        return _form_09(ws, year, form)
    v = view(ws, year, unit)
    if form == "07" and v.scorer != "upper":
        raise UsageError("Mẫu 07 is the upper level's scoring of a commune: run it at the upper level with --unit CODE")
    if form in ("01", "02") and v.scorer == "upper":
        v = v.other
        assert v is not None
    commune = v.other if form == "07" else None
    basis = "TT 09/2021/TT-BTP Phụ lục II" if v.cset.set_id.startswith("QD25") else "TT 15/2025/TT-BTP (mẫu chưa tìm thấy)"
    summary = f"{FORMS[form]}\nchuẩn tiếp cận pháp luật năm {year}"
    doc_type = "BÁO CÁO" if form == "01" else "BẢN TỔNG HỢP"
    r = v.result
    return AssessmentDocData(
        info=_info(ws, doc_type, summary),
        form=form,
        regime=v.cset.regime,
        unit_name=v.unit_name,
        year=year,
        set_name=v.cset.name,
        set_version=v.cset.version,
        status=r.status,
        total=_vn(r.to_dict()["total"]),
        rows=_rows(commune, v) if commune is not None else _rows(v),
        failing=tuple(_vi_reason(f, r, v.cset) for f in r.failing),
        missing=tuple(_vi_reason(m, r, v.cset) for m in r.missing),
        other_status=commune.result.status if commune is not None and commune.assessment is not None else "",
        other_total=_vn(commune.result.to_dict()["total"]) if commune is not None else "",
        footer=FOOTER.format(form=form, basis=basis),
    )


def _form_09(ws: Workspace, year: int, form: str = "09"):
    """Mẫu 09 (the units and their figures) or Mẫu 10 (the report of the year's result), from the same list."""
    from app.reports.assessment import FORMS, AssessmentDocData
    from app.services.printing import _info
    from app.services.read import default_scope

    if not is_upper(ws):
        raise UsageError(f"Mẫu {form} sums up the communes: it is printed at the upper level")
    rows = overview(ws, year, default_scope(ws))
    word = {"recognised": "Đạt chuẩn", "not_recognised": "Chưa đạt chuẩn", "incomplete": "Chưa đủ thông tin"}
    units = tuple(
        (f"{r.unit_name} ({r.unit_code})", word.get(r.self_status, "Chưa gửi"), _vn(r.self_total), word.get(r.upper_status, ""), _vn(r.upper_total))
        for r in rows
    )  # fmt: skip
    cset = criteria.set_for_year(year, ws.paths.data)
    basis = "TT 09/2021/TT-BTP Phụ lục II" if cset.set_id.startswith("QD25") else "TT 15/2025/TT-BTP (mẫu chưa tìm thấy)"
    return AssessmentDocData(
        info=_info(ws, "BẢN TỔNG HỢP" if form == "09" else "BÁO CÁO", f"{FORMS[form] if form == '09' else 'Kết quả đánh giá, công nhận'}\nchuẩn tiếp cận pháp luật năm {year}"),
        form=form, regime=cset.regime, unit_name=unit_name(ws, ws.unit_code), year=year, set_name=cset.name,
        set_version=cset.version, status="", total="", rows=(), failing=(), missing=(), units=units,
        across=tuple(across(rows)), footer=FOOTER.format(form=form, basis=basis),
    )  # fmt: skip


def form_names() -> dict[str, str]:
    """The official name of each form this program prints (TT 09/2021 Điều 4)."""
    from app.reports.assessment import FORMS

    return dict(FORMS)


def render_document(ws: Workspace, year: int, form: str, unit: str | None = None, invariant: bool = False) -> bytes:
    from app.reports.assessment import AssessmentReport

    data = build_document(ws, year, form, unit)
    return AssessmentReport(invariant=invariant, landscape=form not in ("01", "10")).render(data)
