"""build_info(): version, commit and build date, from a source checkout and from a frozen build."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import app
from app import buildinfo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh_cache():
    buildinfo._cached_build_info.cache_clear()
    yield
    buildinfo._cached_build_info.cache_clear()


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout")
def test_source_checkout_reports_the_package_version_and_head_commit():
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    info = buildinfo.build_info()
    assert info == {"name": "pbgdpl", "version": app.__version__, "commit": head, "build_date": ""}


def test_git_is_asked_at_most_once_per_process(monkeypatch):
    calls = []

    def fake_run(cmd, **kwargs):
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, stdout="a" * 40 + "\n", stderr="")

    monkeypatch.setattr(buildinfo.subprocess, "run", fake_run)
    monkeypatch.setattr(buildinfo, "resource_root", lambda: ROOT)
    first = buildinfo.build_info()
    first["commit"] = "changed by a caller"
    for _ in range(3):
        assert buildinfo.build_info()["commit"] == "a" * 40
    assert len(calls) <= 1


def test_without_git_the_commit_is_an_empty_string(monkeypatch, tmp_path):
    (tmp_path / ".git").mkdir()

    def no_git(*args, **kwargs):
        raise FileNotFoundError("git")

    monkeypatch.setattr(buildinfo.subprocess, "run", no_git)
    assert buildinfo.git_commit(tmp_path) == ""
    assert buildinfo.git_commit(tmp_path / "not-a-repo") == ""


def _freeze(monkeypatch, bundle: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)


def test_frozen_build_reads_what_the_spec_wrote(monkeypatch, tmp_path):
    written = {"name": "pbgdpl", "version": "1.2.3", "commit": "b" * 40, "build_date": "2026-11-26T10:00:00Z"}
    (tmp_path / buildinfo.BUILD_INFO_FILE).write_text(json.dumps(written), encoding="utf-8")
    _freeze(monkeypatch, tmp_path)
    monkeypatch.setattr(buildinfo.subprocess, "run", lambda *a, **k: pytest.fail("a frozen build must not run git"))
    assert buildinfo.build_info() == written
    assert buildinfo.describe() == "pbgdpl 1.2.3 (bbbbbbb, built 2026-11-26T10:00:00Z)"


def test_frozen_build_with_a_damaged_file_falls_back_to_the_package_version(monkeypatch, tmp_path):
    (tmp_path / buildinfo.BUILD_INFO_FILE).write_text("{not json", encoding="utf-8")
    _freeze(monkeypatch, tmp_path)
    monkeypatch.setattr(buildinfo, "git_commit", lambda repo=None: "")
    assert buildinfo.build_info() == {"name": "pbgdpl", "version": app.__version__, "commit": "", "build_date": ""}


def test_build_date_honours_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")
    info = buildinfo.make_build_info(ROOT)
    assert info["build_date"] == "2026-11-18T11:06:40Z"
    assert info["version"] == app.__version__


def test_describe_leaves_out_what_is_unknown():
    assert buildinfo.describe({"name": "pbgdpl", "version": "0.1.0", "commit": "", "build_date": ""}) == "pbgdpl 0.1.0"
