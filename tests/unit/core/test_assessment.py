"""Chuẩn tiếp cận pháp luật: the criteria sets as data and the scoring rules of each regime, at their boundaries."""

import copy
from decimal import Decimal

import pytest

from app.core.assessment import AnswerError, CriteriaSetError, parse_criteria_set, parse_value, score
from app.services.criteria import set_for_year, shipped_sets

CERTAIN = {"verified", "verified_quoted", "secondary", "secondary_app", "inference", "unknown"}


def _sets():
    return {s.set_id: s for s in shipped_sets()}


def test_shipped_sets_have_the_structure_of_the_law_with_source_and_certainty():
    sets = _sets()
    qd25, qd27 = sets["QD25_2021"], sets["QD27_2025"]
    assert [len(c.indicators) for c in qd25.criteria] == [2, 6, 3, 5, 4]  # 5 criteria, 20 indicators
    assert [len(c.indicators) for c in qd27.criteria] == [3, 7, 4]  # 3 criteria, 14 indicators
    for cset in (qd25, qd27):
        for crit in cset.criteria:
            assert crit.source and crit.certainty in CERTAIN
            for ind in crit.indicators:
                assert ind.name and ind.source and ind.certainty in CERTAIN
    assert qd25.criteria[0].max_points == 10
    assert qd25.indicator("1.1").max_points == 3
    # unknown points are empty data, named plainly
    assert "TC2" in qd25.missing_points() and "2.1" in qd25.missing_points() and "2.5≥90%" in qd25.missing_points()
    assert set_for_year(2024).set_id == "QD25_2021" and set_for_year(2026).set_id == "QD27_2025"


def _filled(qd25):
    """QĐ 25 with every unknown maximum filled in (as a province's catalog update would): 10/30/20/20/20."""
    data = copy.deepcopy(dict(qd25.data))
    data["version"] = "9999.1"
    maxima = {"TC2": 30, "TC3": 20, "TC4": 20, "TC5": 20}
    for crit in data["criteria"]:
        if crit["code"] in maxima:
            crit["max_points"] = maxima[crit["code"]]
            split = {"TC2": [5] * 6, "TC3": [8, 6, 6], "TC4": [4] * 5, "TC5": [5] * 4}[crit["code"]]
            for ind, most in zip(crit["indicators"], split):
                ind["max_points"] = most
        for ind in crit["indicators"]:
            for band in ind.get("bands", ()):
                if band["points"] is None:
                    band["points"] = ind["max_points"]
    return parse_criteria_set(data)


def _answers(cset, points, **over):
    """Every indicator scored at ``points`` share of its maximum (a dict code->share overrides), head not disciplined."""
    out = {"DK3": {"yes": False}}
    for ind in cset.indicators():
        share = over.get(ind.code.replace(".", "_"), points)
        out[ind.code] = {"points": str(Decimal(str(share)) * ind.max_points)}
    return out


@pytest.fixture(scope="module")
def qd25():
    return _filled(_sets()["QD25_2021"])


def test_qd25_80_points_recognised_79_5_not(qd25):
    answers = _answers(qd25, 0.8)
    assert score(qd25, answers).total == 80 and score(qd25, answers).status == "recognised"
    answers["5.4"] = {"points": str(Decimal(answers["5.4"]["points"]) - Decimal("0.5"))}
    result = score(qd25, answers)
    assert result.total == Decimal("79.5") and result.status == "not_recognised"
    assert [r.code for r in result.failing] == ["total-below-min"]


def test_qd25_criterion_at_exactly_half_passes_just_below_fails(qd25):
    answers = _answers(qd25, 1)
    for code in ("1.1", "1.2"):
        answers[code] = {"points": str(qd25.indicator(code).max_points / 2)}  # TC1 = 5 of 10
    result = score(qd25, answers)
    assert result.criterion("TC1").points == 5 and result.criterion("TC1").passed is True
    assert result.total == 95 and result.recognised is True
    answers["1.2"] = {"points": "3"}  # 4 of 10
    result = score(qd25, answers)
    assert result.criterion("TC1").passed is False and result.recognised is False
    assert [r.about for r in result.failing] == ["TC1"]


def test_qd25_disciplined_head_fails_with_95_points(qd25):
    answers = _answers(qd25, 0.95)
    answers["DK3"] = {"yes": True}
    result = score(qd25, answers)
    assert result.total == 95 and result.status == "not_recognised"
    assert [r.about for r in result.failing] == ["DK3"]
    del answers["DK3"]
    assert score(qd25, answers).status == "incomplete"  # the condition is separate from indicator 5.3


def test_qd25_indicator_1_1_sub_scores_and_nothing_due():
    qd25 = _sets()["QD25_2021"]
    assert score(qd25, {"1.1.a": {"yes": True}, "1.1.b": {"yes": False}}).indicator("1.1").points == 1
    assert score(qd25, {"1.1.a": {"yes": True}, "1.1.b": {"yes": True}}).indicator("1.1").points == 3
    assert score(qd25, {"1.1": {"not_due": True}}).indicator("1.1").points == 3


def test_qd25_band_2_5_and_zero_denominator():
    qd25 = _sets()["QD25_2021"]
    r = score(qd25, {"2.5": {"num": 8, "den": 10}})
    assert r.indicator("2.5").points == 1 and r.indicator("2.5").rates["2.5"] == 80
    assert score(qd25, {"2.5": {"num": 79, "den": 100}}).indicator("2.5").points == Decimal("0.5")
    assert score(qd25, {"2.5": {"num": 1, "den": 2}}).indicator("2.5").points == Decimal("0.25")
    top = score(qd25, {"2.5": {"num": 9, "den": 10}}).indicator("2.5")
    assert top.points is None and top.missing[0].code == "points-unknown"  # the top band is not invented
    nothing_due = score(_filled(qd25), {"2.5": {"num": 0, "den": 0}}).indicator("2.5")
    assert nothing_due.points == nothing_due.max_points == 5


def test_qd25_shipped_set_reports_missing_points_plainly_and_computes_what_it_can():
    qd25 = _sets()["QD25_2021"]
    answers = {"DK3": {"yes": False}, "1.1.a": {"yes": True}, "1.1.b": {"yes": True}, "1.2": {"points": "7"}}
    for ind in qd25.indicators()[2:]:
        answers[ind.code] = {"points": "4"}
    result = score(qd25, answers)
    assert result.status == "incomplete" and result.total == 82
    assert result.criterion("TC1").passed is True
    unknown = {r.about for r in result.missing if r.code == "points-unknown"}
    assert unknown == {"TC2", "TC3", "TC4", "TC5"}


def test_qd25_total_cannot_reach_80_is_already_not_recognised(qd25):
    answers = {"DK3": {"yes": False}}
    for ind in qd25.indicators()[:-1]:
        answers[ind.code] = {"points": "0"}
    result = score(qd25, answers)  # 5.4 open, but even full points leave the total far below 80
    assert result.status == "not_recognised"


@pytest.fixture(scope="module")
def qd27():
    return _sets()["QD27_2025"]


def _all_met(cset):
    out = {}
    for ind in cset.indicators():
        for part in ind.parts:
            out[part.code] = {"yes": True} if part.input == "yes_no" else {"selected": ["MANG_XA_HOI"]} if part.input == "checklist" else {"num": 5, "den": 5}
    return out


def test_qd27_all_met_recognised_one_unmet_not(qd27):
    answers = _all_met(qd27)
    assert score(qd27, answers).status == "recognised"
    answers["2.2"] = {"num": 9, "den": 10}
    result = score(qd27, answers)
    assert result.status == "not_recognised" and result.indicator("2.2").met is False
    assert [(r.about, r.code) for r in result.failing] == [("2.2", "not-met")] and "90%" in result.failing[0].message
    assert result.criterion("TC2").passed is False and result.criterion("TC1").passed is True


def test_qd27_zero_denominator_counts_as_met_and_thresholds_at_boundary(qd27):
    answers = _all_met(qd27)
    answers["2.3"] = {"num": 0, "den": 0}  # no information request that year
    answers["3.2.2"] = {"num": 8, "den": 10}  # 80 % mediated successfully: the threshold itself
    assert score(qd27, answers).status == "recognised"
    answers["3.2.2"] = {"num": 79, "den": 100}
    assert score(qd27, answers).status == "not_recognised"
    answers = _all_met(qd27)
    answers["2.5"] = {"selected": []}
    assert score(qd27, answers).indicator("2.5").met is False
    del answers["2.5"]
    assert score(qd27, answers).status == "incomplete"


def test_scoring_is_repeatable(qd27, qd25):
    answers = _all_met(qd27)
    assert score(qd27, answers).to_dict() == score(qd27, copy.deepcopy(answers)).to_dict()
    assert score(qd25, _answers(qd25, 0.8)).to_dict()["total"] == "80"


def test_typed_values(qd27):
    qd25 = _sets()["QD25_2021"]
    assert parse_value(qd27, "2.2", "12/15") == {"num": 12, "den": 15}
    assert parse_value(qd27, "2.1.1", "Có") == {"yes": True}
    assert parse_value(qd27, "2.1.2", "không đạt") == {"yes": False}
    assert parse_value(qd27, "2.5", "mang_xa_hoi, so_hoa") == {"selected": ["MANG_XA_HOI", "SO_HOA"]}
    assert parse_value(qd27, "2.3", "not_due") == {"not_due": True}
    assert parse_value(qd25, "1.2", "6,5") == {"points": "6.5"}
    assert parse_value(qd25, "2.5", "3") == {"points": "3"}
    assert parse_value(qd25, "DK3", "no") == {"yes": False}
    for code, text in [("2.2", "16/15"), ("2.2", "abc"), ("2.5", "FAX"), ("9.9", "1"), ("2.4", "1/2"), ("2.1.1", "maybe")]:
        with pytest.raises(AnswerError):
            parse_value(qd27, code, text)
    for text in ("8", "-1", "1.234"):
        with pytest.raises(AnswerError):
            parse_value(qd25, "1.2", text)


def test_a_broken_set_is_refused():
    data = copy.deepcopy(dict(_sets()["QD27_2025"].data))
    data["criteria"][0]["indicators"][1]["code"] = "1.1"
    with pytest.raises(CriteriaSetError, match="twice"):
        parse_criteria_set(data)
    data = copy.deepcopy(dict(_sets()["QD27_2025"].data))
    data["regime"] = "stars"
    with pytest.raises(CriteriaSetError):
        parse_criteria_set(data)
