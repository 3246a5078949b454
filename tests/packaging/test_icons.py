"""The installers' icon files exist, hold the sizes each platform asks for, and match the SVG."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

REPO_ROOT = Path(__file__).resolve().parents[2]
ICONS = REPO_ROOT / "resources" / "icons"


def test_windows_icon_holds_every_size_from_16_to_256() -> None:
    with Image.open(ICONS / "rapport.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)} <= set(sizes)


def test_macos_icon_holds_the_retina_sizes() -> None:
    with Image.open(ICONS / "rapport.icns") as icns:
        assert icns.size == (1024, 1024)
        sizes = {(w, h) for w, h, _scale in icns.info["sizes"]}
    assert {(16, 16), (32, 32), (128, 128), (256, 256), (512, 512)} <= sizes


def test_bitmap_icon_is_a_square_with_a_transparent_corner() -> None:
    with Image.open(ICONS / "rapport.png") as png:
        assert png.size == (512, 512)
        corner = png.convert("RGBA").getpixel((0, 0))
    assert isinstance(corner, tuple)
    assert corner[3] == 0  # rounded corners, not a white box


def test_icon_files_match_the_svg() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
