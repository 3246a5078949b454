"""Icons, style sheets, templates and demo data shipped with Rapport.

Files are found next to this module, which also holds inside a PyInstaller bundle.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("icons", "rapport.svg")``."""
    return ROOT.joinpath(*parts)
