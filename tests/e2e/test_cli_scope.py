"""``--unit CODE`` and ``--all-units`` on ``pbgdpl report`` and the exports, at a province holding the records of
three communes; an upper level's default is all units under it, a commune's its own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit" / "reports"))

from report_helpers import pdf_text  # noqa: E402

from tests.conftest import FIXED_NOW  # noqa: E402
from tests.scope_helpers import A, B, C, PROVINCE, open_province  # noqa: E402

pytestmark = pytest.mark.e2e


@pytest.fixture
def province(cli):
    data = open_province(cli.data_dir, lambda: FIXED_NOW)
    counts = {u: data.count(u) for u in (A, B, C, PROVINCE)}
    people = {u: data.participants(u) for u in (A, B, C, PROVINCE)}
    data.ws.close()
    cli.counts, cli.people = counts, people
    return cli


def test_exports_take_a_unit_or_all_units(province, tmp_path):
    c = province.counts
    everything = province.json("activities", "export", str(tmp_path / "all.json"))
    assert everything["records"] == sum(c.values())
    assert province.json("activities", "export", str(tmp_path / "all2.json"), "--all-units")["records"] == sum(c.values())
    one = province.json("activities", "export", str(tmp_path / "b.json"), "--unit", B)
    assert one["records"] == c[B] == len(json.loads((tmp_path / "b.json").read_text(encoding="utf-8")))
    assert province.json("activities", "export", str(tmp_path / "own.json"), "--unit", PROVINCE)["records"] == c[PROVINCE]
    assert province.json("roster", "export", str(tmp_path / "r.json"), "--unit", A)["records"] == 2
    assert province.json("roster", "export", str(tmp_path / "r-all.json"))["records"] == 3


def test_reports_take_a_unit_or_all_units(province, tmp_path):
    out = tmp_path / "summary.pdf"
    assert province.json("report", "summary", "--period", "2026", "--out", str(out))["units"] == "all"
    text = " ".join(pdf_text(out.read_bytes()))
    total_direct = sum(province.people.values()) - 200  # all but the contest's 200 came to direct sessions
    assert f"{total_direct:,}".replace(",", ".") in text and "0 lượt người tham dự" not in text
    one = tmp_path / "b.pdf"
    assert province.json("report", "summary", "--period", "2026", "--out", str(one), "--unit", B)["units"] == [B]
    assert "1 cuộc thi tìm hiểu pháp luật với 200 lượt người" in " ".join(pdf_text(one.read_bytes()))
    log = tmp_path / "log.pdf"
    assert province.json("report", "activity-log", "--period", "2026", "--out", str(log), "--all-units")["ok"]
    assert "Xã Đại Từ" in " ".join(pdf_text(log.read_bytes()))


def test_a_unit_not_under_me_is_refused(province, tmp_path):
    for args in (("report", "roster", "--period", "2026", "--out", str(tmp_path / "x.pdf")), ("activities", "export", str(tmp_path / "x.json"))):
        refused = province(*args, "--unit", "00004")
        assert refused.returncode == 1
        assert refused.stderr.startswith("E-UNIT-UNKNOWN"), refused.stderr
        assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.json").exists()
    both = province("activities", "export", str(tmp_path / "y.json"), "--unit", A, "--all-units")
    assert both.returncode != 0 and not (tmp_path / "y.json").exists()


def test_a_commune_has_no_unit_under_it(cli, tmp_path):
    assert cli("init", "--unit", A, "--officer", "Nguyễn Thị Hường").returncode == 0
    refused = cli("activities", "export", str(tmp_path / "x.json"), "--unit", B, "--json")
    assert refused.returncode == 1
    assert json.loads(refused.stdout or refused.stderr)["error"]["code"] == "E-UNIT-UNKNOWN"
    assert cli.json("activities", "export", str(tmp_path / "own.json"), "--unit", A)["records"] == 0


def test_status_counts_the_records_of_each_unit_under_me_with_names_and_the_total(province):
    from tests.scope_helpers import NAMES

    c = province.counts
    s = province.json("status")
    per_unit = {u["code"]: (u["name"], u["counts"]["activities"]["live"]) for u in s["units"]}
    assert per_unit == {u: (NAMES[u], c[u]) for u in (A, B, C, PROVINCE)}
    assert s["units"][0]["code"] == PROVINCE  # the own unit first
    assert s["units_total"]["activities"]["live"] == sum(c.values()) == s["counts"]["activities"]["live"]
    assert s["units_total"]["reporters"]["live"] == 3
    human = province("status").stdout
    assert f"{B} {NAMES[B]}: {c[B]} activities, 1 reporters" in human and f"total: {sum(c.values())} activities" in human
    one = province.json("status", "--unit", B)
    assert [(u["code"], u["counts"]["activities"]["live"]) for u in one["units"]] == [(B, c[B])]
    assert one["units_total"]["activities"]["live"] == c[B]
    assert province.json("status", "--all-units")["units_total"] == s["units_total"]
    refused = province("status", "--unit", "00004")
    assert refused.returncode == 1 and refused.stderr.startswith("E-UNIT-UNKNOWN")
