"""The checked fingerprint form (13 groups of 4 + a check character each), the old unchecked form, the enrolment
QR line, and enrolment refusing a mistyped fingerprint with the failing group named."""

from __future__ import annotations

import pytest

from app.services.keys import read_trust_input, trust_key, trust_list
from app.sync import keys
from app.sync.errors import FingerprintError, QrPayloadError, QrUnitMismatchError

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
FPS = [keys.key_fingerprint(keys.new_private_key()) for _ in range(3)] + ["A" * 52, "7" * 52]


def _compact(fp: str) -> str:
    return keys.checked_fingerprint(fp).replace(" ", "")


@pytest.mark.parametrize("fp", FPS)
def test_checked_form_round_trips_and_is_13_groups_of_5(fp):
    shown = keys.checked_fingerprint(fp)
    assert [len(g) for g in shown.split(" ")] == [5] * 13
    assert "".join(g[:4] for g in shown.split(" ")) == fp  # the stored 52 characters are unchanged
    for typed in (shown, shown.lower(), shown.replace(" ", "-"), shown.replace(" ", ""), " " + shown.lower().replace(" ", "  ") + " "):
        parsed = keys.parse_fingerprint(typed)
        assert parsed.compact == fp and parsed.checked
        assert keys.normalise_fingerprint(typed) == fp


@pytest.mark.parametrize("fp", FPS)
def test_every_single_wrong_character_is_refused_naming_its_group(fp):
    good = _compact(fp)
    tried = 0
    for pos in range(len(good)):
        for ch in ALPHABET:
            if ch == good[pos]:
                continue
            bad = good[:pos] + ch + good[pos + 1 :]
            with pytest.raises(FingerprintError) as err:
                keys.parse_fingerprint(bad)
            assert err.value.details["groups"] == [pos // 5 + 1], (pos, ch)
            assert err.value.details["typed"] == 65
            tried += 1
    assert tried == 65 * 31


@pytest.mark.parametrize("fp", FPS)
def test_every_adjacent_swap_of_different_characters_is_refused(fp):
    good = _compact(fp)
    swaps = 0
    for pos in range(len(good) - 1):
        if good[pos] == good[pos + 1]:
            continue
        bad = good[:pos] + good[pos + 1] + good[pos] + good[pos + 2 :]
        with pytest.raises(FingerprintError) as err:
            keys.parse_fingerprint(bad)
        assert set(err.value.details["groups"]) <= {pos // 5 + 1, (pos + 1) // 5 + 1} and err.value.details["groups"]
        swaps += 1
    assert swaps > 0 or len(set(good)) == 1


def test_swapped_groups_and_exhaustive_small_alphabet_check():
    fp = FPS[0]
    groups = keys.checked_fingerprint(fp).split(" ")
    swapped = [groups[1], groups[0], *groups[2:]]
    with pytest.raises(FingerprintError) as err:
        keys.parse_fingerprint(" ".join(swapped))
    assert err.value.details["groups"] == [1, 2]
    # the one-group property, for every group number and many groups: single errors and adjacent swaps
    import random

    rnd = random.Random(7)
    for n in range(1, 14):
        for _ in range(200):
            g = "".join(rnd.choice(ALPHABET) for _ in range(4))
            five = g + keys.group_check(g, n)
            assert keys._group_ok(five, n)
            for i in range(4):
                if five[i] != five[i + 1]:
                    assert not keys._group_ok(five[:i] + five[i + 1] + five[i] + five[i + 2 :], n)


def test_old_unchecked_form_is_accepted_but_flagged():
    fp = FPS[0]
    parsed = keys.parse_fingerprint(keys.format_fingerprint(fp).lower())
    assert parsed.compact == fp and not parsed.checked
    assert keys.normalise_fingerprint(keys.format_fingerprint(fp)) == fp


def test_wrong_lengths_and_characters_say_how_many_were_typed():
    shown = keys.checked_fingerprint(FPS[0])
    with pytest.raises(FingerprintError) as err:
        keys.parse_fingerprint(shown[:-1])  # last group has 4
    assert err.value.details["typed"] == 64 and err.value.details["groups"] == [13] and "64 characters typed" in err.value.message
    with pytest.raises(FingerprintError) as err:
        keys.parse_fingerprint(shown.replace(shown[6:11], shown[6:10] + "1", 1) if shown[6:11] else shown)
    assert err.value.details["groups"] == [2]
    with pytest.raises(FingerprintError) as err:
        keys.parse_fingerprint("0" + FPS[0][1:])  # 0 is not base32, old form
    assert err.value.details == {"value": "0" + FPS[0][1:], "typed": 52, "groups": [1]}
    with pytest.raises(FingerprintError) as err:
        keys.parse_fingerprint("ABCD")
    assert err.value.details["typed"] == 4 and "65" in err.value.message and "52" in err.value.message


def test_qr_payload_round_trip():
    fp = FPS[0]
    line = keys.qr_payload("05443", fp, "Nguyễn  Thị Hường")
    assert line == f"PBGDPL1:05443:{_compact(fp)}:Nguyễn Thị Hường"
    got = keys.parse_qr(line)
    assert (got.unit_code, got.fingerprint, got.officer) == ("05443", fp, "Nguyễn Thị Hường")
    assert keys.parse_qr(line.lower().replace("pbgdpl1", "PBGDPL1", 1).replace(_compact(fp).lower(), _compact(fp).lower())).fingerprint == fp
    assert keys.parse_qr(f"PBGDPL1:05443:{_compact(fp)}").officer == ""
    given = read_trust_input("", None, qr=line)
    assert given.unit_code == "05443" and given.unit_name == "Phường Phan Đình Phùng" and given.checked
    assert read_trust_input(None, line).fingerprint == fp  # the whole line scanned into the fingerprint field
    assert read_trust_input("05443", line).unit_code == "05443"


def test_qr_payload_refusals():
    fp = FPS[0]
    line = keys.qr_payload("05443", fp, "A")
    with pytest.raises(QrUnitMismatchError) as err:
        read_trust_input("05467", line)
    assert err.value.code == "E-KEY-QR-UNIT" and err.value.details == {"unit": "05467", "qr_unit": "05443"}
    damaged = [
        line.replace(_compact(fp), _compact(fp)[:-1]),  # cut
        line.replace(_compact(fp), _compact(fp)[:20] + ("B" if _compact(fp)[20] != "B" else "C") + _compact(fp)[21:]),
        "PBGDPL1:05443",
        "PBGDPL1::" + _compact(fp) + ":A",
        f"PBGDPL1:05443:{fp}:A",  # no check characters
        "PBGDPL9:05443:" + _compact(fp),
    ]
    for bad in damaged:
        with pytest.raises(QrPayloadError):
            keys.parse_qr(bad)
    with pytest.raises(QrPayloadError) as err:
        read_trust_input("05443", None, qr=damaged[1])
    assert err.value.code == "E-KEY-QR" and err.value.details["groups"] == [5]


def test_enrolment_refuses_a_typo_naming_the_group_and_changes_nothing(upper):
    fp = FPS[0]
    good = keys.checked_fingerprint(fp)
    bad = good[:8] + ("Q" if good[8] != "Q" else "R") + good[9:]  # group 2
    before = list(upper.db.conn.iterdump())
    with pytest.raises(FingerprintError) as err:
        trust_key(upper, "05467", bad)
    assert err.value.details["groups"] == [2] and "group 2" in err.value.message
    assert list(upper.db.conn.iterdump()) == before
    with pytest.raises(QrUnitMismatchError):
        trust_key(upper, "05533", "", qr=keys.qr_payload("05467", fp, "A"))
    assert list(upper.db.conn.iterdump()) == before
    done = trust_key(upper, "05467", good.lower())
    assert done.outcome == "trusted" and done.checked and done.unit_name == "Phường Gia Sàng" and done.fingerprint == good
    row = next(r for r in trust_list(upper) if r.unit_code == "05467")
    assert row.checked == good and row.unit_name == "Phường Gia Sàng"
    stored = upper.db.conn.execute("select fingerprint from trusted_keys where unit_code = '05467'").fetchone()[0]
    assert stored == fp  # the stored form is unchanged
    old = trust_key(upper, "05533", keys.format_fingerprint(FPS[1]))
    assert old.outcome == "trusted" and not old.checked and old.unit_name == "Phường Bá Xuyên"
    by_qr = trust_key(upper, "", "", qr=keys.qr_payload("05528", FPS[2], "B"))
    assert by_qr.unit_code == "05528" and by_qr.checked and by_qr.unit_name == "Phường Bách Quang"
    assert read_trust_input("99999", keys.checked_fingerprint(FPS[3])).unit_name == ""  # not in the catalog
