"""PySide6 must not lose references to None (6.12.0 did on Python 3.11 and aborted the app)."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QByteArray

SCRIPT = """
from PySide6.QtCore import QByteArray
data = QByteArray()
for _ in range(200_000):
    data.clear()
print("survived")
"""


def test_void_qt_calls_keep_the_reference_count_of_none() -> None:
    data = QByteArray()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        data.clear()
    assert sys.getrefcount(None) >= before - 100


def test_many_void_qt_calls_do_not_crash_the_app() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "survived"
