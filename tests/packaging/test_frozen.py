"""ui/frozen.py: what the packaged app does differently, checked here without building it.

Frozen mode is simulated the way PyInstaller's bootloader presents it: `sys.frozen` set and
`sys._MEIPASS` naming the bundle folder, which holds build.spec's `rapport-build.json`.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from ui import frozen


@pytest.fixture
def fake_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundle folder, and the process made to look frozen from it."""
    folder = tmp_path / "_internal"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(folder), raising=False)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("MPLCONFIGDIR", "/tmp/_MEIfresh-every-start")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return folder


def write_build_info(folder: Path, **info: object) -> None:
    (folder / frozen.BUILD_INFO_NAME).write_text(json.dumps(info), encoding="utf-8")


def test_from_source_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("MPLCONFIGDIR", "/somewhere/chosen")
    hook = sys.excepthook

    frozen.prepare_process()

    assert not frozen.is_frozen()
    assert frozen.build_info() == {}
    assert os.environ["MPLCONFIGDIR"] == "/somewhere/chosen"
    assert sys.excepthook is hook


def test_one_folder_build_keeps_matplotlib_config_in_the_user_cache(
    fake_bundle: Path, tmp_path: Path
) -> None:
    write_build_info(fake_bundle, version="2.3.4", onefile=False)

    frozen.prepare_process()

    expected = tmp_path / "cache" / "Rapport" / "matplotlib-2.3.4"
    assert os.environ["MPLCONFIGDIR"] == str(expected)
    assert expected.is_dir()
    assert sys.dont_write_bytecode is True
    assert frozen.build_info()["version"] == "2.3.4"


def test_one_file_build_keeps_pyinstallers_temporary_config(fake_bundle: Path) -> None:
    write_build_info(fake_bundle, version="2.3.4", onefile=True)

    frozen.prepare_process()

    assert os.environ["MPLCONFIGDIR"] == "/tmp/_MEIfresh-every-start"


def test_an_unwritable_cache_leaves_the_temporary_config(fake_bundle: Path, tmp_path: Path) -> None:
    write_build_info(fake_bundle, version="1.0.0", onefile=False)
    (tmp_path / "cache").write_text("a file where the cache folder would go")

    frozen.prepare_process()

    assert os.environ["MPLCONFIGDIR"] == "/tmp/_MEIfresh-every-start"


def test_missing_build_info_still_gives_a_lasting_config(fake_bundle: Path, tmp_path: Path) -> None:
    frozen.prepare_process()

    assert os.environ["MPLCONFIGDIR"] == str(tmp_path / "cache" / "Rapport" / "matplotlib-unknown")


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {"HOME": "/home/ann"}, "/home/ann/.cache/Rapport"),
        ("linux", {"HOME": "/home/ann", "XDG_CACHE_HOME": "/c"}, "/c/Rapport"),
        ("darwin", {"HOME": "/Users/ann"}, "/Users/ann/Library/Caches/Rapport"),
        ("win32", {"LOCALAPPDATA": "C:/Users/ann/AppData/Local"},
         "C:/Users/ann/AppData/Local/Rapport/cache"),
    ],
)  # fmt: skip
def test_cache_folder_follows_qts_place_for_each_platform(
    platform: str, environ: dict[str, str], expected: str
) -> None:
    assert frozen.user_cache_dir(platform, environ) == Path(expected)


def test_unhandled_errors_are_logged_without_their_message(
    fake_bundle: Path, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[type[BaseException]] = []
    sys.excepthook = lambda kind, error, tb: seen.append(kind)
    frozen.prepare_process()

    def save_note() -> None:
        raise ValueError("note about Jane Doe's divorce")

    try:
        save_note()
    except ValueError as error:
        with caplog.at_level("ERROR", logger="ui.frozen"):
            sys.excepthook(ValueError, error, error.__traceback__)

    assert seen == [ValueError]  # the usual handling still runs
    [record] = caplog.records
    assert "builtins.ValueError" in record.getMessage()
    assert "save_note" in record.getMessage()
    assert "test_frozen.py" in record.getMessage()
    assert "Jane" not in record.getMessage()
