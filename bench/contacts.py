"""Contact import at scale: a 5,000-card vCard file against a 5,000-person register.

Workspace and file (built once per run, untimed): 5,000 people at 100 organisations, each with an
e-mail address; the file holds 5,000 cards as phones and Apple Contacts write them (N, FN, ORG
with a unit, TITLE, two e-mail addresses, two phone numbers, categories): 2,000 are people already
in the register by e-mail, 1,000 by a slightly different name at the same organisation, 2,000 are
new.

    contacts.preview_5000   read the file and compare every card with the register
                            (open_contact_file + preview_import), the preview the user sees
        baseline            the same file read by vobject's own reader (readComponents, every
                            property's value), which matches nothing
    contacts.import_5000    read, preview, and import everything the preview ticks, in one
                            transaction, on a fresh copy of the workspace
        baseline            the same number of people and organisations written by plain
                            sqlite3 executemany into a copy of the same workspace

Targets: preview ≤ 1.5 s, import ≤ 2 s.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from _registry import Context, Measurement, benchmark

PEOPLE = 5_000
CARDS = 5_000
ORGANISATIONS = 100


def _build(workdir: Path) -> tuple[Path, Path]:
    from domain.model import Organisation, Stakeholder
    from persistence.workspace import create_workspace

    workspace_path = workdir / "contacts-register.rapport"
    vcf = workdir / "contacts-5000.vcf"
    if workspace_path.exists():
        return workspace_path, vcf
    with create_workspace(workspace_path) as workspace, workspace.uow() as uow:
        orgs = [
            uow.organisations.add(Organisation(f"Company {n:03d} Ltd")).id
            for n in range(ORGANISATIONS)
        ]
        for n in range(PEOPLE):
            uow.stakeholders.add(
                Stakeholder(
                    f"Given{n} Family{n}",
                    job_title="Manager",
                    organisation_id=orgs[n % ORGANISATIONS],
                    email=f"person{n}@company{n % ORGANISATIONS}.example",
                )
            )
        uow.commit()
    lines = []
    for n in range(CARDS):
        if n < 2000:  # known by e-mail
            given, family, email = f"Given{n}", f"Family{n}", f"person{n}@company{n % 100}.example"
        elif n < 3000:  # known by a near name at the same organisation, no e-mail on file
            given, family, email = f"Givn{n}", f"Family{n}", f"other{n}@mail.example"
        else:
            given, family, email = f"New{n}", f"Person{n}", f"new{n}@elsewhere.example"
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{family};{given};;;",
            f"FN:{given} {family}",
            f"ORG:Company {n % ORGANISATIONS:03d}\\, Ltd.;Unit {n % 7}",
            "TITLE:Head of Things",
            f"item1.EMAIL;type=INTERNET;type=pref:{email}",
            "item1.X-ABLabel:_$!<Work>!$_",
            f"EMAIL;type=INTERNET;type=HOME:home{n}@mail.example",
            f"TEL;type=CELL:+44 7700 {n:06d}",
            f"TEL;type=WORK:+44 20 7946 {n % 10000:04d}",
            "CATEGORIES:Imported,Contacts",
            "END:VCARD",
        ]
    vcf.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return workspace_path, vcf


def _copy(source: Path, target: Path) -> Path:
    for suffix in ("-wal", "-shm", ".lock"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


@benchmark("contacts.preview_5000")
def preview_5000(ctx: Context) -> dict[str, Measurement]:
    import vobject

    from domain.usecases.contact_preview import RowStatus, preview_import
    from persistence.contacts import open_contact_file
    from persistence.workspace import open_workspace

    register, vcf = ctx.once("contacts.files", lambda: _build(ctx.workdir))
    with open_workspace(register) as workspace:
        started = time.perf_counter()
        opened = open_contact_file(vcf)
        assert opened.file is not None
        preview = preview_import(workspace.uow(), opened.file.cards)
        elapsed = time.perf_counter() - started
    counts = (preview.count(RowStatus.NEW), preview.count(RowStatus.MATCH))
    if counts != (2000, 3000):
        return {"contacts.preview_5000": Measurement.missing("s", f"wrong preview {counts}")}
    started = time.perf_counter()
    for card in vobject.readComponents(vcf.read_text(encoding="utf-8")):
        for line in card.getChildren():
            _ = line.value
    baseline = time.perf_counter() - started
    return {"contacts.preview_5000": Measurement(elapsed, "s", baseline)}


@benchmark("contacts.import_5000")
def import_5000(ctx: Context) -> dict[str, Measurement]:
    from domain.usecases.contact_import import apply_import
    from domain.usecases.contact_preview import preview_import
    from persistence.contacts import open_contact_file
    from persistence.workspace import open_workspace

    register, vcf = ctx.once("contacts.files", lambda: _build(ctx.workdir))
    target = _copy(register, ctx.workdir / "contacts-import.rapport")
    with open_workspace(target) as workspace:
        started = time.perf_counter()
        opened = open_contact_file(vcf)
        assert opened.file is not None
        preview = preview_import(workspace.uow(), opened.file.cards)
        outcome = apply_import(workspace.uow(), preview)
        elapsed = time.perf_counter() - started
        with workspace.uow() as uow:
            people = uow.stakeholders.count()
    if (len(outcome.added), len(outcome.merged), people) != (2000, 3000, PEOPLE + 2000):
        return {
            "contacts.import_5000": Measurement.missing(
                "s", f"wrong import ({len(outcome.added)} added, {len(outcome.merged)} merged)"
            )
        }
    baseline_path = _copy(register, ctx.workdir / "contacts-baseline.rapport")
    rows = [
        (f"New{n} Person{n}", f"new{n}@elsewhere.example", f"+44 7700 {n:06d}") for n in range(5000)
    ]
    started = time.perf_counter()
    with sqlite3.connect(baseline_path) as connection:
        connection.executemany(
            "INSERT INTO organisations (name, kind, parent_id) VALUES (?, 'internal unit', NULL)",
            [(f"Unit {n}",) for n in range(7 * ORGANISATIONS)],
        )
        connection.executemany(
            "INSERT INTO stakeholders (name, job_title, relation, email, email_folded, phone,"
            " notes, communication_preferences, archived, other_emails, other_phones)"
            " VALUES (?, 'Head of Things', 'business unit', ?, ?, ?, '', '', 0, '', '')",
            [(name, email, email, phone) for name, email, phone in rows],
        )
    baseline = time.perf_counter() - started
    return {"contacts.import_5000": Measurement(elapsed, "s", baseline)}
