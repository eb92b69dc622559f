"""Helpers of the end-to-end tests: what a data folder's database holds, read without the program."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

PBGDPL = [str(Path(sys.executable).with_name("pbgdpl"))] if Path(sys.executable).with_name("pbgdpl").exists() else [sys.executable, "-m", "app"]
PASS = "mật khẩu dài 2026"


def run(*args: str, ok: bool = True, timeout: int = 300) -> subprocess.CompletedProcess:
    """The real command with a passphrase in the environment; rc 0 asserted unless ``ok`` is False."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PBGDPL_PASSPHRASE": PASS}
    proc = subprocess.run([*PBGDPL, *args], capture_output=True, text=True, encoding="utf-8", env=env, stdin=subprocess.DEVNULL, timeout=timeout)
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def as_json(*args: str) -> dict:
    return json.loads(run(*args, "--json").stdout)


def db_dump(data: Path) -> list[str]:
    """Every table's rows of the data folder ``data`` as SQL (to check that a refused command wrote nothing)."""
    con = sqlite3.connect(data / "pbgdpl.sqlite3")
    try:
        return list(con.iterdump())
    finally:
        con.close()


def run_in(data: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess:
    """``pbgdpl --data-dir data ARGS`` without a passphrase in the environment; ``ok``: it must succeed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PBGDPL_PASSPHRASE", None)
    proc = subprocess.run([*PBGDPL, "--data-dir", str(data), *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def python_in(folder: Path, body: str, *, first: str = "2026-01-01", prefix: tuple[str, ...] = ()) -> str:
    """Run ``body`` (Python) against the data folder's workspace ``ws``, with ``rows``: the ids of the two first
    live activities dated from ``first`` and ``row`` the first of them (an officer's edit through the services);
    ``prefix`` runs it under another program (faketime). Returns what it printed."""
    head = (
        "from pathlib import Path; from app.paths import AppPaths; from app.services.workspace import Workspace;"
        "from app.services.logbook import save_activity; from app.store import activities, settings;"
        f"ws = Workspace.open(AppPaths(Path({str(folder)!r})));"
        f"rows = ws.db.execute(\"SELECT id FROM activities WHERE deleted = 0 AND date >= '{first}' ORDER BY date, id LIMIT 2\").fetchall(); row = rows[0];"
    )
    return subprocess.run([*prefix, sys.executable, "-c", head + body], check=True, timeout=60, capture_output=True, text=True).stdout.strip()
