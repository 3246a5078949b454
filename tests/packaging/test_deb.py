"""scripts/make_deb.py on a stand-in for the one-folder build: what the .deb holds, where, with
which modes, and its control data. (CI builds the real one, installs it with apt, uses it and
purges it: .ci/run.)"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"), reason="dpkg-deb"
)


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package made by scripts/make_deb.py, run as ./scripts/build --deb runs it (its own
    process: rendering the icons starts a QGuiApplication)."""
    work = tmp_path_factory.mktemp("deb")
    bundle = work / "rapport"
    (bundle / "_internal" / "lib").mkdir(parents=True)
    (bundle / "rapport").write_text("#!/bin/sh\necho stand-in\n")
    (bundle / "_internal" / "lib" / "libstandin.so.1").write_bytes(b"\x7fELF" + bytes(60))
    (bundle / "_internal" / "lib" / "libstandin.so").symlink_to("libstandin.so.1")
    made = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_deb.py"), "--bundle", str(bundle),
         "--out", str(work / "out"), "--stage", str(work / "stage")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stdout + made.stderr
    (deb,) = (work / "out").glob("rapport_*.deb")
    assert str(deb) in made.stdout  # it says where the package is, and how big
    return deb


def contents(deb: Path) -> dict[str, tuple[str, str]]:
    """path -> (mode string, link target or '')."""
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True)
    found = {}
    for line in listing.stdout.splitlines():
        mode, owner, _size, _date, _time, rest = line.split(None, 5)
        assert owner == "root/root", line
        name, _, target = rest.partition(" -> ")
        found[name.removeprefix(".")] = (mode, target)
    return found


def test_the_package_is_named_and_versioned_from_pyproject(deb: Path) -> None:
    assert deb.name == f"rapport_{VERSION}_{deb.name.rsplit('_', 1)[1]}"
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends", "Installed-Size"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: rapport\n" in fields and f"Version: {VERSION}\n" in fields
    assert "libgl1" in fields and "libxkbcommon0" in fields and "libdbus-1-3" in fields
    assert int(fields.split("Installed-Size:")[1].split()[0]) > 0


def test_no_maintainer_scripts_dpkg_triggers_update_the_caches(deb: Path) -> None:
    info = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True).stdout
    for script in ("preinst", "postinst", "prerm", "postrm", "triggers"):
        assert f" {script}" not in info


def test_files_land_in_opt_usr_bin_and_the_desktop_folders(deb: Path) -> None:
    found = contents(deb)
    assert found["/opt/rapport/rapport"][0] == "-rwxr-xr-x"
    assert found["/opt/rapport/_internal/lib/libstandin.so.1"][0] == "-rw-r--r--"
    assert found["/opt/rapport/_internal/lib/libstandin.so"] == ("lrwxrwxrwx", "libstandin.so.1")
    assert found["/usr/bin/rapport"] == ("lrwxrwxrwx", "/opt/rapport/rapport")
    for path in (
        "/usr/share/applications/rapport.desktop",
        "/usr/share/mime/packages/rapport.xml",
        "/usr/share/icons/hicolor/scalable/apps/rapport.svg",
        "/usr/share/icons/hicolor/48x48/mimetypes/application-x-rapport-workspace.png",
        "/usr/share/man/man1/rapport.1.gz",
        "/usr/share/doc/rapport/copyright",
        "/usr/share/doc/rapport/changelog.gz",
    ):
        assert found[path][0] == "-rw-r--r--", path
    outside = {p for p in found if not p.startswith(("/opt/rapport", "/usr/"))}
    assert outside <= {"/", "/opt/"}, outside  # nothing in /etc, /var or the user's home


def test_icons_are_rendered_at_the_usual_sizes(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True)
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = tmp_path / f"usr/share/icons/hicolor/{size}x{size}/apps/rapport.png"
        width, height = struct.unpack(">II", png.read_bytes()[16:24])  # the IHDR chunk
        assert (width, height) == (size, size)
    if shutil.which("desktop-file-validate"):
        desktop = tmp_path / "usr/share/applications/rapport.desktop"
        assert subprocess.run(["desktop-file-validate", str(desktop)]).returncode == 0
