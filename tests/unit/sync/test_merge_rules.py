"""The merge rules over plain records: revisions decide, one writer per record, nothing dropped silently."""

from app.sync.merge import StoredState, decide, plan_table, sequence_gaps
from app.sync.records import BundleRecord, record_hash

PAYLOAD = {"title": "Tuyên truyền", "participants": 10}


def rec(rev, base_rev=None, deleted=False, payload=PAYLOAD, owner="05443", rev_by="inst-a"):
    return BundleRecord("activities", "id-1", owner, rev, rev - 1 if base_rev is None else base_rev, rev_by, deleted, "2026-01-01T00:00:00+07:00", "2026-01-01T00:00:00+07:00", payload)


def state(rev, deleted=False, payload=PAYLOAD, owner="05443", rev_by="inst-a"):
    return StoredState(owner, rev, rev - 1, rev_by, deleted, record_hash(payload, deleted))


def test_new_unchanged_updated_stale():
    assert decide(None, rec(1)).outcome == "new"
    assert decide(state(2), rec(2)).outcome == "unchanged"
    assert decide(state(2), rec(2, rev_by="inst-b")).outcome == "unchanged"  # same content: who wrote it is no conflict
    assert decide(state(2), rec(3)).outcome == "updated"
    d = decide(state(2), rec(1))
    assert d.outcome == "stale" and "older than the stored revision 2" in d.reason


def test_same_revision_different_content_is_a_conflict():
    d = decide(state(2), rec(2, payload={**PAYLOAD, "participants": 11}, rev_by="inst-b"))
    assert d.outcome == "conflicts" and "stored version stays" in d.reason


def test_a_tombstone_beats_stale_edits_and_a_newer_tombstone_applies():
    assert decide(state(3, deleted=True), rec(2)).outcome == "stale"
    assert decide(state(3, deleted=True), rec(2)).reason.endswith("(revision 3)")
    d = decide(state(2), rec(3, deleted=True))
    assert (d.outcome, d.reason) == ("deleted", "revision 2 → 3")  # counted as deleted, not as updated
    # a tombstone and an edit of the same revision: a conflict, the stored version stays
    assert decide(state(3), rec(3, deleted=True)).outcome == "conflicts"


def test_newer_revision_over_missed_revisions_and_over_an_older_base():
    d = decide(state(2), rec(5, base_rev=4))
    assert d.outcome == "updated" and "3–4 were never received" in d.reason
    d = decide(state(3), rec(4, base_rev=2))
    assert d.outcome == "conflicts" and "made from revision 2" in d.reason


def test_an_id_another_unit_holds_is_judged_by_the_computer_that_made_each_version():
    """A version made by the holder's computer is refused; a stored copy made by the sender's computer goes back
    to the sender; when nothing tells them apart: a collision kept for review, both units named."""
    computers = {"19": {"inst-19"}, "05443": {"inst-a"}}
    d = decide(state(1, owner="19", rev_by="inst-19"), rec(2, rev_by="inst-19"), installations=computers)
    assert d.outcome == "rejected" and "belongs to unit 19" in d.reason and "not of unit 05443" in d.reason
    d = decide(state(3, owner="19", rev_by="inst-a"), rec(2, rev_by="inst-a"), installations=computers)
    assert (d.outcome, d.takes_from) == ("updated", "19")  # even at a lower revision: the copy was never 19's
    d = decide(state(1, owner="19", rev_by="inst-19"), rec(2, rev_by="inst-a"), installations=computers)
    assert d.outcome == "conflicts" and d.collision == "19" and "unit 19 already holds" in d.reason
    assert decide(state(1, owner="19"), rec(2)).outcome == "conflicts"  # nothing known of either: never refused whole


def test_plan_counts_and_details():
    stored = {"a": state(1), "b": state(2), "c": state(2)}
    recs = [
        BundleRecord("activities", i, "05443", r, r - 1, "x", False, "t", "t", p)
        for i, r, p in (("a", 2, PAYLOAD), ("b", 1, PAYLOAD), ("c", 2, {"x": 1}), ("d", 1, PAYLOAD))
    ]
    plan = plan_table("activities", recs, stored)
    assert {k: v for k, v in plan.counts.items() if v} == {"updated": 1, "stale": 1, "conflicts": 1, "new": 1}
    assert [d["id"] for d in plan.details] == ["b", "c"]


def test_sequence_gaps():
    assert sequence_gaps([]) == []
    assert sequence_gaps([1, 2, 3]) == []
    assert sequence_gaps([2, 5]) == [1, 3, 4]


def test_a_record_made_again_elsewhere_is_a_conflict_not_stale():
    """A reinstalled computer imports a spreadsheet that carries the record ids: revisions restart at 1. Older
    than the stored revision, but made again (another creation time, other content): kept for a person."""
    made_again = BundleRecord("activities", "id-1", "05443", 1, 0, "inst-new", False, "2026-12-01T08:00:00+07:00", "2026-12-01T08:00:00+07:00", {**PAYLOAD, "participants": 77})
    stored = StoredState("05443", 4, 3, "inst-a", False, record_hash(PAYLOAD, False), "2026-01-01T00:00:00+07:00")
    d = decide(stored, made_again)
    assert d.outcome == "conflicts" and "made again on another computer" in d.reason
    # the same creation (an old bundle arriving late) stays stale; so does a copy with the same content
    assert decide(stored, rec(2)).outcome == "stale"
    same = BundleRecord("activities", "id-1", "05443", 1, 0, "inst-new", False, "2026-12-01T08:00:00+07:00", "2026-12-01T08:00:00+07:00", PAYLOAD)
    assert decide(stored, same).outcome == "stale"


def test_numbers_another_installation_sent_are_not_missing():
    from app.sync.merge import Received, numbering

    restored = numbering([Received(1, "old", ("2026",)), Received(2, "old", ("2026",)), Received(3, "new", ("2026",))])
    assert (restored.missing, restored.superseded, restored.reused) == ([], [], [])
    lost = numbering([Received(1, "old", ("2026-Q1",)), Received(4, "new", ("2026-Q3",), ((3, "2026-Q2"),))])
    assert (lost.missing, lost.superseded) == ([2, 3], [])
    covered = numbering([Received(1, "old", ("2026-Q1",)), Received(3, "old", ("2026",), ((2, "2026-Q2"),))])
    assert (covered.missing, covered.superseded) == ([], [2])
