"""Relay bundles (export upward): a district carries the original bundles it received, unchanged; the province
verifies and imports each on its own; refusals, retries, returned periods withheld, tampering and old readers."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.core.errors import AppError
from app.services import approvals, completeness
from app.services.bundles import import_bundle
from app.services.keys import key_info, trust_key
from app.sync import keys as sync_keys
from app.sync import manifest as fmt
from app.sync.errors import BundleFormatError, BundleHashError, BundleVersionError
from app.sync.verify import verify_bundle
from tests.board_helpers import Chain, at


@pytest.fixture
def chain(tmp_path):
    with Chain(tmp_path) as c:
        yield c


def _status(board, code):
    statuses = {r.unit_code: r.status for r in board.rows}
    return statuses[code]


def test_a_district_relays_its_communes_and_the_province_sees_the_communes(chain):
    a, b = chain.member("05830"), chain.member("05569", enrol_at_province=False)
    sent = {code: chain.send(ws) for code, ws in (("05830", a), ("05569", b))}
    for path in sent.values():
        import_bundle(chain.district, path)
    up = chain.relay()
    assert [e["unit_code"] for e in up["relayed"]] == ["05569", "05830"]
    vb = verify_bundle(Path(up["path"]), catalogs=chain.province.catalogs, today=chain.province.today(), trust=None)
    assert (vb.manifest["format_version"], vb.manifest["min_reader_version"]) == (fmt.RELAY_VERSION, fmt.RELAY_VERSION)
    with zipfile.ZipFile(up["path"]) as zf:
        assert zf.read(f"relay/{sent['05830'].name}") == sent["05830"].read_bytes()

    # 05569's key is not enrolled at the province: that one is refused, the other imported
    report = import_bundle(chain.province, Path(up["path"]))
    by_unit = {r["unit_code"]: r for r in report.relayed}
    assert by_unit["05830"]["ok"] and not by_unit["05569"]["ok"]
    assert by_unit["05569"]["error"]["code"] == "E-BUNDLE-UNTRUSTED"
    board = completeness.board(chain.province, "2026-Q3")
    assert (_status(board, "05830"), _status(board, "05569")) == (completeness.RECEIVED, completeness.NOT_RECEIVED)
    assert board.expected == 92  # the district is not a unit of the rate

    # enrolled from its sheet, the same relay file imported again completes the chain
    trust_key(chain.province, "05569", key_info(b).fingerprint)
    again = import_bundle(chain.province, Path(up["path"]))
    assert again.already_imported is not None
    by_unit = {r["unit_code"]: r for r in again.relayed}
    assert by_unit["05569"]["ok"] and by_unit["05569"]["report"]["tables"]["activities"]["new"] == 2
    assert by_unit["05830"]["report"]["already_imported"] is not None
    assert _status(completeness.board(chain.province, "2026-Q3"), "05569") == completeness.RECEIVED


def test_a_returned_period_is_withheld_until_the_corrected_bundle_arrives(chain):
    a = chain.member("05830")
    import_bundle(chain.district, chain.send(a))
    chain.district.clock.now = at(2026, 10, 21)
    approvals.return_(chain.district, "05830", "2026-Q3", "Thiếu số liệu")
    up = chain.relay()
    assert up["relayed"] == [] and [w["unit_code"] for w in up["withheld"]] == ["05830"]
    vb = verify_bundle(Path(up["path"]), catalogs=chain.province.catalogs, today=chain.province.today(), trust=None)
    assert "relay" not in vb.manifest and vb.manifest["min_reader_version"] == 1  # nothing carried: a plain bundle
    from app.core.models import Activity
    from app.services.logbook import save_activity
    from datetime import date

    save_activity(a, Activity(date=date(2026, 9, 9), title="Bổ sung", forms=["TRUC_TIEP"], participants=5))
    import_bundle(chain.district, chain.send(a, on=at(2026, 10, 22)))
    up = chain.relay()
    assert [e["seq"] for e in up["relayed"]] == [1, 2] and up["withheld"] == []


def test_an_annual_relay_carries_the_quarters_and_a_year_bundle(chain):
    a = chain.member("05830")
    import_bundle(chain.district, chain.send(a, "2026-Q3"))
    import_bundle(chain.district, chain.send(a, "2026"))
    assert [e["periods"] for e in chain.relay("2026")["relayed"]] == [["2026-Q3"], ["2026"]]
    assert [e["periods"] for e in chain.relay("2026-Q3")["relayed"]] == [["2026-Q3"]]  # the year is not inside Q3


def _rewrite(path: Path, out: Path, change) -> Path:
    """A copy of ``path`` with its members changed by ``change(members: dict) -> None`` (signature kept as is)."""
    with zipfile.ZipFile(path) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        members = {name: zf.read(i) for name, i in infos.items()}
    change(members)
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(infos[name], data)
    return out


def _resign(members: dict, key, manifest: dict) -> None:
    raw = fmt.encode_manifest(manifest)
    members["manifest.json"] = raw
    members["manifest.sig"] = sync_keys.sign(key, raw)


def test_tampered_or_malformed_relays_are_refused_and_old_readers_say_the_version(chain, tmp_path, monkeypatch):
    a = chain.member("05830")
    import_bundle(chain.district, chain.send(a))
    path = Path(chain.relay()["path"])
    kwargs = dict(catalogs=chain.province.catalogs, today=chain.province.today(), trust=None)
    member = next(n for n in zipfile.ZipFile(path).namelist() if n.startswith("relay/"))

    def swap(members):  # another file in place of the carried bundle: the relaying unit's signature catches it
        members[member] = members[member][:-1] + b"x"

    with pytest.raises(BundleHashError):
        verify_bundle(_rewrite(path, tmp_path / "t1.pbgdpl", swap), **kwargs)

    from app.services.keys import load_signing_key

    key, _row = load_signing_key(chain.district, None)
    manifest = json.loads(zipfile.ZipFile(path).read("manifest.json"))

    def no_entry(members):  # signed, but a relay/ member without its entry
        _resign(members, key, {**manifest, "relay": []})

    with pytest.raises(BundleFormatError, match="relay"):
        verify_bundle(_rewrite(path, tmp_path / "t2.pbgdpl", no_entry), **kwargs)

    def low_version(members):  # carried bundles claimed under a reader version that does not know them
        _resign(members, key, {**manifest, "format_version": 3, "min_reader_version": 3})

    with pytest.raises(BundleFormatError, match="min_reader_version 4"):
        verify_bundle(_rewrite(path, tmp_path / "t3.pbgdpl", low_version), **kwargs)

    def own_unit(members):  # an entry claiming the relaying unit itself
        _resign(members, key, {**manifest, "relay": [{**manifest["relay"][0], "unit_code": "164"}]})

    with pytest.raises(BundleFormatError):
        verify_bundle(_rewrite(path, tmp_path / "t4.pbgdpl", own_unit), **kwargs)

    monkeypatch.setattr(fmt, "READER_VERSION", 3)  # a pbgdpl of the previous round
    with pytest.raises(BundleVersionError) as exc:
        verify_bundle(path, **kwargs)
    assert exc.value.details["needed"] == 4
    assert isinstance(exc.value, AppError)


def test_a_relay_also_carries_earlier_periods_not_relayed_yet_so_the_province_sees_no_false_gap(chain):
    a = chain.member("05830")
    q2, q3 = chain.send(a, "2026-Q2"), chain.send(a, "2026-Q3")  # numbers 1 and 2
    for path in (q2, q3):
        import_bundle(chain.district, path)
    up = chain.relay("2026-Q3")  # the district relays for the first time, for Q3 only
    assert [(e["unit_code"], e["seq"], e["periods"]) for e in up["relayed"]] == [("05830", 1, ["2026-Q2"]), ("05830", 2, ["2026-Q3"])]
    report = import_bundle(chain.province, Path(up["path"]))
    assert [r["ok"] for r in report.relayed] == [True, True]
    assert report.relayed[-1]["report"]["sequence_gaps"] == []  # no. 1 is not missing at the province
    assert _status(completeness.board(chain.province, "2026-Q2"), "05830") == "nothing_to_report"  # its (empty) Q2 arrived
    again = chain.relay("2026-Q3")  # the Q2 bundle went up already: only the quarter's own travels again
    assert [(e["seq"], e["periods"]) for e in again["relayed"]] == [(2, ["2026-Q3"])]
    q4 = chain.send(a, "2026-Q4")  # a later period waits for its own relay
    import_bundle(chain.district, q4)
    assert [e["seq"] for e in chain.relay("2026-Q3")["relayed"]] == [2]
    assert [e["seq"] for e in chain.relay("2026-Q4")["relayed"]] == [3]
