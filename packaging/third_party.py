"""Generate THIRD_PARTY.md and the bundle's licences/ folder from the installed metadata.

``python packaging/third_party.py`` walks the runtime requirements of the installed ``goedwerk``
distribution (extras left out: tests and PyInstaller are not shipped), reads each package's
licence from its metadata (``License-Expression``, ``License``, or the classifiers) and copies
its licence files into ``build/licenses/<package>/``. The Python runtime, the Qt libraries
inside the PySide6 wheels and the Open Sans font are added, because they ship in the bundle too.
Only packages whose modules are in the bundle are listed: ``packaging/goedwerk.spec`` calls
``write()`` with the top-level modules of its analysis and saves them in
``build/bundle-modules.txt``, which a run from the command line reads again (without it, the
whole runtime closure is listed). ``--check`` exits 1 when THIRD_PARTY.md is out of date.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "THIRD_PARTY.md"
LICENSES = REPO / "build" / "licenses"
MODULES = REPO / "build" / "bundle-modules.txt"
FALLBACK = REPO / "packaging" / "licenses"
LICENSE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# Texts for packages whose wheels ship none (PySide6, shiboken6: LGPL-3.0 builds on the GPL-3.0).
FALLBACK_TEXTS = {"pyside6-essentials": ["LGPL-3.0.txt", "GPL-3.0.txt"], "shiboken6": ["LGPL-3.0.txt"]}
# What we use of a package offered under a choice of licences.
CHOSEN = {"pyside6-essentials": "LGPL-3.0-only", "shiboken6": "LGPL-3.0-only"}


@dataclass(frozen=True)
class Component:
    """One thing the bundle ships with its licence."""

    name: str
    version: str
    licence: str
    url: str
    files: tuple[str, ...]
    note: str = ""


def runtime_distributions(root: str = "goedwerk") -> list[metadata.Distribution]:
    """The installed distributions ``root`` needs at run time, recursively, ``root`` itself left out."""
    env = default_environment()
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        dist = metadata.distribution(name)
        seen[name] = dist
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({**env, "extra": ""}):
                todo.append(req.name)
    seen.pop(canonicalize_name(root))
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> str:
    """The licence in SPDX words where the metadata gives them."""
    meta = dist.metadata
    name = canonicalize_name(meta["Name"])
    if name in CHOSEN:
        return f"{CHOSEN[name]} (offered as {meta.get('License')})"
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    text = (meta.get("License") or "").strip()
    if text and len(text) < 80 and "\n" not in text:
        return text + (f" ({', '.join(classifiers)})" if classifiers else "")
    return ", ".join(classifiers) or "see the licence file"


def copy_licence_files(dist: metadata.Distribution, target: Path) -> tuple[str, ...]:
    """Copy the licence files of ``dist`` into ``target``; return their paths relative to the bundle."""
    name = canonicalize_name(dist.metadata["Name"])
    sources = [
        Path(dist.locate_file(f))
        for f in dist.files or []
        if LICENSE_FILE.search(f.name) and ".dist-info" in str(f) and not str(f).endswith(".py")
    ]
    sources += [FALLBACK / text for text in FALLBACK_TEXTS.get(name, [])]
    copied = []
    for source in sources:
        if source.is_file():
            folder = target / name
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, folder / source.name)
            copied.append(f"licenses/{name}/{source.name}")
    return tuple(dict.fromkeys(copied))


def shipped_distributions(modules: set[str] | None) -> list[metadata.Distribution]:
    """The runtime distributions that provide at least one of the top-level ``modules``."""
    dists = runtime_distributions()
    if modules is None:
        return dists
    providers = metadata.packages_distributions()
    names = {canonicalize_name(d) for module in modules for d in providers.get(module, [])}
    return [d for d in dists if canonicalize_name(d.metadata["Name"]) in names]


def components(target: Path, modules: set[str] | None = None) -> list[Component]:
    """Every shipped component, its licence and where its licence text is in the bundle."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    found = []
    for dist in shipped_distributions(modules):
        meta = dist.metadata
        url = meta.get("Home-page") or next(
            (u.split(", ", 1)[-1] for u in meta.get_all("Project-URL") or []), ""
        )
        note = (
            "the Qt 6 libraries (QtCore, QtGui, QtWidgets, QtPrintSupport, QtSvg, QtDBus, ICU)"
            if (canonicalize_name(meta["Name"]) == "pyside6-essentials")
            else ""
        )
        found.append(
            Component(
                meta["Name"], dist.version, licence_of(dist), url, copy_licence_files(dist, target), note
            )
        )
    python = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    files: tuple[str, ...] = ()
    if python.is_file():
        (target / "python").mkdir()
        shutil.copyfile(python, target / "python" / "LICENSE.txt")
        files = ("licenses/python/LICENSE.txt",)
    version = ".".join(map(str, sys.version_info[:3]))
    found.append(
        Component(
            "Python",
            version,
            "PSF-2.0",
            "https://www.python.org",
            files,
            "the interpreter and its standard library (with SQLite, public domain)",
        )
    )
    fonts = REPO / "resources" / "fonts"
    found.append(
        Component(
            "Open Sans",
            "1.11",
            "Apache-2.0",
            "https://fonts.google.com/specimen/Open+Sans",
            tuple(f"resources/fonts/{p.name}" for p in sorted(fonts.glob("LICENSE*"))),
            "the bundled font (resources/fonts), also embedded in every printed pack",
        )
    )
    return found


def markdown(items: list[Component]) -> str:
    """THIRD_PARTY.md."""
    lines = [
        "# Third-party software in the Goed Werk bundle",
        "",
        "Generated by `packaging/third_party.py` from the installed packages' metadata; do not edit.",
        "Goed Werk itself is under the EUPL-1.2 (`LICENSE`), its bundled library under CC BY-SA 4.0",
        "(`stories/LICENSE`). The bundle ships these components; the licence texts are inside it at the",
        "paths given. Qt and PySide6 are used as shared libraries under the LGPL-3.0: they can be",
        "replaced in the bundle's folder, and their source is available from the Qt Project.",
        "",
        "| Component | Version | Licence | Licence text in the bundle | Notes |",
        "|---|---|---|---|---|",
    ]
    for c in items:
        name = f"[{c.name}]({c.url})" if c.url else c.name
        files = "<br>".join(f"`{f}`" for f in c.files) or "—"
        lines.append(f"| {name} | {c.version} | {c.licence} | {files} | {c.note} |")
    return "\n".join(lines) + "\n"


def write(modules: set[str] | None = None) -> str:
    """Write THIRD_PARTY.md and build/licenses for the bundle's top-level ``modules``; return the text."""
    if modules is not None:
        MODULES.parent.mkdir(parents=True, exist_ok=True)
        MODULES.write_text("\n".join(sorted(modules)) + "\n", encoding="utf-8")
    text = markdown(components(LICENSES, modules))
    OUT.write_text(text, encoding="utf-8")
    return text


def main() -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only check that THIRD_PARTY.md is current")
    args = parser.parse_args()
    modules = set(MODULES.read_text(encoding="utf-8").split()) if MODULES.exists() else None
    text = markdown(components(LICENSES, modules))
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print("THIRD_PARTY.md is out of date: run python packaging/third_party.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.name}: {len(text.splitlines()) - 10} components; licence files in {LICENSES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
