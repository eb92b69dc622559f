"""Benchmark fixtures: the session results table (``bench_table``) and data folders built once per session.

Data comes from the demo generator (``app.core.demo_data.generate_activities``) and is loaded with the demo
service's bulk path (``app.services.demo.bulk_load_activities``) when it is there; generation and loading
are never inside a timed region.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import RECORD_ENV, BenchTable, cached_folder  # noqa: E402

BENCH_UNIT = "05443"  # Phường Phan Đình Phùng, Thái Nguyên (as in tests/conftest.py)
BENCH_SEED = 7
OFFICER = "Nguyễn Thị Hường"
# A fixed "today" for the data: the log runs up to it, so row counts never depend on the day of the run.
DATA_END = date(2026, 6, 30)

_TABLE = BenchTable()


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/bench/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.bench)
            item.add_marker(pytest.mark.no_qt_log)  # Qt's own warnings are not what a benchmark judges


@pytest.fixture(scope="session", autouse=True)
def _quiet_offscreen_plugin():
    """Drop the offscreen plugin's "does not support propagateSizeHints()" lines; other Qt messages still print."""
    try:
        from PySide6.QtCore import qInstallMessageHandler
    except ImportError:  # pragma: no cover
        yield
        return

    def handler(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    yield
    qInstallMessageHandler(previous)


@pytest.fixture(scope="session")
def bench_table() -> BenchTable:
    """The session's results table: ``bench_table.add(case=..., size=..., median=..., ...)``."""
    return _TABLE


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not _TABLE.rows:
        return
    terminalreporter.write_sep("=", "pbgdpl benchmarks")
    terminalreporter.write_line(_TABLE.plain())
    if os.environ.get(RECORD_ENV) == "1":
        path = _TABLE.write()
        terminalreporter.write_line(f"\nrecorded in {path}")


# -- data ---------------------------------------------------------------------------------------------------
def _module(name: str):
    try:
        return __import__(name, fromlist=["_"])
    except ImportError:
        return None


def demo_available() -> str | None:
    """None when the demo service is there, else why not (for skip messages)."""
    demo = _module("app.services.demo")
    if demo is None:
        return "app.services.demo is not available yet"
    missing = [n for n in ("create_demo", "bulk_load_activities") if not hasattr(demo, n)]
    return f"app.services.demo has no {', '.join(missing)} yet" if missing else None


def open_workspace(data: Path):
    from app.paths import AppPaths
    from app.services.workspace import Workspace

    return Workspace.open(AppPaths(data))


def initialised_folder(data: Path) -> Path:
    """A fresh, initialised commune data folder (no activities)."""
    from app.services.setup import initialise

    with open_workspace(data) as ws:
        initialise(ws, BENCH_UNIT, OFFICER, officer_title="Công chức Tư pháp - Hộ tịch")
    return data


def _bulk_fallback(ws, activities) -> int:
    """Insert activities straight into the store (used only until the demo service's bulk path lands)."""
    from app.core.records import activity_natural_key, activity_payload
    from app.store import activities as repo
    from app.store.records import encode

    ctx = ws.write_context("bench")
    rows, links = [], []
    for a in activities:
        p = activity_payload(a)
        rows.append(
            {"id": a.id, "owner_unit": ctx.unit, "rev": 1, "rev_by": ctx.installation, "base_rev": 0, "deleted": 0,
             "created_at": ctx.now, "updated_at": ctx.now, **{k: encode(v) for k, v in p.items()},
             "search_key": repo.search_key(p), "natural_key": activity_natural_key(p)}
        )  # fmt: skip
        links += [(a.id, r) for r in dict.fromkeys(a.reporter_ids)]
    if rows:
        names = ", ".join(rows[0])
        marks = ", ".join(f":{k}" for k in rows[0])
        with ws.db.atomic():
            ws.db.conn.executemany(f"INSERT INTO activities ({names}) VALUES ({marks})", rows)
            ws.db.conn.executemany("INSERT INTO activity_reporters (activity_id, reporter_id) VALUES (?, ?)", links)
    return len(rows)


def load_activities(data: Path, count: int, start: date, end: date, seed: int = BENCH_SEED) -> dict:
    """Add ``count`` generated activities (dated ``start``…``end``) to the data folder; returns facts for asserts."""
    from app.core.demo_data import generate_activities
    from app.store import activities as repo

    with open_workspace(data) as ws:
        unit = ws.unit_code
        reporter_ids = [r[0] for r in ws.db.execute("SELECT id FROM reporters WHERE deleted = 0 AND owner_unit = ?", [unit])]
        before = repo.totals(ws.db, repo.ActivityFilter())["count"]
        acts = generate_activities(seed, unit, reporter_ids, count, start, end)
        demo = _module("app.services.demo")
        bulk = getattr(demo, "bulk_load_activities", None)
        loader = "app.services.demo.bulk_load_activities"
        if bulk is None:
            bulk, loader = _bulk_fallback, "bench fallback insert (bulk_load_activities not available yet)"
        out = bulk(ws, acts)
        if hasattr(out, "__next__"):  # a generator yielding Progress
            try:
                while True:
                    next(out)
            except StopIteration:
                pass
        total = repo.totals(ws.db, repo.ActivityFilter())["count"]
    assert total == before + count, f"loaded {total - before} activities, expected {count}"
    return {"count": total, "loader": loader, "reporters": len(reporter_ids)}


@pytest.fixture(scope="session")
def bench_dir(tmp_path_factory) -> Path:
    """A session folder for benchmark data (PBGDPL_BENCH_CACHE names a folder kept between sessions)."""
    keep = os.environ.get("PBGDPL_BENCH_CACHE")
    if keep:
        path = Path(keep).expanduser().resolve()
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("bench")


def _create_demo(path: Path) -> dict:
    """What ``pbgdpl demo`` makes: a seeded commune with its roster and log."""
    from app.services.demo import create_demo
    from app.store import activities as repo

    with open_workspace(path) as ws:
        job = create_demo(ws, seed=BENCH_SEED, unit_code=BENCH_UNIT)
        try:
            while True:
                next(job)
        except StopIteration:
            pass
        count = repo.totals(ws.db, repo.ActivityFilter())["count"]
    assert count > 0, "create_demo made no activities"
    return {"count": count, "loader": "app.services.demo.create_demo"}


@pytest.fixture(scope="session")
def demo_year(bench_dir) -> tuple[Path, dict]:
    """A one-year demo data folder: ``pbgdpl demo``'s data (create_demo) or, until it lands, ~300 bulk-loaded activities."""
    folder = bench_dir / "demo-year"

    def build(path: Path) -> dict:
        if demo_available() is None:
            return _create_demo(path)
        initialised_folder(path)
        return load_activities(path, 300, date(DATA_END.year - 1, DATA_END.month, DATA_END.day), DATA_END)

    return folder, cached_folder(folder, build)


@pytest.fixture(scope="session")
def log_100k(bench_dir) -> tuple[Path, dict]:
    """A data folder with 100,000 activities over ten years (built once per session, never timed)."""
    folder = bench_dir / "log-100k"

    def build(path: Path) -> dict:
        if demo_available() is None:  # the demo commune (roster, a few hundred activities), topped up to 100,000
            demo = _create_demo(path)
        else:
            initialised_folder(path)
            demo = {"count": 0, "loader": ""}
        facts = load_activities(path, 100_000 - demo["count"], date(DATA_END.year - 10, 1, 1), DATA_END)
        assert facts["count"] == 100_000
        if demo["loader"]:
            facts["loader"] = f"{demo['loader']} + {facts['loader']}"
        with open_workspace(path) as ws:  # the state an officer's database is in: analysed, checkpointed
            ws.db.execute("ANALYZE")
            ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return facts

    return folder, cached_folder(folder, build)
