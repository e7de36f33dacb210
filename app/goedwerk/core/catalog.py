"""The catalog: one SQLite database (through sqlite-utils) per data directory.

It caches the parsed content of each library (keyed by the library's folder) and holds the
user's own data: favourites and recently read items (packs and reflections follow). The schema
is versioned; ``MIGRATIONS`` brings an older database up to date inside one transaction.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import sqlite_utils

from goedwerk.core.errors import CatalogError
from goedwerk.core.i18n import _

logger = logging.getLogger(__name__)

CATALOG_NAME = "catalog.sqlite"


def _v1(db: sqlite_utils.Database) -> None:
    db["files"].create(
        {
            "library": str,
            "path": str,
            "kind": str,
            "size": int,
            "mtime_ns": int,
            "sha": str,
            "parsed": str,
        },
        pk=("library", "path"),
    )
    db["items"].create(
        {"library": str, "kind": str, "id": str, "title": str, "path": str, "data": str},
        pk=("library", "kind", "id"),
    )
    db["favourites"].create(
        {"library": str, "kind": str, "id": str, "created": float}, pk=("library", "kind", "id")
    )
    db["recent"].create(
        {"library": str, "kind": str, "id": str, "opened": float}, pk=("library", "kind", "id")
    )
    db["recent"].create_index(["library", "opened"])


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1]


class Catalog:
    """The SQLite catalog of one data directory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=10, isolation_level=None)
            self.db = sqlite_utils.Database(conn)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise CatalogError(
                _("catalogus {path} is onleesbaar: {error}").format(path=path, error=exc)
            ) from exc
        if path.exists():
            path.chmod(0o600)

    @property
    def schema_version(self) -> int:
        """The schema version the database is at."""
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            msg = _("catalogus {path} is van een nieuwere versie van Goed Werk").format(
                path=self.path
            )
            raise CatalogError(msg)
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                migration(self.db)
                self.db.execute(f"PRAGMA user_version={number}")
            logger.info("catalog migrated to schema version %d", number)

    def transaction(self) -> sqlite3.Connection:
        """A context manager: one transaction that commits or rolls back as a whole."""
        return _Transaction(self.db.conn)

    def close(self) -> None:
        """Close the connection."""
        self.db.conn.close()

    # -- content cache -------------------------------------------------------------------------

    def file_records(self, library: str) -> dict[str, dict[str, Any]]:
        """The cached records of a library's files, by path."""
        rows = self.db.execute(
            "SELECT path, kind, size, mtime_ns, sha, parsed FROM files WHERE library = ?", [library]
        ).fetchall()
        return {
            r[0]: {"kind": r[1], "size": r[2], "mtime_ns": r[3], "sha": r[4], "parsed": r[5]}
            for r in rows
        }

    def store_content(
        self,
        library: str,
        changed: Iterable[dict[str, Any]],
        removed: Iterable[str],
        items: Iterable[dict[str, Any]] | None,
    ) -> None:
        """Write changed file records, drop removed ones and (if given) replace the items table."""
        with self.transaction():
            for path in removed:
                self.db.execute("DELETE FROM files WHERE library = ? AND path = ?", [library, path])
            self.db["files"].upsert_all(
                ({"library": library, **row} for row in changed), pk=("library", "path")
            )
            if items is not None:
                self.db.execute("DELETE FROM items WHERE library = ?", [library])
                self.db["items"].insert_all(
                    ({"library": library, **i} for i in items), pk=("library", "kind", "id")
                )

    def item_count(self, library: str) -> int:
        """Number of items stored for a library."""
        return self.db.execute(
            "SELECT count(*) FROM items WHERE library = ?", [library]
        ).fetchone()[0]

    # -- favourites and recent items -----------------------------------------------------------

    def set_favourite(self, library: str, kind: str, item_id: str, on: bool) -> None:
        """Mark or unmark an item as favourite."""
        with self.transaction():
            if on:
                row = {"library": library, "kind": kind, "id": item_id, "created": time.time()}
                self.db["favourites"].insert(row, pk=("library", "kind", "id"), ignore=True)
            else:
                self.db.execute(
                    "DELETE FROM favourites WHERE library = ? AND kind = ? AND id = ?",
                    [library, kind, item_id],
                )

    def favourites(self, library: str) -> list[tuple[str, str]]:
        """Favourite items as ``(kind, id)``, newest first."""
        sql = "SELECT kind, id FROM favourites WHERE library = ? ORDER BY created DESC"
        return [(r[0], r[1]) for r in self.db.execute(sql, [library]).fetchall()]

    def mark_opened(self, library: str, kind: str, item_id: str) -> None:
        """Record that an item was read just now."""
        with self.transaction():
            row = {"library": library, "kind": kind, "id": item_id, "opened": time.time()}
            self.db["recent"].upsert(row, pk=("library", "kind", "id"))

    def recent(self, library: str, limit: int = 20) -> list[tuple[str, str]]:
        """Recently read items as ``(kind, id)``, most recent first."""
        sql = "SELECT kind, id FROM recent WHERE library = ? ORDER BY opened DESC LIMIT ?"
        return [(r[0], r[1]) for r in self.db.execute(sql, [library, limit]).fetchall()]


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the block raises."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def dumps(data: Any) -> str:
    """Compact JSON for the catalog."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
