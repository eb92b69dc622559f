"""The log's search: the trigram index (words of 3+ characters) and LIKE give the same activities, it stays in
step with every way activities are written, and the log's rowid queries match the id queries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core.models import Activity
from app.store import activities
from app.store.audit import WriteContext
from app.store.bulk import insert_activities_bulk

UNIT = "05443"

TITLES = [
    "Tuyên truyền Luật Hòa giải ở cơ sở",
    "Hoà giải viên tập huấn kỹ năng",  # the older tone placement
    "Phổ biến Luật Đất đai năm 2024",
    "Tư vấn pháp luật về đất đai cho hộ nghèo",
    "Nói chuyện chuyên đề phòng, chống bạo lực gia đình",
    "Hội Liên hiệp Phụ nữ: quyền của phụ nữ và trẻ em",
    "Luật Giao thông đường bộ cho học sinh",
    "Sinh hoạt câu lạc bộ pháp luật xóm Nà Khoang",
    "Họp dân bản Nà Hin về Luật Cư trú",
    "Tuyên truyền 100% hộ gia đình_thôn 3",  # LIKE's wildcards as plain text
    "Khoa học pháp lý cho cán bộ xã",
    "Luật Hôn nhân và gia đình",
]
PLACES = ["Nhà văn hóa xóm Nà Khoang", "Hội trường UBND phường", "Trường THCS Đồng Bẩm", "Thôn Hòa Bình"]

QUERIES = [
    "", "h", "hò", "hòa", "HÒA GIẢI", "hoa giai", "hoà", "đất đai", "dat dai", "dat d", "Nà", "na", "n", "xóm",
    "xom na khoang", "phụ nữ", "phu nu", "phụ n", "giao thong", "giao thông đường bộ", "khoa", "hoa khoa",
    "100%", "%", "_", "gia đình_thôn", "luat", "luật cư trú", "zzz", "a b c", '"', "hòa  giải", "ĐỒNG BẨM", "dong bam",
]


def ctx(now="2026-11-26T09:30:00+07:00"):
    return WriteContext(installation="inst-1", actor="Nguyễn Thị Hường", unit=UNIT, now=now)


def _activities(n: int, offset: int = 0) -> list[Activity]:
    out = []
    for i in range(n):
        k = i + offset
        out.append(
            Activity(
                date=date(2026, 1, 1) + timedelta(days=k % 300),
                title=TITLES[k % len(TITLES)],
                place=PLACES[k % len(PLACES)],
                forms=["TRUC_TIEP"],
                participants=10 + k,
                women=k % 7,
            )
        )
    return out


@pytest.fixture
def log_db(workspace):
    db = workspace.db
    assert activities.fts_available(db), "SQLite with FTS5 and the trigram tokenizer (3.34+) is expected here"
    with db.atomic():
        for a in _activities(30):
            activities.save_activity(db, a, ctx())
        insert_activities_bulk(db, _activities(30, offset=30), ctx())
    return db


def _both(db, **kw) -> tuple[list[str], list[str]]:
    flt = activities.ActivityFilter(units=(UNIT,), **kw)
    fts = [rowid for rowid, _ in activities.query_rowids(db, flt, use_fts=True)]
    like = [rowid for rowid, _ in activities.query_rowids(db, flt, use_fts=False)]
    return fts, like


@pytest.mark.parametrize("sparse", [0, 4, 2000], ids=["many-matches", "threshold-4", "few-matches"])
@pytest.mark.parametrize("text", QUERIES)
def test_trigram_index_and_like_find_the_same_activities(log_db, text, sparse, monkeypatch):
    """Whichever way the rows are found (from the index's matches, or walking the log with LIKE), the same rows."""
    monkeypatch.setattr(activities, "SPARSE_MATCHES", sparse)
    fts, like = _both(log_db, text=text)
    assert fts == like
    flt = activities.ActivityFilter(units=(UNIT,), text=text)
    assert activities.totals(log_db, flt, use_fts=True) == activities.totals(log_db, flt, use_fts=False)


def test_the_queries_really_match_something(log_db):
    """Guards the test above: most queries find some activities but not all, so equal lists mean something."""
    counts = {q: len(_both(log_db, text=q)[1]) for q in QUERIES}
    assert counts[""] == 60 and counts["zzz"] == 0
    assert 0 < counts["hoa giai"] < 60 and counts["hoa giai"] == counts["HÒA GIẢI"] == counts["hòa  giải"]
    assert counts["100%"] == 5 and counts["_"] == 5 and counts["%"] == 5
    assert 0 < counts["xom na khoang"] < counts["na"]
    assert counts["khoa"] > 0 and counts["hoa khoa"] == counts["khoa"]  # every "khoa" contains "hoa"


def test_index_follows_updates_tombstones_and_bulk_loads(log_db):
    db = log_db
    flt = activities.ActivityFilter(units=(UNIT,), text="thủy lợi")
    assert activities.query_ids(db, flt) == []
    first = activities.query_ids(db, activities.ActivityFilter(units=(UNIT,)))[0]
    a = activities.get_activity(db, first)
    old_title = a.title
    a.title = "Phổ biến Luật Thủy lợi"
    with db.atomic():
        activities.save_activity(db, a, ctx("2026-11-27T09:30:00+07:00"))
    assert activities.query_ids(db, flt) == [a.id]
    old = activities.ActivityFilter(units=(UNIT,), text=old_title)
    assert a.id not in activities.query_ids(db, old)
    assert [r for r, _ in activities.query_rowids(db, old, use_fts=True)] == [r for r, _ in activities.query_rowids(db, old, use_fts=False)]
    with db.atomic():
        activities.delete_activity(db, a.id, ctx("2026-11-28T09:30:00+07:00"))
    assert activities.query_ids(db, flt) == []
    assert activities.query_ids(db, activities.ActivityFilter(units=(UNIT,), text="thuy loi", include_deleted=True)) == [a.id]
    # the index holds exactly one entry per activity, with the stored key (FTS5's own consistency check)
    db.execute("INSERT INTO activities_search (activities_search) VALUES ('integrity-check')")


def test_search_reads_few_matches_from_the_index_and_many_by_walking_the_log(log_db, monkeypatch):
    """The plan follows how many activities the words match (the walk stops early only when matches are many)."""
    db = log_db

    def plan(text: str) -> str:
        source, params = activities._source(db, activities.ActivityFilter(units=(UNIT,), text=text))
        return " | ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN SELECT a.rowid{source} ORDER BY a.date", params))

    monkeypatch.setattr(activities, "SPARSE_MATCHES", 10)
    assert 0 < len(_both(db, text="hôn nhân")[0]) <= 10 < len(_both(db, text="luat")[0])
    few = plan("hôn nhân")
    assert few.startswith("SCAN s VIRTUAL TABLE") and "INTEGER PRIMARY KEY" in few, few
    many = plan("luat")
    assert "activities_search" not in many and "activities_log" in many, many


@pytest.mark.parametrize("sparse", [0, 2000], ids=["many-matches", "few-matches"])
def test_rowid_pages_resume_where_they_stopped(log_db, sparse, monkeypatch):
    monkeypatch.setattr(activities, "SPARSE_MATCHES", sparse)
    db = log_db
    for order, descending, text in (("date", True, "a"), ("date", False, "hòa giải"), ("participants", True, "luat"), ("title", False, "a")):
        flt = activities.ActivityFilter(units=(UNIT,), text=text)
        whole = activities.query_rowids(db, flt, order, descending)
        pieces, after = [], None
        while True:
            chunk = activities.query_rowids(db, flt, order, descending, after=after, limit=7)
            pieces += chunk
            if len(chunk) < 7:
                break
            after = (chunk[-1][1], chunk[-1][0])
        assert pieces == whole
        ids = [a.id for a in (activities.fetch_by_rowids(db, [r for r, _ in whole])[r] for r, _ in whole)]
        assert ids == activities.query_ids(db, flt, order, descending)


def test_without_the_index_search_falls_back_to_like(log_db, monkeypatch):
    monkeypatch.setattr(activities, "_FTS_SQLITE", (99, 0, 0))
    log_db._pbgdpl_fts = None
    assert not activities.fts_available(log_db)
    where, _params = activities._source(log_db, activities.ActivityFilter(text="hòa giải"))
    assert "MATCH" not in where and "LIKE" in where
    log_db._pbgdpl_fts = None


def _hashsize(db) -> int:
    """The index's in-memory buffer for new terms (search_index fills a batch with a larger one)."""
    row = db.execute("SELECT v FROM activities_search_config WHERE k = 'hashsize'").fetchone()
    return row[0] if row else 1 << 20


def _trigger_sql(db) -> str | None:
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'activities_search_insert'").fetchone()
    return row[0] if row else None


@pytest.mark.parametrize("bulk_min", [1, 10**9], ids=["index-after-rows", "trigger-per-row"])
def test_a_large_batch_is_indexed_after_its_rows_and_searches_right_away(log_db, bulk_min, monkeypatch):
    """A bulk load over search_index.BULK_MIN fills the index once after the rows (the insert trigger is dropped
    and made again in the same transaction): a search right after finds exactly what LIKE finds."""
    from app.store import search_index

    monkeypatch.setattr(search_index, "BULK_MIN", bulk_min)
    db, trigger = log_db, _trigger_sql(log_db)
    with db.atomic():
        insert_activities_bulk(db, _activities(40, offset=60), ctx())
    assert _trigger_sql(db) == trigger  # the trigger is back, exactly as it was
    assert _hashsize(db) == 1 << 20  # and the index's usual buffer
    for text in QUERIES:
        fts, like = _both(db, text=text)
        assert fts == like, text
    assert len(_both(db, text="")[0]) == 100
    db.execute("INSERT INTO activities_search (activities_search) VALUES ('integrity-check')")
    # a later single save is indexed by the trigger again
    a = _activities(1, offset=200)[0]
    a.title = "Phổ biến Luật Thủy lợi"
    with db.atomic():
        activities.save_activity(db, a, ctx())
    assert activities.query_ids(db, activities.ActivityFilter(units=(UNIT,), text="thuy loi")) == [a.id]


def test_a_batch_rolled_back_leaves_the_trigger_and_the_index_as_they_were(log_db, monkeypatch):
    from app.store import search_index

    monkeypatch.setattr(search_index, "BULK_MIN", 1)
    db, trigger = log_db, _trigger_sql(log_db)
    before = _both(db, text="luat")
    with pytest.raises(RuntimeError), db.atomic():
        insert_activities_bulk(db, _activities(20, offset=60), ctx())
        raise RuntimeError("a later check refused the batch")
    assert _trigger_sql(db) == trigger and _both(db, text="luat") == before and _hashsize(db) == 1 << 20
    db.execute("INSERT INTO activities_search (activities_search) VALUES ('integrity-check')")


@pytest.mark.parametrize("update_min", [1, 10**9], ids=["index-after-rows", "trigger-per-row"])
def test_a_large_batch_of_updates_is_followed_by_the_index_after_its_rows(log_db, update_min, monkeypatch):
    """merge.update_records over search_index.UPDATE_MIN: the update trigger is dropped for the batch and the
    index follows once after the rows (old terms deleted, new ones added, in rowid order); same rows found."""
    from app.store import merge as merge_repo
    from app.store import search_index

    monkeypatch.setattr(search_index, "UPDATE_MIN", update_min)
    db = log_db
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE name = 'activities_search_update'").fetchone()[0]
    ids = activities.query_ids(db, activities.ActivityFilter(units=(UNIT,)))[:25]
    stored = merge_repo.stored_records(db, "activities", ids)
    recs = []
    for n, rid in enumerate(ids):
        rec = stored[rid]
        title = "Phổ biến Luật Thủy lợi" if n % 2 else rec["payload"]["title"]  # half keep their key
        recs.append({**rec, "rev": rec["rev"] + 1, "base_rev": rec["rev"], "payload": {**rec["payload"], "title": title}})
    with db.atomic():
        merge_repo.update_records(db, "activities", recs)
    assert db.execute("SELECT sql FROM sqlite_master WHERE name = 'activities_search_update'").fetchone()[0] == trigger
    assert _hashsize(db) == 1 << 20
    found = activities.query_ids(db, activities.ActivityFilter(units=(UNIT,), text="thuy loi"))
    assert sorted(found) == sorted(ids[1::2])
    for text in QUERIES:
        fts, like = _both(db, text=text)
        assert fts == like, text
    db.execute("INSERT INTO activities_search (activities_search) VALUES ('integrity-check')")


def test_a_transaction_sqlite_rolled_back_itself_keeps_its_trigger_and_the_first_error(log_db):
    """On a full disk SQLite rolls the whole transaction back, the dropped trigger with it: the trigger is not
    made twice, and the caller sees the failure itself."""
    from app.store import search_index

    db, trigger = log_db, _trigger_sql(log_db)
    db.execute("BEGIN")
    with pytest.raises(RuntimeError, match="disk is full"):
        with search_index._without(db, "activities_search_insert") as dropped:
            assert dropped and _trigger_sql(db) is None
            db.execute("ROLLBACK")  # what SQLite does on SQLITE_FULL
            raise RuntimeError("database or disk is full")
    assert not db.conn.in_transaction and _trigger_sql(db) == trigger
