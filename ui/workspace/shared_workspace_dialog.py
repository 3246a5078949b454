"""File ▸ Open Shared Workspace…: the server, port, database, login and TLS mode of a team's
shared workspace, and the password (remembered in the OS keyring if the user wants).

A whole address pasted into the Server field (``postgresql://anna@db.example.com/team``, as
team-setup prints it) fills in every field. The dialog only asks; the connecting is done by
``ui.workspace.shared_opening`` off the GUI thread.
"""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from persistence.team.passwords import keyring_available
from persistence.team.server_address import (
    DEFAULT_PORT,
    ServerAddress,
    ServerAddressError,
    looks_like_server_address,
    parse_server_address,
)
from ui.plain_text import make_plain, plain_label
from ui.translation import tr


def _tls_modes() -> list[tuple[str, str]]:
    return [
        ("prefer", tr("Use TLS if the server offers it")),
        ("require", tr("Require TLS")),
        ("verify-full", tr("Require TLS and check the server's certificate and name")),
        ("verify-ca", tr("Require TLS and check the server's certificate")),
        ("allow", tr("Use TLS only if the server insists")),
        ("disable", tr("No TLS (only on a trusted network)")),
    ]


class SharedWorkspaceDialog(QDialog):
    """Asks where the shared workspace is and for the password; ``address()`` once accepted."""

    def __init__(
        self,
        parent: QWidget | None,
        address: ServerAddress | None = None,
        *,
        problem: str = "",
        password: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sharedWorkspaceDialog")
        self.setWindowTitle(tr("Open Shared Workspace"))
        intro = QLabel(
            tr(
                "A workspace your team shares on a PostgreSQL server. Your administrator "
                "gives you its server, database and your login."
            )
        )
        intro.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setObjectName("serverEdit")
        self.server.setPlaceholderText(tr("db.example.com, or a whole postgresql:// address"))
        self._server_text = ""
        self.server.textEdited.connect(self._server_edited)
        self.server.editingFinished.connect(lambda: self._take_address(self.server.text()))
        self.port = QSpinBox()
        self.port.setObjectName("portSpin")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.database.setObjectName("databaseEdit")
        self.database.setPlaceholderText(tr("team"))
        self.user = QLineEdit(getpass.getuser())
        self.user.setObjectName("userEdit")
        self.tls = QComboBox()
        self.tls.setObjectName("tlsCombo")
        for mode, label in _tls_modes():
            self.tls.addItem(label, mode)
        self.password = QLineEdit(password)
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(tr("&Remember the password in the keyring"))
        self.remember.setObjectName("rememberCheck")
        if keyring_available():
            self.remember.setChecked(True)
        else:
            self.remember.setEnabled(False)
        self.no_keyring = QLabel(
            tr("This computer has no keyring: the password is kept until Rapport closes.")
        )
        self.no_keyring.setObjectName("noKeyringLabel")
        self.no_keyring.setWordWrap(True)
        self.no_keyring.setVisible(not self.remember.isEnabled())
        self.error = plain_label(problem, object_name="errorLabel")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(problem))
        self.shown_address = QLabel()
        self.shown_address.setObjectName("addressLabel")
        make_plain(self.shown_address)

        form = QFormLayout()
        form.addRow(tr("&Server"), self.server)
        port_row = QHBoxLayout()
        port_row.addWidget(self.port)
        port_row.addStretch(1)
        port_label = QLabel(tr("&Port"))
        port_label.setBuddy(self.port)
        form.addRow(port_label, port_row)
        form.addRow(tr("&Database"), self.database)
        form.addRow(tr("&User"), self.user)
        form.addRow(tr("&TLS"), self.tls)
        form.addRow(tr("Pass&word"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.no_keyring)
        form.addRow(tr("Address"), self.shown_address)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(tr("&Connect"))
        self.connect_button.setObjectName("connectButton")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for edit in (self.server, self.database, self.user):
            edit.textChanged.connect(lambda _text: self._update())
        self.port.valueChanged.connect(lambda _value: self._update())
        self.tls.currentIndexChanged.connect(lambda _index: self._update())
        if address is not None:
            self.set_address(address)
        self._update()
        self.setMinimumWidth(460)
        first_empty = next(
            (e for e in (self.server, self.database, self.user, self.password) if not e.text()),
            self.password,
        )
        first_empty.setFocus()

    def set_address(self, address: ServerAddress) -> None:
        self.server.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.tls.setCurrentIndex(max(0, self.tls.findData(address.sslmode)))

    def address(self) -> ServerAddress:
        """The address in the fields; raises ServerAddressError while one is missing."""
        return ServerAddress(
            user=self.user.text().strip(),
            host=self.server.text().strip(),
            database=self.database.text().strip(),
            port=self.port.value(),
            sslmode=str(self.tls.currentData()),
        )

    def chosen_password(self) -> str:
        return self.password.text()

    def remember_password(self) -> bool:
        return self.remember.isEnabled() and self.remember.isChecked()

    def _server_edited(self, text: str) -> None:
        """A whole address pasted (more than one character at once) is taken at once; one
        typed is taken when the field is left."""
        pasted = len(text) - len(self._server_text) > 1
        self._server_text = text
        if pasted:
            self._take_address(text)

    def _take_address(self, text: str) -> None:
        if not looks_like_server_address(text):
            return
        try:
            address, password = parse_server_address(text, allow_password=True)
        except ServerAddressError as error:
            self._show_error(str(error))
            return
        self.set_address(address)
        self._server_text = address.host
        if password:
            self.password.setText(password)
        self.password.setFocus()

    def _update(self) -> None:
        try:
            address = self.address()
        except ServerAddressError:
            self.shown_address.setText(tr("(fill in server, database and user)"))
            self.connect_button.setEnabled(False)
            return
        self.shown_address.setText(str(address))
        self.connect_button.setEnabled(True)

    def _accept(self) -> None:
        try:
            self.address()
        except ServerAddressError as error:
            self._show_error(str(error))
            return
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
