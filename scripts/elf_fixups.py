"""Fixes up the Linux bundle's shared libraries before PyInstaller collects them (build.spec).

- Search paths that point outside the bundle go (with `patchelf --set-rpath/--remove-rpath`;
  Debian's patchelf package, which scripts/build installs). pyenv builds Python with
  RUNPATH=/root/.pyenv/versions/X.Y.Z/lib baked into libpython and every lib-dynload module: a
  path on the build machine, searched on a user's machine for nothing (and on a build machine it
  could find a library the bundle does not carry). Entries relative to the library itself
  ($ORIGIN, as the wheels use) stay. PyInstaller's loader finds the bundle's libraries through
  LD_LIBRARY_PATH, so nothing else changes.
- Links to a wheel's private copy of a system library are pointed at the system's own one.
  auditwheel renames a library it copies into a wheel (`libxcb.so.1` becomes
  `pillow.libs/libxcb-9065bb12.so.1.1.0`); where the plain library is one the bundle already
  takes from the system (SYSTEM_LIBRARIES in build.spec, which the .deb depends on), the link is
  renamed back, and the private copy, no longer needed by anything, is dropped by build.spec's
  pruning. Pillow's libxcb and libXau (2.2 MiB, most of it a zero-filled gap auditwheel left)
  and its zstd and xz copies (1 MiB) go this way. The new name is always the shorter, so it is
  written over the old one in the dynamic string table, in place: patchelf's --replace-needed
  re-lays out the file, and patchelf 0.14 (Debian 12) breaks files auditwheel had already
  patched that way ("ELF load command address/offset not page-aligned"). The version
  requirements (which name the library by the same string) follow by themselves.

Files are patched as copies in the build folder; the wheels in the virtual environment stay as
they are.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path

#: `libxcb-9065bb12.so.1.1.0` -> (`libxcb`, `1`): auditwheel's name for a copied library.
MANGLED = re.compile(r"^(?P<stem>lib[^/]+?)-[0-9a-f]{8}\.so\.(?P<major>\d+)(\.[\d.]+)?$")

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (destination, source, type code)


class ElfError(RuntimeError):
    pass


def dynamic_section(path: str | Path) -> tuple[list[str], list[str]]:
    """(DT_NEEDED names, RUNPATH and RPATH entries) of an ELF file, read with readelf."""
    result = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        raise ElfError(f"readelf -d {path}: {result.stderr.strip()}")
    needed: list[str] = []
    paths: list[str] = []
    for line in result.stdout.splitlines():
        found = re.search(r"\((NEEDED|RUNPATH|RPATH)\)\s+\S.*?\[(.*)\]", line)
        if not found:
            continue
        if found.group(1) == "NEEDED":
            needed.append(found.group(2))
        else:
            paths.extend(part for part in found.group(2).split(":") if part)
    return needed, paths


def is_inside(entry: str) -> bool:
    """A search path entry that is relative to the library itself ($ORIGIN or ${ORIGIN})."""
    return entry.startswith(("$ORIGIN", "${ORIGIN}"))


def system_name(needed: str, system_libraries: Iterable[str]) -> str | None:
    """The system soname a wheel's private copy stands for, if the bundle takes that one from
    the system: `libxcb-9065bb12.so.1.1.0` -> `libxcb.so.1`."""
    match = MANGLED.match(needed)
    if not match:
        return None
    plain = f"{match['stem']}.so.{match['major']}"
    return plain if plain in set(system_libraries) else None


def fix_up(path: Path, system_libraries: Iterable[str], patchelf: str = "patchelf") -> list[str]:
    """Patches `path` in place; returns what was changed, one phrase each (empty: nothing)."""
    needed, search = dynamic_section(path)
    system = set(system_libraries)
    changes: list[str] = []
    renames = {old: new for old in needed if (new := system_name(old, system))}
    if renames:
        rename_needed(path, renames)
        changes += [f"{old} -> {new}" for old, new in renames.items()]
    kept = [entry for entry in search if is_inside(entry)]
    if kept != search:
        args = [patchelf, *(["--set-rpath", ":".join(kept)] if kept else ["--remove-rpath"])]
        result = subprocess.run([*args, str(path)], capture_output=True, text=True)
        if result.returncode != 0:
            raise ElfError(f"{' '.join(args)} {path}: {result.stderr.strip()}")
        changes.append(f"search path {':'.join(search)} -> {':'.join(kept) or 'none'}")
    return changes


# ELF64 little-endian (x86-64, arm64 Linux): the parts of the format rename_needed reads.
SHT_DYNSYM, SHT_DYNAMIC = 11, 6
SHT_GNU_VERDEF, SHT_GNU_VERNEED = 0x6FFFFFFD, 0x6FFFFFFE
DT_NULL, DT_NEEDED = 0, 1
DT_STRING_TAGS = {1, 14, 15, 29, 0x7FFFFFFD, 0x7FFFFFFF}  # NEEDED SONAME RPATH RUNPATH AUX FILTER


def rename_needed(path: Path, renames: dict[str, str]) -> None:
    """Writes each new name over the old one in the dynamic string table (new names must not be
    longer). Refuses (ElfError, file unchanged) if anything else in the file names a string
    that starts inside an old name (string tables may share tails)."""
    data = bytearray(path.read_bytes())
    if data[:6] != b"\x7fELF\x02\x01":
        raise ElfError(f"{path}: not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + index * shentsize) for index in range(shnum)
    ]
    dynamic = [s for s in sections if s[1] == SHT_DYNAMIC]
    if len(dynamic) != 1:
        raise ElfError(f"{path}: {len(dynamic)} dynamic sections")
    _name, _type, _flags, _addr, dyn_offset, dyn_size, strtab_index, *_rest = dynamic[0]
    strtab = sections[strtab_index][4]

    def string_at(offset: int) -> str:
        end = data.index(0, strtab + offset)
        return data[strtab + offset : end].decode("ascii", "replace")

    references: list[int] = []  # every offset into the string table named by the file
    needed: dict[str, int] = {}
    for at in range(dyn_offset, dyn_offset + dyn_size, 16):
        tag, value = struct.unpack_from("<qQ", data, at)
        if tag == DT_NULL:
            break
        if tag in DT_STRING_TAGS:
            references.append(value)
        if tag == DT_NEEDED:
            needed[string_at(value)] = value
    for _n, kind, _f, _a, offset, size, link, _i, _al, entsize in sections:
        if link != strtab_index:
            continue
        if kind == SHT_DYNSYM:
            references += [
                struct.unpack_from("<I", data, at)[0]
                for at in range(offset, offset + size, entsize)
            ]
        elif kind == SHT_GNU_VERNEED:
            references += _version_names(data, offset, need=True)
        elif kind == SHT_GNU_VERDEF:
            references += _version_names(data, offset, need=False)
    for old, new in renames.items():
        if old not in needed:
            raise ElfError(f"{path}: does not link to {old}")
        if len(new) > len(old):
            raise ElfError(f"{path}: {new} is longer than {old}")
        start = needed[old]
        if any(start < ref <= start + len(old) for ref in references):
            raise ElfError(f"{path}: another name shares the string {old}")
        data[strtab + start : strtab + start + len(old)] = new.encode("ascii").ljust(
            len(old), b"\0"
        )
    path.write_bytes(bytes(data))


def _version_names(data: bytearray, offset: int, need: bool) -> list[int]:
    """String offsets in a GNU version requirement (need) or definition section."""
    names: list[int] = []
    while True:
        if need:
            _version, count, file, aux, following = struct.unpack_from("<HHIII", data, offset)
            names.append(file)
        else:
            _v, _flags, _ndx, count, _hash, aux, following = struct.unpack_from(
                "<HHHHIII", data, offset
            )
        at = offset + aux
        for _ in range(count):
            if need:
                _hash2, _flags2, _other, name, next_aux = struct.unpack_from("<IHHII", data, at)
            else:
                name, next_aux = struct.unpack_from("<II", data, at)
            names.append(name)
            at += next_aux
        if not following:
            return names
        offset += following


def is_elf(path: str | Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(4) == b"\x7fELF"
    except OSError:
        return False


def fix_up_binaries(
    binaries: list[Entry], work: Path, system_libraries: Iterable[str]
) -> tuple[list[Entry], list[str]]:
    """The TOC with each binary that needs fixing swapped for a patched copy under `work`;
    and a line per patched file. Raises ElfError (the caller keeps the originals) if patchelf
    is missing or fails."""
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        raise ElfError("patchelf is missing (apt-get install patchelf)")
    system = frozenset(system_libraries)
    result: list[Entry] = []
    report: list[str] = []
    for dest, src, typecode in binaries:
        if typecode in {"BINARY", "EXTENSION"} and is_elf(src) and _wants_fixing(src, system):
            copy = work / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, copy)
            copy.chmod(0o755)
            report.append(f"{dest}: {'; '.join(fix_up(copy, system, patchelf))}")
            src = str(copy)
        result.append((dest, src, typecode))
    return result, report


def _wants_fixing(src: str, system: frozenset[str]) -> bool:
    needed, search = dynamic_section(src)
    return any(not is_inside(entry) for entry in search) or any(
        system_name(name, system) for name in needed
    )
