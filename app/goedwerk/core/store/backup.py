"""Backups of the catalog: an integrity check and a rotating copy at every start.

``check_and_backup`` runs before the catalog is opened. A healthy catalog is copied with
SQLite's online backup API into ``<data dir>/backups`` (the newest ``KEEP`` copies stay). A
catalog that fails ``PRAGMA integrity_check`` is set aside (renamed, never deleted, with its
``-wal`` and ``-shm`` files) and the report names the newest good backup, which
``restore_latest`` puts back. Messages for the user come from ``BackupReport.message``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from goedwerk.core.errors import CatalogError
from goedwerk.core.i18n import _
from goedwerk.core.paths import default_data_dir, ensure_private_dir
from goedwerk.core.store.catalog import CATALOG_NAME
from goedwerk.core.store.snapshot import BACKUP_DIR, copy_database

logger = logging.getLogger(__name__)

KEEP = 7
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
    """Copy ``catalog`` with SQLite's backup API into the backups folder; keep the newest ``keep``."""
    folder = backup_dir(data_dir)
    ensure_private_dir(folder)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{_PREFIX}{stamp}{_SUFFIX}"
    _copy(catalog, target)
    for old in backups(data_dir)[keep:]:
        old.unlink()
        logger.info("old catalog backup %s removed", old.name)
    return target


_copy = copy_database


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
