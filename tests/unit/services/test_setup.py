"""Setting up an installation for one unit."""

import pytest

from app.core.errors import AlreadyInitialisedError, NotInitialisedError, OfficerChangeError, UnknownUnitError, UsageError
from app.paths import AppPaths
from app.services.setup import initialise, set_officer, status
from app.services.units import communes_of, find_unit, require_unit, search_units
from app.services.workspace import Workspace


@pytest.fixture
def blank(data_dir, fixed_clock):
    ws = Workspace.open(AppPaths(data_dir), clock=fixed_clock)
    yield ws
    ws.close()


def test_catalog_has_the_2025_units():
    assert find_unit("5443").name == "Phường Phan Đình Phùng"
    assert find_unit("19").name == "Tỉnh Thái Nguyên"
    assert len(communes_of("19")) == 92
    assert search_units("phan dinh phung")[0].code == "05443"


def test_unknown_code_is_refused_with_suggestions():
    with pytest.raises(UnknownUnitError) as err:
        require_unit("05444")
    assert err.value.code == "E-UNIT-UNKNOWN"
    assert err.value.details["suggestions"], "a near code should be suggested"
    with pytest.raises(UnknownUnitError):
        require_unit("19", "commune")  # a province code is not a commune


def test_initialise_commune(blank):
    unit = initialise(blank, "5443", "  Nguyễn  Thị Hường ")
    s = status(blank)
    assert (s["unit_code"], s["level"], s["mode"], s["officer"]) == ("05443", "commune", "commune", "Nguyễn Thị Hường")
    assert unit.province_code == "19"
    assert s["counts"]["audit_log"]["live"] == 1


def test_initialise_province_and_district_by_hand(data_dir, fixed_clock, tmp_path):
    ws = Workspace.open(AppPaths(tmp_path / "p"), clock=fixed_clock)
    assert initialise(ws, "19", "Lê Văn Tâm", level="province").name == "Tỉnh Thái Nguyên"
    ws.close()
    ws = Workspace.open(AppPaths(tmp_path / "d"), clock=fixed_clock)
    with pytest.raises(UsageError):
        initialise(ws, "H01", "Lê Văn Tâm", level="district")
    with pytest.raises(UsageError):  # no parent province
        initialise(ws, "H01", "Lê Văn Tâm", level="district", unit_name="Phòng Tư pháp huyện X")
    with pytest.raises(UsageError):  # a commune of another province (00004: Hà Nội)
        initialise(ws, "H01", "Lê Văn Tâm", level="district", unit_name="Phòng Tư pháp huyện X", province="19", communes=["00004"])
    unit = initialise(ws, "H01", "Lê Văn Tâm", level="district", unit_name="Phòng Tư pháp huyện X", province="19", communes=["05830", "5443"])
    assert (unit.level, unit.province_code) == ("district", "19")
    from app.services import expected_units

    assert sorted(u.code for u in expected_units.list_units(ws)) == ["05443", "05830"]
    ws.close()


def test_second_initialise_for_another_unit_is_refused(blank):
    initialise(blank, "5443", "Nguyễn Thị Hường")
    with pytest.raises(AlreadyInitialisedError):
        initialise(blank, "5455", "Ai đó")
    assert status(blank)["unit_code"] == "05443"
    with pytest.raises(OfficerChangeError):  # same unit, another officer: a hand-over is said, not done silently
        initialise(blank, "5443", "Trần Văn Mới")
    assert status(blank)["officer"] == "Nguyễn Thị Hường"
    initialise(blank, "5443", "Trần Văn Mới", officer_change=True)  # same unit: only the officer changes
    assert status(blank)["officer"] == "Trần Văn Mới"


def test_officer_name_and_title_are_edited_and_audited(blank):
    initialise(blank, "5443", "Nguyễn Thị Hường", officer_title="Công chức Tư pháp")
    set_officer(blank, " Nguyễn Thị  Hường ", "Công chức Tư pháp - Hộ tịch")
    assert (blank.settings["officer"], blank.settings["officer_title"]) == ("Nguyễn Thị Hường", "Công chức Tư pháp - Hộ tịch")
    assert status(blank)["counts"]["audit_log"]["live"] == 2
    set_officer(blank, "Nguyễn Thị Hường", "Công chức Tư pháp - Hộ tịch")  # no change, no audit line
    assert status(blank)["counts"]["audit_log"]["live"] == 2
    with pytest.raises(UsageError):
        set_officer(blank, "  ", "x")


def test_writing_before_set_up_is_refused(blank):
    with pytest.raises(NotInitialisedError):
        blank.write_context()


def test_a_commune_is_found_by_name_in_every_province_or_in_one():
    from app.services.units import find_communes

    everywhere = find_communes("tan ky")
    assert ("02104", "19") in {(u.code, u.province_code) for u in everywhere} and len({u.province_code for u in everywhere}) > 1
    assert {u.province_code for u in find_communes("tân kỳ", "19")} == {"19"}
    assert [u.code for u in find_communes("02104")] == ["02104"]
    assert find_communes("") == [] and find_communes("khong co xa nao") == []
