"""``--self-test``: start the real app offscreen on a temporary demo workspace and check it works.

Used after installing and by CI on the packaged build. Prints a short summary; exit code 0 when
every check passed, 1 otherwise.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

from ui.settings_store import use_settings_file


def _quiet_offscreen_chatter() -> None:
    """The offscreen platform warns that it cannot propagate size hints on every new window:
    true, harmless, and alarming in a summary meant for users. Other messages pass through."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):  # type: ignore[no-untyped-def]
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def run_self_test() -> int:
    started = time.perf_counter()
    _quiet_offscreen_chatter()
    results: list[tuple[str, bool, str]] = []

    def check(name: str, action: Callable[[], str]) -> None:
        try:
            results.append((name, True, action()))
        except Exception as exc:
            results.append((name, False, f"{type(exc).__name__}: {exc}"))
            traceback.print_exc()

    with tempfile.TemporaryDirectory(prefix="rapport-self-test-") as folder:
        path = Path(folder) / "self-test.rapport"
        # The test workspace must not become the user's last workspace nor join Open Recent, and
        # the window's layout must not replace theirs: settings go to the temporary folder too.
        use_settings_file(Path(folder) / "settings.ini")
        state: dict[str, object] = {}

        def make_demo() -> str:
            from persistence.demo import build_demo_workspace

            build_demo_workspace(path)
            return f"{path.stat().st_size // 1024} KiB"

        def start_window() -> str:
            from ui.app import build_window, create_application

            app = create_application()
            ctx, window = build_window(app)
            window.show()
            state.update(app=app, ctx=ctx, window=window)
            window.workspace_menu.open_path(path)
            _settle()
            if not ctx.has_workspace:
                raise RuntimeError("the workspace did not open")
            return "main window shown"

        def register_filled() -> str:
            from domain.usecases.stakeholders import list_stakeholders

            window = state["window"]
            ctx = state["ctx"]
            shown = window.register.model.rowCount()  # type: ignore[attr-defined]
            stored = len(list_stakeholders(ctx.uow()))  # type: ignore[attr-defined]
            if shown != stored or shown == 0:
                raise RuntimeError(f"the list shows {shown} people, the workspace holds {stored}")
            return f"{shown} people listed"

        def pages_open() -> str:
            window = state["window"]
            pages = window.pages  # type: ignore[attr-defined]
            for index in range(pages.count()):
                pages.setCurrentIndex(index)
                _settle()
            person = window.person  # type: ignore[attr-defined]
            for index in range(person.count()):
                person.setCurrentIndex(index)
                _settle()
            pages.setCurrentIndex(0)
            return f"{pages.count()} pages, {person.count()} person tabs"

        def single_instance() -> str:
            """A second launch's request reaches this one through the local socket (QtNetwork)."""
            from PySide6.QtNetwork import QLocalSocket

            from ui.single_instance import ACK, InstanceServer, server_name

            server = InstanceServer(server_name(Path(folder), "self-test"))
            if not server.listen():
                raise RuntimeError(f"could not listen on {server.name}")
            received: list[object] = []
            server.open_requested.connect(received.append)
            client = QLocalSocket()
            client.connectToServer(server.name)
            client.write(b'{"open": null}\n')
            answer = b""
            deadline = time.monotonic() + 5
            while (not received or not answer) and time.monotonic() < deadline:
                _settle()
                answer += bytes(client.readAll().data())
            server.close()
            if received != [None] or answer != ACK:
                raise RuntimeError(f"request not handed over (got {received}, {answer!r})")
            return "a second launch's request is received"

        def network_drawn() -> str:
            """The influence network laid out by networkx (NumPy's random numbers included)."""
            window = state["window"]
            window.show_page("Network")  # type: ignore[attr-defined]
            page = window.lazy_page("Network")  # type: ignore[attr-defined]
            deadline = time.perf_counter() + 60
            while page.network is None and time.perf_counter() < deadline:
                _settle()
            nodes, edges = page.scene.node_count(), page.scene.edge_count()
            window.show_page("Stakeholders")  # type: ignore[attr-defined]
            if not nodes or not edges:
                raise RuntimeError(f"the network shows {nodes} people and {edges} influences")
            return f"{nodes} people, {edges} influences"

        def chart_drawn() -> str:
            """The Charts page's figure drawn and saved as PNG: matplotlib with its Agg renderer,
            fonts and Pillow (which writes the PNG), all loaded from the bundle."""
            window = state["window"]
            window.show_page("Charts")  # type: ignore[attr-defined]
            page = window.lazy_page("Charts")  # type: ignore[attr-defined]
            canvas = page.ensure_canvas()
            _settle()
            png = Path(folder) / "chart.png"
            canvas.save_image(png)
            window.show_page("Stakeholders")  # type: ignore[attr-defined]
            axes = canvas.figure.get_axes()
            if not axes or not png.read_bytes().startswith(b"\x89PNG"):
                raise RuntimeError(f"{len(axes)} axes drawn, no PNG written")
            return f"{len(axes)} axes, PNG of {png.stat().st_size // 1024} KiB"

        def team_server_driver() -> str:
            """psycopg and the libpq it loads (the system's, in the package): what opens team
            servers. Without libpq this fails, saying what to install: the .deb depends on
            libpq5, so where it is missing the installation is incomplete."""
            from persistence.team.driver import driver_description

            return driver_description()

        def database_healthy() -> str:
            from persistence.workspace import check_workspace

            ctx = state["ctx"]
            ctx.close_workspace()  # type: ignore[attr-defined]
            problems = check_workspace(path)
            if problems:
                raise RuntimeError("; ".join(problems))
            return "integrity and foreign keys ok"

        check("demo workspace", make_demo)
        check("team server driver", team_server_driver)
        check("main window", start_window)
        if "window" in state:
            check("stakeholder list", register_filled)
            check("pages", pages_open)
            check("single instance", single_instance)
            check("influence network", network_drawn)
            check("charts", chart_drawn)
            check("database", database_healthy)
            state["window"].close()  # type: ignore[attr-defined]
        use_settings_file(None)

    for name, ok, detail in results:
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    passed = all(ok for _name, ok, _detail in results) and len(results) >= 9
    print(
        f"Rapport self-test {'passed' if passed else 'FAILED'} "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return 0 if passed else 1


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
