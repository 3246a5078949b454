"""team-setup and team-add-member: a team's shared workspace on a PostgreSQL server.

    rapport team-setup --admin-url postgresql://postgres@db.example.com/postgres --database team
    rapport team-add-member --admin-url … --database team --login anna --name "Anna Berg" \\
        --role member          (asks for anna's password; or --password-stdin)

The administrator's own password: in --admin-url, PGPASSWORD or ~/.pgpass, else asked for on a
terminal. A member's password never goes on the command line. Exit 0 done, 2 refused (one line).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ui.cli.arguments import fail

if TYPE_CHECKING:
    from persistence.team.server_address import ServerAddress

_LOCAL = ("localhost", "127.0.0.1", "::1")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    setup = subparsers.add_parser(
        "team-setup",
        help="set up (or check and upgrade) a team's shared workspace on a PostgreSQL server",
        description="Creates the database if missing, Rapport's tables (or upgrades them), the "
        "roles DATABASE_member (reads and edits) and DATABASE_viewer (reads), and prints what "
        "members need to connect. Safe to run again: it says what it found.",
    )
    _admin_options(setup)
    setup.set_defaults(run=run_setup)

    member = subparsers.add_parser(
        "team-add-member",
        help="add a person (a login with a password) to a team's shared workspace",
        description="Creates the login (or updates it: its role, name and password) and grants "
        "it the team's member or viewer role. The password is asked for, or read from "
        "standard input with --password-stdin; never give it on the command line.",
    )
    _admin_options(member)
    member.add_argument("--login", required=True, help="the person's login name, e.g. anna")
    member.add_argument("--name", required=True, help='their full name, e.g. "Anna Berg"')
    member.add_argument(
        "--role",
        required=True,
        choices=("member", "viewer"),
        help="member: reads and edits; viewer: reads only",
    )
    member.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the new login's password from the first line of standard input",
    )
    member.set_defaults(run=run_add_member)


def _admin_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--admin-url",
        required=True,
        metavar="URL",
        help="an administrator's login on the server: postgresql://USER@HOST:PORT/postgres "
        "(a login that may create databases and roles)",
    )
    parser.add_argument("--database", required=True, help="the team database, e.g. team")


def _admin(args: argparse.Namespace) -> tuple[ServerAddress, str]:
    from persistence.team.server_address import parse_server_address

    return parse_server_address(args.admin_url, allow_password=True, default_database="postgres")


def _as_admin[T](address: ServerAddress, password: str, step: Callable[[Any], T]) -> T:
    """``step`` on the admin's URL; asked for the admin's password on a terminal if the
    server wants one and none was found (the step is idempotent, so it simply runs again)."""
    from persistence.team.errors import ServerLoginError

    try:
        return step(address.sqlalchemy_url(password or None))
    except ServerLoginError as error:
        if not (error.password_missing and sys.stdin.isatty()):
            raise
    typed = getpass.getpass(f"Password of {address.user} on {address.host}: ")
    return step(address.sqlalchemy_url(typed))


def run_setup(args: argparse.Namespace) -> int:
    from persistence.team.server_address import ServerAddressError
    from persistence.team.setup import team_setup
    from persistence.workspace import WorkspaceError

    try:
        address, password = _admin(args)
        report = _as_admin(address, password, lambda url: team_setup(url, args.database))
    except (ServerAddressError, WorkspaceError) as error:
        return fail(_with_hint(error))
    where = f"{address.host}:{address.port}"
    print(f"Team workspace “{args.database}” on {where}:")
    for line in report.lines():
        print(f"  {line}")
    print()
    print(
        "Each member opens it in Rapport with File ▸ Open Shared Workspace… (server "
        f"{address.host}, port {address.port}, database {args.database}, their login), or"
    )
    print(f"with --workspace {report.member_address.replace('LOGIN', 'THEIR-LOGIN')}")
    if address.host in _LOCAL:
        print(
            "  (from other computers: this server's name on your network instead of "
            f"{address.host}; the server must listen there: listen_addresses, pg_hba.conf)"
        )
    admin = address.with_database(address.database)
    print()
    print("Add a member (asks for their password):")
    print(
        f"  rapport team-add-member --admin-url {admin} --database {args.database} "
        '--login anna --name "Anna Berg" --role member      (or --role viewer: reads only)'
    )
    return 0


def run_add_member(args: argparse.Namespace) -> int:
    from persistence.team.members import add_member
    from persistence.team.server_address import ServerAddressError
    from persistence.workspace import WorkspaceError

    try:
        address, admin_password = _admin(args)
    except ServerAddressError as error:
        return fail(str(error))
    password = _new_password(args)
    if password is None:
        return 2
    try:
        created = _as_admin(
            address,
            admin_password,
            lambda url: add_member(
                url,
                args.database,
                login=args.login,
                name=args.name,
                role=args.role,
                password=password,
            ),
        )
    except WorkspaceError as error:
        return fail(_with_hint(error))
    done = "added" if created else "updated"
    rights = "reads and edits" if args.role == "member" else "reads only"
    member_address = address.with_database(args.database).with_user(args.login)
    print(f"{args.login} ({args.name}) {done}: a {args.role} of “{args.database}” ({rights}).")
    print(f"They open it with File ▸ Open Shared Workspace…, or --workspace {member_address}")
    return 0


def _new_password(args: argparse.Namespace) -> str | None:
    """The new login's password: stdin's first line, or typed twice on a terminal."""
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            fail("standard input held no password (--password-stdin reads its first line).")
            return None
        return password
    if not sys.stdin.isatty():
        fail(
            f"type {args.login}'s password at a terminal, or give it on standard input with "
            "--password-stdin (never on the command line)."
        )
        return None
    first = getpass.getpass(f"New password for {args.login}: ")
    if not first:
        fail("the password may not be empty; nothing was changed.")
        return None
    if getpass.getpass("The same again: ") != first:
        fail("the two passwords differ; nothing was changed.")
        return None
    return first


def _with_hint(error: Exception) -> str:
    from persistence.team.errors import ServerLoginError

    if isinstance(error, ServerLoginError) and error.password_missing:
        return (
            f"{error} Put it in --admin-url, PGPASSWORD or ~/.pgpass, or run this at a "
            "terminal to be asked for it."
        )
    return str(error)
