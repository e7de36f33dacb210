"""Work around a reference-counting bug of PySide6 6.12.0 on Python 3.11.

There every call of a C++ method that returns void hands back a reference to ``None`` that it
never took, so a few thousand calls drive None's reference count to zero and CPython aborts
with "Fatal Python error: none_dealloc: deallocating None" (a printed pack, or a long session
in the window, is enough). From Python 3.12 on None is immortal and the bug is harmless.

``install()`` probes whether this PySide6 has the bug and only then gives None enough extra
references to outlive any session; it switches itself off once PySide6 is fixed. The
composition root, the printing module and the UI tests call it before using Qt.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QByteArray

logger = logging.getLogger(__name__)

_installed = False


def install() -> bool:
    """Install the guard when needed (once per process); True when it is in place."""
    global _installed
    if _installed or sys.version_info >= (3, 12):
        return _installed
    probe = QByteArray()
    before = sys.getrefcount(None)
    probe.clear()
    if sys.getrefcount(None) >= before:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _installed = True
    logger.info("PySide6 drops references to None: guard installed")
    return True
