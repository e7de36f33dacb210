"""The catalog: one SQLite database (through sqlite-utils) per data directory.

It knows the files of each library (keyed by the library's folder; their parse is in the library
cache, ``content.library_cache``) and holds the
user's own data: favourites, recently read items and session packs (reflections follow). The schema
is versioned; ``MIGRATIONS`` brings an older database up to date inside one transaction.

Threads: every thread that touches the catalog gets its own SQLite connection, opened lazily
through ``threading.local`` (``Catalog.db``); the database runs in WAL mode, so readers never
wait for the writer, and every write is one ``BEGIN IMMEDIATE`` transaction, so two writers
queue (for up to ``TIMEOUT`` seconds) instead of interleaving.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import sqlite_utils

from goedwerk.core.errors import CatalogError, CatalogUnavailableError, NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import Changes, Pack
from goedwerk.core.packs.operations import pack_from_dict, pack_to_dict
from goedwerk.core.store.migrations import META_TABLE as META_TABLE  # re-exported
from goedwerk.core.store.migrations import MIGRATIONS
from goedwerk.core.store.migrations import USER_TABLES as USER_TABLES  # re-exported
from goedwerk.core.store.snapshot import BACKUP_DIR, copy_database

logger = logging.getLogger(__name__)

CATALOG_NAME = "catalog.sqlite"
TIMEOUT = 10  # seconds a writer waits for another thread's transaction
_DAMAGE_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB; everything else is "cannot read now"
_FULL_CODE = 13  # SQLITE_FULL
_LOW_SPACE = 1 << 20  # bytes; below this an I/O error counts as a full disk


class Catalog:
    """The SQLite catalog of one data directory."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only  # a read-only folder: opened immutable, every write refused
        self._local = threading.local()
        self._connections: dict[threading.Thread, sqlite3.Connection] = {}
        self._connections_lock = threading.Lock()
        if read_only and not path.exists():
            raise CatalogError(
                _("de gegevensmap {folder} is alleen-lezen en heeft nog geen catalogus").format(
                    folder=path.parent
                )
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _refuse_newer(path)  # before anything touches the file
            if not read_only:
                _use_wal(self.db.conn)
            self._migrate()
        except (OSError, sqlite3.Error) as exc:
            error = unavailable(exc, path.parent)
            if error is not None:
                raise error from exc
            raise CatalogError(
                _("catalogus {path} is onleesbaar: {error}").format(path=path, error=exc)
            ) from exc
        if path.exists() and not read_only:
            path.chmod(0o600)

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection to the catalog, opened on first use (see the thread rule)."""
        db = getattr(self._local, "db", None)
        if db is None:
            target, uri = str(self.path), False
            if self.read_only:  # no -wal or -shm can be made: read the file as it is
                target, uri = f"file:{self.path}?mode=ro&immutable=1", True
            conn = sqlite3.connect(
                target, timeout=TIMEOUT, isolation_level=None, check_same_thread=False, uri=uri
            )
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
            with self._connections_lock:
                for thread in [t for t in self._connections if not t.is_alive()]:
                    self._connections.pop(thread).close()  # its thread is gone (pool threads expire)
                self._connections[threading.current_thread()] = conn
            db = self._local.db = sqlite_utils.Database(conn)
        return db

    @property
    def schema_version(self) -> int:
        """The schema version the database is at."""
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        version = self.schema_version
        if self.read_only and version < len(MIGRATIONS):
            msg = _("catalogus {path} moet worden bijgewerkt, maar de map is alleen-lezen").format(
                path=self.path
            )
            raise CatalogError(msg)
        if version > len(MIGRATIONS):
            raise CatalogError(_newer_message(self.path, version))
        if 0 < version < len(MIGRATIONS):
            _backup_before_upgrade(self.path, version)
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                if self.schema_version >= number:  # another process migrated it meanwhile
                    continue
                migration(self.db)
                self.db.execute(f"PRAGMA user_version={number}")
            logger.info("catalog migrated to schema version %d", number)
        if 0 < version < len(MIGRATIONS):
            _compact(self.db.conn)

    def transaction(self) -> sqlite3.Connection:
        """A context manager: one transaction that commits or rolls back as a whole."""
        return _Transaction(self.db.conn)

    def close(self) -> None:
        """Close every thread's connection (call it when no other thread uses the catalog)."""
        with self._connections_lock:
            connections, self._connections = self._connections, {}
        for conn in connections.values():
            conn.close()
        self._local = threading.local()

    # -- content cache -------------------------------------------------------------------------

    def file_hashes(self, library: str) -> dict[str, tuple[str, int, int, str]]:
        """``path -> (kind, size, mtime_ns, sha)`` of a library's files (parsed: the library cache)."""
        rows = self.db.execute(
            "SELECT path, kind, size, mtime_ns, sha FROM files WHERE library = ?", [library]
        ).fetchall()
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}

    def file_records(self, library: str) -> dict[str, dict[str, Any]]:
        """The records (kind, size, mtime_ns, sha) of a library's files, by path."""
        return {
            path: {"kind": kind, "size": size, "mtime_ns": mtime_ns, "sha": sha}
            for path, (kind, size, mtime_ns, sha) in self.file_hashes(library).items()
        }

    def store_content(
        self,
        library: str,
        changed: Iterable[dict[str, Any]],
        removed: Iterable[str],
    ) -> None:
        """Write changed file records and drop removed ones, in one transaction."""
        with self.transaction():
            for path in removed:
                self.db.execute("DELETE FROM files WHERE library = ? AND path = ?", [library, path])
            self.db["files"].upsert_all(
                ({"library": library, **row} for row in changed), pk=("library", "path")
            )

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

    # -- session packs -------------------------------------------------------------------------

    def save_pack(self, pack: Pack, touch: bool = True) -> Pack:
        """Insert or replace ``pack`` in one transaction; return it as stored.

        With ``touch`` the modified time becomes now (and created too for a new pack);
        without it the pack is stored as given, which is how a deleted pack is restored.
        """
        if touch:
            now = time.time()
            pack = replace(pack, created=pack.created or now, modified=now)
        with self.transaction():
            self.store_pack(pack)
        return pack

    def store_pack(self, pack: Pack) -> None:
        """Insert or replace ``pack`` as given, inside the caller's transaction."""
        row = {
            "id": pack.id,
            "title": pack.title,
            "date": pack.date,
            "modified": pack.modified,
            "data": dumps(pack_to_dict(pack)),
        }
        self.db["packs"].upsert(row, pk="id")

    def get_pack(self, pack_id: str) -> Pack:
        """The pack ``pack_id``; raise ``NotFoundError`` when there is none."""
        row = self.db.execute("SELECT data FROM packs WHERE id = ?", [pack_id]).fetchone()
        if row is None:
            raise NotFoundError(_("pakket '{id}' bestaat niet").format(id=pack_id))
        return pack_from_dict(json.loads(row[0]))

    def list_packs(self) -> list[Pack]:
        """All packs: by date, undated packs last, then by title."""
        sql = "SELECT data FROM packs ORDER BY date IS NULL, date, lower(title), id"
        return [pack_from_dict(json.loads(r[0])) for r in self.db.execute(sql).fetchall()]

    def delete_pack(self, pack_id: str) -> Pack:
        """Delete the pack ``pack_id`` and return it (``save_pack(pack, touch=False)`` undoes)."""
        with self.transaction():
            pack = self.get_pack(pack_id)
            self.db.execute("DELETE FROM packs WHERE id = ?", [pack_id])
        return pack


class Table:
    """A store over one catalog table: every save is one transaction and reports what changed.

    ``on_change`` (the workspace's ``changed``) hears ``CHANGES`` after each save, in the
    saving thread; the reflections and the value sorts are the two stores built on it.
    """

    TABLE = ""
    CHANGES = Changes()

    def __init__(self, catalog: Catalog, on_change: Callable[[Changes], None] | None = None) -> None:
        self.catalog = catalog
        self.on_change = on_change

    def upsert(self, row: dict[str, Any]) -> None:
        """Insert or replace ``row`` (keyed by ``id``) in one transaction, then report it."""
        with self.catalog.transaction():
            self.catalog.db[self.TABLE].upsert(row, pk="id")
        if self.on_change is not None:
            self.on_change(self.CHANGES)


def _use_wal(conn: sqlite3.Connection) -> None:
    """Put the database in WAL mode, waiting up to ``TIMEOUT`` for another process's write.

    SQLite answers the switch with "database is locked" at once, without its busy wait, while
    another connection holds a write lock on a rollback-journal file (two processes starting on
    a fresh data folder), so this waits itself.
    """
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorcode", 0) & 0xFF in (5, 6)  # SQLITE_BUSY, _LOCKED
            if not busy or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def _schema_version(path: Path) -> int:
    """The schema version of an existing catalog file, read without changing it (0 when absent)."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    immutable = "" if os.access(path.parent, os.W_OK) else "&immutable=1"  # a read-only folder: no -shm
    conn = sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True, timeout=10)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _newer_message(path: Path, version: int) -> str:
    return _(
        "De catalogus {path} is gemaakt door een nieuwere versie van Goed Werk (schema {found}, "
        "deze versie kent schema {known}). Er is niets aan veranderd. Installeer de nieuwste versie "
        "van Goed Werk om je pakketten en reflecties te openen."
    ).format(path=path, found=version, known=len(MIGRATIONS))


def _refuse_newer(path: Path) -> None:
    """Raise ``CatalogError`` for a catalog of a newer app, before it is opened for writing."""
    version = _schema_version(path)
    if version > len(MIGRATIONS):
        raise CatalogError(_newer_message(path, version))


def _backup_before_upgrade(path: Path, version: int) -> Path:
    """Copy an older catalog into ``backups/`` before it is migrated; return the copy."""
    folder = path.parent / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = folder / f"upgrade-v{version}-to-v{len(MIGRATIONS)}-{stamp}.sqlite"
    copy_database(path, target)
    logger.warning("catalog schema %d backed up as %s before migrating", version, target.name)
    return target


def unavailable(exc: BaseException, folder: Path) -> CatalogUnavailableError | None:
    """The error to raise when ``exc`` is a full disk or an I/O error rather than damage."""
    if isinstance(exc, OSError):
        full = exc.errno == errno.ENOSPC
    elif isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None or code & 0xFF in _DAMAGE_CODES:
            return None
        full = code & 0xFF == _FULL_CODE
    else:
        return None
    try:
        full = full or shutil.disk_usage(folder).free < _LOW_SPACE
    except OSError:
        logger.debug("free space of %s unknown", folder)
    if full:
        text = _("de schijf is vol: maak ruimte vrij op {folder} en start Goed Werk opnieuw")
    else:
        text = _("de catalogus in {folder} kan nu niet worden gelezen ({error}); er is niets veranderd")
    return CatalogUnavailableError(text.format(folder=folder, error=exc), disk_full=full)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the block raises.

    A database error (a full disk, a locked or damaged file) becomes a ``CatalogError`` that
    names the cause, after the rollback, so every caller can tell the user instead of crashing;
    nothing of the failed block is kept.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _write_error(exc) from exc
        return self.conn

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
                return
            except sqlite3.Error as error:
                exc = error
        self._rollback()
        if isinstance(exc, sqlite3.Error):
            raise _write_error(exc) from exc

    def _rollback(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except sqlite3.Error:  # no transaction left to roll back (SQLite ended it itself)
            logger.debug("rollback after a failed transaction was not needed")


def _write_error(exc: sqlite3.Error) -> CatalogError:
    """The error for a failed write: read-only and full disks say so in words."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == 8:  # SQLITE_READONLY
        return CatalogError(_("de catalogus is alleen-lezen; wat je verandert, kan niet worden bewaard"))
    if code == _FULL_CODE:
        return CatalogError(_("de schijf is vol; wat je verandert, kan niet worden bewaard"))
    return CatalogError(_("de catalogus kan niet worden bijgewerkt: {error}").format(error=exc))


def _compact(conn: sqlite3.Connection) -> None:
    """Give the file back the space a migration freed (v11 took the parsed files out)."""
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file itself shrinks at the checkpoint
    logger.info("catalog compacted after its migration")


def dumps(data: Any) -> str:
    """Compact JSON for the catalog."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
