"""Members' passwords: in the OS keyring (the ``keyring`` library), never in settings or logs.

Service ``Rapport``, user name ``USER@HOST:PORT/DATABASE`` (:attr:`ServerAddress.keyring_user`).
Where there is no keyring (a server without a desktop session, CI, offscreen), or it refuses,
the password is kept in this process's memory for the session instead, and the user is asked
again next time; nothing fails for want of a keyring.
"""

from __future__ import annotations

import logging

from persistence.team.server_address import ServerAddress

SERVICE = "Rapport"
_log = logging.getLogger(__name__)


class PasswordStore:
    """The passwords of the shared workspaces this process has opened."""

    def __init__(self) -> None:
        self._session: dict[str, str] = {}

    def password(self, address: ServerAddress) -> str | None:
        """The password kept for ``address``: this session's, else the keyring's, else None."""
        key = address.keyring_user
        if key in self._session:
            return self._session[key]
        try:
            import keyring

            return keyring.get_password(SERVICE, key)
        except Exception as error:  # any backend's failure: a missing keyring asks instead
            _log.info("no password from the keyring (%s)", type(error).__name__)
            return None

    def keep(self, address: ServerAddress, password: str, *, remember: bool) -> bool:
        """Keep ``password`` for this session, and in the keyring if ``remember`` (or forget
        the keyring's if not). Returns whether the keyring holds it now."""
        self._session[address.keyring_user] = password
        if not remember:
            self.forget(address, session=False)
            return False
        try:
            import keyring

            keyring.set_password(SERVICE, address.keyring_user, password)
        except Exception as error:
            _log.info("the keyring did not keep the password (%s)", type(error).__name__)
            return False
        return True

    def keep_for_session(self, address: ServerAddress, password: str) -> None:
        """Keep ``password`` until the process ends, leaving the keyring as it is."""
        self._session[address.keyring_user] = password

    def forget(self, address: ServerAddress, *, session: bool = True) -> None:
        """Forget the password (a wrong one): the keyring's, and this session's if ``session``."""
        if session:
            self._session.pop(address.keyring_user, None)
        try:
            import keyring

            keyring.delete_password(SERVICE, address.keyring_user)
        except Exception:  # not there, or no keyring: nothing to forget
            pass


def keyring_available() -> bool:
    """Whether a keyring backend that can keep passwords is there (not the fail backend)."""
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:
        return False
