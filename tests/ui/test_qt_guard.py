"""A long session of Qt calls must not abort the interpreter (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from goedwerk.ui import qt_guard
qt_guard.install()
from PySide6.QtCore import QByteArray
data = QByteArray()
for _ in range(200_000):
    data.clear()
print("survived")
"""


def test_many_void_qt_calls_do_not_crash_the_app() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "survived"
