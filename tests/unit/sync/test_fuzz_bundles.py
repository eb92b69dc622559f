"""Fuzzed bundles (tests/fuzzing.py): every damaged or hostile file is imported or refused with a stable code;
never a crash, never E-INTERNAL, and a refusal or a dry run changes nothing.

``make test`` runs a short version; ``make fuzz`` runs 10,000 (``PBGDPL_FUZZ_BUNDLES``, seed ``PBGDPL_FUZZ_SEED``).
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from app.commands import run_job
from app.core.errors import AppError
from app.services.bundles import import_many
from app.services.catalogs import load_catalogs
from app.sync.verify import verify_bundle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from fuzzing import bundle_case, read_base  # noqa: E402
from sync_helpers import dump  # noqa: E402

N = int(os.environ.get("PBGDPL_FUZZ_BUNDLES", "150"))
SEED = int(os.environ.get("PBGDPL_FUZZ_SEED", "20"))


def test_fuzzed_bundles_never_crash(upper, export, commune_key, tmp_path):
    path = export()
    raw = path.read_bytes()
    base = read_base(path, commune_key)
    rng = random.Random(SEED)
    catalogs = load_catalogs()
    failures, codes = [], {}
    for n in range(N):
        data = bundle_case(rng, base, raw)
        case = tmp_path / f"case-{n % 50}.pbgdpl"
        case.write_bytes(data)
        try:
            verify_bundle(case, catalogs=catalogs, today=upper.today(), trust=None)
            codes["verify-ok"] = codes.get("verify-ok", 0) + 1
        except AppError as exc:
            codes[exc.code] = codes.get(exc.code, 0) + 1
            if exc.code == "E-INTERNAL":
                failures.append((n, "verify", exc.message))
        except Exception as exc:  # noqa: BLE001  what this test hunts
            failures.append((n, "verify", f"{type(exc).__name__}: {exc}"))
        dry = n % 3 == 0
        before = dump(upper) if dry or n % 10 == 1 else None
        try:
            (outcome,) = run_job(import_many(upper, [case], dry_run=dry))
        except Exception as exc:  # noqa: BLE001
            failures.append((n, "import", f"{type(exc).__name__}: {exc}"))
            continue
        if not outcome.ok and outcome.error.code == "E-INTERNAL":
            failures.append((n, "import", outcome.error.message))
        if before is not None and (dry or not outcome.ok) and dump(upper) != before:
            failures.append((n, "import", "a refusal or a dry run changed the database or its files"))
    assert upper.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    print(f"\nfuzzed bundles: {N}, failures: {len(failures)}, outcomes: {dict(sorted(codes.items()))}")
    assert not failures, "\n".join(map(str, failures[:30]))
