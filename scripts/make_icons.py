"""Renders the app icon files the installers need from ``resources/icons/rapport.svg``.

    .venv/bin/python scripts/make_icons.py          rewrite the icon files
    .venv/bin/python scripts/make_icons.py --check  exit 1 if they no longer match the SVG

Writes, next to the SVG:
    rapport.ico   Windows executable icon (16 to 256 px)
    rapport.icns  macOS application bundle icon (16 to 1024 px)
    rapport.png   512 px, for Linux desktop entries and anything else that wants a bitmap

The SVG stays the source; the bitmaps are committed (they are small) so a Windows or macOS build
needs no rendering step. Qt renders the SVG (offscreen), Pillow writes the containers.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "rapport.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
PNG_SIZE = 512


def render(size: int) -> bytes:
    """The SVG rendered as a square RGBA PNG of `size` pixels (anti-aliased, transparent)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; str works
    buffer.close()
    return bytes(data.data())


def build() -> dict[str, bytes]:
    """The icon files' contents, by file name."""
    from PIL import Image

    images = {size: Image.open(io.BytesIO(render(size))).convert("RGBA") for size in ICNS_SIZES}
    images.update({s: Image.open(io.BytesIO(render(s))).convert("RGBA") for s in ICO_SIZES})

    ico = io.BytesIO()
    # Pillow builds each ICO entry by downscaling the first image; give it the largest one and
    # the exact sizes, and append the hand-rendered small ones so they are used as they are.
    images[256].save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    icns = io.BytesIO()
    images[1024].save(
        icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES if s != 1024]
    )
    return {
        "rapport.ico": ico.getvalue(),
        "rapport.icns": icns.getvalue(),
        "rapport.png": render(PNG_SIZE),
    }


def stale_files(files: dict[str, bytes]) -> list[str]:
    """Names of icon files missing or whose images differ visibly from a fresh rendering."""
    from PIL import Image, ImageChops

    stale = []
    for name, fresh in files.items():
        path = ICONS / name
        if not path.exists():
            stale.append(name)
            continue
        old = Image.open(path)
        new = Image.open(io.BytesIO(fresh))
        old_sizes = getattr(old, "info", {}).get("sizes") or {old.size}
        new_sizes = getattr(new, "info", {}).get("sizes") or {new.size}
        if set(old_sizes) != set(new_sizes):
            stale.append(name)
            continue
        # Compare the largest image of each; rendering may differ by a rounding step between
        # Qt versions, so allow a small per-channel difference.
        diff = ImageChops.difference(old.convert("RGBA"), new.convert("RGBA"))
        bands: tuple[tuple[int, int], ...] = diff.getextrema()  # type: ignore[assignment]
        if max(high for _low, high in bands) > 8:
            stale.append(name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 when stale")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        stale = stale_files(files)
        if stale:
            print(f"make_icons: out of date: {', '.join(stale)}; run scripts/make_icons.py")
            return 1
        print("make_icons: icon files match the SVG")
        return 0
    for name, data in files.items():
        (ICONS / name).write_bytes(data)
        print(f"wrote {ICONS / name} ({len(data) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
