"""The menu bar of the main window: every command with its shortcut, in the platform's order.

File, Edit, View and Stakeholder are built here; Map and Meeting stand for the pages' own actions
(:mod:`ui.menus.page_menus`); Help is :mod:`ui.menus.help_actions`. A feature adds a command with
``window.menus.add(Menu.X, Section.Y, action)`` (see :mod:`ui.menus.menu_bar`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.menus.clipboard_actions import ClipboardActions
from ui.menus.help_actions import HelpActions
from ui.menus.menu_bar import Menu, MenuBar, Section
from ui.menus.page_menus import add_map_menu, add_meeting_menu, add_zoom
from ui.translation import tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _action(
    window: MainWindow, text: str, slot: object, *keys: str | QKeySequence.StandardKey
) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
    return action


def build_menus(window: MainWindow) -> MenuBar:
    menus = MenuBar(window.menuBar())
    _file(window, menus)
    _edit(window, menus)
    _view(window, menus)
    _stakeholder(window, menus)
    add_map_menu(window, menus)
    add_meeting_menu(window, menus)
    window.help_actions = HelpActions(window, menus)
    return menus


def _file(window: MainWindow, menus: MenuBar) -> None:
    workspace = window.workspace_menu
    menus.add(Menu.FILE, Section.FILE_WORKSPACE, workspace.new_action)
    menus.add(Menu.FILE, Section.FILE_WORKSPACE, workspace.open_action)
    menus.add(Menu.FILE, Section.FILE_WORKSPACE, workspace.open_shared_action)
    menus.add(Menu.FILE, Section.FILE_WORKSPACE, workspace.recent_menu)
    menus.add(Menu.FILE, Section.FILE_COPIES, workspace.copy_action)
    menus.add(Menu.FILE, Section.FILE_COPIES, workspace.export_action)
    from ui.workspace.publish_flow import PublishFlow

    window.publish_flow = PublishFlow(window.ctx, window)
    window.publish_action = _action(window, "&Publish to Server…", window.publish_flow.start)
    window.publish_action.setObjectName("publishAction")
    window.publish_action.setToolTip(tr("Copy a workspace file to an empty team database"))
    menus.add(Menu.FILE, Section.FILE_COPIES, window.publish_action)
    from ui.backups.backup_menu import install_backup_actions

    window.restore_action = install_backup_actions(window, menus.menu(Menu.FILE))
    menus.add(Menu.FILE, Section.FILE_COPIES, window.restore_action)
    window.import_contacts_action = _action(
        window, "Import &Contacts…", lambda: window.import_contacts(None)
    )
    window.import_contacts_action.setObjectName("importContactsAction")
    window.import_contacts_action.setToolTip(
        tr("People from vCard, LinkedIn, Outlook, Google or Excel")
    )
    menus.add(Menu.FILE, Section.FILE_IMPORT, window.import_contacts_action)
    window.export_contacts_action = _action(
        window, "E&xport Contacts…", lambda: window.export_contacts(None)
    )
    window.export_contacts_action.setToolTip(tr("Everyone as an Excel, CSV or vCard file"))
    menus.add(Menu.FILE, Section.FILE_IMPORT, window.export_contacts_action)
    reports = QMenu(tr("&Reports"), window)
    reports.setObjectName("reportsMenu")
    window.health_report_action = _action(
        window, "Relationship &Health Report…", lambda: _health_report(window)
    )
    window.health_report_action.setToolTip(
        tr("Per business unit, for a quarter: grade and change, maturity, top concerns")
    )
    reports.addAction(window.health_report_action)
    menus.add(Menu.FILE, Section.FILE_REPORTS, reports)
    from ui.plans.reminders_export import install_reminders_action

    install_reminders_action(window, menus)
    window.demo_action = _action(window, "Open the &Demo Workspace", window.open_demo)
    window.demo_action.setToolTip(tr("A made-up company to try Rapport on, kept apart from yours"))
    menus.add(Menu.FILE, Section.FILE_DEMO, window.demo_action)
    window.quit_action = _action(window, "&Quit", window.close, QKeySequence.StandardKey.Quit)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    menus.add(Menu.FILE, Section.FILE_QUIT, window.quit_action)


def _health_report(window: MainWindow) -> None:
    from ui.health.report_flow import open_report_dialog

    window.health_report_dialog = open_report_dialog(window.ctx, window)


def _edit(window: MainWindow, menus: MenuBar) -> None:
    window.undo_action = window.ctx.undo_stack.createUndoAction(window, "&Undo")
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = window.ctx.undo_stack.createRedoAction(window, "&Redo")
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    menus.add(Menu.EDIT, Section.EDIT_UNDO, window.undo_action)
    menus.add(Menu.EDIT, Section.EDIT_UNDO, window.redo_action)
    window.clipboard = clipboard = ClipboardActions(window)
    for action in (clipboard.cut, clipboard.copy, clipboard.paste, clipboard.select_all):
        menus.add(Menu.EDIT, Section.EDIT_CLIPBOARD, action)
    find = _action(window, "&Find Stakeholder", window.focus_filter, QKeySequence.StandardKey.Find)
    menus.add(Menu.EDIT, Section.EDIT_FIND, find)


def _view(window: MainWindow, menus: MenuBar) -> None:
    group = QActionGroup(window)
    group.setExclusive(True)
    window.page_actions = []
    for index in range(window.pages.count()):
        title = window.pages.tabText(index).replace("&&", "&")
        action = _action(
            window,
            f"&{title}",
            lambda index=index: window.pages.setCurrentIndex(index),
            f"Ctrl+{index + 1}",
        )
        action.setCheckable(True)
        action.setChecked(index == window.pages.currentIndex())
        group.addAction(action)
        window.page_actions.append(action)
        menus.add(Menu.VIEW, Section.VIEW_PAGES, action)
    window.pages.currentChanged.connect(lambda index: window.page_actions[index].setChecked(True))
    add_zoom(window, menus)
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen) or [QKeySequence("F11")]
    full = QAction(tr("&Full Screen"), window)
    full.setShortcuts(keys)
    full.setCheckable(True)
    full.toggled.connect(lambda on: window.showFullScreen() if on else window.showNormal())
    window.full_screen_action = full
    menus.add(Menu.VIEW, Section.VIEW_WINDOW, full)


def _stakeholder(window: MainWindow, menus: MenuBar) -> None:
    window.new_action = _action(
        window, "&New Stakeholder…", window.add_stakeholder, QKeySequence.StandardKey.New
    )
    menus.add(Menu.STAKEHOLDER, Section.PERSON_NEW, window.new_action)
    window.log_action = _action(window, "&Log Interaction…", window.log_interaction, "Ctrl+L")
    window.log_action.setToolTip(tr("Log a meeting, call, e-mail, meal or workshop with them"))
    menus.add(Menu.STAKEHOLDER, Section.PERSON_ACT, window.log_action)
    window.rate_action = _action(window, "&Rate…", window.rate_current, "Ctrl+T")
    window.rate_action.setToolTip(tr("Trust, influence, and power, interest and attitude on a map"))
    menus.add(Menu.STAKEHOLDER, Section.PERSON_ACT, window.rate_action)
    from ui.plans.communication_window import open_communication_plan

    window.communication_action = _action(
        window,
        "&Communication Plan…",
        lambda: setattr(
            window, "communication_window", open_communication_plan(window.ctx, window)
        ),
    )
    window.communication_action.setObjectName("communicationPlanAction")
    window.communication_action.setToolTip(tr("Standing messages: who gets what, when next"))
    menus.add(Menu.STAKEHOLDER, Section.PERSON_ACT, window.communication_action)
    window.set_owner_action = _action(
        window, "Set &Owner…", lambda: window.register.set_owner_of_selected()
    )
    window.set_owner_action.setObjectName("setOwnerAction")
    window.set_owner_action.setToolTip(tr("Who in the team looks after the chosen people"))
    menus.add(Menu.STAKEHOLDER, Section.PERSON_ACT, window.set_owner_action)
    window.archive_action = _action(
        window, "&Archive", window.toggle_archived, "Ctrl+Shift+Backspace"
    )
    menus.add(Menu.STAKEHOLDER, Section.PERSON_TIDY, window.archive_action)
    window.delete_person_action = _action(window, "D&elete…", window.delete_stakeholder)
    window.delete_person_action.setObjectName("deletePersonAction")
    window.delete_person_action.setToolTip(tr("Delete them for good (after a backup); or archive"))
    menus.add(Menu.STAKEHOLDER, Section.PERSON_TIDY, window.delete_person_action)
    window.duplicates_action = _action(window, "Find &Duplicates…", window.find_duplicates)
    window.duplicates_action.setToolTip(tr("People who are probably one person, to merge"))
    menus.add(Menu.STAKEHOLDER, Section.PERSON_TIDY, window.duplicates_action)
    window.vcard_action = _action(window, "Export as &vCard…", window.export_person_vcard)
    menus.add(Menu.STAKEHOLDER, Section.PERSON_TIDY, window.vcard_action)
