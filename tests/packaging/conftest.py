"""The built bundle the packaging tests check (RAPPORT_BUNDLE; see test_bundle.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder build to check: the folder holding the `rapport` executable."""
    wanted = os.environ.get("RAPPORT_BUNDLE", "").strip()
    if not wanted:
        pytest.skip("set RAPPORT_BUNDLE=dist/rapport (an existing build) or =build")
    if wanted != "build":
        folder = Path(wanted).resolve()
        if not (folder / f"rapport{EXE_SUFFIX}").exists():
            pytest.fail(f"RAPPORT_BUNDLE={wanted}: no rapport executable there")
        return folder
    pytest.importorskip("PyInstaller", reason="the build extra: pip install -e '.[build]'")
    out = tmp_path_factory.mktemp("pyinstaller")
    env = {k: v for k, v in os.environ.items() if k != "RAPPORT_ONEFILE"}
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), "build.spec"],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    return out / "dist" / "rapport"
