"""A menu command that stands for an action of a page built later (pages are built on first view,
so that starting stays fast).

The relay carries the shortcut and shows it in the menu. As soon as its page is built the window
calls :meth:`bind` with the page's action: the relay then follows that action's enabled and
checked state and triggers it, and the page's action gives up its own shortcut, so that one key
never means two actions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class Relay(QAction):
    def __init__(
        self,
        text: str,
        parent: QObject,
        shortcuts: list[QKeySequence] | None,
        *,
        page_title: str,
        target_of: Callable[[Any], QAction],
        ready: Callable[[], QAction | None],
        available: Callable[[], bool],
    ) -> None:
        """``target_of(page)`` is the page's action; ``ready()`` builds the page if need be (and
        shows it if the command wants that) and returns the action to trigger, or ``None``;
        ``available()`` says whether the command applies now (Map commands: while the map shows).
        """
        super().__init__(text, parent)
        if shortcuts:
            self.setShortcuts(shortcuts)
        self.page_title = page_title
        self.target_of = target_of
        self._ready = ready
        self._available = available
        self.target: QAction | None = None
        self.triggered.connect(self._run)

    def bind(self, target: QAction) -> None:
        if self.target is target:
            return
        self.target = target
        target.setShortcuts([])
        if target.isCheckable():
            self.setCheckable(True)
            self.setChecked(target.isChecked())
            target.toggled.connect(self.setChecked)
        target.changed.connect(self.refresh)
        if self.toolTip() == self.text().replace("&", ""):
            self.setToolTip(target.toolTip())
        self.refresh()

    def refresh(self) -> None:
        on = self._available()
        if self.target is not None:
            on = on and self.target.isEnabled()
        self.setEnabled(on)

    def _run(self) -> None:
        target = self._ready()
        if target is None:
            return
        self.bind(target)
        if target.isEnabled():
            # A checkable page action toggles itself and tells the relay through ``toggled``.
            target.trigger()
        elif target.isCheckable():
            self.setChecked(target.isChecked())
