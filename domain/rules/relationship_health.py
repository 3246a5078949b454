"""The relationship-health grade: a score out of 100 and a letter, from what Rapport knows.

Every relationship starts at 100 points; each thing that is wrong takes points off, at a rate per
unit and never more than that factor's cap:

==================  =========================================================  ====  ====
factor              one unit is                                                rate  cap
==================  =========================================================  ====  ====
attitude gap        one attitude step short of the plan (largest over maps)      12    36
contact             one cadence period past the quadrant's contact cadence      10    30
commitments         one open commitment past its due date (either way)           8    24
touchpoints         one planned touchpoint past its date                         8    24
open concerns       one open concern the person raised                            5    15
overdue concerns    one open concern past its target date (on top)                8    24
trust trend         one point of trust lost over the last 90 days                 8    24
==================  =========================================================  ====  ====

The score is 100 minus the points taken off (never below 0). Grades: A from 85, B from 70, C from
55, D from 40, E below. A business unit's score is the mean of its people's; its grade follows from
that score by the same thresholds. Rates, caps, thresholds and the trust window are the workspace's
to change (:class:`HealthGrading`); the defaults are above. Pure rules: no data is read here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Factor(StrEnum):
    ATTITUDE_GAP = "attitude_gap"
    CONTACT = "contact"
    COMMITMENTS = "commitments"
    TOUCHPOINTS = "touchpoints"
    OPEN_CONCERNS = "open_concerns"
    OVERDUE_CONCERNS = "overdue_concerns"
    TRUST_TREND = "trust_trend"

    @property
    def label(self) -> str:
        return _TITLES[self]

    @property
    def unit(self) -> str:
        """What one unit of the factor is, in words."""
        return _UNITS[self]


_TITLES = {
    Factor.ATTITUDE_GAP: "Attitude gap to plan",
    Factor.CONTACT: "Contact overdue",
    Factor.COMMITMENTS: "Overdue commitments",
    Factor.TOUCHPOINTS: "Overdue touchpoints",
    Factor.OPEN_CONCERNS: "Open concerns",
    Factor.OVERDUE_CONCERNS: "Overdue concerns",
    Factor.TRUST_TREND: "Trust trend",
}
_UNITS = {
    Factor.ATTITUDE_GAP: "attitude step short of the plan (largest over their maps)",
    Factor.CONTACT: "cadence period past the contact cadence of their quadrant",
    Factor.COMMITMENTS: "open commitment past its due date, either way",
    Factor.TOUCHPOINTS: "planned touchpoint past its date",
    Factor.OPEN_CONCERNS: "open concern they raised",
    Factor.OVERDUE_CONCERNS: "open concern past its target date (on top of the above)",
    Factor.TRUST_TREND: "point of trust lost over the trust window",
}


class Grade(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"

    @property
    def label(self) -> str:
        return _GRADE_LABELS[self]


_GRADE_LABELS = {
    Grade.A: "healthy",
    Grade.B: "good",
    Grade.C: "needs care",
    Grade.D: "at risk",
    Grade.E: "critical",
}


@dataclass(frozen=True, slots=True)
class Weight:
    """Points taken off per unit of a factor, and at most ``cap`` points for it."""

    points: float
    cap: float


DEFAULT_WEIGHTS: dict[Factor, Weight] = {
    Factor.ATTITUDE_GAP: Weight(12, 36),
    Factor.CONTACT: Weight(10, 30),
    Factor.COMMITMENTS: Weight(8, 24),
    Factor.TOUCHPOINTS: Weight(8, 24),
    Factor.OPEN_CONCERNS: Weight(5, 15),
    Factor.OVERDUE_CONCERNS: Weight(8, 24),
    Factor.TRUST_TREND: Weight(8, 24),
}
#: The lowest score of grades A, B, C and D (below the last: E).
DEFAULT_THRESHOLDS = (85.0, 70.0, 55.0, 40.0)
DEFAULT_TRUST_WINDOW_DAYS = 90

# The limits of the settings; a stored value outside them is brought within.
POINTS_LIMITS = (0.0, 50.0)
CAP_LIMITS = (0.0, 100.0)
TRUST_WINDOW_LIMITS = (7, 365)


class GradingError(ValueError):
    """Weights or thresholds that cannot grade (the message says which and why)."""


@dataclass(frozen=True, slots=True)
class HealthGrading:
    weights: Mapping[Factor, Weight] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    thresholds: tuple[float, float, float, float] = DEFAULT_THRESHOLDS
    trust_window_days: int = DEFAULT_TRUST_WINDOW_DAYS
    _table: tuple[tuple[Factor, float, float], ...] = field(
        init=False, repr=False, compare=False, default=()
    )

    def __post_init__(self) -> None:
        missing = [f for f in Factor if f not in self.weights]
        if missing:
            raise GradingError(f"No weight for {', '.join(f.label for f in missing)}.")
        for factor, weight in self.weights.items():
            if not POINTS_LIMITS[0] <= weight.points <= POINTS_LIMITS[1]:
                raise GradingError(
                    f"{factor.label}: points per unit run from {POINTS_LIMITS[0]:g} to "
                    f"{POINTS_LIMITS[1]:g}, not {weight.points:g}."
                )
            if not CAP_LIMITS[0] <= weight.cap <= CAP_LIMITS[1]:
                raise GradingError(
                    f"{factor.label}: the cap runs from {CAP_LIMITS[0]:g} to {CAP_LIMITS[1]:g}, "
                    f"not {weight.cap:g}."
                )
        a, b, c, d = self.thresholds
        if not 100 >= a > b > c > d > 0:
            raise GradingError(
                "The grade thresholds must fall from A to D, each between 0 and 100 "
                f"(A {a:g}, B {b:g}, C {c:g}, D {d:g})."
            )
        low, high = TRUST_WINDOW_LIMITS
        if not low <= self.trust_window_days <= high:
            raise GradingError(
                f"The trust window runs from {low} to {high} days, not {self.trust_window_days}."
            )
        table = tuple((f, self.weights[f].points, self.weights[f].cap) for f in Factor)
        object.__setattr__(self, "_table", table)

    @property
    def table(self) -> tuple[tuple[Factor, float, float], ...]:
        """(factor, points per unit, cap) in the order of :class:`Factor` (made once)."""
        return self._table

    def grade_of(self, score: float) -> Grade:
        for grade, lowest in zip(
            (Grade.A, Grade.B, Grade.C, Grade.D), self.thresholds, strict=True
        ):
            if score >= lowest - 1e-9:
                return grade
        return Grade.E

    # -- stored as JSON text in the workspace -----------------------------------------------------
    def to_json(self) -> str:
        return json.dumps(
            {
                "weights": {
                    f.value: {"points": w.points, "cap": w.cap} for f, w in self.weights.items()
                },
                "thresholds": list(self.thresholds),
                "trust_window_days": self.trust_window_days,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str | None) -> HealthGrading:
        """The grading stored as ``text``; anything missing, unreadable or out of its limits
        takes the default (a file edited by hand, or written by another version)."""
        if not text:
            return cls()
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        weights = dict(DEFAULT_WEIGHTS)
        stored = data.get("weights")
        if isinstance(stored, dict):
            for factor in Factor:
                weights[factor] = _weight(stored.get(factor.value), DEFAULT_WEIGHTS[factor])
        thresholds = DEFAULT_THRESHOLDS
        given = data.get("thresholds")
        if isinstance(given, list) and len(given) == 4 and all(_number(v) for v in given):
            candidate = (float(given[0]), float(given[1]), float(given[2]), float(given[3]))
            a, b, c, d = candidate
            if 100 >= a > b > c > d > 0:
                thresholds = candidate
        window = data.get("trust_window_days")
        days = DEFAULT_TRUST_WINDOW_DAYS
        if type(window) is int and TRUST_WINDOW_LIMITS[0] <= window <= TRUST_WINDOW_LIMITS[1]:
            days = window
        return cls(weights, thresholds, days)


def _number(value: Any) -> bool:
    return type(value) in (int, float) and value == value and abs(value) != float("inf")


def _weight(value: Any, default: Weight) -> Weight:
    if not isinstance(value, dict):
        return default
    points: Any = value.get("points")
    cap: Any = value.get("cap")
    if not (_number(points) and _number(cap)):
        return default
    return Weight(
        min(max(float(points), POINTS_LIMITS[0]), POINTS_LIMITS[1]),
        min(max(float(cap), CAP_LIMITS[0]), CAP_LIMITS[1]),
    )


@dataclass(slots=True)
class HealthFacts:
    """What Rapport knows of one relationship at a moment (None: not known, so no penalty)."""

    #: Attitude steps short of the plan, the largest over the person's maps (0 or less: none).
    attitude_gap: float | None = None
    #: Cadence periods past the contact cadence (0: contacted in time); None when on no map.
    contact_periods_late: float | None = None
    overdue_commitments: int = 0
    overdue_touchpoints: int = 0
    open_concerns: int = 0
    overdue_concerns: int = 0
    #: How far trust fell over the trust window (negative); None when it did not fall (or was not
    #: rated in it). A rise takes nothing off, so it is not gathered.
    trust_change: float | None = None

    def amount(self, factor: Factor) -> float:
        """How many units of ``factor`` the relationship has (what the rate is multiplied by)."""
        if factor is Factor.ATTITUDE_GAP:
            return max(0.0, self.attitude_gap or 0.0)
        if factor is Factor.CONTACT:
            return max(0.0, self.contact_periods_late or 0.0)
        if factor is Factor.COMMITMENTS:
            return float(self.overdue_commitments)
        if factor is Factor.TOUCHPOINTS:
            return float(self.overdue_touchpoints)
        if factor is Factor.OPEN_CONCERNS:
            return float(self.open_concerns)
        if factor is Factor.OVERDUE_CONCERNS:
            return float(self.overdue_concerns)
        return max(0.0, -(self.trust_change or 0.0))


@dataclass(slots=True)
class Penalty:
    factor: Factor
    #: The units counted (steps, periods, items, points of trust).
    amount: float
    points: float


@dataclass(slots=True)
class HealthScore:
    score: float
    grade: Grade
    #: The factors that took points off, the largest first.
    penalties: tuple[Penalty, ...] = ()

    @property
    def main_reason(self) -> Penalty | None:
        return self.penalties[0] if self.penalties else None


def score(facts: HealthFacts, grading: HealthGrading) -> HealthScore:
    """The grade of one relationship (called for every person: kept to plain arithmetic)."""
    gap, late, trust = facts.attitude_gap, facts.contact_periods_late, facts.trust_change
    amounts = (
        gap if gap is not None and gap > 1e-9 else 0.0,
        late if late is not None and late > 1e-9 else 0.0,
        facts.overdue_commitments,
        facts.overdue_touchpoints,
        facts.open_concerns,
        facts.overdue_concerns,
        -trust if trust is not None and trust < -1e-9 else 0.0,
    )
    if not any(amounts):
        return HealthScore(100.0, grading.grade_of(100.0))
    penalties = []
    total = 100.0
    for (factor, points, cap), amount in zip(grading.table, amounts, strict=True):
        if amount:
            taken = points * amount
            if taken > cap:
                taken = cap
            if taken > 1e-9:
                penalties.append(Penalty(factor, float(amount), taken))
                total -= taken
    if not penalties:
        return HealthScore(100.0, grading.grade_of(100.0))
    penalties.sort(key=_points_taken, reverse=True)
    total = max(0.0, total)
    return HealthScore(total, grading.grade_of(total), tuple(penalties))


def _points_taken(penalty: Penalty) -> float:
    return penalty.points


def mean_score(scores: Iterable[HealthScore], grading: HealthGrading) -> HealthScore | None:
    """A group's score (a business unit's): the mean of its people's; None for nobody."""
    values = [s.score for s in scores]
    if not values:
        return None
    total = sum(values) / len(values)
    return HealthScore(total, grading.grade_of(total))


def explanation(grading: HealthGrading) -> list[str]:
    """The formula in words, with the workspace's own numbers (the "How is this graded?" text)."""
    a, b, c, d = grading.thresholds
    lines = [
        "Every relationship starts at 100 points. Each thing that is wrong takes points off, "
        "at a rate per unit and never more than that factor's cap:",
    ]
    for factor in Factor:
        weight = grading.weights[factor]
        what = factor.unit.replace("trust window", f"last {grading.trust_window_days} days")
        lines.append(
            f"• {factor.label}: {weight.points:g} points per {what}, at most {weight.cap:g}."
        )
    lines.append(
        f"Score = 100 − the points taken off (never below 0). Grade A from {a:g}, B from {b:g}, "
        f"C from {c:g}, D from {d:g}, E below {d:g}."
    )
    lines.append(
        "A business unit's score is the mean of its people's scores (archived people left out); "
        "its grade follows by the same thresholds."
    )
    return lines
