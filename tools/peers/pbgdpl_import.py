#!/usr/bin/env python3
"""Our own importer on the peers' records: pbgdpl's signed bundle export and ``bundle import``.

Runs in pbgdpl's own virtual environment (the project installed, e.g. ``pip install -e '.[dev]'``);
``--repo`` puts a checkout on ``sys.path`` when the venv does not have it.

For each N this script:
  1. sets up a commune data folder (unit 05443 Phường Phan Đình Phùng, Thái Nguyên) with a signing key
     (``services.keys.create_key``, no passphrase) and loads the N records of ``_vi_records.make_records(n)``
     as activities through the project's validated bulk path (``services.demo.bulk_load_activities``:
     ``validate_activity`` per row, then ``store.bulk.insert_activities_bulk``).  Mapping:
        record id     -> activity id (32 hex characters are a valid record id)
        title         -> title (nội dung / tên hoạt động)
        body          -> notes (the activity's free text)
        held_on       -> date (all in 2026: one period "2026" holds every record)
        participants  -> participants
        commune       -> every record belongs to the one commune of the bundle (the source's own commune
                         code stays inside the title text: "… xã mã NNNNN)")
        required by the rules, fixed: forms = ["TRUC_TIEP"]; the other fields keep their defaults
        rev           -> the project's own revision (1 on creation, 2 after the edit below)
  2. writes three bundles with the project's export code (``services.bundles.export_bundle``, what
     ``pbgdpl bundle export --period 2026`` runs, including its read-back verification), timed:
        export           the N records                       -> bundle 1 (seq 1)
        export_same      the same data again, a new bundle   -> bundle 2 (seq 2, new bundle id)
        export_modified  after 10% edits (see below)         -> bundle 3 (seq 3)
     The edits are ``_vi_records.modify(records, 0.10)`` applied through the project's update path
     (``services.logbook.save_activity`` on the activity read back with ``store.activities.get_activity``:
     validation, a new revision, an audit entry), all in one outer transaction (each save is a savepoint).
  3. sets up a province data folder (19, Thái Nguyên), trusts the commune's key (``services.keys.trust_key``)
     and times ``services.bundles.import_many`` (what ``pbgdpl bundle import`` and the Receive screen run):
        import_fresh                      bundle 1 into the empty upper database
        reimport_same (variant default)   bundle 1 again: a known bundle id is a no-op (verified, then skipped)
        reimport_same (new_bundle_same)   bundle 2: same records, new bundle (expected 0 new, 0 updated)
        import_modified                   bundle 3 (expected N/10 updated)
     Counts are the import report's activities counts: added = new, updated = updated,
     unchanged = unchanged (also stale / conflicts / rejected, expected 0).

Reports (the PDFs ``bundle export`` adds) are left out by default so that every peer moves the records
only; ``--reports`` puts them in.

Also timed (not an import): ``bare_schema_insert``: the rows the import writes, inserted with one
``executemany`` into a fresh database of pbgdpl's own schema (as tests/bench/test_bench_bundles.py's
baseline), which separates the schema's cost (FTS trigram index, indexes, WAL) from the importer's.
It runs with SQLite's default page cache (2 MB); ``import_many`` raises it to 64 MB (``batch_writes``).

Only the library call is inside the timer: ``import_many`` from the file path to its result (verification,
merge, the kept copy of the bundle, the commit); ``export_bundle`` from the period to the verified file.
``--profile`` runs the import's two stages one after the other on the main thread (cProfile sees one thread).

Output: one JSON line per measurement, as the other peers print them:
  {"peer":"pbgdpl","case":"import_fresh","n":10000,"seconds":0.9,"added":10000,"updated":0,
   "unchanged":0,"run":1,"variant":"default",...}

Usage (pbgdpl's venv):
  .venv/bin/python pbgdpl_import.py -n 10000 -n 100000 --runs 1 [--workdir DIR --keep]
  .venv/bin/python pbgdpl_import.py -n 100000 --profile OUT   # cProfile of import_fresh and import_modified
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _vi_records  # noqa: E402

PEER = "pbgdpl"
COMMUNE = "05443"  # Phường Phan Đình Phùng (Thái Nguyên), the unit of the project's own tests and benches
PROVINCE = "19"  # Thái Nguyên
PERIOD = "2026"
VN = timezone(timedelta(hours=7))
NOW = datetime(2027, 1, 15, 9, 0, tzinfo=VN)  # after every record's date (future dates are refused)


def emit(**fields) -> None:
    print(json.dumps({"peer": PEER, **fields}, ensure_ascii=False), flush=True)


def drive(gen):
    """Run a Progress generator to its end; return its value."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def _import_app(repo: str | None) -> None:
    if repo:
        sys.path.insert(0, repo)
    try:
        import app  # noqa: F401
    except ImportError as exc:  # pragma: no cover
        sys.exit(f"pbgdpl (package 'app') is not importable ({exc}); run with pbgdpl's venv or pass --repo")


def activity_of(r: dict):
    from app.core.models import Activity

    return Activity(
        id=r["id"],
        date=date.fromisoformat(r["held_on"]),
        title=r["title"],
        notes=r["body"],
        forms=["TRUC_TIEP"],
        participants=r["participants"],
    )


def commune_side(d: Path, records: list[dict], modified: list[dict], idx: list[int], reports: bool, common: dict):
    """Commune data folder, N activities, three bundles. Returns (bundle paths, fingerprint)."""
    from app.paths import AppPaths
    from app.services import logbook
    from app.services.bundles import export_bundle
    from app.services.demo import bulk_load_activities
    from app.services.keys import create_key
    from app.services.setup import initialise
    from app.services.workspace import Workspace
    from app.store import activities as activity_repo

    n = len(records)
    out = d / "out"
    ws = Workspace.open(AppPaths(d / "commune"), clock=lambda: NOW)
    try:
        initialise(ws, COMMUNE, "Nguyễn Thị Hường", level="commune")
        info = create_key(ws, None)
        t0 = time.perf_counter()
        loaded = drive(bulk_load_activities(ws, (activity_of(r) for r in records)))
        emit(case="source_add", seconds=round(time.perf_counter() - t0, 4), added=loaded, updated=0, unchanged=0,
             variant="setup", **common)  # fmt: skip
        assert loaded == n

        def export(case: str) -> Path:
            t0 = time.perf_counter()
            res = drive(export_bundle(ws, PERIOD, out, None, include_reports=reports))
            dt = time.perf_counter() - t0
            emit(case=case, seconds=round(dt, 4), bytes=res["size"], seq=res["seq"],
                 activities=res["counts"]["activities"], variant="reports" if reports else "default", **common)  # fmt: skip
            assert res["counts"]["activities"] == n
            return Path(res["path"])

        b1 = export("export")
        b2 = export("export_same")
        # 10% edits through the project's update path (validated save, new revision, audit entry)
        t0 = time.perf_counter()
        outcomes = {}
        with ws.db.atomic():
            for i in idx:
                a = activity_repo.get_activity(ws.db, modified[i]["id"])
                a.notes = modified[i]["body"]
                a.participants = modified[i]["participants"]
                res = logbook.save_activity(ws, a, source="bench-edit")
                outcomes[res.outcome] = outcomes.get(res.outcome, 0) + 1
        emit(case="source_update", seconds=round(time.perf_counter() - t0, 4), added=0,
             updated=outcomes.get("updated", 0), unchanged=n - outcomes.get("updated", 0), variant="setup", **common)  # fmt: skip
        assert outcomes == {"updated": len(idx)}, outcomes
        revs = ws.db.execute("SELECT rev, COUNT(*) FROM activities GROUP BY rev ORDER BY rev").fetchall()
        assert revs == [(1, n - len(idx)), (2, len(idx))], revs
        b3 = export("export_modified")
        fp = info.fingerprint_compact
    finally:
        ws.close()
    return (b1, b2, b3), fp


def upper_workspace(folder: Path, fp: str):
    from app.paths import AppPaths
    from app.services.keys import trust_key
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    ws = Workspace.open(AppPaths(folder), clock=lambda: NOW)
    initialise(ws, PROVINCE, "Lê Văn Tám", level="province")
    trust_key(ws, COMMUNE, fp)  # the upper data folder trusts the commune's key
    return ws


def timed_import(ws, path: Path):
    from app.services.bundles import import_many

    t0 = time.perf_counter()
    results = [r.to_dict() for r in drive(import_many(ws, [path]))]  # FileOutcome -> dict
    dt = time.perf_counter() - t0
    assert len(results) == 1 and results[0]["ok"], results
    report = results[0]["report"]
    acts = report["tables"]["activities"]
    counts = {
        "added": acts["new"],
        "updated": acts["updated"],
        "unchanged": acts["unchanged"],
        "stale": acts["stale"],
        "conflicts": acts["conflicts"],
        "rejected": acts["rejected"],
        "noop": bool(report.get("already_imported")),
    }
    return dt, counts


def row_count(ws) -> int:
    return ws.db.execute("SELECT COUNT(*) FROM activities").fetchone()[0]


def bare_schema_insert(d: Path, bundle: Path) -> float:
    """The rows of ``bundle`` (``merge.stored_row``), one executemany into a fresh pbgdpl schema (no checks)."""
    import zipfile

    from app.store import merge as merge_repo
    from app.store.connection import Database
    from app.store.database import open_database

    with zipfile.ZipFile(bundle) as zf:
        plain = [json.loads(line) for line in zf.read("data/activities.jsonl").splitlines()]
    rows = [merge_repo.stored_row("activities", r) for r in plain]
    db_file = d / "bare.sqlite3"
    db: Database = open_database(db_file)  # migrated, WAL, foreign keys: what the importer writes into
    names = list(rows[0])
    sql = f"INSERT INTO activities ({', '.join(names)}) VALUES ({', '.join(':' + k for k in names)})"
    t0 = time.perf_counter()
    with db.atomic():
        db.conn.executemany(sql, rows)
    dt = time.perf_counter() - t0
    assert db.execute("SELECT COUNT(*) FROM activities").fetchone()[0] == len(rows)
    db.close()
    return dt


def one_run(n: int, run: int, workdir: str, fraction: float, reports: bool, bare: bool) -> None:
    d = Path(workdir) / f"pbgdpl-n{n}-r{run}"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    common = {"n": n, "run": run, "sqlite": sqlite3.sqlite_version}

    records = _vi_records.make_records(n)
    modified = [dict(r) for r in records]
    idx = _vi_records.modify(modified, fraction)

    (b1, b2, b3), fp = commune_side(d, records, modified, idx, reports, common)

    ws = upper_workspace(d / "upper", fp)
    try:
        v = "reports" if reports else "default"
        dt, c = timed_import(ws, b1)
        emit(case="import_fresh", seconds=round(dt, 4), **c, variant=v, **common)
        assert c["added"] == n and not c["noop"], c
        assert row_count(ws) == n

        dt, c = timed_import(ws, b1)
        emit(case="reimport_same", seconds=round(dt, 4), **c, variant=v, **common)
        assert c["noop"] and c["added"] == 0 and c["updated"] == 0, c
        assert row_count(ws) == n

        dt, c = timed_import(ws, b2)
        emit(case="reimport_same", seconds=round(dt, 4), **c, variant="new_bundle_same" + ("+reports" if reports else ""), **common)
        assert c["added"] == 0 and c["updated"] == 0 and c["unchanged"] == n, c
        assert row_count(ws) == n

        dt, c = timed_import(ws, b3)
        emit(case="import_modified", seconds=round(dt, 4), **c, expected_updated=len(idx), variant=v, **common)
        assert c["added"] == 0 and c["updated"] == len(idx) and c["unchanged"] == n - len(idx), c
        assert row_count(ws) == n, (row_count(ws), n)
        probe = modified[idx[0]]
        got = ws.db.execute("SELECT notes, participants, rev FROM activities WHERE id = ?", [probe["id"]]).fetchone()
        assert got == (probe["body"], probe["participants"], 2), ("modified text did not arrive", got)
        revs = ws.db.execute("SELECT rev, COUNT(*) FROM activities GROUP BY rev ORDER BY rev").fetchall()
        assert revs == [(1, n - len(idx)), (2, len(idx))], revs
    finally:
        ws.close()
    if bare:
        dt = bare_schema_insert(d, b1)
        emit(case="bare_schema_insert", seconds=round(dt, 4), added=n, updated=0, unchanged=0, variant="baseline", **common)
    db_file = d / "upper" / "pbgdpl.sqlite3"
    emit(case="sizes", bundle_bytes=b1.stat().st_size, bundle_modified_bytes=b3.stat().st_size,
         upper_db_bytes=db_file.stat().st_size,
         upper_wal_bytes=(db_file.with_name(db_file.name + "-wal").stat().st_size
                          if db_file.with_name(db_file.name + "-wal").exists() else 0), **common)  # fmt: skip


def _import_context(ws) -> tuple:
    """What ``import_many`` gives the preparing helper besides catalogs, date and trust: the bundle ids imported
    and the lines seen before (older versions of pbgdpl had neither: then nothing)."""
    from functools import partial

    from app.store import merge as merge_repo
    from app.store import sync_state

    if not hasattr(sync_state, "imported_bundle_ids"):
        return ()
    seen = partial(merge_repo.seen_lines, ws.db) if hasattr(merge_repo, "seen_lines") else None
    return (sync_state.imported_bundle_ids(ws.db), seen)


def profile(n: int, workdir: str, out: str, fraction: float) -> None:
    """cProfile of import_fresh, new_bundle_same (unchanged data re-exported) and import_modified at ``n``.

    ``import_many`` prepares a file (verification, rows) on a helper thread, which cProfile (main thread only)
    would not see; here the very same steps run one after the other on the main thread
    (``bundles._prepare_import`` then ``bundles.import_bundle(..., verified=, rows=)``, what ``_import_one`` calls).
    ``import_bundle`` still copies the kept bundle on its own helper thread, and ``verify_bundle`` hashes
    the whole file on one: those two show as waits.
    """
    import cProfile
    import pstats

    from app.services import bundles
    from app.store import trust as trust_repo

    d = Path(workdir) / f"pbgdpl-profile-n{n}"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    common = {"n": n, "run": 0}
    records = _vi_records.make_records(n)
    modified = [dict(r) for r in records]
    idx = _vi_records.modify(modified, fraction)
    (b1, b2, b3), fp = commune_side(d, records, modified, idx, False, common)
    ws = upper_workspace(d / "upper", fp)
    os.makedirs(out, exist_ok=True)
    try:
        trust_rows = trust_repo.list_trusted(ws.db)
        for case, path in (("import_fresh", b1), ("new_bundle_same", b2), ("import_modified", b3)):
            trust = bundles._trust_lookup(trust_rows)
            prof = cProfile.Profile()
            t0 = time.perf_counter()
            prof.enable()
            outcome, value = bundles._prepare_import(str(path), ws.catalogs, ws.today(), trust, *_import_context(ws))
            t1 = time.perf_counter()
            assert outcome == "ok", value
            vb, rows = value
            report = bundles.import_bundle(ws, path, verified=vb, rows=rows).to_dict()
            prof.disable()
            t2 = time.perf_counter()
            emit(case=f"profile_{case}", prepare_s=round(t1 - t0, 3), write_s=round(t2 - t1, 3),
                 total_s=round(t2 - t0, 3), counts=report["tables"]["activities"] | {"details": len(report["tables"]["activities"]["details"])},
                 **common)  # fmt: skip
            stats_file = os.path.join(out, f"pbgdpl-{case}-n{n}.pstats")
            prof.dump_stats(stats_file)
            for order in ("cumulative", "tottime"):
                txt = os.path.join(out, f"pbgdpl-{case}-n{n}-{order}.txt")
                with open(txt, "w", encoding="utf-8") as fh:
                    st = pstats.Stats(prof, stream=fh)
                    st.strip_dirs().sort_stats(order).print_stats(25)
        assert row_count(ws) == n
    finally:
        ws.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, action="append", help="record count (repeatable); default 10000 and 100000")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--workdir", default=None, help="scratch folder (default: new temp dir, removed afterwards)")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--repo", default=None, help="pbgdpl checkout to import 'app' from (default: the venv's)")
    ap.add_argument("--reports", action="store_true", help="bundles with the period's PDF reports, as `bundle export` writes")
    ap.add_argument("--no-bare", action="store_true", help="skip the bare_schema_insert baseline")
    ap.add_argument("--profile", metavar="OUT", help="instead: cProfile import_fresh/import_modified, stats to OUT")
    ap.add_argument("--fraction", type=float, default=0.10)
    args = ap.parse_args()
    _import_app(args.repo)
    import logging

    logging.disable(logging.WARNING)  # the printing warnings (no fonts…) would go to stderr only anyway
    from app import __version__

    sizes = args.n or [10000, 100000]
    workdir = os.path.abspath(args.workdir or tempfile.mkdtemp(prefix="peers-pbgdpl-"))  # the store wants absolute paths
    os.makedirs(workdir, exist_ok=True)
    emit(case="meta", version=__version__, python=platform.python_version(), sqlite=sqlite3.sqlite_version,
         machine=platform.machine(), cpus=os.cpu_count(), commune=COMMUNE, upper=PROVINCE, period=PERIOD,
         mapping="id->id, title->title, body->notes, held_on->date, participants->participants, forms=[TRUC_TIEP]",
         text=_vi_records.text_stats(_vi_records.make_records(1000)))  # fmt: skip
    try:
        if args.profile:
            for n in sizes:
                profile(n, workdir, args.profile, args.fraction)
            return
        for n in sizes:
            for run in range(1, args.runs + 1):
                one_run(n, run, workdir, args.fraction, args.reports, not args.no_bare)
                if not args.keep:
                    shutil.rmtree(os.path.join(workdir, f"pbgdpl-n{n}-r{run}"), ignore_errors=True)
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
