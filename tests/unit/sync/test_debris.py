"""What a killed run leaves is removed by the next one, and a killed export never lets a number be used twice."""

from __future__ import annotations

import subprocess
import sys

from app.commands import run_job
from app.services.bundles import import_many
from app.services.debris import sweep
from app.store import sync_state


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_the_next_import_removes_what_a_killed_one_left(upper, export):
    bundle = export()
    (done,) = run_job(import_many(upper, [bundle]))
    assert done.ok
    received = upper.paths.data / "bundles" / "received" / "05443"
    held = sorted(p.name for p in received.iterdir())
    orphan = received / "PBGDPL_05443_2026_0009_deadbeef.pbgdpl"  # copied, then killed before the commit
    orphan.write_bytes(b"PK")
    (received / (orphan.name + ".report.json")).write_text("{}")
    dead = _dead_pid()
    part = upper.paths.files / "ab" / f".{'ab' * 32}.{dead}-0123abcd.part"
    part.parent.mkdir(parents=True, exist_ok=True)
    part.write_bytes(b"half")
    mine = upper.paths.data / "bundles" / f".x.pbgdpl.{__import__('os').getpid()}-0123abcd.part"  # a live writer's
    mine.write_bytes(b"busy")
    removed = sweep(upper)
    assert sorted(p.name for p in removed) == sorted([orphan.name, orphan.name + ".report.json", part.name])
    assert sorted(p.name for p in received.iterdir()) == held  # the import the database holds keeps its copy
    assert mine.exists()


def test_a_killed_export_never_lets_its_number_be_reused(commune, export, tmp_path):
    first = export(out=tmp_path / "a")
    assert first.name.startswith("PBGDPL_05443_2026_0001_")
    # killed after taking number 2 (its file may be on the USB stick already): number 2 is never given again
    sync_state.reserve_export_seq(commune.db, {"bundle_id": "killed", "unit_code": "05443", "period": "2026", "fingerprint": "x", "created_at": "2026-11-26T09:30:00+07:00"})
    again = export(out=tmp_path / "b")
    assert again.name.startswith("PBGDPL_05443_2026_0003_")
    assert [r["seq"] for r in sync_state.list_exports(commune.db)] == [3, 1]  # the unfinished one is not listed


def test_an_export_leaves_no_part_file_of_a_killed_one_in_its_folder(commune, export, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    stale = out / f".0b7c.pbgdpl.{_dead_pid()}-0123abcd.part"
    stale.write_bytes(b"half a bundle")
    export(out=out)
    assert not stale.exists()
