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


def test_export_as_csv_xlsx_and_vcard_reads_back_with_no_one_added_and_no_live_formula(
    tmp_path: Path,
) -> None:
    from domain.model import Stakeholder
    from domain.usecases.stakeholders import add_stakeholder

    workspace = _workspace(tmp_path)
    with open_workspace(workspace) as opened:
        add_stakeholder(
            opened.uow(),
            Stakeholder("=HYPERLINK(1) Evil", email="evil@x.org", phone="+44 20 1"),
        )
    imported = rapport("import-contacts", "--workspace", workspace, FIXTURES / "apple_contacts.vcf")
    assert imported.returncode == 0, imported.stderr
    for suffix in ("csv", "xlsx", "vcf"):
        out = tmp_path / f"people.{suffix}"
        result = rapport("export-contacts", "--workspace", workspace, "--out", out)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"Exported 3 people to {out}"
        again = rapport("import-contacts", "--workspace", workspace, out)
        assert again.returncode == 0, again.stderr
        assert "0 new, 0 merged, 3 already in the register, 0 skipped" in again.stdout
    csv_text = (tmp_path / "people.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in csv_text and "'+44 20 1" in csv_text
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "people.xlsx").active
    cells = [c.value for row in sheet.iter_rows() for c in row]
    assert not any(isinstance(v, str) and v.startswith("=") for v in cells)
    vcf = (tmp_path / "people.vcf").read_text(encoding="utf-8")
    assert vcf.count("BEGIN:VCARD") == 3 and "PHOTO;ENCODING=b;TYPE=PNG:" in vcf
    assert _names(workspace) == sorted(_names(workspace), key=str.casefold)
    assert len(_names(workspace)) == 3


def test_export_refuses_an_unknown_suffix_and_map(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path)
    result = rapport("export-contacts", "--workspace", workspace, "--out", tmp_path / "x.pdf")
    assert (result.returncode, result.stderr.strip()) == (
        2,
        "rapport: x.pdf: contacts are exported as .csv, .xlsx or .vcf.",
    )
    result = rapport(
        "export-contacts", "--workspace", workspace, "--out", tmp_path / "x.csv", "--map", "ERP"
    )
    assert result.returncode == 2 and "No map called 'ERP'" in result.stderr
    assert not (tmp_path / "x.csv").exists()


def test_export_contacts_never_writes_over_a_workspace_and_replaces_only_with_force(
    tmp_path: Path,
) -> None:
    workspace = _workspace(tmp_path)
    disguised = tmp_path / "team.vcf"  # a workspace saved under a contact file's name
    disguised.write_bytes(workspace.read_bytes())
    refused = rapport("export-contacts", "--workspace", workspace, "--out", disguised, "--force")
    assert refused.returncode == 2 and "is a Rapport workspace" in refused.stderr
    assert disguised.read_bytes() == workspace.read_bytes()

    out = tmp_path / "people.csv"
    out.write_text("mine\n", encoding="utf-8")
    kept = rapport("export-contacts", "--workspace", workspace, "--out", out)
    assert kept.returncode == 2 and "--force" in kept.stderr
    assert out.read_text(encoding="utf-8") == "mine\n"
    replaced = rapport("export-contacts", "--workspace", workspace, "--out", out, "--force")
    assert replaced.returncode == 0, replaced.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("Name,")
