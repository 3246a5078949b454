"""The one rule for writing a file the user asked for (persistence.output_files): never over a
workspace, an existing file only when agreed, and whole or not at all (issue 10, item 2)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from persistence.errors import OutputExistsError, OutputRefusedError, OutputWriteError
from persistence.output_files import atomic_output, check_output_target, write_output_file
from persistence.workspace import Workspace, create_workspace


def test_the_open_workspace_and_any_other_workspace_are_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    assert workspace.path is not None
    for replace in (False, True):
        with pytest.raises(OutputRefusedError, match="workspace that is open"):
            check_output_target(workspace.path, replace=replace, protect=[workspace.path])
    # Another name for the same file (a hard link) is still the open workspace.
    alias = tmp_path / "alias.json"
    os.link(workspace.path, alias)
    with pytest.raises(OutputRefusedError, match="open"):
        check_output_target(alias, replace=True, protect=[workspace.path])

    other = tmp_path / "elsewhere" / "other.rapport"
    other.parent.mkdir()
    create_workspace(other).close()
    renamed = other.rename(other.with_name("looks-like.json"))  # the content decides, not the name
    with pytest.raises(OutputRefusedError, match="is a Rapport workspace"):
        check_output_target(renamed, replace=True)


def test_the_files_kept_beside_a_workspace_and_folders_are_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    assert workspace.path is not None
    for suffix in ("-wal", "-shm", "-journal", ".lock"):
        companion = workspace.path.with_name(workspace.path.name + suffix)
        with pytest.raises(OutputRefusedError, match="belongs to the workspace"):
            check_output_target(companion, replace=True)
    with pytest.raises(OutputRefusedError, match="folder"):
        check_output_target(tmp_path, replace=True)


def test_an_existing_file_is_replaced_only_when_agreed(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    assert check_output_target(target) == target  # new: fine
    target.write_text("the user's own file", "utf-8")
    with pytest.raises(OutputExistsError, match="exists already"):
        write_output_file(target, lambda out: out.write(b"new"))
    assert target.read_text("utf-8") == "the user's own file"
    write_output_file(target, lambda out: out.write(b"new"), replace=True)
    assert target.read_bytes() == b"new"
    with pytest.raises(OutputWriteError, match="does not exist"):
        check_output_target(tmp_path / "no-such-folder" / "x.json")


def test_a_write_that_fails_half_way_keeps_the_old_file_and_leaves_no_debris(
    tmp_path: Path,
) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(b"old and complete")
    target.chmod(0o640)

    def fail_half_way(out: object) -> None:
        out.write(b"half of the new")  # type: ignore[attr-defined]
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputWriteError, match="No space left on device") as failed:
        write_output_file(target, fail_half_way, replace=True)
    assert "Nothing was replaced" in str(failed.value)
    assert isinstance(failed.value, OSError)  # callers catching OSError still catch it
    assert target.read_bytes() == b"old and complete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]

    with atomic_output(target, text=True) as out:
        out.write("line one\nline two\n")
    assert target.read_bytes() == b"line one\nline two\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the replaced file's permissions kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_said_in_words(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputWriteError, match="could not be written"):
            write_output_file(folder / "x.json", lambda out: out.write(b"{}"))
    finally:
        folder.chmod(0o755)
