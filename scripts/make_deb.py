"""Makes the Debian package from the one-folder build (``./scripts/build --deb`` runs it).

    .venv/bin/python scripts/make_deb.py [--bundle dist/rapport] [--out dist]

The package holds
    /opt/rapport/                         the one-folder build as it is
    /usr/bin/rapport                      a symbolic link to /opt/rapport/rapport
    /usr/share/applications/rapport.desktop          (packaging/linux/rapport.desktop)
    /usr/share/mime/packages/rapport.xml             the workspace type, .rapport and its magic
    /usr/share/icons/hicolor/*/apps/rapport.png      and .../mimetypes/, rendered from the SVG
    /usr/share/man/man1/rapport.1.gz, /usr/share/doc/rapport/{copyright,changelog.gz}
    /usr/share/lintian/overrides/rapport             why the bundle's own tags are expected

and no maintainer scripts: on Debian and Ubuntu, shared-mime-info, desktop-file-utils and
hicolor-icon-theme register dpkg file triggers on their folders, so the MIME, desktop and icon
caches are brought up to date when the package is installed or removed. Removing it removes
every file it installed; the user's data folder (~/.local/share/Rapport) is never touched.

Prints the .deb's path, its size and the installed size.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICON_SVG = ROOT / "resources" / "icons" / "rapport.svg"
#: hicolor sizes desktops look up (menus 16-48, docks and launchers up to 256, HiDPI 512).
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPE = "application/x-rapport-workspace"
MIME_ICON = MIME_TYPE.replace("/", "-")
#: .example is reserved (RFC 2606): no real address is published for the package.
MAINTAINER = "Rapport developers <packaging@rapport.example>"

#: What the bundle loads from the system: the libraries build.spec leaves out (SYSTEM_LIBRARIES:
#: X11/xcb, xkbcommon, fontconfig, FreeType, GLib, D-Bus, Kerberos, CUPS, the C++ and GCC
#: runtimes and the compression libraries dpkg itself uses) and those PyInstaller never bundles
#: (libc, OpenGL/EGL); everything else (Qt, Python, ICU, SQLite, NumPy) is inside /opt/rapport.
#: Kept in step with QT_BASE_DEBS and QT_DESKTOP_DEBS in scripts/_setup.sh. The C library: the
#: bundled Python (built on Debian 12) asks for GLIBC_2.35; the wheels' C++ code for
#: GLIBCXX_3.4.29 (GCC 11), which Debian 12 and Ubuntu 22.04 have.
DEPENDS = [
    "libc6 (>= 2.35)",
    "libstdc++6 (>= 11)",
    "libgcc-s1",
    "zlib1g",
    "libbz2-1.0",
    "liblzma5",
    "libzstd1",
    "libffi8",
    "libuuid1",
    # Team servers: the bundled psycopg (pure Python) loads the system's libpq with ctypes;
    # Python's ssl module takes the system's libssl/libcrypto, which libpq5 depends on (named
    # libssl3 on Debian 12, libssl3t64 on Ubuntu 24.04: left to libpq5 to name).
    "libpq5",
    "libxau6",
    "libxdmcp6",
    "libgl1",
    "libegl1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libxcb-render0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-glx0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libdbus-1-3",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0t64 | libglib2.0-0",
    "libgssapi-krb5-2",
    "fonts-dejavu-core",
]
#: Printing to printers (without it Rapport prints to PDF only); opening the data folder.
RECOMMENDS = ["libcups2t64 | libcups2", "xdg-utils"]

DESCRIPTION = """\
relationship planner for CIOs and account managers
 Rapport keeps the register of the people whose trust your work depends on,
 stakeholder maps (power/interest grids) per initiative, ratings with
 history, interactions, commitments and influence, and prints meeting prep
 sheets. Everything lives in one workspace file (SQLite) on your computer.
"""


def project_version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def architecture() -> str:
    result = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def release_date() -> datetime:
    """The last commit's date (so two builds of one commit are alike), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC)
    result = subprocess.run(
        ["git", "log", "-1", "--format=%cD"], cwd=ROOT, capture_output=True, text=True
    )
    if result.returncode == 0 and result.stdout.strip():
        return parsedate_to_datetime(result.stdout.strip())
    return datetime.now(UTC)


def render_icons(share: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_icons import render

    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = render(size)
        for kind, name in (("apps", "rapport"), ("mimetypes", MIME_ICON)):
            target = hicolor / f"{size}x{size}" / kind / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(png)
    for kind, name in (("apps", "rapport"), ("mimetypes", MIME_ICON)):
        target = hicolor / "scalable" / kind / f"{name}.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ICON_SVG, target)


def write_gzip(source_text: str, target: Path) -> None:
    """gzip -9n: no name or time stamp inside, as Debian wants."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        open(target, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as packed,
    ):
        packed.write(source_text.encode("utf-8"))


def changelog(version: str, when: datetime) -> str:
    return (
        f"rapport ({version}) unstable; urgency=medium\n\n"
        f"  * Rapport {version}.\n\n"
        f" -- {MAINTAINER}  {format_datetime(when)}\n"
    )


def copyright_text(when: datetime) -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Rapport\n\n"
        "Files: *\n"
        f"Copyright: {when.year} Rapport developers\n"
        "License: proprietary\n"
        " All rights reserved.\n\n"
        "Files: opt/rapport/_internal/*\n"
        "Copyright: the authors of each component\n"
        "License: various\n"
        " The bundled runtime (Python, Qt for Python, SQLAlchemy, Alembic, matplotlib,\n"
        " NumPy, Pillow and their libraries) keeps each component's own license; the\n"
        " license texts shipped with them are in their *.dist-info folders under\n"
        " /opt/rapport/_internal.\n"
    )


def normalise_modes(root: Path) -> None:
    """Folders 0755; files 0644, except executables (ELF programs and scripts with #!) 0755.
    Shared libraries are not executables (lintian: shared-library-is-executable)."""
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
            continue
        with open(path, "rb") as file:
            head = file.read(20)
        executable = head[:2] == b"#!" or (
            head[:4] == b"\x7fELF" and int.from_bytes(head[16:18], "little") == 2  # ET_EXEC
        )
        if head[:4] == b"\x7fELF" and int.from_bytes(head[16:18], "little") == 3:  # ET_DYN
            # A position-independent program is ET_DYN too; only the launcher is one here.
            executable = path.name == "rapport" and path.parent.name == "rapport"
        path.chmod(0o755 if executable else 0o644)


def installed_size_kib(root: Path) -> int:
    """As dpkg-gencontrol counts it: each file's size in KiB rounded up, and 1 per folder/link."""
    total = 0
    for path in root.rglob("*"):
        if "DEBIAN" in path.relative_to(root).parts[:1]:
            continue
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += (path.stat().st_size + 1023) // 1024
    return total


def control(version: str, arch: str, installed_kib: int) -> str:
    return (
        f"Package: rapport\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}"
    )


def stage_package(bundle: Path, stage_root: Path) -> Path:
    """The package's file tree with its DEBIAN/control, as dpkg-deb packs it; returns its root."""
    if not (bundle / "rapport").is_file():
        raise SystemExit(f"make_deb: no one-folder build at {bundle} (run ./scripts/build first)")
    version, arch = project_version(), architecture()
    when = release_date()
    stage = stage_root / f"rapport_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / "opt" / "rapport", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "rapport").symlink_to("/opt/rapport/rapport")
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(LINUX / "rapport.desktop", share / "applications" / "rapport.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copyfile(LINUX / "rapport-mime.xml", share / "mime" / "packages" / "rapport.xml")
    render_icons(share)
    write_gzip((LINUX / "rapport.1").read_text(encoding="utf-8"), share / "man/man1/rapport.1.gz")
    doc = share / "doc" / "rapport"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(when), encoding="utf-8")
    write_gzip(changelog(version, when), doc / "changelog.gz")
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(LINUX / "lintian-overrides", overrides / "rapport")
    normalise_modes(stage)

    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        control(version, arch, installed_size_kib(stage)), encoding="utf-8"
    )
    (stage / "DEBIAN").chmod(0o755)
    (stage / "DEBIAN" / "control").chmod(0o644)
    return stage


def build_deb(bundle: Path, out: Path, stage_root: Path) -> Path:
    stage = stage_package(bundle, stage_root)
    version, arch = project_version(), architecture()
    when = release_date()
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"rapport_{version}_{arch}.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(when.timestamp())))
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(deb)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    mib = 1024 * 1024
    installed = installed_size_kib(stage) / 1024
    print(f"{deb} ({deb.stat().st_size / mib:.1f} MiB; installed {installed:.1f} MiB)")
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "rapport")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--stage", type=Path, default=ROOT / "build" / "deb")
    parser.add_argument(
        "--stage-only",
        action="store_true",
        help="lay out the package's files and control file under --stage, but pack no .deb "
        "(quick: what installing it would take)",
    )
    args = parser.parse_args(argv)
    if args.stage_only:
        stage = stage_package(args.bundle, args.stage)
        print(f"{stage} (installed {installed_size_kib(stage) / 1024:.1f} MiB)")
        return 0
    build_deb(args.bundle, args.out, args.stage)
    return 0


if __name__ == "__main__":
    sys.exit(main())
