"""The check that files and folders are owner-only (folders 0700, files 0600)."""

from __future__ import annotations

import stat
from pathlib import Path


def modes(root: Path) -> dict[str, str]:
    """Every path under ``root`` that is not owner-only, with its mode.

    Folders must be 0700 and files 0600; Whoosh opens its lock file with mode 0777, so under
    umask 077 that one is 0700: still the owner's alone, which is what counts.
    """
    wrong = {}
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        lock = path.name.endswith("_WRITELOCK") and mode == 0o700
        if mode != (0o700 if path.is_dir() else 0o600) and not lock:
            wrong[str(path.relative_to(root))] = oct(mode)
    return wrong
