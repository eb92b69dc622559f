"""The real command: a trusted commune that sends another commune's record id first does not block it
(adversary.md D6 ``squat-then-B``), and a link to another unit's reporter is refused (D12 ``reporter-of-B``)."""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

PASS = "mật khẩu dài 2026"


def _signed(src: Path, dst: Path, key, unit: str, records: dict[str, list[dict]]) -> Path:
    """A bundle of unit ``unit`` (signed with its own enrolled ``key``) holding ``records``, built from ``src``."""
    from app.sync import keys
    from app.sync import manifest as fmt

    with zipfile.ZipFile(src) as zf:
        manifest = json.loads(zf.read(fmt.MANIFEST))
    members = {
        fmt.data_member(t): "".join(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" for r in records.get(t, [])).encode()
        for t in fmt.TABLES if t in manifest["counts"]
    }  # fmt: skip
    manifest["members"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members.items()}
    manifest["counts"] = {t: len(records.get(t, [])) for t in manifest["counts"]}
    manifest["source"].update(unit_code=unit, unit_name="Xã A", installation_id="pc-of-" + unit)
    manifest["bundle_id"] = str(uuid.uuid4())
    manifest["key"] = {"algorithm": "Ed25519", "public_key": keys.public_b64(key), "fingerprint": keys.key_fingerprint(key)}
    members[fmt.MANIFEST] = fmt.encode_manifest(manifest)
    members[fmt.SIGNATURE] = keys.sign(key, members[fmt.MANIFEST])
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
            info.external_attr, info.compress_type = 0o100644 << 16, zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return dst


def _lines(bundle: Path, table: str) -> list[dict]:
    with zipfile.ZipFile(bundle) as zf:
        return [json.loads(x) for x in zf.read(f"data/{table}.jsonl").decode().splitlines()]


def test_a_squatter_never_blocks_the_genuine_commune(cli, tmp_path):
    from app.paths import AppPaths
    from app.services.keys import load_signing_key
    from app.services.workspace import Workspace

    b, a, up = tmp_path / "b", tmp_path / "a", tmp_path / "up"
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    fps = {}
    for folder, unit in ((b, "05443"), (a, "05533")):
        assert cli("init", "--unit", unit, "--officer", "Cán bộ " + unit, "--data-dir", str(folder), data_dir=False).returncode == 0
        made = cli("keys", "create", "--passphrase-file", str(secret), "--json", "--data-dir", str(folder), data_dir=False)
        fps[unit] = json.loads(made.stdout)["fingerprint"]
    from datetime import date

    from app.core.models import Activity, Reporter
    from app.services import logbook

    ws = Workspace.open(AppPaths(b))  # the commune officer's entries, made the app's way
    person = Reporter(kind="ttv", full_name="Bế Thị Phương", gender="nu")
    logbook.save_reporter(ws, person)
    for title in ("Tuyên truyền Luật Đất đai", "Hội nghị Luật Hôn nhân"):
        logbook.save_activity(ws, Activity(date=date(2026, 4, 2), title=title, forms=["TRUC_TIEP"], participants=30, reporter_ids=[person.id]))
    ws.close()
    cli.env["PBGDPL_PASSPHRASE"] = PASS
    done = cli("bundle", "export", "--period", "2026", "--out", str(tmp_path / "usb"), "--data-dir", str(b), data_dir=False)
    assert done.returncode == 0, done.stderr
    genuine = Path(done.stdout.splitlines()[0])
    assert cli("init", "--unit", "19", "--level", "province", "--officer", "Lê Văn Tám", "--data-dir", str(up), data_dir=False).returncode == 0
    for unit, fp in fps.items():
        assert cli("keys", "trust", "--unit", unit, "--fingerprint", fp, "--data-dir", str(up), data_dir=False).returncode == 0

    ws = Workspace.open(AppPaths(a))
    a_key = load_signing_key(ws, PASS)[0]
    ws.close()
    taken = _lines(genuine, "activities")[0]
    squat = {**taken, "owner": "05533", "rev_by": "pc-of-05533", "payload": {**taken["payload"], "title": "Bản sao của xã A"}}
    path = _signed(genuine, tmp_path / "squat.pbgdpl", a_key, "05533", {"activities": [squat]})
    done = cli("bundle", "import", str(path), "--data-dir", str(up), data_dir=False)
    assert done.returncode == 0, done.stderr  # nothing known of the id yet

    done = cli("bundle", "import", str(genuine), "--json", "--data-dir", str(up), data_dir=False)
    assert done.returncode == 0, done.stderr  # the genuine commune's bundle is imported
    assert "Traceback" not in done.stderr
    listed = cli("bundle", "conflicts", "--data-dir", str(up), data_dir=False)
    assert listed.returncode == 0 and "05533" in listed.stdout, listed.stdout
    db = up / "pbgdpl.sqlite3"
    import sqlite3

    con = sqlite3.connect(db)
    owners = dict(con.execute("SELECT title, owner_unit FROM activities"))
    other = ({"Tuyên truyền Luật Đất đai", "Hội nghị Luật Hôn nhân"} - {taken["payload"]["title"]}).pop()
    assert owners == {"Bản sao của xã A": "05533", other: "05443"}  # A's copy stays, B's other activity is in
    assert con.execute("SELECT COUNT(*) FROM reporters WHERE owner_unit = '05443'").fetchone()[0] == 1
    (reason,) = con.execute("SELECT reason FROM merge_conflicts WHERE status = 'open' AND record_id = ?", [taken["id"]]).fetchone()
    assert "id collision" in reason and "05533" in reason and "05443" in reason
    con.close()

    # A's own activity naming B's reporter: refused, with both units named, nothing stored
    reporter = _lines(genuine, "reporters")[0]
    own = {**taken, "id": str(uuid.uuid4()), "owner": "05533", "rev_by": "pc-of-05533", "payload": {**taken["payload"], "reporter_ids": [reporter["id"]]}}
    path = _signed(genuine, tmp_path / "link.pbgdpl", a_key, "05533", {"activities": [own]})
    done = cli("bundle", "import", str(path), "--data-dir", str(up), data_dir=False)
    assert done.returncode == 1 and done.stderr.startswith("E-BUNDLE-RECORD"), done.stderr
    assert f"links to reporter {reporter['id']} of unit 05443" in done.stderr
