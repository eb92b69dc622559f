"""Keys (passphrase, fingerprint, backup) and the trust list (enrol, rotate, revoke)."""

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from app.core.errors import UsageError

from app.core.models import Activity
from app.services import logbook
from app.store import activities
from app.services.bundles import import_bundle
from app.services.keys import create_key, export_key, key_info, load_signing_key, revoke_key, trust_key, trust_list
from app.sync import keys
from app.sync.errors import FingerprintError, KeyExistsError, KeyMissingError, KeyPassphraseError, TrustError
from app.sync.trust import TrustEntry, check_trust
from sync_helpers import PASSPHRASE, dump


def test_fingerprint_is_sha256_of_the_raw_key_in_13_groups_of_4():
    import base64
    import hashlib

    key = keys.new_private_key()
    fp = keys.key_fingerprint(key)
    assert fp == base64.b32encode(hashlib.sha256(keys.public_raw(key)).digest()).decode().rstrip("=")
    shown = keys.format_fingerprint(fp)
    assert len(shown.split(" ")) == 13 and all(len(g) == 4 for g in shown.split(" "))
    assert keys.normalise_fingerprint(shown.lower().replace(" ", "-")) == fp
    with pytest.raises(FingerprintError):
        keys.normalise_fingerprint(fp[:-1] + "1")  # 1 is not base32
    with pytest.raises(FingerprintError):
        keys.normalise_fingerprint(fp[:-4])


def test_private_key_is_encrypted_and_needs_its_passphrase(workspace):
    info = create_key(workspace, PASSPHRASE)
    pem = (workspace.paths.keys / info.file.split("/")[-1]).read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in pem and PASSPHRASE.encode() not in pem
    with pytest.raises(KeyPassphraseError, match="wrong"):
        load_signing_key(workspace, "sai mật khẩu")
    with pytest.raises(KeyPassphraseError, match="passphrase-file"):
        load_signing_key(workspace, None)
    key, row = load_signing_key(workspace, PASSPHRASE)
    assert keys.key_fingerprint(key) == row["fingerprint"] == info.fingerprint_compact
    with pytest.raises(KeyExistsError):
        create_key(workspace, PASSPHRASE)
    with pytest.raises(KeyPassphraseError, match="at least 8"):
        create_key(workspace, "ngắn", replace=True)


def test_the_key_is_sealed_at_todays_cost_and_an_older_seal_is_renewed(workspace):
    """PBKDF2-HMAC-SHA256 at 600,000 iterations in standard PKCS#8 (OpenSSL reads it); a key written by the older
    program (cryptography's BestAvailableEncryption: 2,048 iterations) still opens, and is sealed again."""
    from cryptography.hazmat.primitives import serialization

    info = create_key(workspace, PASSPHRASE)
    path = workspace.paths.keys / info.file.split("/")[-1]
    assert keys.pem_iterations(path.read_bytes()) == keys.PBKDF2_ITERATIONS >= 600_000
    key, _ = load_signing_key(workspace, PASSPHRASE)
    old = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(PASSPHRASE.encode()))
    path.write_bytes(old)
    assert keys.pem_iterations(old) == 2048
    again, _ = load_signing_key(workspace, PASSPHRASE)
    assert keys.key_fingerprint(again) == info.fingerprint_compact
    assert keys.pem_iterations(path.read_bytes()) == keys.PBKDF2_ITERATIONS  # renewed, same passphrase
    load_signing_key(workspace, PASSPHRASE)


@pytest.mark.parametrize("weak", ["12345678", "aaaaaaaaaa", "Mật khẩu", "password", "abcdefgh", "qwertyuiop", "98765432"])
def test_a_passphrase_easy_to_guess_is_refused_and_nothing_is_written(workspace, weak):
    from app.sync.errors import KeyPassphraseWeakError

    with pytest.raises(KeyPassphraseWeakError, match="too easy to guess"):
        create_key(workspace, weak)
    assert list(workspace.paths.keys.glob("*.pem")) == []


@pytest.mark.parametrize("good", ["mat khau an toan", "Tân Kỳ 2026", "hoahong99", PASSPHRASE])
def test_a_sentence_or_mixed_passphrase_is_accepted(good):
    keys.check_passphrase(good)


def test_no_passphrase_only_when_asked_and_backup(workspace, tmp_path):
    with pytest.raises(KeyMissingError):
        load_signing_key(workspace, None)
    info = create_key(workspace, None)
    assert not info.encrypted
    load_signing_key(workspace, None)
    with pytest.raises(KeyPassphraseError, match="--no-passphrase"):
        export_key(workspace, tmp_path / "backup.pem")
    out = export_key(workspace, tmp_path / "backup.pem", "mật khẩu sao lưu")
    assert out.encrypted
    restored = keys.load_private((tmp_path / "backup.pem").read_bytes(), "mật khẩu sao lưu")
    assert keys.key_fingerprint(restored) == info.fingerprint_compact


def test_replacing_the_key_keeps_the_old_one_listed(workspace):
    first = create_key(workspace, PASSPHRASE)
    second = create_key(workspace, PASSPHRASE, replace=True)
    assert second.fingerprint != first.fingerprint
    assert [r.fingerprint for r in key_info(workspace).retired] == [first.fingerprint]


def test_check_trust_rules():
    fp_old, fp_new = "A" * 52, "B" * 52
    entries = [
        TrustEntry("05443", fp_old, valid_until="2026-06-30T00:00:00+07:00"),
        TrustEntry("05443", fp_new),
        TrustEntry("05533", "C" * 52, revoked_at="2026-05-01T00:00:00+07:00"),
    ]
    assert check_trust("05443", fp_old, "2026-06-01T10:00:00+07:00", entries).fingerprint == fp_old
    # a replaced key is let in whatever date its computer's clock wrote; what it may change is limited at merge
    for claimed in ("2026-07-01T10:00:00+07:00", "2020-01-01T00:00:00+07:00", ""):
        assert check_trust("05443", fp_old, claimed, entries).status == "retired"
    assert check_trust("05443", fp_new, "2026-07-01T10:00:00+07:00", entries).fingerprint == fp_new
    with pytest.raises(Exception, match="revoked") as err:
        check_trust("05533", "C" * 52, "2026-01-01", entries)
    assert err.value.code == "E-BUNDLE-REVOKED"
    with pytest.raises(Exception, match="enrolled for unit 05443"):
        check_trust("05533", fp_new, "2026-07-01", entries)


def test_enrol_rotate_revoke(upper, commune, export):
    old_fp = keys.key_fingerprint(load_signing_key(commune, PASSPHRASE)[0])
    old_bundle = export()
    create_key(commune, PASSPHRASE, replace=True)
    new_fp = keys.key_fingerprint(load_signing_key(commune, PASSPHRASE)[0])
    commune.clock = lambda: datetime(2026, 11, 27, 9, 0).astimezone()
    new_bundle = export()
    with pytest.raises(Exception) as err:
        import_bundle(upper, new_bundle)
    assert err.value.code == "E-BUNDLE-UNTRUSTED" and "--rotate" in err.value.message
    with pytest.raises(TrustError, match="--rotate"):
        trust_key(upper, "05443", new_fp)
    # rotated at 10:00 Vietnam time, written in UTC: the old bundle (09:30 +07:00) was signed before that
    upper.clock = lambda: datetime(2026, 11, 26, 3, 0, tzinfo=timezone.utc)
    with pytest.raises(UsageError, match="--old-key revoke"):  # the officer must say what became of the old computer
        trust_key(upper, "05443", new_fp, rotate=True)
    assert trust_key(upper, "05443", new_fp, rotate=True, old_key="keep").outcome == "rotated"
    statuses = {r.fingerprint.replace(" ", ""): r.status for r in trust_list(upper)}
    assert statuses == {old_fp: "retired", new_fp: "active"}
    import_bundle(upper, new_bundle)
    # the old key still covers what it signed before the rotation
    assert import_bundle(upper, old_bundle).tables["activities"].unchanged == 3
    assert trust_key(upper, "05443", new_fp).outcome == "already-trusted"
    assert revoke_key(upper, "05443", new_fp, "mất máy").outcome == "revoked"
    with pytest.raises(TrustError, match="revoked"):
        trust_key(upper, "05443", new_fp)
    with pytest.raises(TrustError, match="no enrolled key"):
        revoke_key(upper, "05533", new_fp)
    with pytest.raises(TrustError, match="already enrolled for unit 05443"):
        trust_key(upper, "05533", old_fp)


def test_enrolment_sheet_shows_the_fingerprint(workspace):
    from app.services.keys import enrolment_sheet

    info = create_key(workspace, PASSPHRASE)
    pdf = enrolment_sheet(workspace)
    assert pdf.startswith(b"%PDF")
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover
        return
    import io

    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    first_group = info.fingerprint.split()[0]
    assert first_group in text and "05443" in text


def test_a_replaced_key_never_overrides_the_new_computer_whatever_its_clock(upper, commune, export, tmp_path):
    from app.services.bundles import list_conflicts

    s = commune.sample
    import_bundle(upper, export())
    # the new laptop: its own installation and key; it edits a2 and sends
    _new_laptop_edits_a2_and_sends(upper, commune, tmp_path)
    assert activities.get_activity(upper.db, s["a2"].id).place == "Nhà văn hoá mới"
    # the old laptop, its clock set back, edits a2 and a1 and adds one activity, then sends late
    for n in (5, 6):  # twice: its revision 3 is built on its own revision 2, not the new computer's
        old_a2 = activities.get_activity(commune.db, s["a2"].id)
        old_a2.participants = n
        logbook.save_activity(commune, old_a2)
    extra = _old_laptop_edits_a1_and_adds_one(commune)
    commune.clock = lambda: datetime(2026, 11, 1, 9, 0).astimezone()  # weeks before the rotation
    report = import_bundle(upper, _export_from(commune, tmp_path / "late"))
    t = report.tables["activities"]
    # what the new computer wrote stays; the rest of the old laptop's work is taken
    stored_a2 = activities.get_activity(upper.db, s["a2"].id)
    assert (stored_a2.place, stored_a2.participants) == ("Nhà văn hoá mới", s["a2"].participants)
    assert activities.get_activity(upper.db, s["a1"].id).place == "Sửa a1 từ máy cũ"
    assert activities.get_activity(upper.db, extra.id).title == "Hoạt động từ máy cũ"
    assert (t.conflicts, t.updated, t.new) == (1, 1, 1)
    assert any("replaced on" in w and "newer computer" in w for w in report.warnings)
    [c] = list_conflicts(upper)
    assert c["record_id"] == s["a2"].id and "after it was replaced" in c["reason"]


def test_a_copied_data_folder_keeps_the_old_keys_late_file_from_changing_anything(upper, commune, export, tmp_path):
    """The new laptop continues a copy of the old data folder (same installation id, so both computers' versions
    carry the same maker): the replaced key's late file changes nothing already stored, even a record only the
    old laptop edited (which computer made what cannot be told); its new records still come in."""
    from app.services.bundles import list_conflicts

    s = commune.sample
    import_bundle(upper, export())
    _new_laptop_edits_a2_and_sends(upper, commune, tmp_path, copied=True)
    old_a2 = activities.get_activity(commune.db, s["a2"].id)
    old_a2.place = "Sửa a2 từ máy cũ"
    logbook.save_activity(commune, old_a2)
    extra = _old_laptop_edits_a1_and_adds_one(commune)
    report = import_bundle(upper, _export_from(commune, tmp_path / "late"))
    t = report.tables["activities"]
    assert activities.get_activity(upper.db, s["a2"].id).place == "Nhà văn hoá mới"
    assert activities.get_activity(upper.db, s["a1"].id).place == s["a1"].place
    assert activities.get_activity(upper.db, extra.id).title == "Hoạt động từ máy cũ"
    assert (t.conflicts, t.updated, t.new) == (2, 0, 1)
    assert any("same installation" in w for w in report.warnings)
    assert sorted(c["record_id"] for c in list_conflicts(upper)) == sorted([s["a1"].id, s["a2"].id])


def test_rotating_with_the_old_computer_gone_revokes_its_key(upper, commune, export, tmp_path):
    import_bundle(upper, export())
    new_ws = _new_laptop(commune, tmp_path)
    new_fp = keys.key_fingerprint(load_signing_key(new_ws, PASSPHRASE)[0])
    assert trust_key(upper, "05443", new_fp, rotate=True, old_key="revoke").outcome == "rotated"
    statuses = {r.fingerprint.replace(" ", ""): r.status for r in trust_list(upper)}
    assert sorted(statuses.values()) == ["active", "revoked"]
    before = dump(upper)
    with pytest.raises(Exception) as err:
        import_bundle(upper, export())
    assert err.value.code == "E-BUNDLE-REVOKED" and dump(upper) == before


def _new_laptop(commune, tmp_path, *, copied: bool = False):
    """A new laptop set up for the same commune: its own installation and signing key, the commune's records
    copied over (as a restore would); ``copied``: the whole data folder copied, installation id included."""
    import shutil

    from app.paths import AppPaths
    from app.services.workspace import Workspace
    from app.store.database import backup_file

    paths = AppPaths(tmp_path / "new-laptop")
    paths.ensure()
    shutil.copy(backup_file(commune.paths.db_file, tmp_path / "bk", "copy"), paths.db_file)
    shutil.copytree(commune.paths.files, paths.files, dirs_exist_ok=True)
    ws = Workspace.open(paths, clock=commune.clock)
    from app.store import settings as settings_repo

    if not copied:
        settings_repo.set_settings(ws.db, {"installation_id": "new-laptop-installation"})
    create_key(ws, PASSPHRASE, replace=True)
    return ws


def _new_laptop_edits_a2_and_sends(upper, commune, tmp_path, *, copied: bool = False):
    """The new laptop edits a2's place; the province rotates to its key (old one kept) and imports its file."""
    new_ws = _new_laptop(commune, tmp_path, copied=copied)
    a2 = activities.get_activity(new_ws.db, commune.sample["a2"].id)
    a2.place = "Nhà văn hoá mới"
    logbook.save_activity(new_ws, a2)
    new_fp = keys.key_fingerprint(load_signing_key(new_ws, PASSPHRASE)[0])
    trust_key(upper, "05443", new_fp, rotate=True, old_key="keep")
    import_bundle(upper, _export_from(new_ws, tmp_path / "new"))
    return new_ws


def _old_laptop_edits_a1_and_adds_one(commune) -> Activity:
    """The old laptop changes a1's place and logs one new activity (returned)."""
    old_a1 = activities.get_activity(commune.db, commune.sample["a1"].id)
    old_a1.place = "Sửa a1 từ máy cũ"
    logbook.save_activity(commune, old_a1)
    extra = Activity(date=date(2026, 6, 1), title="Hoạt động từ máy cũ", forms=["TRUC_TIEP"], participants=9)
    logbook.save_activity(commune, extra)
    return extra


def _export_from(ws, out):
    from app.commands import run_job
    from app.services.bundles import export_bundle

    return Path(run_job(export_bundle(ws, "2026", out, PASSPHRASE, include_reports=False))["path"])


def test_a_message_comparing_keys_shows_both_whole_with_the_differing_groups_marked():
    enrolled, other = "A" * 52, "A" * 8 + "B" * 4 + "A" * 40
    with pytest.raises(Exception) as err:
        check_trust("05443", other, "", [TrustEntry("05443", enrolled)])
    shown_enrolled, shown_other = keys.compare_fingerprints(enrolled, other)
    assert shown_enrolled in err.value.message and shown_other in err.value.message
    assert shown_other.split()[2].startswith("[BBBB") and shown_other.count("[") == 1  # only the third group differs
    assert err.value.details["enrolled"] == keys.checked_fingerprint(enrolled)
