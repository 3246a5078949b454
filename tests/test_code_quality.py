"""The layer contracts (import-linter, see pyproject.toml) and ruff's lint rules hold.

They run as part of pytest so a plain `pytest` checks the layer boundaries too.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    """The tool installed next to the running Python (the venv), else the one on PATH."""
    bin_dir = Path(sys.executable).parent
    for candidate in (bin_dir / name, bin_dir / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; install the test extras: pip install -e '.[test]'")
    return found


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, check=False
    )


#: Contracts the layering depends on; each must be among those lint-imports checks and keeps.
REQUIRED_CONTRACTS = (
    "The domain is plain Python: no Qt, no SQLAlchemy, no outer layer",
    "Persistence knows no Qt and no UI",
    "The UI talks to use cases, never to SQL",
    "The UI opens persistence only through its front doors, never its repositories, tables or "
    "unit of work",
    "Inside the domain: use cases over ports and rules, over the model",
)


def test_import_contracts_hold() -> None:
    result = _run(_tool("lint-imports"))
    assert result.returncode == 0, f"lint-imports failed:\n{result.stdout}\n{result.stderr}"
    report = " ".join(result.stdout.split())  # long names wrap
    for name in REQUIRED_CONTRACTS:
        assert f"{name} KEPT" in report, f"contract not checked: {name}"


def test_ruff_lint_is_clean() -> None:
    result = _run(_tool("ruff"), "check", ".")
    assert result.returncode == 0, f"ruff check failed:\n{result.stdout}\n{result.stderr}"


def test_the_core_is_strictly_typed() -> None:
    """mypy --strict over domain/ and persistence/ (configured in pyproject.toml)."""
    result = _run(_tool("mypy"))
    assert result.returncode == 0, f"mypy failed:\n{result.stdout}\n{result.stderr}"
