"""The bundle's trimmed ICU data library (scripts/trim_icu_data.py, run by build.spec on Linux).

Qt reaches ICU for locale-aware sorting (QCollator), upper/lower casing, time-zone names and
legacy code pages. These start Python from .venv with the bundle's libicudata preloaded in place
of the wheel's, so the same Qt build answers from the trimmed data, and check the answers a user
would see. Run with the other packaging tests: RAPPORT_BUNDLE=dist/rapport pytest tests/packaging
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="trimmed on Linux only"),
]

PROBE = textwrap.dedent(
    """
    import functools, json
    from PySide6.QtCore import QByteArray, QCollator, QLocale, QStringDecoder, QTimeZone

    def order(locale, names):
        return sorted(names, key=functools.cmp_to_key(QCollator(QLocale(locale)).compare))

    CODECS = ("windows-1252", "ISO-8859-15", "IBM850", "macintosh", "KOI8-R", "Shift_JIS", "GBK")
    names = ["Zoë", "Özil", "adam", "Éva", "Ägir", "Oscar", "Ångström", "Zeller", "Øyvind"]
    berlin = QTimeZone(QByteArray(b"Europe/Berlin"))
    standard = QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName
    print(json.dumps({
        "de": order("de_DE", names),
        "fr": order("fr_FR", names),
        "sv": order("sv_SE", names),
        "pl": order("pl_PL", ["Łukasz", "Lena", "Marek", "Ćwik", "Celina", "Dorota"]),
        "upper_de": QLocale("de_DE").toUpper("Straße ärger"),
        "upper_tr": QLocale("tr_TR").toUpper("istanbul"),
        "lower_fr": QLocale("fr_FR").toLower("ÉCOLE ÇA"),
        "zone_en": berlin.displayName(*standard, QLocale("en_GB")),
        "zone_de": berlin.displayName(*standard, QLocale("de_DE")),
        "zone_ja": berlin.displayName(*standard, QLocale("ja_JP")),
        "codecs": [name for name in CODECS if QStringDecoder(name).isValid()],
        "loaded": sorted({line.split()[-1] for line in open("/proc/self/maps")
                          if "libicudata" in line}),
    }))
    """
)


@pytest.fixture(scope="module")
def icu(bundle: Path) -> dict:
    library = next((bundle / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    env = dict(os.environ, LD_PRELOAD=str(library), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    answers = json.loads(result.stdout)
    assert answers["loaded"] == [str(library)], "the probe did not use the bundle's ICU data"
    answers["size"] = library.stat().st_size
    return answers


def test_the_data_library_is_trimmed(icu: dict) -> None:
    # The wheel's library is 31 MiB; the trimmed one about 5 MiB.
    assert icu["size"] < 8 * 2**20, f"libicudata is {icu['size'] / 2**20:.1f} MiB: not trimmed"


def test_accented_names_sort_next_to_their_base_letters(icu: dict) -> None:
    expected = ["adam", "Ägir", "Ångström", "Éva", "Oscar", "Øyvind", "Özil", "Zeller", "Zoë"]
    assert icu["de"] == expected
    assert icu["fr"] == expected
    # Languages whose tailoring was left out sort by the root collation (Swedish would put
    # Å, Ä, Ö after Z); Polish names already sort right by the root order.
    assert icu["sv"] == expected
    assert icu["pl"] == ["Celina", "Ćwik", "Dorota", "Lena", "Łukasz", "Marek"]


def test_locale_aware_casing(icu: dict) -> None:
    assert icu["upper_de"] == "STRASSE ÄRGER"
    assert icu["upper_tr"] == "İSTANBUL"
    assert icu["lower_fr"] == "école ça"


def test_time_zone_names_in_kept_languages_and_english_elsewhere(icu: dict) -> None:
    assert icu["zone_en"] == "Central European Standard Time"
    assert icu["zone_de"] == "Mitteleuropäische Normalzeit"
    assert icu["zone_ja"] == "Central European Standard Time"


def test_single_byte_code_pages_stay_and_multi_byte_ones_go(icu: dict) -> None:
    assert icu["codecs"] == ["windows-1252", "ISO-8859-15", "IBM850", "macintosh", "KOI8-R"]
