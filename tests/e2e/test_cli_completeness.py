"""The real ``pbgdpl`` command at a province: expected units, enrolment refused outside the list, imports, and
``completeness --json`` after each step (statuses, on time or late, the rate never over 100 %)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from e2e_helpers import run_in as run

pytestmark = pytest.mark.e2e

def board(province: Path, *extra: str) -> dict:
    return json.loads(run(province, "completeness", "--period", "2026-Q3", "--json", *extra).stdout)


def test_a_province_follows_who_has_reported(tmp_path):
    province, usb = tmp_path / "so", tmp_path / "usb"
    run(province, "init", "--unit", "19", "--level", "province", "--officer", "Đỗ Thị Lan Anh")
    listed = json.loads(run(province, "units", "list", "--json").stdout)["units"]
    assert len(listed) == 92 and all(u["valid_from"] == "2025-07-01" for u in listed)
    assert [u["name"] for u in json.loads(run(province, "units", "list", "vo nhai", "--json").stdout)["units"]] == ["Xã Võ Nhai"]

    start = board(province)
    assert (start["reported"], start["expected"], start["rate_line"]) == (0, 92, "0/92 đơn vị đã báo cáo")

    communes = {}
    for code, seed in (("05443", 1), ("05467", 2), ("00004", 3)):
        communes[code] = tmp_path / code
        run(communes[code], "demo", "--unit", code, "--seed", str(seed))
    communes["05716"] = tmp_path / "05716"
    run(communes["05716"], "init", "--unit", "05716", "--officer", "Lương Văn Toàn")  # nothing to report
    fps = {}
    for code, data in communes.items():
        fps[code] = json.loads(run(data, "keys", "create", "--no-passphrase", "--json").stdout)["fingerprint"]
        run(data, "bundle", "export", "--period", "2026-Q3", "--out", str(usb))

    # Phường Ba Đình (Hà Nội) is not expected at Thái Nguyên: refused, nothing enrolled, until the officer adds it.
    before = run(province, "keys", "list", "--json").stdout
    refused = run(province, "keys", "trust", "--unit", "00004", "--fingerprint", fps["00004"], ok=False)
    assert refused.returncode == 1 and refused.stderr.startswith("E-UNIT-NOT-EXPECTED:") and "Ba Đình" in refused.stderr
    assert run(province, "keys", "list", "--json").stdout == before
    unknown = run(province, "units", "add", "99999", ok=False)
    assert unknown.returncode == 1 and unknown.stderr.startswith("E-UNIT-UNKNOWN:")

    for code in ("05443", "05716"):
        run(province, "keys", "trust", "--unit", code, "--fingerprint", fps[code])
    run(province, "bundle", "import", *sorted(str(p) for p in usb.glob("PBGDPL_05443_*")))
    step = board(province)
    assert step["reported"] == 1 and step["counts"]["received"] == 1
    row = next(r for r in step["rows"] if r["unit_code"] == "05443")
    assert row["unit_name"] == "Phường Phan Đình Phùng" and row["seq"] == 1 and row["activities"] > 0 and row["officer"]
    assert row["fingerprint"] == fps["05443"] and row["timeliness"] in ("on_time", "late")

    run(province, "bundle", "import", *sorted(str(p) for p in usb.glob("PBGDPL_05716_*")))
    step = board(province)
    assert step["reported"] == 2 and step["counts"]["nothing_to_report"] == 1
    assert [r["unit_code"] for r in board(province, "--status", "nothing_to_report")["rows"]] == ["05716"]
    assert [r["unit_code"] for r in board(province, "--status", "not_received")["rows"]][:1] != ["05716"]

    # An old name lands on the unit that carries it (searchable without accents).
    run(province, "units", "alias", "05467", "Phường Túc Duyên")
    assert [u["code"] for u in json.loads(run(province, "units", "list", "tuc duyen", "--json").stdout)["units"]] == ["05467"]

    # The officer adds Ba Đình on purpose; the rate stays within 100 % when it is retired again.
    run(province, "units", "add", "00004", "--note", "theo Công văn 12/STP")
    run(province, "keys", "trust", "--unit", "00004", "--fingerprint", fps["00004"])
    run(province, "bundle", "import", *sorted(str(p) for p in usb.glob("PBGDPL_00004_*")))
    step = board(province)
    assert (step["reported"], step["expected"]) == (3, 93) and step["rate"] <= 1
    run(province, "units", "retire", "00004", "--until", "2026-06-30")
    step = board(province)
    assert (step["reported"], step["expected"]) == (2, 92) and [o["unit_code"] for o in step["others"]] == ["00004"]
    text = run(province, "completeness", "--period", "2026-Q3").stdout
    assert "2/92 đơn vị đã báo cáo" in text and "Phường Phan Đình Phùng" in text and "Không có hoạt động" in text

    # The deadline is data the officer changes.
    deadline = json.loads(run(province, "units", "deadline", "Q", "90", "--json").stdout)["deadlines"]["Q"]
    assert deadline["due_offset_days"] == 90 and board(province)["due_date"] == "2026-12-29"
    bad = run(province, "completeness", "--period", "2026-Q3", "--status", "maybe", ok=False)
    assert bad.returncode == 1 and bad.stderr.startswith("E-USAGE:")

    # The consolidated report says before it is saved that nothing was received for Q1; Q3 has no such warning.
    empty = run(province, "report", "summary", "--period", "2026-Q1", "--out", str(tmp_path / "q1.pdf"), "--json")
    assert "Chưa nhận được số liệu của đơn vị nào trong kỳ" in empty.stderr and json.loads(empty.stdout)["warning"]
    full = run(province, "report", "summary", "--period", "2026-Q3", "--out", str(tmp_path / "q3.xlsx"), "--json")
    assert "Warning" not in full.stderr and json.loads(full.stdout)["warning"] == ""

    # A commune installation has no expected list.
    assert json.loads(run(communes["05443"], "units", "list", "--json").stdout)["units"] == []
