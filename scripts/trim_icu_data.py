r"""Makes a smaller ICU data library for the Linux bundle (called from build.spec).

PySide6's Linux wheel ships ICU's full data library, `libicudata.so.NN` (31 MiB): locale data for
~900 locales, CJK/Thai/Khmer word dictionaries, ~190 legacy code pages, transliterators. Qt's use
of ICU is narrow: QCollator (sorting in Qt's file dialog and locale-aware sorts), locale-aware
upper/lower casing, QTimeZone display names, and QStringConverter for codecs Qt lacks itself.
Qt formats dates and numbers and names languages from its own CLDR tables, and finds text
boundaries with its own Unicode tables, not ICU's.

This keeps every ICU data item that is not locale-specific (supplemental data, normalisation,
StringPrep, converter aliases, time-zone rules, the collation root tables) and drops:

- locale data (formats, currency/language/region/unit/zone names, spelled-out numbers, sorting
  tailorings) for languages other than those in KEPT_LANGUAGES; those locales fall back to the
  root locale, and sort by the root collation (Unicode's default order, which already puts
  accented letters next to their base letters). Rapport sorts its own lists in Python; only Qt's
  own file dialog sorts through ICU;
- the word-break dictionaries (CJK, Thai, Lao, Khmer, Burmese), which only ICU's own break
  iterators use;
- transliterators, and Unicode character names (for ICU's regular expressions' \N{...});
- multi-byte legacy code pages (Shift-JIS, GBK, Big5, EUC-*, ...); the single-byte ones (Windows
  and ISO 8859 code pages, DOS, Mac, EBCDIC) stay, and UTF-8/16/32, Latin-1 and ASCII are built
  into ICU's code anyway.

The library is rebuilt with the same exported symbol (`icudtNN_dat`) and soname, so libicuuc
loads it as before. Tools: `icupkg` (Debian's icu-devtools; its check that every item left has
what it refers to stays on, only the dictionaries may go), `as`, `ld`, `nm` and `readelf`
(binutils, which PyInstaller needs anyway).

Usage: python scripts/trim_icu_data.py LIBICUDATA OUTPUT_DIR  -> OUTPUT_DIR/<same name>
Prints a warning and exits 1 (keeping nothing) if a tool is missing or a step fails.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Languages whose locale data stays whole (all their regional variants).
KEPT_LANGUAGES = frozenset({"en", "de", "fr", "es", "nl", "it"})
# Trees that hold one item per locale.
LOCALE_TREES = frozenset({"", "coll", "curr", "lang", "region", "unit", "zone", "rbnf", "brkitr"})
LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9_]+)?\.res$")
TOOLS = ("icupkg", "as", "ld", "nm", "readelf")


class TrimError(RuntimeError):
    pass


def find_tool(name: str) -> str | None:
    """The tool's path; Debian puts icupkg in /usr/sbin, which a normal user's PATH leaves out."""
    return shutil.which(name) or shutil.which(name, path="/usr/local/sbin:/usr/sbin:/sbin")


def run(tool: str, *args: str, cwd: Path | None = None) -> str:
    args = (find_tool(tool) or tool, *args)
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise TrimError(f"{tool} failed: {(result.stderr or result.stdout).strip()[-800:]}")
    return result.stdout


def data_symbol(lib: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the `icudtNN_dat` symbol holding the ICU data package."""
    for line in run("nm", "-D", "-S", "--defined-only", str(lib)).splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            name, address, size = fields[3], int(fields[0], 16), int(fields[1], 16)
            break
    else:
        raise TrimError(f"{lib.name} exports no icudtNN_dat symbol")
    for line in run("readelf", "-lW", str(lib)).splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, vaddr, filesz = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if vaddr <= address and address + size <= vaddr + filesz:
                return name, address - vaddr + offset, size
    raise TrimError(f"{lib.name}: the data symbol lies in no loaded segment")


def soname(lib: Path) -> str:
    match = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", run("readelf", "-d", str(lib)))
    if not match:
        raise TrimError(f"{lib.name} has no soname")
    return match.group(1)


def is_multibyte_converter(path: Path) -> bool:
    """A .cnv file's static data says how many bytes a character may take (maxBytesPerChar)."""
    data = path.read_bytes()
    header_size = struct.unpack_from("<H", data, 0)[0]
    # UConverterStaticData: structSize (4), name (60), codepage (4), platform, conversionType,
    # minBytesPerChar, maxBytesPerChar.
    return data[header_size + 71] > 1


def unwanted(item: str, extracted: Path) -> bool:
    tree, _, name = item.rpartition("/")
    if tree == "translit" or item == "unames.icu":
        return True
    if tree == "brkitr" and name.endswith(".dict"):
        return True
    if tree == "" and name.endswith(".cnv"):
        return is_multibyte_converter(extracted / item)
    match = LOCALE_ITEM.match(name)
    if tree not in LOCALE_TREES or not match or name in {"root.res", "pool.res"}:
        return False
    language = match.group(1)
    return language not in KEPT_LANGUAGES


def trim(lib: Path, out_dir: Path) -> Path:
    missing = [tool for tool in TOOLS if find_tool(tool) is None]
    if missing:
        need = ", ".join(missing)
        raise TrimError(f"missing tools: {need} (apt-get install icu-devtools binutils)")
    symbol, offset, size = data_symbol(lib)
    with lib.open("rb") as file:
        file.seek(offset)
        package = file.read(size)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / lib.name
    stamp = out_dir / (lib.name + ".source-sha256")
    digest = hashlib.sha256(package + Path(__file__).read_bytes()).hexdigest()
    if out.is_file() and stamp.is_file() and stamp.read_text().strip() == digest:
        return out  # already made from this library by this version of the script

    with tempfile.TemporaryDirectory(prefix="rapport-icu-") as tmp_name:
        tmp = Path(tmp_name)
        # icupkg wants the file named after the package (icudt73l.dat: ICU 73, little-endian).
        (tmp / "small").mkdir()
        full = tmp / f"{symbol.removesuffix('_dat')}l.dat"
        full.write_bytes(package)
        items = run("icupkg", "-l", str(full)).split()
        extracted = tmp / "items"
        extracted.mkdir()
        run("icupkg", "-x", "*", "-d", str(extracted), str(full))
        removed = [item for item in items if unwanted(item, extracted)]
        (tmp / "remove.txt").write_text("\n".join(removed) + "\n", encoding="utf-8")
        small = tmp / "small" / full.name
        remove = ("-r", str(tmp / "remove.txt"), str(full), str(small))
        icupkg = find_tool("icupkg") or "icupkg"
        check = subprocess.run((icupkg, *remove), capture_output=True, text=True)
        if check.returncode != 0:
            # Only the break rules' optional dictionaries may go missing: without one, ICU's
            # break iterator treats that script by rules alone.
            needs = set(re.findall(r"depends on missing item (\S+)", check.stderr))
            if not needs or any(not item.endswith(".dict") for item in needs):
                raise TrimError(f"icupkg failed: {check.stderr.strip()[-800:]}")
            run("icupkg", "--ignore-deps", *remove)
        (tmp / "data.s").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{small}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        run("as", "-o", str(tmp / "data.o"), str(tmp / "data.s"))
        built = tmp / lib.name
        run("ld", "-shared", "-soname", soname(lib), "-o", str(built), str(tmp / "data.o"))
        if data_symbol(built)[2] != small.stat().st_size:
            raise TrimError("the rebuilt library's data symbol has the wrong size")
        shutil.copyfile(built, out)
        out.chmod(0o755)
    stamp.write_text(digest + "\n", encoding="utf-8")
    print(
        f"rapport build: ICU data trimmed: {lib.name} {size / 2**20:.1f} MiB -> "
        f"{out.stat().st_size / 2**20:.1f} MiB ({len(removed)} of {len(items)} items left out)"
    )
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.split("\n\n")[-2], file=sys.stderr)
        return 2
    try:
        print(trim(Path(argv[1]), Path(argv[2])))
    except (TrimError, OSError) as error:
        print(f"rapport build: warning: ICU data left whole: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
