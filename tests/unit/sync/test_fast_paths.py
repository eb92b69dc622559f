"""The import path's fast paths give exactly what the plain code gives: ``clean``, ``fold`` and
``collation_key`` against the straightforward versions (kept here as the reference), catalog lookups, the
store's JSON encoding, and a bundle checked in memory against the same bundle streamed from disk."""

from __future__ import annotations

import json
import random
import sys
import unicodedata

import pytest

from app.core import rules, text
from app.core.catalogs import Catalog, CatalogEntry
from app.core.models import Activity
from app.store import merge as merge_repo
from app.store.records import encode as store_encode

# -- the reference implementations (the code before the fast paths) -------------------------------------------


def ref_clean(value: object) -> str:
    if value is None:
        return ""
    s = text._INVISIBLE.sub("", unicodedata.normalize("NFC", str(value)))
    if "  " in s or text._ODD_SPACE.search(s) or text._ZERO_WIDTH.search(s):
        s = text._SPACES.sub(" ", s)
    return s.strip()


def ref_fold(value: object) -> str:
    s = text._MARKS.sub("", unicodedata.normalize("NFD", ref_clean(value).casefold())).replace("đ", "d")
    if not s.isascii():
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s


def ref_collation_key(value: object) -> str:
    return text._collation_key(ref_clean(value))


# Characters that make the slow paths work: marks, invisible and odd spaces, letters that casefold oddly.
TRICKY = (
    list("aăâeêioôơuưyđĐAĂÂEÊOÔƠUƯYÀÁẢÃẠằắẳẵặẦẤẨẪẬèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
    + ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b", "\u034f", "\u0345"]
    + ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u2002", "\u202f", "\u3000"]
    + [" ", " ", " ", "\t", "\n", "\r", "\x0b", "\x1c", "\x85", "\u2028"]
    + ["ß", "ﬁ", "İ", "Σ", "ς", "Å", "Ω", "ǅ", "ŉ", "\u1e9e", "가", "中", "ø", "0", "9", "-", "_", "."]
)


def random_strings(n: int, seed: int = 20260) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        size = rng.randint(0, 24)
        out.append("".join(rng.choice(TRICKY) for _ in range(size)))
    out += [unicodedata.normalize("NFD", s) for s in out[:500]]
    return out


SAMPLES = random_strings(6000) + [
    "Nguyễn Thị Hường",
    "  Nguyễn  Thị\u00a0Hường\u200b ",
    "e\u00ad\u0301",  # a soft hyphen between a letter and its mark: clean is not idempotent here
    "a \u200c b",
    "Tuyên truyền Luật số 12 cho nhân dân",
    "ĐẶNG VĂN ĐỨC",
    "",
    " ",
    "\u0301abc",
    "abc \u0301def",
]


def test_clean_fast_path_is_the_plain_clean():
    for s in SAMPLES:
        assert text.clean(s) == ref_clean(s), repr(s)
    for value in (None, 12, 3.5, ["a"], "x"):
        assert text.clean(value) == ref_clean(value)


def test_every_character_the_fast_clean_trusts_is_left_alone_by_the_plain_clean():
    """The fast path relies on every character clean changes being non-printable (checked for all of Unicode)."""
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if c.isprintable() and c != " ":
            assert ref_clean(c) == unicodedata.normalize("NFC", c), hex(cp)
            assert not text._SPACES.search(c) and not text._INVISIBLE.search(c), hex(cp)


def test_fold_word_by_word_is_the_plain_fold():
    for s in SAMPLES:
        assert text.fold(s) == ref_fold(s), repr(s)


def test_fold_is_the_plain_fold_for_every_single_character():
    for cp in range(0x3000):
        c = chr(cp)
        if not 0xD800 <= cp <= 0xDFFF:
            assert text.fold(f"x{c}y {c}") == ref_fold(f"x{c}y {c}"), hex(cp)


def test_cached_collation_key_is_the_plain_key():
    for s in SAMPLES[:3000]:
        assert text.collation_key(s) == ref_collation_key(s), repr(s)
        assert text.collation_key(s) == ref_collation_key(s), repr(s)  # from the cache
        assert text.name_sort_key(s) == "\x01".join(ref_collation_key(p) for p in (*_split(s), s))
    assert text.collation_key(None) == ref_collation_key(None)


def _split(name: str):
    family, middle, given = text.split_name(name)
    return given, family, middle


def test_catalog_lookup_by_set_answers_like_the_catalog():
    catalog = Catalog("forms", "1", "", (CatalogEntry("TRUC_TIEP", "Trực tiếp"), CatalogEntry("LOA", "Loa")))
    for code in ("TRUC_TIEP", "LOA", "loa", "", "X", None, 1, ("LOA",), ["LOA"], {"a": 1}):
        assert rules._known(code, catalog) == (code in catalog)
    other = Catalog("forms", "2", "", (CatalogEntry("SAN_KHAU", "Sân khấu"),))
    assert rules._known("SAN_KHAU", other) and not rules._known("LOA", other)
    assert rules._known("LOA", catalog)


def test_unknown_codes_are_still_problems():
    from datetime import date

    from app.services.catalogs import load_catalogs

    catalogs = load_catalogs()
    bad = Activity(date=date(2025, 5, 1), title="x", forms=["NOT_A_FORM", ["LOA"]], target_groups=[None, "NOPE"])
    problems = rules.validate_activity(bad, catalogs, date(2026, 1, 1))
    assert [(p.field, p.code) for p in problems] == [
        ("forms", "unknown"),
        ("forms", "unknown"),
        ("target_groups", "unknown"),
        ("target_groups", "unknown"),
    ]


@pytest.mark.parametrize(
    "value",
    [[], {}, ["Tuyên truyền", "a\"b"], {"number": "12/QĐ", "date": None}, [{"date": "2025-01-01", "title": "Tập huấn"}], "x", 3, None],
)
def test_store_json_encoding_is_the_records_encoding(value):
    assert merge_repo.encode(value) == store_encode(value)
    if isinstance(value, (list, dict)):
        assert merge_repo.encode(value) == json.dumps(value, ensure_ascii=False)


def test_the_entries_of_one_unit_and_key_decide_as_the_whole_trust_list():
    """An import reads only the rows of the bundle's unit and key (``trust.trusted_for``); every answer and
    every refusal is the one the whole list gives."""
    from app.core.errors import AppError
    from app.sync.trust import TrustEntry, check_trust

    rng = random.Random(7)
    units, fps = ["00004", "00008", "00025"], ["a" * 64, "b" * 64, "c" * 64, "d" * 64]
    times = [None, "2025-01-01T00:00:00+07:00", "2026-01-01T00:00:00+07:00"]

    def outcome(unit, fp, signed, entries):
        try:
            return ("ok", check_trust(unit, fp, signed, entries))
        except AppError as exc:
            return (exc.code, exc.message)

    for _ in range(400):
        entries = sorted(
            (
                TrustEntry(rng.choice(units), rng.choice(fps), enrolled_at=f"2025-0{rng.randint(1, 9)}", valid_from=rng.choice(times),
                           valid_until=rng.choice(times), revoked_at=rng.choice([None, None, "2025-06-01T00:00:00+07:00"]))
                for _ in range(rng.randint(0, 6))
            ),
            key=lambda e: (e.unit_code, e.enrolled_at),
        )  # fmt: skip
        unit, fp, signed = rng.choice(units), rng.choice(fps), "2025-07-01T00:00:00+07:00"
        subset = [e for e in entries if e.unit_code == unit or e.fingerprint == fp]
        assert outcome(unit, fp, signed, subset) == outcome(unit, fp, signed, entries)


def test_an_import_reads_the_trust_rows_of_its_unit_and_key(upper, export):
    import hashlib

    from app.services.bundles import import_bundle
    from app.services.keys import trust_key
    from app.services.units import communes_of
    from app.store import trust as trust_repo
    from app.sync import keys
    from sync_helpers import COMMUNE

    others = [u.code for u in communes_of("19") if u.code != COMMUNE][:40]  # the rest of the province
    for n, unit in enumerate(others):
        trust_key(upper, unit, keys.fingerprint(hashlib.sha256(str(n).encode()).digest()))
    mine = trust_repo.list_trusted(upper.db, COMMUNE)
    assert len(trust_repo.list_trusted(upper.db)) == len(others) + 1
    assert trust_repo.trusted_for(upper.db, COMMUNE, mine[0]["fingerprint"]) == mine
    assert trust_repo.trusted_for(upper.db, others[3], mine[0]["fingerprint"]) == [
        r for r in trust_repo.list_trusted(upper.db) if r["unit_code"] in (COMMUNE, others[3])
    ]
    report = import_bundle(upper, export())
    assert report.tables["activities"].new == 3
