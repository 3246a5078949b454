"""``rapport FILE.rapport``: how a file manager, the desktop entry (Exec=rapport %f) and a user
at a terminal pass a workspace, read as ``--workspace FILE.rapport``."""

from __future__ import annotations

from pathlib import Path

import pytest

from main import build_parser, workspace_as_option

COMMANDS = build_parser()[1]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["/home/ada/Q3.rapport"], ["--workspace", "/home/ada/Q3.rapport"]),
        (["Q3.RAPPORT"], ["--workspace", "Q3.RAPPORT"]),
        (["--startup-probe", "a.rapport"], ["--startup-probe", "--workspace", "a.rapport"]),
        (["check", "--workspace", "a.rapport"], ["check", "--workspace", "a.rapport"]),
        (["--workspace", "a.rapport"], ["--workspace", "a.rapport"]),
        (["chek"], ["chek"]),  # a mistyped command is not a new workspace called "chek"
        ([], []),
        (["--", "x.rapport"], ["--", "x.rapport"]),
    ],
)
def test_a_plain_file_name_means_open_it(argv: list[str], expected: list[str]) -> None:
    assert workspace_as_option(argv, COMMANDS) == expected


def test_an_existing_file_of_any_name_is_a_workspace(tmp_path: Path) -> None:
    renamed = tmp_path / "budget copy"
    renamed.touch()
    assert workspace_as_option([str(renamed)], COMMANDS) == ["--workspace", str(renamed)]


def test_the_parser_takes_the_rewritten_arguments() -> None:
    parser, commands = build_parser()
    args = parser.parse_args(workspace_as_option(["Q3.rapport"], commands))
    assert args.workspace == Path("Q3.rapport") and args.command is None
