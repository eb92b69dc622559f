"""Vietnamese text helpers: NFC cleaning, accent-insensitive search, name collation."""

import unicodedata

import pytest

from app.core.text import clean, collation_key, fold, name_sort_key, search_terms, split_name


def test_clean_gives_nfc_and_folds_stray_spaces():
    nfd = unicodedata.normalize("NFD", "Nguyễn  Thị\u00a0Hường\u200b ")
    assert clean(nfd) == "Nguyễn Thị Hường"
    assert unicodedata.is_normalized("NFC", clean(nfd))
    assert clean(None) == ""


@pytest.mark.parametrize(
    "text, key",
    [
        ("Nguyễn Thị Hường", "nguyen thi huong"),
        ("ĐẶNG VĂN ĐỨC", "dang van duc"),
        (unicodedata.normalize("NFD", "Phổ biến pháp luật"), "pho bien phap luat"),
    ],
)
def test_fold_ignores_accents_and_case(text, key):
    assert fold(text) == key


def test_search_terms_split_and_fold():
    assert search_terms("  nguyen  THỊ hường ") == ["nguyen", "thi", "huong"]


def test_collation_orders_vietnamese_letters_and_tones():
    words = ["đa", "da", "ăn", "an", "ân", "bà", "ba", "bả", "bã", "bá", "bạ", "b"]
    assert sorted(words, key=collation_key) == ["an", "ăn", "ân", "b", "ba", "bà", "bả", "bã", "bá", "bạ", "da", "đa"]


def test_collation_is_the_same_for_nfc_and_nfd():
    assert collation_key("Hường") == collation_key(unicodedata.normalize("NFD", "Hường"))


def test_names_sort_by_given_name_then_family_name():
    names = ["Nguyễn Thị Hường", "Trần Văn An", "Lê Thị Ánh", "Vũ Đức Anh", "Đỗ Thị Ân", "Lê Văn Anh"]
    assert sorted(names, key=name_sort_key) == [
        "Trần Văn An",
        "Lê Văn Anh",
        "Vũ Đức Anh",
        "Lê Thị Ánh",
        "Đỗ Thị Ân",
        "Nguyễn Thị Hường",
    ]


def test_split_name():
    assert split_name("Nguyễn Thị Thu Hường") == ("Nguyễn", "Thị Thu", "Hường")
    assert split_name("Hường") == ("", "", "Hường")


def test_file_stem_has_no_accents_or_signs():
    from app.core.text import file_stem

    assert file_stem("164/KH-UBND Đợt 2") == "164-kh-ubnd-dot-2"
    assert file_stem("Xã Tân Kỳ") == "xa-tan-ky"
    assert file_stem("  ") == ""
