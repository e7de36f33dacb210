"""One synced-index base for every Whoosh index: documents kept in line by their signatures.

A ``SyncedIndex`` owns a folder with a Whoosh index and a state file (``index_state``) that
maps every document id to a signature of its content. ``sync_documents`` rewrites only the
documents whose signature changed, deletes the ones that went away, and rebuilds the whole
index from scratch (with a log line) when it is missing, unreadable or fails to update.
The library index and the reflection index are the two subclasses.

A rebuild writes the new index beside the old one (``<folder>.new``) and swaps the folders
only at the end, under ``swap_lock``: searches keep answering from the old index meanwhile.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import Schema

from goedwerk.core.errors import SearchError
from goedwerk.core.i18n import _
from goedwerk.core.paths import ensure_private_dir
from goedwerk.core.search.index_state import build_lock, open_checked, read_state, write_state
from goedwerk.core.search.parallel_writer import ParallelWriter

Progress = Callable[[int, int], None]
Docs = dict[str, dict[str, str]]


def signature(doc: dict[str, str]) -> str:
    """A short hash of a document's content (its fields in name order), to tell which changed."""
    digest = hashlib.blake2b(digest_size=12)
    for name in sorted(doc):
        digest.update(f"{name}\x1f{doc[name]}\x1e".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class SyncReport:
    """What a sync did."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    rebuilt: bool = False

    @property
    def changed(self) -> bool:
        """True when the index was written."""
        return self.rebuilt or bool(self.added or self.updated or self.removed)


class SyncedIndex:
    """A Whoosh index in ``directory`` whose documents follow a source (the base of every index)."""

    SCHEMA_VERSION = 1
    STATE_FILE = "state.json"
    LABEL = "index"  # for log lines
    SOURCE = "its source"
    # Passed to Whoosh's ix.writer(). Posting blocks are not zlib-compressed: the index is
    # larger, but building and reading it skip zlib (measured in benchmarks/search.py).
    WRITER_OPTIONS: ClassVar[dict[str, object]] = {"codec": W3Codec(compression=0)}
    # A full build of at least PARALLEL_FROM documents runs in PARALLEL_PROCS spawned processes
    # (``parallel_writer``), with these options for each; incremental writes stay in-process.
    PARALLEL_OPTIONS: ClassVar[dict[str, object] | None] = None
    PARALLEL_PROCS = 2
    PARALLEL_FROM = 1000
    log = logging.getLogger(__name__)

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._ix: whoosh_index.Index | None = None
        self._fingerprint: str | None = None
        self.rebuilt = 0
        self._build_lock = threading.Lock()  # one rebuild at a time

    def swap_lock(self) -> contextlib.AbstractContextManager:
        """Held while the open index changes; a subclass shares it with its searches."""
        return contextlib.nullcontext()

    # -- what a subclass provides -----------------------------------------------------------

    def make_schema(self) -> Schema:
        """The schema of a fresh index."""
        raise NotImplementedError

    def creation_failed(self, exc: OSError) -> SearchError:
        """The error when the index folder cannot be made."""
        return SearchError(
            _("kan de zoekindex niet maken in {path}: {error}").format(path=self.directory, error=exc)
        )

    def after_write(self) -> None:
        """Called after every successful write (e.g. to drop caches)."""

    def documents_written(self, docs: Docs, written: list[str], fresh: bool, directory: Path) -> None:
        """Called after a commit into ``directory`` with the ids of the documents added or rewritten."""

    # -- syncing ------------------------------------------------------------------------------

    def read_state(self) -> dict | None:
        """The state file's content, or None when it is missing or damaged."""
        return read_state(self.directory / self.STATE_FILE)

    def open_existing(self, state: dict | None) -> whoosh_index.Index | None:
        """The index on disk when it matches ``state``, else None."""
        return open_checked(self.directory, state, self.SCHEMA_VERSION, self.LABEL, self.SOURCE)

    def use(self, ix: whoosh_index.Index) -> None:
        """Make ``ix`` the open index (closing another one)."""
        if self._ix is not ix:
            self.close()
            self._ix = ix

    def sync_documents(
        self,
        docs: Docs,
        state: dict | None,
        ix: whoosh_index.Index | None,
        progress: Progress | None = None,
        fingerprint: str | None = None,
    ) -> SyncReport:
        """Bring the index (``ix`` with ``state``, as read) in line with ``docs``."""
        wanted = {docid: signature(doc) for docid, doc in docs.items()}
        self._fingerprint = fingerprint
        if ix is None or state is None:
            return self.rebuild_documents(docs, progress, wanted)
        self.use(ix)
        have = state["docs"]
        stale = [d for d in have if d not in wanted]
        todo = [d for d, sig in wanted.items() if have.get(d) != sig]
        if not stale and not todo:
            if fingerprint is not None and state.get("fingerprint") != fingerprint:
                self._write_state(wanted)
            return SyncReport()
        try:
            self._write(ix, docs, todo, stale, wanted, progress)
        except Exception as exc:  # a damaged segment shows up on writing too
            self.log.warning("%s %s failed to update (%s); rebuilding", self.LABEL, self.directory, exc)
            return self.rebuild_documents(docs, progress, wanted)
        added = sum(1 for d in todo if d not in have)
        return SyncReport(added=added, updated=len(todo) - added, removed=len(stale))

    def update_documents(
        self, docs: Docs, state: dict, ix: whoosh_index.Index, fingerprint: str
    ) -> SyncReport:
        """Rewrite only ``docs``, the documents known to differ from the index ``ix`` with ``state``.

        The caller knows the rest did not change (nothing else is hashed); an error on writing
        raises, and the caller falls back to ``sync_documents``.
        """
        self._fingerprint = fingerprint
        self.use(ix)
        have = state["docs"]
        wanted = dict(have)
        todo = []
        for docid, doc in docs.items():
            wanted[docid] = signature(doc)
            if have.get(docid) != wanted[docid]:
                todo.append(docid)
        if todo:
            self._write(ix, docs, todo, [], wanted, None)
        else:
            self._write_state(wanted)
        added = sum(1 for d in todo if d not in have)
        return SyncReport(added=added, updated=len(todo) - added)

    def rebuild_documents(
        self, docs: Docs, progress: Progress | None = None, wanted: dict[str, str] | None = None
    ) -> SyncReport:
        """Throw the index away and build it anew from ``docs``."""
        wanted = wanted if wanted is not None else {d: signature(doc) for d, doc in docs.items()}
        fresh = self.directory.with_name(self.directory.name + ".new")
        with self._build_lock, build_lock(self.directory):  # threads, then processes, take turns
            shutil.rmtree(fresh, ignore_errors=True)
            try:
                ensure_private_dir(fresh)
                ix = whoosh_index.create_in(str(fresh), self.make_schema())
            except OSError as exc:
                raise self.creation_failed(exc) from exc
            try:
                self._write(ix, docs, list(docs), [], wanted, progress, fresh=True, directory=fresh)
            except Exception as exc:
                if not self._parallel(len(docs)):
                    raise
                self.log.warning("%s: parallel build failed (%s); building in-process", self.LABEL, exc)
                ix.close()
                shutil.rmtree(fresh, ignore_errors=True)
                ensure_private_dir(fresh)
                ix = whoosh_index.create_in(str(fresh), self.make_schema())
                self._write(ix, docs, list(docs), [], wanted, progress, True, fresh, parallel=False)
            finally:
                ix.close()
            with self.swap_lock():
                self.close()
                shutil.rmtree(self.directory, ignore_errors=True)
                os.replace(fresh, self.directory)
                self._ix = whoosh_index.open_dir(str(self.directory))
                self.after_write()
        self.rebuilt += 1
        self.log.info("%s %s rebuilt with %d documents", self.LABEL, self.directory, len(docs))
        return SyncReport(added=len(docs), rebuilt=True)

    def _write(
        self,
        ix: whoosh_index.Index,
        docs: Docs,
        todo: list[str],
        stale: list[str],
        wanted: dict[str, str],
        progress: Progress | None,
        fresh: bool = False,
        directory: Path | None = None,
        parallel: bool = True,
    ) -> None:
        directory = directory or self.directory
        try:
            if fresh and parallel and self._parallel(len(todo)):
                options = {**self.WRITER_OPTIONS, **(self.PARALLEL_OPTIONS or {})}
                writer = ParallelWriter(ix, procs=self.PARALLEL_PROCS, timeout=10.0, **options)
            else:
                writer = ix.writer(timeout=10.0, **self.WRITER_OPTIONS)
        except Exception as exc:
            raise SearchError(_("de zoekindex is bezet of onbruikbaar: {error}").format(error=exc)) from exc
        try:
            for docid in stale:
                writer.delete_by_term("docid", docid)
            total = len(todo)
            for number, docid in enumerate(todo, start=1):
                (writer.add_document if fresh else writer.update_document)(**docs[docid])
                if progress and (number % 50 == 0 or number == total):
                    progress(number, total)
            if fresh:  # while a parallel build's sub-writers still index
                self.documents_written(docs, todo, fresh, directory)
            writer.commit(optimize=fresh)
        except BaseException:
            writer.cancel()
            raise
        if not fresh:
            self.documents_written(docs, todo, fresh, directory)
        self._write_state(wanted, directory)
        self._restrict(directory)
        if not fresh:
            self.after_write()

    def _parallel(self, count: int) -> bool:
        """Whether a full build of ``count`` documents runs in several processes."""
        procs = min(self.PARALLEL_PROCS, os.cpu_count() or 1)
        return self.PARALLEL_OPTIONS is not None and procs > 1 and count >= self.PARALLEL_FROM

    def _write_state(self, docs: dict[str, str], directory: Path | None = None) -> None:
        state = {"schema": self.SCHEMA_VERSION, "fingerprint": self._fingerprint, "docs": docs}
        write_state((directory or self.directory) / self.STATE_FILE, state)

    def _restrict(self, directory: Path) -> None:
        """Owner-only permissions for everything in the index folder."""
        for path in directory.iterdir():
            try:
                path.chmod(0o600 if path.is_file() else 0o700)
            except OSError:  # e.g. a lock file that was removed meanwhile
                self.log.debug("could not restrict permissions of %s", path)

    def close(self) -> None:
        """Release the index files."""
        if self._ix is not None:
            self._ix.close()
            self._ix = None
