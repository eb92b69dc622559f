"""The shipped catalogs are well-formed, versioned, and matched without accents."""

import json

import pytest

from app.paths import resource_path
from app.services.catalogs import CATALOG_FILES, load_catalogs


@pytest.mark.parametrize("name", CATALOG_FILES)
def test_catalog_files_have_version_source_and_unique_codes(name):
    data = json.loads(resource_path("catalogs", f"{name}.json").read_text(encoding="utf-8"))
    assert data["catalog"] == name and data["version"] and data["source"]
    codes = [e["code"] for e in data["entries"]]
    assert len(codes) == len(set(codes)) and codes


def test_match_by_name_alias_or_code_ignoring_accents():
    c = load_catalogs()
    assert c.forms.match("Tuyen truyen mieng").code == "TRUC_TIEP"
    assert c.forms.match("loa truyền thanh").code == "LOA"
    assert c.forms.match("thi_tim_hieu").code == "THI"
    assert c.forms.match("TAP_HUAN").code == "TAP_HUAN"
    assert c.target_groups.match("Đồng bào dân tộc thiểu số").code == "DTTS_VUNG_KHO"
    assert c.target_groups.match("hội viên phụ nữ").code == "PHU_NU"
    assert c.forms.match("xyz qwe") is None


def test_law_groups_of_articles_17_to_22_are_priority():
    groups = load_catalogs().target_groups
    priority = {e.get("law_item") for e in groups.entries if e.get("priority")}
    assert {"Điều 17", "Điều 18", "Điều 19", "Điều 20", "Điều 21", "Điều 22"} <= priority
