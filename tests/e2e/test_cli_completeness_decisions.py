"""``pbgdpl completeness`` shows the province's decisions: approved, returned with its reason (``--json``,
``--status`` and the text), counted as reported in the rate."""

from __future__ import annotations

import json

import pytest

from test_cli_completeness import board, run

pytestmark = pytest.mark.e2e


def test_the_board_shows_approved_and_returned(tmp_path):
    province, commune, usb = tmp_path / "so", tmp_path / "05443", tmp_path / "usb"
    run(province, "init", "--unit", "19", "--level", "province", "--officer", "Đỗ Thị Lan Anh")
    run(commune, "demo", "--unit", "05443", "--seed", "1")
    fp = json.loads(run(commune, "keys", "create", "--no-passphrase", "--json").stdout)["fingerprint"]
    run(commune, "bundle", "export", "--period", "2026-Q3", "--out", str(usb))
    run(province, "keys", "trust", "--unit", "05443", "--fingerprint", fp)
    run(province, "bundle", "import", *sorted(str(p) for p in usb.glob("PBGDPL_05443_*")))
    assert board(province)["counts"]["received"] == 1

    run(province, "approve", "--unit", "05443", "--period", "2026-Q3")
    step = board(province)
    assert step["counts"]["approved"] == 1 and step["reported"] == 1 and step["rate_line"] == "1/92 đơn vị đã báo cáo"
    row = next(r for r in step["rows"] if r["unit_code"] == "05443")
    assert (row["status"], row["decision"]) == ("approved", "approved")

    run(province, "return", "--unit", "05443", "--period", "2026-Q3", "--reason", "Thiếu số người tham dự")
    only = board(province, "--status", "returned")["rows"]
    assert [(r["unit_code"], r["reason"]) for r in only] == [("05443", "Thiếu số người tham dự")]
    text = run(province, "completeness", "--period", "2026-Q3").stdout
    assert "Trả lại" in text and "lý do: Thiếu số người tham dự" in text and "1/92 đơn vị đã báo cáo" in text
    assert board(province, "--status", "changed_after_approval")["rows"] == []
