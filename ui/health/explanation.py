"""The "How is this graded?" window: the formula in words, with the workspace's own numbers, and
for a person, what took their points off."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from domain.rules.relationship_health import HealthGrading, HealthScore, Penalty, explanation
from ui.plain_text import message_box
from ui.translation import tr


def penalty_text(penalty: Penalty) -> str:
    """ "Contact overdue: 3.3 × … = −25" in a line."""
    amount = f"{penalty.amount:.1f}".rstrip("0").rstrip(".")
    return f"{penalty.factor.label} ({amount}): −{penalty.points:.0f}"


def person_lines(name: str, health: HealthScore) -> list[str]:
    lines = [f"{name}: {health.score:.0f} points, grade {health.grade} ({health.grade.label})."]
    if health.penalties:
        lines += [f"  {penalty_text(p)}" for p in health.penalties]
    else:
        lines.append("  Nothing took points off.")
    return lines


def how_graded_text(grading: HealthGrading, person: tuple[str, HealthScore] | None = None) -> str:
    """The formula in paragraphs: the rule, the factors, the score and grades, units, where the
    numbers live, then (for a person) what took their points off."""
    lines = explanation(grading)
    intro, factors, rest = lines[0], lines[1:-2], lines[-2:]
    parts = [intro, "\n".join(factors), *rest]
    parts.append(
        "Weights and thresholds belong to this workspace (Health page ▸ Grading…), so a copy "
        "of it and the report printed from the command line grade the same."
    )
    if person is not None:
        parts.append("\n".join(person_lines(*person)))
    return "\n\n".join(parts)


def show_how_graded(
    parent: QWidget, grading: HealthGrading, person: tuple[str, HealthScore] | None = None
) -> QMessageBox:
    box = message_box(
        QMessageBox.Icon.Information,
        tr("How is this graded?"),
        how_graded_text(grading, person),
        parent,
        object_name="howGradedBox",
    )
    box.open()
    return box
