"""Start-up to the main window shown (offscreen) with a one-year demo database, against a bare PySide6 window
with a QTableView; both are fresh processes timed from spawning to the "window shown" marker.

Goal: at most 1.5× the bare window and under 1 s. Also the frozen program against the venv when a build exists.
"""

from __future__ import annotations

import compileall
import os
import statistics
import sys
from pathlib import Path

import pytest
from harness import BARE_WINDOW_SCRIPT, ROOT, run_command

REPEAT = 5


def _shown_marker() -> tuple[str, str] | None:
    try:
        from app.probe import SHOWN_ENV, SHOWN_MARKER
    except ImportError:
        return None
    return SHOWN_ENV, SHOWN_MARKER


def _pbgdpl_command() -> list[str]:
    script = Path(sys.executable).parent / "pbgdpl"
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def _stale_build(folder: Path) -> str | None:
    """Why the build in ``folder`` does not stand for the source being measured (None when it does)."""
    import json

    from app.buildinfo import BUILD_INFO_FILE, git_commit

    found = list(folder.rglob(BUILD_INFO_FILE))
    if not found:
        return f"{folder} has no {BUILD_INFO_FILE} (run make package)"
    built = json.loads(found[0].read_text(encoding="utf-8")).get("commit", "")
    source = git_commit(ROOT)
    if source and built != source:
        return f"{folder} was built from {built[:10] or 'an unknown commit'}, the source is at {source[:10]} (run make package)"
    return None


def test_startup_main_window(demo_year, bench_table, tmp_path):
    case, size = "start-up to main window", "one-year demo"
    probe = _shown_marker()
    if probe is None:
        bench_table.skip(case, "app.probe (PBGDPL_EXIT_WHEN_SHOWN) is not available yet", size, goal_ratio=1.5, goal_abs=1.0)
        pytest.skip("app.probe's start-up probe is not available yet")
    env_name, marker = probe
    folder, facts = demo_year
    size = f"demo, {facts['count']:,} activities"
    env = {env_name: "1", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    bare = [sys.executable, "-c", BARE_WINDOW_SCRIPT.replace("{marker}", marker), "300"]
    program = [*_pbgdpl_command(), "--data-dir", str(folder)]

    # Byte-code as an installed program has it (pip and PyInstaller compile it): with PYTHONDONTWRITEBYTECODE set,
    # a changed module would otherwise be compiled again at every start and the case would time the compiler.
    compileall.compile_dir(str(ROOT / "app"), quiet=1)
    run_command(bare, marker, env=env)  # warm the OS file cache for both (Qt libraries, .pyc files)
    run_command(program, marker, env=env)
    bare_runs, runs = [], []
    for _ in range(REPEAT):  # interleaved, so a busy moment on the machine hits both alike
        bare_runs.append(run_command(bare, marker, env=env))
        runs.append(run_command(program, marker, env=env))

    # The right window: the marker comes from bootstrap after the main window (not the wizard) is exposed.
    assert all(len(r.markers) == 1 for r in runs), [r.markers for r in runs]
    log_files = list((folder / "logs").glob("*.log"))
    assert log_files, "the program wrote no log in the data folder"
    median = statistics.median(r.elapsed for r in runs)
    base = statistics.median(r.elapsed for r in bare_runs)
    peak = statistics.median(r.maxrss_kb for r in runs if r.maxrss_kb) * 1024 if runs[0].maxrss_kb else None
    bench_table.add(
        case=case,
        size=size,
        median=median,
        peak=peak,
        baseline="bare PySide6 window + QTableView",
        baseline_median=base,
        goal_ratio=1.5,
        goal_abs=1.0,
        baseline_peak=(statistics.median(r.maxrss_kb for r in bare_runs) * 1024) if bare_runs[0].maxrss_kb else None,
        note=f"fresh processes, spawn → main window exposed, median of {REPEAT}; peak = process peak RSS (VmHWM) "
        f"(bare window {statistics.median(r.maxrss_kb for r in bare_runs) / 1024:.0f} MB); data: {facts['loader']}",
    )


def test_startup_frozen_vs_venv(demo_year, bench_table, tmp_path):
    """The built one-folder program against the same program run from the venv (goal: at most 1.5×)."""
    case = "start-up, frozen vs venv"
    script = ROOT / "build" / "measure_startup.py"
    if not script.exists():
        bench_table.skip(case, "build/measure_startup.py is not available yet", goal_ratio=1.5)
        pytest.skip("build/measure_startup.py is not available yet")
    frozen = ROOT / "dist" / "pbgdpl" / ("pbgdpl-cli.exe" if sys.platform == "win32" else "pbgdpl")
    if not frozen.exists():
        bench_table.skip(case, "no built program in dist/pbgdpl (run make package first)", goal_ratio=1.5)
        pytest.skip("no built program in dist/pbgdpl (run make package first)")
    stale = _stale_build(frozen.parent)
    if stale:
        bench_table.skip(case, stale, goal_ratio=1.5)
        pytest.skip(stale)
    sys.path.insert(0, str(script.parent))
    try:
        from measure_startup import measure_startup
    finally:
        sys.path.remove(str(script.parent))
    folder, facts = demo_year
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    venv = measure_startup([*_pbgdpl_command(), "--data-dir", str(folder)], runs=REPEAT, env=env)
    built = measure_startup([str(frozen), "--data-dir", str(folder)], runs=REPEAT, env=env)
    bench_table.add(
        case=case,
        size=f"demo, {facts['count']:,} activities",
        median=built,
        baseline="same program from the venv",
        baseline_median=venv,
        goal_ratio=1.5,
        note=f"build/measure_startup.py, median of {REPEAT} after one warm-up, spawn → main window exposed",
    )
