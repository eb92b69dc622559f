"""Shared fixtures: a throw-away data folder per test, a fixed clock, and a ready commune workspace."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

VN = timezone(timedelta(hours=7))
FIXED_NOW = datetime(2026, 11, 26, 9, 30, tzinfo=VN)
TEST_UNIT = "05443"  # Phường Phan Đình Phùng, Thái Nguyên


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Point every default path at a temporary folder so no test touches the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("PBGDPL_DATA_DIR", raising=False)
    yield


@pytest.fixture
def fixed_clock():
    return lambda: FIXED_NOW


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    return path


@pytest.fixture
def workspace(data_dir, fixed_clock):
    """An opened, initialised commune workspace (Phường Phan Đình Phùng) with a fixed clock."""
    from app.paths import AppPaths
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    ws = Workspace.open(AppPaths(data_dir), clock=fixed_clock)
    initialise(ws, TEST_UNIT, "Nguyễn Thị Hường", officer_title="Công chức Tư pháp - Hộ tịch")
    yield ws
    ws.close()
