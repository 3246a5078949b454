"""The packaged app (build.spec): run the built executable as a user's machine would.

Building takes a minute or more of both cores, so these tests run only when asked:

    RAPPORT_BUNDLE=dist/rapport pytest tests/packaging -m slow   check an existing build
    RAPPORT_BUNDLE=build pytest tests/packaging -m slow          build into a temporary folder first

Without RAPPORT_BUNDLE they are skipped. CI (.ci/run) builds once with scripts/build after the
test suite, runs the bundle's --self-test, then these tests against that same build.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
VERSION = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"
]


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An environment whose user folders (data, cache, settings) are inside tmp_path."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("MPLCONFIGDIR", None)
    for var, sub in {
        "HOME": "home",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_RUNTIME_DIR": "runtime",
    }.items():
        (tmp_path / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[var] = str(tmp_path / sub)
    return env


def run(bundle: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    """Starts the built app from a folder outside the source tree."""
    return subprocess.run(
        [str(bundle / f"rapport{EXE_SUFFIX}"), *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_self_test_passes(bundle: Path, home: dict[str, str], tmp_path: Path) -> None:
    result = run(bundle, "--self-test", env=home, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Rapport self-test passed" in result.stdout
    assert "FAIL" not in result.stdout
    # The chart pages it opened loaded matplotlib, whose font list now lasts for the next start
    # (PyInstaller alone would have put it in a temporary folder, rebuilt on every start).
    lasting = Path(home["XDG_CACHE_HOME"]) / "Rapport" / f"matplotlib-{VERSION}"
    assert list(lasting.glob("fontlist-*.json")), f"no font list kept in {lasting}"


def test_demo_workspace_made_and_checked_from_the_command_line(
    bundle: Path, home: dict[str, str], tmp_path: Path
) -> None:
    demo = tmp_path / "demo.rapport"
    made = run(bundle, "make-demo", str(demo), env=home, cwd=tmp_path)
    assert made.returncode == 0, made.stdout + made.stderr
    assert demo.stat().st_size > 0

    checked = run(bundle, "check", "--workspace", str(demo), env=home, cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_prep_sheet_pdf_is_typeset_with_the_bundled_fonts(
    bundle: Path, home: dict[str, str], tmp_path: Path
) -> None:
    pypdf = pytest.importorskip("pypdf")
    demo = tmp_path / "demo.rapport"
    assert run(bundle, "make-demo", str(demo), env=home, cwd=tmp_path).returncode == 0
    listed = run(bundle, "prep-sheet", "--workspace", str(demo), "--list-meetings",
                 env=home, cwd=tmp_path)  # fmt: skip
    assert listed.returncode == 0, listed.stdout + listed.stderr
    # "   3  2026-12-02 Wed 14:00  ERP steering committee  [10 attendees]"
    first = re.match(r"\s*(\d+)\s+\S+\s+\S+\s+\S+\s+(.+?)\s+\[", listed.stdout)
    assert first, listed.stdout
    meeting_id, title = first.groups()
    pdf = tmp_path / "prep.pdf"

    made = run(bundle, "prep-sheet", "--workspace", str(demo), "--meeting", meeting_id,
               "--out", str(pdf), env=home, cwd=tmp_path)  # fmt: skip

    assert made.returncode == 0, made.stdout + made.stderr
    reader = pypdf.PdfReader(pdf)
    first_page = " ".join(reader.pages[0].extract_text().split())
    assert title in first_page
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert any("Inter" in font for font in fonts), fonts  # resources/templates/fonts was found


def test_first_start_creates_the_default_workspace_and_log_in_the_data_folder(
    bundle: Path, home: dict[str, str], tmp_path: Path
) -> None:
    result = run(bundle, "--startup-probe", env=home, cwd=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "rapport-probe first-paint" in result.stdout
    assert "rapport-probe data-ready" in result.stdout
    data = Path(home["XDG_DATA_HOME"]) / "Rapport"
    assert (data / "Rapport.rapport").stat().st_size > 0  # created and migrated
    log = (data / "rapport.log").read_text(encoding="utf-8")
    assert "starting" in log
    assert "Rapport.rapport" not in log and str(tmp_path) not in log  # no paths, no names
    # matplotlib's config (its font list) lasts from one start to the next.
    assert (Path(home["XDG_CACHE_HOME"]) / "Rapport" / f"matplotlib-{VERSION}").is_dir()


def test_a_moved_copy_still_finds_its_resources_and_migrations(
    bundle: Path, home: dict[str, str], tmp_path: Path
) -> None:
    """Nothing in the bundle points back at the source tree or the build folder."""
    moved = tmp_path / "Programs" / "Rapport"
    shutil.copytree(bundle, moved, symlinks=True)
    workspace = tmp_path / "moved.rapport"

    started = run(moved, "--workspace", str(workspace), "--startup-probe", env=home, cwd=tmp_path)
    assert started.returncode == 0, started.stdout + started.stderr
    assert "rapport-probe data-ready" in started.stdout
    checked = run(moved, "check", "--workspace", str(workspace), env=home, cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_resources_migrations_and_version_are_inside(bundle: Path) -> None:
    inside = bundle / "_internal"
    for shipped in (REPO_ROOT / "resources").rglob("*"):
        if shipped.is_file() and shipped.suffix != ".py" and "__pycache__" not in shipped.parts:
            relative = shipped.relative_to(REPO_ROOT)
            assert (inside / relative).is_file(), f"{relative} is missing from the bundle"
    for script in (REPO_ROOT / "persistence" / "migrations").rglob("*.py"):
        relative = script.relative_to(REPO_ROOT)
        assert (inside / relative).is_file(), f"migration {relative} is missing"

    info = json.loads((inside / "rapport-build.json").read_text(encoding="utf-8"))
    assert info["version"] == VERSION
    assert info["onefile"] is False
    metadata = (inside / f"rapport-{VERSION}.dist-info" / "METADATA").read_text(encoding="utf-8")
    assert f"Version: {VERSION}" in metadata


def test_no_test_tools_unused_qt_modules_or_source_tree_paths(bundle: Path) -> None:
    readers = pytest.importorskip("PyInstaller.archive.readers")
    archive = readers.CArchiveReader(str(bundle / f"rapport{EXE_SUFFIX}"))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    packages = {name.split(".")[0] for name in modules}
    for unwanted in ("pytest", "_pytest", "pytestqt", "pypdf", "tkinter", "PyInstaller",
                     "psycopg_binary", "pygments", "IPython", "setuptools"):  # fmt: skip
        assert unwanted not in packages, f"{unwanted} was bundled"
    assert {"domain", "persistence", "ui", "resources", "sqlalchemy", "alembic"} <= packages
    # Team servers: psycopg's pure-Python libpq wrapper, which loads the system's libpq.
    assert {"psycopg.pq.pq_ctypes", "sqlalchemy.dialects.postgresql.psycopg"} <= modules

    qt = bundle / "_internal" / "PySide6"
    bound = {path.name.split(".")[0] for path in qt.glob("Qt*.*") if path.is_file()}
    assert {"QtCore", "QtGui", "QtWidgets"} <= bound
    assert not bound & {"QtQml", "QtQuick", "QtOpenGL", "QtSql", "QtTest"}
    assert not (qt / "Qt" / "translations").exists()
