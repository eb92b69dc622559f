"""Which pbgdpl this is: version, git commit and build date, for the About box and bundle manifests.

A frozen build reads ``build_info.json``, written into the bundle by ``build/pbgdpl.spec`` at build time.
A source checkout asks ``git rev-parse HEAD`` once per process and leaves the build date empty; when git
or the repository is missing, the commit is an empty string too. No Qt, no network.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from app import APP_NAME, __version__
from app.paths import resource_root

log = logging.getLogger("app.buildinfo")

BUILD_INFO_FILE = "build_info.json"
KEYS = ("name", "version", "commit", "build_date")


def git_commit(repo: Path | None = None) -> str:
    """Return the full commit hash of ``repo`` (the source checkout by default), or "" when unknown.

    Args:
        repo: a folder inside a git work tree.

    Returns:
        40 hex digits, or an empty string when git is missing, the folder is no repository, or git fails.
    """
    repo = repo or resource_root()
    if not (repo / ".git").exists():
        return ""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flash on Windows
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=repo,
            capture_output=True,
            text=True,
            timeout=5,
            creationflags=flags,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("git rev-parse failed: %s", exc)
        return ""
    commit = out.stdout.strip()
    if out.returncode != 0 or len(commit) != 40:
        return ""
    return commit


def build_date_now() -> str:
    """Return the build time as ISO 8601 UTC, honouring SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def make_build_info(repo: Path | None = None) -> dict[str, str]:
    """Return the record the spec writes into the bundle at build time (this checkout, now)."""
    return {"name": APP_NAME, "version": __version__, "commit": git_commit(repo), "build_date": build_date_now()}


def _read_file(path: Path) -> dict[str, str] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s: %s", path, exc)
        return None
    if not isinstance(data, dict):
        return None
    return {key: str(data.get(key, "")) for key in KEYS}


def build_info() -> dict[str, str]:
    """Return ``{"name", "version", "commit", "build_date"}`` for this program; all values are strings.

    Returns:
        In a frozen build, what the build wrote; from a source checkout, the package version, the checkout's
        commit (asked of git once per process) and an empty build date. Missing values are "".
        A fresh copy each call, so callers may change it.
    """
    return dict(_cached_build_info())


@lru_cache(maxsize=1)
def _cached_build_info() -> dict[str, str]:
    if getattr(sys, "frozen", False):
        info = _read_file(resource_root() / BUILD_INFO_FILE)
        if info is not None:
            info["version"] = info["version"] or __version__
            return info
    return {"name": APP_NAME, "version": __version__, "commit": git_commit(), "build_date": ""}


def describe(info: dict[str, str] | None = None) -> str:
    """Return one line for people, e.g. ``pbgdpl 0.1.0 (c6ec6bb, built 2026-11-26T23:10:00Z)``."""
    info = info or build_info()
    extra = [part for part in (info["commit"][:7], f"built {info['build_date']}" if info["build_date"] else "") if part]
    return f"{info['name']} {info['version']}" + (f" ({', '.join(extra)})" if extra else "")
