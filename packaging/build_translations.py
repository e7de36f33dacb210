"""Build the window's translations: resources/i18n/*.ts (Qt Linguist sources) -> *.qm.

``goedwerk_nl.ts`` holds only the Dutch plural forms (``self.tr("%n blokken", "", n)``).

``python packaging/build_translations.py``           compile every .ts that is newer than its .qm
``python packaging/build_translations.py --update``  first refresh the .ts files from the sources
                                                     (pyside6-lupdate keeps existing translations)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
SOURCES = REPO / "app" / "goedwerk"


def tool(name: str) -> str:
    """The path of a PySide6 tool next to this Python, or on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials")
    return found


def update() -> None:
    """Refresh every .ts from the Python sources of the window."""
    ui_and_paper = [p for folder in ("ui", "paper") for p in (SOURCES / folder).rglob("*.py")]
    files = [*sorted(str(p) for p in ui_and_paper), str(SOURCES / "main.py")]
    for ts in sorted(I18N.glob("*.ts")):
        # Dutch is the source language: its catalogue only holds the plural forms ("%n blokken").
        only = ["-pluralonly"] if ts.stem.endswith("_nl") else []
        subprocess.run([tool("pyside6-lupdate"), *files, "-ts", str(ts), "-no-obsolete", *only], check=True)


def release() -> int:
    """Compile .ts files whose .qm is missing or older; return how many were built."""
    built = 0
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built += 1
    return built


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--update", action="store_true", help="refresh the .ts files first")
    args = parser.parse_args()
    if args.update:
        update()
    release()


if __name__ == "__main__":
    main()
