"""Portable mode: a frozen program with pbgdpl-portable.txt beside it keeps its data in ./data beside it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.paths import DATA_DIR_ENV, PORTABLE_MARKER, AppPaths, resource_path


@pytest.fixture
def usb_stick(tmp_path, monkeypatch) -> Path:
    """A frozen one-folder program on a 'USB stick': E:/pbgdpl/pbgdpl(.exe) with _internal/ beside it."""
    folder = tmp_path / "stick" / "pbgdpl"
    (folder / "_internal" / "resources" / "catalogs").mkdir(parents=True)
    exe = folder / ("pbgdpl.exe" if sys.platform == "win32" else "pbgdpl")
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "_MEIPASS", str(folder / "_internal"), raising=False)
    return folder


def test_marker_file_puts_the_data_folder_beside_the_program(usb_stick):
    (usb_stick / PORTABLE_MARKER).write_text("", encoding="utf-8")
    paths = AppPaths.resolve()
    assert paths.data == usb_stick / "data"
    assert paths.db_file == usb_stick / "data" / "pbgdpl.sqlite3"


def test_without_the_marker_the_per_user_folder_is_used(usb_stick):
    paths = AppPaths.resolve()
    assert usb_stick not in paths.data.parents
    assert paths.data.name == "pbgdpl"


def test_data_dir_option_and_environment_win_over_portable_mode(usb_stick, tmp_path, monkeypatch):
    (usb_stick / PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert AppPaths.resolve(tmp_path / "explicit").data == (tmp_path / "explicit").resolve()
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert AppPaths.resolve().data == (tmp_path / "from-env").resolve()


def test_frozen_resources_come_from_the_bundle_folder(usb_stick):
    assert resource_path("catalogs", "forms.json") == usb_stick / "_internal" / "resources" / "catalogs" / "forms.json"


def test_a_marker_in_a_source_checkout_does_not_switch_portable_mode(monkeypatch, tmp_path):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    from app import paths as paths_module

    monkeypatch.setattr(paths_module, "resource_root", lambda: tmp_path)
    (tmp_path / PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths_module.portable_data_dir() is None
    assert AppPaths.resolve().data != tmp_path / "data"
