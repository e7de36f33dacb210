"""The facade the CLI and the window use: a library, its catalog and its search index.

``Workspace`` loads a library incrementally. Files whose size and modification time match the
catalog are taken from the catalog's cache; changed files are parsed again; the whole-library
checks always run. The search index is then synced document by document.

Thread rule (after calibre's ``db/cache.py``): any thread may call the workspace. The catalog
gives each thread its own SQLite connection (opened lazily through ``threading.local``, WAL
mode, one ``BEGIN IMMEDIATE`` transaction per write), and the workspace's own state (the loaded
library and the index objects) changes only under ``Workspace.lock``; each search index
serialises its writers and readers with its own lock. The window runs searches on one worker
and slow jobs (index builds, exports) on another, so a search never queues behind a job.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import stat
import sys
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from goedwerk.core.content import library_cache
from goedwerk.core.content.loader import (
    Entry,
    ParsedFile,
    assemble,
    content_entries,
    content_files,
    parse_file,
    read_entry,
)
from goedwerk.core.errors import GoedWerkError, NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import Library, Pack, Problem, SearchResult
from goedwerk.core.packs.operations import duplicate, new_pack
from goedwerk.core.packs.packfile import read_pack_file, write_pack_file
from goedwerk.core.reflections.journal import JOURNAL_NAME
from goedwerk.core.reflections.store import ReflectionStore
from goedwerk.core.search.library_index import Progress, SearchIndex, SyncReport
from goedwerk.core.store import catalog as catalog_mod
from goedwerk.core.store.catalog import CATALOG_NAME, Catalog

logger = logging.getLogger(__name__)

APP_NAME = "goedwerk"


def bundled_library() -> Path:
    """The library folder shipped with the app (``stories/``)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "stories"
    return Path(__file__).resolve().parents[3] / "stories"


def default_data_dir() -> Path:
    """``$GOEDWERK_DATA_DIR`` or the per-user data directory of the platform."""
    env = os.environ.get("GOEDWERK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the owner only.

    An existing folder only loses the group's and others' bits: a folder the user made
    read-only (0500) stays read-only, and a read-only filesystem is no error.
    """
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(mode & 0o700)
    except OSError:  # e.g. a read-only filesystem, or one without permissions
        logger.debug("could not restrict permissions of %s", path)


def is_read_only(folder: Path) -> bool:
    """True when this process cannot write in ``folder`` (permissions or a read-only mount)."""
    return folder.is_dir() and not os.access(folder, os.W_OK)


def library_key(root: Path) -> str:
    """A short stable key for a library folder, used to keep its catalog rows and index apart."""
    return hashlib.blake2b(str(root.resolve()).encode(), digest_size=8).hexdigest()


@dataclass
class LoadReport:
    """What ``Workspace.load`` found: which files were parsed anew or disappeared."""

    parsed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    cached: int = 0


class Workspace:
    """A library folder together with the catalog and index in a data directory."""

    def __init__(self, library_dir: Path | None = None, data_dir: Path | None = None) -> None:
        self.library_dir = (library_dir or bundled_library()).resolve()
        if not self.library_dir.is_dir():
            raise NotFoundError(_("bibliotheekmap {path} bestaat niet").format(path=self.library_dir))
        self.data_dir = (data_dir or default_data_dir()).expanduser().resolve()
        ensure_private_dir(self.data_dir)
        self.read_only = is_read_only(self.data_dir)  # browse and search; writing says why not
        self.key = library_key(self.library_dir)
        self.catalog = Catalog(self.data_dir / CATALOG_NAME, read_only=self.read_only)
        self._scratch: Path | None = None
        self._library: Library | None = None
        self._index: SearchIndex | None = None
        self.last_load = LoadReport()
        self.fingerprint: str | None = None
        self.lock = threading.RLock()  # guards _library, _index and fingerprint (the thread rule)
        self.replayed = self._replay_journal()

    def _replay_journal(self) -> int:
        """Save the reflections a crash or a busy catalog left in the journal; return how many."""
        if not (self.data_dir / JOURNAL_NAME).exists():
            return 0
        store = ReflectionStore(self.catalog)
        try:
            return store.journal.replay(store)
        except GoedWerkError as exc:  # busy or full: the journal keeps them for the next start
            logger.warning("reflections journal not replayed yet: %s", exc)
            return 0

    @property
    def index_dir(self) -> Path:
        """Where this library's search index lives (a private temporary folder when read-only)."""
        if not self.read_only:
            return self.data_dir / "index" / self.key
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="goedwerk-index-"))
        return self._scratch / "index" / self.key

    @property
    def library(self) -> Library:
        """The loaded library (loading it on first use)."""
        library = self._library
        if library is None:
            library = self.load()
        return library

    @property
    def library_cache_path(self) -> Path:
        """Where the whole loaded library is cached for unchanged starts."""
        return self.index_dir.parent / f"{self.key}.library.json"

    def load(self) -> Library:
        """Load the library, reusing the catalog's cache for unchanged files."""
        with self.lock:
            return self._load()

    def _load(self) -> Library:
        library = self._load_unchanged()
        if library is None:
            library = self._load_files()
            library_cache.save(self.library_cache_path, self.fingerprint or "", library)
        self._library = library
        if self._index is not None:
            self._index.library = library
        return library

    def _load_unchanged(self) -> Library | None:
        """The cached library when no file was added, removed or touched since it was saved."""
        known = self.catalog.file_hashes(self.key)
        root = str(self.library_dir)
        current = {rel: kind for kind, rel in content_entries(self.library_dir)}
        if not known or set(known) != set(current):
            return None
        for rel, kind in current.items():
            try:
                stat = os.stat(os.path.join(root, rel))
            except OSError:  # gone or unreadable since: parse again, which reports it
                return None
            if known[rel][:3] != (kind, stat.st_size, stat.st_mtime_ns):
                return None
        self.fingerprint = library_cache.fingerprint((p, row[3]) for p, row in known.items())
        library = library_cache.load(self.library_cache_path, self.fingerprint, self.library_dir)
        if library is not None:
            self.last_load = LoadReport(cached=len(current))
        return library

    def _load_files(self) -> Library:
        """Parse changed files, take the others from the catalog, check the whole library."""
        records = self.catalog.file_records(self.key)
        report = LoadReport()
        parsed: list[ParsedFile] = []
        rows: list[dict[str, Any]] = []
        seen: set[str] = set()
        for kind, path in content_files(self.library_dir):
            rel = path.relative_to(self.library_dir).as_posix()
            seen.add(rel)
            pfile, row = self._parse_cached(kind, path, records.get(rel))
            parsed.append(pfile)
            if row is None:
                report.cached += 1
            else:
                rows.append({"path": rel, **row})
                report.parsed.append(rel)
        report.removed = sorted(set(records) - seen)
        library = assemble(self.library_dir, parsed)
        if (rows or report.removed) and not self.read_only:
            self.catalog.store_content(self.key, rows, report.removed, _item_rows(library))
        hashes = {path: record["sha"] for path, record in records.items() if path in seen}
        hashes.update({row["path"]: row["sha"] for row in rows})
        self.fingerprint = library_cache.fingerprint(hashes.items())
        self.last_load = report
        return library

    def _parse_cached(self, kind: str, path: Path, record: dict | None) -> tuple[ParsedFile, dict | None]:
        raw, failed = read_entry(self.library_dir, kind, path)
        if failed is not None:  # reported every time, never cached
            return failed, None
        stat = path.stat()
        if (
            record
            and record["kind"] == kind
            and record["size"] == stat.st_size
            and record["mtime_ns"] == stat.st_mtime_ns
        ):
            return _from_json(record["parsed"]), None
        raw = raw or b""
        sha = hashlib.blake2b(raw, digest_size=16).hexdigest()
        if record and record["kind"] == kind and record["sha"] == sha:
            pfile = _from_json(record["parsed"])
        else:
            pfile = parse_file(self.library_dir, kind, raw, path)
        row = {
            "kind": kind,
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
            "sha": sha,
            "parsed": catalog_mod.dumps(_to_json(pfile)),
        }
        return pfile, row

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Everything wrong with the library's files."""
        return self.library.problems

    def index(self, progress: Progress | None = None) -> SearchIndex:
        """The search index, synced with the library (built on first use)."""
        with self.lock:
            if self._index is None:
                index = SearchIndex(self.index_dir, self.library)
                report = index.sync(progress=progress, fingerprint=self.fingerprint)
                self._index = index
                if report.changed:
                    logger.info("search index %s: %s", self.index_dir, report)
            return self._index

    def reindex(self, progress: Progress | None = None) -> SyncReport:
        """Reload the library and rebuild its index from scratch."""
        with self.lock:
            self.load()
            if self._index is None:
                self._index = SearchIndex(self.index_dir, self.library)
            index, fingerprint = self._index, self.fingerprint
        return index.rebuild(progress, fingerprint)

    def search(
        self,
        text: str,
        filters: dict[str, Iterable[str] | str] | None = None,
        limit: int = 20,
        facets: bool = False,
        prefix_last: bool = False,
        count: bool = True,
    ) -> SearchResult:
        """Search the library; see ``SearchIndex.search``."""
        return self.index().search(
            text, filters, limit=limit, facets=facets, prefix_last=prefix_last, count=count
        )

    # -- the user's own data -------------------------------------------------------------------

    def set_favourite(self, kind: str, item_id: str, on: bool) -> None:
        """Mark or unmark a favourite."""
        self.catalog.set_favourite(self.key, kind, item_id, on)

    def favourites(self) -> list[tuple[str, str]]:
        """Favourite items that still exist, newest first."""
        return [k for k in self.catalog.favourites(self.key) if self.library.get(*k)]

    def mark_opened(self, kind: str, item_id: str) -> None:
        """Remember that an item was read."""
        self.catalog.mark_opened(self.key, kind, item_id)

    def recent(self, limit: int = 15) -> list[tuple[str, str]]:
        """Recently read items that still exist, most recent first."""
        return [k for k in self.catalog.recent(self.key, limit) if self.library.get(*k)]

    def close(self) -> None:
        """Close index and catalog (and remove a read-only workspace's temporary index)."""
        if self._index is not None:
            self._index.close()
        self.catalog.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    # -- session packs (stored per data directory, items refer to this library) ---------------

    def new_pack(self, title: str = "", format_id: str | None = None) -> Pack:
        """Create and store a pack, blank or with the blocks of the session format ``format_id``."""
        fmt = None
        if format_id is not None:
            fmt = self.library.format(format_id)
            if fmt is None:
                raise NotFoundError(_("werkvorm '{id}' bestaat niet").format(id=format_id))
        return self.catalog.save_pack(new_pack(title, fmt))

    def save_pack(self, pack: Pack) -> Pack:
        """Store ``pack`` (insert or replace); return it with its new modified time."""
        return self.catalog.save_pack(pack)

    def pack(self, pack_id: str) -> Pack:
        """The stored pack ``pack_id``; raise ``NotFoundError`` when there is none."""
        return self.catalog.get_pack(pack_id)

    def packs(self) -> list[Pack]:
        """All stored packs by date (undated last), then title."""
        return self.catalog.list_packs()

    def delete_pack(self, pack_id: str) -> Pack:
        """Delete a pack and return it, so that ``restore_pack`` can undo the deletion."""
        return self.catalog.delete_pack(pack_id)

    def restore_pack(self, pack: Pack) -> Pack:
        """Store a deleted pack again exactly as it was."""
        return self.catalog.save_pack(pack, touch=False)

    def duplicate_pack(self, pack: Pack, title: str | None = None) -> Pack:
        """Store a copy of ``pack`` under a new id (title "<title> (kopie)" by default)."""
        return self.catalog.save_pack(duplicate(pack, title))

    def import_pack_file(self, path: Path) -> Pack:
        """Read, validate and store a ``*.pack.yaml`` file; nothing is stored when it is bad."""
        return self.catalog.save_pack(read_pack_file(path, self.library))

    def export_pack_file(self, pack: Pack, path: Path) -> None:
        """Write ``pack`` as a ``*.pack.yaml`` file, atomically."""
        write_pack_file(pack, path)


def _to_json(pfile: ParsedFile) -> dict[str, Any]:
    return {
        "path": pfile.path,
        "kind": pfile.kind,
        "entries": [asdict(e) for e in pfile.entries],
        "problems": [asdict(p) for p in pfile.problems],
    }


def _from_json(text: str) -> ParsedFile:
    data = json.loads(text)
    return ParsedFile(
        data["path"],
        data["kind"],
        [Entry(**e) for e in data["entries"]],
        [Problem(**p) for p in data["problems"]],
    )


def _item_rows(library: Library) -> list[dict[str, Any]]:
    rows = []
    for item in (*library.stories, *library.values, *library.questions):
        data = asdict(item)
        rows.append(
            {
                "kind": str(item.kind),
                "id": item.id,
                "title": item.title,
                "path": getattr(item, "path", ""),
                "data": catalog_mod.dumps(data),
            }
        )
    return rows
