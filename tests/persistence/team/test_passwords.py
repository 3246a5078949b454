"""Members' passwords: in the keyring when there is one (remembered, forgotten), for the session
only when there is none, and never an error for want of a keyring."""

from __future__ import annotations

from persistence.team.passwords import SERVICE, PasswordStore, keyring_available
from persistence.team.server_address import ServerAddress
from tests.team_server import MemoryKeyring

ANNA = ServerAddress("anna", "db.example.com", "team")


def test_a_remembered_password_is_in_the_keyring_under_the_login_and_server(
    memory_keyring: MemoryKeyring,
) -> None:
    assert keyring_available()
    assert PasswordStore().keep(ANNA, "s3cret", remember=True)
    assert memory_keyring.passwords == {(SERVICE, "anna@db.example.com:5432/team"): "s3cret"}
    assert PasswordStore().password(ANNA) == "s3cret"  # a later session finds it


def test_a_password_not_remembered_lasts_the_session_and_leaves_the_keyring_empty(
    memory_keyring: MemoryKeyring,
) -> None:
    memory_keyring.passwords[(SERVICE, ANNA.keyring_user)] = "old"
    store = PasswordStore()
    assert not store.keep(ANNA, "new", remember=False)
    assert store.password(ANNA) == "new"
    assert memory_keyring.passwords == {}
    assert PasswordStore().password(ANNA) is None


def test_forgetting_a_wrong_password_clears_keyring_and_session(
    memory_keyring: MemoryKeyring,
) -> None:
    store = PasswordStore()
    store.keep(ANNA, "wrong", remember=True)
    store.forget(ANNA)
    assert store.password(ANNA) is None and memory_keyring.passwords == {}


def test_without_a_keyring_the_password_is_kept_for_the_session_only(no_keyring: None) -> None:
    assert not keyring_available()
    store = PasswordStore()
    assert store.password(ANNA) is None
    assert not store.keep(ANNA, "s3cret", remember=True)
    assert store.password(ANNA) == "s3cret"
    store.forget(ANNA)
    assert store.password(ANNA) is None
