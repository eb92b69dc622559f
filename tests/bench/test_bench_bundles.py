"""Benchmark: verify and import commune bundles at the upper level, against a bare SQLite bulk insert of the
same rows measured in the same run.

Cases: Thái Nguyên today (92 communes × ~300 activities, 30 reporters, 20 attachments of 200 KB) always;
the whole country (3,321 communes, same rows, no attachments) only with PBGDPL_BENCH_FULL=1.
Targets (issue [bundles]): 92 communes < 15 s on 2 cores; 3,321 communes < 5 min; ratio to the bulk insert ≤ 3×.
Run: ``make bench`` (or ``pytest tests/bench/test_bench_bundles.py -q -s``).
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import time
import tracemalloc
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.core.models import Activity, Reporter
from app.core.records import activity_payload, reporter_payload
from app.paths import AppPaths
from app.services.bundles import import_many
from app.services.keys import trust_key
from app.services.setup import initialise
from app.services.units import communes_of, all_units
from app.services.workspace import Workspace
from app.store import merge as merge_repo
from app.store.connection import Database
from app.store.migrations import apply_pending
from app.sync import keys
from app.sync import manifest as fmt
from app.sync.records import BundleRecord
from app.sync.writer import write_bundle

pytestmark = pytest.mark.bench

VN = timezone(timedelta(hours=7))
NOW = datetime(2026, 1, 20, 9, 0, tzinfo=VN)
PERIOD = "2025"


def _records(unit: str, rng: random.Random, n_act: int, n_rep: int, files: list[tuple[str, int]]):
    inst = str(uuid.UUID(int=rng.getrandbits(128)))
    stamp = "2025-06-01T08:00:00+07:00"
    reps = []
    for i in range(n_rep):
        r = Reporter(id=str(uuid.UUID(int=rng.getrandbits(128))), kind="bcv" if i % 3 == 0 else "ttv", full_name=f"Nguyễn Văn Người {i}", gender="nam" if i % 2 else "nu", area=f"Tổ dân phố {i}")
        reps.append(BundleRecord("reporters", r.id, unit, 1, 0, inst, False, stamp, stamp, reporter_payload(r)))
    acts = []
    for i in range(n_act):
        a = Activity(
            id=str(uuid.UUID(int=rng.getrandbits(128))), date=date(2025, 1, 1) + timedelta(days=i % 365),
            title=f"Tuyên truyền Luật số {i} cho nhân dân", forms=["TRUC_TIEP"], place=f"Thôn {i % 17}",
            participants=50, women=20, reporter_ids=[reps[i % n_rep].id] if n_rep else [],
        )  # fmt: skip
        rev = 1 + (i % 3)
        acts.append(BundleRecord("activities", a.id, unit, rev, rev - 1, inst, i % 50 == 0, stamp, stamp, activity_payload(a)))
    atts = []
    for i, (sha, size) in enumerate(files):
        aid = acts[i].id
        payload = {"activity_id": aid, "sha256": sha, "filename": f"ảnh {i}.jpg", "size": size, "mime": "image/jpeg"}
        atts.append(BundleRecord("attachments", str(uuid.UUID(int=rng.getrandbits(128))), unit, 1, 0, inst, False, stamp, stamp, payload))
    return {"reporters": reps, "activities": acts, "attachments": atts}


def make_bundles(folder: Path, units: list[str], n_act: int, n_rep: int, n_files: int, file_size: int) -> tuple[list[Path], dict, dict[str, str]]:
    """Write one signed bundle per unit (keys made here); returns paths, expected row counts, fingerprints."""
    import hashlib

    rng = random.Random(2025)
    blobs = folder / "blobs"
    blobs.mkdir(parents=True, exist_ok=True)
    paths, fps = [], {}
    expected = {"activities": 0, "reporters": 0, "attachments": 0}
    for unit in units:
        files: dict[str, Path] = {}
        for _ in range(n_files):
            data = rng.randbytes(file_size)
            sha = hashlib.sha256(data).hexdigest()
            p = blobs / sha
            p.write_bytes(data)
            files[sha] = p
        records = _records(unit, rng, n_act, n_rep, [(s, file_size) for s in files])
        key = keys.new_private_key()
        fps[unit] = keys.key_fingerprint(key)
        manifest = {
            "format": fmt.FORMAT, "format_version": fmt.FORMAT_VERSION, "min_reader_version": fmt.MIN_READER_VERSION,
            "app": {"version": "bench", "commit": "", "build_date": ""}, "schema_version": 2,
            "bundle_id": str(uuid.UUID(int=rng.getrandbits(128))), "source": {"unit_code": unit, "unit_name": unit, "level": "commune"},
            "seq": 1, "periods": [PERIOD], "catalogs": {}, "created_at": NOW.isoformat(),
        }  # fmt: skip
        paths.append(write_bundle(folder / "bundles", manifest=manifest, records=records, files=files, key=key, when=NOW))
        for t in expected:
            expected[t] += len(records[t])
        for p in files.values():
            p.unlink()
    return paths, expected, fps


def upper_workspace(folder: Path, fps: dict[str, str]) -> Workspace:
    ws = Workspace.open(AppPaths(folder), clock=lambda: NOW)
    initialise(ws, "19", "Lê Văn Tám", level="province")
    # the whole country reports to one upper level here: units outside the province are added to its expected list
    from app.services import expected_units
    from app.store import expected_units as expected_repo

    listed = {u.code for u in expected_units.list_units(ws)}
    others = [all_units()[u] for u in fps if u not in listed]
    with ws.db.atomic():
        expected_repo.insert_units(ws.db, [
            {"code": u.code, "name": u.name, "level": u.level, "valid_from": expected_units.CATALOG_DATE,
             "added_by": "officer", "added_at": NOW.isoformat()} for u in others
        ])  # fmt: skip
    for unit, fp in fps.items():
        trust_key(ws, unit, fp)
    return ws


def import_all(folder: Path, bundles: list[Path], fps: dict[str, str]) -> tuple[float, dict]:
    ws = upper_workspace(folder, fps)
    try:
        start = time.perf_counter()
        steps = import_many(ws, bundles)  # what the Receive screen and `pbgdpl bundle import` run
        while True:
            try:
                next(steps)
            except StopIteration as done:
                results = done.value
                break
        elapsed = time.perf_counter() - start
        refused = [r for r in results if not r.ok]
        assert not refused and len(results) == len(bundles), refused[:3]
        counts = {t: ws.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("activities", "reporters", "attachments")}
    finally:
        ws.close()
    return elapsed, counts


def baseline(folder: Path, bundles: list[Path]) -> float:
    """Bare SQLite: executemany of the same rows into the same schema, one transaction, no checks."""
    import json
    import zipfile

    from app.core.kinds import kind

    rows: dict[str, list[dict]] = {t: [] for t in fmt.TABLES}
    for path in bundles:
        with zipfile.ZipFile(path) as zf:
            present = set(zf.namelist())
            for t in fmt.TABLES:  # kinds of a later format travel only when the bundle has records of them
                if fmt.data_member(t) in present:
                    lines = [json.loads(line) for line in zf.read(fmt.data_member(t)).splitlines()]
                    # fields added later travel only when they differ from their default
                    rows[t] += [{**r, "payload": {**kind(t).defaults, **r["payload"]}} for r in lines]
    plain = {t: [merge_repo.stored_row(t, r) for r in rows[t]] for t in fmt.TABLES}
    folder.mkdir(parents=True, exist_ok=True)
    db_file = folder / "bare.sqlite3"
    db = Database(db_file)
    apply_pending(db)
    db.close()
    con = sqlite3.connect(db_file)
    start = time.perf_counter()
    with con:
        for t in fmt.TABLES:
            names = list(plain[t][0]) if plain[t] else []
            if names:
                con.executemany(f"INSERT INTO {t} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})", plain[t])
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def run_case(
    tmp_path: Path, name: str, units: list[str], n_files: int, repeats: int, bench_table, goal_abs: float,
    mem_bundles: int | None = None,
) -> None:
    """``mem_bundles``: measure the peak memory over the first bundles only (each import frees what it held;
    tracing every allocation of thousands of imports would take hours)."""
    t0 = time.perf_counter()
    bundles, expected, fps = make_bundles(tmp_path / "gen", units, 300, 30, n_files, 200 * 1024)
    gen = time.perf_counter() - t0
    size_mb = sum(p.stat().st_size for p in bundles) / 1e6
    times, bases = [], []
    for i in range(repeats):
        elapsed, counts = import_all(tmp_path / f"upper{i}", bundles, fps)
        assert counts == expected, (counts, expected)
        times.append(elapsed)
        bases.append(baseline(tmp_path / f"base{i}", bundles))
    tracemalloc.start()
    import_all(tmp_path / "upper-mem", bundles[:mem_bundles], {u: fps[u] for u in units[:mem_bundles]})
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    med, base = statistics.median(times), statistics.median(bases)
    rows = sum(expected.values())
    print(f"\n{'case':<28} {'size':>26} {'median':>9} {'peak mem':>9} {'baseline':>9} {'ratio':>7}")
    print(
        f"{name:<28} {len(bundles):>5} bundles {rows:>7} rows {size_mb:>6.0f} MB"
        f" {med:>8.2f}s {peak / 1e6:>7.1f}MB {base:>8.3f}s {med / base:>6.1f}×   (generation {gen:.1f}s, runs {', '.join(f'{t:.2f}' for t in times)}"
        + (f"; peak mem over the first {mem_bundles} bundles" if mem_bundles else "") + ")"
    )
    bench_table.add(
        case=f"bundle verify + import: {name}",
        size=f"{len(bundles)} bundles, {rows:,} rows, {size_mb:.0f} MB",
        median=med,
        peak=peak,
        baseline="bare SQLite executemany of the same rows",
        baseline_median=base,
        goal_ratio=3.0,
        goal_abs=goal_abs,
        note=f"generation {gen:.1f} s, not timed",
    )


def test_bench_thai_nguyen_92_communes(tmp_path, bench_table):
    units = [u.code for u in communes_of("19")]
    assert len(units) == 92
    repeats = int(os.environ.get("PBGDPL_BENCH_REPEATS", "3"))
    run_case(tmp_path, "Thái Nguyên: 92 communes", units, 20, repeats, bench_table, goal_abs=15.0)


@pytest.mark.skipif(os.environ.get("PBGDPL_BENCH_FULL") != "1", reason="set PBGDPL_BENCH_FULL=1 for the whole country")
def test_bench_whole_country_3321_communes(tmp_path, bench_table):
    units = sorted(u.code for u in all_units().values() if u.level == "commune")
    assert len(units) == 3321
    run_case(tmp_path, "Whole country: 3,321 communes", units, 0, 1, bench_table, goal_abs=300.0, mem_bundles=92)
