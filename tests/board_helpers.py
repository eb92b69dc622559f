"""A province (19, Thái Nguyên) and communes that export a period to it, for the completeness board's tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from app.commands import run_job
from app.core.models import Activity
from app.paths import AppPaths
from app.services import expected_units
from app.services.bundles import export_bundle
from app.services.keys import create_key, key_info, trust_key
from app.services.logbook import save_activity
from app.services.setup import initialise
from app.services.workspace import Workspace

VN = timezone(timedelta(hours=7))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def at(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 9, 0, tzinfo=VN)


class World:
    """``province``; ``commune(code, …)`` makes a commune with a key (enrolled at the province unless told);
    ``send(ws, period, on)`` exports a bundle signed on a given day. ``close()`` closes every workspace."""

    def __init__(self, root: Path, today: datetime | None = None) -> None:
        self.root = root
        self.opened: list[Workspace] = []
        self.province = Workspace.open(AppPaths(root / "so"), clock=Clock(today or at(2026, 12, 10)))
        self.opened.append(self.province)
        initialise(self.province, "19", "Đỗ Thị Lan Anh", level="province")

    def commune(self, code: str, officer: str = "Nguyễn Thị Hường", activities: int = 2, enrol: bool = True) -> Workspace:
        ws = Workspace.open(AppPaths(self.root / code), clock=Clock(at(2026, 10, 1)))
        self.opened.append(ws)
        initialise(ws, code, officer)
        create_key(ws, None)
        for i in range(activities):
            save_activity(ws, Activity(date=date(2026, 8, 1 + i), title=f"Tuyên truyền {i}", forms=["TRUC_TIEP"], participants=10 + i))
        if enrol:
            trust_key(self.province, code, key_info(ws).fingerprint)
        return ws

    def send(self, ws: Workspace, period: str = "2026-Q3", on: datetime | None = None) -> Path:
        if on is not None:
            ws.clock.now = on
        return Path(run_job(export_bundle(ws, period, self.root / "usb", None, include_reports=False))["path"])

    def close(self) -> None:
        for ws in self.opened:
            ws.close()

    def __enter__(self) -> "World":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class Chain(World):
    """World (province 19 and communes) plus a district office 164 relaying two communes."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.district = Workspace.open(AppPaths(root / "huyen"), clock=Clock(at(2026, 10, 20)))
        self.opened.append(self.district)
        initialise(self.district, "164", "Nguyễn Văn Hùng", level="district", unit_name="Phòng Tư pháp huyện Đại Từ",
                   province="19", communes=["05830", "05569"])  # fmt: skip
        create_key(self.district, None)
        expected_units.add_unit(self.province, "164", name="Phòng Tư pháp huyện Đại Từ", level="district")
        trust_key(self.province, "164", key_info(self.district).fingerprint)

    def member(self, code: str, enrol_at_province: bool = True) -> Workspace:
        ws = self.commune(code, enrol=enrol_at_province)
        trust_key(self.district, code, key_info(ws).fingerprint)
        return ws

    def relay(self, period: str = "2026-Q3") -> dict:
        return run_job(export_bundle(self.district, period, self.root / "up", None, include_reports=False))
