"""Chuẩn tiếp cận pháp luật: criteria sets as data, and the pure scoring of a commune's yearly assessment.

A criteria set (``resources/catalogs/criteria/<set>.json``) is data: criteria, indicators, their inputs, points or
thresholds, each with its source and certainty, the pass rule, the extra conditions and the calendar. Two regimes:

* ``points`` (QĐ 25/2021 + TT 09/2021, years 2022-2025): each indicator gives points; recognised when the total
  is at least ``total_min``, every criterion reaches ``criterion_min_share`` % of its maximum and every extra
  condition holds (the heads of the commune not disciplined: separate from indicator 5.3). Points the law's
  annex gives but the reference does not know are ``null``: the result names them instead of inventing numbers.
* ``met`` (QĐ 27/2025 + TT 15/2025, from 2026): each indicator is met or not (all its parts met); recognised
  only when every indicator is met.

Answers are plain data keyed by an indicator or part code (what an assessment stores as its raw input):
``{"yes": bool}``, ``{"num": int, "den": int}``, ``{"selected": [codes]}``, ``{"points": "2.5"}``,
``{"not_due": true}`` (nothing was due that year: full points, or met). A ratio with a zero denominator counts as
nothing due. :func:`score` is pure: the same set and the same answers always give the same result.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Mapping

CERTAINTIES = ("verified", "verified_quoted", "secondary", "secondary_app", "inference", "unknown")
REGIMES = ("points", "met")
INPUTS = ("yes_no", "ratio", "checklist", "points")
STATUS_RECOGNISED, STATUS_NOT_RECOGNISED, STATUS_INCOMPLETE = "recognised", "not_recognised", "incomplete"
MAX_COUNT = 10_000_000


class CriteriaSetError(ValueError):
    """A criteria set file that does not hold together (the message names the field)."""


class AnswerError(ValueError):
    """An answer that cannot be stored; ``code`` is stable (E-ASSESS-…)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# -- the criteria set ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    code: str
    name: str


@dataclass(frozen=True)
class Part:
    """One input of an indicator (an indicator with one input has one part carrying its own code)."""

    code: str
    name: str
    input: str
    points_yes: Decimal | None = None
    points_no: Decimal | None = None
    threshold: Decimal | None = None  # per cent a ratio must reach (met regime)
    min_selected: int = 1
    options: tuple[Option, ...] = ()
    derived: str = ""  # the log value that can fill it (services.assessments)
    figure: str = ""  # a yearly figure the app does not log (entered by hand with its source)
    certainty: str = ""


@dataclass(frozen=True)
class Band:
    min: Decimal  # per cent, inclusive
    points: Decimal | None  # None: unknown


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    criterion: str
    parts: tuple[Part, ...]
    scoring: str = ""  # points regime: "self" (points entered), "parts", "bands"
    max_points: Decimal | None = None
    not_due_points: Decimal | None = None
    bands: tuple[Band, ...] = ()
    source: str = ""
    certainty: str = ""
    threshold_certainty: str = ""

    @property
    def input(self) -> str:
        return self.parts[0].input if len(self.parts) == 1 else "parts"


@dataclass(frozen=True)
class Criterion:
    code: str
    name: str
    indicators: tuple[Indicator, ...]
    max_points: Decimal | None = None
    source: str = ""
    certainty: str = ""

    @property
    def known_max(self) -> Decimal | None:
        """The maximum of the criterion: its own, else the sum of its indicators' when all are known."""
        if self.max_points is not None:
            return self.max_points
        maxima = [i.max_points for i in self.indicators]
        return sum(maxima, Decimal(0)) if all(m is not None for m in maxima) else None


@dataclass(frozen=True)
class Condition:
    code: str
    name: str
    question: str
    pass_when: bool
    source: str = ""
    certainty: str = ""


@dataclass(frozen=True)
class CriteriaSet:
    set_id: str
    version: str
    regime: str
    name: str
    years: tuple[int | None, int | None]
    criteria: tuple[Criterion, ...]
    conditions: tuple[Condition, ...] = ()
    total_min: Decimal | None = None
    criterion_min_share: Decimal | None = None
    total_max: Decimal | None = None
    calendar: tuple[Mapping[str, Any], ...] = ()
    source: str = ""
    data: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # the file as read

    @property
    def key(self) -> str:
        return f"{self.set_id}@{self.version}"

    def indicators(self) -> list[Indicator]:
        return [i for c in self.criteria for i in c.indicators]

    def indicator(self, code: str) -> Indicator | None:
        return next((i for i in self.indicators() if i.code == code), None)

    def applies_to(self, year: int) -> bool:
        first, last = self.years
        return (first is None or year >= first) and (last is None or year <= last)

    def input_codes(self) -> list[str]:
        """Every code an answer may be given under: indicators, their parts, the conditions (in order)."""
        codes: list[str] = []
        for ind in self.indicators():
            codes.append(ind.code)
            codes.extend(p.code for p in ind.parts if p.code != ind.code)
        codes.extend(c.code for c in self.conditions)
        return codes

    def missing_points(self) -> list[str]:
        """The codes whose maximum points this version does not know (points regime)."""
        if self.regime != "points":
            return []
        out = [c.code for c in self.criteria if c.max_points is None]
        out += [i.code for i in self.indicators() if i.max_points is None]
        out += [f"{i.code}≥{b.min}%" for i in self.indicators() for b in i.bands if b.points is None]
        return out


def _dec(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise CriteriaSetError(f"{where}: not a number: {value!r}")
    try:
        out = Decimal(str(value))
    except InvalidOperation as exc:
        raise CriteriaSetError(f"{where}: not a number: {value!r}") from exc
    if not out.is_finite() or out < 0:
        raise CriteriaSetError(f"{where}: must be a number ≥ 0")
    return out


def _text(raw: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise CriteriaSetError(f"{where}: {key} is missing")
    return unicodedata.normalize("NFC", value.strip())


def _certainty(raw: Mapping[str, Any], where: str, key: str = "certainty") -> str:
    value = raw.get(key, "")
    if value and value not in CERTAINTIES:
        raise CriteriaSetError(f"{where}: {key} must be one of {', '.join(CERTAINTIES)}")
    return value


def _part(raw: Mapping[str, Any], where: str) -> Part:
    code = _text(raw, "code", where)
    kind = raw.get("input")
    if kind not in INPUTS:
        raise CriteriaSetError(f"{where} {code}: input must be one of {', '.join(INPUTS)}")
    options = tuple(Option(_text(o, "code", where), _text(o, "name", where)) for o in raw.get("options", ()))
    if kind == "checklist" and not options:
        raise CriteriaSetError(f"{where} {code}: a checklist needs options")
    return Part(
        code=code,
        name=_text(raw, "name", where),
        input=kind,
        points_yes=_dec(raw.get("points_yes"), f"{where} {code} points_yes"),
        points_no=_dec(raw.get("points_no"), f"{where} {code} points_no"),
        threshold=_dec(raw.get("threshold"), f"{where} {code} threshold"),
        min_selected=int(raw.get("min_selected", 1)),
        options=options,
        derived=raw.get("derived", ""),
        figure=raw.get("figure", ""),
        certainty=_certainty(raw, f"{where} {code}"),
    )


def _indicator(raw: Mapping[str, Any], criterion: str, regime: str) -> Indicator:
    where = f"indicator {raw.get('code', '?')}"
    code = _text(raw, "code", where)
    if "parts" in raw:
        parts = tuple(_part(p, where) for p in raw["parts"])
    else:
        parts = (_part({**raw, "input": raw.get("input", "points")}, where),)
    if not parts:
        raise CriteriaSetError(f"{where}: no input")
    scoring = raw.get("scoring", "")
    if regime == "points" and scoring not in ("self", "parts", "bands"):
        raise CriteriaSetError(f"{where}: scoring must be self, parts or bands")
    if regime == "met":
        for p in parts:
            if p.input == "points":
                raise CriteriaSetError(f"{where}: a met/not met indicator takes no points")
    bands = tuple(Band(_dec(b.get("min"), f"{where} band"), _dec(b.get("points"), f"{where} band")) for b in raw.get("bands", ()))
    if scoring == "bands" and (not bands or parts[0].input != "ratio"):
        raise CriteriaSetError(f"{where}: banded scoring needs bands and a ratio")
    return Indicator(
        code=code,
        name=_text(raw, "name", where),
        criterion=criterion,
        parts=parts,
        scoring=scoring,
        max_points=_dec(raw.get("max_points"), f"{where} max_points"),
        not_due_points=_dec(raw.get("not_due_points"), f"{where} not_due_points"),
        bands=tuple(sorted(bands, key=lambda b: b.min, reverse=True)),
        source=_text(raw, "source", where, required=False),
        certainty=_certainty(raw, where),
        threshold_certainty=_certainty(raw, where, "threshold_certainty"),
    )


def parse_criteria_set(data: Mapping[str, Any]) -> CriteriaSet:
    """Build a criteria set from the decoded JSON of its file; CriteriaSetError when it does not hold together."""
    if not isinstance(data, Mapping):
        raise CriteriaSetError("a criteria set is a JSON object")
    set_id = _text(data, "set", "criteria set")
    if not re.fullmatch(r"[A-Za-z0-9_]{1,40}", set_id):
        raise CriteriaSetError(f"criteria set id {set_id!r} is not a plain code")
    version = str(data.get("version", "")).strip()
    if not re.fullmatch(r"[0-9A-Za-z._-]{1,20}", version):
        raise CriteriaSetError("criteria set: version is missing or not a plain version")
    regime = data.get("regime")
    if regime not in REGIMES:
        raise CriteriaSetError(f"criteria set: regime must be one of {', '.join(REGIMES)}")
    criteria = []
    for raw in data.get("criteria", ()):
        code = _text(raw, "code", "criterion")
        indicators = tuple(_indicator(i, code, regime) for i in raw.get("indicators", ()))
        if not indicators:
            raise CriteriaSetError(f"criterion {code}: no indicators")
        criteria.append(
            Criterion(
                code=code,
                name=_text(raw, "name", f"criterion {code}"),
                indicators=indicators,
                max_points=_dec(raw.get("max_points"), f"criterion {code} max_points"),
                source=_text(raw, "source", f"criterion {code}", required=False),
                certainty=_certainty(raw, f"criterion {code}"),
            )
        )
    if not criteria:
        raise CriteriaSetError("criteria set: no criteria")
    conditions = tuple(
        Condition(
            code=_text(c, "code", "condition"),
            name=_text(c, "name", "condition"),
            question=_text(c, "question", "condition", required=False) or _text(c, "name", "condition"),
            pass_when=bool(c.get("pass_when", True)),
            source=_text(c, "source", "condition", required=False),
            certainty=_certainty(c, "condition"),
        )
        for c in data.get("conditions", ())
    )
    rule = data.get("pass_rule", {})
    years = data.get("years") or [None, None]
    cset = CriteriaSet(
        set_id=set_id,
        version=version,
        regime=regime,
        name=_text(data, "name", "criteria set"),
        years=(years[0], years[1]),
        criteria=tuple(criteria),
        conditions=conditions,
        total_min=_dec(rule.get("total_min"), "pass_rule total_min"),
        criterion_min_share=_dec(rule.get("criterion_min_share"), "pass_rule criterion_min_share"),
        total_max=_dec(data.get("total_max"), "total_max"),
        calendar=tuple(data.get("calendar", ())),
        source=_text(data, "source", "criteria set", required=False),
        data=data,
    )
    codes = cset.input_codes()
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise CriteriaSetError(f"criteria set: codes used twice: {', '.join(dupes)}")
    return cset


# -- answers ------------------------------------------------------------------------------------------------

_YES = {"yes", "y", "true", "1", "co", "dat", "x"}
_NO = {"no", "n", "false", "0", "khong", "khong dat", "chua dat"}
_NOT_DUE = {"not_due", "not-due", "khong phat sinh", "n/a", "na"}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.strip().lower()).replace("đ", "d")
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def _count(text: str, what: str) -> int:
    if not re.fullmatch(r"\d{1,9}", text.strip()):
        raise AnswerError("E-ASSESS-VALUE", f"{what} must be a whole number ≥ 0, not {text.strip()!r}")
    value = int(text)
    if value > MAX_COUNT:
        raise AnswerError("E-ASSESS-VALUE", f"{what} is larger than {MAX_COUNT:,}")
    return value


def target(cset: CriteriaSet, code: str) -> tuple[Indicator, Part | None] | Condition:
    """What an answer code names: an indicator (part None), a part of one, or a condition."""
    for cond in cset.conditions:
        if cond.code == code:
            return cond
    for ind in cset.indicators():
        if ind.code == code:
            return ind, (ind.parts[0] if len(ind.parts) == 1 else None)
        for part in ind.parts:
            if part.code == code:
                return ind, part
    raise AnswerError("E-ASSESS-INDICATOR", f"{code!r} is not an indicator of {cset.key}; known: {', '.join(cset.input_codes())}")


def parse_value(cset: CriteriaSet, code: str, text: str) -> dict[str, Any]:
    """An answer typed as text (CLI, import) -> the stored answer for ``code``; AnswerError when it cannot be.

    yes/no: ``yes``/``no`` (``có``/``không``, ``đạt``/``không đạt``); ratio: ``12/15``; checklist: option codes
    separated by commas (empty: none); points: ``2.5`` (also for a scored indicator, as the officer's own
    score); ``not_due``: nothing was due that year.
    """
    raw = unicodedata.normalize("NFC", str(text)).strip()
    hit = target(cset, code)
    folded = _fold(raw)
    if isinstance(hit, Condition):
        kind = "yes_no"
    else:
        ind, part = hit
        if folded in _NOT_DUE and (part is None or part.code == ind.code):
            return {"not_due": True}
        if part is None:  # an indicator of several parts: only its own score
            kind = "points"
            if cset.regime != "points":
                raise AnswerError("E-ASSESS-VALUE", f"{code} has parts ({', '.join(p.code for p in ind.parts)}): answer each part")
        else:
            kind = part.input
            if kind == "ratio" and "/" not in raw and cset.regime == "points":
                kind = "points"  # a banded indicator scored by hand
    if kind == "yes_no":
        if folded in _YES or folded == "co":
            return {"yes": True}
        if folded in _NO:
            return {"yes": False}
        raise AnswerError("E-ASSESS-VALUE", f"{code} takes yes or no, not {raw!r}")
    if kind == "ratio":
        num, sep, den = raw.partition("/")
        if not sep:
            raise AnswerError("E-ASSESS-VALUE", f"{code} takes a ratio such as 12/15 (done/due), not {raw!r}")
        n, d = _count(num, f"{code} numerator"), _count(den, f"{code} denominator")
        if n > d:
            raise AnswerError("E-ASSESS-VALUE", f"{code}: {n} done is more than {d} due")
        return {"num": n, "den": d}
    if kind == "checklist":
        assert part is not None
        known = {o.code for o in part.options}
        chosen = [c.strip().upper() for c in raw.split(",") if c.strip()]
        unknown = [c for c in chosen if c not in known]
        if unknown:
            raise AnswerError("E-ASSESS-VALUE", f"{code}: unknown option(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        return {"selected": sorted(set(chosen))}
    try:
        points = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        raise AnswerError("E-ASSESS-VALUE", f"{code} takes points such as 2.5, not {raw!r}") from None
    if not points.is_finite() or points < 0:
        raise AnswerError("E-ASSESS-VALUE", f"{code}: points must be a number ≥ 0")
    if points != points.quantize(Decimal("0.01")):
        raise AnswerError("E-ASSESS-VALUE", f"{code}: points have at most two decimals")
    ind = hit[0]
    if ind.max_points is not None and points > ind.max_points:
        raise AnswerError("E-ASSESS-VALUE", f"{code}: {points} is more than the maximum {ind.max_points}")
    return {"points": str(points.normalize()) if points != points.to_integral() else str(int(points))}


# -- scoring ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """Why something fails or is missing: a stable code, the code of what it is about, an English message."""

    code: str
    about: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "about": self.about, "message": self.message}


@dataclass(frozen=True)
class IndicatorResult:
    code: str
    criterion: str
    points: Decimal | None = None  # points regime
    max_points: Decimal | None = None
    met: bool | None = None  # met regime (None: not answered)
    missing: tuple[Reason, ...] = ()
    failing: tuple[Reason, ...] = ()
    rates: Mapping[str, Decimal | None] = field(default_factory=dict)  # part code -> per cent (None: nothing due)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "criterion": self.criterion,
            "points": _num(self.points),
            "max_points": _num(self.max_points),
            "met": self.met,
            "rates": {k: _num(v) for k, v in self.rates.items()},
            "missing": [r.to_dict() for r in self.missing],
            "failing": [r.to_dict() for r in self.failing],
        }


@dataclass(frozen=True)
class CriterionResult:
    code: str
    points: Decimal | None
    max_points: Decimal | None
    passed: bool | None
    complete: bool

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "points": _num(self.points), "max_points": _num(self.max_points), "passed": self.passed, "complete": self.complete}


@dataclass(frozen=True)
class Result:
    set_id: str
    version: str
    regime: str
    status: str
    total: Decimal | None
    indicators: tuple[IndicatorResult, ...]
    criteria: tuple[CriterionResult, ...]
    conditions: Mapping[str, bool | None]
    failing: tuple[Reason, ...]
    missing: tuple[Reason, ...]

    @property
    def recognised(self) -> bool | None:
        return {STATUS_RECOGNISED: True, STATUS_NOT_RECOGNISED: False}.get(self.status)

    def indicator(self, code: str) -> IndicatorResult:
        return next(i for i in self.indicators if i.code == code)

    def criterion(self, code: str) -> CriterionResult:
        return next(c for c in self.criteria if c.code == code)

    def to_dict(self) -> dict[str, Any]:
        return {
            "set": self.set_id,
            "version": self.version,
            "regime": self.regime,
            "status": self.status,
            "recognised": self.recognised,
            "total": _num(self.total),
            "criteria": [c.to_dict() for c in self.criteria],
            "indicators": [i.to_dict() for i in self.indicators],
            "conditions": dict(self.conditions),
            "failing": [r.to_dict() for r in self.failing],
            "missing": [r.to_dict() for r in self.missing],
        }


def _num(value: Decimal | None) -> str | None:
    """A decimal as stored in a result: plain text without trailing zeros ("79.5", "80")."""
    if value is None:
        return None
    value = value.quantize(Decimal("0.01"))
    text = format(value.normalize(), "f")
    return text


def _rate(answer: Mapping[str, Any]) -> Decimal | None:
    """Per cent of a ratio answer; None when nothing was due (zero denominator)."""
    num, den = int(answer["num"]), int(answer["den"])
    return None if den == 0 else (Decimal(num) * 100 / Decimal(den))


def _missing(code: str, message: str, why: str = "not-answered") -> Reason:
    return Reason(why, code, message)


def _score_points(ind: Indicator, answers: Mapping[str, Mapping[str, Any]]) -> IndicatorResult:
    own = answers.get(ind.code) or {}
    missing: list[Reason] = []
    rates: dict[str, Decimal | None] = {}
    points: Decimal | None = None
    if own.get("not_due"):
        points = ind.not_due_points if ind.not_due_points is not None else ind.max_points
        if points is None:
            missing.append(_missing(ind.code, f"{ind.code}: nothing was due, but this catalog version does not know its maximum points", "points-unknown"))
    elif "points" in own:
        points = Decimal(str(own["points"]))
    elif ind.scoring == "parts":
        total = Decimal(0)
        for part in ind.parts:
            answer = answers.get(part.code)
            if not answer or "yes" not in answer:
                missing.append(_missing(part.code, f"{part.code} is not answered"))
                continue
            value = part.points_yes if answer["yes"] else part.points_no
            if value is None:
                missing.append(_missing(part.code, f"{part.code}: this catalog version does not know its points", "points-unknown"))
                continue
            total += value
        points = None if missing else total
    elif ind.scoring == "bands":
        if "num" not in own:
            missing.append(_missing(ind.code, f"{ind.code} is not answered (done/due)"))
        else:
            rate = _rate(own)
            rates[ind.code] = rate
            if rate is None:  # nothing due: full points
                points = ind.max_points
                if points is None:
                    missing.append(_missing(ind.code, f"{ind.code}: nothing was due, but this catalog version does not know its maximum points", "points-unknown"))
            else:
                band = next(b for b in ind.bands if rate >= b.min) if any(rate >= b.min for b in ind.bands) else None
                if band is None or band.points is None:
                    floor = band.min if band else Decimal(0)
                    missing.append(_missing(ind.code, f"{ind.code}: {_num(rate)}% falls in the band from {_num(floor)}% whose points this catalog version does not know", "points-unknown"))
                else:
                    points = band.points
    else:
        missing.append(_missing(ind.code, f"{ind.code} is not scored"))
    return IndicatorResult(ind.code, ind.criterion, points=points, max_points=ind.max_points, missing=tuple(missing), rates=rates)


def _part_met(part: Part, answer: Mapping[str, Any] | None) -> tuple[bool | None, Decimal | None, str]:
    """(met, rate, why not) of one part of a met/not met indicator; met None: not answered."""
    if not answer:
        return None, None, ""
    if answer.get("not_due"):
        return True, None, ""
    if part.input == "yes_no":
        return (bool(answer["yes"]), None, "" if answer["yes"] else f"{part.code}: not done")
    if part.input == "ratio":
        rate = _rate(answer)
        if rate is None:
            return True, None, ""  # nothing due counts as met
        threshold = part.threshold if part.threshold is not None else Decimal(100)
        met = rate >= threshold
        return met, rate, "" if met else f"{part.code}: {_num(rate)}% is below the required {_num(threshold)}%"
    if part.input == "checklist":
        chosen = len(answer.get("selected", ()))
        met = chosen >= part.min_selected
        return met, None, "" if met else f"{part.code}: {chosen} chosen, at least {part.min_selected} needed"
    return None, None, ""


def _score_met(ind: Indicator, answers: Mapping[str, Mapping[str, Any]]) -> IndicatorResult:
    own = answers.get(ind.code) or {}
    if own.get("not_due"):
        return IndicatorResult(ind.code, ind.criterion, met=True)
    missing: list[Reason] = []
    failing: list[Reason] = []
    rates: dict[str, Decimal | None] = {}
    for part in ind.parts:
        met, rate, why = _part_met(part, answers.get(part.code))
        if part.input == "ratio" and met is not None:
            rates[part.code] = rate
        if met is None:
            missing.append(_missing(part.code, f"{part.code} is not answered"))
        elif not met:
            failing.append(Reason("not-met", part.code, why))
    met_all: bool | None = False if failing else (None if missing else True)
    return IndicatorResult(ind.code, ind.criterion, met=met_all, missing=tuple(missing), failing=tuple(failing), rates=rates)


def _conditions(cset: CriteriaSet, answers: Mapping[str, Mapping[str, Any]]) -> tuple[dict[str, bool | None], list[Reason], list[Reason]]:
    held: dict[str, bool | None] = {}
    failing: list[Reason] = []
    missing: list[Reason] = []
    for cond in cset.conditions:
        answer = answers.get(cond.code)
        if not answer or "yes" not in answer:
            held[cond.code] = None
            missing.append(_missing(cond.code, f"{cond.code} is not answered: {cond.question}"))
            continue
        held[cond.code] = bool(answer["yes"]) == cond.pass_when
        if not held[cond.code]:
            failing.append(Reason("condition-failed", cond.code, f"{cond.code} does not hold: {cond.name}"))
    return held, failing, missing


def score(cset: CriteriaSet, answers: Mapping[str, Mapping[str, Any]]) -> Result:
    """The result of an assessment under ``cset`` (pure: same set and answers, same result)."""
    held, failing, missing = _conditions(cset, answers)
    crit_results: list[CriterionResult] = []
    ind_results: list[IndicatorResult] = []
    total: Decimal | None = None
    if cset.regime == "met":
        for crit in cset.criteria:
            results = [_score_met(i, answers) for i in crit.indicators]
            ind_results += results
            for r in results:
                failing += r.failing
                missing += r.missing
            mets = [r.met for r in results]
            passed = False if False in mets else (None if None in mets else True)
            crit_results.append(CriterionResult(crit.code, None, None, passed, None not in mets))
        if cset.data.get("pass_rule", {}).get("all_met", True) is not True:
            raise CriteriaSetError("only the all-met rule is known for a met/not met set")
    else:
        total = Decimal(0)
        upper: Decimal | None = Decimal(0)  # the most the total can still reach (None: unknown)
        share = cset.criterion_min_share
        for crit in cset.criteria:
            results = [_score_points(i, answers) for i in crit.indicators]
            ind_results += results
            got = sum((r.points for r in results if r.points is not None), Decimal(0))
            rest_max = [r.max_points for r in results if r.points is None]
            complete = not rest_max and all(r.points is not None for r in results)
            for r in results:
                missing += r.missing
            total += got
            if upper is not None:
                upper = None if any(m is None for m in rest_max) else upper + got + sum(rest_max, Decimal(0))
            maximum = crit.known_max
            passed: bool | None
            if share is None:
                passed = True
            elif maximum is None:
                passed = None
                missing.append(Reason("points-unknown", crit.code, f"{crit.code}: this catalog version does not know the maximum points, so the {_num(share)}% rule cannot be checked"))
            else:
                need = maximum * share / 100
                if got >= need:
                    passed = True
                elif complete or (upper is not None and got + sum(rest_max, Decimal(0)) < need):
                    passed = False
                    failing.append(Reason("criterion-below-share", crit.code, f"{crit.code}: {_num(got)} of {_num(maximum)} points, below {_num(share)}% ({_num(need)})"))
                else:
                    passed = None
            crit_results.append(CriterionResult(crit.code, got, maximum, passed, complete))
        if cset.total_min is not None:
            complete_all = all(r.points is not None for r in ind_results)
            if total < cset.total_min and (complete_all or (upper is not None and upper < cset.total_min)):
                failing.insert(0, Reason("total-below-min", "total", f"total {_num(total)} points, below {_num(cset.total_min)}"))
            elif total < cset.total_min:
                missing.append(Reason("total-open", "total", f"total so far {_num(total)} points; {_num(cset.total_min)} needed"))
    if failing:
        status = STATUS_NOT_RECOGNISED
    elif missing:
        status = STATUS_INCOMPLETE
    else:
        status = STATUS_RECOGNISED
    return Result(
        set_id=cset.set_id,
        version=cset.version,
        regime=cset.regime,
        status=status,
        total=total,
        indicators=tuple(ind_results),
        criteria=tuple(crit_results),
        conditions=held,
        failing=tuple(failing),
        missing=tuple(missing),
    )


def pick_set(sets: Iterable[CriteriaSet], year: int) -> CriteriaSet | None:
    """The newest version of the set that applies to evaluation ``year``."""
    fitting = [s for s in sets if s.applies_to(year)]
    return max(fitting, key=lambda s: (s.years[0] or 0, version_key(s.version)), default=None)


def version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"[.-]", version))
