"""The roster's legal life cycle (TT 10/2016/TT-BTP) as use cases: suspension (Điều 8.1.e), the review of district
báo cáo viên after 1 July 2025, and the facts other screens ask (who may be assigned).

Every change goes through ``logbook.save_reporter`` (the rules, the audit log, one transaction each).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.core import facts
from app.core.errors import UsageError
from app.core.models import Decision, Reporter, TrainingSession
from app.core.roster import ground_citation, review_flag_label
from app.core.rules import Problem, validate_training
from app.core.text import clean
from app.services import logbook, read
from app.services.workspace import Workspace
from app.store import reporters as reporter_repo
from app.store import trainings as training_repo


def _ddmmyyyy(day: date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def assignable(ws: Workspace, scope: read.Scope, on: date | None = None) -> list[Reporter]:
    """The reporters of ``scope`` that may be offered for a new activity on ``on`` (default today)."""
    day = on or ws.today()
    return [r for r in read.reporters(ws, scope) if facts.is_assignable(r, day)]


def suspend(ws: Workspace, reporter_id: str, start: date, reason: str) -> Reporter:
    """Suspend a reporter from ``start`` (TT 10/2016 Điều 8.1.e: prosecuted, investigated, tried or awaiting a
    conclusion): not assigned, not dismissed. ``reason`` says which proceeding (required)."""
    if not clean(reason):
        raise UsageError("say why the person is suspended (the proceeding of TT 10/2016 Điều 8.1.e)", field="suspension_reason")
    r = reporter_repo.get_reporter(ws.db, reporter_id)
    changed = replace(r, suspended_from=start, suspended_until=None, suspension_reason=clean(reason))
    logbook.save_reporter(ws, changed, source="roster")
    return changed


def end_suspension(ws: Workspace, reporter_id: str, end: date) -> Reporter:
    """The suspension ends on ``end`` (the proceeding closed without a ground for dismissal): assignable again."""
    r = reporter_repo.get_reporter(ws.db, reporter_id)
    if r.suspended_from is None:
        raise UsageError(f"{r.full_name} is not suspended", field="suspended_until")
    changed = replace(r, suspended_until=end)
    logbook.save_reporter(ws, changed, source="roster")
    return changed


def district_reporters(ws: Workspace, scope: read.Scope, on: date | None = None) -> list[Reporter]:
    """District báo cáo viên whose level ended (1 July 2025) and who await review: recognition as a provincial
    báo cáo viên or as a commune tuyên truyền viên (``recognise_again``), or a decision on a legal ground."""
    day = on or ws.today()
    return [r for r in read.reporters(ws, scope) if facts.reporter_state(r, day) == facts.LEVEL_ENDED]


def recognise_again(ws: Workspace, reporter_id: str, kind: str, decision: Decision) -> Reporter:
    """Record the new recognition of a district báo cáo viên: as provincial báo cáo viên (``kind`` "bcv") or as
    the commune's tuyên truyền viên ("ttv"). The record (and its activities) stays the same; the former role
    and recognition are kept in the notes and in the audit log."""
    if kind not in ("bcv", "ttv"):
        raise UsageError("choose bcv (provincial báo cáo viên) or ttv (commune tuyên truyền viên)", field="kind")
    if decision.date is None or not decision.number:
        raise UsageError("the new recognition needs its decision number and date", field="recognition")
    r = reporter_repo.get_reporter(ws.db, reporter_id)
    if not (r.kind == "bcv" and r.level == facts.DISTRICT_LEVEL):
        raise UsageError(f"{r.full_name} is not a district báo cáo viên", field="level")
    old = r.recognition
    history = (
        f"Trước {_ddmmyyyy(facts.DISTRICT_LEVEL_END)}: báo cáo viên pháp luật cấp huyện"
        + (f", quyết định công nhận số {old.number}" if old.number else "")
        + (f" ngày {_ddmmyyyy(old.date)}" if old.date else "")
        + (f" ({old.authority})" if old.authority else "")
        + "."
    )
    changed = replace(
        r, kind=kind, level="tinh" if kind == "bcv" else "", recognition=decision,
        notes="\n".join(x for x in (r.notes, history) if x),
    )  # fmt: skip
    logbook.save_reporter(ws, changed, source="roster")
    return changed


# -- trainings (tập huấn, bồi dưỡng) ------------------------------------------------------------------------


def save_training(ws: Workspace, training: TrainingSession) -> None:
    """Validate and store a training (its attendees must be reporters of this unit)."""
    problems = validate_training(training, ws.catalogs, ws.today())
    own = {r.id for r in read.reporters(ws, read.Scope.own(ws), include_deleted=True)}
    unknown = [i for i in training.attendee_ids if i not in own]
    if unknown:
        problems.append(Problem("attendee_ids", "unknown", f"{len(unknown)} attendee(s) are not on this unit's roster"))
    if problems:
        logbook._refuse("training", problems)  # the one message of refused records
    with ws.db.atomic():
        training_repo.save_training(ws.db, training, ws.write_context("roster"))


def delete_training(ws: Workspace, training_id: str, reason: str = "") -> None:
    with ws.db.atomic():
        training_repo.delete_training(ws.db, training_id, ws.write_context("roster"), reason)


def trainings(ws: Workspace, scope: read.Scope, year: int | None = None) -> list[TrainingSession]:
    """Trainings of ``scope`` (of ``year`` when given), oldest first."""
    start, end = (date(year, 1, 1), date(year, 12, 31)) if year else (None, None)
    return training_repo.list_trainings(ws.db, scope.units, start, end)


@dataclass(frozen=True)
class TrainedShare:
    """The share of tuyên truyền viên trained in a year: of those active at the year's end (or today, in the
    current year), how many attended at least one training dated in the year (a training record or a training
    noted on the person)."""

    year: int
    on: date  # the day "active" is taken on
    active: int
    trained: int
    trained_ids: tuple[str, ...]

    @property
    def share(self) -> float:
        """0.0–1.0 (0.0 when nobody is active)."""
        return self.trained / self.active if self.active else 0.0

    @property
    def percent(self) -> int:
        return round(100 * self.share)


def trained_share(ws: Workspace, scope: read.Scope, year: int, kind: str = "ttv") -> TrainedShare:
    """Share of the tuyên truyền viên (``kind``) of ``scope`` trained in ``year`` (for the assessment, Biểu 4)."""
    on = min(date(year, 12, 31), ws.today())
    people = [r for r in read.reporters(ws, scope) if r.kind == kind and facts.is_active(r, on)]
    attended = {i for t in trainings(ws, scope, year) for i in t.attendee_ids}
    trained = tuple(
        r.id for r in people if r.id in attended or any(t.date is not None and t.date.year == year for t in r.trainings)
    )
    return TrainedShare(year, on, len(people), len(trained), trained)


# -- review (rà soát) ---------------------------------------------------------------------------------------

IDLE_DAYS = 365  # no activity in the last 12 months
REFUSALS_FOR_REVIEW = 3  # TT 10/2016 Điều 4.1.d: refused assigned work without good reason 03 times or more
REVIEW_RULES = ("flag", "district", "suspended", "refusals", "inactive", "incomplete")  # the order of the report


@dataclass(frozen=True)
class ReviewItem:
    """One finding on one person: what the review found and what the chairman may decide (in Vietnamese)."""

    reporter_id: str
    full_name: str
    kind: str
    owner_unit: str
    rule: str  # one of REVIEW_RULES
    finding: str
    proposal: str


def _missing_details(r: Reporter) -> list[str]:
    missing = []
    if not r.recognition.number or r.recognition.date is None:
        missing.append("số, ngày quyết định công nhận")
    if not r.gender:
        missing.append("giới tính")
    if r.kind == "bcv":
        if not r.level:
            missing.append("cấp báo cáo viên")
        if not r.organisation:
            missing.append("cơ quan công tác")
    elif not r.area:
        missing.append("địa bàn phụ trách")
    return missing


def _findings(r: Reporter, on: date, last: str | None, grounds) -> list[tuple[str, str, str]]:
    """(rule, finding, proposal) of one reporter on the day ``on``."""
    state = facts.reporter_state(r, on)
    out: list[tuple[str, str, str]] = []
    if r.review_flag:
        kept = "" if r.dismissal.is_empty() else (
            f" Đã có quyết định số {r.dismissal.number or '…'}"
            + (f" ngày {_ddmmyyyy(r.dismissal.date)}" if r.dismissal.date else "")
            + " ghi lý do này, không phải căn cứ theo Thông tư 10/2016/TT-BTP."
        )  # fmt: skip
        points = "Điều 4 khoản 1 (điểm a–g)" if r.kind == "bcv" else "Điều 6 khoản 1 (điểm a–d)"
        out.append(("flag", f"Đề nghị rà soát: {review_flag_label(r.review_flag).split(' – ')[0]}.{kept}",
                    f"Xác định căn cứ theo {points} Thông tư 10/2016/TT-BTP, hoặc bỏ đề nghị rà soát nếu vẫn hoạt động."))  # fmt: skip
    if state == facts.DISMISSED or state == facts.NOT_YET:
        return out
    if state == facts.LEVEL_ENDED:
        out.append(("district", f"Báo cáo viên pháp luật cấp huyện: cấp huyện kết thúc từ {_ddmmyyyy(facts.DISTRICT_LEVEL_END)}.",
                    "Xem xét đề nghị công nhận là báo cáo viên pháp luật cấp tỉnh hoặc tuyên truyền viên pháp luật cấp xã."))  # fmt: skip
        return out
    if state == facts.SUSPENDED:
        assert r.suspended_from is not None
        c = {e.code: e for e in grounds}
        cite = ground_citation(c["BI_KET_AN"], r.kind) if "BI_KET_AN" in c else ""
        out.append(("suspended", f"Tạm không phân công từ {_ddmmyyyy(r.suspended_from)}"
                    + (f" ({r.suspension_reason})" if r.suspension_reason else "") + " – Điều 8 khoản 1 điểm e Thông tư 10/2016/TT-BTP.",
                    f"Theo dõi kết quả tố tụng; nếu bị kết án bằng bản án có hiệu lực: {cite}; nếu không: chấm dứt tạm không phân công."))  # fmt: skip
    if r.kind == "bcv" and r.refusals >= REFUSALS_FOR_REVIEW:
        out.append(("refusals", f"Đã từ chối thực hiện phổ biến, giáo dục pháp luật theo phân công {r.refusals} lần.",
                    "Nếu các lần từ chối không có lý do chính đáng: miễn nhiệm theo Thông tư 10/2016/TT-BTP Điều 4 khoản 1 điểm d."))  # fmt: skip
    recognised = r.recognition.date
    if state == facts.ACTIVE and (recognised is None or (on - recognised).days >= IDLE_DAYS):
        if last is None or (on - date.fromisoformat(last)).days > IDLE_DAYS:
            seen = f"hoạt động gần nhất ngày {_ddmmyyyy(date.fromisoformat(last))}" if last else "chưa ghi nhận hoạt động nào"
            proposal = (
                "Phân công hoạt động; nếu người được công nhận xin thôi: cho thôi theo Thông tư 10/2016/TT-BTP Điều 6 khoản 1 điểm a. "
                "Không hoạt động không phải là căn cứ cho thôi."
                if r.kind == "ttv"
                else "Phân công hoạt động; nếu từ chối không có lý do chính đáng từ 03 lần trở lên: Điều 4 khoản 1 điểm d; "
                "nếu không còn đủ tiêu chuẩn: Điều 4 khoản 1 điểm c Thông tư 10/2016/TT-BTP."
            )  # fmt: skip
            out.append(("inactive", f"Không có hoạt động trong 12 tháng qua ({seen}).", proposal))
    missing = _missing_details(r)
    if missing:
        out.append(("incomplete", "Thiếu thông tin: " + ", ".join(missing) + ".", "Bổ sung thông tin vào danh sách."))
    return out


def review(ws: Workspace, scope: read.Scope, on: date | None = None) -> list[ReviewItem]:
    """The roster's review on ``on`` (default today): review flags, district báo cáo viên after 1 July 2025,
    suspensions, báo cáo viên with 3 refusals or more, no activity in the last 12 months, incomplete details.
    Ordered by rule (``REVIEW_RULES``), then name."""
    day = on or ws.today()
    stats = read.reporter_stats(ws, scope)
    grounds = ws.catalogs.dismissal_grounds.entries
    items = [
        ReviewItem(r.id, r.full_name, r.kind, r.meta.owner_unit, rule, finding, proposal)
        for r in read.reporters(ws, scope)
        for rule, finding, proposal in _findings(r, day, stats.get(r.id, (0, None))[1], grounds)
    ]
    order = {rule: i for i, rule in enumerate(REVIEW_RULES)}
    return sorted(items, key=lambda i: order[i.rule])  # stable: the roster's name order within a rule
