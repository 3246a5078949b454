"""The team-server fixtures (tests/team_server.py) for these tests."""

from tests.team_server import memory_keyring, no_keyring, team  # noqa: F401
