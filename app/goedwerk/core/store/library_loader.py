"""Loading a library through the catalog's cache of parsed files (the workspace's ``load``).

Files whose size and modification time match the catalog are taken from its cache; changed
files are parsed again; the whole-library checks always run. When no file was added, removed
or touched, the whole library comes from one cache file instead (``content.library_cache``).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from goedwerk.core.content import library_cache
from goedwerk.core.content.assembly import assemble
from goedwerk.core.content.loader import (
    Entry,
    ParsedFile,
    content_entries,
    content_files,
    parse_file,
    read_entry,
)
from goedwerk.core.model import Library, Problem
from goedwerk.core.store.catalog import Catalog, dumps


@dataclass
class LoadReport:
    """What ``Workspace.load`` found: which files were parsed anew or disappeared."""

    parsed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    cached: int = 0


class LibraryLoader:
    """One load of the library at ``library_dir`` (catalog rows under ``key``)."""

    def __init__(self, catalog: Catalog, key: str, library_dir: Path, cache_path: Path) -> None:
        self.catalog, self.key, self.library_dir, self.cache_path = catalog, key, library_dir, cache_path
        self.report = LoadReport()
        self.fingerprint: str | None = None

    def load(self) -> Library:
        """The library, from the whole-library cache when nothing changed, else file by file."""
        library = self._load_unchanged()
        if library is None:
            library = self._load_files()
            library_cache.save(self.cache_path, self.fingerprint or "", library)
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
        library = library_cache.load(self.cache_path, self.fingerprint, self.library_dir)
        if library is not None:
            self.report = LoadReport(cached=len(current))
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
        if (rows or report.removed) and not self.catalog.read_only:
            self.catalog.store_content(self.key, rows, report.removed)
        hashes = {path: record["sha"] for path, record in records.items() if path in seen}
        hashes.update({row["path"]: row["sha"] for row in rows})
        self.fingerprint = library_cache.fingerprint(hashes.items())
        self.report = report
        return library

    def _parse_cached(self, kind: str, path: Path, record: dict | None) -> tuple[ParsedFile, dict | None]:
        try:
            stat = path.stat()
        except OSError:
            stat = None
        if (
            stat is not None
            and record
            and record["kind"] == kind
            and record["size"] == stat.st_size
            and record["mtime_ns"] == stat.st_mtime_ns
            and os.access(path, os.R_OK)
        ):
            return _from_json(record["parsed"]), None
        raw, failed = read_entry(self.library_dir, kind, path)
        if failed is not None or stat is None:  # reported every time, never cached
            return failed or read_entry(self.library_dir, "unreadable", path)[1], None
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
            "parsed": dumps(_to_json(pfile)),
        }
        return pfile, row


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
