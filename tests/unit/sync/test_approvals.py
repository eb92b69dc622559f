"""Approve or return a unit's period at the upper level; decisions travel down in a signed decision bundle."""

from __future__ import annotations

import json
import pytest

from app.core.errors import AppError
from app.services import approvals, logbook
from app.services.bundles import import_bundle, verify_file
from app.services.keys import create_key, load_signing_key, trust_key
from app.store import activities
from app.sync import decisions as dec
from app.sync import keys
from app.sync.errors import BundleUntrustedError, BundleVersionError
from sync_helpers import COMMUNE, PASSPHRASE, PROVINCE, build_zip, dump, read_members


@pytest.fixture
def province(upper):
    """The upper level with its own signing key."""
    create_key(upper, PASSPHRASE)
    return upper


def _trust_province(commune, province):
    fp = keys.key_fingerprint(load_signing_key(province, PASSPHRASE)[0])
    trust_key(commune, PROVINCE, keys.format_fingerprint(fp))


def test_approve_names_the_bundle_and_the_records(province, export):
    report = import_bundle(province, export("2026-Q1"))
    d = approvals.approve(province, COMMUNE, "2026-Q1")
    assert d.decision == "approved" and d.bundle_id == report.bundle_id and d.bundle_seq == 1
    assert d.counts["activities"] == 1 and d.counts["reporters"] == 2
    assert d.unit_name == "Phường Phan Đình Phùng" and not d.changed
    assert len(d.records_hash) == 64
    assert [x.period for x in approvals.decisions(province)] == ["2026-Q1"]


def test_approving_without_a_received_bundle_is_refused_and_stores_nothing(province, export):
    import_bundle(province, export("2026-Q1"))
    before = dump(province)
    with pytest.raises(approvals.NoBundleError) as err:
        approvals.approve(province, COMMUNE, "2026-Q2")
    assert err.value.code == "E-APPROVAL-NO-BUNDLE" and "2026-Q2" in err.value.message
    assert dump(province) == before


def test_a_return_needs_a_reason(province, export):
    import_bundle(province, export("2026-Q1"))
    before = dump(province)
    for reason in ("", "   "):
        with pytest.raises(approvals.ReasonRequiredError):
            approvals.return_(province, COMMUNE, "2026-Q1", reason)
    assert dump(province) == before
    d = approvals.return_(province, COMMUNE, "2026-Q1", "Thiếu số người tham dự hội nghị ngày 08/3")
    assert d.decision == "returned" and d.reason.startswith("Thiếu")


def test_a_commune_cannot_approve(commune):
    with pytest.raises(approvals.UpperOnlyError) as err:
        approvals.approve(commune, COMMUNE, "2026-Q1")
    assert err.value.code == "E-UPPER-ONLY"


def test_a_newer_bundle_that_changes_records_flags_changed_after_approval(province, commune, export, tmp_path):
    import_bundle(province, export("2026-Q1", tmp_path / "o1"))
    approvals.approve(province, COMMUNE, "2026-Q1")
    a1 = activities.get_activity(commune.db, commune.sample["a1"].id)
    a1.participants = 55
    logbook.save_activity(commune, a1)
    report = import_bundle(province, export("2026-Q1", tmp_path / "o2"))
    assert report.changed_after_approval == ["2026-Q1"]
    assert report.to_dict()["changed_after_approval"] == ["2026-Q1"]
    d = approvals.decision_of(province, COMMUNE, "2026-Q1")
    assert d.decision == "approved" and d.changed and d.needs_decision
    again = approvals.approve(province, COMMUNE, "2026-Q1")
    assert not again.changed and again.bundle_seq == 2 and again.history == 2


def test_an_unchanged_re_export_keeps_the_approval(province, export, tmp_path):
    import_bundle(province, export("2026-Q1", tmp_path / "o1"))
    approvals.approve(province, COMMUNE, "2026-Q1")
    report = import_bundle(province, export("2026-Q1", tmp_path / "o2"))
    assert report.total("unchanged") > 0 and report.changed_after_approval == []
    assert not approvals.decision_of(province, COMMUNE, "2026-Q1").changed


def test_a_deletion_after_approval_is_a_change(province, commune, export, tmp_path):
    import_bundle(province, export("2026-Q2", tmp_path / "o1"))
    approvals.approve(province, COMMUNE, "2026-Q2")
    logbook.delete_activity(commune, commune.sample["a2"].id, "trùng")
    assert import_bundle(province, export("2026-Q2", tmp_path / "o2")).changed_after_approval == ["2026-Q2"]


def test_decisions_travel_down_and_the_commune_sees_them(province, commune, export, tmp_path):
    _trust_province(commune, province)
    import_bundle(province, export("2026-Q1", tmp_path / "o1"))
    approvals.return_(province, COMMUNE, "2026-Q1", "Sai ngày hội nghị")
    out = approvals.export_decisions(province, COMMUNE, None, tmp_path / "down", PASSPHRASE)
    assert out["decisions"] == 1 and out["filename"].startswith("PBGDPL-DECISIONS_05443_from_19_0001_")
    summary = verify_file(commune.paths, out["path"])
    assert summary.kind == "decisions" and summary.trusted and summary.target_unit == COMMUNE
    assert summary.to_dict()["kind"] == "decisions"
    report = import_bundle(commune, out["path"])
    assert report.kind == "decisions" and report.decisions[0]["reason"] == "Sai ngày hội nghị"
    [notice] = approvals.own_notices(commune)
    assert notice.decision == "returned" and notice.reason == "Sai ngày hội nghị" and not notice.resent
    # the commune corrects and sends again: the return is answered
    export("2026-Q1", tmp_path / "o2")
    assert approvals.own_notices(commune)[0].resent
    # importing the same decision bundle twice stores nothing new
    assert "0 new" in import_bundle(commune, out["path"]).message
    assert len(approvals.decisions(commune)) == 1


def test_a_decision_bundle_from_an_untrusted_key_is_refused_and_nothing_stored(province, commune, export, tmp_path):
    import_bundle(province, export("2026-Q1", tmp_path / "o1"))
    approvals.approve(province, COMMUNE, "2026-Q1")
    out = approvals.export_decisions(province, COMMUNE, "2026-Q1", tmp_path / "down", PASSPHRASE)
    before = dump(commune)
    with pytest.raises(BundleUntrustedError):
        import_bundle(commune, out["path"])
    assert dump(commune) == before


def test_a_decision_bundle_for_another_unit_is_refused(province, commune, export, tmp_path, workspace):
    _trust_province(commune, province)
    import_bundle(province, export("2026-Q1", tmp_path / "o1"))
    approvals.approve(province, COMMUNE, "2026-Q1")
    out = approvals.export_decisions(province, COMMUNE, None, tmp_path / "down", PASSPHRASE)
    commune.db.execute("UPDATE settings SET value = '05467' WHERE key = 'unit_code'")
    before = dump(commune)
    with pytest.raises(approvals.DecisionTargetError):
        import_bundle(commune, out["path"])
    assert dump(commune) == before


def test_exporting_without_decisions_is_refused(province):
    with pytest.raises(approvals.NoDecisionError):
        approvals.export_decisions(province, COMMUNE, None, None, PASSPHRASE)


def test_a_data_only_reader_refuses_a_decision_bundle_naming_the_version(province, export, tmp_path, monkeypatch):
    import_bundle(province, export("2026-Q1", tmp_path / "o1"))
    approvals.approve(province, COMMUNE, "2026-Q1")
    out = approvals.export_decisions(province, COMMUNE, None, tmp_path / "down", PASSPHRASE)
    manifest = json.loads(read_members(out["path"])["manifest.json"])
    assert manifest["kind"] == "decisions" and manifest["min_reader_version"] == 2
    assert manifest["target"]["unit_code"] == COMMUNE
    monkeypatch.setattr(dec, "READER_VERSION", 1)  # what a reader of data bundles only does
    with pytest.raises(BundleVersionError) as err:
        verify_file(province.paths, out["path"])
    assert "format version 2" in err.value.message


def test_a_tampered_decision_is_refused(province, commune, export, tmp_path):
    _trust_province(commune, province)
    import_bundle(province, export("2026-Q1", tmp_path / "o1"))
    approvals.approve(province, COMMUNE, "2026-Q1")
    out = approvals.export_decisions(province, COMMUNE, None, tmp_path / "down", PASSPHRASE)
    members = read_members(out["path"])
    members[dec.MEMBER] = members[dec.MEMBER].replace(b"approved", b"returned")
    bad = build_zip(tmp_path / "bad.pbgdpl", members)
    before = dump(commune)
    with pytest.raises(AppError) as err:
        import_bundle(commune, bad)
    assert err.value.code == "E-BUNDLE-HASH", err.value.message
    assert dump(commune) == before


def test_the_service_and_the_format_name_the_same_decisions():
    assert (approvals.APPROVED, approvals.RETURNED) == dec.DECISIONS


def test_a_dry_run_of_a_decision_bundle_stores_nothing(province, commune, export, tmp_path):
    _trust_province(commune, province)
    import_bundle(province, export("2026-Q1", tmp_path / "o1"))
    approvals.approve(province, COMMUNE, "2026-Q1")
    out = approvals.export_decisions(province, COMMUNE, None, tmp_path / "down", PASSPHRASE)
    before = dump(commune)
    report = import_bundle(commune, out["path"], dry_run=True)
    assert report.dry_run and "1 new" in report.message and report.decisions[0]["decision"] == "approved"
    assert dump(commune) == before
