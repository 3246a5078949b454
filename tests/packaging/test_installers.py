"""The installer definitions, checked as far as this (Linux) machine can: the desktop entry and
the MIME type (read by Qt's own MIME database, as the desktop reads them), the macOS Info.plist
additions (plistlib) and the Windows Inno Setup script (parsed into its sections and entries).
Neither the .dmg nor the setup.exe can be built here; see README, "What is tested where"."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath

import pytest

from persistence.schema import APPLICATION_ID
from persistence.workspace import create_workspace

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
MIME_TYPE = "application/x-rapport-workspace"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


# --- Linux: desktop entry and MIME type ------------------------------------------------------
def desktop_entry() -> dict[str, str]:
    lines = (PACKAGING / "linux" / "rapport.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_the_desktop_entry_opens_workspaces_with_rapport() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "rapport %f"  # one local file: main.py reads it as --workspace
    assert entry["Icon"] == "rapport" and entry["Type"] == "Application"
    assert entry["MimeType"].split(";") == [MIME_TYPE, ""]
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "linux" / "rapport.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_mime_magic_is_the_workspace_application_id() -> None:
    root = ET.parse(PACKAGING / "linux" / "rapport-mime.xml").getroot()
    kind = root.find("m:mime-type", NS)
    assert kind is not None and kind.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in kind.findall("m:glob", NS)] == ["*.rapport"]
    outer = kind.find("m:magic/m:match", NS)
    assert outer is not None and outer.get("offset") == "0"
    inner = outer.find("m:match", NS)
    assert inner is not None and inner.get("offset") == "68"  # SQLite's application_id field
    assert inner.get("type") == "string"
    assert inner.get("value", "").encode("ascii") == APPLICATION_ID.to_bytes(4, "big")


@pytest.fixture(scope="module")
def mime_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the system's MIME types and Rapport's, compiled as dpkg's trigger
    does on installation (update-mime-database)."""
    if not shutil.which("update-mime-database") or not Path("/usr/share/mime/packages").is_dir():
        pytest.skip("shared-mime-info")
    data = tmp_path_factory.mktemp("share")
    packages = data / "mime" / "packages"
    packages.mkdir(parents=True)
    for system in Path("/usr/share/mime/packages").glob("*.xml"):
        shutil.copy(system, packages)
    shutil.copy(PACKAGING / "linux" / "rapport-mime.xml", packages / "rapport.xml")
    subprocess.run(["update-mime-database", str(data / "mime")], check=True)
    return data


def qt_mime_types(data: Path, *files: Path) -> list[str]:
    """Each file's type as Qt's QMimeDatabase names it with ``data`` as the only data folder."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "print('\\n'.join(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))\n"
    )
    env = {**os.environ, "XDG_DATA_DIRS": str(data), "XDG_DATA_HOME": str(data / "none")}
    result = subprocess.run(
        [sys.executable, "-c", script, *map(str, files)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.split()


def test_workspaces_are_known_by_name_and_by_content(mime_data: Path, tmp_path: Path) -> None:
    named = tmp_path / "Q3 plan.rapport"
    create_workspace(named).close()
    renamed = tmp_path / "mailed-attachment.bin"  # the name lost: the header still says Rapport
    shutil.copy(named, renamed)
    plain = tmp_path / "other.sqlite"
    sqlite3.connect(plain).execute("create table t (x)").connection.close()

    assert qt_mime_types(mime_data, named, renamed, plain) == [
        MIME_TYPE,
        MIME_TYPE,
        "application/vnd.sqlite3",  # another SQLite file is not taken for a workspace
    ]


# --- macOS: Info.plist additions -------------------------------------------------------------
def test_the_app_declares_and_opens_the_workspace_type() -> None:
    with open(PACKAGING / "macos" / "document-types.plist", "rb") as file:
        plist = plistlib.load(file)
    (declared,) = plist["UTExportedTypeDeclarations"]
    uti = declared["UTTypeIdentifier"]
    assert uti == "com.rapport.workspace"
    assert {"public.data", "public.database"} <= set(declared["UTTypeConformsTo"])
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["rapport"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [uti]
    assert document["CFBundleTypeRole"] == "Editor" and document["LSHandlerRank"] == "Owner"
    for icon in (declared["UTTypeIconFile"], document["CFBundleTypeIconFile"]):
        assert (ROOT / "resources" / "icons" / icon).is_file()  # build.spec's BUNDLE icon
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"packaging" / "macos" / "document-types.plist"' in spec  # merged into Info.plist


def test_the_dmg_script_is_valid_shell() -> None:
    script = PACKAGING / "macos" / "make_dmg.sh"
    assert os.access(script, os.X_OK)
    assert subprocess.run(["bash", "-n", str(script)]).returncode == 0
    assert "hdiutil create" in script.read_text(encoding="utf-8")


# --- Windows: the Inno Setup script ------------------------------------------------------------
def parse_iss(text: str) -> tuple[dict[str, str], dict[str, list[dict[str, str]]]]:
    """(preprocessor defines, sections). [Setup] entries are `Key=Value`; the other sections'
    entries are `Name: value; Name: "quoted; value"` parameter lists, as Inno Setup reads them."""
    defines: dict[str, str] = {}
    sections: dict[str, list[dict[str, str]]] = {}
    current = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            match = re.match(r'#\s*define\s+(\w+)\s+"?(.*?)"?$', line)
            if match:
                defines.setdefault(match[1], match[2])
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            assert current not in sections, f"line {number}: [{current}] twice"
            sections[current] = []
            continue
        assert current is not None, f"line {number}: entry outside a section"
        if current == "Setup":
            key, sep, value = line.partition("=")
            assert sep, f"line {number}: not Key=Value"
            sections[current].append({"key": key.strip(), "value": value.strip()})
            continue
        entry: dict[str, str] = {}
        for match in re.finditer(r'\s*(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line):
            value = match[2].strip()
            if value.startswith('"'):
                value = value[1:-1].replace('""', '"')
            entry[match[1]] = value
        assert entry, f"line {number}: no parameters in {line!r}"
        sections[current].append(entry)
    return defines, sections


def expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m[1]], value)


@pytest.fixture(scope="module")
def iss() -> tuple[dict[str, str], dict[str, list[dict[str, str]]]]:
    return parse_iss((PACKAGING / "windows" / "rapport.iss").read_text(encoding="utf-8"))


def test_the_installer_is_per_user_with_an_uninstaller(iss) -> None:  # type: ignore[no-untyped-def]
    defines, sections = iss
    setup = {entry["key"]: entry["value"] for entry in sections["Setup"]}
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator: %LOCALAPPDATA%\Programs
    assert setup["DefaultDirName"] == "{autopf}\\Rapport"
    assert setup["ChangesAssociations"] == "yes"
    assert setup.get("Uninstallable", "yes") == "yes"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])  # a fixed id: upgrades in place
    icon = ROOT / "packaging" / "windows" / PureWindowsPath(setup["SetupIconFile"]).as_posix()
    assert icon.resolve() == (ROOT / "resources" / "icons" / "rapport.ico").resolve()
    build = ROOT / "packaging" / "windows" / PureWindowsPath(defines["BuildDir"]).as_posix()
    assert build.resolve() == (ROOT / "dist" / "rapport").resolve()  # where build.ps1 puts it
    (files,) = sections["Files"]
    assert expand(files["Source"], defines).endswith("\\*")
    assert "recursesubdirs" in files["Flags"]


def test_the_start_menu_entry_and_the_association(iss) -> None:  # type: ignore[no-untyped-def]
    defines, sections = iss
    menu = [e for e in sections["Icons"] if e["Name"].startswith("{autoprograms}")]
    assert menu and expand(menu[0]["Filename"], defines) == "{app}\\rapport.exe"
    registry = [
        {key: expand(value, defines) for key, value in entry.items()}
        for entry in sections["Registry"]
    ]
    assert all(entry["Root"] == "HKA" for entry in registry)  # HKCU when installed per user
    by_key = {entry["Subkey"]: entry for entry in registry if entry["ValueName"] == ""}
    assert by_key["Software\\Classes\\.rapport"]["ValueData"] == "Rapport.Workspace"
    assert by_key["Software\\Classes\\Rapport.Workspace\\DefaultIcon"]["ValueData"] == (
        "{app}\\rapport.exe,0"
    )
    command = by_key["Software\\Classes\\Rapport.Workspace\\shell\\open\\command"]
    assert command["ValueData"] == '"{app}\\rapport.exe" "%1"'
    # Uninstalling removes what installing added (the ProgId's whole key, the extension's value).
    assert "uninsdeletekey" in by_key["Software\\Classes\\Rapport.Workspace"]["Flags"]
    assert "uninsdeletevalue" in by_key["Software\\Classes\\.rapport"]["Flags"]
