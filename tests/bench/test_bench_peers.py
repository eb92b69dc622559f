"""Benchmark: bundle import and export against the peers (issue [speed]), measured in the same run.

The scripts are those of ``tools/peers/`` (README there): the bare floor (zip + SHA-256 + JSONL + SQLite upsert
in one transaction, stdlib only) always runs; Anki's package import runs when its venv is there
(``make bench-peers`` creates it, at ``PBGDPL_PEERS_VENV`` or ``.peers/venv-anki``); pbgdpl's own export and
``import_many`` run through ``tools/peers/pbgdpl_import.py`` on this checkout. Rounds are interleaved (floor,
Anki, pbgdpl, then again) so that a slow spell of the machine hits every peer alike.

Sizes: ``PBGDPL_BENCH_PEERS_N`` (default "10000"; the issue's table is "10000 100000"), rounds:
``PBGDPL_BENCH_PEERS_RUNS`` (default 1). The counts each tool reports (added, updated, unchanged) are asserted,
so a fast wrong answer fails; the times are ratios in the table, never asserted.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from tests.bench.harness import ROOT, fmt_time

PEERS = ROOT / "tools" / "peers"
SIZES = [int(n) for n in os.environ.get("PBGDPL_BENCH_PEERS_N", "10000").split()]
RUNS = int(os.environ.get("PBGDPL_BENCH_PEERS_RUNS", "1"))
ANKI_PY = Path(os.environ.get("PBGDPL_PEERS_VENV", ROOT / ".peers" / "venv-anki")) / "bin" / "python"

# pbgdpl's case (and variant) -> the floor's and Anki's same case, and the goal against the floor
CASES = [
    ("fresh import", ("import_fresh", "default"), "zip_import_fresh", "import_fresh", None),
    ("the same file again (no-op)", ("reimport_same", "default"), "zip_reimport_same", "reimport_same", None),
    ("unchanged data re-exported", ("reimport_same", "new_bundle_same"), "zip_reimport_same", "reimport_same", 1.5),
    ("10 % of records modified", ("import_modified", "default"), "zip_import_modified", "import_modified", None),
    ("export at the commune", ("export", "default"), "zip_write", "export", None),
]


def _run(cmd: list[str], tmp: Path, name: str) -> list[dict]:
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", cwd=str(tmp), timeout=3600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert proc.returncode == 0, f"{name} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


def _median(lines: list[dict], case: str, n: int, variant: str | None = None) -> float | None:
    times = [d["seconds"] for d in lines if d["case"] == case and d["n"] == n and (variant is None or d.get("variant", "default") == variant)]
    return statistics.median(times) if times else None


def _counts(lines: list[dict], case: str, n: int, variant: str | None = None) -> set[tuple]:
    return {
        (d.get("added"), d.get("updated"), d.get("unchanged"))
        for d in lines
        if d["case"] == case and d["n"] == n and (variant is None or d.get("variant", "default") == variant)
    }


def issue_table(floor: list[dict], ankis: list[dict], ours: list[dict]) -> str:
    """The medians as the issue [speed] shows them: one line per case and size, ratios to the floor and Anki."""

    def ratio(a: float | None, b: float | None) -> str:
        return "—" if a is None or not b else f"{a / b:.2f}×"

    out = ["| case | floor | Anki | pbgdpl | pbgdpl ÷ floor | pbgdpl ÷ Anki |", "|---|---|---|---|---|---|"]
    for n in SIZES:
        for label, (case, variant), floor_case, anki_case, _goal in CASES:
            mine, base = _median(ours, case, n, variant), _median(floor, floor_case, n)
            other = _median(ankis, anki_case, n) if ankis else None
            out.append(f"| {label}, {n:,} records | {fmt_time(base)} | {fmt_time(other)} | {fmt_time(mine)} | {ratio(mine, base)} | {ratio(mine, other)} |")
    return "\n" + "\n".join(out)


def test_import_export_against_the_peers(tmp_path, bench_table):
    anki = ANKI_PY.is_file()
    args = [a for n in SIZES for a in ("-n", str(n))]
    floor, ankis, ours = [], [], []
    for _ in range(RUNS):  # interleaved rounds
        floor += _run([sys.executable, str(PEERS / "sqlite_floor.py"), *args, "--workdir", str(tmp_path / "floor")], tmp_path, "floor")
        if anki:
            ankis += _run([str(ANKI_PY), str(PEERS / "anki_import.py"), *args, "--workdir", str(tmp_path / "anki")], tmp_path, "anki")
        ours += _run([sys.executable, str(PEERS / "pbgdpl_import.py"), *args, "--repo", str(ROOT), "--no-bare",
                      "--workdir", str(tmp_path / "pbgdpl")], tmp_path, "pbgdpl")  # fmt: skip
    print(issue_table(floor, ankis, ours))
    for n in SIZES:
        # what each tool reported: the same answers as the floor's
        tenth = len(range(0, n, 10))
        assert _counts(floor, "zip_import_fresh", n) == {(n, 0, 0)}
        assert _counts(ours, "import_fresh", n) == {(n, 0, 0)}
        assert _counts(ours, "reimport_same", n, "new_bundle_same") == {(0, 0, n)}
        assert _counts(ours, "import_modified", n) == {(0, tenth, n - tenth)}
        assert all(d["noop"] for d in ours if d["case"] == "reimport_same" and d["n"] == n and d["variant"] == "default")
        if anki:
            assert _counts(ankis, "import_fresh", n) == {(n, 0, 0)}
            assert _counts(ankis, "import_modified", n) == {(0, tenth, n - tenth)}
        for label, (case, variant), floor_case, anki_case, goal in CASES:
            mine = _median(ours, case, n, variant)
            assert mine is not None, f"pbgdpl printed no {case}/{variant} at {n}"
            size = f"{n:,} records"
            note = "" if anki else "Anki not measured: its venv is missing (make bench-peers creates it)"
            bench_table.add(
                case=f"peers: {label}", size=size, median=mine, baseline=f"bare floor ({floor_case})",
                baseline_median=_median(floor, floor_case, n), goal_ratio=goal,
                goal_abs=0.1 if case == "reimport_same" and variant == "default" else None, note=note,
            )  # fmt: skip
            if anki:
                bench_table.add(
                    case=f"peers: {label} vs Anki", size=size, median=mine, baseline=f"Anki ({anki_case})",
                    baseline_median=_median(ankis, anki_case, n), goal_ratio=1.0,
                )  # fmt: skip
