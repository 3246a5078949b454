"""Keeping a page in step with the workspace without reading for a page nobody looks at.

Every page and person tab follows the same rule: on a change of a topic it shows, reload now if
it is visible, else only note that it is stale and reload when it is next shown. A page hands
:class:`ReloadWhenShown` its topics and its reload, and calls :meth:`ReloadWhenShown.loaded` at
the start of its reload (so that a reload for any reason counts).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.app_context import AppContext, Topic
from ui.kept_view_state import KeptViewState


class ReloadWhenShown(QObject):
    """Reloads ``page`` on changes of ``topics``: at once while it is visible, else when shown.

    Changes while no workspace is open are ignored (there is nothing to read), and so are topics
    the page does not show. ``refresh`` is what a visible page does at once (by default its
    ``reload``); a page may do less for some topics (the map only re-reads places on a move).
    """

    def __init__(
        self,
        page: QWidget,
        ctx: AppContext,
        topics: Iterable[Topic],
        reload: Callable[[], None],
        *,
        refresh: Callable[[Topic], None] | None = None,
        stale: bool = True,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = ctx
        self.topics = frozenset(topics)
        #: True when the page shows less than the workspace holds and must reload when shown.
        self.stale = stale
        self._reload = reload
        self._refresh = refresh
        page.installEventFilter(self)
        ctx.changed.connect(self._on_changed)

    def loaded(self) -> None:
        """The page is reloading: it is no longer stale."""
        self.stale = False

    def _on_changed(self, topic: str) -> None:
        if topic not in self.topics or not self.ctx.has_workspace:
            return
        if not self.page.isVisible():
            self.stale = True
            return
        # After a team member's change the user is looking at the page as it reloads: what
        # they picked and where they scrolled stay (ui/kept_view_state.py).
        kept = KeptViewState(self.page) if self.ctx.announcing_others else None
        if self._refresh is not None:
            self._refresh(Topic(topic))
        else:
            self._reload()
        if kept is not None:
            kept.restore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the page's own showEvent: the page shows what it has just read.
        # While a server workspace is out of reach the page shows what it had; it is read
        # again once the connection is back (ui/workspace/live_updates.py).
        if (
            watched is self.page
            and event.type() == QEvent.Type.Show
            and self.stale
            and self.ctx.connection_problem is None
        ):
            self._reload()
        return False
