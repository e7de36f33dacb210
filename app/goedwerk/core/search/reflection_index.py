"""The reflections' own Whoosh index, in ``<data dir>/reflections-index``.

It is separate from the library's index and never mixed with it: reflections are the user's
data, the library is bundled content. The catalog is the source of truth; ``sync`` brings the
index in line with the stored reflections and rebuilds it from scratch (with a log line) when
it is missing, unreadable or holds the wrong documents.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.qparser import AndGroup, FieldsPlugin, MultifieldParser

from goedwerk.core.errors import SearchError
from goedwerk.core.i18n import _
from goedwerk.core.reflections.harvest import heading
from goedwerk.core.reflections.store import Labels, Reflection
from goedwerk.core.search.analysis import dutch_analyzer
from goedwerk.core.search.synced_index import SyncedIndex

logger = logging.getLogger(__name__)

INDEX_DIR = "reflections-index"
STATE_FILE = "reflections-state.json"
SCHEMA_VERSION = 2
_SEARCH_FIELDS = ["title", "body", "tags"]


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
        "themes": ",".join(reflection.themes),
        "values": ",".join(reflection.values),
    }


@dataclass(frozen=True)
class ReflectionHit:
    """A reflection that matched a search, with its rank score."""

    id: str
    score: float


class ReflectionIndex(SyncedIndex):
    """The Whoosh index of the reflections of one data directory."""

    SCHEMA_VERSION = SCHEMA_VERSION
    STATE_FILE = STATE_FILE
    LABEL = "reflections index"
    SOURCE = "the catalog"
    log = logger

    def __init__(self, data_dir: Path) -> None:
        super().__init__(index_dir(data_dir))
        self._synced: tuple | None = None  # what the open index was last synced with

    def make_schema(self) -> Schema:
        """The reflections schema (see ``make_schema``)."""
        return make_schema()

    def creation_failed(self, exc: OSError) -> SearchError:
        """The error when the index folder cannot be made."""
        msg = _("kan de zoekindex van de reflecties niet maken in {path}: {error}")
        return SearchError(msg.format(path=self.directory, error=exc))

    def open_existing(self, state: dict | None) -> whoosh_index.Index | None:
        """The open index while the state is readable, else the one on disk when it matches."""
        if self._ix is not None and state is not None:
            return self._ix
        return super().open_existing(state)

    def sync(self, reflections: Sequence[Reflection], labels: Labels) -> bool:
        """Bring the index in line with ``reflections``; True when anything was written.

        Every saved reflection gets a new modified time, so when the ids, times and labels
        are those of the last sync of the open index, nothing is read or hashed again (the
        harvest syncs before every search).
        """
        key = (tuple((r.id, r.modified) for r in reflections), labels)
        if self._ix is not None and key == self._synced:
            return False
        docs = {r.id: document(r, labels) for r in reflections}
        state = self.read_state()
        changed = self.sync_documents(docs, state, self.open_existing(state)).changed
        self._synced = key
        return changed

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
            self.rebuild_documents({r.id: document(r, labels) for r in reflections})
            return self.search(text)
