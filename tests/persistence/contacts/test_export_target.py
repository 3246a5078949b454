"""The contact export follows the rule of every export (persistence.output_files): never over a
workspace, another existing file only when the user agreed, written whole or not at all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from domain.usecases.contact_export import contacts_for_export
from persistence.contacts import ContactFileError
from persistence.contacts.export import write_contacts
from persistence.workspace import Workspace
from tests.persistence.sample_data import fill


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_a_workspace_is_never_overwritten_by_a_contact_export(
    workspace: Workspace, tmp_path: Path, suffix: str
) -> None:
    fill(workspace.uow)
    rows = contacts_for_export(workspace.uow())
    assert workspace.path is not None
    folder = tmp_path / "out"
    folder.mkdir()
    # A workspace saved under a contact file's name: recognised by its header.
    disguised = folder / f"people{suffix}"
    shutil.copyfile(workspace.path, disguised)
    before = disguised.read_bytes()
    with pytest.raises(ContactFileError, match="is a Rapport workspace"):
        write_contacts(rows, disguised, replace=True)
    assert disguised.read_bytes() == before
    # The open workspace itself, reached through another name.
    alias = folder / f"alias{suffix}"
    alias.symlink_to(workspace.path)
    with pytest.raises(ContactFileError, match="open"):
        write_contacts(rows, alias, replace=True, protect=[workspace.path])
    assert sorted(p.name for p in folder.iterdir()) == sorted([disguised.name, alias.name])


def test_an_existing_file_is_replaced_only_when_agreed(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill(workspace.uow)
    rows = contacts_for_export(workspace.uow())
    out = tmp_path / "people.csv"
    out.write_text("mine\n", encoding="utf-8")
    with pytest.raises(ContactFileError, match="exists already"):
        write_contacts(rows, out)
    assert out.read_text(encoding="utf-8") == "mine\n"
    write_contacts(rows, out, replace=True)
    assert "Ada Lovelace" in out.read_text(encoding="utf-8-sig")
