"""Demo data: same seed same data, realistic counts, every catalog code used, valid records, NFC text."""

import unicodedata
from collections import Counter
from datetime import date

import pytest

from app.core.demo_data import DemoGenerator, generate_activities, pick_commune
from app.core.demo_log import zone_of
from app.core.records import activity_payload, reporter_payload
from app.core.rules import validate_activity, validate_reporter
from app.services.catalogs import load_catalogs
from app.services.units import communes_of, find_unit

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def catalogs():
    return load_catalogs()


def build(seed, code=None):
    unit = find_unit(code) if code else pick_commune(communes_of("19"), seed)
    gen = DemoGenerator(seed, unit)
    officer = gen.officer()
    roster = gen.roster(TODAY)
    logs = [gen.log(roster, *span) for span in gen.years(TODAY)]
    return gen, officer, roster, logs


@pytest.fixture(scope="module")
def demo():
    return build(1)


def texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from texts(v)
    elif isinstance(value, list):
        for v in value:
            yield from texts(v)


def test_same_seed_gives_the_same_people_activities_and_ids():
    _, officer_a, roster_a, logs_a = build(5)
    _, officer_b, roster_b, logs_b = build(5)
    assert officer_a == officer_b
    assert [(r.id, reporter_payload(r)) for r in roster_a] == [(r.id, reporter_payload(r)) for r in roster_b]
    flat_a = [(a.id, activity_payload(a)) for log in logs_a for a in log]
    assert flat_a == [(a.id, activity_payload(a)) for log in logs_b for a in log]
    _, _, roster_c, logs_c = build(6)
    assert {r.id for r in roster_a}.isdisjoint(r.id for r in roster_c)


def test_different_seeds_give_different_communes():
    communes = communes_of("19")
    picked = [pick_commune(communes, seed).code for seed in range(1, 31)]
    assert len(set(picked)) == 30
    assert {find_unit(c).division_type for c in picked} == {"xã", "phường"}


def test_roster_size_kinds_and_dismissals(demo, catalogs):
    _, _, roster, _ = demo
    kinds = Counter(r.kind for r in roster)
    assert 23 <= kinds["ttv"] <= 27 and kinds["bcv"] == 3
    dismissed = Counter(r.kind for r in roster if r.status == "dismissed")
    assert 2 <= dismissed["ttv"] <= 4 and dismissed["bcv"] == 1
    for r in roster:
        assert r.recognition.number.endswith("/QĐ-UBND") and r.recognition.date <= TODAY
        if r.status == "dismissed":
            assert r.dismissal_ground in catalogs.dismissal_grounds and r.dismissal_reason
            assert r.recognition.date < r.dismissal.date <= TODAY
    trained = [r for r in roster if r.kind == "ttv" and r.trainings]
    assert len(trained) >= kinds["ttv"] * 0.6
    assert len({r.full_name for r in roster}) == len(roster)


def test_about_300_activities_a_year_with_every_form_and_target_group(demo, catalogs):
    _, _, _, logs = demo
    previous, current = logs
    assert {a.date.year for a in previous} == {2025} and {a.date.year for a in current} == {2026}
    assert 270 <= len(previous) <= 340
    assert 230 <= len(current) <= 320  # up to 26 November
    for log in logs:
        # forms 2026.2 added CLB_PL; the demo's random stream is kept (the golden bundle test signs its output)
        assert {f for a in log for f in a.forms} == set(catalogs.forms.codes()) - {"CLB_PL"}
        assert {g for a in log for g in a.target_groups} == set(catalogs.target_groups.codes())
    ids = [a.id for log in logs for a in log]
    assert len(set(ids)) == len(ids)


def test_every_record_passes_the_rules_and_nothing_is_in_the_future(demo, catalogs):
    _, _, roster, logs = demo
    for r in roster:
        assert validate_reporter(r, catalogs, TODAY) == [], r
        assert all(t.date <= TODAY for t in r.trainings)
    for log in logs:
        for a in log:
            assert validate_activity(a, catalogs, TODAY) == [], a
            assert a.date <= TODAY
            assert a.cost % 50_000 == 0


def test_reporters_only_work_while_recognised(demo):
    _, _, roster, logs = demo
    by_id = {r.id: r for r in roster}
    used = 0
    for a in (a for log in logs for a in log):
        for rid in a.reporter_ids:
            assert by_id[rid].is_active(a.date), (a.date, by_id[rid].full_name)
            used += 1
    assert used > 200


def test_vietnamese_text_is_nfc(demo):
    _, officer, roster, logs = demo
    values = [*officer, *(t for r in roster for t in texts(reporter_payload(r)))]
    values += [t for log in logs for a in log for t in texts(activity_payload(a))]
    assert any("ệ" in v or "ố" in v for v in values)
    for v in values:
        assert unicodedata.is_normalized("NFC", v), v


def test_seasonal_rhythm(demo):
    _, _, _, logs = demo
    quarters = Counter((a.date.month - 1) // 3 for a in logs[0])
    months = Counter(a.date.month for a in logs[0])
    assert quarters[3] > quarters[0] * 1.3
    assert months[11] > months[2] * 2  # Ngày Pháp luật (9/11) against Tết
    pl_days = [a.date for a in logs[0] if "NGAY_PL" in a.forms]
    assert pl_days and all(date(2025, 10, 25) <= d <= date(2025, 11, 15) for d in pl_days)


def test_places_fit_the_commune_type():
    mountain, _, _, mountain_logs = build(1, "02104")  # Xã Tân Kỳ, former Bắc Kạn
    ward, _, _, ward_logs = build(1, "05443")  # Phường Phan Đình Phùng
    assert zone_of(mountain.unit) == "mountain" and zone_of(ward.unit) == "urban"
    assert all(h.startswith(("Thôn ", "Bản ")) for h in mountain.commune.hamlets)
    assert any(h.startswith("Bản ") for h in mountain.commune.hamlets)
    assert all(h.startswith("Tổ dân phố ") for h in ward.commune.hamlets)
    assert any("Tổ dân phố số" in a.title for a in ward_logs[0])

    def share(logs):
        rows = [a for a in logs[0] if a.participants]
        return sum(a.ethnic_minority for a in rows) / sum(a.participants for a in rows)

    assert share(mountain_logs) > 0.6 > 0.15 > share(ward_logs)


def test_generate_activities_is_lazy_deterministic_and_valid(catalogs):
    args = (9, "05443", ["r-1", "r-2", "r-3"], 2000, date(2023, 1, 1), date(2026, 11, 26))
    first = generate_activities(*args)
    assert iter(first) is first  # an iterator, not a list
    rows = list(first)
    again = list(generate_activities(*args))
    assert [(a.id, activity_payload(a)) for a in rows] == [(a.id, activity_payload(a)) for a in again]
    assert len(rows) == 2000 and len({a.id for a in rows}) == 2000
    assert [a.date for a in rows] == sorted(a.date for a in rows)
    assert rows[0].date >= date(2023, 1, 1) and rows[-1].date <= date(2026, 11, 26)
    assert {r for a in rows for r in a.reporter_ids} == {"r-1", "r-2", "r-3"}
    assert all(validate_activity(a, catalogs, TODAY) == [] for a in rows)
    other = list(generate_activities(9, "05455", ["r-1"], 50, date(2026, 1, 1), date(2026, 6, 30)))
    assert {a.id for a in other}.isdisjoint(a.id for a in rows)
