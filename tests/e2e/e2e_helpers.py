"""Helpers of the end-to-end tests: what a data folder's database holds, read without the program."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def db_dump(data: Path) -> list[str]:
    """Every table's rows of the data folder ``data`` as SQL (to check that a refused command wrote nothing)."""
    con = sqlite3.connect(data / "pbgdpl.sqlite3")
    try:
        return list(con.iterdump())
    finally:
        con.close()


PBGDPL = [str(Path(sys.executable).with_name("pbgdpl"))] if Path(sys.executable).with_name("pbgdpl").exists() else [sys.executable, "-m", "app"]


def run(data: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess:
    """``pbgdpl --data-dir data ARGS`` without a passphrase in the environment; ``ok``: it must succeed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PBGDPL_PASSPHRASE", None)
    proc = subprocess.run([*PBGDPL, "--data-dir", str(data), *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc
