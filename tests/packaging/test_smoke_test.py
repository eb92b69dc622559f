"""``pbgdpl --smoke-test``: passes from the venv, reports failures clearly, tells a missing module from a broken one."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import smoke

PBGDPL = Path(sys.executable).with_name("pbgdpl")


def test_smoke_test_passes_from_the_venv_without_tracebacks_or_qt_warnings(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([str(PBGDPL), "--smoke-test"], capture_output=True, text=True, encoding="utf-8",
                            env=env, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "smoke test passed" in result.stdout
    for step in ("database", "catalogs", "pdf", "bundle", "window"):
        assert f"smoke: {step}" in result.stdout
    assert "Traceback" not in output and "Qt warning" not in output
    assert not list(tmp_path.rglob("pbgdpl.sqlite3")), "the smoke test must not touch the user's data folder"


def test_a_failing_step_is_reported_and_the_run_fails(tmp_path, capsys):
    out = io.StringIO()
    run = smoke.SmokeRun(tmp_path / "data", out)

    def broken() -> str:
        raise OSError("disk full")

    assert run.step("pdf", broken) is False
    assert run.failures == ["pdf"]
    assert "smoke: pdf          FAILED: OSError: disk full" in out.getvalue()


def test_a_module_missing_from_the_build_is_a_failure(tmp_path):
    """Every module of the program is part of every build: a missing one (PyInstaller did not collect it)
    fails the run instead of being skipped."""
    out = io.StringIO()
    run = smoke.SmokeRun(tmp_path / "data", out)

    def missing() -> str:
        import app.services.no_such_module  # noqa: F401

        return ""

    assert run.step("bundle", missing) is False
    assert run.failures == ["bundle"]
    assert "smoke: bundle       FAILED: ModuleNotFoundError" in out.getvalue()


def test_check_pdf_refuses_a_pdf_without_embedded_fonts():
    with pytest.raises(RuntimeError, match="embeds no TrueType font"):
        smoke._check_pdf(b"%PDF-1.4\n1 0 obj<</Type/Font/BaseFont/Helvetica>>endobj\n%%EOF\n")
    with pytest.raises(RuntimeError, match="did not return PDF bytes"):
        smoke._check_pdf(b"<html>")
