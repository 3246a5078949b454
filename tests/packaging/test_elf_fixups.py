"""scripts/elf_fixups.py on copies of real libraries from the virtual environment (quick: no
build). Pillow's imaging module links auditwheel's renamed copies of system libraries; a small
rapidfuzz module stands in for pyenv's libpython, whose RUNPATH names the build machine."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "elf_fixups.py"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("readelf"), reason="Linux, readelf"
)


@pytest.fixture(scope="module")
def elf() -> ModuleType:
    spec = importlib.util.spec_from_file_location("elf_fixups", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extension(package: str, stem: str) -> Path:
    """The path of an extension module (a shared library) installed in the environment."""
    found = importlib.util.find_spec(package)
    assert found and found.submodule_search_locations
    folder = Path(next(iter(found.submodule_search_locations)))
    matches = sorted(folder.glob(f"{stem}.*.so"))
    if not matches:
        pytest.skip(f"no {stem} extension in {folder} (not a manylinux wheel)")
    return matches[0]


def versions_needed(path: Path) -> list[str]:
    """The file names readelf lists under the version requirements."""
    shown = subprocess.run(["readelf", "-V", str(path)], capture_output=True, text=True).stdout
    return [line.split("File:")[1].split()[0] for line in shown.splitlines() if "File:" in line]


@pytest.mark.parametrize(
    ("needed", "expected"),
    [
        ("libxcb-9065bb12.so.1.1.0", "libxcb.so.1"),
        ("libzstd-40ad5e7e.so.1.5.7", "libzstd.so.1"),
        ("liblzma-de26b416.so.5.8.4", "liblzma.so.5"),
        ("libjpeg-6dc8d115.so.62.4.0", None),  # not taken from the system: the copy stays
        ("libxcb.so.1", None),  # already the system's name
        ("libscipy_openblas64_-4b78795a.so", None),  # no version: not auditwheel's renaming
    ],
)
def test_a_wheels_private_copy_is_known_by_its_system_name(
    elf: ModuleType, needed: str, expected: str | None
) -> None:
    system = {"libxcb.so.1", "libzstd.so.1", "liblzma.so.5", "libz.so.1"}
    assert elf.system_name(needed, system) == expected


def test_pillows_links_are_renamed_to_the_system_libraries_in_place(
    elf: ModuleType, tmp_path: Path
) -> None:
    original = extension("PIL", "_imaging")
    needed, _search = elf.dynamic_section(original)
    private = [name for name in needed if name.startswith("libxcb-")]
    if not private:
        pytest.skip(f"this Pillow links {needed}, no private libxcb")
    copy = tmp_path / original.name
    shutil.copy2(original, copy)

    changes = elf.fix_up(copy, {"libxcb.so.1"})

    assert changes == [f"{private[0]} -> libxcb.so.1"]
    after, search = elf.dynamic_section(copy)
    assert after == ["libxcb.so.1" if name == private[0] else name for name in needed]
    assert search == elf.dynamic_section(original)[1]  # $ORIGIN/../pillow.libs stays
    assert copy.stat().st_size == original.stat().st_size  # nothing moved
    assert private[0] not in versions_needed(copy)
    assert elf.fix_up(copy, {"libxcb.so.1"}) == []  # a second run has nothing to do


def test_a_longer_name_or_a_missing_link_is_refused_and_the_file_left_alone(
    elf: ModuleType, tmp_path: Path
) -> None:
    original = extension("PIL", "_imaging")
    copy = tmp_path / original.name
    shutil.copy2(original, copy)
    needed, _search = elf.dynamic_section(copy)

    with pytest.raises(elf.ElfError, match="longer"):
        elf.rename_needed(copy, {needed[0]: needed[0] + ".with.a.much.longer.name"})
    with pytest.raises(elf.ElfError, match="does not link"):
        elf.rename_needed(copy, {"libnothing.so.1": "libx.so.1"})
    assert copy.read_bytes() == original.read_bytes()


@pytest.mark.skipif(not shutil.which("patchelf"), reason="patchelf")
def test_search_paths_outside_the_library_go_and_origin_ones_stay(
    elf: ModuleType, tmp_path: Path
) -> None:
    copy = tmp_path / "module.so"
    shutil.copy2(extension("rapidfuzz", "_feature_detector_cpp"), copy)
    subprocess.run(
        ["patchelf", "--set-rpath", "/root/.pyenv/versions/3.12.1/lib:$ORIGIN/../libs", str(copy)],
        check=True,
    )

    changes = elf.fix_up(copy, set())

    assert changes == ["search path /root/.pyenv/versions/3.12.1/lib:$ORIGIN/../libs -> "
                       "$ORIGIN/../libs"]  # fmt: skip
    assert elf.dynamic_section(copy)[1] == ["$ORIGIN/../libs"]

    subprocess.run(["patchelf", "--set-rpath", "/build/lib", str(copy)], check=True)
    elf.fix_up(copy, set())
    assert elf.dynamic_section(copy)[1] == []


def test_only_elf_binaries_with_something_to_fix_are_copied(
    elf: ModuleType, tmp_path: Path
) -> None:
    imaging = extension("PIL", "_imaging")
    plain = extension("rapidfuzz", "_feature_detector_cpp")
    text = tmp_path / "notes.txt"
    text.write_text("not a library")
    toc = [
        ("PIL/" + imaging.name, str(imaging), "EXTENSION"),
        ("rapidfuzz/" + plain.name, str(plain), "EXTENSION"),
        ("notes.txt", str(text), "DATA"),
    ]
    if not any(n.startswith("libxcb-") for n in elf.dynamic_section(imaging)[0]):
        pytest.skip("this Pillow links no private libxcb")
    if not shutil.which("patchelf"):
        pytest.skip("patchelf")

    fixed, report = elf.fix_up_binaries(toc, tmp_path / "work", {"libxcb.so.1"})

    assert fixed[1:] == toc[1:]  # nothing to do: the wheel's own file is collected
    assert fixed[0][0] == toc[0][0] and fixed[0][1] == str(tmp_path / "work" / toc[0][0])
    assert len(report) == 1 and report[0].startswith("PIL/")
    assert "libxcb.so.1" in elf.dynamic_section(fixed[0][1])[0]
    assert "libxcb.so.1" not in elf.dynamic_section(imaging)[0]  # the installed wheel untouched
