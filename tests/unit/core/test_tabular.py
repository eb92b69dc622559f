"""Header matching and cell parsing of spreadsheet imports (pure functions, no files)."""

import json
import unicodedata
from datetime import date, datetime

import pytest

from app.core.tabular import (
    CellError,
    HeaderTable,
    header_key,
    is_number_row,
    locate_header,
    parse_date,
    parse_int,
    split_list,
)
from app.core.tabular_rows import RowContext, build_activity, build_reporter, format_training
from app.paths import resource_path
from app.services.catalogs import load_catalogs

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def headers():
    data = json.loads(resource_path("catalogs", "import_headers.json").read_text(encoding="utf-8"))
    return {kind: HeaderTable.from_data(data, kind) for kind in ("activities", "reporters")}


def test_header_catalog_is_versioned_and_no_alias_names_two_fields():
    data = json.loads(resource_path("catalogs", "import_headers.json").read_text(encoding="utf-8"))
    assert data["catalog"] == "import_headers" and data["version"] and data["source"]
    for kind, spec in data["tables"].items():
        owner = {}
        for name, aliases in spec["fields"].items():
            for alias in aliases:
                key = header_key(alias)
                assert owner.setdefault(key, name) == name, f"{kind}: '{alias}' names {owner[key]} and {name}"


@pytest.mark.parametrize(
    "text, field",
    [
        ("Ngày", "date"), ("NGAY", "date"), ("ngày tháng", "date"), ("Thời gian", "date"),
        ("Noi dung", "title"), ("Tên hoạt động", "title"), ("Luật/chủ đề", "topics"), ("Luật, chủ đề", "topics"),
        ("Số lượt người tham dự (Lượt người)", "participants"), ("Số người tham dự", "participants"),
        ("Trong đó: nữ", "women"), ("Số tài liệu (bản)", "materials"), ("Kinh phí (đồng)", "cost"),
        ("Người thực hiện", "reporters"), ("  Ghi\u00a0chú ", "notes"), ("Mã", "id"),
        (unicodedata.normalize("NFD", "Địa điểm"), "place"),
    ],
)  # fmt: skip
def test_activity_headers_match_without_accents_case_or_units(headers, text, field):
    assert headers["activities"].match(text) == field


def test_unknown_headers_do_not_match(headers):
    assert headers["activities"].match("Kết quả đạt được") is None
    assert headers["activities"].match("Chữ ký") is None
    assert headers["reporters"].match("Họ và tên") == "full_name"
    assert headers["reporters"].match("Số/ngày quyết định công nhận") == "recognition"


def test_header_found_under_title_rows_with_a_merged_two_level_header(headers):
    rows = [
        ["SỔ THEO DÕI HOẠT ĐỘNG PBGDPL NĂM 2026"],
        [],
        ["STT", "Ngay", "Noi dung", "Số người tham dự (Lượt người)", None, None, "Ghi chú"],
        [None, None, None, "Tổng số", "Trong đó nữ", "DTTS", None],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
    ]
    layout = locate_header(rows, headers["activities"])
    assert layout.row == 3
    assert layout.columns == {1: "date", 2: "title", 3: "participants", 4: "women", 5: "ethnic_minority", 6: "notes"}
    assert layout.titles[1] == "Ngay"


def test_no_header_when_a_required_column_is_missing(headers):
    assert locate_header([["Họ và tên", "Ghi chú"], ["A", "B"]], headers["activities"]) is None
    assert headers["activities"].missing({"date"}) == ["Nội dung / Luật/chủ đề"]


def test_column_number_rows_are_recognised_but_data_rows_are_not():
    assert is_number_row([1, 2, 3, 4])
    assert is_number_row(["(1)", "(2)", None, "(4)"])
    assert is_number_row(["A", "1", "2"])
    assert not is_number_row([1, "05/03/2026", "Hội nghị"])
    assert not is_number_row([1, None])


@pytest.mark.parametrize(
    "value, expected",
    [
        ("05/03/2026", date(2026, 3, 5)), ("5/3/26", date(2026, 3, 5)), ("05-03-2026", date(2026, 3, 5)),
        ("05.03.2026", date(2026, 3, 5)), ("2026-03-05", date(2026, 3, 5)), ("2026-03-05 00:00:00", date(2026, 3, 5)),
        ("ngày 5 tháng 3 năm 2026", date(2026, 3, 5)), (46086, date(2026, 3, 5)), (46086.0, date(2026, 3, 5)),
        (datetime(2026, 3, 5, 14, 0), date(2026, 3, 5)), (date(2026, 3, 5), date(2026, 3, 5)), ("  ", None), (None, None),
        ("1/12/99", date(1999, 12, 1)),
    ],
)  # fmt: skip
def test_dates_in_every_form_officers_type(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["32/13/2026", "31/02/2026", "hôm qua", "2026", 12.5, True])
def test_bad_dates_raise_a_cell_error(value):
    with pytest.raises(CellError) as err:
        parse_date(value)
    assert err.value.code == "bad-date"


def test_year_only_dates_for_birth_years():
    assert parse_date("1975", year_only=True) == date(1975, 1, 1)
    assert parse_date(1975, year_only=True) == date(1975, 1, 1)
    assert parse_date("3/1975", year_only=True) == date(1975, 3, 1)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("1.500.000", 1_500_000), ("1,500,000", 1_500_000), ("1.500.000 đ", 1_500_000), ("1 500 000đ", 1_500_000),
        ("2.500.000 VNĐ", 2_500_000), ("1500", 1500), (1500, 1500), (1500.0, 1500), ("-500.000", -500_000),
        ("", 0), (None, 0), ("-", 0), ("120.0", 120), ("1.200", 1200),
    ],
)  # fmt: skip
def test_whole_numbers_with_vietnamese_thousands_separators(value, expected):
    assert parse_int(value) == expected


@pytest.mark.parametrize("value", ["1,5", "12.5", 12.5, "mười", "1.50.000"])
def test_numbers_that_are_not_whole_raise(value):
    with pytest.raises(CellError):
        parse_int(value)


def test_lists_split_on_semicolons_newlines_and_commas_before_a_capital():
    assert split_list("Luật Đất đai; Luật Nhà ở\nLuật Cư trú") == ["Luật Đất đai", "Luật Nhà ở", "Luật Cư trú"]
    assert split_list("Luật Đất đai, Luật Hôn nhân và gia đình") == ["Luật Đất đai", "Luật Hôn nhân và gia đình"]
    assert split_list("Luật Phòng, chống ma túy") == ["Luật Phòng, chống ma túy"]
    assert split_list("Luật A, Luật B", commas=False) == ["Luật A, Luật B"]
    assert split_list(None) == [] and split_list(" ; ") == []


def _ctx(names=None):
    return RowContext(load_catalogs(), TODAY, names or {}, {"date": "Ngày", "forms": "Hình thức"})


def test_activity_row_is_parsed_into_codes_and_numbers():
    cells = {
        "date": "05/03/2026", "title": "  Tuyên truyền\u00a0Luật Đất đai ", "forms": "Hội nghị; tờ gấp",
        "topics": "Luật Đất đai, Luật Nhà ở", "target_groups": "Nhân dân; Hòa giải viên", "participants": "1.200",
        "women": 600, "cost": "1.500.000 đ", "reporters": "nguyen thi huong",
    }  # fmt: skip
    r = build_activity(7, cells, {"date": "Ngay"}, _ctx({"nguyen thi huong": ["r1"]}))
    a = r.record
    assert r.problems == [] and not r.explicit_id
    assert a.title == "Tuyên truyền Luật Đất đai" and a.date == date(2026, 3, 5)
    assert a.forms == ["TRUC_TIEP", "TAI_LIEU"] and a.topics == ["Luật Đất đai", "Luật Nhà ở"]
    assert a.target_groups == ["NHAN_DAN"] and a.extra_groups == ["Hòa giải viên"]
    assert (a.participants, a.women, a.cost, a.reporter_ids) == (1200, 600, 1_500_000, ["r1"])


def test_activity_row_problems_name_the_row_and_the_files_column():
    cells = {"date": "hôm qua", "title": "X", "forms": "Múa rối", "participants": 10, "women": 12, "cost": "-5", "reporters": "Ai Đó"}
    titles = {"date": "Ngay", "forms": "Hình thức", "women": "Trong đó nữ", "cost": "Kinh phí (đồng)", "reporters": "Báo cáo viên"}
    r = build_activity(12, cells, titles, _ctx())
    found = {(p.row, p.column, p.code) for p in r.problems}
    assert found == {
        (12, "Ngay", "bad-date"), (12, "Hình thức", "unknown-form"), (12, "Trong đó nữ", "exceeds-participants"),
        (12, "Kinh phí (đồng)", "negative"), (12, "Báo cáo viên", "unknown-reporter"),
    }  # fmt: skip


def test_activity_id_must_be_a_uuid():
    r = build_activity(3, {"id": "abc", "date": "01/01/2026", "title": "X", "forms": "Hội nghị"}, {"id": "Mã"}, _ctx())
    assert [(p.column, p.code) for p in r.problems] == [("Mã", "bad-id")]
    good = "0b0f7c3e-8c1a-4c55-9d8e-6f3a2b1c0d9e"
    r = build_activity(3, {"id": good.upper(), "date": "01/01/2026", "title": "X", "forms": "Hội nghị"}, {}, _ctx())
    assert r.record.id == good and r.explicit_id


def test_reporter_row_reads_kind_gender_decisions_and_trainings():
    cells = {
        "full_name": "Nguyễn  Thị Hường", "kind": "Báo cáo viên", "gender": "Nữ", "birth_date": "1980",
        "phone": 912345678, "recognition": "12/QĐ-UBND ngày 05/03/2024",
        "trainings": "Tập huấn Luật Đất đai (10/04/2025, Sở Tư pháp); Bồi dưỡng kỹ năng",
        "dismissal": "30/QĐ-UBND, 01/06/2026", "dismissal_ground": "Tự nguyện xin thôi vì sức khỏe",
    }  # fmt: skip
    r = build_reporter(4, cells, {}, _ctx())
    p = r.record
    assert r.problems == []
    assert (p.full_name, p.kind, p.gender, p.birth_date, p.phone) == ("Nguyễn Thị Hường", "bcv", "nu", date(1980, 1, 1), "0912345678")
    assert (p.recognition.number, p.recognition.date) == ("12/QĐ-UBND", date(2024, 3, 5))
    assert (p.dismissal.number, p.dismissal.date, p.dismissal_ground) == ("30/QĐ-UBND", date(2026, 6, 1), "TU_NGUYEN")
    assert p.dismissal_reason == "Tự nguyện xin thôi vì sức khỏe"
    assert [format_training(t) for t in p.trainings] == ["Tập huấn Luật Đất đai (10/04/2025, Sở Tư pháp)", "Bồi dưỡng kỹ năng"]


def test_reporter_row_problems():
    cells = {"full_name": "", "kind": "Trưởng thôn", "gender": "?", "dismissal_ground": "không rõ", "dismissal": "5/QĐ 01/01/2026"}
    r = build_reporter(9, cells, {"kind": "Loại", "gender": "Giới tính", "dismissal_ground": "Lý do"}, _ctx())
    codes = {(p.column, p.code) for p in r.problems}
    assert ("Loại", "unknown-kind") in codes and ("Giới tính", "unknown-gender") in codes
    assert ("Lý do", "unknown-ground") in codes and ("full_name", "required") in codes
    assert not any(p.code == "required" and p.column == "Lý do" for p in r.problems)
