"""Helpers for bundle tests: a commune with a key and a small log, an upper (province) installation that trusts
it, a database dump to prove that refused bundles change nothing, and a tool to build tampered bundles."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from app.core.models import Activity, Reporter
from app.paths import AppPaths
from app.services import logbook
from app.services.keys import create_key, load_signing_key, trust_key
from app.services.setup import initialise
from app.services.workspace import Workspace
from app.store import attachments
from app.sync import keys
from app.sync import manifest as fmt

VN = timezone(timedelta(hours=7))
UPPER_NOW = datetime(2026, 12, 10, 8, 0, tzinfo=VN)
PASSPHRASE = "mật khẩu xã 2026"
COMMUNE = "05443"
PROVINCE = "19"


class Clock:
    """A settable clock: tests move time forward between exports."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def add_sample_log(ws: Workspace, tmp: Path) -> dict:
    """Two reporters, three activities in 2026 (one with a photo), one activity deleted, one in 2025."""
    r1 = Reporter(kind="bcv", full_name="Nguyễn Văn An", gender="nam", birth_date=date(1980, 5, 1), phone="0912345678")
    r2 = Reporter(kind="ttv", full_name="Trần Thị Bình", gender="nu")
    for r in (r1, r2):
        logbook.save_reporter(ws, r)
    a1 = Activity(date=date(2026, 3, 8), title="Tuyên truyền Luật Bình đẳng giới", forms=["TRUC_TIEP"], place="Tổ dân phố số 3", participants=40, women=30, reporter_ids=[r1.id])
    a2 = Activity(date=date(2026, 6, 1), title="Phát thanh Luật Trẻ em", forms=["LOA"], place="Tổ 5")
    a3 = Activity(date=date(2026, 9, 9), title="Nhập trùng", forms=["LOA"])
    old = Activity(date=date(2025, 12, 30), title="Hoạt động năm trước", forms=["LOA"])
    for a in (a1, a2, a3, old):
        logbook.save_activity(ws, a)
    logbook.delete_activity(ws, a3.id, "nhập trùng")
    photo = tmp / "ảnh hội nghị.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    with ws.db.atomic():
        att = attachments.add_attachment(ws.db, ws.paths.files, a1.id, photo, ws.write_context())
    return {"r1": r1, "r2": r2, "a1": a1, "a2": a2, "a3": a3, "old": old, "att": att}


def dump(ws: Workspace) -> list[str]:
    """Every row of every table (SQL text) plus the content store's file list: equal dumps = nothing changed."""
    rows = list(ws.db.conn.iterdump())
    files = sorted(str(p.relative_to(ws.paths.data)) for p in ws.paths.data.rglob("*") if p.is_file() and "files" in p.parts)
    received = sorted(str(p) for p in (ws.paths.data / "bundles").rglob("*")) if (ws.paths.data / "bundles").exists() else []
    return rows + files + received


def read_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def build_zip(path: Path, members: list[tuple[str, bytes]] | dict[str, bytes], *, mode_of: dict | None = None) -> Path:
    items = members.items() if isinstance(members, dict) else members
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = ((mode_of or {}).get(name, 0o100644)) << 16
            zf.writestr(info, data)
    return path


def tamper(src: Path, dst: Path, *, replace: dict[str, bytes] | None = None, drop: tuple[str, ...] = (),
           add: dict[str, bytes] | None = None, manifest_edit=None, sign_with=None, fix_hashes: bool = True) -> Path:
    """Rebuild a bundle with changed members; with ``sign_with`` the manifest is updated and re-signed."""
    members = read_members(src)
    for name, data in (replace or {}).items():
        members[name] = data
    for name in drop:
        members.pop(name, None)
    members.update(add or {})
    if sign_with is not None:
        manifest = json.loads(members[fmt.MANIFEST])
        if fix_hashes:
            manifest["members"] = {
                n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                for n, d in members.items() if n not in (fmt.MANIFEST, fmt.SIGNATURE)
            }
            for table in fmt.TABLES:
                data = members.get(fmt.data_member(table), b"")
                if table in manifest["counts"] or data:  # a later kind is counted only when carried
                    manifest["counts"][table] = len([x for x in data.split(b"\n") if x])
        if manifest_edit:
            manifest_edit(manifest)
        members[fmt.MANIFEST] = fmt.encode_manifest(manifest)
        members[fmt.SIGNATURE] = keys.sign(sign_with, members[fmt.MANIFEST])
    return build_zip(dst, members)


def edit_lines(data: bytes, fn) -> bytes:
    """Apply ``fn`` to each decoded record of a jsonl member."""
    out = []
    for line in data.decode("utf-8").splitlines():
        rec = json.loads(line)
        fn(rec)
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    return ("".join(x + "\n" for x in out)).encode("utf-8")
