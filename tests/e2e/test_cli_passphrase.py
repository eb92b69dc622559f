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
