"""build/build.py fails the build when the program is over its size budget (so CI catches a regression)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

# build/build.py by path: "import build" could find the build/ folder itself or the PyPI package "build".
_SPEC = importlib.util.spec_from_file_location("pbgdpl_build_script", Path(__file__).resolve().parents[2] / "build" / "build.py")
build_script = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build_script)


@pytest.fixture
def fake_build(tmp_path, monkeypatch):
    """build.main() with PyInstaller replaced by a folder holding one 2 MB file, and a 1 MB budget."""
    folder = tmp_path / "dist" / "pbgdpl"

    def run_pyinstaller(clean):
        folder.mkdir(parents=True)
        (folder / "pbgdpl").write_bytes(b"\0" * 2_000_000)
        return 0.0

    monkeypatch.setattr(build_script, "ROOT", tmp_path)
    monkeypatch.setattr(build_script, "compile_translations", lambda: None)
    monkeypatch.setattr(build_script, "program_folder", lambda: folder)
    monkeypatch.setattr(build_script, "run_pyinstaller", run_pyinstaller)
    monkeypatch.setattr(build_script, "check_data", lambda folder: [])
    monkeypatch.setattr(build_script, "executable", lambda folder=None, cli=True: folder / "pbgdpl")
    monkeypatch.setattr(build_script, "BUDGET_FOLDER_MB", 1)
    return folder


def test_over_budget_fails_the_build(fake_build, capsys):
    assert build_script.main(["--no-archive"]) == 1
    out, err = capsys.readouterr()
    assert "unpacked folder    2.0 MB of 1 MB" in out and "OVER BUDGET" in out
    assert "over the size budget" in err


def test_report_only_prints_but_passes(fake_build, capsys):
    assert build_script.main(["--no-archive", "--report-only"]) == 0
    assert "OVER BUDGET" in capsys.readouterr().out


def test_within_budget_passes(fake_build, monkeypatch, capsys):
    monkeypatch.setattr(build_script, "BUDGET_FOLDER_MB", 3)
    assert build_script.main(["--no-archive"]) == 0
    assert "OVER BUDGET" not in capsys.readouterr().out
