"""Unit names are composed once from the catalog's type and name: every type, no doubled prefix."""

from __future__ import annotations

import pytest

from app.core.unit_names import bare_name, in_sentence, unit_name


@pytest.mark.parametrize(
    ("division_type", "name", "full", "lower", "place"),
    [
        ("tỉnh", "Thái Nguyên", "Tỉnh Thái Nguyên", "tỉnh Thái Nguyên", "Thái Nguyên"),
        ("thành phố trung ương", "Thành phố Hà Nội", "Thành phố Hà Nội", "thành phố Hà Nội", "Hà Nội"),
        ("thành phố trực thuộc trung ương", "Hà Nội", "Thành phố Hà Nội", "thành phố Hà Nội", "Hà Nội"),
        ("thành phố trung ương", "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("xã", "Xã Tân Kỳ", "Xã Tân Kỳ", "xã Tân Kỳ", "Tân Kỳ"),
        ("xã", "Xã  Xuân Giang", "Xã Xuân Giang", "xã Xuân Giang", "Xuân Giang"),
        ("phường", "Phường Hoàn Kiếm", "Phường Hoàn Kiếm", "phường Hoàn Kiếm", "Hoàn Kiếm"),
        ("phường", "Phường 12", "Phường 12", "phường 12", "Phường 12"),
        ("đặc khu", "Đặc khu Vân Đồn", "Đặc khu Vân Đồn", "đặc khu Vân Đồn", "Vân Đồn"),
        ("huyện", "Phòng Tư pháp huyện Đại Từ", "Huyện Đại Từ", "huyện Đại Từ", "Đại Từ"),
        ("", "Thành phố Thành phố Hà Nội", "Thành phố Hà Nội", "thành phố Hà Nội", "Hà Nội"),  # a name stored by an old version
    ],
)
def test_each_form_of_a_name(division_type, name, full, lower, place):
    composed = unit_name(division_type, name)
    assert (composed.full, composed.lower, composed.place) == (full, lower, place)
    assert composed.upper == lower.upper()


def test_every_unit_of_the_catalog_composes_once():
    from app.services.units import all_units

    types = set()
    for unit in all_units().values():
        types.add(unit.division_type)
        composed = unit_name(unit.division_type, unit.name)
        assert composed.full == unit.name, unit
        words = unit.name.lower().split()
        assert words[:2] != words[2:4] and words[0] != words[1], unit  # never "Thành phố Thành phố", "Xã Xã"
        assert composed.lower == in_sentence(unit.name)
        assert bare_name(unit.name) and not bare_name(unit.name).lower().startswith(("xã ", "phường ", "tỉnh ", "thành phố "))
    assert types == {"tỉnh", "thành phố trung ương", "xã", "phường", "đặc khu"}


def test_the_wizard_lists_the_six_cities_once_named():
    from app.services.units import provinces

    names = [u.name for u in provinces()]
    assert "Thành phố Hà Nội" in names and "Tỉnh Thái Nguyên" in names
    assert sum(n.startswith("Thành phố ") for n in names) == 6
    assert not any("Thành phố Thành phố" in n for n in names)
