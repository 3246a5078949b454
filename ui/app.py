"""Starting the desktop app: the window goes on screen first, the workspace opens right after."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from persistence.team.server_address import ServerAddress
from resources import resource_path
from ui.about import data_folder
from ui.app_context import AppContext
from ui.gc_tuning import tune_collector
from ui.look import apply_look
from ui.main_window import MainWindow
from ui.open_requests import FileOpenFilter, OpenRequests
from ui.session_end import SessionEnd
from ui.settings_store import app_settings
from ui.single_instance import InstanceServer, server_name
from ui.translation import install_translators
from ui.workspace.locations import default_workspace_path, demo_workspace_path, log_path

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StartOptions:
    #: A workspace file, or a shared workspace's server address (``--workspace``).
    workspace: Path | ServerAddress | None = None
    demo: bool = False
    #: Print "rapport-probe first-paint" / "rapport-probe data-ready" and quit (benchmarks).
    startup_probe: bool = False
    #: Once the data is shown, print "rapport-probe quitting" and quit as File ▸ Quit does
    #: (bench startup.quit times from that line to the process gone).
    quit_probe: bool = False
    #: "system" (follow the platform), "light" or "dark" (--color-scheme).
    color_scheme: str = "system"
    #: Open the workspace read-only (no lock, nothing written): --read-only.
    read_only: bool = False


def create_application(color_scheme: str = "system") -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Rapport")
    app.setApplicationDisplayName("Rapport")
    app.setDesktopFileName("rapport")
    app.setWindowIcon(QIcon(str(resource_path("icons", "rapport.svg"))))
    install_translators(app)  # the user's language, where Rapport has a translation for it
    apply_look(app, color_scheme)
    return app


def build_window(
    app: QApplication, settings: QSettings | None = None
) -> tuple[AppContext, MainWindow]:
    ctx = AppContext()
    ctx.backups.scheduled = True  # daily on opening and hourly while editing
    window = MainWindow(ctx, settings if settings is not None else app_settings())
    ctx.setParent(window)  # the context (and its undo stack) lives as long as its window
    return ctx, window


def workspace_to_open(options: StartOptions, settings: QSettings) -> Path | ServerAddress:
    if options.demo:
        from ui.workspace.demo_workspace import ensure_demo_workspace

        return ensure_demo_workspace(demo_workspace_path())
    if options.workspace is not None:
        return options.workspace
    from ui.workspace.recent_files import read_location

    last = read_location(settings.value("workspace/last"))
    if isinstance(last, ServerAddress) or (last is not None and last.exists()):
        return last
    return default_workspace_path()


def run_gui(options: StartOptions) -> int:
    # Listens for later launches (main.py has handed this one's request over to a running
    # Rapport if there was one); the demo always gets a window of its own.
    # A read-only window (--read-only) is one of its own too: later launches open for editing.
    instance_name = None if options.demo or options.read_only else server_name(data_folder())
    app = create_application(options.color_scheme)
    ctx, window = build_window(app)

    def open_path(path: Path) -> bool:
        return window.workspace_menu.open_path(path, create=not path.exists())

    requests = OpenRequests(
        window, open_path, lambda: ctx.workspace.path if ctx.has_workspace else None
    )
    app.installEventFilter(FileOpenFilter(requests))
    server = None
    if instance_name is not None:
        server = InstanceServer(instance_name, app)
        server.activation_offered.connect(requests.offer_activation)
        server.open_requested.connect(requests.request)
        if not server.listen():
            log.warning("another Rapport answers on the instance socket; not listening")

    def open_workspace() -> None:
        from ui.logging_setup import start_logging  # after the first paint: off the start path

        start_logging(log_path())
        log.info("starting")
        path = requests.first_choice or workspace_to_open(options, window.settings)
        if isinstance(path, ServerAddress):
            window.workspace_menu.open_shared(path)  # connects in the background
        elif options.read_only:
            window.workspace_menu.open_path(path, read_only=True)
        else:
            open_path(path)
        requests.mark_ready()
        if options.startup_probe:
            window.register.table.viewport().repaint()
            print("rapport-probe data-ready", flush=True)
        # After the data is on screen: the collection before the freeze takes tens of ms.
        QTimer.singleShot(0, settle)

    def settle() -> None:
        tune_collector()
        if options.startup_probe:
            young = gc.get_threshold()[0]
            print(
                f"rapport-probe collector frozen={gc.get_freeze_count()} young={young}", flush=True
            )
            app.quit()
        elif options.quit_probe:
            print("rapport-probe quitting", flush=True)
            window.quit_action.trigger()

    def on_first_paint() -> None:
        if options.startup_probe:
            print("rapport-probe first-paint", flush=True)
        QTimer.singleShot(0, open_workspace)

    window.first_painted.connect(on_first_paint)

    def end_session() -> None:
        app.closeAllWindows()  # the main window saves its layout as when the user closes it
        app.quit()  # even if a dialog was open

    session_end = SessionEnd(end_session, parent=app)  # outlives the window
    window.show()
    code = app.exec()
    if server is not None:
        server.close()  # removes the socket file (the process ends without the usual teardown)
    session_end.release()
    ctx.close_workspace()
    window.settings.sync()  # written now: the process ends without the usual teardown
    log.info("stopped")
    return code


def exit_at_once(code: int) -> None:
    """End the process now that everything is saved and closed.

    Python's own teardown after the window closed (destroying every Qt object, the application
    and the display connection, then each module) took 0.4 s offscreen and 1–2 s on X11, during
    which the closed app was still a process. Nothing is left to save by then: the workspace is
    closed, the settings synced, and the log and standard streams are flushed here. Work still
    running on a thread of ours (an automatic backup being written) is waited for first, as
    Python's own exit would.
    """
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    logging.shutdown()
    os._exit(code)
