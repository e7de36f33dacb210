"""What the PyInstaller bundle leaves out, rule by rule, and how many bytes each rule saves.

``packaging/goedwerk.spec`` passes every binary and data file of the analysis through
``Filter.keep``; ``Filter.report()`` (written to ``build/bundle-exclusions.json``) tells what
each rule removed, which is where the README's table of savings comes from. The app uses
QtCore, QtGui, QtWidgets, QtPrintSupport and QtSvg (icons) and nothing of QML, Quick, network,
SQL, OpenGL widgets or the designer.
"""

from __future__ import annotations

import fnmatch
import functools
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

# Python modules the app never imports (PyInstaller would otherwise follow optional imports).
# Not pydoc: python-stdnum (the anonymiser's number checks) imports it.
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "doctest",
    "ssl",
    "_ssl",
    "pytest",
    "hypothesis",
    "pypdf",
    "PyInstaller",
    "setuptools",
    "pip",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtSvgWidgets",
    "PySide6.QtLabsStyleKit",
    "readline",
]

# (rule, patterns on the destination path inside the bundle). A file matching a rule is left out.
RULES: list[tuple[str, list[str]]] = [
    ("Qt translations other than qtbase_nl", ["PySide6/Qt/translations/*"]),
    (
        "QML, Quick and Qt Designer libraries",
        ["*libQt6Qml*", "*libQt6Quick*", "*libQt6Designer*", "*libQt6LabsStyleKit*", "*libQt6ShaderTools*"],
    ),
    (
        "Qt network, TLS and network-information plugins",
        ["*libQt6Network*", "*/plugins/tls/*", "*/plugins/networkinformation/*"],
    ),
    (
        "Wayland compositor and unused platform plugins",
        [
            "*libQt6WaylandCompositor*",
            "*/platforms/libqeglfs*",
            "*/platforms/libqlinuxfb*",
            "*/platforms/libqminimal*",
            "*/platforms/libqvnc*",
            "*/platforms/libqvkkhrdisplay*",
            "*/plugins/egldeviceintegrations/*",
            "*libQt6EglFs*",
            "*/wayland-graphics-integration-server/*",
        ],
    ),
    (
        "Image formats the app never reads",
        [
            "*/imageformats/libqjpeg*",
            "*/imageformats/libqtiff*",
            "*/imageformats/libqwebp*",
            "*/imageformats/libqgif*",
            "*/imageformats/libqtga*",
            "*/imageformats/libqwbmp*",
            "*/imageformats/libqpdf*",
            "*libQt6Pdf*",
            "*/imageformats/qjpeg*",
            "*/imageformats/qtiff*",
            "*/imageformats/qwebp*",
            "*/imageformats/qgif*",
            "*/imageformats/qtga*",
            "*/imageformats/qwbmp*",
            "*/imageformats/qpdf*",
        ],
    ),
    (
        "Qt SQL drivers, QML tooling, designer plugins",
        ["*/plugins/sqldrivers/*", "*/plugins/qmltooling/*", "*/plugins/designer/*", "*libQt6Sql*"],
    ),
    ("OpenGL widgets and the virtual keyboard", ["*libQt6OpenGLWidgets*", "*libQt6VirtualKeyboard*"]),
    ("GTK3 platform theme (Fusion style is used)", ["*/platformthemes/libqgtk3*"]),
    ("evdev/tuio input plugins (for framebuffer devices)", ["*/plugins/generic/*"]),
    (
        "GL integrations of xcb and Wayland (widgets draw in software)",
        [
            "*/plugins/xcbglintegrations/*",
            "*/wayland-graphics-integration-client/*",
        ],
    ),
]
ORPHANS = "system libraries only the left-out parts needed"
KEEP_ALWAYS = ["PySide6/Qt/translations/qtbase_nl.qm"]


@dataclass
class Filter:
    """Decides per file; counts what each rule removed."""

    removed: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def keep(self, dest: str, source: str) -> bool:
        """True when the file ``dest`` (path inside the bundle) stays in."""
        path = dest.replace(os.sep, "/")
        if any(fnmatch.fnmatch(path, pattern) for pattern in KEEP_ALWAYS):
            return True
        for rule, patterns in RULES:
            if any(fnmatch.fnmatch(path, pattern) for pattern in patterns):
                size = os.path.getsize(source) if source and os.path.isfile(source) else 0
                self.removed.setdefault(rule, []).append((path, size))
                return False
        return True

    def apply(self, toc: list) -> list:
        """The TOC entries (dest, source, kind) that stay in."""
        return [entry for entry in toc if self.keep(entry[0], entry[1])]

    def prune_orphans(self, binaries: list) -> list:
        """Drop libraries at the bundle's top level that no remaining binary needs (Linux, objdump)."""
        if not sys.platform.startswith("linux") or not shutil.which("objdump"):
            return binaries
        while True:
            needed: set[str] = set()
            for _dest, source, _kind in binaries:
                needed |= _needed(source)
            orphans = [
                entry
                for entry in binaries
                if "/" not in entry[0].replace(os.sep, "/")
                and ".so" in entry[0]
                and entry[0] not in needed
                and not entry[0].startswith("libpython")
            ]
            if not orphans:
                return binaries
            for dest, source, _kind in orphans:
                self.removed.setdefault(ORPHANS, []).append((dest, os.path.getsize(source)))
            binaries = [entry for entry in binaries if entry not in orphans]

    def report(self, path: Path) -> None:
        """Write bytes and files removed per rule as JSON."""
        data = {
            rule: {"bytes": sum(size for _p, size in files), "files": sorted(p for p, _s in files)}
            for rule, files in self.removed.items()
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2), encoding="utf-8")


@functools.cache
def _needed(path: str) -> frozenset[str]:
    """The DT_NEEDED entries of a shared library or extension module."""
    done = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
    return frozenset(
        line.split()[1] for line in done.stdout.splitlines() if line.strip().startswith("NEEDED")
    )
