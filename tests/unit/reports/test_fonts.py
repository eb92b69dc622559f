"""Documents use Times New Roman where it is installed (Nghị định 30/2020), else the shipped Liberation Serif;
``pbgdpl status`` says which. PBGDPL_FONT_DIRS points the search at test folders, both ways."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from app.core.periods import parse_period
from app.reports import fonts
from app.services import printing
from report_helpers import need_tool, pdffonts


@pytest.fixture
def font_dirs(tmp_path, monkeypatch):
    """Set PBGDPL_FONT_DIRS to a folder of the test's and choose the fonts again (and again after the test)."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    monkeypatch.setenv(fonts.FONT_DIRS_ENV, str(folder))
    fonts.reset_for_tests()
    yield folder
    monkeypatch.undo()
    fonts.reset_for_tests()


def install_times(folder, names=("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")) -> None:
    """Stand-in "Times New Roman" files (Liberation Serif has the same metrics and every Vietnamese letter)."""
    for face, name in zip(fonts.FACES, names):
        shutil.copy(fonts.resource_path("fonts", fonts.FILES[face]), folder / name)


def status_text(data_dir, env_dirs: str) -> str:
    env = {**os.environ, fonts.FONT_DIRS_ENV: env_dirs, "PYTHONPATH": os.getcwd()}
    out = subprocess.run([sys.executable, "-m", "app", "status", "--data-dir", str(data_dir)], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    return out.stdout


def render_summary(ws, tmp_path):
    from app.commands import run_job

    out = run_job(printing.produce(ws, printing.ReportRequest("summary", parse_period("2026"), invariant=True)))
    path = tmp_path / "summary.pdf"
    path.write_bytes(out.data)
    return path


def test_without_times_new_roman_the_shipped_liberation_serif(font_dirs, filled_workspace, tmp_path):
    chosen = fonts.choice()
    assert chosen.family == fonts.LIBERATION and "Times New Roman not found" in chosen.reason
    need_tool("pdffonts")
    names = [r["name"] for r in pdffonts(render_summary(filled_workspace, tmp_path))]
    assert names and all("LiberationSerif" in n for n in names)
    assert fonts.register_fonts().files[fonts.REGULAR] == fonts.resource_path("fonts", "LiberationSerif-Regular.ttf")
    text = status_text(filled_workspace.paths.data, str(font_dirs))
    assert "Document font: Liberation Serif (Times New Roman not found in" in text


@pytest.mark.parametrize("names", [("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),  # Windows
                                   ("Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf",
                                    "Times_New_Roman_Bold_Italic.ttf")])  # Debian's ttf-mscorefonts  # fmt: skip
def test_times_new_roman_is_used_where_installed(font_dirs, filled_workspace, tmp_path, names):
    sub = font_dirs / "truetype" / "msttcorefonts"
    sub.mkdir(parents=True)
    install_times(sub, names)
    chosen = fonts.choice()
    assert chosen.family == fonts.TIMES and chosen.files[fonts.BOLD] == sub / names[1]
    render_summary(filled_workspace, tmp_path)
    assert fonts.register_fonts().family == fonts.TIMES  # the document was set in the installed files
    assert fonts.font_path(fonts.REGULAR) == sub / names[0]
    text = status_text(filled_workspace.paths.data, str(font_dirs))
    assert f"Document font: Times New Roman (Times New Roman installed at {sub}, as Nghị định 30/2020 asks)" in text


def test_an_incomplete_times_new_roman_is_not_used(font_dirs):
    install_times(font_dirs, ("times.ttf", "timesbd.ttf", "x.ttf", "y.ttf"))  # no italics
    chosen = fonts.choice()
    assert chosen.family == fonts.LIBERATION and "incomplete" in chosen.reason


def test_the_system_font_folders_are_searched_without_the_override(monkeypatch):
    monkeypatch.delenv(fonts.FONT_DIRS_ENV, raising=False)
    assert fonts.font_dirs() == fonts.system_font_dirs()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", r"C:\Windows")
    assert str(fonts.system_font_dirs()[0]).replace("/", "\\").endswith(r"C:\Windows\Fonts")
