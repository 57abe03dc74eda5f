"""Build the standalone app folder: ``dist/Ideverkstad/`` with the programs ``ideverkstad`` (the window)
and ``ideverkstad-cli`` (the command line), runnable on a machine without Python.

    .venv/bin/pip install -e '.[bundle]' && .venv/bin/python packaging/build_bundle.py

It gathers the licences of everything the bundle carries into ``licenses/`` (Python, Qt/PySide6 under the
LGPL, each Python package, the fonts), runs PyInstaller on ``packaging/ideverkstad.spec`` and prints the
unpacked size. Options: ``--dist DIR`` (default ``dist``), ``--work DIR`` (default ``build/pyinstaller``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LICENCE_WORDS = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")
# Distributions that only build or test the app; nothing of them is in the bundle.
NOT_BUNDLED = {
    "pip", "setuptools", "wheel", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging",
    "pytest", "pytest-qt", "pytest-asyncio", "pytest-timeout", "hypothesis", "import-linter", "grimp",
    "ruff", "mypy", "mypy-extensions", "psutil", "pluggy", "iniconfig", "sortedcontainers", "attrs",
    "ideverkstad", "click", "rich", "pygments", "markdown-it-py", "mdurl", "typing-extensions",
}


def licence_files(dist: metadata.Distribution) -> list[Path]:
    found = []
    for entry in dist.files or []:
        name = Path(str(entry)).name.upper()
        if any(word in name for word in LICENCE_WORDS):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                found.append(path)
    return found


def gather_licences(target: Path) -> list[str]:
    """Copy every bundled component's licence texts into ``target``; return the components without one."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    missing = []
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"].lower()):
        name = dist.metadata["Name"]
        if name.lower() in NOT_BUNDLED:
            continue
        files = licence_files(dist)
        folder = target / f"{name}-{dist.version}"
        folder.mkdir()
        for path in files:
            shutil.copy2(path, folder / path.name)
        licence = dist.metadata["License-Expression"] or dist.metadata["License"] or ""
        (folder / "METADATA-LICENSE.txt").write_text(
            f"{name} {dist.version}\nLicence (from its metadata): {licence.strip()[:2000] or 'see files'}\n",
            encoding="utf-8",
        )
        if not files:
            missing.append(name)
    python = target / f"Python-{sys.version.split()[0]}"
    python.mkdir()
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for candidate in (Path(sys.base_prefix) / "LICENSE.txt", stdlib / "LICENSE.txt"):
        if candidate.is_file():
            shutil.copy2(candidate, python / "LICENSE.txt")
            break
    else:
        missing.append("Python")
    fonts = target / "fonts"
    fonts.mkdir()
    for path in sorted((ROOT / "resources" / "fonts").glob("*")):
        name = path.name.upper()
        if path.suffix.lower() in {".txt", ".md"} or "LICEN" in name or "OFL" in name:
            shutil.copy2(path, fonts / path.name)
    shutil.copy2(HERE / "licenses" / "README.txt", target / "README.txt")
    return missing


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    missing = gather_licences(ROOT / "build" / "licenses")
    if missing:
        print(f"note: no licence file shipped by: {', '.join(missing)} (their metadata's licence is kept)")
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(args.dist), "--workpath", str(args.work), str(HERE / "ideverkstad.spec"),
    ]
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        return result.returncode
    bundle = args.dist / "Ideverkstad"
    for link in [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # PyInstaller links each Qt library beside the program, also those the spec left out
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.1f} MB unpacked)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
