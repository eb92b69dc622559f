"""Keys (passphrase, fingerprint, backup) and the trust list (enrol, rotate, revoke)."""

from datetime import datetime, timezone

import pytest

from app.services.bundles import import_bundle
from app.services.keys import create_key, export_key, key_info, load_signing_key, revoke_key, trust_key, trust_list
from app.sync import keys
from app.sync.errors import FingerprintError, KeyExistsError, KeyMissingError, KeyPassphraseError, TrustError
from app.sync.trust import TrustEntry, check_trust
from sync_helpers import PASSPHRASE


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
    with pytest.raises(Exception, match="was replaced on 2026-06-30") as err:
        check_trust("05443", fp_old, "2026-07-01T10:00:00+07:00", entries)
    assert err.value.code == "E-BUNDLE-UNTRUSTED"
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
    assert trust_key(upper, "05443", new_fp, rotate=True).outcome == "rotated"
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
