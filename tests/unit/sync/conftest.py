"""Fixtures for bundles: a commune with a key and a small log, an upper (province) installation that trusts it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import AppPaths
from app.services.keys import create_key, load_signing_key, trust_key
from app.services.setup import initialise
from app.services.workspace import Workspace
from app.sync import keys
from sync_helpers import COMMUNE, PASSPHRASE, PROVINCE, UPPER_NOW, Clock, add_sample_log


@pytest.fixture
def commune(workspace, tmp_path):
    """The test commune (05443) with a passphrase-protected key and a small log."""
    create_key(workspace, PASSPHRASE)
    workspace.sample = add_sample_log(workspace, tmp_path)
    return workspace


@pytest.fixture
def commune_key(commune):
    return load_signing_key(commune, PASSPHRASE)[0]


@pytest.fixture
def upper(tmp_path, commune):
    """A province installation (Thái Nguyên, 19) that has enrolled the commune's key."""
    ws = Workspace.open(AppPaths(tmp_path / "upper"), clock=Clock(UPPER_NOW))
    initialise(ws, PROVINCE, "Lê Văn Tám", level="province")
    fp = keys.key_fingerprint(load_signing_key(commune, PASSPHRASE)[0])
    trust_key(ws, COMMUNE, keys.format_fingerprint(fp))
    yield ws
    ws.close()


@pytest.fixture
def export(commune, tmp_path):
    """Export a period from the commune; returns the path."""
    from app.commands import run_job
    from app.services.bundles import export_bundle

    def run(period: str = "2026", out: Path | None = None, reports: bool = False) -> Path:
        """PDF reports are left out unless asked for: rendering them is the slow part."""
        result = run_job(export_bundle(commune, period, out or tmp_path / "out", PASSPHRASE, include_reports=reports))
        return Path(result["path"])

    return run


