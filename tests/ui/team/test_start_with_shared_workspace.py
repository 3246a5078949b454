"""Starting the window on a shared workspace: --workspace takes a server address, and the last
session's shared workspace is the one reopened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from main import build_parser
from persistence.team.server_address import ServerAddress
from ui.app import StartOptions, workspace_to_open

TEAM = ServerAddress("anna", "db.example.com", "team")


def test_the_window_option_takes_a_server_address_as_well_as_a_file() -> None:
    parser, _ = build_parser()
    assert parser.parse_args(["--workspace", str(TEAM)]).workspace == TEAM
    assert parser.parse_args(["--workspace", "mine.rapport"]).workspace == Path("mine.rapport")


def test_the_last_shared_workspace_is_reopened_at_start(isolated_settings: QSettings) -> None:
    isolated_settings.setValue("workspace/last", str(TEAM))
    assert workspace_to_open(StartOptions(), isolated_settings) == TEAM
    assert workspace_to_open(StartOptions(workspace=Path("x.rapport")), isolated_settings) == Path(
        "x.rapport"
    )
