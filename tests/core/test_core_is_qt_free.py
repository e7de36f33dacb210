"""The core never imports Qt: the CLI must work where no display or Qt is wanted."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import goedwerk.core


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(goedwerk.core.__path__, "goedwerk.core.")]
    assert "goedwerk.core.search.library_index" in modules
    code = "import importlib, sys\n"
    code += "".join(f"importlib.import_module({m!r})\n" for m in modules)
    code += "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
    code += "print(','.join(bad))\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
