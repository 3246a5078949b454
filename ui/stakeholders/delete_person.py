"""Stakeholder ▸ Delete…: a confirmation naming the person and what goes with them, offering to
archive instead (the gentle choice); a backup of the workspace is taken before the deletion,
which Edit ▸ Undo reverses while the window stays open."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from domain.usecases.delete_people import DeletionReach, deletion_reach
from ui.app_context import AppContext
from ui.plain_text import message_box
from ui.stakeholders.commands import ArchiveStakeholderCommand, DeleteStakeholderCommand
from ui.translation import tr
from ui.undo.use_case_command import push, user_message


def confirm_delete(ctx: AppContext, stakeholder_id: int, parent: QWidget) -> QMessageBox | None:
    """Ask, then delete (after a backup) or archive the person ``stakeholder_id``."""
    try:
        reach = deletion_reach(ctx.uow(), stakeholder_id)
    except Exception as error:  # gone meanwhile, or the workspace cannot be read
        ctx.report(user_message(error))
        return None
    person = reach.person
    box = message_box(
        QMessageBox.Icon.Warning,
        tr("Delete stakeholder"),
        deletion_text(reach),
        parent,
        QMessageBox.StandardButton.Cancel,
        object_name="deletePersonBox",
    )
    delete = box.addButton(tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("deletePersonButton")
    archive = None
    if not person.archived:
        archive = box.addButton(tr("&Archive Instead"), QMessageBox.ButtonRole.AcceptRole)
        archive.setObjectName("archiveInsteadButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def chosen() -> None:
        if box.clickedButton() is delete:
            ctx.backup_before("delete-people")
            push(ctx, DeleteStakeholderCommand(ctx, person))
        elif archive is not None and box.clickedButton() is archive:
            push(ctx, ArchiveStakeholderCommand(ctx, person, True))

    box.finished.connect(lambda _result: chosen())
    box.open()
    return box


def deletion_text(reach: DeletionReach) -> str:
    name = reach.person.name
    going = [
        _count(reach.ratings, "rating"),
        _count(reach.commitments, "commitment"),
        _count(reach.concerns, "concern"),
        _count(reach.plans, "engagement plan"),
        _count(reach.links, "influence link"),
    ]
    if reach.maps:
        going.append(f"their place on {_count(reach.maps, 'map')}")
    going = [g for g in going if g]
    lines = [f"Delete {name} for good?"]
    if going:
        lines.append(f"With them go {_listed(going)}.")
    stays = []
    if reach.interactions:
        one = reach.interactions == 1
        stays.append(
            f"They drop out of {_count(reach.interactions, 'interaction')}, which "
            + ("stays with the other people in it." if one else "stay with the others in them.")
        )
    if reach.meetings:
        stays.append(
            f"On {_count(reach.meetings, 'meeting')} they stay as a guest, by name and e-mail."
        )
    if not going and not stays:
        stays.append("Nothing else is recorded about them.")
    lines.append(" ".join(stays))
    if not reach.person.archived:
        lines.append(
            "Archive Instead keeps all of this and only hides them from the register: the "
            "gentler choice, which you can reverse at any time."
        )
    lines.append(
        "A backup of the workspace is taken first. Edit ▸ Undo brings them back while Rapport "
        "stays open; after that, File ▸ Restore from Backup… does."
    )
    return "\n\n".join(line for line in lines if line)


def _count(number: int, noun: str) -> str:
    if not number:
        return ""
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
