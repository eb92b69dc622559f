"""``pbgdpl catalog``: the province fills in unknown points of QĐ 25, signs the set and sends it down; the commune
takes it only signed by a key it trusts, an assessment made under the older version keeps it until re-scored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from e2e_helpers import db_dump
from e2e_helpers import run_in as run

pytestmark = pytest.mark.e2e


def js(data, *args):
    return json.loads(run(data, *args, "--json").stdout)


def test_a_signed_catalog_update_fills_in_points_and_old_assessments_keep_their_version(tmp_path):
    commune, province = tmp_path / "xa", tmp_path / "so"
    run(commune, "init", "--unit", "05443", "--officer", "Nguyễn Thị Hường")
    run(province, "init", "--unit", "19", "--level", "province", "--officer", "Đỗ Thị Lan Anh")
    listed = js(commune, "catalog", "list")["sets"]
    qd25 = next(s for s in listed if s["set"] == "QD25_2021")
    assert qd25["origin"] == "shipped" and "TC2" in qd25["missing_points"] and qd25["indicators"] == 20
    run(commune, "assessment", "set", "--year", "2024", "--indicator", "2.1", "--value", "4")
    before = js(commune, "assessment", "show", "--year", "2024")["result"]

    # the province edits the set (TC2's maximum found) under a new version and takes it in
    data = json.loads((Path(__file__).parents[2] / "resources" / "catalogs" / "criteria" / "QD25_2021.json").read_text(encoding="utf-8"))
    data["version"] = "2026.2"
    data["criteria"][1]["max_points"] = 30
    edited = tmp_path / "QD25_2021_2026.2.json"
    edited.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    taken = js(province, "catalog", "import", str(edited))
    assert taken["outcome"] == "stored" and taken["signed_by"] == "" and "TC2" not in taken["missing_points"]
    fp = js(province, "keys", "create", "--no-passphrase")["fingerprint"]
    update = js(province, "catalog", "export", "--set", "QD25_2021", "--out", str(tmp_path))["path"]
    assert update.endswith("QD25_2021_2026.2.pbgdpl-catalog")

    # the commune: a plain file, an untrusted signer and a changed byte are refused, nothing stored
    snapshot = db_dump(commune)
    plain = run(commune, "catalog", "import", str(edited), ok=False)
    assert plain.returncode == 1 and plain.stderr.startswith("E-CATALOG-UNSIGNED:")
    untrusted = run(commune, "catalog", "import", update, ok=False)
    assert untrusted.returncode == 1 and untrusted.stderr.startswith("E-BUNDLE-UNTRUSTED:")
    run(commune, "keys", "trust", "--unit", "19", "--fingerprint", fp)
    doc = json.loads(open(update, encoding="utf-8").read())
    doc["set"]["criteria"][1]["max_points"] = 40
    forged = tmp_path / "forged.pbgdpl-catalog"
    forged.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    bad = run(commune, "catalog", "import", str(forged), ok=False)
    assert bad.returncode == 1 and bad.stderr.startswith("E-BUNDLE-SIGNATURE:")
    assert not (commune / "catalogs").exists()

    got = js(commune, "catalog", "import", update)
    assert got == {**got, "outcome": "stored", "signed_by": "19", "version": "2026.2"}
    assert js(commune, "catalog", "import", update)["outcome"] == "unchanged"
    assert {(s["version"], s["origin"]) for s in js(commune, "catalog", "list")["sets"] if s["set"] == "QD25_2021"} == {("2026.1", "shipped"), ("2026.2", "received")}

    kept = js(commune, "assessment", "show", "--year", "2024")
    assert kept["set_version"] == "2026.1" and kept["newest_version"] == "2026.2" and kept["result"] == before
    preview = js(commune, "assessment", "rescore", "--year", "2024", "--preview")
    assert {"code": "TC2", "before": "4/?", "after": "4/30"} in preview["changes"] and preview["stored"] is False
    assert js(commune, "assessment", "show", "--year", "2024")["set_version"] == "2026.1"  # a preview stores nothing
    moved = js(commune, "assessment", "rescore", "--year", "2024")
    assert moved["set_version"] == "2026.2" and "TC2" not in {m["about"] for m in moved["result"]["missing"] if m["code"] == "points-unknown"}
    assert next(c for c in moved["result"]["criteria"] if c["code"] == "TC2")["max_points"] == "30"
