"""Three tiers, decisions going down: the province's approve / return on a commune that reports through a district
reaches the commune through the district (the district stores and forwards them; the commune trusts only its
district's key); the district holds back a returned period's bundle until the corrected one arrives."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.services import approvals, completeness
from app.services.approvals import DecisionTargetError
from app.services.bundles import import_bundle
from app.services.keys import create_key, key_info, trust_key
from app.store import approvals as approvals_repo
from app.sync.errors import BundleRecordError
from app.sync.verify import verify_bundle
from tests.board_helpers import Chain


@pytest.fixture
def chain(tmp_path):
    with Chain(tmp_path) as c:
        create_key(c.province, None)
        trust_key(c.district, "19", key_info(c.province).fingerprint)  # the province's sheet, at the district
        yield c


def _down(ws, unit, out):
    return Path(approvals.export_decisions(ws, unit, None, out)["path"])


def test_a_return_goes_down_through_the_district_and_the_corrected_bundle_comes_back_up(chain, tmp_path):
    c = chain
    commune = c.member("05830")
    trust_key(commune, "164", key_info(c.district).fingerprint)  # the commune knows only its district's key
    import_bundle(c.district, c.send(commune))
    import_bundle(c.province, Path(c.relay()["path"]))

    approvals.return_(c.province, "05830", "2026-Q3", "Thiếu số liệu tháng 9")
    sent = approvals.export_decisions(c.province, "05830", None, tmp_path / "so")
    assert sent["via"] == {"unit_code": "164", "unit_name": "Phòng Tư pháp huyện Đại Từ"}  # the way it goes down

    # the commune cannot read the province's own file (it never enrolled the province's key) ...
    with pytest.raises(Exception) as refused:
        import_bundle(commune, Path(sent["path"]))
    assert getattr(refused.value, "code", "") == "E-BUNDLE-UNTRUSTED"
    # ... the district imports it for its commune: its board shows the return, and it withholds the bundle upward
    report = import_bundle(c.district, Path(sent["path"]))
    assert "approvals export --unit 05830" in report.message
    row = next(r for r in completeness.board(c.district, "2026-Q3").rows if r.unit_code == "05830")
    assert (row.status, row.reason) == ("returned", "Thiếu số liệu tháng 9")
    held = c.relay()
    assert held["relayed"] == [] and [w["unit_code"] for w in held["withheld"]] == ["05830"]

    # the district passes it on, signed with its own key; the commune sees the province's reason
    down = _down(c.district, "05830", tmp_path / "huyen")
    with zipfile.ZipFile(down) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["forwarded_from"]["unit_code"] == "19" and manifest["min_reader_version"] == 3
    import_bundle(commune, down)
    [notice] = approvals.own_notices(commune)
    assert (notice.decision, notice.reason, notice.owner_unit, notice.resent) == ("returned", "Thiếu số liệu tháng 9", "19", False)

    # corrected and sent again: the district relays it, the province sees the changed data
    from datetime import date

    from app.services import logbook, read

    a = next(read.activities(commune, read.default_scope(commune), date(2026, 7, 1), date(2026, 9, 30)))
    a.participants += 5
    logbook.save_activity(commune, a)
    import_bundle(c.district, c.send(commune))
    up = c.relay()
    assert [(e["unit_code"], e["seq"]) for e in up["relayed"]] == [("05830", 1), ("05830", 2)]
    import_bundle(c.province, Path(up["path"]))
    assert approvals.decision_of(c.province, "05830", "2026-Q3").changed
    approvals.approve(c.province, "05830", "2026-Q3")
    import_bundle(c.district, _down(c.province, "05830", tmp_path / "so2"))
    import_bundle(commune, _down(c.district, "05830", tmp_path / "huyen2"))
    assert [(n.period, n.decision) for n in approvals.own_notices(commune)] == [("2026-Q3", "approved")]


def test_only_the_districts_province_on_its_own_communes_is_forwarded(chain, tmp_path):
    c = chain
    c.member("05830")
    other = c.commune("05443")  # a commune of the province that does not report through the district
    import_bundle(c.province, c.send(other))
    approvals.approve(c.province, "05443", "2026-Q3")
    before = approvals_repo.history(c.district.db)
    with pytest.raises(DecisionTargetError):
        import_bundle(c.district, _down(c.province, "05443", tmp_path / "so"))
    assert approvals_repo.history(c.district.db) == before


def test_a_forwarded_line_needs_the_forwarding_manifest(chain, tmp_path):
    c = chain
    commune = c.member("05830")
    trust_key(commune, "164", key_info(c.district).fingerprint)
    import_bundle(c.district, c.send(commune))
    import_bundle(c.province, Path(c.relay()["path"]))
    approvals.approve(c.province, "05830", "2026-Q3")
    import_bundle(c.district, _down(c.province, "05830", tmp_path / "so"))
    down = _down(c.district, "05830", tmp_path / "huyen")
    vb = verify_bundle(down, catalogs=commune.catalogs, today=commune.today(), trust=None)
    manifest = dict(vb.manifest)
    manifest.pop("forwarded_from")
    from app.sync import decisions as dec

    data = zipfile.ZipFile(down).read(dec.MEMBER)
    with pytest.raises(BundleRecordError):
        dec.parse_decisions(manifest, data)  # a line owned by the province in a plain district bundle
