"""Tests for app.core.legacy: TCVN3/VNI/VIQR decoding, detection per cell and per column, fix_cell."""

from __future__ import annotations

import unicodedata

import pytest

from app.core import legacy_tables
from app.core.legacy import (
    CellKind,
    Conversion,
    Encoding,
    classify_cell,
    decode_tcvn3,
    decode_viqr,
    decode_vni,
    fix_cell,
    font_encoding,
    is_capitals_font,
    repair_name_capitals,
    tally_column,
    to_unicode,
)
from tests.helpers_legacy import detect_cell, detect_column, encode_tcvn3, encode_vni

# Reference legacy-encodings.md, section 6.1 (strings as openpyxl returns them; expected values NFC).
TCVN3_CASES = [
    ("Ph\xe6 bi\xd5n, gi\xb8o d\xf4c ph\xb8p lu\xcbt", "Phổ biến, giáo dục pháp luật"),
    ("\xf1y ban nh\xa9n d\xa9n x\xb7 \xa7\xb9i Ph\xf3c", "ủy ban nhân dân xã Đại Phúc"),
    ("Tuy\xaan truy\xd2n vi\xaan ph\xb8p lu\xcbt", "Tuyên truyền viên pháp luật"),
    ("Nguy\xd4n Th\xde H\xad\xeang", "Nguyễn Thị Hường"),
    ("H\xdfa gi\xb6i \xeb c\xac s\xeb", "Hòa giải ở cơ sở"),
    ("C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c", "Độc lập - Tự do - Hạnh phúc"),
    ("B\xb8o c\xb8o vi\xaan ph\xb8p lu\xcbt c\xcap huy\xd6n", "Báo cáo viên pháp luật cấp huyện"),
    ("S\xeb T\xad ph\xb8p t\xd8nh Th\xb8i Nguy\xaan", "Sở Tư pháp tỉnh Thái Nguyên"),
    ("Tr\xad\xeang Trung h\xe4c c\xac s\xeb L\xad\xacng Th\xd5 Vinh", "Trường Trung học cơ sở Lương Thế Vinh"),
]
TCVN3_EXTRA = [  # (legacy, font, expected)
    ("U\xfb ban nh\xa9n d\xa9n x\xb7 \xa7\xb9i Ph\xf3c", ".VnTime", "Uỷ ban nhân dân xã Đại Phúc"),
    ("\xf1Y BAN NH\xa9N D\xa9N X\xb7 \xa7\xb9I PH\xf3C", ".VnTimeH", "ỦY BAN NHÂN DÂN XÃ ĐẠI PHÚC"),
    ("c\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca vi\xd6t nam", ".VnTimeH", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Nguy\xd4n Th\xde \xb8nh Li\xaan", "VnTime", "Nguyễn Thị ánh Liên"),
    ("H\xa7ND x\xb7", None, "HĐND xã"),
]
# Section 6.2.
VNI_CASES = [
    ("Pho\xe5 bie\xe1n, gia\xf9o du\xefc pha\xf9p lua\xe4t", "Phổ biến, giáo dục pháp luật"),
    ("U\xdby ban nha\xe2n da\xe2n xa\xf5 \xd1a\xefi Phu\xf9c", "Ủy ban nhân dân xã Đại Phúc"),
    ("Tuye\xe2n truye\xe0n vie\xe2n pha\xf9p lua\xe4t", "Tuyên truyền viên pháp luật"),
    ("Nguye\xe3n Th\xf2 H\xf6\xf4\xf8ng", "Nguyễn Thị Hường"),
    ("Ho\xf8a gia\xfbi \xf4\xfb c\xf4 s\xf4\xfb", "Hòa giải ở cơ sở"),
    ("Co\xe4ng ho\xf8a xa\xf5 ho\xe4i chu\xfb ngh\xf3a Vie\xe4t Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("\xd1o\xe4c la\xe4p - T\xf6\xef do - Ha\xefnh phu\xf9c", "Độc lập - Tự do - Hạnh phúc"),
    ("Ba\xf9o ca\xf9o vie\xe2n pha\xf9p lua\xe4t ca\xe1p huye\xe4n", "Báo cáo viên pháp luật cấp huyện"),
    ("S\xf4\xfb T\xf6 pha\xf9p t\xe6nh Tha\xf9i Nguye\xe2n", "Sở Tư pháp tỉnh Thái Nguyên"),
    (
        "Tr\xf6\xf4\xf8ng Trung ho\xefc c\xf4 s\xf4\xfb L\xf6\xf4ng The\xe1 Vinh",
        "Trường Trung học cơ sở Lương Thế Vinh",
    ),
]
VNI_EXTRA = [
    ("H\xd6\xd4\xd8NG", "HƯỜNG"),
    ("Nguye\xc3n", "Nguyễn"),
    ("NGUYE\xe3N", "NGUYỄN"),
    ("\xd1a\xe9k La\xe9k", "Đắk Lắk"),
]
# Section 6.3.
VIQR_CASES = [
    ("Pho^? bie^'n, gia'o du.c pha'p lua^.t", "Phổ biến, giáo dục pháp luật"),
    ("U?y ban nha^n da^n xa~ DDa.i Phu'c", "Ủy ban nhân dân xã Đại Phúc"),
    ("Tuye^n truye^`n vie^n pha'p lua^.t", "Tuyên truyền viên pháp luật"),
    ("Nguye^~n Thi. Hu+o+`ng", "Nguyễn Thị Hường"),
    ("Ho`a gia?i o+? co+ so+?", "Hòa giải ở cơ sở"),
    ("Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("DDo^.c la^.p - Tu+. do - Ha.nh phu'c", "Độc lập - Tự do - Hạnh phúc"),
    ("Ba'o ca'o vie^n pha'p lua^.t ca^'p huye^.n", "Báo cáo viên pháp luật cấp huyện"),
    ("So+? Tu+ pha'p ti?nh Tha'i Nguye^n", "Sở Tư pháp tỉnh Thái Nguyên"),
    ("Tru+o+`ng Trung ho.c co+ so+? Lu+o+ng The^' Vinh", "Trường Trung học cơ sở Lương Thế Vinh"),
]
# Section 6.4: per-cell action before any column verdict.
DETECT_CASES = [
    ("Ph\xb8p lu\xcbt", None, "tcvn3"), ("Phaùp luaät", None, "vni"), ("Pháp luật", None, "keep"),
    ("Nguy\xd4n Th\xde H\xad\xeang", None, "tcvn3"), ("Nguyeãn Thò Höôøng", None, "vni"),
    ("Nhieät ñoä 25°C", None, "vni"), ("Nhi\xd6t \xae\xe9 25°C", None, "tcvn3"), ("H\xa7ND x\xb7", None, "tcvn3"),
    ("Hoàng Anh", None, "ambiguous"), ("Hoàng Anh", "VNI-Times", "vni"), ("Hoàng Anh", "Times New Roman", "ambiguous"),
    ("Cá", None, "ambiguous"), ("Tô Lâm", None, "ambiguous"), ("Phan TuÊn Anh", None, "ambiguous"),
    ("Phan TuÊn Anh", "VnTime", "tcvn3"), ("Hà Nội", ".VnTime", "keep"),
    ("Café", None, "keep"), ("© 2020", None, "keep"), ("§ 3", None, "keep"), ("25°C", None, "keep"),
    ("Müller", None, "keep+list"), ("naïve", None, "keep+list"),
    ("Où est la gare", None, "vni-needs-corroboration"),
]  # fmt: skip
DETECT_EXPECTED = {  # action -> (detect_cell result, classify_cell kind, fix_cell needs_review)
    "tcvn3": (Encoding.TCVN3, {CellKind.CONTENT, CellKind.FONT}, False),
    "vni": (Encoding.VNI, {CellKind.CONTENT, CellKind.FONT}, False),
    "keep": (Encoding.UNICODE, {CellKind.UNICODE, CellKind.PLAIN}, None),
    "keep+list": (Encoding.UNSURE, {CellKind.SUSPECT}, True),
    "ambiguous": (Encoding.UNSURE, {CellKind.AMBIGUOUS}, True),
    "vni-needs-corroboration": (Encoding.UNSURE, {CellKind.WEAK}, True),
}
DECODED = {  # what the converting cases of DETECT_CASES must become
    "Ph\xb8p lu\xcbt": "Pháp luật",
    "Phaùp luaät": "Pháp luật",
    "Nguy\xd4n Th\xde H\xad\xeang": "Nguyễn Thị Hường",
    "Nguyeãn Thò Höôøng": "Nguyễn Thị Hường",
    "Nhieät ñoä 25°C": "Nhiệt độ 25°C",
    "Nhi\xd6t \xae\xe9 25°C": "Nhiệt độ 25°C",
    "H\xa7ND x\xb7": "HĐND xã",
    "Hoàng Anh": "Hồng Anh",
    "Phan TuÊn Anh": "Phan Tuấn Anh",
}
UNICODE_TEXTS = [
    "Nguyễn Thị Hường",
    "Phổ biến, giáo dục pháp luật",
    "Ủy ban nhân dân xã Đại Phúc",
    "Độc lập - Tự do - Hạnh phúc",
    "Thái Nguyên",
    "Hà Nội",
]
ASCII_TEXTS = ["", "Tran Van A", "UBND", "Why?", "e.g. Block A(2)", "0912 345 678", "Ha Noi, 2020"]


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


# --- tables ---------------------------------------------------------------------------------------------------


def test_tables_have_the_reference_sizes():
    assert len(legacy_tables.TCVN3_TO_UNICODE) == 74
    assert len(legacy_tables.VNI_PAIRS) == 116
    assert len(legacy_tables.VNI_SINGLE) == 18
    assert len(set(legacy_tables.VNI_PAIRS.values()) | set(legacy_tables.VNI_SINGLE.values())) == 134
    # VNI letters never use U+00A1-U+00BF (reference 0.5).
    used = {c for k in legacy_tables.VNI_PAIRS for c in k} | set(legacy_tables.VNI_SINGLE)
    assert not any("\xa1" <= c <= "\xbf" for c in used)


@pytest.mark.parametrize(
    ("legacy", "expected"),
    [("\xb8", "á"), ("\xb5", "à"), ("\xeb", "ở"), ("\xec", "ỡ"), ("\xcb", "ậ"), ("\xc8", "ẩ"), ("\xad", "ư")],
)
def test_tcvn3_letters_that_public_tables_get_wrong(legacy, expected):
    assert decode_tcvn3(legacy) == expected


@pytest.mark.parametrize(("legacy", "expected"), [("y\xfb", "ỷ"), ("y\xf5", "ỹ"), ("Y\xdb", "Ỷ"), ("Y\xd5", "Ỹ")])
def test_vni_y_with_hook_and_tilde(legacy, expected):
    assert decode_vni(legacy) == expected


# --- round trips (section 6.1 / 6.2 / 6.3) -------------------------------------------------------------------


@pytest.mark.parametrize(("legacy", "expected"), TCVN3_CASES)
def test_tcvn3_round_trip(legacy, expected):
    assert decode_tcvn3(legacy) == expected
    assert encode_tcvn3(expected) == legacy
    assert to_unicode(legacy, Encoding.TCVN3) == expected


@pytest.mark.parametrize(("legacy", "expected"), TCVN3_CASES)
@pytest.mark.parametrize("font", [".VnTime", None])
def test_fix_cell_tcvn3_with_and_without_font(legacy, expected, font):
    result = fix_cell(legacy, font)
    assert result == Conversion(Encoding.TCVN3, legacy, expected, result.reason, False)
    assert result.reason == ("by font" if font else "by content")


@pytest.mark.parametrize(("legacy", "font", "expected"), TCVN3_EXTRA)
def test_fix_cell_tcvn3_extra(legacy, font, expected):
    result = fix_cell(legacy, font)
    assert result.encoding is Encoding.TCVN3
    assert result.converted == expected


def test_capitals_font_upper_cases_after_decoding():
    assert decode_tcvn3("\xdf", capitals=True) == "Ò"  # not "SS", which 'ß'.upper() would give
    assert decode_tcvn3("danh s\xb8ch nh\xa9n vi\xaan", capitals=True) == "DANH SÁCH NHÂN VIÊN"


def test_encode_tcvn3_capital_with_tone_reads_back_lower_case():
    assert encode_tcvn3("Ủy") == "\xf1y"
    assert decode_tcvn3(encode_tcvn3("Ủy")) == "ủy"


@pytest.mark.parametrize(("legacy", "expected"), VNI_CASES)
def test_vni_round_trip(legacy, expected):
    assert decode_vni(legacy) == expected
    assert encode_vni(expected) == legacy
    assert to_unicode(legacy, Encoding.VNI) == expected


@pytest.mark.parametrize(("legacy", "expected"), VNI_CASES)
@pytest.mark.parametrize("font", ["VNI-Times", None])
def test_fix_cell_vni_with_and_without_font(legacy, expected, font):
    result = fix_cell(legacy, font)
    assert result == Conversion(Encoding.VNI, legacy, expected, result.reason, False)
    assert result.reason == ("by font" if font else "by content")


@pytest.mark.parametrize(("legacy", "expected"), VNI_EXTRA)
def test_vni_decoder_behaviour(legacy, expected):
    assert decode_vni(legacy) == expected


def test_vni_mixed_case_marks_only_in_tolerant_mode_and_reported():
    assert decode_vni("Nguye\xc3n", tolerant=False) == "Nguye\xc3n"
    assert decode_vni("NGUYE\xe3N", tolerant=False) == "NGUYE\xe3N"
    result = fix_cell("Nguye\xc3n", "VNI-Times")
    assert (result.converted, result.needs_review) == ("Nguyễn", True)
    assert "mixed-case" in result.reason


def test_vni_pairs_are_read_before_single_bytes():
    assert decode_vni("\xf4\xf8") == "ờ"
    assert decode_vni("\xf4") == "ơ"
    assert decode_vni("\xf4 \xf8") == "ơ \xf8"  # an orphan mark stays as it is


@pytest.mark.parametrize(("viqr", "expected"), VIQR_CASES)
def test_viqr(viqr, expected):
    assert decode_viqr(viqr) == expected
    assert to_unicode(viqr, Encoding.VIQR) == expected


def test_viqr_escape_and_dd_variants():
    assert decode_viqr("ddo+`i\\.") == "đời."
    assert decode_viqr("Dda.i") == "Đại"


def test_viqr_is_never_detected():
    assert detect_cell("Why?") is Encoding.ASCII
    assert fix_cell("Nguye^~n Thi. Hu+o+`ng").converted == "Nguye^~n Thi. Hu+o+`ng"
    assert fix_cell("Nguye^~n Thi. Hu+o+`ng", column_verdict=Encoding.VIQR).converted == "Nguyễn Thị Hường"


# --- detection (section 6.4) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "font", "action"), DETECT_CASES)
def test_detect_cases(text, font, action):
    encoding, kinds, review = DETECT_EXPECTED[action]
    assert detect_cell(text, font) is encoding
    assert classify_cell(text, font).kind in kinds
    result = fix_cell(text, font)
    if action in ("tcvn3", "vni"):
        assert result.converted == DECODED[text]
        assert result.encoding is encoding
    else:
        assert result.converted == text
    if review is not None:
        assert result.needs_review is review


def test_weak_cell_remembers_its_only_clean_reading():
    det = classify_cell("Où est la gare")
    assert (det.kind, det.proposal, det.clean) == (CellKind.WEAK, Encoding.VNI, (Encoding.VNI,))
    assert fix_cell("Où est la gare", column_verdict=Encoding.VNI).converted == "Ó est la gare"
    assert fix_cell("Où est la gare", column_verdict=Encoding.UNICODE).converted == "Où est la gare"


@pytest.mark.parametrize("text", ["Société Générale", "résumé", "José", "Bogotá", "® Microsoft", "½ ngày", "x² + y³"])
def test_foreign_text_and_symbols_are_left_alone(text):
    result = fix_cell(text)
    assert (result.converted, result.encoding, result.needs_review) == (text, Encoding.UNICODE, False)


@pytest.mark.parametrize("text", ["Straße", "Zürich", "Noël", "Ñandú", "5 µg", "Coâng ty ABC®"])
def test_undecodable_legacy_looking_text_is_left_and_listed(text):
    result = fix_cell(text)
    assert (result.converted, result.encoding, result.needs_review) == (text, Encoding.UNSURE, True)


def test_unicode_text_in_a_legacy_font_is_kept_and_noted():
    result = fix_cell("Hà Nội", ".VnTime")
    assert (result.encoding, result.converted, result.needs_review) == (Encoding.UNICODE, "Hà Nội", True)


def test_unicode_cell_with_tcvn3_signs_is_kept_and_flagged():
    # reference 8: a cp1258-decoded TCVN3 cell would look like this; report it, do not guess
    result = fix_cell("Nguy\u1ec5n Th\xde")
    assert (result.encoding, result.converted, result.needs_review) == (Encoding.UNICODE, "Nguyễn Th\xde", True)
    assert fix_cell("Công ty Phú Hưng").needs_review is False


def test_tcvn3_heading_without_font_is_upper_cased_and_reported():
    result = fix_cell("K\xd5 HO\xb9CH")
    assert (result.converted, result.needs_review) == ("KẾ HOẠCH", True)
    # with the normal font the text stays as typed
    assert fix_cell("K\xd5 HO\xb9CH", ".VnTime").converted == "Kế HOạCH"


def test_soft_hyphen_is_tcvn3_u_horn():
    assert fix_cell("T\xad ph\xb8p").converted == "Tư pháp"


@pytest.mark.parametrize(
    ("font", "encoding", "capitals"),
    [
        (".VnTime", Encoding.TCVN3, False),
        ("VnTime", Encoding.TCVN3, False),
        (".VnTimeH", Encoding.TCVN3, True),
        (".VnArial NarrowH", Encoding.TCVN3, True),
        (".VNTimeH", Encoding.TCVN3, True),
        ("VNI-Times", Encoding.VNI, False),
        ("Vni-Helve", Encoding.VNI, False),
        ("VniHelvetica", Encoding.VNI, False),
        ("Times New Roman", None, False),
        ("Calibri Light", None, False),
        (None, None, False),
    ],
)
def test_font_rules(font, encoding, capitals):
    assert font_encoding(font) is encoding
    assert is_capitals_font(font) is capitals


# --- unchanged text and NFC ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", UNICODE_TEXTS)
@pytest.mark.parametrize("font", [None, "Times New Roman"])
def test_unicode_vietnamese_stays_unchanged(text, font):
    assert detect_cell(text, font) is Encoding.UNICODE
    result = fix_cell(text, font)
    assert result == Conversion(Encoding.UNICODE, text, text, "", False)
    assert not result.changed


@pytest.mark.parametrize("text", ASCII_TEXTS)
def test_ascii_stays_unchanged(text):
    assert detect_cell(text) is Encoding.ASCII
    assert fix_cell(text, ".VnTime") == Conversion(Encoding.ASCII, text, text)


@pytest.mark.parametrize("text", UNICODE_TEXTS + ["Hoàng Anh", "Cá", "Tô Lâm", "Café"])
def test_nfd_input_comes_out_nfc(text):
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    assert detect_cell(nfd) is Encoding.UNICODE  # combining marks: only Unicode text has them
    result = fix_cell(nfd)
    assert result.converted == text
    assert is_nfc(result.converted)
    assert result.original == nfd
    assert to_unicode(nfd, Encoding.UNSURE) == text


@pytest.mark.parametrize("legacy", [c[0] for c in TCVN3_CASES + VNI_CASES])
def test_every_conversion_is_nfc(legacy):
    assert is_nfc(fix_cell(legacy).converted)


# --- columns (section 5.4) -----------------------------------------------------------------------------------


def test_tcvn3_name_column_settles_weak_and_ambiguous_cells():
    column = [
        "H\xe4 v\xb5 t\xaan",  # header
        "Nguy\xd4n Th\xde H\xad\xeang",
        "Tr\xdenh Anh Ph\xad\xacng",
        "L\xaa V\xa8n Th\xb8i",
        "Phan Thanh H\xb5",  # one word with diacritics: needs corroboration
        "Phan Tu\xcan Anh",  # also well-formed as Unicode "TuÊn": ambiguous
        "Tran Van A",
        "",
    ]
    assert detect_column(column) is Encoding.TCVN3
    fixed = [fix_cell(text, column_verdict=Encoding.TCVN3).converted for text in column]
    assert fixed == [
        "Họ và tên",
        "Nguyễn Thị Hường",
        "Trịnh Anh Phương",
        "Lê Văn Thái",
        "Phan Thanh Hà",
        "Phan Tuấn Anh",
        "Tran Van A",
        "",
    ]
    # without the verdict the two undecided cells are left and flagged
    alone = fix_cell("Phan Thanh H\xb5")
    assert (alone.converted, alone.encoding, alone.needs_review) == ("Phan Thanh H\xb5", Encoding.UNSURE, True)


def test_unicode_column_keeps_its_ambiguous_cells():
    column = ["Họ và tên", "Nguyễn Thị Hường", "Trần Văn Đức", "Tâm", "tú", "TC TOÁN", "Hoàng Anh", "Le Van B"]
    assert detect_column(column) is Encoding.UNICODE
    for text in column:
        result = fix_cell(text, column_verdict=Encoding.UNICODE)
        assert result.converted == text
        assert result.needs_review is False


def test_font_names_decide_an_ambiguous_vni_column():
    column = ["Hoàng Anh", "Hoàng Anh", "Hoàng Anh", "Tô Lâm"]
    assert detect_column(column) is Encoding.UNSURE
    fonts = ["VNI-Times"] * len(column)
    assert detect_column(column, fonts) is Encoding.VNI
    fixed = [fix_cell(t, f, Encoding.VNI) for t, f in zip(column, fonts)]
    # "Tô Lâm" has orphan VNI marks, so the font cannot decide it and VNI does not read it cleanly
    assert [f.converted for f in fixed] == ["Hồng Anh", "Hồng Anh", "Hồng Anh", "Tô Lâm"]
    assert [f.needs_review for f in fixed] == [False, False, False, True]


def test_mixed_column_is_unsure_and_only_decisive_cells_convert():
    column = [
        "Ph\xb8p lu\xcbt",  # TCVN3, decisive
        "Phaùp luaät",  # VNI, decisive
        "Nguyễn Thị Hường",  # Unicode, decisive
        "Cá",  # ambiguous
        "Où est la gare",  # needs corroboration
    ]
    verdict = detect_column(column)
    assert verdict is Encoding.UNSURE
    fixed = [fix_cell(text, column_verdict=verdict) for text in column]
    assert [f.converted for f in fixed] == ["Pháp luật", "Pháp luật", "Nguyễn Thị Hường", "Cá", "Où est la gare"]
    assert [f.needs_review for f in fixed] == [False, False, False, True, True]


def test_too_few_decisive_cells_is_unsure_and_sheet_tally_decides():
    column = ["Ph\xb8p lu\xcbt", "Phan Thanh H\xb5", "C\xb8"]
    tally = tally_column(column)
    assert (sum(tally.decisive.values()), tally.undecided) == (1, 2)
    assert tally.verdict() is Encoding.UNSURE
    other_column = ["Nguy\xd4n Th\xde H\xad\xeang", "\xa7\xe9c l\xcbp - T\xf9 do", "H\xa7ND x\xb7"]
    assert tally.merge(tally_column(other_column)).verdict() is Encoding.TCVN3


def test_column_verdict_does_not_force_a_reading_that_is_not_clean():
    # "Hoàng Anh" has no TCVN3 reading (à is not a TCVN3 byte): a TCVN3 verdict leaves it and flags it
    result = fix_cell("Hoàng Anh", column_verdict=Encoding.TCVN3)
    assert (result.converted, result.encoding, result.needs_review) == ("Hoàng Anh", Encoding.UNSURE, True)


def test_column_verdict_never_touches_unicode_cells():
    assert fix_cell("Tô Lâm Hà Nội", column_verdict=Encoding.TCVN3).converted == "Tô Lâm Hà Nội"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [([], Encoding.ASCII), (["STT", "", "1", "Tran Van A"], Encoding.ASCII), (["Café", "© 2020"], Encoding.UNICODE)],
)
def test_column_verdict_without_anything_to_settle(texts, expected):
    assert detect_column(texts) is expected


def test_column_with_fewer_fonts_than_texts():
    assert detect_column(["Hoàng Anh"] * 3, ["VNI-Times"]) is Encoding.UNSURE
    assert detect_column(["Hoàng Anh"] * 3, ["VNI-Times"] * 3) is Encoding.VNI


# --- name repair ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Thị ánh Liên", "Nguyễn Thị Ánh Liên"),
        ("Lê ẩn", "Lê Ẩn"),
        ("ủy ban nhân dân", "ủy ban nhân dân"),  # not a name: most words are lower case
        ("Nguyễn van An", "Nguyễn van An"),  # an untoned lower-case word: not a lost capital
    ],
)
def test_repair_name_capitals(text, expected):
    assert repair_name_capitals(text) == expected
