"""Seeded demo data: a commune's officer, reporter roster (with decisions, trainings, dismissals) and log."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Iterator, Sequence

from app.core import demo_words as W
from app.core.demo_log import Commune, Reporting, activities, lower_first, make_commune, new_id, weight_between, weighted
from app.core.models import Activity, Decision, Reporter, Training, Unit
from app.core.roster import REVIEW_FLAGS

OFFICER_TITLE = "Công chức Tư pháp - Hộ tịch"
# A TTV leaves on a legal ground (TT 10/2016 Điều 6.1), or is flagged for review ("KHONG_HOAT_DONG": not dismissed)
TTV_GROUNDS = (
    ("TU_NGUYEN", 6), ("KHONG_HOAT_DONG", 3), ("TU_NGUYEN_CHUYEN", 1.5), ("VI_PHAM_CAM", 0.6), ("BI_KET_AN", 0.4), ("MAT_NANG_LUC", 0.4),
)  # fmt: skip
REASONS = {
    "TU_NGUYEN": ("Xin thôi vì lý do sức khỏe", "Xin thôi vì hoàn cảnh gia đình", "Xin thôi do đi làm ăn xa"),
    "KHONG_HOAT_DONG": ("Không tham gia hoạt động phổ biến pháp luật từ hai năm trở lên",),
    "TU_NGUYEN_CHUYEN": ("Xin thôi do chuyển nơi cư trú ra ngoài địa bàn", "Xin thôi do chuyển đi nơi khác sinh sống"),
    "VI_PHAM_CAM": ("Lợi dụng hoạt động phổ biến pháp luật để tuyên truyền sai lệch",),
    "BI_KET_AN": ("Bị Tòa án kết án, bản án đã có hiệu lực pháp luật",),
    "MAT_NANG_LUC": ("Bị hạn chế năng lực hành vi dân sự theo quyết định của Tòa án",),
    "KHONG_CON_CBCC": ("Chuyển công tác đến cơ quan khác", "Nghỉ hưu theo chế độ"),
}
# (title, organisation, gender or None, age range); {head} is "Trưởng"/"Tổ trưởng", {hamlet} "thôn Na Hoàng".
TTV_ROLES = (
    ("{head} {hamlet}", "{Hamlet}", None, (35, 62)),
    ("Bí thư Chi bộ {hamlet}", "Chi bộ {hamlet}", None, (40, 65)),
    ("Chi hội trưởng Chi hội Phụ nữ {hamlet}", "Hội Liên hiệp Phụ nữ {unit}", "nu", (30, 55)),
    ("Chi hội trưởng Chi hội Nông dân {hamlet}", "Hội Nông dân {unit}", None, (35, 60)),
    ("Chi hội trưởng Chi hội Cựu chiến binh {hamlet}", "Hội Cựu chiến binh {unit}", "nam", (55, 70)),
    ("Bí thư Chi đoàn {hamlet}", "Đoàn Thanh niên {unit}", None, (22, 32)),
    ("Tổ trưởng Tổ hòa giải {hamlet}", "{Hamlet}", None, (40, 68)),
    ("Trưởng ban công tác Mặt trận {hamlet}", "Ủy ban Mặt trận Tổ quốc Việt Nam {unit}", None, (40, 65)),
    ("Tổ trưởng Tổ bảo vệ an ninh, trật tự {hamlet}", "Công an {unit}", "nam", (28, 55)),
    ("Giáo viên", "Trường THCS {name}", None, (26, 50)),
    ("Nhân viên y tế {hamlet}", "Trạm Y tế {unit}", None, (25, 50)),
)  # fmt: skip
QUALIFICATIONS = (
    ("Tốt nghiệp THPT", 5), ("Trung cấp Luật", 3), ("Trung cấp Lý luận chính trị", 2), ("Đại học Luật", 1),
    ("Cao đẳng Sư phạm", 1), ("Trung cấp Nông lâm", 1),
)  # fmt: skip
BCV_ROLES = (
    ("Phó Chủ tịch UBND {unit}", "UBND {unit}", "Cử nhân Luật", ["Đất đai", "Dân sự", "Hành chính"]),
    ("Trưởng Công an {unit}", "Công an {unit}", "Cử nhân An ninh nhân dân", ["Giao thông", "Phòng, chống ma túy", "Cư trú"]),
    ("Công chức Văn hóa - Xã hội", "UBND {unit}", "Thạc sĩ Luật", ["Bảo hiểm xã hội", "Trẻ em", "Phòng, chống bạo lực gia đình"]),
    ("Công chức Địa chính - Xây dựng", "UBND {unit}", "Kỹ sư Quản lý đất đai", ["Đất đai", "Bảo vệ môi trường"]),
)  # fmt: skip


@dataclass(frozen=True)
class TrainingEvent:
    """A training held on one day; the people recorded as attending it."""

    date: date
    title: str
    organiser: str
    kind: str  # "ttv" or "bcv"
    attendees: tuple[str, ...] = ()


@dataclass
class DemoGenerator:
    """One seeded source for a commune's demo data; call its methods in a fixed order for the same result."""

    seed: int
    unit: Unit
    province: str = "tỉnh Thái Nguyên"
    rng: random.Random = field(init=False)
    commune: Commune = field(init=False)
    trainings: list[TrainingEvent] = field(init=False, default_factory=list)
    _names: set[str] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(f"pbgdpl-demo/{self.seed}/{self.unit.code}")
        self.commune = make_commune(self.unit, self.rng, self.province)

    # -- people -----------------------------------------------------------------------------------------
    def ethnicity(self) -> str:
        return weighted(self.rng, W.ETHNICITIES[self.commune.zone])

    def person(self, gender: str | None = None, ethnicity: str = "Kinh") -> tuple[str, str]:
        """A new full name (unique in this commune) and its gender ("nam"/"nu")."""
        rng = self.rng
        gender = gender or rng.choice(("nam", "nu"))
        families = W.FAMILY_KINH if ethnicity == "Kinh" else W.FAMILY_ETHNIC
        while True:
            name = f"{weighted(rng, families)} {weighted(rng, W.MIDDLE[gender])} {rng.choice(W.GIVEN[gender])}"
            if name not in self._names:
                self._names.add(name)
                return name, gender

    def officer(self) -> tuple[str, str]:
        """The commune's justice officer: name and title."""
        return self.person(ethnicity=self.ethnicity())[0], OFFICER_TITLE

    def phone(self) -> str:
        digits = f"{self.rng.randrange(10**7):07d}"
        return f"{self.rng.choice(W.PHONE_PREFIXES)}{digits[0]} {digits[1:4]} {digits[4:]}"

    def _birth(self, today: date, ages: tuple[int, int]) -> date:
        return date(today.year - self.rng.randint(*ages), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def _decision_date(self, year: int, months: tuple[int, int]) -> date:
        d = date(year, self.rng.randint(*months), self.rng.randint(1, 28))
        return d + timedelta(days=(7 - d.weekday()) if d.weekday() >= 5 else 0)  # weekends move to Monday

    # -- roster -----------------------------------------------------------------------------------------
    def roster(self, today: date) -> list[Reporter]:
        """About 25 tuyên truyền viên and 3 báo cáo viên, some dismissed, with decisions and trainings."""
        rng, c = self.rng, self.commune
        unit = c.label
        chair = f"Chủ tịch UBND {unit}"
        batches = []
        for years_ago in (rng.randint(3, 5), 2, 1):
            when = self._decision_date(today.year - years_ago, (8, 10))
            batches.append(Decision(f"{rng.randint(40, 320)}/QĐ-UBND", when, chair))
        people: list[Reporter] = []
        hamlets = list(c.hamlets)
        rng.shuffle(hamlets)
        for i in range(rng.randint(23, 27)):
            hamlet = hamlets[i % len(hamlets)]
            role = rng.choice(TTV_ROLES)
            ethnicity = self.ethnicity()
            name, gender = self.person(role[2], ethnicity)
            low = lower_first(hamlet)
            head = "Tổ trưởng" if c.kind == "phường" else "Trưởng"
            fill = {"head": head, "hamlet": low, "Hamlet": hamlet, "unit": unit, "name": c.name}
            people.append(Reporter(
                id=new_id(rng), kind="ttv", full_name=name, gender=gender, birth_date=self._birth(today, role[3]),
                ethnicity=ethnicity, title=role[0].format(**fill), organisation=role[1].format(**fill),
                qualification="Đại học Sư phạm" if role[0] == "Giáo viên" else weighted(rng, QUALIFICATIONS),
                area=hamlet, phone=self.phone() if rng.random() < 0.9 else "", proposer=f"Ban công tác Mặt trận {low}",
                recognition=batches[rng.choices((0, 1, 2), weights=(70, 15, 15))[0]],
            ))  # fmt: skip
        for role in rng.sample(BCV_ROLES, 3):
            ethnicity = self.ethnicity()
            name, gender = self.person(None, ethnicity)
            when = self._decision_date(today.year - rng.randint(2, 6), (3, 11))
            fill = {"unit": unit}
            people.append(Reporter(
                id=new_id(rng), kind="bcv", full_name=name, gender=gender, birth_date=self._birth(today, (30, 55)),
                ethnicity=ethnicity, title=role[0].format(**fill), organisation=role[1].format(**fill),
                qualification=role[2], law_fields=list(role[3]), phone=self.phone(), proposer=f"UBND {unit}",
                recognition=Decision(f"{rng.randint(1200, 3400)}/QĐ-UBND", when, f"Chủ tịch UBND {c.province}"),
                refusals=rng.choice((0, 0, 0, 1)), level="tinh",
            ))  # fmt: skip
        self._dismiss(people, today, chair)
        self._train(people, today)
        return people

    def district_reporter(self, today: date) -> Reporter:
        """A báo cáo viên of the former district, recognised in 2022, whose level ended on 1 July 2025: the roster
        offers the review. Drawn apart from the roster and the log (made after them, it changes neither)."""
        saved, self.rng = self.rng, random.Random(f"pbgdpl-demo-district/{self.seed}/{self.unit.code}")
        try:
            ethnicity = self.ethnicity()
            name, gender = self.person(None, ethnicity)
            role = self.rng.choice(BCV_ROLES)
            return Reporter(
                id=new_id(self.rng), kind="bcv", full_name=name, gender=gender, birth_date=self._birth(today, (35, 55)),
                ethnicity=ethnicity, title=role[0].format(unit=self.commune.label), organisation=role[1].format(unit=self.commune.label),
                qualification=role[2], law_fields=list(role[3]), proposer="Phòng Tư pháp huyện", level="huyen",
                recognition=Decision(f"{self.rng.randint(100, 900)}/QĐ-UBND", self._decision_date(2022, (3, 11)), "Chủ tịch UBND huyện"),
            )  # fmt: skip
        finally:
            self.rng = saved

    def idle_reporter(self, people: Sequence[Reporter]) -> Reporter:
        """A tuyên truyền viên of the first recognition, moved to the Front's committee and given no hamlet since:
        no activity, the area left blank, so the roster's review lists her (no activity in 12 months, details
        incomplete). Drawn apart from the roster and the log (made after them, it changes neither)."""
        saved, self.rng = self.rng, random.Random(f"pbgdpl-demo-idle/{self.seed}/{self.unit.code}")
        try:
            first = min((p.recognition for p in people if p.kind == "ttv" and p.recognition.date), key=lambda d: d.date)
            ethnicity = self.ethnicity()
            name, gender = self.person("nu", ethnicity)
            unit = self.commune.label
            return Reporter(
                id=new_id(self.rng), kind="ttv", full_name=name, gender=gender, birth_date=date(first.date.year - self.rng.randint(30, 45),
                self.rng.randint(1, 12), self.rng.randint(1, 28)), ethnicity=ethnicity, title="Ủy viên Ủy ban Mặt trận Tổ quốc",
                organisation=f"Ủy ban Mặt trận Tổ quốc Việt Nam {unit}", qualification=weighted(self.rng, QUALIFICATIONS),
                proposer=f"Ủy ban Mặt trận Tổ quốc Việt Nam {unit}", recognition=first,
                notes="Chuyển sang Ủy ban Mặt trận Tổ quốc, chưa phân công địa bàn phụ trách",
            )  # fmt: skip
        finally:
            self.rng = saved

    def _dismiss(self, people: list[Reporter], today: date, chair: str) -> None:
        """Dismiss 2–4 long-standing TTV and one BCV within the last two years."""
        rng = self.rng
        old_ttv = [p for p in people if p.kind == "ttv" and p.recognition.date and (today - p.recognition.date).days > 700]
        bcv = [p for p in people if p.kind == "bcv" and p.recognition.date and (today - p.recognition.date).days > 400]
        chosen = [(p, weighted(rng, TTV_GROUNDS), chair) for p in rng.sample(old_ttv, min(len(old_ttv), rng.randint(2, 4)))]
        for p in rng.sample(bcv, min(1, len(bcv))):
            chosen.append((p, rng.choice(("KHONG_CON_CBCC", "TU_NGUYEN")), p.recognition.authority))
        for person, ground, authority in chosen:
            first = max(person.recognition.date + timedelta(days=180), today - timedelta(days=680))
            last = today - timedelta(days=10)
            when = first + timedelta(days=rng.randint(0, max(0, (last - first).days)))
            number = f"{rng.randint(40, 320) if person.kind == 'ttv' else rng.randint(1200, 3400)}/QĐ-UBND"
            reason = rng.choice(REASONS[ground])
            if ground in REVIEW_FLAGS:  # not a ground: the person is listed for the chairman's review, not dismissed
                person.review_flag = ground
                person.notes = reason
                continue
            person.dismissal = Decision(number, when, authority)
            person.dismissal_ground = "TU_NGUYEN" if ground == "TU_NGUYEN_CHUYEN" else ground
            person.dismissal_reason = reason

    def _train(self, people: list[Reporter], today: date) -> None:
        """Yearly commune training for TTV and provincial training for BCV; most people attend."""
        rng, c = self.rng, self.commune
        first_year = min(p.recognition.date.year for p in people if p.recognition.date)
        events: list[TrainingEvent] = []
        for year in range(first_year, today.year + 1):
            ttv_title = f"Tập huấn, bồi dưỡng kiến thức, kỹ năng phổ biến, giáo dục pháp luật cho tuyên truyền viên pháp luật năm {year}"
            bcv_title = f"Hội nghị tập huấn nghiệp vụ cho báo cáo viên pháp luật {c.province} năm {year}"
            for kind, title, organiser, months in (
                ("ttv", ttv_title, f"UBND {c.label}", (4, 7)),
                ("bcv", bcv_title, f"Sở Tư pháp {c.province}", (3, 10)),
            ):
                when = self._decision_date(year, months)
                if when >= today:
                    continue
                attendees = []
                for p in people:
                    serving = p.recognition.date and p.recognition.date < when and (p.dismissal.date is None or when < p.dismissal.date)
                    if p.kind == kind and serving:
                        if rng.random() < 0.75:
                            attendees.append(p.id)
                            p.trainings.append(Training(when, title, organiser))
                events.append(TrainingEvent(when, title, organiser, kind, tuple(attendees)))
        for p in people:
            p.trainings = p.trainings[-3:]
        self.trainings = events

    # -- the log ----------------------------------------------------------------------------------------
    def years(self, today: date) -> list[tuple[date, date, int]]:
        """The previous full year and the current year up to ``today``, with about 300 activities a year."""
        rng = self.rng
        full = rng.randint(285, 320)
        this = rng.randint(285, 320)
        start = date(today.year, 1, 1)
        share = weight_between(start, today) / weight_between(start, date(today.year, 12, 31))
        current = max(len(W.FORMS) + len(W.AUDIENCES), round(this * share))
        return [(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31), full), (start, today, current)]

    def log(self, reporters: Sequence[Reporter], start: date, end: date, count: int) -> list[Activity]:
        """``count`` activities between ``start`` and ``end`` using every form and target group, plus the
        TTV trainings of that span; oldest first."""
        pool = [Reporting(r.id, r.kind, r.area, r.recognition.date, r.dismissal.date) for r in reporters]
        rows = list(activities(self.rng, self.commune, pool, count, start, end))
        for event in self.trainings:
            if event.kind == "ttv" and start <= event.date <= end:
                rows.append(self._training_activity(event))
        rows.sort(key=lambda a: a.date)
        return rows

    def _training_activity(self, event: TrainingEvent) -> Activity:
        rng = self.rng
        participants = len(event.attendees) + rng.randint(5, 20)
        women = rng.randint(len(event.attendees) // 3, participants // 2 + 1)
        share = rng.uniform(*W.MINORITY_SHARE[self.commune.zone])
        return Activity(
            id=new_id(rng), date=event.date, title=event.title, forms=["TAP_HUAN"],
            topics=["Luật Phổ biến, giáo dục pháp luật", "Luật Hòa giải ở cơ sở"],
            place=f"Hội trường UBND {self.commune.label}", target_groups=["CAN_BO"],
            extra_groups=["Tuyên truyền viên pháp luật", "Hòa giải viên"], participants=participants,
            women=min(women, participants), ethnic_minority=min(participants, round(participants * share)),
            materials=participants, reporter_ids=list(event.attendees),
            cost=rng.randrange(4_000_000, 12_000_001, 500_000), organiser=event.organiser,
            notes=f"{len(event.attendees)} tuyên truyền viên tham dự",
        )  # fmt: skip


def pick_commune(communes: Sequence[Unit], seed: int) -> Unit:
    """The commune a seed stands for: a fixed shuffle of the list, so seeds 1…len give different communes."""
    order = sorted(communes, key=lambda u: u.code)
    random.Random("pbgdpl-demo-communes").shuffle(order)
    return order[seed % len(order)]


def generate_activities(
    seed: int,
    unit_code: str,
    reporter_ids: Iterable[str],
    count: int,
    start: date,
    end: date,
    *,
    unit: Unit | None = None,
) -> Iterator[Activity]:
    """``count`` demo activities of one commune between ``start`` and ``end``, oldest first, lazily.

    For benchmarks and bulk loads: the same arguments give the same activities and ids. ``unit`` gives the
    commune's name and type (without it a made-up xã name is used).
    """
    rng = random.Random(f"pbgdpl-demo-activities/{seed}/{unit_code}/{start}/{end}/{count}")
    if unit is None:
        name = f"Xã {rng.choice(W.VIET_FIRST)} {rng.choice(W.VIET_SECOND)}"
        unit = Unit(code=unit_code, name=name, level="commune", division_type="xã")
    commune = make_commune(unit, rng)
    pool = [Reporting(rid) for rid in reporter_ids]
    return activities(rng, commune, pool, count, start, end, cover=count >= len(W.FORMS) + len(W.AUDIENCES))
