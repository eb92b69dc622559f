"""A trusted commune cannot take, overwrite or block another commune's records by sending their ids (id squatting),
and its records link only to its own unit's records (app.services.collisions)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from app.core.errors import AppError
from app.services.bundles import import_bundle, list_conflicts, resolve_conflict
from app.services.keys import trust_key
from app.store import merge as merge_repo
from app.sync import keys
from app.sync import manifest as fmt
from sync_helpers import COMMUNE, dump, edit_lines, read_members, tamper

SQUATTER = "05444"
SQUATTER_PC = "pc-of-05444"


@pytest.fixture
def squatter_key(upper):
    """Unit A (05444): a trusted commune of the same province with a key of its own."""
    from app.services import expected_units

    if expected_units.resolve(upper, SQUATTER) is None:
        expected_units.add_unit(upper, SQUATTER, name="Xã A")
    key = keys.new_private_key()
    trust_key(upper, SQUATTER, keys.format_fingerprint(keys.key_fingerprint(key)))
    return key


@pytest.fixture
def bundle(export):
    """Unit B's (the commune 05443) genuine bundle."""
    return export()


def forge(src: Path, dst: Path, key, *, take: dict[str, set[str]], rev_by: str | None = None, edit=None) -> Path:
    """A bundle signed by unit A carrying the records ``take`` (table -> ids) of B's bundle ``src`` as A's own
    (owner A); ``rev_by``: the computer named as their author (None: kept as B's, a plain copy)."""
    members = read_members(src)
    replace = {}
    for table in fmt.TABLES:
        name = fmt.data_member(table)
        if name not in members:
            continue
        lines = [ln for ln in members[name].decode().splitlines() if json.loads(ln)["id"] in take.get(table, ())]

        def own(rec):
            rec["owner"] = SQUATTER
            if rev_by:
                rec["rev_by"] = rev_by
            if edit:
                edit(table, rec)

        replace[name] = edit_lines("".join(x + "\n" for x in lines).encode(), own)

    def manifest(m):
        m["source"].update(unit_code=SQUATTER, unit_name="Xã A", installation_id=SQUATTER_PC)
        m["bundle_id"] = str(uuid.uuid4())
        m["key"] = {"algorithm": "Ed25519", "public_key": keys.public_b64(key), "fingerprint": keys.key_fingerprint(key)}

    drop = tuple(n for n in members if n.startswith("files/") or n.startswith("reports/"))
    return tamper(src, dst, replace=replace, drop=drop, manifest_edit=manifest, sign_with=key)


def newer(table, rec):
    """A later revision of a reporter, as a hijacker writes it."""
    rec["rev"], rec["base_rev"] = rec["rev"] + 1, rec["rev"]
    rec["payload"]["full_name"] = "Kẻ mạo danh"


def row(ws, table: str, rid: str) -> dict:
    return merge_repo.stored_records(ws.db, table, [rid])[rid]


def test_a_plain_copy_sent_first_goes_back_to_its_genuine_owner(upper, commune, bundle, squatter_key, tmp_path):
    a1 = commune.sample["a1"]
    squat = forge(bundle, tmp_path / "squat.pbgdpl", squatter_key, take={"activities": {a1.id}})
    import_bundle(upper, squat)
    assert row(upper, "activities", a1.id)["owner"] == SQUATTER  # nothing known yet: accepted

    report = import_bundle(upper, bundle)  # B's genuine bundle is never refused because of it

    stored = row(upper, "activities", a1.id)
    assert stored["owner"] == COMMUNE and stored["payload"]["title"] == a1.title
    assert row(upper, "attachments", commune.sample["att"].id)["owner"] == COMMUNE  # its photo came with it
    assert report.tables["activities"].updated == 1
    kept = [c for c in list_conflicts(upper) if c["record_id"] == a1.id]
    assert len(kept) == 1 and kept[0]["owner_unit"] == SQUATTER
    assert "made by a computer of unit 05443" in kept[0]["reason"] and "05444" in kept[0]["reason"]


def test_a_disguised_copy_sent_first_is_a_collision_naming_both_units(upper, commune, bundle, squatter_key, tmp_path):
    """The squatter names its own computer as the author: nothing tells the two apart, so B's bundle is imported,
    A's record stays where it is, and B's version waits beside it (with its photo) for the officer."""
    a1, att = commune.sample["a1"], commune.sample["att"]
    squat = forge(bundle, tmp_path / "squat.pbgdpl", squatter_key, take={"activities": {a1.id}}, rev_by=SQUATTER_PC)
    import_bundle(upper, squat)

    report = import_bundle(upper, bundle)

    assert report.tables["activities"].conflicts == 1 and report.tables["attachments"].conflicts == 1
    assert row(upper, "activities", a1.id)["owner"] == SQUATTER
    assert row(upper, "activities", commune.sample["a2"].id)["owner"] == COMMUNE  # the rest of B's bundle is in
    assert row(upper, "reporters", commune.sample["r1"].id)["owner"] == COMMUNE
    assert att.id not in merge_repo.stored_records(upper.db, "attachments", [att.id])  # never under A's record
    open_ = {c["record_id"]: c for c in list_conflicts(upper)}
    assert "id collision" in open_[a1.id]["reason"] and SQUATTER in open_[a1.id]["reason"]
    assert COMMUNE in open_[a1.id]["reason"] and open_[a1.id]["owner_unit"] == COMMUNE
    assert "05444 holds too" in open_[att.id]["reason"]

    # the officer decides: the record (then its photo) belongs to B
    resolve_conflict(upper, open_[a1.id]["id"], "theirs")
    resolve_conflict(upper, open_[att.id]["id"], "theirs")
    assert row(upper, "activities", a1.id)["owner"] == COMMUNE
    assert row(upper, "attachments", att.id)["owner"] == COMMUNE


def test_a_copy_of_a_record_already_held_is_refused_whole(upper, commune, bundle, squatter_key, tmp_path):
    """A sends B's record, made by B's computer, after B did: provably not A's; nothing of A's bundle is kept."""
    import_bundle(upper, bundle)
    r2 = commune.sample["r2"]

    hijack = forge(bundle, tmp_path / "hijack.pbgdpl", squatter_key, take={"reporters": {r2.id}}, edit=newer)
    before = dump(upper)
    with pytest.raises(AppError) as err:
        import_bundle(upper, hijack)
    assert err.value.code == "E-BUNDLE-RECORD"
    assert "already belongs to unit 05443" in err.value.message and "not of unit 05444" in err.value.message
    assert dump(upper) == before


def test_a_disguised_copy_of_a_record_already_held_changes_nothing_of_it(upper, commune, bundle, squatter_key, tmp_path):
    import_bundle(upper, bundle)
    r2 = commune.sample["r2"]

    hijack = forge(bundle, tmp_path / "hijack.pbgdpl", squatter_key, take={"reporters": {r2.id}}, rev_by=SQUATTER_PC, edit=newer)
    report = import_bundle(upper, hijack)
    assert report.tables["reporters"].conflicts == 1
    stored = row(upper, "reporters", r2.id)
    assert stored["owner"] == COMMUNE and stored["payload"]["full_name"] == r2.full_name
    (c,) = [c for c in list_conflicts(upper) if c["record_id"] == r2.id]
    assert "unit 05443 already holds" in c["reason"] and "unit 05444 sends it too" in c["reason"]


def test_a_link_to_another_units_reporter_is_refused(upper, commune, bundle, squatter_key, tmp_path):
    import_bundle(upper, bundle)
    a2, r1 = commune.sample["a2"], commune.sample["r1"]

    def mine(table, rec):
        rec["id"] = "a-own-activity"
        rec["payload"]["reporter_ids"] = [r1.id]  # B's reporter, not in A's bundle

    link = forge(bundle, tmp_path / "link.pbgdpl", squatter_key, take={"activities": {a2.id}}, rev_by=SQUATTER_PC, edit=mine)
    before = dump(upper)
    with pytest.raises(AppError) as err:
        import_bundle(upper, link)
    assert err.value.code == "E-BUNDLE-RECORD"
    assert f"links to reporter {r1.id} of unit 05443" in err.value.message and "05444" in err.value.message
    assert dump(upper) == before


def test_the_upper_levels_own_record_stays_and_the_communes_bundle_is_imported(upper, commune, bundle):
    from app.core.models import Reporter
    from app.services import logbook

    r = Reporter(id=commune.sample["r2"].id, kind="ttv", full_name="Người của Sở")
    logbook.save_reporter(upper, r)  # the province already holds this id
    report = import_bundle(upper, bundle)
    assert report.tables["reporters"].conflicts == 1
    assert row(upper, "reporters", r.id)["payload"]["full_name"] == "Người của Sở"
    assert row(upper, "reporters", commune.sample["r1"].id)["owner"] == COMMUNE
