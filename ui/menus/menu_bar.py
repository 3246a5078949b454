"""The main window's menus, in the platform's order, each split into named sections.

A feature adds its commands with one call, naming the menu and the section they belong in::

    menus.add(Menu.FILE, Section.FILE_IMPORT, import_contacts_action)

Sections keep related commands together with separators between groups, in the order listed in
:data:`SECTIONS`, however late an action is added. A section with no actions takes no space.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar


class Menu(StrEnum):
    FILE = "&File"
    EDIT = "&Edit"
    VIEW = "&View"
    STAKEHOLDER = "&Stakeholder"
    MAP = "&Map"
    MEETING = "M&eeting"
    HELP = "&Help"


class Section(StrEnum):
    # File
    FILE_WORKSPACE = "workspace"  # New, Open, Open Recent
    FILE_COPIES = "copies"  # Save a Copy, Export, Restore from Backup
    FILE_IMPORT = "import"  # Import Contacts…
    FILE_REPORTS = "reports"  # Reports ▸
    FILE_DEMO = "demo"
    FILE_QUIT = "quit"
    # Edit
    EDIT_UNDO = "undo"
    EDIT_CLIPBOARD = "clipboard"
    EDIT_FIND = "find"
    # View
    VIEW_PAGES = "pages"
    VIEW_ZOOM = "zoom"
    VIEW_WINDOW = "window"
    # Stakeholder
    PERSON_NEW = "new"
    PERSON_ACT = "act"  # Log Interaction, Rate
    PERSON_TIDY = "tidy"  # Archive, Find Duplicates, Merge
    # Map
    MAP_MAPS = "maps"
    MAP_PEOPLE = "people"
    MAP_TOOLS = "tools"
    MAP_OUTPUT = "output"
    # Meeting
    MEETING_NEW = "new"
    MEETING_CURRENT = "current"
    MEETING_PRINT = "print"
    # Help
    HELP_HELP = "help"
    HELP_ABOUT = "about"


SECTIONS: dict[Menu, tuple[Section, ...]] = {
    Menu.FILE: (
        Section.FILE_WORKSPACE,
        Section.FILE_COPIES,
        Section.FILE_IMPORT,
        Section.FILE_REPORTS,
        Section.FILE_DEMO,
        Section.FILE_QUIT,
    ),
    Menu.EDIT: (Section.EDIT_UNDO, Section.EDIT_CLIPBOARD, Section.EDIT_FIND),
    Menu.VIEW: (Section.VIEW_PAGES, Section.VIEW_ZOOM, Section.VIEW_WINDOW),
    Menu.STAKEHOLDER: (Section.PERSON_NEW, Section.PERSON_ACT, Section.PERSON_TIDY),
    Menu.MAP: (Section.MAP_MAPS, Section.MAP_PEOPLE, Section.MAP_TOOLS, Section.MAP_OUTPUT),
    Menu.MEETING: (Section.MEETING_NEW, Section.MEETING_CURRENT, Section.MEETING_PRINT),
    Menu.HELP: (Section.HELP_HELP, Section.HELP_ABOUT),
}


class MenuBar:
    """Builds ``bar``'s menus and keeps each section's actions together."""

    def __init__(self, bar: QMenuBar) -> None:
        self.bar = bar
        self.menus: dict[Menu, QMenu] = {}
        #: Each section's actions, in the order they were added.
        self._sections: dict[tuple[Menu, Section], list[QAction]] = {}
        for menu, sections in SECTIONS.items():
            self.menus[menu] = bar.addMenu(menu.value)
            for section in sections:
                self._sections[(menu, section)] = []

    def menu(self, menu: Menu) -> QMenu:
        return self.menus[menu]

    def add(self, menu: Menu, section: Section, item: QAction | QMenu) -> QAction:
        """Put ``item`` (an action or a submenu) at the end of ``section`` of ``menu``."""
        action = item.menuAction() if isinstance(item, QMenu) else item
        self._sections[(menu, section)].append(action)
        self._lay_out(menu)
        return action

    def _lay_out(self, menu: Menu) -> None:
        """Sections in their order, a separator between two that have actions."""
        qmenu = self.menus[menu]
        for old in qmenu.actions():
            qmenu.removeAction(old)
            if old.isSeparator():
                old.deleteLater()
        first = True
        for section in SECTIONS[menu]:
            actions = self._sections[(menu, section)]
            if not actions:
                continue
            if not first:
                qmenu.addSeparator()
            first = False
            qmenu.addActions(actions)

    def actions(self) -> list[tuple[Menu, QAction]]:
        """Every command in the menus (submenus' commands included), in menu order."""
        found: list[tuple[Menu, QAction]] = []

        def walk(menu: Menu, qmenu: QMenu) -> None:
            for action in qmenu.actions():
                if action.isSeparator():
                    continue
                if action.menu() is not None:
                    walk(menu, action.menu())  # type: ignore[arg-type]
                else:
                    found.append((menu, action))

        for menu, qmenu in self.menus.items():
            walk(menu, qmenu)
        return found


def shortcut_text(action: QAction) -> str:
    from PySide6.QtGui import QKeySequence

    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
