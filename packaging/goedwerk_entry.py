"""Entry point of the PyInstaller bundle: the whole ``goedwerk`` command, the window without arguments."""

from __future__ import annotations

import sys

from goedwerk.cli import main

if __name__ == "__main__":
    sys.exit(main())
