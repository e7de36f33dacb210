"""Backups of the catalog: an integrity check at every start and a copy a day for a week.

``check_and_backup`` runs before the catalog is opened. A healthy catalog is copied with
SQLite's online backup API into ``<data dir>/backups``, holding the user's own data only
(packs, reflections, value sorts, workshop runs, favourites, recently read): the content cache
is derived from the library files and left empty in the copy. No copy is made when the user's
data equals that of the newest backup; a day keeps only its newest copy, and the newest
``KEEP`` days are kept. A
catalog that fails ``PRAGMA integrity_check`` is set aside (renamed, never deleted, with its
``-wal`` and ``-shm`` files) and the report names the newest good backup, which
``restore_latest`` puts back. Messages for the user come from ``BackupReport.message``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from goedwerk.core.errors import CatalogError
from goedwerk.core.i18n import _
from goedwerk.core.paths import default_data_dir, ensure_private_dir, replacing
from goedwerk.core.store.catalog import CATALOG_NAME

logger = logging.getLogger(__name__)

BACKUP_DIR = "backups"
KEEP = 7  # days with a backup that are kept
DERIVED_TABLES = ("files",)  # rebuilt from the library files; never backed up
USER_TABLES = ("packs", "reflections", "value_sorts", "workshop_runs", "favourites", "recent")
_PREFIX, _SUFFIX = "catalog-", ".sqlite"
_SIDECARS = ("-wal", "-shm")


@dataclass(frozen=True)
class BackupReport:
    """What ``check_and_backup`` found and did."""

    catalog: Path
    healthy: bool = True
    problem: str = ""
    backup: Path | None = None
    set_aside: Path | None = None
    latest_good: Path | None = None

    @property
    def needs_restore(self) -> bool:
        """True when the catalog was set aside and a good backup can replace it."""
        return not self.healthy and self.latest_good is not None

    def message(self) -> str:
        """What happened, in words for the user (empty when all is well)."""
        if self.healthy:
            return ""
        text = _(
            "De catalogus met je pakketten en reflecties was beschadigd ({problem}). "
            "Het beschadigde bestand is opzijgezet als {aside}; er is niets verwijderd."
        ).format(problem=self.problem, aside=self.set_aside.name if self.set_aside else "?")
        if self.latest_good is None:
            return text + " " + _("Er is geen goede reservekopie; Goed Werk begint met een lege catalogus.")
        return (
            text
            + " "
            + _(
                "De nieuwste goede reservekopie is van {when}. Wat daarna is vastgelegd, "
                "staat alleen in het opzijgezette bestand."
            ).format(when=backup_time(self.latest_good).strftime("%d-%m-%Y %H:%M"))
        )


def _resolve(data_dir: Path | None) -> Path:
    return (data_dir or default_data_dir()).expanduser().resolve()


def backup_dir(data_dir: Path) -> Path:
    """Where the backups of a data directory are kept."""
    return Path(data_dir) / BACKUP_DIR


def backups(data_dir: Path) -> list[Path]:
    """The backups of a data directory, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{_PREFIX}*{_SUFFIX}"), reverse=True)


def backup_time(path: Path) -> datetime:
    """When a backup was made (from its name; the file time when the name says nothing)."""
    stamp = path.name.removeprefix(_PREFIX).removesuffix(_SUFFIX)
    try:
        return datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime)


def integrity_problem(path: Path) -> str:
    """Empty when ``path`` passes ``PRAGMA integrity_check``; otherwise what is wrong."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    answer = "; ".join(str(r[0]) for r in rows[:3])
    return "" if answer == "ok" else answer


def make_backup(catalog: Path, data_dir: Path, keep: int = KEEP, now: datetime | None = None) -> Path:
    """Copy the user's data in ``catalog`` into the backups folder; keep a copy a day for ``keep`` days."""
    folder = backup_dir(data_dir)
    ensure_private_dir(folder)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{_PREFIX}{stamp}{_SUFFIX}"
    _copy(catalog, target, user_data_only=True)
    _rotate(data_dir, keep)
    return target


def _rotate(data_dir: Path, keep: int) -> None:
    """Keep the newest backup of each day, for the newest ``keep`` days."""
    days: set[str] = set()
    for path in backups(data_dir):  # newest first
        day = backup_time(path).date().isoformat()
        if day in days or len(days) >= keep:
            path.unlink()
            logger.info("catalog backup %s removed (one a day for %d days)", path.name, keep)
        else:
            days.add(day)


def user_data_digest(path: Path) -> str:
    """A hash of the user's own data in a catalog or backup (empty when unreadable)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return ""
    digest = hashlib.blake2b(digest_size=16)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in USER_TABLES:
            if table in names:
                digest.update(table.encode())
                for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                    digest.update(repr(row).encode())
    except sqlite3.Error:
        return ""
    finally:
        conn.close()
    return digest.hexdigest()


def _copy(source: Path, target: Path, user_data_only: bool = False) -> None:
    """Copy a database into ``target`` (owner-only), via a temporary file.

    The whole database goes through SQLite's backup API; with ``user_data_only`` the copy
    gets every table and index but the rows of the derived tables (which would be most of it).
    """
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
    try:
        with replacing(target) as tmp:
            dst = sqlite3.connect(str(tmp))
            try:
                if user_data_only:
                    _copy_user_data(src, dst, source)
                else:
                    src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
    finally:
        src.close()


def _copy_user_data(src: sqlite3.Connection, dst: sqlite3.Connection, source: Path) -> None:
    """Schema, version and the rows of every table but the derived ones."""
    schema = src.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY type = 'index'"
    ).fetchall()
    version = int(src.execute("PRAGMA user_version").fetchone()[0])
    with dst:
        for _type, _name, sql in schema:
            dst.execute(sql)
    dst.execute("ATTACH DATABASE ? AS source", (str(source),))
    try:
        with dst:
            for kind, name, _sql in schema:
                if kind == "table" and name not in DERIVED_TABLES:
                    dst.execute(f'INSERT INTO main."{name}" SELECT * FROM source."{name}"')
    finally:
        dst.execute("DETACH DATABASE source")
    dst.execute(f"PRAGMA user_version = {version}")


def set_aside(catalog: Path, label: str = "beschadigd", now: datetime | None = None) -> Path:
    """Rename a catalog (and its -wal/-shm files) out of the way, never deleting; return its new path."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = catalog.with_name(f"{catalog.name}.{label}-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = catalog.with_name(f"{catalog.name}.{label}-{stamp}-{number}")
    os.replace(catalog, aside)
    for suffix in _SIDECARS:
        sidecar = catalog.with_name(catalog.name + suffix)
        if sidecar.exists():
            os.replace(sidecar, aside.with_name(aside.name + suffix))
    logger.warning("catalog set aside as %s", aside)
    return aside


def newest_good_backup(data_dir: Path) -> Path | None:
    """The newest backup that passes the integrity check."""
    for path in backups(data_dir):
        problem = integrity_problem(path)
        if not problem:
            return path
        logger.warning("catalog backup %s is damaged too: %s", path.name, problem)
    return None


def check_and_backup(data_dir: Path | None = None, keep: int = KEEP) -> BackupReport:
    """At start: check the catalog; back it up when healthy, set it aside when damaged."""
    data_dir = _resolve(data_dir)
    ensure_private_dir(data_dir)
    catalog = data_dir / CATALOG_NAME
    if not catalog.exists():
        return BackupReport(catalog)
    problem = integrity_problem(catalog)
    if not problem:
        try:
            latest = backups(data_dir)[:1]
            digest = user_data_digest(catalog)
            if latest and digest and digest == user_data_digest(latest[0]):
                logger.info("catalog unchanged since backup %s; no new backup", latest[0].name)
                return BackupReport(catalog, backup=latest[0])
            return BackupReport(catalog, backup=make_backup(catalog, data_dir, keep))
        except (OSError, sqlite3.Error) as exc:
            logger.warning("could not back up the catalog: %s", exc)
            return BackupReport(catalog)
    logger.error("catalog %s fails its integrity check: %s", catalog, problem)
    aside = set_aside(catalog)
    return BackupReport(
        catalog, healthy=False, problem=problem, set_aside=aside, latest_good=newest_good_backup(data_dir)
    )


def restore_latest(data_dir: Path | None = None, backup: Path | None = None) -> Path:
    """Put the newest good backup (or ``backup``) in place of the catalog; return the backup used.

    A catalog that is in the way is set aside first, never overwritten.
    """
    data_dir = _resolve(data_dir)
    source = backup or newest_good_backup(data_dir)
    if source is None:
        raise CatalogError(_("er is geen goede reservekopie van de catalogus"))
    catalog = data_dir / CATALOG_NAME
    if catalog.exists():
        set_aside(catalog, "vervangen")
    _copy(source, catalog)
    logger.warning("catalog restored from backup %s", source.name)
    return source
