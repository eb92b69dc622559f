"""GUI fixtures: a GuiContext over the shared commune workspace, and a small log made with the services."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.models import Activity, Decision, Reporter, Training

# Harmless notices of the offscreen platform plugin (stack-notes.md section 2); everything else still fails.
OFFSCREEN_NOTICES = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",  # a completer's popup list (the unit filter)
)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOTICES))
            item.add_marker(pytest.mark.gui)  # so that `-m "not gui"` leaves out every test of this folder


@pytest.fixture
def ctx(workspace, fixed_clock):
    """A GuiContext over the initialised test workspace; jobs open their own connection with the same clock."""
    from app.gui.context import GuiContext
    from app.services.workspace import Workspace

    paths = workspace.paths
    yield GuiContext(paths=paths, workspace=workspace, open_workspace=lambda: Workspace.open(paths, clock=fixed_clock))
    from app.gui.jobs import wait_for_jobs

    wait_for_jobs()


@pytest.fixture
def upper_ctx(tmp_path):
    """A GuiContext over a second data folder set up as the province (Thái Nguyên, 19), beside the commune's."""
    from datetime import datetime, timedelta, timezone

    from app.gui.context import GuiContext
    from app.paths import AppPaths
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    clock = lambda: datetime(2026, 12, 10, 8, 0, tzinfo=timezone(timedelta(hours=7)))  # noqa: E731
    paths = AppPaths(tmp_path / "upper")
    ws = Workspace.open(paths, clock=clock)
    initialise(ws, "19", "Lê Văn Tám", level="province")
    yield GuiContext(paths=paths, workspace=ws, open_workspace=lambda: Workspace.open(paths, clock=clock))
    from app.gui.jobs import wait_for_jobs

    wait_for_jobs()
    ws.close()


@pytest.fixture
def sample_log(workspace):
    """Three reporters and five activities (Vietnamese names and places), saved through the services."""
    from app.services.logbook import save_activity, save_reporter

    people = {
        "huong": Reporter(kind="bcv", full_name="Nguyễn Thị Hường", gender="nu", area="Tổ dân phố số 7",
                          recognition=Decision("12/QĐ-UBND", date(2024, 3, 1), "Chủ tịch UBND phường"),
                          trainings=[Training(date(2025, 5, 10), "Tập huấn kỹ năng PBGDPL", "Sở Tư pháp")]),
        "an": Reporter(kind="ttv", full_name="Trần Văn An", gender="nam", area="Thôn Đồng Bẩm"),
        "duc": Reporter(kind="ttv", full_name="Lê Minh Đức", gender="nam", area="Tổ dân phố số 2"),
    }
    for person in people.values():
        save_reporter(workspace, person)
    rows = [
        (date(2026, 11, 9), "Hưởng ứng Ngày Pháp luật Việt Nam", ["NGAY_PL"], "Hội trường UBND phường", 120, 70, 5, 200, 1_500_000, ["huong"], ["NHAN_DAN"]),
        (date(2026, 10, 20), "Phổ biến Luật Đất đai năm 2024", ["TRUC_TIEP"], "Thôn Đồng Bẩm", 45, 20, 12, 50, 300_000, ["an"], ["DTTS_VUNG_KHO"]),
        (date(2026, 6, 15), "Tuyên truyền phòng, chống bạo lực gia đình", ["TRUC_TIEP", "TAI_LIEU"], "Tổ dân phố số 7", 60, 40, 0, 100, 0, ["huong", "duc"], ["NAN_NHAN_BLGD", "PHU_NU"]),
        (date(2026, 3, 2), "Phát thanh Luật Giao thông đường bộ", ["LOA"], "Toàn phường", 0, 0, 0, 0, 0, [], ["NHAN_DAN"]),
        (date(2025, 9, 12), "Tập huấn Luật Hôn nhân và gia đình", ["TAP_HUAN"], "Hội trường UBND phường", 35, 15, 2, 35, 800_000, ["duc"], ["CAN_BO"]),
    ]
    acts = []
    for day, title, forms, place, n, women, em, mat, cost, reps, groups in rows:
        a = Activity(date=day, title=title, forms=forms, place=place, participants=n, women=women,
                     ethnic_minority=em, materials=mat, cost=cost, reporter_ids=[people[r].id for r in reps],
                     target_groups=groups, organiser="UBND phường Phan Đình Phùng")
        save_activity(workspace, a)
        acts.append(a)
    return {"reporters": people, "activities": acts}
