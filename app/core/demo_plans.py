"""The demo commune's annual PBGDPL plans: one plan a year, its tasks adapted from Kế hoạch 164/KH-UBND of the
province (the example plan) to a commune's work, each task linked to the demo activities that carry it out.

Drawn from its own seeded source, after the roster and the log: the activities and people stay as they were.
A task whose deadline has passed and that has activities is marked done by the officer on its last activity's
day; one task of each year has no activity (overdue this year, dropped the year before), one is added outside
the plan, and the year-end review is open until it is held, so the Plans screen shows every status.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterable, Sequence

from app.core.demo_log import Commune, new_id
from app.core.models import Activity, Reporter
from app.core.plans import Plan, PlanTask, parse_deadline

EXAMPLE = "164/KH-UBND"
PRIORITY_GROUPS = frozenset({"DTTS_VUNG_KHO", "KHUYET_TAT", "NAN_NHAN_BLGD", "CHAP_HANH_AN", "GIAO_DUC_TAI_XA", "HET_AN_TU"})
TTV_TRAINING = "Tập huấn, bồi dưỡng kiến thức, kỹ năng phổ biến"


def _form(*codes: str) -> Callable[[Activity], bool]:
    return lambda a: bool(a.forms) and a.forms[0] in codes


def _q1_officials(a: Activity) -> bool:
    """A conference of the first quarter: for officials, or a hamlet meeting the plan was explained at."""
    meeting = a.forms[0] == "TRUC_TIEP" and a.title.startswith(("Hội nghị", "Lồng ghép"))
    return a.date.month <= 3 and (meeting or "CAN_BO" in a.target_groups and a.forms[0] in ("TRUC_TIEP", "TAP_HUAN"))


def _priority(a: Activity) -> bool:
    return bool(PRIORITY_GROUPS.intersection(a.target_groups)) and a.forms[0] not in ("LOA", "DIEN_TU")


def _never(a: Activity) -> bool:
    return False


@dataclass(frozen=True)
class TaskSpec:
    """A task of the demo plan: ``deadline`` is formatted with the year; activities matching ``takes`` (in the
    order of the specs: an activity carries out one task) are linked to it."""

    section: str
    content: str
    lead: str
    cooperating: tuple[str, ...]
    deadline: str
    takes: Callable[[Activity], bool]
    budget: int = 0
    source: str = ""  # the section of 164/KH-UBND it comes from
    outside: bool = False


SPECS = (
    TaskSpec("I.1", "Quán triệt, triển khai Kết luận số 80-KL/TW của Ban Bí thư và Kế hoạch phổ biến, giáo dục pháp luật "
             "năm {year} đến cán bộ, công chức, viên chức và Trưởng các {hamlets}", "UBND {unit}",
             ("Ủy ban Mặt trận Tổ quốc Việt Nam {unit}",), "Quý I năm {year}", _q1_officials, 0, "II.1"),
    TaskSpec("II.1", "Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11) với các hoạt động hưởng ứng "
             "thiết thực tại {unit}", "Công chức Tư pháp - Hộ tịch", ("Đoàn Thanh niên {unit}", "Trường THCS {name}"),
             "30/11/{year}", _form("NGAY_PL", "THI"), 8_000_000, "II.2.1"),
    TaskSpec("II.2", "Phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số, người khuyết tật, nạn nhân bạo lực gia "
             "đình và các đối tượng đặc thù trên địa bàn", "UBND {unit}",
             ("Công an {unit}", "Hội Liên hiệp Phụ nữ {unit}"), "Hằng năm", _priority, 6_000_000, "II.7.1"),
    TaskSpec("II.3", "Phối hợp với Trường THCS {name} phổ biến pháp luật cho học sinh, lồng ghép trong các giờ sinh hoạt "
             "ngoại khóa", "Trường THCS {name}", ("Đoàn Thanh niên {unit}",), "Hằng năm",
             lambda a: "HOC_SINH" in a.target_groups, 0, "II.2.6 (1)"),
    TaskSpec("III.1", "Tập huấn, bồi dưỡng kiến thức, kỹ năng phổ biến, giáo dục pháp luật cho đội ngũ tuyên truyền viên "
             "pháp luật", "Công chức Tư pháp - Hộ tịch", ("Sở Tư pháp {province}",), "Quý III năm {year}",
             lambda a: a.title.startswith(TTV_TRAINING), 10_000_000, "II.8.2"),
    TaskSpec("II.4", "Tuyên truyền, phổ biến pháp luật trực tiếp cho Nhân dân tại các {hamlets}, lồng ghép trong các buổi "
             "họp {hamlets} và sinh hoạt của các đoàn thể", "UBND {unit}",
             ("Ủy ban Mặt trận Tổ quốc Việt Nam {unit}", "các đoàn thể"), "Hằng năm", _form("TRUC_TIEP"), 5_000_000, "II.3.1"),
    TaskSpec("II.5", "Phát thanh các văn bản pháp luật mới, chuyên mục \"Pháp luật và đời sống\" trên hệ thống loa "
             "truyền thanh", "Công chức Văn hóa - Xã hội", ("Công chức Tư pháp - Hộ tịch",), "Thường xuyên",
             _form("LOA"), 2_400_000, "II.2.4"),
    TaskSpec("II.6", "Duy trì Tủ sách pháp luật, niêm yết văn bản pháp luật mới tại trụ sở UBND và nhà văn hóa các {hamlets}",
             "Công chức Tư pháp - Hộ tịch", (), "Hằng năm", _form("TU_SACH", "NIEM_YET"), 3_000_000, "II.3.1"),
    TaskSpec("II.7", "Tư vấn, giải đáp pháp luật, hòa giải ở cơ sở gắn với phổ biến pháp luật cho người dân",
             "Công chức Tư pháp - Hộ tịch", ("các tổ hòa giải",), "Hằng năm", _form("TU_VAN", "HOA_GIAI_TGPL", "DOI_THOAI"),
             0, "II.5.1"),
    TaskSpec("II.8", "Xây dựng mô hình phổ biến pháp luật qua nhóm Zalo của các {hamlets}", "Đoàn Thanh niên {unit}",
             ("Công chức Văn hóa - Xã hội",), "6 tháng đầu năm {year}", _never, 0, "II.2.4"),
    TaskSpec("III.2", "Rà soát, kiện toàn đội ngũ tuyên truyền viên pháp luật ở các {hamlets}: đề nghị công nhận, cho "
             "thôi theo Thông tư số 10/2016/TT-BTP", "Công chức Tư pháp - Hộ tịch", ("Ban công tác Mặt trận các {hamlets}",),
             "Quý IV năm {year}", _never, 0, "II.8.2"),
    TaskSpec("IV.1", "Sơ kết 6 tháng, tổng kết năm công tác phổ biến, giáo dục pháp luật; báo cáo kết quả về Sở Tư pháp",
             "Công chức Tư pháp - Hộ tịch", (), "15/12/{year}", _never, 0, "II.9.1"),
    TaskSpec("PS.1", "Phổ biến trên trang thông tin điện tử các văn bản pháp luật mới ban hành theo chỉ đạo của cấp trên "
             "(phát sinh trong năm)", "Công chức Tư pháp - Hộ tịch", (), "", _form("DIEN_TU"), 0, "", outside=True),
)  # fmt: skip


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "PS": 9}  # PS: tasks arising outside the plan, listed last
POSITIONS = {spec.section: i for i, spec in enumerate(sorted(
    SPECS, key=lambda t: [ROMAN.get(p, 0) if i == 0 else int(p) for i, p in enumerate(t.section.split("."))]), 1)}  # fmt: skip


def annual_plans(seed: int, commune: Commune, years: Iterable[int], log: Sequence[Activity],
                 reporters: Sequence[Reporter], today: date) -> list[tuple[Plan, list[PlanTask]]]:  # fmt: skip
    """The commune's annual plan of each year in ``years`` (issued in January, none issued after ``today``)."""
    rng = random.Random(f"pbgdpl-demo-plans/{seed}/{commune.unit.code}")
    out = []
    years = list(years)
    for year, n in zip(years, rng.sample(range(3, 19), len(years))):
        issued = date(year, 1, rng.randint(5, 20))
        issued += timedelta(days=(7 - issued.weekday()) if issued.weekday() >= 5 else 0)
        number = f"{n}/KH-UBND"
        if issued > today:
            continue
        plan = Plan(
            id=new_id(rng), number=number, date=issued, issuer=f"UBND {commune.label}", kind="annual",
            title=f"Kế hoạch phổ biến, giáo dục pháp luật năm {year} trên địa bàn {commune.label}",
            year_from=year, year_to=year, budget=0,
            source=f"Kế hoạch số {EXAMPLE} ngày 31/12/2020 của UBND tỉnh Thái Nguyên thực hiện Kết luận số 80-KL/TW",
        )  # fmt: skip
        acts = [a for a in log if a.date and a.date.year == year and a.date <= today]
        tasks = _tasks(rng, commune, plan, year, acts, reporters, today)
        plan.budget = sum(t.budget for t in tasks) + 5_000_000 * rng.randint(1, 3)  # a reserve for what arises
        out.append((plan, tasks))
    return out


def _tasks(rng: random.Random, commune: Commune, plan: Plan, year: int, acts: list[Activity],
           reporters: Sequence[Reporter], today: date) -> list[PlanTask]:  # fmt: skip
    fill = {
        "year": year, "unit": commune.label, "name": commune.name, "province": commune.province,
        "hamlets": "tổ dân phố" if commune.kind == "phường" else "thôn, xóm",
    }  # fmt: skip
    taken: set[str] = set()
    tasks = []
    for spec in SPECS:  # in the order activities are matched; the plan lists them by section
        position = POSITIONS[spec.section]
        mine = [a for a in acts if a.id not in taken and a.forms and spec.takes(a)]
        taken.update(a.id for a in mine)
        task = PlanTask(
            id=new_id(rng), plan_id=plan.id, position=position, section=spec.section,
            content=spec.content.format(**fill), lead=spec.lead.format(**fill),
            cooperating=[c.format(**fill) for c in spec.cooperating], deadline=spec.deadline.format(**fill),
            outside_plan=spec.outside, budget=spec.budget, activity_ids=[a.id for a in mine],
            source_task=f"{EXAMPLE} {spec.source}" if spec.source else "",
        )  # fmt: skip
        _officer_marks(task, spec, mine, reporters, year, today)
        tasks.append(task)
    return tasks


def _officer_marks(task: PlanTask, spec: TaskSpec, mine: list[Activity], reporters: Sequence[Reporter], year: int,
                   today: date) -> None:  # fmt: skip
    """What the officer recorded: done (on its last activity's day) once a dated task's deadline passed, the
    roster review on the recognition decision of the year, the year-end review when held; a model not built
    last year was dropped."""
    dues = parse_deadline(task.deadline).due_dates([year])
    due = max(dues) if dues else None
    if spec.section == "III.2":
        decided = sorted({p.recognition.date for p in reporters if p.kind == "ttv" and p.recognition.date
                          and p.recognition.date.year == year and p.recognition.date <= today})  # fmt: skip
        if decided:
            task.state, task.done_date = "done", decided[-1]
            task.progress_note = f"Đã có quyết định công nhận tuyên truyền viên ngày {decided[-1]:%d/%m/%Y}"
        return
    if spec.section == "IV.1":
        if due is not None and due <= today:
            task.state, task.done_date = "done", due - timedelta(days=3)
            task.progress_note = "Đã tổng kết, báo cáo Sở Tư pháp"
        return
    if spec.takes is _never:
        if due is not None and due.year < today.year:
            task.state, task.progress_note = "dropped", f"Chuyển sang kế hoạch năm {year + 1}"
        else:
            task.progress_note = "Chưa có đủ điều kiện triển khai"
        return
    if mine and (due is None or due < today) and not parse_deadline(task.deadline).recurring:
        task.state, task.done_date = "done", max(a.date for a in mine)
        task.progress_note = f"{len(mine)} hoạt động"
