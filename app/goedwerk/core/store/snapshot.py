"""A consistent copy of the catalog file, for backups and for the copy taken before an upgrade.

Both the catalog (before it migrates an older schema) and the backups use it, so it sits below
both of them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from goedwerk.core.paths import replacing

BACKUP_DIR = "backups"


def copy_database(source: Path, target: Path) -> None:
    """Copy a database with the backup API into ``target`` (owner-only), via a temporary file."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
    try:
        with replacing(target) as tmp:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
    finally:
        src.close()
