"""Other team members' changes, and the server's connection, in every open window.

On a server workspace a :class:`~persistence.team.change_feed.ChangeFeed` hears, on a thread of
its own, which tables other clients changed. :class:`LiveUpdates` (one per AppContext,
``ctx.live``) brings that to the GUI thread, gathers what arrives within :data:`SETTLE_MS` into
one refresh (twenty edits a second reload each view once), and announces the topics those
tables belong to through ``ctx.announce_others``: every page follows as it does after the
user's own change (ui/reload_when_shown.py), keeping its selection and scroll position, and the
profile keeps what the user is typing. The feed drops the client's own changes (announced by
their commands already), so nothing is read twice.

When the connection is lost, ``ctx.connection_problem`` says why (the status bar shows it, and
``push`` refuses changes meanwhile); once the feed is back, everything is re-read, since what
others did meanwhile was not heard. A workspace file has one writer and needs none of this.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ui.app_context import AppContext, Topic

if TYPE_CHECKING:
    from persistence.team.change_feed import ChangeFeed, Changes, FeedStatus

log = logging.getLogger(__name__)

#: How long a burst of changes may go on before the views reload (milliseconds).
SETTLE_MS = 150

#: What each table holds, as the views know it. A table not named here (added by a later
#: feature) reloads everything: refreshing too much is better than showing stale data.
TABLE_TOPICS: dict[str, tuple[Topic, ...]] = {
    "stakeholders": (Topic.STAKEHOLDERS,),
    "stakeholder_tags": (Topic.STAKEHOLDERS,),
    "stakeholder_photos": (Topic.STAKEHOLDERS,),
    "stakeholder_notes": (Topic.NOTES,),
    "organisations": (Topic.ORGANISATIONS,),
    "maturity_assessments": (Topic.ORGANISATIONS,),
    "maturity_targets": (Topic.ORGANISATIONS,),
    "maps": (Topic.MAPS,),
    "map_memberships": (Topic.MAPS,),
    "ratings": (Topic.RATINGS,),
    "current_ratings": (Topic.RATINGS,),
    "interactions": (Topic.INTERACTIONS,),
    "interaction_participants": (Topic.INTERACTIONS,),
    "commitments": (Topic.COMMITMENTS,),
    "influence_links": (Topic.INFLUENCE,),
    "concerns": (Topic.CONCERNS,),
    "workspace_settings": (Topic.GRADING,),
    "meetings": (Topic.MEETINGS,),
    "meeting_attendees": (Topic.MEETINGS,),
    "meeting_maps": (Topic.MEETINGS,),
    "engagement_plans": (Topic.PLANS,),
    "plan_touchpoints": (Topic.PLANS,),
    "plan_messages": (Topic.PLANS,),
    "plan_message_recipients": (Topic.PLANS,),
    "plan_message_sends": (Topic.PLANS,),
    "demand_items": (Topic.DEMAND,),
    "demand_steps": (Topic.DEMAND,),
}
#: Everything a view may show (WORKSPACE means "another workspace was opened": never announced).
ALL_TOPICS = frozenset(topic for topic in Topic if topic is not Topic.WORKSPACE)


def topics_of(tables: frozenset[str] | None) -> set[Topic]:
    """The topics to announce for a change of ``tables`` (None: anything)."""
    if tables is None:
        return set(ALL_TOPICS)
    topics: set[Topic] = set()
    for table in tables:
        topics.update(TABLE_TOPICS.get(table, ALL_TOPICS))
    return topics


class LiveUpdates(QObject):
    """Keeps the open server workspace's views in step with the team (see the module)."""

    #: The feed's connection state changed (the persistence FeedStatus).
    status_changed = Signal(object)
    # From the feed's thread to the GUI thread (queued, since this object lives in the GUI
    # thread): (feed, tables or None) and (feed, FeedStatus).
    _heard = Signal(object, object)
    _status = Signal(object, object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        #: How the feed hears changes: "auto" (LISTEN, polling when notifications do not
        #: arrive), "listen" or "poll". Read when a workspace is opened.
        self.mode = "auto"
        self.feed: ChangeFeed | None = None
        self._watched: object | None = None
        self._pending: set[Topic] = set()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._announce)
        self._heard.connect(self._on_heard)
        self._status.connect(self._on_status)
        ctx.workspace_opened.connect(self._follow_workspace)

    @property
    def settle_ms(self) -> int:
        """How long after the first of a burst of changes the views reload."""
        return self._settle.interval()

    @settle_ms.setter
    def settle_ms(self, value: int) -> None:
        self._settle.setInterval(value)

    @property
    def status(self) -> FeedStatus | None:
        return self.feed.status if self.feed is not None else None

    def stop(self) -> None:
        """Stop hearing (the workspace is closing, or another one opened)."""
        feed, self.feed = self.feed, None
        self._watched = None
        self._pending.clear()
        self._settle.stop()
        if feed is not None:
            feed.stop()
        self.ctx.set_connection_problem(None)

    def check_now(self) -> None:
        """An edit failed for want of a connection: let the feed check it at once."""
        if self.feed is not None:
            self.feed.check_now()

    def _follow_workspace(self) -> None:
        workspace = self.ctx.workspace
        if workspace is self._watched:
            return
        self.stop()
        if workspace.path is not None or workspace.engine.dialect.name != "postgresql":
            return  # a file: one writer, nothing to hear
        from persistence.team.change_feed import ChangeFeed

        feed: ChangeFeed | None = None

        def heard(tables: Changes) -> None:
            self._heard.emit(feed, tables)

        def status(value: FeedStatus) -> None:
            self._status.emit(feed, value)

        feed = ChangeFeed(workspace.engine, heard, status, mode=self.mode)
        self.feed = feed
        self._watched = workspace
        feed.start()

    def _on_heard(self, feed: object, tables: Changes) -> None:
        if feed is not self.feed or feed is None:
            return  # from the feed of a workspace closed since
        self._pending.update(topics_of(tables))
        if not self._settle.isActive():
            self._settle.start()

    def _announce(self) -> None:
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # A drag under way (a person on the map, rows from the register): the views
            # reload once it is let go, not under the user's hand.
            self._settle.start()
            return
        topics, self._pending = self._pending, set()
        if topics and self.ctx.has_workspace and self.ctx.connection_problem is None:
            log.debug("refreshing after others' changes: %s", sorted(topics))
            self.ctx.announce_others(topics)

    def _on_status(self, feed: object, status: FeedStatus) -> None:
        if feed is not self.feed or feed is None:
            return
        from persistence.team.change_feed import FeedState

        if status.state is FeedState.DOWN:
            self.ctx.set_connection_problem(status.reason)
        elif status.state in (FeedState.LISTENING, FeedState.POLLING):
            self.ctx.set_connection_problem(None)
        self.status_changed.emit(status)
