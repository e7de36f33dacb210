"""The reflections' own Whoosh index, in ``<data dir>/reflections-index``.

It is separate from the library's index and never mixed with it: reflections are the user's
data, the library is bundled content. The catalog is the source of truth; ``sync`` brings the
index in line with the stored reflections and rebuilds it from scratch (with a log line) when
it is missing, unreadable or holds the wrong documents.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.qparser import AndGroup, FieldsPlugin, MultifieldParser

from goedwerk.core.errors import SearchError
from goedwerk.core.i18n import _
from goedwerk.core.paths import ensure_private_dir
from goedwerk.core.reflections.store import Labels, Reflection, heading
from goedwerk.core.search.analysis import dutch_analyzer, plain_analyzer
from goedwerk.core.search.index_state import open_checked, read_state, write_state

logger = logging.getLogger(__name__)

INDEX_DIR = "reflections-index"
STATE_FILE = "reflections-state.json"
SCHEMA_VERSION = 1
_SEARCH_FIELDS = ["title", "body", "tags", "plain"]


def index_dir(data_dir: Path) -> Path:
    """Where the reflections index of a data directory lives."""
    return Path(data_dir) / INDEX_DIR


def make_schema() -> Schema:
    """Dutch text fields for the prompts and actions, keywords for the tags."""
    return Schema(
        docid=ID(unique=True, stored=True),
        pack_id=ID(stored=True),
        title=TEXT(analyzer=dutch_analyzer(), stored=True, field_boost=2.0),
        body=TEXT(analyzer=dutch_analyzer(), stored=True),
        tags=TEXT(analyzer=dutch_analyzer(), field_boost=1.5),
        plain=TEXT(analyzer=plain_analyzer()),
        themes=KEYWORD(commas=True, stored=True),
        values=KEYWORD(commas=True, stored=True),
    )


def document(reflection: Reflection, labels: Labels) -> dict[str, str]:
    """The index document of one reflection."""
    tags = [labels.theme(t) for t in reflection.themes] + [labels.value(v) for v in reflection.values]
    body = reflection.text()
    return {
        "docid": reflection.id,
        "pack_id": reflection.pack_id or "",
        "title": heading(reflection),
        "body": body,
        "tags": ", ".join(tags),
        "plain": f"{heading(reflection)}\n{body}\n{', '.join(tags)}",
        "themes": ",".join(reflection.themes),
        "values": ",".join(reflection.values),
    }


def _signature(doc: dict[str, str]) -> str:
    return hashlib.blake2b(json.dumps(doc, sort_keys=True).encode(), digest_size=12).hexdigest()


@dataclass(frozen=True)
class ReflectionHit:
    """A reflection that matched a search, with its rank score."""

    id: str
    score: float


class ReflectionIndex:
    """The Whoosh index of the reflections of one data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.directory = index_dir(data_dir)
        self._ix: whoosh_index.Index | None = None
        self.rebuilt = 0

    def sync(self, reflections: Sequence[Reflection], labels: Labels) -> bool:
        """Bring the index in line with ``reflections``; True when anything was written."""
        docs = {r.id: document(r, labels) for r in reflections}
        wanted = {docid: _signature(doc) for docid, doc in docs.items()}
        state = self._read_state()
        ix = self._open_existing(state)
        if ix is None or state is None:
            self._rebuild(docs, wanted)
            return True
        have = state["docs"]
        stale = [d for d in have if d not in wanted]
        todo = [d for d, sig in wanted.items() if have.get(d) != sig]
        if not stale and not todo:
            return False
        try:
            self._write(ix, docs, todo, stale, wanted)
        except Exception as exc:  # a damaged segment shows up on writing too
            logger.warning("reflections index %s failed to update (%s); rebuilding", self.directory, exc)
            self._rebuild(docs, wanted)
        return True

    def search(self, text: str, limit: int | None = None) -> list[ReflectionHit]:
        """Reflections matching ``text``, best first (``sync`` must have run)."""
        if self._ix is None:
            raise SearchError(_("de zoekindex van de reflecties is nog niet geopend"))
        parser = MultifieldParser(_SEARCH_FIELDS, self._ix.schema, group=AndGroup)
        parser.remove_plugin_class(FieldsPlugin)
        query = parser.parse(text)
        with self._ix.searcher() as searcher:
            results = searcher.search(query, limit=limit)
            return [ReflectionHit(hit["docid"], round(float(hit.score), 4)) for hit in results]

    def search_synced(
        self, text: str, reflections: Sequence[Reflection], labels: Labels
    ) -> list[ReflectionHit]:
        """Sync, then search; an index that breaks while searching is rebuilt once."""
        self.sync(reflections, labels)
        try:
            return self.search(text)
        except SearchError:
            raise
        except Exception as exc:  # Whoosh raises many kinds of errors on a damaged index
            logger.warning("reflections index %s is damaged (%s); rebuilding", self.directory, exc)
            docs = {r.id: document(r, labels) for r in reflections}
            self._rebuild(docs, {d: _signature(doc) for d, doc in docs.items()})
            return self.search(text)

    def close(self) -> None:
        """Release the index files."""
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    # -- building ------------------------------------------------------------------------------

    def _open_existing(self, state: dict | None) -> whoosh_index.Index | None:
        if self._ix is not None and state is not None:
            return self._ix
        ix = open_checked(self.directory, state, SCHEMA_VERSION, "reflections index", "the catalog")
        if ix is None:
            return None
        self._ix = ix
        return ix

    def _rebuild(self, docs: dict[str, dict], wanted: dict[str, str]) -> None:
        self.close()
        shutil.rmtree(self.directory, ignore_errors=True)
        try:
            ensure_private_dir(self.directory)
            self._ix = whoosh_index.create_in(str(self.directory), make_schema())
        except OSError as exc:
            msg = _("kan de zoekindex van de reflecties niet maken in {path}: {error}")
            raise SearchError(msg.format(path=self.directory, error=exc)) from exc
        self.rebuilt += 1
        logger.info("reflections index %s rebuilt with %d reflections", self.directory, len(docs))
        self._write(self._ix, docs, list(docs), [], wanted)

    def _write(
        self,
        ix: whoosh_index.Index,
        docs: dict[str, dict],
        todo: list[str],
        stale: list[str],
        wanted: dict[str, str],
    ) -> None:
        writer = ix.writer(timeout=10.0)
        try:
            for docid in stale:
                writer.delete_by_term("docid", docid)
            for docid in todo:
                writer.update_document(**docs[docid])
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        self._write_state(wanted)
        self._restrict()

    def _read_state(self) -> dict | None:
        return read_state(self.directory / STATE_FILE)

    def _write_state(self, docs: dict[str, str]) -> None:
        write_state(self.directory / STATE_FILE, {"schema": SCHEMA_VERSION, "docs": docs})

    def _restrict(self) -> None:
        """Owner-only permissions for everything in the index folder."""
        for path in self.directory.iterdir():
            try:
                path.chmod(0o600 if path.is_file() else 0o700)
            except OSError:  # e.g. a lock file that was removed meanwhile
                logger.debug("could not restrict permissions of %s", path)
