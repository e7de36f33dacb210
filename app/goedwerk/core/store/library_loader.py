"""Loading a library through the cache of parsed files (the workspace's ``load``).

The catalog knows each file's size, modification time and content hash; the parsed library
lives in one place, the library cache (``content.library_cache``). When no file was added,
removed or touched, the whole library comes from that cache; when only a few stories were
edited (same file, same id), the cached library is taken with just those stories parsed and
checked again (``assembly.with_stories_replaced``). Otherwise files whose size and modification
time match the catalog take their parse from the cache, changed files are parsed again, and
the whole-library checks run.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from goedwerk.core.content import library_cache
from goedwerk.core.content.assembly import assemble, with_stories_replaced
from goedwerk.core.content.loader import (
    Entry,
    ParsedFile,
    content_entries,
    content_files,
    parse_file,
    read_entry,
)
from goedwerk.core.content.parallel_parse import ParseJob, parse_files
from goedwerk.core.model import Library, Problem
from goedwerk.core.store.catalog import Catalog, dumps


@dataclass
class LoadReport:
    """What ``Workspace.load`` found: which files were parsed anew or disappeared.

    Paths of the first source are relative to it; those of the other sources start with
    their folder's name. ``missing`` names the sources that could not be read.
    """

    parsed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    cached: int = 0
    missing: list[str] = field(default_factory=list)
    # set when only these items changed since ``previous`` (the fingerprint the cache was for)
    changed_refs: frozenset[str] | None = None
    previous: str | None = None
    # False when the library came from the cache without looking at its files (a quick start)
    checked: bool = True


@dataclass(frozen=True)
class LoadSource:
    """One folder to load: its catalog key, its root and the source id its items carry."""

    key: str
    root: Path
    origin: str


class LibraryLoader:
    """One load of the library from its sources (catalog rows under each source's key).

    The first source is the library proper (its root is the library's root); a later source
    holding an id the earlier ones have loses, and the whole-library check reports it.
    """

    def __init__(self, catalog: Catalog, sources: list[LoadSource], cache_path: Path) -> None:
        self.catalog, self.cache_path = catalog, cache_path
        self.sources = [s for s in sources if s is sources[0] or s.root.is_dir()]
        self.library_dir = sources[0].root
        self.report = LoadReport(missing=[s.origin for s in sources if s not in self.sources])
        self.fingerprint: str | None = None
        self.parsed: library_cache.ParsedFiles = {}  # every file's parse, saved with the library

    def load(self) -> Library:
        """The library, from the whole-library cache when nothing changed, else file by file."""
        library = self._load_unchanged()
        if library is None:
            cached = library_cache.load_parsed(self.cache_path)
            library = self._load_files(cached)
            library_cache.save(self.cache_path, self.fingerprint or "", library)
            library_cache.save_parsed(self.cache_path, self.parsed)
        return library

    def _label(self, source: LoadSource, rel: str) -> str:
        return rel if source is self.sources[0] else f"{source.root.name}/{rel}"

    def _order(self) -> tuple[str, str]:
        """The sources in order, as one more fingerprint entry: moving a folder changes who wins."""
        return ("\0sources", "\n".join(s.origin for s in self.sources))

    def load_last(self) -> Library | None:
        """The library the cache holds, without listing or reading any file (None without a
        usable cache). ``files_fingerprint`` tells afterwards whether the files still match it."""
        stored = library_cache.stored_fingerprint(self.cache_path)
        library = None if stored is None else library_cache.load(self.cache_path, stored, self.library_dir)
        if library is not None:
            self.fingerprint = stored
            self.report = LoadReport(missing=self.report.missing, checked=False)
        return library

    def files_fingerprint(self) -> str | None:
        """The library's fingerprint as its files are now, when the catalog knows every one of
        them as it is (none added, removed or touched); else None, and a load has work to do."""
        scan = self._scan()
        return None if scan is None or scan[1] else scan[3]

    def _scan(self) -> tuple[list[tuple[str, str]], list[tuple[LoadSource, str, str]], int, str] | None:
        """What the catalog knows of the files as they are: their hashes, the story files
        touched since (at most ``MAX_EDITED``), how many there are and the fingerprint; None when
        a file was added or removed or another kind of file was touched."""
        hashes: list[tuple[str, str]] = []
        touched: list[tuple[LoadSource, str, str]] = []
        count = 0
        for source in self.sources:
            known = self.catalog.file_hashes(source.key)
            root = str(source.root)
            current = {rel: kind for kind, rel in content_entries(source.root)}
            if set(known) != set(current) or (not known and source is self.sources[0]):
                return None
            for rel, kind in current.items():
                try:
                    stat = os.stat(os.path.join(root, rel))
                except OSError:  # gone or unreadable since: parse again, which reports it
                    return None
                if known[rel][:3] != (kind, stat.st_size, stat.st_mtime_ns):
                    if kind != "story" or len(touched) >= MAX_EDITED:
                        return None
                    touched.append((source, rel, kind))
            hashes.extend((self._label(source, p), row[3]) for p, row in known.items())
            count += len(current)
        return hashes, touched, count, library_cache.fingerprint([*hashes, self._order()])

    def _load_unchanged(self) -> Library | None:
        """The cached library when no file was added, removed or touched since it was saved,
        or when only a few stories were edited (then with those parsed again)."""
        scan = self._scan()
        if scan is None:
            return None
        hashes, touched, count, self.fingerprint = scan
        library = library_cache.load(self.cache_path, self.fingerprint, self.library_dir)
        if library is not None and touched:
            return self._load_edited(library, touched, dict(hashes), count)
        if library is not None:
            self.report = LoadReport(cached=count, missing=self.report.missing)
        return library

    def _load_edited(
        self, library: Library, touched: list[tuple[LoadSource, str, str]], hashes: dict[str, str], count: int
    ) -> Library | None:
        """The cached ``library`` with the ``touched`` story files parsed and checked again."""
        rows: dict[str, list[dict[str, Any]]] = {}
        parsed: list[ParsedFile] = []
        for source, rel, kind in touched:
            path = source.root / rel
            raw, failed = read_entry(source.root, kind, path)
            if failed is not None:
                return None
            stat = path.stat()
            sha = hashlib.blake2b(raw or b"", digest_size=16).hexdigest()
            pfile = parse_file(source.root, kind, raw or b"", path)
            parsed.append(pfile)
            row = {"path": rel, "kind": kind, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha": sha}
            rows.setdefault(source.key, []).append(row)  # its earlier parse no longer matches
            hashes[self._label(source, rel)] = sha
        edited = with_stories_replaced(library, parsed)
        if edited is None:
            return None
        if not self.catalog.read_only:
            for key, changed in rows.items():
                self.catalog.store_content(key, changed, [])
        previous = self.fingerprint
        self.fingerprint = library_cache.fingerprint([*hashes.items(), self._order()])  # as a start does
        library_cache.save(self.cache_path, self.fingerprint, edited)
        refs = frozenset(f"{e.kind}:{e.data['id']}" for pfile in parsed for e in pfile.entries)
        labels = [self._label(source, rel) for source, rel, _kind in touched]
        self.report = LoadReport(labels, [], count - len(touched), self.report.missing, refs, previous)
        return edited

    def _load_files(self, cached: library_cache.ParsedFiles) -> Library:
        """Parse changed files, take the others' parse from ``cached``, check the whole library."""
        parsed: list[ParsedFile] = []
        origins: dict[tuple[str, str], str] = {}
        hashes: list[tuple[str, str]] = []
        for source in self.sources:
            files = self._load_source(source, hashes, cached)
            parsed.extend(files)
            for pfile in files:
                for entry in pfile.entries:
                    if entry.kind in _ITEM_KINDS:
                        origins.setdefault((entry.kind, entry.data["id"]), source.origin)
        library = assemble(self.library_dir, parsed)
        first = self.sources[0].origin
        kept = tuple((kind, item_id, o) for (kind, item_id), o in origins.items() if o != first)
        self.fingerprint = library_cache.fingerprint([*hashes, self._order()])
        return replace(library, origins=kept)

    def _load_source(
        self, source: LoadSource, hashes: list[tuple[str, str]], cached: library_cache.ParsedFiles
    ) -> list[ParsedFile]:
        """The parsed files of one source, from the cache where unchanged; the files to parse
        anew are parsed together at the end (in processes when there are many)."""
        records = self.catalog.file_records(source.key)
        found: list[tuple[str, str, _Parse]] = []
        seen: set[str] = set()
        for kind, path in content_files(source.root):
            rel = path.relative_to(source.root).as_posix()
            seen.add(rel)
            key, record = f"{source.key}/{rel}", records.get(rel)
            hit = cached.get(key)
            text = hit[1] if hit is not None and record is not None and hit[0] == record["sha"] else None
            found.append((rel, key, self._parse_cached(source.root, kind, path, record, text)))
        jobs = [job for _rel, _key, (_p, _row, _text, job) in found if job is not None]
        fresh = iter(parse_files(jobs))
        parsed: list[ParsedFile] = []
        rows: list[dict[str, Any]] = []
        for rel, key, (pfile, row, text, job) in found:
            if job is not None:
                pfile = next(fresh)
                text = dumps(_to_json(pfile))
            parsed.append(pfile)  # type: ignore[arg-type]
            if text is not None:
                self.parsed[key] = (row["sha"] if row else records[rel]["sha"], text)
            if row is None:
                self.report.cached += 1
                record = records.get(rel)
                hashes.append((self._label(source, rel), record["sha"] if record else "unreadable"))
            else:
                rows.append({"path": rel, **row})
                self.report.parsed.append(self._label(source, rel))
                hashes.append((self._label(source, rel), row["sha"]))
        removed = sorted(set(records) - seen)
        self.report.removed.extend(self._label(source, rel) for rel in removed)
        if (rows or removed) and not self.catalog.read_only:
            self.catalog.store_content(source.key, rows, removed)
        return parsed

    def _parse_cached(
        self, root: Path, kind: str, path: Path, record: dict | None, text: str | None
    ) -> _Parse:
        """The file's parse (or the job that makes it), a new catalog row when it changed, and
        the parse as JSON.

        ``text`` is the cached parse of the content the catalog ``record`` describes.
        """
        try:
            stat = path.stat()
        except OSError:
            stat = None
        if (
            stat is not None
            and record
            and text is not None
            and record["kind"] == kind
            and record["size"] == stat.st_size
            and record["mtime_ns"] == stat.st_mtime_ns
            and os.access(path, os.R_OK)
        ):
            return _from_json(text), None, text, None
        raw, failed = read_entry(root, kind, path)
        if failed is not None:  # reported every time, never cached
            return failed, None, None, None
        raw = raw or b""
        stat = stat or path.stat()
        sha = hashlib.blake2b(raw, digest_size=16).hexdigest()
        row = {"kind": kind, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha": sha}
        if text is not None and record and record["kind"] == kind and record["sha"] == sha:
            return _from_json(text), row, text, None
        return None, row, None, (root, kind, raw, path)


# a file's parse (None while a job), its new catalog row (None: unchanged), its parse as JSON,
# and the parse still to do
_Parse = tuple[ParsedFile | None, dict[str, Any] | None, str | None, ParseJob | None]
_ITEM_KINDS = ("story", "value", "question", "guide")
MAX_EDITED = 20  # more edited stories than this load file by file, with every check


def _to_json(pfile: ParsedFile) -> dict[str, Any]:
    return {
        "path": pfile.path,
        "kind": pfile.kind,
        "entries": [_fields(e) for e in pfile.entries],
        "problems": [_fields(p) for p in pfile.problems],
    }


def _fields(item: Entry | Problem) -> dict[str, Any]:
    """The fields of an entry or problem as a dict; ``asdict`` without its deep copy (a fifth
    of a first load went to copying every parsed file's fields just to write them as JSON)."""
    return {f.name: getattr(item, f.name) for f in fields(item)}


def _from_json(text: str) -> ParsedFile:
    data = json.loads(text)
    return ParsedFile(
        data["path"],
        data["kind"],
        [Entry(**e) for e in data["entries"]],
        [Problem(**p) for p in data["problems"]],
    )
