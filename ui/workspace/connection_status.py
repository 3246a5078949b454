"""The status bar says when a server workspace's connection is lost, and when it is back."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from ui.app_context import AppContext
from ui.plain_text import plain_label
from ui.translation import tr


class ConnectionStatus:
    """A warning in the status bar while the server cannot be reached (ctx.connection_problem),
    with why and when Rapport tries again; a short note once it is back."""

    def __init__(self, ctx: AppContext, status_bar: QStatusBar) -> None:
        self.ctx = ctx
        self.status_bar = status_bar
        self.label: QLabel = plain_label(object_name="errorLabel")
        self.label.setObjectName("errorLabel")
        self.label.setAccessibleName(tr("Server connection"))
        self.label.hide()
        status_bar.addPermanentWidget(self.label)
        ctx.connection_changed.connect(self._show)
        ctx.live.status_changed.connect(lambda _status: self._show())

    def _show(self) -> None:
        problem = self.ctx.connection_problem
        was_down = self.label.isVisible()
        if problem is None:
            self.label.hide()
            if was_down:
                self.status_bar.showMessage(
                    tr("The server is back: changes are saved again."), 8000
                )
            return
        status = self.ctx.live.status
        retry = status.retry_in if status is not None else None
        when = (
            tr("Trying again in {seconds} s").format(seconds=f"{retry:g}")
            if retry is not None
            else tr("Trying again")
        )
        self.label.setText(
            tr(
                "Server connection lost: {problem}. {when}; changes are refused until it is back."
            ).format(problem=problem, when=when)
        )
        self.label.setToolTip(
            tr(
                "Rapport reconnects by itself and then shows what others changed meanwhile. "
                "Nothing you had saved is lost; a change made now is refused, not saved."
            )
        )
        self.label.show()
