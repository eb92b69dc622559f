"""Shared benchmark harness: timing, peak memory, subprocess start-up probes and the session results table.

Every case measures the program and a baseline *in the same run* and reports the ratio; time goals are
reported in the verdict column, never asserted (the machine decides the absolute figures). What the
program computed (row counts, page counts) is asserted by each case, so a fast wrong answer fails.

Typical use in a bench file::

    from tests.bench.harness import measure

    def test_something(bench_table):
        mine = measure(lambda: program(), repeat=5)
        base = measure(lambda: baseline(), repeat=5)
        bench_table.add(case="something", size="1,000 rows", median=mine.median, peak=mine.peak,
                        baseline="bare reportlab table", baseline_median=base.median, goal_ratio=2.0)
"""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parents[2]
RESULTS_DIR = ROOT / "docs" / "benchmarks"
RECORD_ENV = "PBGDPL_BENCH_RECORD"
MARKER = "PBGDPL-BENCH"  # lines a probe subprocess prints: "PBGDPL-BENCH {json}"
MB = 1024 * 1024


# -- measuring in this process ----------------------------------------------------------------------
@dataclass
class Measurement:
    """Wall times of ``repeat`` runs (seconds), their median, and the peak of Python allocations (bytes)."""

    times: list[float]
    peak: int | None = None  # tracemalloc peak of one extra run; None when not traced
    result: Any = None  # what the last run returned (so the caller can assert it)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def best(self) -> float:
        return min(self.times)


def measure(
    fn: Callable[[], Any],
    repeat: int = 5,
    *,
    setup: Callable[[], Any] | None = None,
    warmup: int = 1,
    trace_memory: bool = True,
) -> Measurement:
    """Time ``fn`` ``repeat`` times and return the median; optionally trace its peak memory in one more run.

    Args:
        fn: the work; when ``setup`` is given it is called as ``fn(setup())`` and setup is not timed.
        repeat: timed runs (the median is reported).
        setup: untimed preparation run before each call (a fresh folder, a new widget …).
        warmup: untimed runs first (imports, caches, SQLite pages).
        trace_memory: run once more under tracemalloc and report the peak of Python allocations
            (tracemalloc slows the run, so that run is not timed).
    """

    def once() -> tuple[float, Any]:
        arg = setup() if setup is not None else None
        gc.collect()
        start = time.perf_counter()
        out = fn(arg) if setup is not None else fn()
        return time.perf_counter() - start, out

    result = None
    for _ in range(warmup):
        _, result = once()
    times = []
    for _ in range(repeat):
        elapsed, result = once()
        times.append(elapsed)
    peak = None
    if trace_memory:
        arg = setup() if setup is not None else None
        gc.collect()
        tracemalloc.start()
        try:
            tracemalloc.reset_peak()
            fn(arg) if setup is not None else fn()
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return Measurement(times, peak, result)


def traced_peak(fn: Callable[[], Any]) -> tuple[int, Any]:
    """Run ``fn`` once under tracemalloc; return (peak bytes of Python allocations, its result)."""
    gc.collect()
    tracemalloc.start()
    try:
        out = fn()
        return tracemalloc.get_traced_memory()[1], out
    finally:
        tracemalloc.stop()


# -- measuring a fresh process ------------------------------------------------------------------------
PROBE_PRELUDE = r'''
import json as _json, os as _os, sys as _sys, time as _time
def _bench_peak_kb():
    """This process's peak RSS in KiB: VmHWM on Linux (ru_maxrss there carries the parent's peak over exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource as _resource
    except ImportError:  # Windows
        return None
    rss = _resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if _sys.platform == "darwin" else rss

def _bench_emit(**fields):
    """Print one marker line (with this process's peak RSS so far) and flush."""
    fields.setdefault("maxrss_kb", _bench_peak_kb())
    fields.setdefault("t", _time.time())
    print("''' + MARKER + r''' " + _json.dumps(fields, ensure_ascii=False), flush=True)
'''


@dataclass
class ProbeRun:
    """One probe subprocess: seconds from spawning it to its first marker, its markers, peak RSS."""

    elapsed: float  # spawn → first marker's timestamp
    markers: list[dict]
    maxrss_kb: int | None  # the largest maxrss_kb any marker reported (whole-process peak)
    stderr: str = ""

    @property
    def first(self) -> dict:
        return self.markers[0]


def run_probe(
    script: str,
    args: Sequence[str] = (),
    *,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    cwd: Path | None = None,
    python: str | None = None,
) -> ProbeRun:
    """Run ``script`` (Python source; ``_bench_emit(**fields)`` is defined for it) in a fresh interpreter.

    The time counted runs from just before the process is spawned to the timestamp inside the first
    marker, so interpreter start-up and every import are included, measured the same way for the program
    and its baseline.

    Raises:
        AssertionError: the process failed, timed out or printed no marker (with its stderr).
    """
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as fh:
        fh.write(PROBE_PRELUDE + "\n" + script)
        path = fh.name
    full_env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), full_env.get("PYTHONPATH", "")) if p)
    try:
        start = time.time()
        proc = subprocess.run(
            [python or sys.executable, path, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=full_env,
            timeout=timeout,
            cwd=str(cwd or ROOT),
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"probe timed out after {timeout:.0f} s; stderr:\n{(exc.stderr or '')[-3000:]}") from exc
    finally:
        os.unlink(path)
    markers = [json.loads(line[len(MARKER) + 1 :]) for line in proc.stdout.splitlines() if line.startswith(MARKER + " ")]
    assert proc.returncode == 0 and markers, (
        f"probe exited with {proc.returncode} and {len(markers)} markers\n"
        f"stdout:\n{proc.stdout[-2000:]}\nstderr:\n{proc.stderr[-4000:]}"
    )
    rss = [m["maxrss_kb"] for m in markers if m.get("maxrss_kb")]
    return ProbeRun(markers[0]["t"] - start, markers, max(rss) if rss else None, proc.stderr)


def run_command(
    cmd: Sequence[str],
    marker: str,
    *,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    cwd: Path | None = None,
) -> ProbeRun:
    """Run a command and time it from spawning to the arrival of the first stdout line containing ``marker``.

    The child's whole-process peak RSS is its VmHWM, read from /proc while it runs (Linux only; None
    elsewhere). ``ru_maxrss`` from ``wait4`` would not do: Linux keeps the spawning process's peak across
    fork and exec, so a child of a large pytest process reports the parent's size.

    Raises:
        AssertionError: the command failed, timed out or never printed the marker.
    """
    import threading

    full_env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), **(env or {})}
    err_file = tempfile.TemporaryFile()
    start = time.time()
    proc = subprocess.Popen(list(cmd), stdout=subprocess.PIPE, stderr=err_file, env=full_env, cwd=str(cwd or ROOT))
    killer = threading.Timer(timeout, proc.kill)
    killer.start()
    peak = {"kb": None}
    done = threading.Event()

    def watch() -> None:
        status = Path(f"/proc/{proc.pid}/status")
        while not done.is_set():
            try:
                for line in status.read_text(encoding="ascii").splitlines():
                    if line.startswith("VmHWM:"):
                        peak["kb"] = max(peak["kb"] or 0, int(line.split()[1]))
            except (OSError, ValueError):
                return
            done.wait(0.01)

    watcher = threading.Thread(target=watch, daemon=True)
    if Path("/proc/self/status").exists():
        watcher.start()
    seen: float | None = None
    lines: list[str] = []
    try:
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            lines.append(line)
            if seen is None and marker in line:
                seen = time.time()
        proc.wait()
    finally:
        done.set()
        killer.cancel()
        err_file.seek(0)
        stderr = err_file.read().decode("utf-8", "replace")
        err_file.close()
    assert proc.returncode == 0 and seen is not None, (
        f"{' '.join(cmd)} exited with {proc.returncode}; marker {'seen' if seen else 'never printed'}\n"
        f"stdout:\n" + "\n".join(lines[-30:]) + f"\nstderr:\n{stderr[-4000:]}"
    )
    return ProbeRun(seen - start, [{"line": line} for line in lines if marker in line], peak["kb"], stderr)


def probe_median(runs: list[ProbeRun]) -> float:
    return statistics.median(r.elapsed for r in runs)


# -- the results table ------------------------------------------------------------------------------------
@dataclass
class Row:
    case: str
    size: str = ""
    median: float | None = None  # seconds
    peak: int | None = None  # bytes
    baseline: str = ""
    baseline_median: float | None = None  # seconds
    baseline_peak: int | None = None  # bytes
    goal_ratio: float | None = None  # program / baseline at most this
    goal_abs: float | None = None  # program's median under this many seconds
    goal_peak: int | None = None  # program's peak under this many bytes
    note: str = ""
    skipped: str = ""  # reason, when the case could not run

    @property
    def ratio(self) -> float | None:
        if self.median is not None and self.baseline_median:
            return self.median / self.baseline_median
        if self.median is None and self.peak is not None and self.baseline_peak:
            return self.peak / self.baseline_peak  # memory-only cases compare peaks
        return None

    def goal_text(self) -> str:
        parts = []
        if self.goal_ratio is not None:
            parts.append(f"≤ {self.goal_ratio:g}×")
        if self.goal_abs is not None:
            parts.append(f"< {fmt_time(self.goal_abs)}")
        if self.goal_peak is not None:
            parts.append(f"< {self.goal_peak / MB:.0f} MB")
        return ", ".join(parts) or "—"

    def verdict(self) -> str:
        if self.skipped:
            return f"skipped: {self.skipped}"
        misses = []
        if self.goal_ratio is not None and self.ratio is not None and self.ratio > self.goal_ratio:
            misses.append(f"ratio {self.ratio:.2f}× > {self.goal_ratio:g}×")
        if self.goal_abs is not None and self.median is not None and self.median >= self.goal_abs:
            misses.append(f"{fmt_time(self.median)} ≥ {fmt_time(self.goal_abs)}")
        if self.goal_peak is not None and self.peak is not None and self.peak >= self.goal_peak:
            misses.append(f"{self.peak / MB:.0f} MB ≥ {self.goal_peak / MB:.0f} MB")
        if misses:
            return "MISSED: " + "; ".join(misses)
        if self.goal_ratio is None and self.goal_abs is None and self.goal_peak is None:
            return "info"
        return "met"


def fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def fmt_mem(value: int | None) -> str:
    return "—" if value is None else f"{value / MB:.1f} MB"


COLUMNS = ("case", "size", "median", "peak memory", "baseline", "baseline median", "ratio", "goal", "verdict")


@dataclass
class BenchTable:
    """The session's results: one row per case, printed at the end and optionally written to docs/benchmarks/."""

    rows: list[Row] = field(default_factory=list)

    def add(
        self,
        case: str,
        size: str = "",
        median: float | None = None,
        peak: int | None = None,
        baseline: str = "",
        baseline_median: float | None = None,
        goal_ratio: float | None = None,
        goal_abs: float | None = None,
        *,
        baseline_peak: int | None = None,
        goal_peak: int | None = None,
        note: str = "",
    ) -> Row:
        """Record one case (times in seconds, memory in bytes); returns the row (its ``verdict()``)."""
        row = Row(case, size, median, peak, baseline, baseline_median, baseline_peak, goal_ratio, goal_abs, goal_peak, note)
        self.rows.append(row)
        return row

    def skip(self, case: str, reason: str, size: str = "", **goals: Any) -> None:
        """Record a case that could not run (and say why); the caller then calls ``pytest.skip``."""
        self.rows.append(Row(case, size, skipped=reason, **goals))

    def cells(self, row: Row) -> list[str]:
        base = row.baseline
        base_median = fmt_time(row.baseline_median)
        if row.baseline_peak is not None and row.baseline_median is None:
            base_median = f"({fmt_mem(row.baseline_peak)})"
        return [
            row.case,
            row.size,
            fmt_time(row.median),
            fmt_mem(row.peak),
            base or "—",
            base_median,
            "—" if row.ratio is None else f"{row.ratio:.2f}×",
            row.goal_text(),
            row.verdict(),
        ]

    def markdown(self) -> str:
        lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
        for row in self.rows:
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in self.cells(row)) + " |")
        notes = [f"- **{r.case}**: {r.note}" for r in self.rows if r.note]
        if notes:
            lines += ["", *notes]
        return "\n".join(lines)

    def plain(self) -> str:
        table = [list(COLUMNS)] + [self.cells(r) for r in self.rows]
        widths = [max(len(r[i]) for r in table) for i in range(len(COLUMNS))]
        out = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in table]
        out.insert(1, "  ".join("-" * w for w in widths))
        out += [f"  {r.case}: {r.note}" for r in self.rows if r.note]
        return "\n".join(out)

    def write(self, folder: Path = RESULTS_DIR, day: date | None = None) -> Path:
        """Write (or add to) docs/benchmarks/YYYY-MM-DD.md; a second run the same day appends a section."""
        folder.mkdir(parents=True, exist_ok=True)
        day = day or date.today()
        path = folder / f"{day.isoformat()}.md"
        section = f"## Run of {time.strftime('%Y-%m-%d %H:%M')}\n\n{machine_text()}\n\n{self.markdown()}\n"
        if path.exists():
            path.write_text(path.read_text(encoding="utf-8").rstrip() + "\n\n" + section, encoding="utf-8")
        else:
            head = (
                f"# Benchmarks, {day.strftime('%d/%m/%Y')}\n\n"
                "Written by `make bench-record` (see README.md in this folder). Ratios are program ÷ baseline "
                "measured in the same run; time goals are reported, not asserted.\n\n"
            )
            path.write_text(head + section, encoding="utf-8")
        return path


def machine_text() -> str:
    """One line about where the figures come from: CPU count, OS, Python, Qt, commit."""
    try:
        from PySide6 import __version__ as qt
    except ImportError:  # pragma: no cover
        qt = "?"
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True, cwd=ROOT, timeout=10
        ).stdout.strip()
        commit = (commit + (" + uncommitted changes" if dirty else "")) or "?"
    except (OSError, subprocess.SubprocessError):
        commit = "?"
    try:
        load = "load average %.1f, %.1f, %.1f" % os.getloadavg()
    except (AttributeError, OSError):
        load = "load average unknown"
    return (
        f"Machine: {os.cpu_count()} CPUs ({load} at the end of the run), {platform.system()} {platform.release()} {platform.machine()}, "
        f"Python {platform.python_version()}, PySide6 {qt}, commit {commit}."
    )


# -- Qt baselines ------------------------------------------------------------------------------------------------
BARE_COLUMNS = ("date", "title", "forms", "place", "target_groups", "participants", "women", "materials", "cost", "reporter_ids")


def bare_log_model(db_path: str | Path, page_size: int = 200):
    """A bare QAbstractTableModel over the activities table: the baseline for the log.

    It does the least a correct log can do: one SQL query for the ids (search by ``LIKE`` on the stored
    accent-folded key, newest first), rows read 200 at a time by id, cell text straight from the columns.
    """
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    from app.core.text import search_terms

    class BareLogModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.con = sqlite3.connect(str(db_path))
            self.ids: list[str] = []
            self.pages: dict[int, dict[str, tuple]] = {}
            self.set_text("")

        def set_text(self, text: str) -> None:
            where, params = ["deleted = 0"], []
            for term in search_terms(text):
                where.append("search_key LIKE ?")
                params.append(f"%{term}%")
            self.beginResetModel()
            sql = f"SELECT id FROM activities WHERE {' AND '.join(where)} ORDER BY date DESC, rowid DESC"
            self.ids = [r[0] for r in self.con.execute(sql, params)]
            self.pages = {}
            self.endResetModel()

        def row(self, n: int) -> tuple:
            page = self.pages.get(n // page_size)
            if page is None:
                ids = self.ids[n // page_size * page_size : (n // page_size + 1) * page_size]
                marks = ",".join("?" * len(ids))
                cur = self.con.execute(f"SELECT id, {', '.join(BARE_COLUMNS)} FROM activities WHERE id IN ({marks})", ids)
                page = {r[0]: r[1:] for r in cur}
                self.pages[n // page_size] = page
            return page[self.ids[n]]

        def rowCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else len(self.ids)

        def columnCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else len(BARE_COLUMNS)

        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
                return BARE_COLUMNS[section]
            return None

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
                return None
            return str(self.row(index.row())[index.column()])

    return BareLogModel()


BARE_WINDOW_SCRIPT = r'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
model = QStandardItemModel(0, 10)
for r in range(int(sys.argv[1]) if len(sys.argv) > 1 else 300):
    model.appendRow([QStandardItem(f"{r}:{c}") for c in range(10)])
table = QTableView(window)
table.setModel(model)
window.setCentralWidget(table)
window.resize(1366, 768)
window.show()

def report():
    handle = window.windowHandle()
    if not (window.isVisible() and handle is not None and handle.isExposed()):
        QTimer.singleShot(5, report)
        return
    print("{marker}", flush=True)
    app.quit()

QTimer.singleShot(0, report)
sys.exit(app.exec())
'''


def cached_folder(folder: Path, build: Callable[[Path], dict]) -> dict:
    """Build a data folder once: ``build(folder)`` returns facts about it, kept in a 'ready' stamp; a folder with
    that stamp (PBGDPL_BENCH_CACHE keeps folders between runs) is reused and its facts read back."""
    import shutil

    stamp = folder / "bench-ready.json"
    if stamp.exists():
        return json.loads(stamp.read_text(encoding="utf-8"))
    if folder.exists():
        shutil.rmtree(folder)
    facts = build(folder)
    stamp.write_text(json.dumps(facts), encoding="utf-8")
    return facts
