"""Fuzzed bundles (tests/fuzzing.py): every damaged or hostile file is imported or refused with a stable code;
never a crash, never E-INTERNAL, and a refusal or a dry run changes nothing.

Most re-signed cases change records with values of the right JSON type, so that they pass the file, manifest,
signature and envelope checks and meet the payload rules, the period, the links and the merge; the test counts
how far each case got and asserts that most reach the record checks (a generator whose cases all stop at the zip
or the manifest would test nothing of the records).

``make test`` runs a short version; ``make fuzz`` runs 10,000 (``PBGDPL_FUZZ_BUNDLES``, seed ``PBGDPL_FUZZ_SEED``).
"""

from __future__ import annotations

import os
import random
import sys
from collections import Counter
from pathlib import Path

from app.commands import run_job
from app.core.errors import AppError
from app.services import plan_files, plans
from app.services.bundles import import_many
from app.services.catalogs import load_catalogs
from app.sync.verify import verify_bundle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from fuzzing import bundle_case, read_base  # noqa: E402
from plan_helpers import write_plan_file  # noqa: E402
from sync_helpers import dump  # noqa: E402

N = int(os.environ.get("PBGDPL_FUZZ_BUNDLES", "120"))
SEED = int(os.environ.get("PBGDPL_FUZZ_SEED", "20"))

# How far a refused case got (verify's order): the file and manifest, one line of JSON, the record's own fields,
# its payload (types, limits, rules, period, links). A verified case goes on to the merge.
_LINE = ("the line ",)
_ENVELOPE = ("missing field", "unknown field", "the id must", "it claims owner", "rev must", "base_rev must",
             "rev_by must", "deleted must", "created_at", "updated_at", "payload must be an object", "duplicate id")  # fmt: skip


def stage(exc: AppError | None) -> str:
    """``file``, ``line``, ``record``, ``payload`` or ``merge`` (verified)."""
    if exc is None:
        return "merge"
    if exc.code != "E-BUNDLE-RECORD":
        return "file"
    reason = str(exc.details.get("reason") or "")
    if reason.startswith(_LINE):
        return "line"
    return "record" if reason.startswith(_ENVELOPE) else "payload"


def test_fuzzed_bundles_never_crash(upper, commune, export, commune_key, tmp_path):
    plan, tasks = plan_files.import_plan_xlsx(commune, write_plan_file(tmp_path / "kh.xlsx"))  # plans and tasks too
    plans.link_activity(commune, commune.sample["a1"].id, tasks[0].id)
    path = export()
    raw = path.read_bytes()
    base = read_base(path, commune_key)
    rng = random.Random(SEED)
    catalogs = load_catalogs()
    failures, codes, stages, merged = [], Counter(), Counter(), Counter()
    kept, previous = 0, b""
    for n in range(N):
        data = bundle_case(rng, base, raw)
        case = tmp_path / f"case-{n % 50}.pbgdpl"
        case.write_bytes(data)
        if len(failures) != kept:  # keep the file of the previous case that failed
            (tmp_path / f"failed-{n - 1}.pbgdpl").write_bytes(previous)
            kept = len(failures)
        previous = data
        refused, crashed = None, False
        try:
            verify_bundle(case, catalogs=catalogs, today=upper.today(), trust=None)
            codes["verify-ok"] += 1
        except AppError as exc:
            refused = exc
            codes[exc.code] += 1
            if exc.code == "E-INTERNAL":
                failures.append((n, "verify", exc.message))
        except Exception as exc:  # noqa: BLE001  what this test hunts
            failures.append((n, "verify", f"{type(exc).__name__}: {exc}"))
            crashed = True
        if not crashed:
            stages[stage(refused)] += 1
        dry = n % 3 == 0
        before = dump(upper) if dry or n % 10 == 1 or refused is None else None
        try:
            (outcome,) = run_job(import_many(upper, [case], dry_run=dry))
        except Exception as exc:  # noqa: BLE001
            failures.append((n, "import", f"{type(exc).__name__}: {exc}"))
            continue
        if refused is None and not crashed:
            merged["imported" if outcome.ok else outcome.error.code] += 1
        if not outcome.ok and outcome.error.code == "E-INTERNAL":
            failures.append((n, "import", outcome.error.message))
        if before is not None and (dry or not outcome.ok) and dump(upper) != before:
            failures.append((n, "import", "a refusal or a dry run changed the database or its files"))
    assert upper.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reached = stages["payload"] + stages["merge"]
    print(f"\nfuzzed bundles: {N}, failures: {len(failures)}, outcomes: {dict(sorted(codes.items()))}")
    print(f"stopped at: {dict(stages)}; reached the payload checks: {reached} ({reached / N:.0%}); "
          f"verified and imported: {dict(merged)}")  # fmt: skip
    assert not failures, "\n".join(map(str, failures[:30]))  # (each failed case is kept as failed-N.pbgdpl)
    assert reached >= 0.4 * N and stages["merge"] >= 0.1 * N, "the generator no longer reaches the record checks"
