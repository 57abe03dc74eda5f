"""A smaller ICU data library for the Linux bundle: the 31 MB ``libicudata.so.NN`` that PySide6's Qt
carries, rebuilt with only the ICU data Qt reads in this app.

On Linux, Qt's Core library uses ICU for collation (``QCollator``: file dialogs sort by it, and
``QString::localeAwareCompare``), for locale-aware case mapping and, on request, for legacy text
encodings. ICU's data library also holds what only ICU's own APIs read: the names of currencies,
languages, regions, units and time zones for every locale, spelled-out numbers, transliterators, word
dictionaries for break iterators, and ~230 legacy encoding tables. Qt draws names, numbers and dates
from its own CLDR tables and breaks text with its own rules, so those trees are left out (−23 MB).
Kept: the locale tree itself, every collation (all locales), normalisation, the time-zone rules and
three encoding tables (windows-1252, ISO-8859-2, ISO-8859-15).

Windows and macOS bundles carry no ICU of Qt's (Qt uses the system's), so nothing is done there.

It needs ``icupkg`` (Debian: icu-devtools) and a C compiler (gcc) at build time; without them the full
library is kept and the build says so. ``tests/bundle/test_icu_data.py`` checks that Qt sorts, cases
and formats the same with the smaller library as with the full one.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

DROPPED_TREES = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit", "zone")
KEPT_ENCODINGS = ("ibm-5348_P100-1997.cnv", "ibm-912_P100-1995.cnv", "ibm-923_P100-1998.cnv")
_DATA_LIBRARY = re.compile(r"libicudata\.so\.(\d+)$")


def missing_tools() -> list[str]:
    return [tool for tool in ("icupkg", "gcc", "nm") if shutil.which(tool) is None]


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The ICU data's symbol in *library* (``icudtNN_dat``), its file offset and its size."""
    listing = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size = int(parts[0], 16), int(parts[1], 16)
            return parts[3], _file_offset(library, address), size
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def _file_offset(library: Path, address: int) -> int:
    """Where the byte at virtual *address* lies in the file (from the section that holds it)."""
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for match in re.finditer(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
        start, offset, size = (int(value, 16) for value in match.groups())
        if start <= address < start + size:
            return offset + (address - start)
    raise ValueError(f"{library}: address {address:#x} is in no section")


def unwanted(items: list[str]) -> list[str]:
    """The package items the app's Qt never reads (see the module's docstring)."""
    return [
        item
        for item in items
        if item.split("/")[0] in DROPPED_TREES or (item.endswith(".cnv") and item not in KEPT_ENCODINGS)
    ]


def trimmed_library(library: Path, target: Path) -> Path:
    """Write a copy of ICU's data *library* with only the kept data to *target*; return *target*."""
    symbol, offset, size = data_symbol(library)
    version = symbol[len("icudt") : -len("_dat")]
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        full, small = work / f"icudt{version}l.dat", work / "small" / f"icudt{version}l.dat"
        small.parent.mkdir()
        with library.open("rb") as source:
            source.seek(offset)
            full.write_bytes(source.read(size))
        items = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True)
        (work / "remove.txt").write_text("\n".join(unwanted(items.stdout.split())) + "\n", encoding="ascii")
        subprocess.run(["icupkg", "-r", str(work / "remove.txt"), str(full), str(small)], check=True)
        assembly = work / "icudata.S"
        assembly.write_text(
            '    .section .note.GNU-stack,"",@progbits\n'
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"
            f"{symbol}:\n"
            f'    .incbin "{small}"\n'
            f"    .size {symbol}, .-{symbol}\n",
            encoding="ascii",
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-Wl,-z,noexecstack",
             "-o", str(target), str(assembly)],
            check=True,
        )  # fmt: skip
    return target


def smaller_icu(binaries: list[tuple[str, str, str]], work: Path) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries with ICU's data library replaced by the trimmed one (Linux; else as given)."""
    entries = [e for e in binaries if e[2] == "BINARY" and _DATA_LIBRARY.search(e[0].replace("\\", "/"))]
    if not entries:
        return binaries
    lacking = missing_tools()
    if lacking:
        print(f"note: ICU's full data is kept (31 MB): no {', '.join(lacking)} (apt icu-devtools gcc)")
        return binaries
    replaced = {}
    for dest, source, _kind in entries:
        replaced[dest] = str(trimmed_library(Path(source), work / "icu" / Path(source).name))
    return [(d, replaced.get(d, src) if kind == "BINARY" else src, kind) for d, src, kind in binaries]
