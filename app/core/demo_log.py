"""Seeded activity log of a demo commune: its hamlets, the seasonal rhythm and one activity per plan slot."""

from __future__ import annotations

import random
import uuid
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate
from typing import Iterator, Sequence

from app.core import demo_words as W
from app.core.facts import forms_with_a_form_of_their_own
from app.core.models import Activity, Unit

# First day of Tết Nguyên đán (lunar new year); activities thin out around it.
TET = {
    2019: date(2019, 2, 5), 2020: date(2020, 1, 25), 2021: date(2021, 2, 12), 2022: date(2022, 2, 1),
    2023: date(2023, 1, 22), 2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17),
    2027: date(2027, 2, 6), 2028: date(2028, 1, 26), 2029: date(2029, 2, 13), 2030: date(2030, 2, 3),
    2031: date(2031, 1, 23), 2032: date(2032, 2, 11), 2033: date(2033, 1, 31), 2034: date(2034, 2, 19),
}  # fmt: skip
MONTH_WEIGHT = (0.8, 0.55, 1.0, 0.95, 0.9, 0.85, 0.8, 0.8, 0.95, 1.15, 1.7, 1.05)
WEEKDAY_WEIGHT = (1.0, 1.0, 1.0, 1.0, 1.0, 0.45, 0.2)
HOLIDAYS = {(1, 1), (4, 30), (5, 1), (9, 2)}
POLICE_LAWS = ("Luật Phòng, chống ma túy", "Nghị định 168/2024/NĐ-CP", "Luật Cư trú", "Luật Trật tự, an toàn giao thông đường bộ 2024")


@dataclass(frozen=True)
class Reporting:
    """What the log needs of a reporter: id, kind, hamlet and the days they may be assigned work."""

    id: str
    kind: str = "ttv"
    area: str = ""
    active_from: date | None = None
    active_until: date | None = None  # the dismissal date (no work on or after it)

    def active(self, on: date) -> bool:
        return (self.active_from is None or self.active_from <= on) and (self.active_until is None or on < self.active_until)


@dataclass(frozen=True)
class Commune:
    """A commune as the generator sees it: its unit, zone, short name and hamlets (thôn, xóm, bản, tổ dân phố)."""

    unit: Unit
    zone: str  # mountain, highland, midland, urban_highland, urban
    kind: str  # "xã", "phường", "đặc khu"
    name: str  # without the kind: "Văn Lang"
    hamlets: tuple[str, ...]
    province: str = "tỉnh Thái Nguyên"  # as written after "UBND"

    @property
    def label(self) -> str:
        """ "xã Văn Lang", as in "UBND xã Văn Lang"."""
        return f"{self.kind} {self.name}"

    @property
    def urban(self) -> bool:
        return self.zone.startswith("urban")


def new_id(rng: random.Random) -> str:
    """A UUID4 string drawn from ``rng`` (same seed, same ids)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def weighted(rng: random.Random, pairs: Sequence[tuple[str, float]]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def zone_of(unit: Unit) -> str:
    """Settlement zone from the unit: former Bắc Kạn communes (codes below 03000) are mountain areas."""
    code = int(unit.code) if unit.code.isdigit() else 0
    bac_kan = unit.province_code == "19" and code < 3000
    if unit.division_type == "phường":
        return "urban_highland" if bac_kan else "urban"
    if bac_kan:
        return "mountain"
    if unit.province_code == "19" and 5540 <= code < 5770:  # former Định Hóa, Phú Lương, Đồng Hỷ, Võ Nhai
        return "highland"
    return "midland"


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def make_commune(unit: Unit, rng: random.Random, province: str = "tỉnh Thái Nguyên") -> Commune:
    """The commune profile with seeded hamlet names fitting its type."""
    kind = unit.division_type if unit.division_type in ("xã", "phường", "đặc khu") else "xã"
    name = unit.name[len(kind) :].strip() if unit.name.lower().startswith(kind) else unit.name
    zone = zone_of(unit)
    if kind == "phường":
        count = rng.randint(15, 32)
        hamlets = [f"Tổ dân phố số {i}" for i in range(1, count + 1)]
        for i in rng.sample(range(count), 2):
            hamlets[i] = f"Tổ dân phố {rng.choice(W.STREET_NAMES)} {i + 1}"
        return Commune(unit, zone, kind, name, tuple(hamlets), province)
    hamlets: list[str] = []
    count = rng.randint(14, 26)
    tay_share = {"mountain": 0.8, "highland": 0.45}.get(zone, 0.05)
    while len(hamlets) < count:
        prefix = weighted(rng, W.HAMLET_KINDS.get(zone, W.HAMLET_KINDS["midland"]))
        if rng.random() < tay_share:
            first, second = rng.choice(W.TAY_FIRST), rng.choice(W.TAY_SECOND)
        else:
            first, second = rng.choice(W.VIET_FIRST), rng.choice(W.VIET_SECOND)
        if first == second or first == prefix:
            continue
        hamlet = f"{prefix} {first} {second}"
        if hamlet.split(" ", 1)[1] not in {h.split(" ", 1)[1] for h in hamlets}:
            hamlets.append(hamlet)
    return Commune(unit, zone, kind, name, tuple(hamlets), province)


# -- Seasonal rhythm -----------------------------------------------------------------------------------
def day_weight(d: date) -> float:
    """Relative chance of an activity on ``d``: more in Q4 around Ngày Pháp luật (9/11), few around Tết."""
    w = MONTH_WEIGHT[d.month - 1] * WEEKDAY_WEIGHT[d.weekday()]
    tet = TET.get(d.year, date(d.year, 2, 5))
    if -10 <= (d - tet).days <= 7:
        w *= 0.15
    if (d.month, d.day) in HOLIDAYS:
        w *= 0.1
    if (d.month == 11 and d.day <= 12) or (d.month == 10 and d.day >= 25):
        w *= 1.5
    return w


@lru_cache(maxsize=64)
def _calendar(start: date, end: date) -> tuple[tuple[date, ...], tuple[float, ...]]:
    days = tuple(start + timedelta(n) for n in range((end - start).days + 1))
    return days, tuple(accumulate(day_weight(d) for d in days))


def weight_between(start: date, end: date) -> float:
    return _calendar(start, end)[1][-1] if end >= start else 0.0


def _pick_days(rng: random.Random, start: date, end: date, k: int) -> list[date]:
    days, cum = _calendar(start, end)
    total = cum[-1]
    return [days[min(bisect_right(cum, rng.random() * total), len(days) - 1)] for _ in range(k)]


def _pl_window(start: date, end: date) -> tuple[date, date] | None:
    """Days around Ngày Pháp luật (25/10–15/11) inside [start, end] of the same year, if any."""
    lo, hi = max(start, date(end.year, 10, 25)), min(end, date(end.year, 11, 15))
    return (lo, hi) if lo <= hi else None


# -- Plan: date, main form and target group of each activity -------------------------------------------
_FORM_CODES = tuple(W.FORMS)
_FORM_WEIGHTS = tuple(accumulate(v[0] for v in W.FORMS.values()))


def plan(rng: random.Random, start: date, end: date, count: int, cover: bool = True) -> list[tuple[date, str, str | None]]:
    """Slots (date, form, forced target group or None), sorted by date.

    With ``cover`` the first slots use every form and every target group once, so each appears in the log.
    """
    forms = list(_FORM_CODES) if cover else []
    forms = forms[:count] + rng.choices(_FORM_CODES, cum_weights=_FORM_WEIGHTS, k=max(0, count - len(forms)))
    rng.shuffle(forms)
    groups: list[str | None] = [None] * count
    if cover:
        for code, index in zip(W.AUDIENCES, rng.sample(range(count), min(count, len(W.AUDIENCES)))):
            groups[index] = code
    dates = _pick_days(rng, start, end, count)
    window = _pl_window(start, end)
    for i, form in enumerate(forms):
        if form == "NGAY_PL" and window is not None:
            dates[i] = _pick_days(rng, *window, 1)[0]
    slots = list(zip(dates, forms, groups))
    slots.sort(key=lambda s: s[0])
    return slots


@lru_cache(maxsize=64)
def laws_of(year: int) -> tuple[tuple, ...]:
    return tuple(law for law in W.LAWS if law[2] <= year)


def _round(value: float, step: int) -> int:
    return int(round(value / step)) * step


def build_activity(
    rng: random.Random, commune: Commune, when: date, form: str, group: str | None, reporters: Sequence[Reporting]
) -> Activity:
    """One activity of the log, its numbers consistent with the rules (women, minorities ≤ participants)."""
    laws = laws_of(when.year) or W.LAWS
    if group is not None:
        related = [law for law in laws if group in law[3]]
        law = rng.choice(related or laws)
    else:
        law = rng.choice(laws)
        if form in W.MEDIA_FORMS or rng.random() < 0.45:
            group = "DTTS_VUNG_KHO" if commune.zone in ("mountain", "highland") and rng.random() < 0.3 else "NHAN_DAN"
        else:
            group = rng.choice(law[3])
    unit = commune.label
    hamlet = rng.choice(commune.hamlets)
    hamlet_low = lower_first(hamlet)
    if group == "HOC_SINH":
        venue = f"Trường THCS {commune.name}"
    elif form in W.HALL_FORMS or group == "CAN_BO":
        venue = f"Hội trường UBND {unit}"
    elif form in ("TU_VAN", "DOI_THOAI") and rng.random() < 0.4:
        venue = f"Trụ sở UBND {unit}"
    else:
        venue = hamlet if rng.random() < 0.6 else f"Nhà văn hóa {hamlet_low}"
    templates = W.FORMS[form][1]
    if form == "NGAY_PL":
        template = templates[0] if when.month in (10, 11) else templates[1]
    else:
        template = rng.choice(templates)
    audience = W.AUDIENCES[group][0].format(unit=unit, kind=commune.kind, name=commune.name)
    title = template.format(
        law=law[1], place=venue, hamlet=hamlet_low, aud=audience, unit=unit, year=when.year, month=f"{when.month:02d}"
    )
    if "{place}" in template:
        place = venue
    elif "{hamlet}" in template:
        place = hamlet
    elif form == "LOA":
        place = f"Các {'tổ dân phố' if commune.kind == 'phường' else 'thôn, xóm'} trên địa bàn {unit}"
    elif form in ("NIEM_YET", "TU_SACH", "DOI_THOAI", "TU_VAN"):
        place = f"Trụ sở UBND {unit}"
    elif form == "DIEN_TU":
        place = "Trực tuyến"
    elif form == "PANO":
        place = f"Trục đường chính {unit}"
    else:
        place = venue
    forms = forms_with_a_form_of_their_own([form] + [code for code, p in W.SECOND_FORMS.get(form, ()) if rng.random() < p])
    groups = [group]
    if group != "NHAN_DAN" and rng.random() < 0.2:
        other = rng.choice(law[3])
        if other != group:
            groups.append(other)
    topics = [law[0]]
    if rng.random() < 0.12:
        extra = rng.choice(laws)
        if extra[0] != law[0]:
            topics.append(extra[0])
    # Counts: media reach is not counted; direct work has a head count with women and minorities among it.
    participants = women = minority = materials = 0
    if form not in W.MEDIA_FORMS:
        lo, hi = W.AUDIENCES[group][1]
        if form in ("THI", "SAN_KHAU", "NGAY_PL") and hi < 150:
            lo, hi = lo * 3, hi * 3
        if form in ("TU_VAN", "HOA_GIAI_TGPL"):
            lo, hi = max(3, lo // 4), max(8, hi // 3)
        participants = rng.randint(lo, hi)
        wlo, whi = W.AUDIENCES[group][2]
        women = min(participants, round(participants * rng.uniform(wlo, whi)))
        slo, shi = W.MINORITY_SHARE[commune.zone]
        share = max(0.85, slo) if group == "DTTS_VUNG_KHO" else rng.uniform(slo, shi)
        minority = min(participants, round(participants * share * rng.uniform(0.8, 1.2)))
    if "TAI_LIEU" in forms:
        materials = max(20, _round(max(participants, rng.randint(50, 400)), 10))
    elif form == "TU_SACH":
        materials = rng.randint(10, 60)
    elif form == "TRUC_TIEP" and rng.random() < 0.2:
        materials = participants
    cost = 0
    if form in W.COSTS:
        chance, lo_cost, hi_cost = W.COSTS[form]
        if rng.random() < chance:
            cost = _round(rng.uniform(lo_cost, hi_cost), 100_000 if hi_cost > 2_000_000 else 50_000)
    organiser = W.ORGANISERS.get(group, "UBND {unit}")
    if organiser == "UBND {unit}" and law[0] in POLICE_LAWS and rng.random() < 0.6:
        organiser = "Công an {unit}"
    return Activity(
        id=new_id(rng),
        date=when,
        title=title,
        forms=forms,
        topics=topics,
        place=place,
        target_groups=groups,
        participants=participants,
        women=women,
        ethnic_minority=minority,
        materials=materials,
        reporter_ids=_assign(rng, form, hamlet, when, reporters),
        cost=cost,
        organiser=organiser.format(unit=unit, name=commune.name),
        notes=rng.choice(W.NOTES).format(unit=unit, year=when.year),
    )


def _assign(rng: random.Random, form: str, hamlet: str, when: date, reporters: Sequence[Reporting]) -> list[str]:
    """Reporters who took part: the hamlet's own TTV first, BCV for trainings and contests."""
    if not reporters:
        return []
    if form in W.MEDIA_FORMS:
        wanted = 1 if form == "LOA" and rng.random() < 0.3 else 0
    else:
        wanted = rng.choices((0, 1, 2, 3), weights=(12, 55, 25, 8))[0]
    if not wanted:
        return []
    active = [r for r in reporters if r.active(when)]
    if not active:
        return []
    local = [r for r in active if r.area == hamlet]
    if form in ("TAP_HUAN", "THI", "NGAY_PL"):
        local = [r for r in active if r.kind == "bcv"] or local
    chosen: list[str] = []
    if local and rng.random() < 0.7:
        chosen.append(rng.choice(local).id)
    while len(chosen) < min(wanted, len(active)):
        pick = rng.choice(active).id
        if pick not in chosen:
            chosen.append(pick)
    return chosen


def activities(
    rng: random.Random,
    commune: Commune,
    reporters: Sequence[Reporting],
    count: int,
    start: date,
    end: date,
    cover: bool = True,
) -> Iterator[Activity]:
    """``count`` activities between ``start`` and ``end`` (inclusive), oldest first."""
    if count <= 0 or end < start:
        return
    for when, form, group in plan(rng, start, end, count, cover):
        yield build_activity(rng, commune, when, form, group, reporters)
