"""What scripts/trim_icu_data.py keeps of ICU's data (quick: no build, no ICU tools needed)."""

from __future__ import annotations

import importlib.util
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "trim_icu_data.py"


@pytest.fixture(scope="module")
def trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim_icu_data", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def converter(folder: Path, name: str, max_bytes: int) -> Path:
    """A .cnv file carrying just what the script reads: header size and maxBytesPerChar."""
    header = 32
    data = bytearray(header + 80)
    struct.pack_into("<H", data, 0, header)
    data[header + 70] = 1
    data[header + 71] = max_bytes
    path = folder / name
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    "item",
    ["root.res", "pool.res", "en.res", "en_GB.res", "de_CH.res", "fr_CA.res", "es_419.res",
     "nl.res", "it.res", "en_US_POSIX.res", "supplementalData.res", "likelySubtags.res",
     "zoneinfo64.res", "metaZones.res", "icuver.res", "cnvalias.icu", "nfkc.nrm", "uts46.nrm",
     "coll/root.res", "coll/ucadata.icu", "coll/de.res", "coll/pool.res", "brkitr/root.res",
     "brkitr/line.brk", "brkitr/word.brk", "zone/en.res", "zone/root.res", "zone/tzdbNames.res",
     "curr/supplementalData.res", "lang/de.res", "unit/fr.res", "rbnf/en.res"],
)  # fmt: skip
def test_kept(trim: ModuleType, item: str, tmp_path: Path) -> None:
    assert not trim.unwanted(item, tmp_path)


@pytest.mark.parametrize(
    "item",
    ["ja.res", "zh_Hant_TW.res", "sv.res", "pl_PL.res", "yue.res", "coll/zh.res", "coll/sv.res",
     "lang/ja.res", "zone/ru.res", "curr/ar.res", "unit/fi.res", "region/ko.res", "rbnf/th.res",
     "brkitr/cjdict.dict", "brkitr/thaidict.dict", "brkitr/ja.res", "translit/root.res",
     "translit/en.res", "unames.icu"],
)  # fmt: skip
def test_left_out(trim: ModuleType, item: str, tmp_path: Path) -> None:
    assert trim.unwanted(item, tmp_path)


def test_single_byte_code_pages_stay_multi_byte_ones_go(trim: ModuleType, tmp_path: Path) -> None:
    converter(tmp_path, "ibm-5348_P100-1997.cnv", max_bytes=1)  # windows-1252
    converter(tmp_path, "ibm-943_P15A-2003.cnv", max_bytes=2)  # Shift-JIS
    assert not trim.unwanted("ibm-5348_P100-1997.cnv", tmp_path)
    assert trim.unwanted("ibm-943_P15A-2003.cnv", tmp_path)


def test_without_the_tools_it_warns_and_makes_nothing(tmp_path: Path) -> None:
    library = tmp_path / "libicudata.so.73"
    library.write_bytes(b"\x7fELF")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(library), str(tmp_path / "out")],
        env={"PATH": str(tmp_path / "no-tools-here")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "warning: ICU data left whole: missing tools" in result.stderr
    assert not (tmp_path / "out").exists()
