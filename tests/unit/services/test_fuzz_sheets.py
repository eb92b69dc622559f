"""Fuzzed spreadsheets (tests/fuzzing.py): every damaged .xlsx or .csv is imported or refused with a stable
code; never a crash, never E-INTERNAL, and a refusal or a dry run writes nothing.

``make test`` runs a short version; ``make fuzz`` runs 10,000 (``PBGDPL_FUZZ_SHEETS``, seed ``PBGDPL_FUZZ_SEED``).
"""

from __future__ import annotations

import os
import random
import sys
from datetime import date
from pathlib import Path

from app.commands import run_job
from app.core.errors import AppError
from app.core.models import Activity
from app.services import logbook
from app.services.exporting import export_file
from app.services.importing import import_file

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from fuzzing import sheet_case  # noqa: E402

N = int(os.environ.get("PBGDPL_FUZZ_SHEETS", "100"))
SEED = int(os.environ.get("PBGDPL_FUZZ_SEED", "20"))


def test_fuzzed_spreadsheets_never_crash(workspace, tmp_path):
    for n, title in enumerate(("Tuyên truyền Luật Bình đẳng giới", "Phát thanh Luật Trẻ em", "Hội nghị Luật Đất đai")):
        logbook.save_activity(workspace, Activity(date=date(2026, 3, 8 + n), title=title, forms=["TRUC_TIEP"], place=f"Tổ {n}", participants=40, women=20))
    run_job(export_file(workspace, "activities", tmp_path / "base.xlsx"))
    run_job(export_file(workspace, "activities", tmp_path / "base.csv"))
    xlsx, csv_text = (tmp_path / "base.xlsx").read_bytes(), (tmp_path / "base.csv").read_text(encoding="utf-8-sig")
    rng = random.Random(SEED)
    failures, codes = [], {}
    count = lambda: workspace.db.execute("SELECT COUNT(*), COALESCE(MAX(rev), 0) FROM activities").fetchone()  # noqa: E731
    for n in range(N):
        suffix, data = sheet_case(rng, xlsx, csv_text)
        case = tmp_path / f"case-{n % 20}{suffix}"
        case.write_bytes(data)
        dry = n % 2 == 0
        before = count()
        try:
            run_job(import_file(workspace, "activities", case, dry_run=dry, skip_bad_rows=n % 4 == 1))
            codes["imported"] = codes.get("imported", 0) + 1
            if dry and count() != before:
                failures.append((n, suffix, "a dry run wrote"))
        except AppError as exc:
            codes[exc.code] = codes.get(exc.code, 0) + 1
            if exc.code == "E-INTERNAL":
                failures.append((n, suffix, exc.message))
            if count() != before:
                failures.append((n, suffix, "a refused file wrote"))
        except Exception as exc:  # noqa: BLE001  what this test hunts
            failures.append((n, suffix, f"{type(exc).__name__}: {exc}"[:300]))
    assert workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    print(f"\nfuzzed spreadsheets: {N}, failures: {len(failures)}, outcomes: {dict(sorted(codes.items()))}")
    assert not failures, "\n".join(map(str, failures[:30]))
