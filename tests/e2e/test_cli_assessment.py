"""The real ``pbgdpl assessment`` command: a commune scores its year (values from the log, overrides with a reason,
refusals with stable codes that store nothing), sends it in a bundle, and the province sees it beside its own scoring."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from e2e_helpers import db_dump
from e2e_helpers import run_in as run

pytestmark = pytest.mark.e2e

def js(data: Path, *args: str) -> dict:
    return json.loads(run(data, *args, "--json").stdout)


def test_commune_assessment_travels_to_the_province(tmp_path):
    commune, province, usb = tmp_path / "xa", tmp_path / "so", tmp_path / "usb"
    run(commune, "demo", "--unit", "05443", "--seed", "1")
    start = js(commune, "assessment", "show", "--year", "2026")
    assert start["set"] == "QD27_2025" and not start["stored"] and start["result"]["status"] in ("incomplete", "not_recognised")
    trained = start["derived"]["2.6.3"]
    assert trained["value"]["den"] > 0 and "tuyên truyền viên" in trained["text"]

    before = db_dump(commune)
    for args, code in [
        (("--indicator", "2.2", "--value", "12/10"), "E-ASSESS-VALUE"),
        (("--indicator", "7.7", "--value", "có"), "E-ASSESS-INDICATOR"),
        (("--indicator", "2.6.3", "--value", "99/99"), "E-ASSESS-REASON"),
        (("--indicator", "2.2", "--value", "1/1", "--evidence", str(tmp_path / "none.pdf")), "E-FILE-NOT-FOUND"),
    ]:
        bad = run(commune, "assessment", "set", "--year", "2026", *args, ok=False)
        assert bad.returncode == 1 and bad.stderr.startswith(code + ":"), bad.stderr
    assert db_dump(commune) == before

    evidence = tmp_path / "danh-muc.pdf"
    evidence.write_bytes(b"%PDF-1.4\n%%EOF\n")
    set_ = run(commune, "assessment", "set", "--year", "2026", "--indicator", "2.2", "--value", "9/10", "--evidence", str(evidence))
    assert "CHƯA ĐẠT CHUẨN" in set_.stdout
    run(commune, "assessment", "set", "--year", "2026", "--indicator", "2.6.3", "--value", "99/99", "--reason", "Danh sách tập huấn của Sở")
    minutes = tmp_path / "bien-ban.pdf"
    minutes.write_bytes(b"%PDF-1.4\n% bien ban\n%%EOF\n")
    for args, code in [((), "E-USAGE"), (("--evidence", str(minutes), "--indicator", "2.3"), "E-ASSESS-NO-ANSWER")]:
        bad = run(commune, "assessment", "set", "--year", "2026", *(args or ("--indicator", "2.2")), ok=False)
        assert bad.returncode == 1 and bad.stderr.startswith(code + ":"), bad.stderr
    run(commune, "assessment", "set", "--year", "2026", "--indicator", "2.2", "--evidence", str(minutes))  # evidence alone
    shown = js(commune, "assessment", "show", "--year", "2026")
    assert shown["stored"] and shown["result"]["status"] == "not_recognised"
    assert any(f["about"] == "2.2" and "90%" in f["message"] for f in shown["result"]["failing"])
    assert shown["answers"]["2.6.3"]["reason"] == "Danh sách tập huấn của Sở" and [e["filename"] for e in shown["answers"]["2.2"]["evidence"]] == ["danh-muc.pdf", "bien-ban.pdf"]
    assert shown["answers"]["2.2"]["value"] == {"num": 9, "den": 10}
    text = run(commune, "assessment", "show", "--year", "2026").stdout
    assert "Không đạt vì:" in text and "2.2: 90% is below the required 100%" in text and "lý do: Danh sách tập huấn của Sở" in text
    assert "2.2 nhập tay: " in text and "2.6.3 nhập tay: " in text and "nhật ký cho: " in text  # typed figures say so
    assert "Lịch đánh giá:" in text and "FILE [xã] chưa có lịch" in text  # QĐ 27's dates are not in the data
    run(commune, "assessment", "calendar", "--year", "2026", "--step", "FILE", "--date", "2027-01-15")
    assert js(commune, "assessment", "calendar", "--year", "2026")["steps"][1]["due"] == "2027-01-15"
    bad = run(commune, "assessment", "calendar", "--year", "2026", "--step", "FILE", ok=False)
    assert bad.returncode == 1 and bad.stderr.startswith("E-USAGE:")

    pdf = tmp_path / "mau02.pdf"
    assert js(commune, "assessment", "report", "--year", "2026", "--form", "02", "--out", str(pdf))["form"] == "02"
    words = " ".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Bản tổng hợp điểm số của các tiêu chí, chỉ tiêu" in words and "9/10 (90,0%)" in words
    bad = run(commune, "assessment", "report", "--year", "2026", "--form", "07", "--out", str(tmp_path / "m07.pdf"), ok=False)
    assert bad.returncode == 1 and bad.stderr.startswith("E-USAGE:") and not (tmp_path / "m07.pdf").exists()

    fp = js(commune, "keys", "create", "--no-passphrase")["fingerprint"]
    run(commune, "bundle", "export", "--period", "2026-Q3", "--out", str(usb))
    run(province, "init", "--unit", "19", "--level", "province", "--officer", "Đỗ Thị Lan Anh")
    run(province, "keys", "trust", "--unit", "05443", "--fingerprint", fp)
    run(province, "bundle", "import", *sorted(str(p) for p in usb.glob("PBGDPL_05443_*")))

    listing = js(province, "assessment", "show", "--year", "2026")
    units = {u["unit_code"]: u for u in listing["units"]}
    assert len(units) == listing["counts"]["units"] > 10  # every commune the province expects, sent or not
    assert (units["05443"]["self_status"], units["05443"]["upper_status"], units["05443"]["sent"]) == ("not_recognised", "", True)
    assert listing["counts"]["sent"] == 1 and listing["counts"]["not_recognised"] == 1
    assert listing["counts"]["not_sent"] == len(units) - 1 and "05443" not in listing["not_sent"]
    assert all(not u["sent"] and u["self_status"] == "" and not u["recognised"] for c, u in units.items() if c != "05443")
    assert listing["recognised"] == []
    assert units["05443"]["indicators"]["2.2"] is False
    text = run(province, "assessment", "show", "--year", "2026").stdout
    assert f"{len(units)} đơn vị, 1 đã gửi tự đánh giá, {len(units) - 1} chưa gửi" in text and "tự đánh giá chưa gửi" in text
    assert listing["indicators"]["2.2"] == "đạt 0/1 xã"
    seen = js(province, "assessment", "show", "--year", "2026", "--unit", "05443")
    assert seen["scorer"] == "upper" and seen["other"]["result"] == shown["result"]
    assert seen["other"]["answers"]["2.6.3"]["reason"] == "Danh sách tập huấn của Sở"
    from app.store.attachments import blob_path

    sha = seen["other"]["answers"]["2.2"]["evidence"][0]["sha256"]
    assert blob_path(province / "files", sha).read_bytes() == evidence.read_bytes()  # the evidence travelled too
    run(province, "assessment", "set", "--year", "2026", "--unit", "05443", "--indicator", "2.2", "--value", "10/10")
    listing = js(province, "assessment", "show", "--year", "2026")
    assert [(u["self_status"], u["upper_status"]) for u in listing["units"] if u["unit_code"] == "05443"] == [("not_recognised", "incomplete")]
    assert "tự đánh giá CHƯA ĐẠT CHUẨN" in run(province, "assessment", "show", "--year", "2026").stdout
