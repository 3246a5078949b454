"""The server address a member types: parsed, written back the same, and refused clearly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from persistence.team.server_address import (
    SSL_MODES,
    ServerAddress,
    ServerAddressError,
    looks_like_server_address,
    parse_server_address,
)


def test_a_full_address_is_parsed_into_its_parts() -> None:
    address, password = parse_server_address(
        "postgresql://anna@db.example.com:6543/team?sslmode=require"
    )
    assert address == ServerAddress("anna", "db.example.com", "team", 6543, "require")
    assert password == ""
    assert address.title == "team@db.example.com:6543"
    assert address.keyring_user == "anna@db.example.com:6543/team"


def test_the_port_and_tls_mode_default_to_postgresqls_own() -> None:
    address, _ = parse_server_address("postgres://anna@db.example.com/team")
    assert (address.port, address.sslmode) == (5432, "prefer")
    assert str(address) == "postgresql://anna@db.example.com:5432/team"
    assert address.title == "team@db.example.com"


def test_the_sqlalchemy_url_uses_psycopg_and_carries_the_password_only_when_given() -> None:
    address = ServerAddress("anna", "db.example.com", "team", 5433, "verify-full")
    url = address.sqlalchemy_url("s3cret")
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.password, url.host, url.port, url.database) == (
        "anna",
        "s3cret",
        "db.example.com",
        5433,
        "team",
    )
    assert url.query == {"sslmode": "verify-full"}
    assert address.sqlalchemy_url().password is None


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("postgresql://anna:pw@db/team", "Leave the password out"),
        ("postgresql://db.example.com/team", "names no user"),
        ("postgresql://anna@/team", "names no server"),
        ("postgresql://anna@db.example.com", "names no database"),
        ("postgresql://anna@db.example.com:99999/team", "not a server address"),
        ("postgresql://anna@db/team?sslmode=sometimes", "not a TLS mode"),
        ("postgresql://anna@db/team?connect_timeout=3", "only the sslmode option"),
        ("mysql://anna@db/team", "not a server address"),
    ],
)
def test_a_bad_address_is_refused_with_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(ServerAddressError, match=says):
        parse_server_address(text)


def test_an_admin_url_may_carry_its_password_and_default_to_the_postgres_database() -> None:
    address, password = parse_server_address(
        "postgresql://postgres:p%40ss@localhost", allow_password=True, default_database="postgres"
    )
    assert (address.user, address.database, password) == ("postgres", "postgres", "p@ss")


def test_files_are_not_taken_for_addresses() -> None:
    assert looks_like_server_address("postgresql://anna@db/team")
    assert looks_like_server_address("  POSTGRES://anna@db/team")
    assert not looks_like_server_address("team.rapport")
    assert not looks_like_server_address("/home/anna/postgresql/team.rapport")


_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20
).filter(lambda s: s.strip() == s and s.strip())
_hosts = st.from_regex(r"[a-z][a-z0-9-]{0,20}(\.[a-z][a-z0-9-]{0,10}){0,3}", fullmatch=True)


@given(
    user=_names,
    host=_hosts,
    database=_names.filter(lambda s: "/" not in s),
    port=st.integers(1, 65535),
    sslmode=st.sampled_from(SSL_MODES),
)
def test_every_address_written_out_reads_back_the_same(
    user: str, host: str, database: str, port: int, sslmode: str
) -> None:
    address = ServerAddress(user, host, database, port, sslmode)
    assert parse_server_address(str(address)) == (address, "")
