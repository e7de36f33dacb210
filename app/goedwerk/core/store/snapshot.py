"""A consistent copy of the catalog file, for backups and for the copy taken before an upgrade.

Both the catalog (before it migrates an older schema) and the backups use it, so it sits below
both of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from goedwerk.core.paths import replacing

BACKUP_DIR = "backups"


def copy_database(source: Path, target: Path, without_rows_of: Iterable[str] = ()) -> None:
    """Copy a database into ``target`` (owner-only), via a temporary file.

    The whole database goes through SQLite's backup API; with ``without_rows_of`` the copy gets
    every table, index and trigger but leaves those tables empty (a derived cache, most of it).
    """
    skipped = tuple(without_rows_of)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
    try:
        with replacing(target) as tmp:
            dst = sqlite3.connect(str(tmp))
            try:
                if skipped:
                    _copy_rows(src, dst, source, skipped)
                else:
                    src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
    finally:
        src.close()


def _copy_rows(
    src: sqlite3.Connection, dst: sqlite3.Connection, source: Path, skipped: tuple[str, ...]
) -> None:
    """Schema, version and the rows of every table but ``skipped``."""
    schema = src.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END"
    ).fetchall()
    version = int(src.execute("PRAGMA user_version").fetchone()[0])
    with dst:
        for _type, _name, sql in schema:
            dst.execute(sql)
    dst.execute("ATTACH DATABASE ? AS source", (str(source),))
    try:
        with dst:
            for kind, name, _sql in schema:
                if kind == "table" and name not in skipped:
                    dst.execute(f'INSERT INTO main."{name}" SELECT * FROM source."{name}"')
    finally:
        dst.execute("DETACH DATABASE source")
    dst.execute(f"PRAGMA user_version = {version}")
