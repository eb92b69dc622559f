"""The signing key's passphrase through the real ``pbgdpl`` command: one easy to guess is refused with its own
code and nothing is written; a good one seals the key at today's cost."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.e2e


def test_an_easy_passphrase_is_refused_and_a_sentence_seals_the_key(cli, tmp_path):
    folder = tmp_path / "xa"
    init = cli("init", "--data-dir", str(folder), "--unit", "05443", "--officer", "Nguyễn Thị Hường", data_dir=False)
    assert init.returncode == 0, init.stderr
    weak = tmp_path / "weak.txt"
    weak.write_text("12345678\n", encoding="utf-8")
    refused = cli("keys", "create", "--data-dir", str(folder), "--passphrase-file", str(weak), data_dir=False)
    assert refused.returncode != 0 and refused.stderr.startswith("E-KEY-PASSPHRASE-WEAK") and "Traceback" not in refused.stderr
    assert list((folder / "keys").glob("*.pem")) == []
    good = tmp_path / "good.txt"
    good.write_text("hoa sen nở 2026\n", encoding="utf-8")
    made = cli("keys", "create", "--data-dir", str(folder), "--passphrase-file", str(good), "--json", data_dir=False)
    assert made.returncode == 0, made.stderr
    [pem] = (folder / "keys").glob("*.pem")
    from app.sync import keys

    assert keys.pem_iterations(pem.read_bytes()) >= 600_000 and json.loads(made.stdout)["fingerprint"]


def test_a_reinstalled_computer_signs_again_with_its_key_backup(cli, tmp_path):
    """The old laptop's key backup (keys export) is taken by the new installation (keys import): the province
    accepts its bundles without enrolling anything; a wrong passphrase, another current key or a replaced key
    are refused with nothing written."""
    from e2e_helpers import db_dump

    old, new, so = tmp_path / "may-cu", tmp_path / "may-moi", tmp_path / "so"
    secret = tmp_path / "pass.txt"
    secret.write_text("hoa sen nở 2026\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("hoa sen tàn 2026\n", encoding="utf-8")

    def ok(*args):
        proc = cli(*args, data_dir=False)
        assert proc.returncode == 0, proc.stderr
        return proc

    ok("demo", "--data-dir", str(old), "--unit", "05467", "--seed", "3")
    fp = json.loads(ok("keys", "create", "--data-dir", str(old), "--passphrase-file", str(secret), "--json").stdout)["fingerprint"]
    ok("keys", "export", "--data-dir", str(old), str(tmp_path / "khoa-sao-luu.pem"), "--passphrase-file", str(secret))
    ok("init", "--data-dir", str(so), "--unit", "19", "--level", "province", "--officer", "Lê Văn Tám")
    ok("keys", "trust", "--data-dir", str(so), "--unit", "05467", "--fingerprint", fp)

    ok("init", "--data-dir", str(new), "--unit", "05467", "--officer", "Nguyễn Thị Hường")
    before = db_dump(new)
    refused = cli("keys", "import", "--data-dir", str(new), str(tmp_path / "khoa-sao-luu.pem"), "--passphrase-file", str(wrong), data_dir=False)
    assert refused.returncode != 0 and refused.stderr.startswith("E-KEY-PASSPHRASE") and db_dump(new) == before
    assert list((new / "keys").glob("*.pem")) == []
    taken = json.loads(ok("keys", "import", "--data-dir", str(new), str(tmp_path / "khoa-sao-luu.pem"), "--passphrase-file", str(secret), "--json").stdout)
    assert taken["fingerprint"] == fp
    out = json.loads(ok("bundle", "export", "--data-dir", str(new), "--period", "2026", "--out", str(tmp_path / "usb"), "--json", "--passphrase-file", str(secret)).stdout)
    imported = ok("bundle", "import", "--data-dir", str(so), out["path"], "--json")
    result = json.loads(imported.stdout)["results"][0]
    assert result["ok"] is True and result["report"]["fingerprint"].replace(" ", "") == fp.replace(" ", "")

    # another key made here later: the backup's key is then a replaced one, never made current again
    ok("keys", "create", "--data-dir", str(new), "--passphrase-file", str(secret), "--replace")
    again = cli("keys", "import", "--data-dir", str(new), str(tmp_path / "khoa-sao-luu.pem"), "--passphrase-file", str(secret), data_dir=False)
    assert again.returncode != 0 and again.stderr.startswith("E-USAGE") and "never made current again" in again.stderr
