"""import-contacts as a script would run it: real processes, a real workspace, real files."""

from __future__ import annotations

from pathlib import Path

from persistence.workspace import create_workspace, open_workspace
from tests.end_to_end.test_command_line import rapport

FIXTURES = Path(__file__).parents[1] / "fixtures" / "contacts"


def _workspace(tmp_path: Path) -> Path:
    path = tmp_path / "mine.rapport"
    with create_workspace(path):
        pass
    return path


def _names(path: Path) -> list[str]:
    with open_workspace(path) as workspace, workspace.uow() as uow:
        return [p.name for p in uow.stakeholders.list()]


def test_import_prints_per_file_counts_and_reasons_and_twice_adds_no_one(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path)
    files = [FIXTURES / "apple_contacts.vcf", FIXTURES / "linkedin_Connections.csv"]
    first = rapport("import-contacts", "--workspace", workspace, *files)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[:3] == [
        "apple_contacts.vcf (vCard): 2 new, 0 merged, 0 already in the register, 1 skipped",
        "  skipped card 2: a company's card (Contoso, Ltd.), not a person's",
        "linkedin_Connections.csv (LinkedIn connections): 5 new, 0 merged, "
        "0 already in the register, 0 skipped",
    ]
    assert len(_names(workspace)) == 7
    second = rapport("import-contacts", "--workspace", workspace, *files)
    assert second.returncode == 0, second.stderr
    assert "0 new, 0 merged, 2 already in the register, 1 skipped" in second.stdout
    assert "0 new, 0 merged, 5 already in the register, 0 skipped" in second.stdout
    assert len(_names(workspace)) == 7


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path)
    result = rapport(
        "import-contacts", "--workspace", workspace, FIXTURES / "outlook_desktop.csv", "--dry-run"
    )
    assert result.returncode == 0, result.stderr
    assert "outlook_desktop.csv (Outlook contacts): 2 new" in result.stdout
    assert result.stdout.splitlines()[-1] == "Dry run: nothing was changed."
    assert _names(workspace) == []


def test_an_unreadable_file_exits_2_with_a_message_and_imports_nothing(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path)
    binary = tmp_path / "people.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    for bad in (FIXTURES / "truncated.vcf", binary, tmp_path / "missing.vcf"):
        result = rapport(
            "import-contacts", "--workspace", workspace, FIXTURES / "apple_contacts.vcf", bad
        )
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert result.stderr.startswith(f"rapport: {bad.name}")
        assert result.stderr.rstrip().endswith("Nothing was imported.")
    assert _names(workspace) == []
