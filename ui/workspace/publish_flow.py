"""File ▸ Publish to Server…: copy a workspace file into an empty database on a team server.

The dialog asks which file (the open one, unless it is a server's) and which server database;
the copy runs through ui/background.py with progress and Cancel (Cancel, or any failure, leaves
the server database empty). Once published, the user is offered to open the shared workspace.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.background import BackgroundTask, run_in_background
from ui.plain_text import message_box, plain_label
from ui.translation import tr

if TYPE_CHECKING:
    from persistence.team.server_address import ServerAddress
    from ui.app_context import AppContext

ADDRESS_HINT = "postgresql://USER@HOST:PORT/DATABASE"


class PublishDialog(QDialog):
    """Which workspace file, and which empty server database (with the password, if any)."""

    def __init__(self, parent: QWidget | None, source: Path | None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(tr("Publish to Server"))
        self.source = QLineEdit(str(source) if source else "")
        self.source.setObjectName("publishSource")
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.source, 1)
        file_row.addWidget(browse)
        self.address = QLineEdit()
        self.address.setObjectName("publishAddress")
        self.address.setPlaceholderText(ADDRESS_HINT)
        # Wide enough for a whole address with its TLS mode, as a member is given it.
        longest = ADDRESS_HINT + "?sslmode=verify-full"
        self.address.setMinimumWidth(self.address.fontMetrics().horizontalAdvance(longest) + 24)
        self.password = QLineEdit()
        self.password.setObjectName("publishPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("empty: from PGPASSWORD or ~/.pgpass"))
        form = QFormLayout()
        form.addRow(tr("Workspace file:"), file_row)
        form.addRow(tr("Server database:"), self.address)
        form.addRow(tr("Password:"), self.password)
        explanation = plain_label(
            tr(
                "Everything in the file (its people, maps, ratings and their whole history) is "
                "copied into the server database, which must be empty. The file itself is not "
                "changed."
            )
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = buttons.addButton(
            tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for edit in (self.source, self.address):
            edit.textChanged.connect(self._update)
        self._update()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Workspace to publish"),
            self.source.text(),
            tr("Rapport workspaces (*.rapport)"),
        )
        if name:
            self.source.setText(name)

    def _update(self) -> None:
        self.publish_button.setEnabled(
            bool(self.source.text().strip()) and bool(self.address.text().strip())
        )


class PublishFlow:
    """Asks, publishes in the background, then offers to open what was published."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        self.ctx = ctx
        self.window = window
        self.dialog: PublishDialog | None = None
        self.task: BackgroundTask[Any] | None = None
        self.box: QMessageBox | None = None

    def start(self) -> None:
        source = self.ctx.workspace.path if self.ctx.has_workspace else None
        self.dialog = PublishDialog(self.window, source)
        self.dialog.accepted.connect(self._publish)
        self.dialog.open()

    def _publish(self) -> None:
        from persistence.team.server_address import ServerAddressError, parse_server_address

        assert self.dialog is not None
        source = Path(self.dialog.source.text().strip())
        password = self.dialog.password.text() or None
        try:
            address = parse_server_address(self.dialog.address.text())[0]
        except ServerAddressError as error:
            self._tell(tr("Not published"), str(error))
            return

        def job(progress: object) -> dict[str, int]:
            from persistence.team.publish import publish_to_server

            return publish_to_server(source, address, password, progress)  # type: ignore[arg-type]

        self.task = run_in_background(
            self.window,
            tr("Publishing to the server…"),
            job,
            on_done=lambda copied: self._published(copied, address, password),
            on_error=lambda error: self._tell(tr("Not published"), _reason(error)),
            on_cancelled=lambda: self._tell(
                tr("Not published"),
                tr("Publishing was cancelled; nothing was copied, the server database is empty."),
                QMessageBox.Icon.Information,
            ),
        )

    def _published(
        self, copied: dict[str, int], address: ServerAddress, password: str | None
    ) -> None:
        people = copied.get("stakeholders", 0)
        ratings = copied.get("ratings", 0)
        self.box = message_box(
            QMessageBox.Icon.Information,
            tr("Published"),
            tr(
                "The workspace is on the server now ({0} people, {1} ratings, with their history):"
            ).format(people, ratings)
            + f"\n{address}\n\n"
            + tr("Open the shared workspace now?")
            + " "
            + tr("Your team opens it with File ▸ Open Shared Workspace."),
            self.window,
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            object_name="publishedBox",
        )
        self.box.button(QMessageBox.StandardButton.Open).setText(tr("Open Shared Workspace"))
        self.box.button(QMessageBox.StandardButton.Close).setText(tr("Not Now"))
        self.box.accepted.connect(lambda: self._open(address, password))
        self.box.open()

    def _open(self, address: ServerAddress, password: str | None) -> None:
        """Open it as File ▸ Open Shared Workspace does (off the GUI thread, with Cancel; the
        password kept for the session; listed in Open Recent)."""
        self.window.workspace_menu.shared.connect(address, password, remember=None)  # type: ignore[attr-defined]

    def _tell(
        self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
    ) -> None:
        self.box = message_box(icon, title, text, self.window, object_name="publishProblemBox")
        self.box.open()


def _reason(error: BaseException) -> str:
    from persistence.workspace import WorkspaceError

    if isinstance(error, WorkspaceError | OSError):
        return str(error)
    return tr(
        "Something went wrong ({0}); nothing was copied, the server database is empty."
    ).format(type(error).__name__)
