"""import-contacts and export-contacts: contacts in and out of a workspace without a window."""

from __future__ import annotations

import argparse
from pathlib import Path

from ui.cli.arguments import fail
from ui.cli.workspace_location import files_of, workspace_location


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importing = subparsers.add_parser(
        "import-contacts",
        help="import people from vCard (.vcf), CSV or XLSX files (LinkedIn, Outlook, Google, …)",
    )
    importing.add_argument("--workspace", type=workspace_location, required=True)
    importing.add_argument("files", type=Path, nargs="+", metavar="FILE")
    importing.add_argument(
        "--dry-run", action="store_true", help="say what would be imported, change nothing"
    )
    importing.set_defaults(run=import_contacts)

    exporting = subparsers.add_parser(
        "export-contacts", help="write the register (or one map's people) as CSV, XLSX or vCard"
    )
    exporting.add_argument("--workspace", type=workspace_location, required=True)
    exporting.add_argument(
        "--out", type=Path, required=True, help="FILE.csv, FILE.xlsx or FILE.vcf (by its suffix)"
    )
    exporting.add_argument("--map", help="only the people on this map (its name or id)")
    exporting.add_argument(
        "--force", action="store_true", help="replace --out if it exists (never a workspace)"
    )
    exporting.set_defaults(run=export_contacts)


def import_contacts(args: argparse.Namespace) -> int:
    from domain.errors import DomainError
    from domain.model import ContactCard
    from domain.usecases.contact_import import apply_import
    from domain.usecases.contact_preview import RowStatus, preview_import
    from persistence.contacts import ContactFileError, cards_from_table, open_contact_file
    from persistence.workspace import WorkspaceError
    from ui.cli.workspace_location import open_location

    # Every file is read before anything is written: one unreadable file imports nothing.
    read: list[tuple[Path, str, list[ContactCard]]] = []
    for path in args.files:
        try:
            opened = open_contact_file(path)
            if opened.file is not None:
                read.append((path, opened.file.kind, opened.file.cards))
                continue
            assert opened.table is not None
            table = opened.table
            if table.mapping is None and not table.guessed_mapping.names_someone:
                return fail(
                    f"{path.name}: no column's heading says it holds names "
                    f"({', '.join(table.header[:6])}…). Import it in the window to choose "
                    "which column holds what. Nothing was imported."
                )
            read.append((path, table.kind, cards_from_table(table, table.guessed_mapping)))
        except ContactFileError as error:
            return fail(f"{error} Nothing was imported.")
    try:
        with open_location(args.workspace) as workspace:
            if not args.dry_run:
                from ui.cli.backup_commands import backup_before

                backup_before(args.workspace, "import")
            for path, kind, cards in read:
                preview = preview_import(workspace.uow(), cards)
                new = preview.count(RowStatus.NEW)
                merging = sum(1 for r in preview.rows if r.status == RowStatus.MATCH and r.take)
                unchanged = preview.count(RowStatus.MATCH) - merging
                skipped = [r for r in preview.rows if r.status == RowStatus.SKIP]
                verb = "would be" if args.dry_run else ""
                print(
                    f"{path.name} ({kind}): {new} new, {merging} merged, {unchanged} already "
                    f"in the register, {len(skipped)} skipped"
                    + (f" ({verb.strip()})" if verb else "")
                )
                for row in skipped:
                    print(f"  skipped {row.card.source}: {row.reason}")
                for row in preview.rows:
                    if row.status == RowStatus.MATCH and row.take and row.merge is not None:
                        print(
                            f"  {row.card.source} → {row.person_name} ({row.reason}): "
                            f"{row.merge.describe()}"
                        )
                        for conflict in row.merge.conflicts:
                            print(f"    {conflict}")
                if not args.dry_run:
                    apply_import(workspace.uow(), preview)
    except (WorkspaceError, DomainError) as error:
        return fail(str(error))
    if args.dry_run:
        print("Dry run: nothing was changed.")
    return 0


def export_contacts(args: argparse.Namespace) -> int:
    from domain.errors import DomainError
    from domain.usecases.contact_export import contacts_for_export
    from persistence.contacts import ContactFileError
    from persistence.contacts.export import SUFFIXES, write_contacts
    from persistence.workspace import WorkspaceError
    from ui.cli.workspace_location import open_location

    out: Path = args.out
    if out.suffix.lower() not in SUFFIXES:
        return fail(f"{out.name}: contacts are exported as .csv, .xlsx or .vcf.")
    try:
        with open_location(args.workspace, read_only=True) as workspace:  # reads only
            map_id = None
            if args.map is not None:
                with workspace.uow() as uow:
                    maps = uow.maps.list()
                found = [m for m in maps if str(m.id) == args.map or m.name == args.map]
                if not found:
                    names = ", ".join(f"{m.name} ({m.id})" for m in maps) or "none"
                    return fail(f"No map called {args.map!r}; the maps are: {names}.")
                map_id = found[0].id
            rows = contacts_for_export(workspace.uow(), map_id)
            write_contacts(rows, out, replace=args.force, protect=files_of(args.workspace))
    except (WorkspaceError, DomainError, ContactFileError) as error:
        return fail(str(error))
    print(f"Exported {len(rows)} people to {out}")
    return 0
