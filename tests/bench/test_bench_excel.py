"""Excel import of 10,000 activities against openpyxl reading the same file in read-only mode (goal: at most 2×)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import BENCH_SEED, initialised_folder, load_activities, open_workspace
from harness import measure

COUNT = 10_000
CASE = "Excel import (check + write)"
REIMPORT_CASE = "Excel re-import (all unchanged)"
SIZE = "10,000 activities"


def _drain(job):
    try:
        while True:
            next(job)
    except StopIteration as stop:
        return stop.value


@pytest.fixture(scope="module")
def excel_file(bench_dir) -> Path:
    """An .xlsx of 10,000 demo activities written by pbgdpl's own exporter (built once, never timed)."""
    try:
        from app.services.exporting import export_file
    except ImportError:
        pytest.skip("app.services.exporting is not available yet")
    source = bench_dir / "excel-source"
    shutil.rmtree(source, ignore_errors=True)
    initialised_folder(source)
    load_activities(source, COUNT, date(2024, 1, 1), date(2025, 12, 31), seed=BENCH_SEED + 1)
    path = bench_dir / "activities-10k.xlsx"
    with open_workspace(source) as ws:
        out = _drain(export_file(ws, "activities", path))
    assert out["records"] == COUNT
    return path


def _read_only(path: Path) -> int:
    """The baseline: openpyxl in read-only mode reading every cell value of the file."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = sum(1 for row in wb.worksheets[0].iter_rows(values_only=True) if any(v is not None for v in row))
    finally:
        wb.close()
    return rows


@pytest.fixture(scope="module")
def read_only_baseline(excel_file):
    """openpyxl reading the file in read-only mode, median of 3 (shared by the cases of this module)."""
    return measure(lambda: _read_only(excel_file), repeat=3, warmup=0, trace_memory=False)


def test_excel_import_10k(bench_dir, excel_file, bench_table, read_only_baseline):
    from app.services.importing import import_file
    from app.store import activities as repo

    pristine = initialised_folder(bench_dir / "excel-empty")
    counter = iter(range(1000))

    def fresh_folder() -> Path:
        target = bench_dir / f"excel-target-{next(counter)}"
        shutil.copytree(pristine, target)
        return target

    def run(target: Path):
        with open_workspace(target) as ws:
            report = _drain(import_file(ws, "activities", excel_file))
            stored = repo.totals(ws.db, repo.ActivityFilter())["count"]
        shutil.rmtree(target, ignore_errors=True)
        return report, stored

    base = read_only_baseline
    assert base.result == COUNT + 1, f"openpyxl read {base.result} rows, expected a header and {COUNT} rows"

    # One timed import (plus one traced for memory): 10,000 rows take tens of seconds on a 2-core laptop.
    mine = measure(run, repeat=1, setup=fresh_folder, warmup=0)
    report, stored = mine.result
    assert report.written and not report.problems, report.problems[:5]
    assert (report.rows, report.created, report.skipped) == (COUNT, COUNT, 0), report.counts()
    assert stored == COUNT, f"{stored} activities stored after importing {COUNT}"

    bench_table.add(
        case=CASE,
        size=SIZE,
        median=mine.median,
        peak=mine.peak,
        baseline="openpyxl read-only, all cells",
        baseline_median=base.median,
        goal_ratio=2.0,
        note=f"file written by pbgdpl's exporter ({excel_file.stat().st_size / 1e6:.1f} MB); one timed import "
        "into a fresh initialised data folder (plus one under tracemalloc for the peak); openpyxl median of 3",
    )


def test_excel_reimport_10k(bench_dir, excel_file, bench_table, read_only_baseline):
    """The same file imported again into the folder that already holds its 10,000 activities: nothing changes."""
    from app.services.importing import import_file
    from app.store import activities as repo

    base = read_only_baseline
    assert base.result == COUNT + 1, f"openpyxl read {base.result} rows, expected a header and {COUNT} rows"
    target = bench_dir / "excel-reimport"
    shutil.rmtree(target, ignore_errors=True)
    initialised_folder(target)
    with open_workspace(target) as ws:  # the first import (never timed)
        first = _drain(import_file(ws, "activities", excel_file))
    assert (first.created, first.skipped) == (COUNT, 0), first.counts()

    def run():
        with open_workspace(target) as ws:
            report = _drain(import_file(ws, "activities", excel_file))
            stored = repo.totals(ws.db, repo.ActivityFilter())["count"]
        return report, stored

    mine = measure(run, repeat=1, warmup=0)
    report, stored = mine.result
    shutil.rmtree(target, ignore_errors=True)
    assert report.written and not report.problems, report.problems[:5]
    assert (report.rows, report.created, report.updated, report.unchanged, report.skipped) == (COUNT, 0, 0, COUNT, 0), report.counts()
    assert stored == COUNT, f"{stored} activities stored after importing the same {COUNT} twice"

    bench_table.add(
        case=REIMPORT_CASE,
        size=SIZE,
        median=mine.median,
        peak=mine.peak,
        baseline="openpyxl read-only, all cells",
        baseline_median=base.median,
        goal_ratio=2.0,
        note="the same file imported again into the data folder that already holds it (first import untimed); "
        "one timed run (plus one under tracemalloc for the peak); openpyxl median of 3",
    )
