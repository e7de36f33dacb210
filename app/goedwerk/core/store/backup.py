"""Backups of the catalog: an integrity check at every start and a copy a day for a week.

``check_and_backup`` runs before the catalog is opened. A healthy catalog is copied into
``<data dir>/backups`` holding the user's own data only (packs, reflections, value sorts,
workshop runs, favourites, notes, ...): the content cache is derived from the library files and
left empty in the copy. No copy is made when the user's data equals that of the newest backup;
a day keeps only its newest copy, the newest ``KEEP`` days are kept, and rotation never removes
the last backup that holds user data. A catalog is damaged when it
fails ``PRAGMA integrity_check``, is empty or has no schema, or holds fewer user rows (plus
recorded deletions) than its own newest backup; it is then set aside (renamed, never deleted,
with its ``-wal`` and ``-shm`` files) and the report names the newest good backup, which
``restore_latest`` puts back. A missing catalog whose backups hold user data is reported too.
A full disk or an I/O error is not damage: ``CatalogUnavailableError`` is raised and nothing
is set aside. Messages for the user come from ``BackupReport.message``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from goedwerk.core.errors import CatalogError, CatalogUnavailableError
from goedwerk.core.i18n import _
from goedwerk.core.paths import default_data_dir, ensure_private_dir
from goedwerk.core.store.catalog import CATALOG_NAME, META_TABLE, USER_TABLES, unavailable
from goedwerk.core.store.snapshot import BACKUP_DIR, copy_database

logger = logging.getLogger(__name__)

KEEP = 7  # days with a backup that are kept
DERIVED_TABLES = ("files",)  # the library files' sizes, times and hashes: rebuilt, never backed up
_PREFIX, _SUFFIX = "catalog-", ".sqlite"
_SIDECARS = ("-wal", "-shm")
_ASIDE_LABELS = ("beschadigd", "vervangen")


@dataclass(frozen=True)
class CatalogFacts:
    """What a readable catalog holds: its id, its user rows and how many were deleted."""

    catalog_id: str | None
    rows: int
    removed: int

    @property
    def total(self) -> int:
        """User rows plus recorded deletions: never goes down while the catalog is intact."""
        return self.rows + self.removed


@dataclass(frozen=True)
class BackupReport:
    """What ``check_and_backup`` found and did."""

    catalog: Path
    healthy: bool = True
    problem: str = ""
    missing: bool = False
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
        when = backup_time(self.latest_good).strftime("%d-%m-%Y %H:%M") if self.latest_good else "?"
        if self.missing:
            return _(
                "De catalogus met je pakketten en reflecties ontbreekt, maar er is een reservekopie "
                "van {when}."
            ).format(when=when)
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
            ).format(when=when)
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


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; immutable when the folder is read-only (no -shm can be made)."""
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    return sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True, timeout=10)


def integrity_problem(path: Path) -> str:
    """Empty when ``path`` passes ``PRAGMA integrity_check`` and has a schema; else what is wrong.

    Raises ``CatalogUnavailableError`` when the file cannot be read for another reason than
    damage (a full disk, an I/O error): that is never reported as damage.
    """
    try:
        if path.stat().st_size == 0:
            return _("het bestand is leeg")
        conn = _read_only(path)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        error = unavailable(exc, path.parent)
        if error is not None:
            raise error from exc
        return str(exc)
    answer = "; ".join(str(r[0]) for r in rows[:3])
    if answer != "ok":
        return answer
    return "" if tables else _("het bestand heeft geen tabellen")


def catalog_facts(path: Path) -> CatalogFacts | None:
    """The id, user rows and deletions of a readable catalog; None when it has no such tables."""
    try:
        conn = _read_only(path)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            rows = sum(
                conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in USER_TABLES if t in names
            )
            meta: dict[str, object] = {}
            if META_TABLE in names:
                meta = dict(conn.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())
        finally:
            conn.close()
    except sqlite3.Error as exc:
        logger.warning("could not count the rows of %s: %s", path.name, exc)
        return None
    return CatalogFacts(meta.get("id"), rows, int(meta.get("removed") or 0))  # type: ignore[arg-type]


def lost_rows(path: Path, data_dir: Path) -> str:
    """What the catalog lost compared with its own newest backup (empty when nothing)."""
    facts = catalog_facts(path)
    if facts is None or facts.catalog_id is None:
        return ""
    for backup in backups(data_dir):
        before = catalog_facts(backup)
        if before is None or before.catalog_id != facts.catalog_id:
            continue
        if facts.total < before.total:
            return _(
                "er zijn {n} gegevens minder dan in de reservekopie van {when}, zonder dat ze zijn verwijderd"
            ).format(n=before.total - facts.total, when=backup_time(backup).strftime("%d-%m-%Y %H:%M"))
        return ""
    return ""


def make_backup(catalog: Path, data_dir: Path, keep: int = KEEP, now: datetime | None = None) -> Path:
    """Copy the user's data in ``catalog`` into the backups folder; keep a copy a day for ``keep`` days."""
    folder = backup_dir(data_dir)
    ensure_private_dir(folder)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{_PREFIX}{stamp}{_SUFFIX}"
    copy_database(catalog, target, without_rows_of=DERIVED_TABLES)
    _rotate(data_dir, keep)
    return target


def _rotate(data_dir: Path, keep: int) -> None:
    """Keep the newest backup of each day for the newest ``keep`` days, and the last user data."""
    days: set[str] = set()
    kept: list[Path] = []
    old: list[Path] = []
    for path in backups(data_dir):  # newest first
        day = backup_time(path).date().isoformat()
        if day in days or len(days) >= keep:
            old.append(path)
        else:
            days.add(day)
            kept.append(path)
    if old and not any(_holds_data(path) for path in kept):
        last = next((path for path in old if _holds_data(path)), None)
        old = [path for path in old if path != last]  # never rotate out the last user data
    for path in old:
        path.unlink()
        logger.info("catalog backup %s removed (one a day for %d days)", path.name, keep)


def _holds_data(path: Path) -> bool:
    facts = catalog_facts(path)
    return facts is not None and facts.rows > 0


def user_data_digest(path: Path) -> str:
    """A hash of the user's own data in a catalog or backup (empty when unreadable)."""
    digest = hashlib.blake2b(digest_size=16)
    try:
        conn = _read_only(path)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            for table in (*USER_TABLES, META_TABLE):
                if table in names:
                    digest.update(table.encode())
                    for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                        digest.update(repr(row).encode())
        finally:
            conn.close()
    except sqlite3.Error:
        return ""
    return digest.hexdigest()


_copy = copy_database  # owner-only, through a temporary file (store/snapshot.py)


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


def set_aside_catalogs(data_dir: Path) -> list[Path]:
    """Catalogs that were set aside (damaged or replaced), newest first; they stay restorable."""
    folder = Path(data_dir)
    if not folder.is_dir():
        return []
    found = [
        p
        for label in _ASIDE_LABELS
        for p in folder.glob(f"{CATALOG_NAME}.{label}-*")
        if not p.name.endswith(_SIDECARS)
    ]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def newest_good_backup(data_dir: Path) -> Path | None:
    """The newest backup that passes the integrity check."""
    for path in backups(data_dir):
        try:
            problem = integrity_problem(path)
        except CatalogUnavailableError as exc:
            problem = str(exc)
        if not problem:
            return path
        logger.warning("catalog backup %s is damaged too: %s", path.name, problem)
    return None


def diagnose(data_dir: Path | None = None) -> BackupReport:
    """Check the catalog without backing it up; set it aside when it is damaged.

    Raises ``CatalogUnavailableError`` for a full disk or an I/O error (nothing is set aside).
    """
    data_dir = _resolve(data_dir)
    catalog = data_dir / CATALOG_NAME
    if not catalog.exists():
        latest = newest_good_backup(data_dir)
        if latest is not None and _holds_data(latest):
            return BackupReport(catalog, healthy=False, missing=True, latest_good=latest)
        return BackupReport(catalog)
    problem = integrity_problem(catalog) or lost_rows(catalog, data_dir)
    if not problem:
        return BackupReport(catalog)
    logger.error("catalog %s is damaged: %s", catalog, problem)
    aside = set_aside(catalog)
    return BackupReport(
        catalog, healthy=False, problem=problem, set_aside=aside, latest_good=newest_good_backup(data_dir)
    )


def check_and_backup(data_dir: Path | None = None, keep: int = KEEP) -> BackupReport:
    """At start: check the catalog; back it up when healthy, set it aside when damaged.

    Raises ``CatalogUnavailableError`` when the disk is full or the catalog cannot be read.
    """
    data_dir = _resolve(data_dir)
    try:
        ensure_private_dir(data_dir)
    except OSError as exc:
        error = unavailable(exc, data_dir)
        if error is None:
            raise
        raise error from exc
    report = diagnose(data_dir)
    if not report.healthy or not report.catalog.exists():
        return report
    try:
        latest = backups(data_dir)[:1]
        digest = user_data_digest(report.catalog)
        if latest and digest and digest == user_data_digest(latest[0]):
            logger.info("catalog unchanged since backup %s; no new backup", latest[0].name)
            return BackupReport(report.catalog, backup=latest[0])
        return BackupReport(report.catalog, backup=make_backup(report.catalog, data_dir, keep))
    except (OSError, sqlite3.Error) as exc:
        logger.warning("could not back up the catalog: %s", exc)
        return report


def restore_latest(data_dir: Path | None = None, backup: Path | None = None) -> Path:
    """Put the newest good backup (or ``backup``) in place of the catalog; return the backup used.

    A catalog that is in the way is set aside first, never overwritten.
    """
    data_dir = _resolve(data_dir)
    source = backup or newest_good_backup(data_dir)
    if source is None:
        raise CatalogError(_("er is geen goede reservekopie van de catalogus"))
    problem = integrity_problem(source)
    if problem:
        raise CatalogError(_("{name} is beschadigd: {problem}").format(name=source.name, problem=problem))
    catalog = data_dir / CATALOG_NAME
    if catalog.exists():
        set_aside(catalog, "vervangen")
    _copy(source, catalog)
    logger.warning("catalog restored from %s", source.name)
    try:  # the restored catalog is now the newest backup: the next start compares with it
        make_backup(catalog, data_dir)
    except (OSError, sqlite3.Error) as exc:
        logger.warning("could not back up the restored catalog: %s", exc)
    return source
