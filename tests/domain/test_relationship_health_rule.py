"""The health grade's rule: points off per factor up to its cap, thresholds, stored grading."""

from __future__ import annotations

import json

import pytest

from domain.rules.relationship_health import (
    DEFAULT_WEIGHTS,
    Factor,
    Grade,
    GradingError,
    HealthFacts,
    HealthGrading,
    Weight,
    explanation,
    mean_score,
    score,
)


def test_a_relationship_with_nothing_wrong_is_an_a_at_100() -> None:
    result = score(
        HealthFacts(attitude_gap=-1, contact_periods_late=0, trust_change=2), HealthGrading()
    )
    assert (result.score, result.grade, result.penalties) == (100.0, Grade.A, ())


def test_each_factor_takes_its_rate_per_unit_up_to_its_cap_largest_first() -> None:
    facts = HealthFacts(
        attitude_gap=2,  # 2 × 12 = 24
        contact_periods_late=5,  # 5 × 10 = 50, capped at 30
        overdue_commitments=1,  # 8
        open_concerns=2,  # 10
        overdue_concerns=1,  # 8
        trust_change=-1.5,  # 12
    )
    result = score(facts, HealthGrading())
    assert [(p.factor, p.points) for p in result.penalties] == [
        (Factor.CONTACT, 30),
        (Factor.ATTITUDE_GAP, 24),
        (Factor.TRUST_TREND, 12),
        (Factor.OPEN_CONCERNS, 10),
        (Factor.COMMITMENTS, 8),
        (Factor.OVERDUE_CONCERNS, 8),
    ]
    assert result.score == 100 - 92 and result.grade is Grade.E
    assert result.main_reason is not None and result.main_reason.factor is Factor.CONTACT


@pytest.mark.parametrize(
    ("points", "grade"),
    [(100, Grade.A), (85, Grade.A), (84.9, Grade.B), (55, Grade.C), (40, Grade.D), (39.9, Grade.E)],
)
def test_thresholds_are_inclusive(points: float, grade: Grade) -> None:
    assert HealthGrading().grade_of(points) is grade


def test_the_score_never_goes_below_zero_and_a_unit_is_the_mean_of_its_people() -> None:
    heavy = {f: Weight(50, 100) for f in Factor}
    grading = HealthGrading(heavy)
    worst = score(HealthFacts(attitude_gap=4, overdue_commitments=9), grading)
    assert worst.score == 0 and worst.grade is Grade.E
    best = score(HealthFacts(), grading)
    unit = mean_score([best, worst], grading)
    assert unit is not None and (unit.score, unit.grade) == (50, Grade.D)
    assert mean_score([], grading) is None


def test_changed_weights_and_thresholds_grade_differently_and_are_explained() -> None:
    weights = dict(DEFAULT_WEIGHTS) | {Factor.OPEN_CONCERNS: Weight(20, 40)}
    grading = HealthGrading(weights, (90, 80, 60, 30), 30)
    result = score(HealthFacts(open_concerns=1), grading)
    assert (result.score, result.grade) == (80, Grade.B)
    text = "\n".join(explanation(grading))
    assert "Open concerns: 20 points per open concern they raised, at most 40." in text
    assert "Grade A from 90, B from 80, C from 60, D from 30, E below 30." in text
    assert "point of trust lost over the last 30 days" in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"thresholds": (80, 85, 55, 40)}, "must fall from A to D"),
        ({"thresholds": (120, 85, 55, 40)}, "between 0 and 100"),
        (
            {"weights": dict(DEFAULT_WEIGHTS) | {Factor.CONTACT: Weight(60, 20)}},
            "Contact overdue: points per unit run from 0 to 50, not 60",
        ),
        (
            {"weights": dict(DEFAULT_WEIGHTS) | {Factor.CONTACT: Weight(6, -1)}},
            "the cap runs from 0 to 100",
        ),
        ({"weights": {Factor.CONTACT: Weight(6, 10)}}, "No weight for Attitude gap"),
        ({"trust_window_days": 3}, "trust window runs from 7 to 365 days"),
    ],
)
def test_gradings_that_cannot_grade_are_refused_saying_why(change: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(GradingError, match=message):
        HealthGrading(**change)


def test_the_stored_grading_round_trips_and_bad_stored_values_fall_back_to_defaults() -> None:
    weights = dict(DEFAULT_WEIGHTS) | {Factor.TRUST_TREND: Weight(8.5, 30)}
    grading = HealthGrading(weights, (90, 75, 50, 25), 60)
    assert HealthGrading.from_json(grading.to_json()) == grading
    assert HealthGrading.from_json(None) == HealthGrading()
    assert HealthGrading.from_json("not json") == HealthGrading()
    assert HealthGrading.from_json("[1, 2]") == HealthGrading()
    edited = json.loads(grading.to_json())
    edited["weights"]["contact"] = {"points": 999, "cap": "x"}
    edited["weights"]["attitude_gap"] = {"points": 999, "cap": 500}
    edited["thresholds"] = [10, 20, 30, 40]
    edited["trust_window_days"] = 10_000
    back = HealthGrading.from_json(json.dumps(edited))
    assert back.weights[Factor.CONTACT] == DEFAULT_WEIGHTS[Factor.CONTACT]
    assert back.weights[Factor.ATTITUDE_GAP] == Weight(50, 100)  # brought within its limits
    assert back.weights[Factor.TRUST_TREND] == Weight(8.5, 30)
    assert back.thresholds == (85, 70, 55, 40) and back.trust_window_days == 90
