"""Entry point of the PyInstaller bundle: the whole ``goedwerk`` command, the window without arguments.

A large index build spawns sub-writers (``core/search/parallel_writer.py``): in the frozen app
they start this executable again, and ``freeze_support`` turns such a start into the child.
"""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from goedwerk.cli import main

    sys.exit(main())
