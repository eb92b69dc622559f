"""A province data folder holding the records of three communes (as after importing their bundles) and its own.

Rows are written with the store's record writer under each owner unit's write context, which is what a merge of
an imported bundle leaves in the database: records whose ``owner_unit`` is the commune.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.core.models import Activity, Reporter
from app.paths import AppPaths
from app.services.setup import initialise
from app.services.workspace import Workspace
from app.store import activities as activity_repo
from app.store import reporters as reporter_repo
from app.store.audit import WriteContext

PROVINCE = "19"  # Tỉnh Thái Nguyên
A, B, C = "05443", "05467", "05830"  # Phường Phan Đình Phùng, Phường Gia Sàng, Xã Đại Từ
NAMES = {A: "Phường Phan Đình Phùng", B: "Phường Gia Sàng", C: "Xã Đại Từ", PROVINCE: "Tỉnh Thái Nguyên"}

# (unit, date, title, forms, participants, target groups, reporter key or None)
ACTIVITIES = [
    (A, date(2026, 3, 8), "Tuyên truyền Luật Bình đẳng giới", ["TRUC_TIEP"], 40, ["PHU_NU"], "a1"),
    (A, date(2026, 8, 2), "Phổ biến Luật Đất đai năm 2024", ["TRUC_TIEP"], 60, ["NHAN_DAN"], "a1"),
    (A, date(2026, 9, 20), "Phát thanh Luật Trẻ em", ["LOA"], 0, ["HOC_SINH"], None),
    (B, date(2026, 7, 15), "Hội nghị phổ biến Luật Hòa giải ở cơ sở", ["TRUC_TIEP"], 120, ["NHAN_DAN"], "b1"),
    (B, date(2026, 8, 30), "Cuộc thi tìm hiểu pháp luật", ["THI"], 200, ["THANH_THIEU_NIEN"], "b1"),
    (C, date(2026, 8, 10), "Tuyên truyền phòng, chống ma túy", ["TRUC_TIEP"], 75, ["DTTS_VUNG_KHO"], None),
    (PROVINCE, date(2026, 9, 1), "Tập huấn báo cáo viên cấp tỉnh", ["TAP_HUAN"], 30, ["CAN_BO"], None),
]
REPORTERS = [(A, "a1", "bcv", "Nguyễn Văn An"), (A, "a2", "ttv", "Trần Thị Bình"), (B, "b1", "bcv", "Lê Thị Cúc")]


@dataclass
class ProvinceData:
    ws: Workspace
    activities: dict[str, list[Activity]] = field(default_factory=dict)  # per owner unit
    reporters: dict[str, Reporter] = field(default_factory=dict)

    def count(self, *units: str) -> int:
        return sum(len(self.activities.get(u, [])) for u in units)

    def participants(self, *units: str) -> int:
        return sum(a.participants for u in units for a in self.activities.get(u, []))


def _ctx(unit: str) -> WriteContext:
    return WriteContext(installation=f"inst-{unit}", actor="", unit=unit, now="2026-10-01T08:00:00+07:00", source="bundle")


def fill(ws: Workspace) -> ProvinceData:
    """Write the communes' records (and one of the province's own) into ``ws``."""
    data = ProvinceData(ws)
    with ws.db.atomic():
        for unit, key, kind, name in REPORTERS:
            r = Reporter(kind=kind, full_name=name, gender="nam")
            reporter_repo.save_reporter(ws.db, r, _ctx(unit))
            data.reporters[key] = r
        for unit, day, title, forms, people, groups, rep in ACTIVITIES:
            a = Activity(date=day, title=title, forms=forms, place=f"Hội trường {NAMES[unit]}", participants=people,
                         target_groups=groups, reporter_ids=[data.reporters[rep].id] if rep else [])  # fmt: skip
            activity_repo.save_activity(ws.db, a, _ctx(unit))
            data.activities.setdefault(unit, []).append(a)
    return data


def open_province(data_dir: Path, clock) -> ProvinceData:
    """A province installation (Thái Nguyên) with the records of three of its communes and one of its own."""
    ws = Workspace.open(AppPaths(data_dir), clock=clock)
    initialise(ws, PROVINCE, "Lê Văn Tám", level="province")
    return fill(ws)
