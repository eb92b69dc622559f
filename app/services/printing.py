"""Official documents of a period: gather the data from the store, render PDF or .xlsx, optionally sign.

The agency lines, signer and recipients are editable workspace settings (``doc_*`` keys) with defaults
derived from the unit, because Nghị định 30/2020 leaves them to practice (domain.md 5.1).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Generator

from app.core.catalogs import reporting_rules
from app.core.errors import UsageError
from app.core.facts import DISMISSED, LEVEL_ENDED, SUSPENDED, reporter_state
from app.core.roster import state_text
from app.core.models import Reporter
from app.core.periods import DataWindow, Period, ReportingRule, data_window, statistics_rule
from app.core.progress import Progress
from app.fileio import atomic_write
from app.paths import resource_path
from app.reports import signing, xlsx
from app.reports.activity_log import ActivityLogData, ActivityLogReport, ActivityRow
from app.reports.base import DocumentInfo, Letterhead, RenderedPdf, SignerInfo, vn_date
from app.reports.enrolment import EnrolmentData, EnrolmentReport
from app.reports.review import ReviewData, ReviewReport, ReviewRow
from app.reports.ttv_decision import TtvDecisionData, TtvDecisionReport
from app.reports.roster import RosterData, RosterReport, RosterRow, decision_text
from app.reports.statistics import ComputedTable, compute_tables
from app.reports.summary import SummaryData, SummaryReport, vn_number
from app.services import period_texts, read
from app.services.read import Scope, default_scope
from app.core.unit_names import UnitName, unit_name
from app.services.units import names_of
from app.services.workspace import Workspace
from app.store import settings as settings_repo

KINDS = ("activity-log", "roster", "summary", "enrolment", "roster-review", "ttv-decision")
# Default file names in Vietnamese without accents (safe on every file system and e-mail client).
FILE_STEMS = {"summary": "bao-cao-tong-hop", "activity-log": "so-theo-doi", "roster": "danh-sach-bcv-ttv", "enrolment": "phieu-dang-ky-khoa",
              "roster-review": "ra-soat-bcv-ttv", "ttv-decision": "quyet-dinh-ttv"}  # fmt: skip
FORMATS = ("pdf", "xlsx")
SETTING_KEYS = (
    "doc_issuer", "doc_upper_agency", "doc_issuing_unit", "doc_place", "doc_signer_authority", "doc_signer_title",
    "doc_signer_name", "doc_recipients", "doc_number_code",
)  # fmt: skip


ISSUERS = ("ubnd", "agency")  # who issues: the People's Committee, or its justice agency (Sở / Phòng Tư pháp)


def default_file_name(kind: str, period: Period, fmt: str) -> str:
    """"bao-cao-tong-hop-2026.pdf", "so-theo-doi-2026-Q3.xlsx": what a save dialog proposes."""
    return f"{FILE_STEMS.get(kind, kind)}-{period.id}.{fmt}"


def own_names(ws: Workspace) -> tuple[UnitName, UnitName]:
    """(this unit's composed name, its province's), from the catalog's type and name (app.core.unit_names)."""
    values = ws.settings
    level = values.get("level", "commune")
    if level == "district":  # entered by hand: its code is the province's, not the catalog's
        own = unit_name("huyện", values.get("unit_name", ""))
    else:
        own = names_of(values.get("unit_code", ""), values.get("unit_name", ""))
    province = names_of(values.get("province_code", "")) if values.get("province_code") else unit_name("", "")
    return own, province


def default_issuer(ws: Workspace) -> str:
    """A commune's documents are issued by its People's Committee; an upper level's by its justice agency."""
    return "ubnd" if ws.settings.get("level", "commune") == "commune" else "agency"


def issuer_of(ws: Workspace) -> str:
    """The chosen issuing agency (``doc_issuer``: ``ubnd`` or ``agency``; a commune has only ``ubnd``)."""
    chosen = ws.settings.get("doc_issuer", "")
    if ws.settings.get("level", "commune") == "commune":
        return "ubnd"
    return chosen if chosen in ISSUERS else default_issuer(ws)


def agency_word(ws: Workspace, issuer: str | None = None) -> str:
    """"Ủy ban nhân dân", "Sở Tư pháp" or "Phòng Tư pháp": who speaks in the body ("… báo cáo")."""
    if (issuer or issuer_of(ws)) == "ubnd":
        return "Ủy ban nhân dân"
    return "Sở Tư pháp" if ws.settings.get("level") == "province" else "Phòng Tư pháp"


def default_document_settings(ws: Workspace, issuer: str | None = None) -> dict[str, str]:
    """The agency lines, signer and recipients a unit of this level usually prints, for ``issuer`` (default: the
    chosen one). Names come from :func:`own_names`; the place is the unit's own (Nghị định 30/2020 Phụ lục I)."""
    ws.require_initialised()
    own, province = own_names(ws)
    level = ws.settings.get("level", "commune")
    issuer = issuer or issuer_of(ws)
    if level == "commune":
        issuer = "ubnd"
    if issuer == "ubnd":
        upper, issuing, authority, title, code = "", f"Ủy ban nhân dân\n{own.full}", "TM. Ủy ban nhân dân", "Chủ tịch", "BC-UBND"
        if level == "commune":
            recipients = [f"Sở Tư pháp {province.lower}".strip(), f"Thường trực Đảng ủy, HĐND {own.lower}", "Lưu: VT"]
        elif level == "province":
            recipients = ["Bộ Tư pháp", f"Thường trực HĐND {own.lower}", "Sở Tư pháp", "Lưu: VT"]
        else:
            recipients = [f"Sở Tư pháp {province.lower}".strip(), f"Thường trực HĐND {own.lower}", "Lưu: VT"]
    elif level == "province":
        upper, issuing, authority, title, code = f"UBND {own.lower}", "Sở Tư pháp", "KT. Giám đốc", "Phó Giám đốc", "BC-STP"
        recipients = ["Bộ Tư pháp", f"UBND {own.lower}", "Lưu: VT, PBGDPL"]
    else:
        upper, issuing, authority, title, code = f"UBND {own.lower}", "Phòng Tư pháp", "", "Trưởng phòng", "BC-PTP"
        recipients = [f"Sở Tư pháp {province.lower}".strip(), f"UBND {own.lower}", "Lưu: VT"]
    return {
        "doc_issuer": issuer,
        "doc_upper_agency": upper,
        "doc_issuing_unit": issuing,
        "doc_place": own.place,
        "doc_signer_authority": authority,
        "doc_signer_title": title,
        "doc_signer_name": "",
        "doc_recipients": "\n".join(recipients),
        "doc_number_code": code,
    }


def document_settings(ws: Workspace) -> dict[str, str]:
    """The stored ``doc_*`` settings over their defaults."""
    stored = {k: v for k, v in ws.settings.items() if k in SETTING_KEYS}
    return {**default_document_settings(ws), **stored}


def save_document_settings(ws: Workspace, values: dict[str, str]) -> dict[str, str]:
    """Store edited agency lines / signer / recipients (unknown keys refused)."""
    unknown = sorted(set(values) - set(SETTING_KEYS))
    if unknown:
        raise UsageError(f"unknown document setting(s): {', '.join(unknown)}; known: {', '.join(SETTING_KEYS)}")
    issuer = values.get("doc_issuer")
    if issuer is not None and (issuer not in ISSUERS or (issuer != "ubnd" and ws.settings.get("level", "commune") == "commune")):
        raise UsageError(f"doc_issuer must be one of {', '.join(ISSUERS)} (a commune: ubnd), got {issuer!r}", value=issuer)
    settings_repo.set_settings(ws.db, {k: str(v) for k, v in values.items()})
    return document_settings(ws)


def _info(ws: Workspace, doc_type: str, summary: str, code: str | None = None, recipients: bool = True, prepared: bool = False) -> DocumentInfo:
    s = document_settings(ws)
    values = ws.settings
    return DocumentInfo(
        letterhead=Letterhead(
            issuing_unit=s["doc_issuing_unit"],
            upper_agency=s["doc_upper_agency"],
            place=s["doc_place"],
            code=s["doc_number_code"] if code is None else code,
        ),
        doc_type=doc_type,
        summary=summary,
        issued=ws.today(),
        signer=SignerInfo(s["doc_signer_authority"], s["doc_signer_title"], s["doc_signer_name"]),
        recipients=tuple(ln for ln in s["doc_recipients"].splitlines() if ln.strip()) if recipients else (),
        prepared_by=("Người lập", values.get("officer", "")) if prepared else None,
        author=own_names(ws)[0].full,
    )


def _rule(ws: Workspace, period: Period) -> ReportingRule | None:
    """The statistical reporting rule of reporting_rules.json that a report of ``period`` made today follows."""
    return statistics_rule(reporting_rules(ws.catalogs.reporting_rules).values(), period, ws.today())


def _window(ws: Workspace, period: Period) -> DataWindow:
    """The data window of ``period`` under the statistical reporting rule of reporting_rules.json."""
    return data_window(period, _rule(ws, period))


def cut_off_text(window: DataWindow, rule: ReportingRule | None, made_on: date) -> str:
    """The period and data cut-off a report prints, naming the rule applied: "số liệu từ ngày 01/01/2026 đến
    ngày 31/12/2026, trong đó số liệu thực tế đến ngày 31/10/2026, từ ngày 01/11/2026 là số liệu ước tính; …".
    A report made before the period ends says the date its data reaches (the day it is made), never a later one."""
    text = f"số liệu từ ngày {vn_date(window.start)} đến ngày {vn_date(window.end)}"
    actual = min(window.actual_end, made_on)
    if window.actual_end < window.end:
        text += (f", trong đó số liệu thực tế đến ngày {vn_date(actual)}, từ ngày "
                 f"{vn_date(actual + timedelta(days=1))} đến hết kỳ là số liệu ước tính")  # fmt: skip
    elif made_on < window.end:
        text += f", số liệu thực tế đến ngày lập báo cáo {vn_date(made_on)}"
    if rule is not None:
        text += f"; theo kỳ {rule.name[:1].lower() + rule.name[1:]}, {rule.source}"
    return text


def _activities(ws: Workspace, period: Period, scope: Scope | None = None):
    window = _window(ws, period)
    return list(read.activities(ws, scope or default_scope(ws), window.start, window.end))


def _reporters(ws: Workspace, scope: Scope | None = None) -> list[Reporter]:
    return read.reporters(ws, scope or default_scope(ws))


def _owner_prefix(ws: Workspace, scope: Scope):
    """``prefix(unit, text)``: ``text`` after the owner unit's name when ``scope`` covers several units."""
    if not scope.many:
        return lambda _unit, text: text
    names: dict[str, str] = {}

    def prefix(unit: str, text: str) -> str:
        name = names.get(unit) or names.setdefault(unit, read.unit_name(ws, unit))
        return f"{name}: {text}" if text else name

    return prefix


def build_activity_log(ws: Workspace, period: Period, scope: Scope | None = None) -> ActivityLogData:
    """The log of ``period``: one row per live activity of ``scope`` (default: :func:`read.default_scope`),
    oldest first; the place starts with the owner unit's name when the scope covers several units."""
    scope = scope or default_scope(ws)
    cats = ws.catalogs
    names = {r.id: r.full_name for r in _reporters(ws, scope)}
    owner = _owner_prefix(ws, scope)
    rows = tuple(
        ActivityRow(
            day=a.date,
            title=a.title,
            place=owner(a.meta.owner_unit, a.place),
            forms="; ".join(cats.forms.label(c) for c in a.forms),
            target_groups="; ".join([*(cats.target_groups.label(c) for c in a.target_groups), *a.extra_groups]),
            participants=a.participants,
            women=a.women,
            materials=a.materials,
            reporters=", ".join(names.get(r, "") for r in a.reporter_ids if names.get(r)),
            topics="; ".join(a.topics),
            notes=a.notes,
        )
        for a in _activities(ws, period, scope)
    )
    info = _info(ws, "Sổ theo dõi", f"Hoạt động phổ biến, giáo dục pháp luật\n{period.label_vi()}", code="", recipients=False, prepared=True)
    return ActivityLogData(info, period.label_vi(), rows, warning=_nothing_received(ws, period, scope, "sổ này chưa có hoạt động của các đơn vị"))


def _nothing_received(ws: Workspace, period: Period, scope: Scope, what: str) -> str:
    """An upper level's document over its units for a period no unit has reported yet: the line that says so
    (printed on its face and said before saving), else empty."""
    if not read.is_upper(ws) or not scope.many:
        return ""
    from app.services import completeness

    board = completeness.board(ws, period)
    return f"{NO_DATA} ({period.label_vi()}): {what}." if board.expected and not board.reported else ""


def build_roster(ws: Workspace, period: Period, scope: Scope | None = None) -> RosterData:
    """BCV then TTV of ``scope`` recognised by the end of ``period``, with their decisions (the area starts with
    the owner unit's name when the scope covers several units)."""
    scope = scope or default_scope(ws)
    as_of = min(period.end, ws.today())  # "tính đến ngày": never a day still to come
    cats = ws.catalogs
    owner = _owner_prefix(ws, scope)
    rows = []
    for kind in ("bcv", "ttv"):
        for r in _reporters(ws, scope):
            if r.kind != kind or (r.recognition.date and r.recognition.date > as_of):
                continue
            state = reporter_state(r, as_of)  # the rule Biểu 4 counts by (core.facts)
            dismissed = state == DISMISSED
            ground = cats.dismissal_grounds.label(r.dismissal_ground) if r.dismissal_ground else ""
            reason = "; ".join(x for x in (ground, r.dismissal_reason) if x)
            rows.append(RosterRow(
                kind=kind,
                full_name=r.full_name,
                birth_year=str(r.birth_date.year) if r.birth_date else "",
                gender=r.gender,
                position=", ".join(x for x in (r.title, r.organisation) if x),
                qualification=r.qualification,
                area=owner(r.meta.owner_unit, "; ".join(x for x in (r.area, *r.law_fields) if x)),
                recognition=decision_text(r.recognition.number, r.recognition.date),
                dismissal=decision_text(r.dismissal.number, r.dismissal.date, reason) if dismissed else (
                    state_text(r, as_of) if state in (SUSPENDED, LEVEL_ENDED) else ""
                ),
                trainings=len(r.trainings),
                state=state,
            ))  # fmt: skip
    info = _info(ws, "Danh sách", "Báo cáo viên pháp luật, tuyên truyền viên pháp luật", code="", recipients=False, prepared=True)
    return RosterData(info, as_of, tuple(rows))


def build_review(ws: Workspace, period: Period, scope: Scope | None = None) -> ReviewData:
    """The roster's review (app.services.roster.review) on the period's end, or today when that is earlier."""
    from app.services import roster as roster_svc  # the review loads only when asked for

    scope = scope or default_scope(ws)
    as_of = min(period.end, ws.today())
    names = read.unit_names(ws, scope) if scope.units is None or len(scope.units) > 1 else {}
    items = roster_svc.review(ws, scope, as_of)
    rows = tuple(ReviewRow(i.rule, i.full_name, i.kind, i.finding, i.proposal, names.get(i.owner_unit, "")) for i in items)
    info = _info(ws, "Báo cáo", "Kết quả rà soát báo cáo viên pháp luật, tuyên truyền viên pháp luật", recipients=False, prepared=True)
    return ReviewData(info, as_of, rows, len({i.reporter_id for i in items}))


def build_ttv_decision(ws: Workspace, year: int) -> TtvDecisionData:
    """The recognition decision of ``year``'s call for tuyên truyền viên, naming those it recognised (its number
    and date are theirs). Raises UsageError when nobody was recognised through that call."""
    from app.services import ttv_call

    people = ttv_call.recognised(ws, year)
    if not people:
        raise UsageError(f"nobody was recognised through the {year} call for tuyên truyền viên; recognise the eligible list first", year=year)
    first = people[0].recognition
    s = document_settings(ws)
    info = _info(ws, "Quyết định", f"Về việc công nhận tuyên truyền viên pháp luật năm {year}", code="QĐ-UBND")
    info = replace(info, issued=first.date or ws.today(), letterhead=replace(info.letterhead, number=first.number.split("/")[0]),
                   signer=replace(info.signer, authority="CHỦ TỊCH", title=""), recipients=("Như Điều 3", "Lưu: VT"))  # fmt: skip
    rows = tuple((r.full_name, str(r.birth_date.year) if r.birth_date else "", r.gender, r.area) for r in people)
    return TtvDecisionData(info, year, own_names(ws)[0].lower or s["doc_issuing_unit"], rows)


def load_table_definition() -> dict:
    """The decoded resources/catalogs/report_tables.json."""
    return json.loads(resource_path("catalogs", "report_tables.json").read_text(encoding="utf-8"))


def compute_period_tables(ws: Workspace, period: Period, scope: Scope | None = None) -> list[ComputedTable]:
    window = _window(ws, period)
    return compute_tables(
        load_table_definition(), _activities(ws, period, scope), _reporters(ws, scope), ws.catalogs, window.start, window.end
    )


def build_summary(
    ws: Workspace, period: Period, assessment: str = "", plans: str = "", scope: Scope | None = None, blank: bool | None = None
) -> SummaryData:
    """The period's report of ``scope`` (default: :func:`read.default_scope`) with its statistical tables and an
    opening that quotes the main figures. Sections II and III are ``assessment`` and ``plans`` when given, else
    those kept with the period (:mod:`app.services.period_texts`); an empty section prints dotted lines to write
    by hand only when ``blank`` (default: as kept, else True) says it is empty on purpose, else it is left out."""
    if not (assessment.strip() or plans.strip()):
        kept = period_texts.load(ws, period)
        assessment, plans = kept.assessment, kept.plans
        blank = kept.blank if blank is None else blank
    blank = True if blank is None else blank
    window = _window(ws, period)
    scope = scope or default_scope(ws)
    activities, reporters, definition = _activities(ws, period, scope), _reporters(ws, scope), load_table_definition()
    tables = compute_tables(definition, activities, reporters, ws.catalogs, window.start, window.end)
    unit_table, coverage, warning, trace = _consolidation(ws, period, scope, activities, reporters, definition)
    if unit_table is not None:
        tables = [*tables, unit_table]
    intro = (
        f"Thực hiện Luật Phổ biến, giáo dục pháp luật năm 2012 và các văn bản hướng dẫn thi hành, {reporting_subject(ws)} "
        f"báo cáo kết quả công tác phổ biến, giáo dục pháp luật {period.label_vi()} "
        f"({cut_off_text(window, _rule(ws, period), ws.today())}) như sau:",
    )
    results: list[str] = []
    main = next((t for t in tables if t.code == "ket_qua_chung"), None)
    if main is not None and {"tt_cuoc", "tt_nguoi", "thi_cuoc", "thi_nguoi", "tai_lieu"} <= set(main.row_codes):
        v = lambda code: vn_number(main.value(code, 2))  # noqa: E731  column 2: the figure after the unit
        results.append(
            f"Trong kỳ, đã tổ chức {v('tt_cuoc')} cuộc phổ biến pháp luật trực tiếp với {v('tt_nguoi')} lượt người "
            f"tham dự; {v('thi_cuoc')} cuộc thi tìm hiểu pháp luật với {v('thi_nguoi')} lượt người dự thi; phát hành "
            f"miễn phí {v('tai_lieu')} bản tài liệu phổ biến, giáo dục pháp luật. Số liệu chi tiết tại các biểu dưới đây."
        )
    sections = tuple(
        (heading, lines)
        for heading, lines in (
            ("Đánh giá chung", tuple(p for p in assessment.splitlines() if p.strip())),
            ("Phương hướng, nhiệm vụ kỳ tới", tuple(p for p in plans.splitlines() if p.strip())),
        )
        if lines or blank  # empty: dotted lines only when left empty on purpose
    )
    info = _info(ws, "Báo cáo", f"Kết quả công tác phổ biến, giáo dục pháp luật\n{period.label_vi()}")
    return SummaryData(
        info, period.label_vi(), intro, tuple(results), tuple(tables), sections, coverage=coverage, warning=warning,
        trace_headers=TRACE_HEADERS if trace else (), trace_rows=trace,
    )  # fmt: skip


UNIT_TABLE = "theo_don_vi"
TRACE_HEADERS = (
    "Mã đơn vị", "Đơn vị", "Tình trạng", "Số hoạt động", "Số cuộc PBPL trực tiếp", "Số lượt người tham dự",
    "BCV, TTV đang hoạt động", "Gói số", "Kỳ của gói", "Ký ngày", "Nhận ngày", "Mã gói dữ liệu",
)  # fmt: skip
NO_DATA = "Chưa nhận được số liệu của đơn vị nào trong kỳ"


def reporting_subject(ws: Workspace) -> str:
    """Who "báo cáo" in the opening, the unit type in lower case: "Ủy ban nhân dân xã Tân Kỳ", "Sở Tư pháp thành
    phố Hà Nội". The agency is the chosen issuer, or the one the edited issuing-unit line names."""
    own, _ = own_names(ws)
    issuing = " ".join(document_settings(ws)["doc_issuing_unit"].split()).lower()
    agency = agency_word(ws)
    for word in ("Sở Tư pháp", "Phòng Tư pháp", "Ủy ban nhân dân"):
        if issuing.startswith(word.lower()):
            agency = word
    return f"{agency} {own.lower}"


def unit_figures(tables: list[ComputedTable]) -> tuple[int, int, int, int]:
    """(activities, direct sessions, participants in them, reporters active at the end) read from a unit's own
    statistical tables (Biểu 1 and 4), so a consolidated row is exactly what the unit's own summary prints."""
    by_code = {t.code: t for t in tables}
    main, people = by_code["ket_qua_chung"], by_code["bao_cao_vien"]
    return (
        int(main.value("hoat_dong", 2)),
        int(main.value("tt_cuoc", 2)),
        int(main.value("tt_nguoi", 2)),
        int(people.value("dang_hoat_dong", 1)) + int(people.value("dang_hoat_dong", 2)),
    )


def _consolidation(
    ws: Workspace, period: Period, scope: Scope, activities: list, reporters: list[Reporter], definition: dict
) -> tuple[ComputedTable | None, tuple[str, ...], str]:
    """For an upper level's report over several units: one row per expected unit (its own figures: the same
    statistics code over the unit's own records, as its own summary computes them) with a total; the reporting
    rate with the units missing and late; and a warning when no unit has reported the period. Nothing for a
    commune or a report of one unit. ``activities``, ``reporters``: those of ``scope`` for the period."""
    if not read.is_upper(ws) or not scope.many:
        return None, (), "", ()
    from app.core.text import collation_key
    from app.services import completeness, expected_units

    board = completeness.board(ws, period)
    if not board.expected:
        return None, (), "", ()
    window = _window(ws, period)
    # Only the tables unit_figures reads (Biểu 1 and 4), computed by the same code as the units' own summaries.
    definition = {**definition, "tables": [t for t in definition["tables"] if t["code"] in ("ket_qua_chung", "bao_cao_vien")]}
    by_owner: dict[str, tuple[list, list]] = {}
    for a in activities:
        by_owner.setdefault(a.meta.owner_unit, ([], []))[0].append(a)
    for r in reporters:
        by_owner.setdefault(r.meta.owner_unit, ([], []))[1].append(r)

    def figures_of(codes: tuple[str, ...]) -> tuple[int, int, int, int]:
        acts = [a for c in codes for a in by_owner.get(c, ([], []))[0]]
        people = [r for c in codes for r in by_owner.get(c, ([], []))[1]]
        return unit_figures(compute_tables(definition, acts, people, ws.catalogs, window.start, window.end))

    landing = expected_units.landing_map(ws)
    behind, _others = completeness.bundles_by_unit(ws, period, {r.unit_code for r in board.rows}, landing)
    rows: list[tuple] = []
    trace: list[tuple] = []
    totals = [0, 0, 0, 0]
    for r in sorted(board.rows, key=lambda r: collation_key(r.unit_name)):
        codes = tuple(sorted(c for c, t in landing.items() if t == r.unit_code)) or (r.unit_code,)
        figures = figures_of(codes)
        totals = [a + b for a, b in zip(totals, figures)]
        rows.append((f"{r.unit_name}" + ("" if r.reported else " (chưa báo cáo)"), *figures))
        trace += _trace_rows(r, figures, behind.get(r.unit_code, []), completeness.STATUS_VI.get(r.status, r.status))
    own = figures_of((ws.unit_code,))
    if any(own):  # the upper level's own activities and reporters: their row, so the total is the whole
        level = "cấp tỉnh" if ws.settings.get("level") == "province" else "cấp huyện"
        rows.append((f"{own_names(ws)[0].full} ({level} tự thực hiện)", *own))
        totals = [a + b for a, b in zip(totals, own)]
        trace.append((ws.unit_code, rows[-1][0], "Số liệu của chính đơn vị", *own, "", "", "", "", ""))
    rows.append(("Tổng cộng", *totals))
    trace.append(("", "Tổng cộng", "Tổng các dòng trên", *totals, "", "", "", "", ""))
    table = ComputedTable(
        code=UNIT_TABLE,
        title="Biểu 5. Kết quả theo đơn vị",
        headers=("Đơn vị", "Số hoạt động", "Số cuộc PBPL trực tiếp", "Số lượt người tham dự", "BCV, TTV đang hoạt động"),
        rows=tuple(rows),
        row_codes=tuple([r.unit_code for r in sorted(board.rows, key=lambda r: collation_key(r.unit_name))] + ([ws.unit_code] if any(own) else []) + ["tong"]),
        total_rows=frozenset({len(rows) - 1}),
        note="Số liệu của từng đơn vị tính như trong báo cáo của chính đơn vị đó, theo dữ liệu đã nhận đến ngày lập báo cáo.",
    )
    missing = [r.unit_name for r in sorted(board.missing(), key=lambda r: collation_key(r.unit_name))]
    late = [r.unit_name for r in sorted(board.rows, key=lambda r: collation_key(r.unit_name)) if r.timeliness == completeness.LATE]
    coverage = [f"Tình hình báo cáo: {board.rate_line} (hạn nộp ngày {vn_date(date.fromisoformat(board.due_date))})."]
    coverage.append(f"Đơn vị chưa báo cáo ({len(missing)}): {'; '.join(missing)}." if missing else "Tất cả các đơn vị đã báo cáo.")
    if late:
        coverage.append(f"Đơn vị báo cáo muộn ({len(late)}): {'; '.join(late)}.")
    warning = _nothing_received(ws, period, scope, "các số liệu trong báo cáo này chưa phản ánh kết quả của các đơn vị")
    return table, tuple(coverage), warning, tuple(trace)


def _trace_rows(row, figures: tuple, bundles: list[dict], status: str) -> list[tuple]:
    """A unit's lines of the "nguồn số liệu" sheet: its figures, then every bundle counted for the period (newest
    number first; the figures are those of the records as they stand after all of them), or "chưa nhận"."""
    head = (row.unit_code, row.unit_name, status, *figures)
    if not bundles:
        return [(*head, "", "", "", "", "Chưa nhận gói dữ liệu nào cho kỳ này")]
    out = []
    for n, b in enumerate(sorted(bundles, key=lambda b: (-int(b["seq"]), b["imported_at"]))):
        day = lambda iso: vn_date(date.fromisoformat(iso[:10])) if iso else ""  # noqa: E731
        lead = head if n == 0 else ("", "", "", "", "", "", "")
        out.append((*lead, int(b["seq"]), ", ".join(json.loads(b["periods"] or "[]")), day(b["created_at"]), day(b["imported_at"]), b["bundle_id"]))
    return out


def build_enrolment(ws: Workspace, fingerprint: str) -> EnrolmentData:
    """The enrolment sheet of this installation's key (``fingerprint`` from the keys area)."""
    from app.sync.errors import FingerprintError
    from app.sync.keys import checked_fingerprint, qr_payload

    values = ws.require_initialised()
    s = document_settings(ws)
    try:  # the printed form carries its check characters, and the QR code unit, fingerprint and officer
        fingerprint = checked_fingerprint(fingerprint)
        qr = qr_payload(values["unit_code"], fingerprint, values.get("officer", ""))
    except FingerprintError:  # not one of our keys' fingerprints (a sheet printed by hand): shown as given
        qr = ""
    return EnrolmentData(
        unit_code=values["unit_code"],
        unit_name=own_names(ws)[0].full,
        province_name=own_names(ws)[1].full,
        officer=values.get("officer", ""),
        officer_title=values.get("officer_title", ""),
        fingerprint=fingerprint,
        created=ws.today(),
        letterhead=Letterhead(s["doc_issuing_unit"], s["doc_upper_agency"], s["doc_place"], code="PĐK-UBND"),
        signer=SignerInfo(s["doc_signer_authority"], s["doc_signer_title"], s["doc_signer_name"]),
        qr=qr,
    )


_RENDERERS = {
    "activity-log": (ActivityLogReport, xlsx.activity_log_xlsx),
    "roster": (RosterReport, xlsx.roster_xlsx),
    "summary": (SummaryReport, xlsx.summary_xlsx),
    "enrolment": (EnrolmentReport, xlsx.enrolment_xlsx),
    "roster-review": (ReviewReport, xlsx.review_xlsx),
    "ttv-decision": (TtvDecisionReport, None),
}


@dataclass(frozen=True)
class ReportRequest:
    """What to produce: ``kind`` of KINDS, ``period``, format pdf/xlsx, and optional extras."""

    kind: str
    period: Period
    fmt: str = "pdf"
    fingerprint: str = ""  # enrolment only
    assessment: str = ""  # summary only
    plans: str = ""  # summary only
    invariant: bool = False
    scope: Scope | None = None  # whose records; None: read.default_scope (an upper level: all units under it)


@dataclass(frozen=True)
class ReportOutput:
    """A produced document: bytes, format, pages (PDF), whether signed, and the signer's name."""

    data: bytes
    fmt: str
    pages: int = 0
    signed_by: str = ""
    signature_box: object = None
    warning: str = ""  # said before saving: e.g. a consolidated report with no data received for its period


def build_data(ws: Workspace, req: ReportRequest):
    """The renderer's input for ``req``."""
    if req.kind not in KINDS:
        raise UsageError(f"unknown document {req.kind!r}; choose one of {', '.join(KINDS)}", kind=req.kind)
    if req.kind == "activity-log":
        return build_activity_log(ws, req.period, req.scope)
    if req.kind == "roster":
        return build_roster(ws, req.period, req.scope)
    if req.kind == "summary":
        return build_summary(ws, req.period, req.assessment, req.plans, req.scope)
    if req.kind == "roster-review":
        return build_review(ws, req.period, req.scope)
    if req.kind == "ttv-decision":
        return build_ttv_decision(ws, req.period.start.year)
    if not req.fingerprint.strip():
        raise UsageError("the enrolment sheet needs the key's fingerprint (--fingerprint)")
    return build_enrolment(ws, req.fingerprint)


def produce(
    ws: Workspace, req: ReportRequest, sign: signing.SignRequest | None = None
) -> Generator[Progress, None, ReportOutput]:
    """Gather, render (and sign) one document; yields Progress between the steps.

    Raises:
        UsageError: unknown kind/format, or signing an .xlsx.
        SigningError: the certificate, token, PIN or images cannot be used.
    """
    if req.fmt not in FORMATS:
        raise UsageError(f"unknown format {req.fmt!r}; use .pdf or .xlsx", fmt=req.fmt)
    if sign is not None and req.fmt != "pdf":
        raise UsageError("only a PDF can be signed")
    yield Progress(0, 3, "reading")
    data = build_data(ws, req)
    warning = getattr(data, "warning", "")
    yield Progress(1, 3, "rendering")
    renderer_cls, xlsx_fn = _RENDERERS[req.kind]
    if req.fmt == "xlsx":
        if xlsx_fn is None:
            raise UsageError(f"the {req.kind} document is a PDF only", kind=req.kind)
        out = ReportOutput(xlsx_fn(data), "xlsx", warning=warning)
        yield Progress(3, 3, "saving")
        return out
    rendered: RenderedPdf = renderer_cls(invariant=req.invariant).render_document(data)
    if sign is None:
        yield Progress(3, 3, "saving")
        return ReportOutput(rendered.pdf, "pdf", rendered.pages, signature_box=rendered.signature_box, warning=warning)
    yield Progress(2, 3, "signing")
    values = ws.settings
    signed, signer_name = signing.sign_pdf(
        rendered.pdf,
        sign,
        box=rendered.signature_box,
        agency=document_settings(ws)["doc_issuing_unit"].replace("\n", " "),
        location=document_settings(ws)["doc_place"] or values.get("unit_name", ""),
        when=ws.clock(),
    )
    yield Progress(3, 3, "saving")
    return ReportOutput(signed, "pdf", rendered.pages, signer_name, rendered.signature_box, warning)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` with the one atomic writer (``app.fileio``): no half-written files."""
    atomic_write(path, data)
