"""Every kind of bad bundle is refused with its code and a clear message, and the database stays exactly as it was."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from app.core.errors import AppError
from app.services.bundles import import_bundle, verify_file
from app.services.keys import revoke_key
from app.sync import keys
from app.sync import manifest as fmt
from sync_helpers import build_zip, dump, edit_lines, read_members, tamper


def refused(ws, path: Path, code: str, *words: str) -> AppError:
    """Import must fail with ``code`` and ``words`` in the message, leaving every table and file unchanged."""
    before = dump(ws)
    with pytest.raises(AppError) as err:
        import_bundle(ws, path)
    assert err.value.code == code, err.value.message
    for word in words:
        assert word in err.value.message, err.value.message
    assert dump(ws) == before
    return err.value


@pytest.fixture
def bundle(export):
    return export()


def _member_offsets(path: Path) -> dict[str, tuple[int, int]]:
    """Where each member's stored bytes are in the file: (start, length)."""
    out = {}
    with zipfile.ZipFile(path) as zf, open(path, "rb") as fh:
        for info in zf.infolist():
            fh.seek(info.header_offset + 26)
            n, m = int.from_bytes(fh.read(2), "little"), int.from_bytes(fh.read(2), "little")
            out[info.filename] = (info.header_offset + 30 + n + m, info.compress_size)
    return out


def test_a_flipped_byte_in_any_member_is_refused(upper, bundle, tmp_path):
    for name, (start, length) in _member_offsets(bundle).items():
        damaged = tmp_path / f"flip-{name.replace('/', '_')}.pbgdpl"
        data = bytearray(bundle.read_bytes())
        data[start + length // 2] ^= 0x01
        damaged.write_bytes(bytes(data))
        err = refused(upper, damaged, "E-BUNDLE-HASH", name)
        assert "changed or not copied completely" in err.message


@pytest.mark.parametrize(
    "member, code",
    [("manifest.json", "E-BUNDLE-SIGNATURE"), ("manifest.sig", "E-BUNDLE-SIGNATURE"),
     ("data/activities.jsonl", "E-BUNDLE-HASH"), ("data/reporters.jsonl", "E-BUNDLE-HASH"),
     ("data/attachments.jsonl", "E-BUNDLE-HASH"), ("files/", "E-BUNDLE-HASH")],
)  # fmt: skip
def test_a_changed_byte_with_a_valid_zip_is_refused(upper, bundle, tmp_path, member, code):
    members = read_members(bundle)
    name = next(n for n in members if n.startswith(member))
    data = bytearray(members[name])
    i = data.find(b"2026") if name == "manifest.json" else len(data) // 2
    data[i] = ord("3") if name == "manifest.json" else data[i] ^ 0x20
    err = refused(upper, tamper(bundle, tmp_path / "changed.pbgdpl", replace={name: bytes(data)}), code)
    if code == "E-BUNDLE-HASH":
        assert name in err.message and "does not match the signed manifest" in err.message
    else:
        assert "changed after it was signed" in err.message


def test_unknown_key_is_refused(upper, bundle, tmp_path):
    stranger = keys.new_private_key()

    def new_key(m):
        m["key"] = {"algorithm": "Ed25519", "public_key": keys.public_b64(stranger), "fingerprint": keys.key_fingerprint(stranger)}

    path = tamper(bundle, tmp_path / "stranger.pbgdpl", manifest_edit=new_key, sign_with=stranger)
    refused(upper, path, "E-BUNDLE-UNTRUSTED", "unit 05443 is enrolled with key", "--rotate")


def test_unit_not_enrolled_is_refused(upper, bundle, commune_key, tmp_path):
    def other_unit(m):
        m["source"]["unit_code"] = "05533"

    recs = read_members(bundle)
    replace = {f"data/{t}.jsonl": edit_lines(recs[f"data/{t}.jsonl"], lambda r: r.update(owner="05533")) for t in fmt.TABLES if f"data/{t}.jsonl" in recs}
    path = tamper(bundle, tmp_path / "other.pbgdpl", replace=replace, manifest_edit=other_unit, sign_with=commune_key)
    refused(upper, path, "E-BUNDLE-UNTRUSTED", "enrolled for unit 05443", "05533")


def test_never_enrolled_key_and_unit(tmp_path, bundle):
    from app.paths import AppPaths
    from app.services.setup import initialise
    from app.services.workspace import Workspace

    ws = Workspace.open(AppPaths(tmp_path / "other-upper"))
    initialise(ws, "19", "Cán bộ Sở", level="province")
    try:
        refused(ws, bundle, "E-BUNDLE-UNTRUSTED", "unknown key", "pbgdpl keys trust --unit 05443")
    finally:
        ws.close()


def test_revoked_key_is_refused(upper, bundle, commune_key):
    revoke_key(upper, "05443", keys.key_fingerprint(commune_key), "máy bị mất")
    refused(upper, bundle, "E-BUNDLE-REVOKED", "revoked", "máy bị mất")


def test_a_bundle_renamed_as_another_units_is_refused(upper, bundle, tmp_path):
    renamed = tmp_path / bundle.name.replace("05443", "05533")
    shutil.copy(bundle, renamed)
    refused(upper, renamed, "E-BUNDLE-FORMAT", "renamed", "05533", "05443")


def test_a_copy_with_another_plain_name_is_fine(upper, bundle, tmp_path):
    copy = tmp_path / "bao cao xa PDP (1).pbgdpl"
    shutil.copy(bundle, copy)
    assert import_bundle(upper, copy).tables["activities"].new == 3


def test_truncated_file(upper, bundle, tmp_path):
    cut = tmp_path / "cut.pbgdpl"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size * 2 // 3])
    refused(upper, cut, "E-BUNDLE-FORMAT", "damaged or truncated")


@pytest.mark.parametrize("content", [b"", b"Hello, this is a Word file", b"%PDF-1.7\n", b"PK\x05\x06" + b"\0" * 18])
def test_not_a_zip(upper, tmp_path, content):
    path = tmp_path / "x.pbgdpl"
    path.write_bytes(content)
    refused(upper, path, "E-BUNDLE-FORMAT", "not a pbgdpl bundle")


@pytest.mark.parametrize(
    "name, words",
    [("../evil.txt", "climbs out"), ("data/../../evil", "climbs out"), ("/etc/passwd", "absolute"),
     ("C:/Windows/evil.dll", "absolute"), ("files\\abc", "backslash"), ("evil.exe", "not part of the bundle format")],
)  # fmt: skip
def test_unsafe_or_unexpected_member_names(upper, bundle, tmp_path, name, words):
    members = read_members(bundle)
    members[name] = b"x"
    refused(upper, build_zip(tmp_path / "evil.pbgdpl", members), "E-BUNDLE-FORMAT", words)


def test_duplicate_member_names(upper, bundle, tmp_path):
    members = list(read_members(bundle).items())
    members.append(("data/activities.jsonl", b"{}\n"))
    with pytest.warns(UserWarning):
        path = build_zip(tmp_path / "dup.pbgdpl", members)
    refused(upper, path, "E-BUNDLE-FORMAT", "appears twice")


def test_symlink_member(upper, bundle, tmp_path):
    members = read_members(bundle)
    sha = next(n for n in members if n.startswith("files/"))
    path = build_zip(tmp_path / "link.pbgdpl", {**members, sha: b"/etc/passwd"}, mode_of={sha: 0o120777})
    refused(upper, path, "E-BUNDLE-FORMAT", "symbolic link")


def test_zip_bomb(upper, bundle, tmp_path):
    members = read_members(bundle)
    members["data/activities.jsonl"] = b"\0" * (8 << 20)  # packs to ~8 KB: a ratio of 1000
    refused(upper, build_zip(tmp_path / "bomb.pbgdpl", members), "E-BUNDLE-FORMAT", "data/activities.jsonl", "zip bomb")


def test_member_over_the_size_limit(upper, bundle, tmp_path):
    """A member whose (central directory) size is over the limit is refused before anything is unpacked."""
    path = build_zip(tmp_path / "huge.pbgdpl", read_members(bundle))
    data = bytearray(path.read_bytes())
    name = b"data/activities.jsonl"
    at = data.find(b"PK\x01\x02")
    while at >= 0 and data[at + 46 : at + 46 + len(name)] != name:
        at = data.find(b"PK\x01\x02", at + 4)
    data[at + 24 : at + 28] = (300 << 20).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    refused(upper, path, "E-BUNDLE-FORMAT", "data/activities.jsonl", "over the limit")


def test_manifest_with_missing_or_extra_members(upper, bundle, commune_key, tmp_path):
    path = tamper(bundle, tmp_path / "missing.pbgdpl", drop=("data/reporters.jsonl",), sign_with=commune_key, fix_hashes=False)
    refused(upper, path, "E-BUNDLE-FORMAT", "lists member(s) the bundle lacks", "data/reporters.jsonl")
    extra = "files/" + "ab" * 32
    path = tamper(bundle, tmp_path / "extra.pbgdpl", add={extra: b"x"}, sign_with=commune_key, fix_hashes=False)
    refused(upper, path, "E-BUNDLE-FORMAT", "does not list", extra)
    path = tamper(bundle, tmp_path / "unused.pbgdpl", add={extra: b"x"}, sign_with=commune_key)
    refused(upper, path, "E-BUNDLE-HASH", extra)  # not stored under its own hash


def test_row_counts_must_match(upper, bundle, commune_key, tmp_path):
    def more(m):
        m["counts"]["activities"] = 4

    refused(upper, tamper(bundle, tmp_path / "n.pbgdpl", manifest_edit=more, sign_with=commune_key), "E-BUNDLE-FORMAT", "holds 3 records but the manifest counts 4")


def test_newer_format_names_the_version_needed(upper, bundle, commune_key, tmp_path):
    def newer(m):
        m["format_version"] = fmt.READER_VERSION + 1
        m["min_reader_version"] = fmt.READER_VERSION + 1
        m["app"]["version"] = "2.4.0"

    needed = fmt.READER_VERSION + 1
    err = refused(upper, tamper(bundle, tmp_path / "new.pbgdpl", manifest_edit=newer, sign_with=commune_key), "E-BUNDLE-VERSION", f"format version {needed}", "pbgdpl 2.4.0", "Update pbgdpl")
    assert err.details["needed"] == needed


def test_a_later_kind_in_a_bundle_asking_an_older_reader_is_refused(upper, bundle, commune_key, tmp_path, monkeypatch):
    monkeypatch.setitem(fmt.SINCE, "attachments", 3)  # as if attachments had come with format version 3

    def claims_old(m):
        m["counts"]["attachments"] = m["counts"].get("attachments", 0)

    refused(upper, tamper(bundle, tmp_path / "old.pbgdpl", manifest_edit=claims_old, sign_with=commune_key), "E-BUNDLE-FORMAT", "attachments needs min_reader_version 3")


def _with_records(bundle, table, fn, key, dst):
    members = read_members(bundle)
    return tamper(bundle, dst, replace={f"data/{table}.jsonl": edit_lines(members[f"data/{table}.jsonl"], fn)}, sign_with=key)


def test_a_record_failing_validation_rejects_the_bundle_naming_it(upper, bundle, commune, commune_key, tmp_path):
    a1 = commune.sample["a1"].id

    def too_many_women(r):
        if r["id"] == a1:
            r["payload"]["women"] = 500

    err = refused(upper, _with_records(bundle, "activities", too_many_women, commune_key, tmp_path / "v.pbgdpl"), "E-BUNDLE-RECORD", a1, "activities", "more women than participants")
    assert err.details["table"] == "activities" and err.details["record_id"] == a1


@pytest.mark.parametrize(
    "table, fn, words",
    [("reporters", lambda r: r["payload"].update(full_name=""), "the name is missing"),
     ("reporters", lambda r: r.update(rev="2"), "rev must be"),
     ("activities", lambda r: r.update(rev=2**70), "rev must be a whole number from 1 to 1,000,000,000"),  # fuzzing found it: SQLite cannot hold it
     ("activities", lambda r: r["payload"].update(date="2025-05-05"), "outside the bundle's period"),
     ("activities", lambda r: r["payload"].update(participants="nhiều"), "wrong type"),
     ("activities", lambda r: r["payload"].update(secret=1), "unknown field(s) secret"),
     ("attachments", lambda r: r["payload"].update(activity_id="no-such-activity"), "not in the bundle")],
)  # fmt: skip
def test_other_bad_records(upper, bundle, commune_key, tmp_path, table, fn, words):
    refused(upper, _with_records(bundle, table, fn, commune_key, tmp_path / "r.pbgdpl"), "E-BUNDLE-RECORD", table, words)


def test_records_claiming_another_owner(upper, bundle, commune, commune_key, tmp_path):
    r1 = commune.sample["r1"].id

    def steal(r):
        if r["id"] == r1:
            r["owner"] = "05533"

    refused(upper, _with_records(bundle, "reporters", steal, commune_key, tmp_path / "o.pbgdpl"), "E-BUNDLE-RECORD", r1, "claims owner unit '05533'")


def test_a_missing_attachment_file(upper, bundle, commune_key, tmp_path):
    sha = next(n for n in read_members(bundle) if n.startswith("files/"))
    path = tamper(bundle, tmp_path / "nofile.pbgdpl", drop=(sha,), sign_with=commune_key)
    refused(upper, path, "E-BUNDLE-RECORD", "attachments", "lacks")


def test_own_units_bundle_is_not_imported_by_itself(commune, bundle):
    from app.services.keys import trust_key

    trust_key(commune, "05443", keys.format_fingerprint(keys.normalise_fingerprint(json.loads(read_members(bundle)["manifest.json"])["key"]["fingerprint"])))
    refused(commune, bundle, "E-BUNDLE-OWN-UNIT", "own unit")


def test_verify_reports_the_same_errors_without_writing(upper, bundle, tmp_path):
    cut = tmp_path / "cut.pbgdpl"
    cut.write_bytes(bundle.read_bytes()[:-100])
    before = upper.paths.db_file.read_bytes()
    with pytest.raises(AppError) as err:
        verify_file(upper.paths, cut)
    assert err.value.code == "E-BUNDLE-FORMAT"
    assert upper.paths.db_file.read_bytes() == before
