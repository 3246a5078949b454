"""The Map and Meeting menus, and View's zoom: commands of pages that are built on first view.

Each entry is a :class:`~ui.menus.relay.Relay` for the page's own action. Map commands (and zoom)
apply to the map on screen, so they are on while the Maps page shows. Meeting commands work from
anywhere on the current meeting (the one chosen on the Meetings page, at first the next to come);
with none to act on, the Meetings page comes up and the status bar says what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.menus.menu_bar import Menu, MenuBar, Section
from ui.menus.relay import Relay
from ui.translation import tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow

MAPS = "Maps"
MEETINGS = "Meetings"


def _keys(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    return [QKeySequence(k) for k in keys]


def _relays(window: MainWindow) -> list[Relay]:
    found: list[Relay] = getattr(window, "relays", [])
    window.relays = found
    return found


def _on_page(
    window: MainWindow,
    page_title: str,
    text: str,
    target: Callable[[Any], QAction],
    keys: list[QKeySequence] | None = None,
) -> Relay:
    """A command of the page ``page_title`` that applies while that page shows."""

    def ready() -> QAction | None:
        return target(window.lazy_page(page_title))

    def available() -> bool:
        return window.ctx.has_workspace and window.current_page_title() == page_title

    relay = Relay(
        text,
        window,
        keys,
        page_title=page_title,
        target_of=target,
        ready=ready,
        available=available,
    )
    _relays(window).append(relay)
    return relay


def _anywhere(
    window: MainWindow,
    text: str,
    target: Callable[[Any], QAction],
    keys: list[QKeySequence] | None = None,
    *,
    show_page: bool = False,
    needs: str = "",
) -> Relay:
    """A Meetings command that works from any page (on the current meeting, if it needs one)."""

    def ready() -> QAction | None:
        page = window.lazy_page(MEETINGS)
        action = target(page)
        if show_page or not action.isEnabled():
            window.show_page(MEETINGS)
        if not action.isEnabled() and needs:
            window.statusBar().showMessage(needs, 5000)
        return action

    relay = Relay(
        text,
        window,
        keys,
        page_title=MEETINGS,
        target_of=target,
        ready=ready,
        available=lambda: window.ctx.has_workspace,
    )
    _relays(window).append(relay)
    return relay


def refresh_relays(window: MainWindow) -> None:
    for relay in _relays(window):
        relay.refresh()


def bind_relays(window: MainWindow, page_title: str, page: object) -> None:
    """Called once ``page`` is built: its actions go behind the menu's commands."""
    for relay in _relays(window):
        if relay.page_title == page_title:
            relay.bind(relay.target_of(page))


def add_zoom(window: MainWindow, menus: MenuBar) -> None:
    zoom_in = _on_page(
        window, MAPS, "Zoom &In", lambda p: p.actions_.zoom_in, _keys("Ctrl++", "Ctrl+=")
    )
    zoom_out = _on_page(window, MAPS, "Zoom &Out", lambda p: p.actions_.zoom_out, _keys("Ctrl+-"))
    fit = _on_page(window, MAPS, "&Fit the Map", lambda p: p.actions_.fit, _keys("Ctrl+0"))
    for relay in (zoom_in, zoom_out, fit):
        menus.add(Menu.VIEW, Section.VIEW_ZOOM, relay)


def _influence_arrows(page: Any) -> QAction:
    from ui.grid.influence_arrows import influence_arrows_action

    return influence_arrows_action(page)


def add_map_menu(window: MainWindow, menus: MenuBar) -> None:
    def on_map(text: str, name: str, *keys: str) -> Relay:
        return _on_page(window, MAPS, text, lambda p: getattr(p.actions_, name), _keys(*keys))

    for relay in (
        on_map("&New Map…", "new_map"),
        on_map("&Rename Map…", "rename", "F2"),
        on_map("D&uplicate Map…", "duplicate", "Ctrl+Shift+D"),
        on_map("&Delete Map…", "delete", "Ctrl+Shift+Del"),
    ):
        menus.add(Menu.MAP, Section.MAP_MAPS, relay)
    for relay in (
        on_map("&Add People…", "add_people", "Ctrl+Shift+A"),
        on_map("Remove from &Map", "remove_people"),
    ):
        menus.add(Menu.MAP, Section.MAP_PEOPLE, relay)
    for relay in (
        on_map("&Snap to ½", "snap", "Ctrl+Shift+G"),
        on_map("Replay &History", "replay", "Ctrl+Shift+H"),
        _on_page(
            window,
            MAPS,
            "Show &Influence Arrows",
            _influence_arrows,
            _keys("Ctrl+Shift+I"),
        ),
    ):
        menus.add(Menu.MAP, Section.MAP_TOOLS, relay)
    export = QMenu(tr("&Export Map"), window)
    for suffix, label, keys in (
        ("png", "As &PNG Image…", ()),
        ("svg", "As &SVG Drawing…", ()),
        ("pdf", "As P&DF Document…", ("Ctrl+Shift+E",)),
    ):
        export.addAction(
            _on_page(
                window,
                MAPS,
                label,
                lambda p, suffix=suffix: p.actions_.export_actions[suffix],
                _keys(*keys),
            )
        )
    menus.add(Menu.MAP, Section.MAP_OUTPUT, export)
    menus.add(Menu.MAP, Section.MAP_OUTPUT, on_map("&Print Map…", "print_action"))


def add_meeting_menu(window: MainWindow, menus: MenuBar) -> None:
    pick = "Plan a meeting or import an invite first (Meeting ▸ New Meeting…)."
    window.new_meeting_action = _anywhere(
        window, "&New Meeting…", lambda p: p.new_action, _keys("Ctrl+Shift+M"), show_page=True
    )
    menus.add(Menu.MEETING, Section.MEETING_NEW, window.new_meeting_action)
    menus.add(
        Menu.MEETING,
        Section.MEETING_NEW,
        _anywhere(
            window, "&Import Invite…", lambda p: p.import_action, _keys("Ctrl+I"), show_page=True
        ),
    )
    window.prep_sheet_action = _anywhere(
        window, "&Prep Sheet…", lambda p: p.preview_action, _keys("Ctrl+P"), needs=pick
    )
    for relay in (
        window.prep_sheet_action,
        _anywhere(
            window,
            "&Save Prep Sheet as PDF…",
            lambda p: p.pdf_action,
            _keys("Ctrl+Shift+P"),
            needs=pick,
        ),
        _anywhere(
            window,
            "&Record as Interaction…",
            lambda p: p.record_action,
            _keys("Ctrl+R"),
            needs="Pick a meeting that has not been recorded yet.",
        ),
        _on_page(window, MEETINGS, "&Delete Meeting", lambda p: p.delete_action),
    ):
        menus.add(Menu.MEETING, Section.MEETING_CURRENT, relay)
    several = QMenu(tr("Print &Several"), window)
    several.addAction(_anywhere(window, "All Meetings That &Day…", lambda p: p.day_action))
    several.addAction(_anywhere(window, "All Meetings That &Week…", lambda p: p.week_action))
    menus.add(Menu.MEETING, Section.MEETING_PRINT, several)
