"""The Whoosh full-text index of a library: schema, (re)indexing, queries, related stories.

One index per library, in the data directory. ``SearchIndex.sync`` brings it in line with a
loaded ``Library``: documents whose content changed are rewritten, others are left alone, and an
index that is missing or unreadable is rebuilt from scratch with a log line.
"""

from __future__ import annotations

import html
import logging
import marshal
import re
import threading
from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import ClassVar

from whoosh import index as whoosh_index
from whoosh import sorting
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.query import And, Every, Or, Query, Term

from goedwerk.core.content.render import escape
from goedwerk.core.errors import SearchError
from goedwerk.core.i18n import _
from goedwerk.core.model import BUNDLED, Guide, Kind, Library, SearchHit, SearchResult, Story
from goedwerk.core.paths import atomic_write
from goedwerk.core.search.analysis import dutch_analyzer, fold
from goedwerk.core.search.matches import (
    EveryMatchCollector,
    FacetPairs,
    facet_counts,
    facet_pairs,
    item_facets,
    passes,
)
from goedwerk.core.search.querying import QueryBuilder, within_limits
from goedwerk.core.search.scoring import ListedLengthsBM25F
from goedwerk.core.search.scoring_pass import every_match
from goedwerk.core.search.snippets import Matcher, snippet
from goedwerk.core.search.synced_index import Docs, Progress, SyncedIndex, SyncReport
from goedwerk.core.search.word_list import WordList

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 5
PHRASES_FILE = "phrases.marshal"  # the vocabulary's phrases as analysed (``QueryBuilder``)
TITLE_WEIGHT, SUMMARY_WEIGHT = 3, 2
KIND_ORDER = {str(Kind.STORY): "0", str(Kind.VALUE): "1", str(Kind.QUESTION): "2", str(Kind.GUIDE): "3"}
SNIPPETS = 20  # hits that get a highlighted snippet; the rest show their summary
STATE_FILE = "goedwerk-state.json"


def _kind_rank(kind: str | bytes) -> str:
    """The browse position of a kind (the sortable column may hand over bytes)."""
    return KIND_ORDER.get(kind.decode() if isinstance(kind, bytes) else str(kind), "9")


# browsing without a query: stories first (what a new user came for), then cards, then questions
BROWSE_ORDER = sorting.MultiFacet(
    [sorting.TranslateFacet(_kind_rank, sorting.FieldFacet("kind")), "sort_title"]
)


def make_schema() -> Schema:
    """The index schema: one Dutch text field, keyword fields for filters, ids.

    Title, summary and body are searched as one field ``text`` in which the title stands three
    times and the summary twice (their weight), so a word costs one posting list, not three.
    Prefixes and spelling use the index's word list (``word_list``), not a second field, and
    hits take their title, summary and body from the loaded library, so nothing else is stored.
    """
    dutch = dutch_analyzer()
    return Schema(
        docid=ID(unique=True, stored=True, sortable=True),
        kind=ID(stored=True, sortable=True),
        sort_title=ID(sortable=True),
        item_id=ID(stored=True),
        text=TEXT(analyzer=dutch),
        themes=KEYWORD(commas=True, stored=True, scorable=True),
        b=KEYWORD(commas=True, stored=True, scorable=True),
        sector=KEYWORD(commas=True, stored=True, scorable=True),
        role=KEYWORD(commas=True, stored=True, scorable=True),
    )


def documents(library: Library) -> dict[str, dict[str, str]]:
    """The index documents of every item in ``library``, by document id."""
    docs: dict[str, dict[str, str]] = {f"story:{story.id}": _story_doc(story) for story in library.stories}
    for card in library.values:
        docs[f"value:{card.id}"] = _doc(Kind.VALUE, card.id, card.name, card.description, card.question)
    for question in library.questions:
        docs[f"question:{question.id}"] = _doc(
            Kind.QUESTION, question.id, question.text, "", "", question.themes, question.b
        )
    for guide in library.guides:
        docs[f"guide:{guide.id}"] = _doc(Kind.GUIDE, guide.id, guide.title, "", _strip_md(guide.body))
    return docs


def _story_doc(story: Story) -> dict[str, str]:
    return _doc(
        Kind.STORY,
        story.id,
        story.title,
        story.summary,
        _strip_md(story.body),
        story.themes,
        story.b,
        (story.sector,),
        (story.role,),
    )


def _doc(
    kind: Kind,
    item_id: str,
    title: str,
    summary: str,
    body: str,
    themes: Iterable[str] = (),
    b: Iterable[str] = (),
    sector: Iterable[str] = (),
    role: Iterable[str] = (),
) -> dict[str, str]:
    return {
        "docid": f"{kind}:{item_id}",
        "kind": str(kind),
        "item_id": item_id,
        "sort_title": fold(title),
        "text": "\n".join([title] * TITLE_WEIGHT + [summary] * SUMMARY_WEIGHT + [body]),
        "themes": ",".join(themes),
        "b": ",".join(b),
        "sector": ",".join(s for s in sector if s),
        "role": ",".join(r for r in role if r),
    }


_MARKUP = re.compile(r"[*_`#>]+")


def _strip_md(text: str) -> str:
    if not any(mark in text for mark in "*_`#>"):
        return text
    return _MARKUP.sub("", text)


class SearchIndex(SyncedIndex):
    """A library's Whoosh index in ``directory``."""

    SCHEMA_VERSION = SCHEMA_VERSION
    STATE_FILE = STATE_FILE
    LABEL = "search index"
    SOURCE = "the library"
    WRITER_OPTIONS: ClassVar[dict[str, object]] = {
        **SyncedIndex.WRITER_OPTIONS,
        "limitmb": 128,  # 256 built 5,000 stories no faster but peaked at 337 MiB
        "compound": False,
    }
    PARALLEL_OPTIONS: ClassVar[dict[str, object] | None] = {"limitmb": 16}
    log = logger
    # hits, counts and facets from our own scoring pass (``scoring_pass``); False: Whoosh's
    # collectors, as before it (the tests compare the two)
    own_scoring = True

    def __init__(self, directory: Path, library: Library) -> None:
        super().__init__(directory)
        self._library = library
        self.builder = self._builder(library)
        self._facet_map: dict[int, dict[str, tuple[str, ...]]] | None = None
        self._browse: tuple[dict, list[int]] | None = None  # (the facet map it was made with, the order)
        self._doc_items: list = []  # each document number's item, made with the facet map
        self._docid_list: list[str] | None = None
        self._pairs: tuple[dict, FacetPairs] | None = None
        self._searcher_obj = None
        self._words: WordList | None = None
        self._lock = threading.RLock()

    def make_schema(self) -> Schema:
        """The library index schema (see ``make_schema``)."""
        return make_schema()

    def _builder(self, library: Library) -> QueryBuilder:
        """The query builder of ``library``'s vocabulary, with the phrases analysed before."""
        path = self.directory / PHRASES_FILE
        try:
            version, analysed = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            version, analysed = None, None
        known = analysed if version == SCHEMA_VERSION and isinstance(analysed, dict) else None
        builder = QueryBuilder(library.vocabulary, make_schema(), known)
        if builder.added and self.directory.is_dir():
            _save_phrases(builder, self.directory)
        return builder

    def swap_lock(self) -> threading.RLock:
        """Searches and the swap after a rebuild share one lock."""
        return self._lock

    def after_write(self) -> None:
        """Facet values and document ids are read again after a write."""
        self._facet_map = None
        self._docid_list = None

    def documents_written(self, docs: Docs, written: list[str], fresh: bool, directory: Path) -> None:
        """Keep the word list in line: made anew with a fresh index, else grown by ``written``."""
        words = WordList() if fresh else self.words
        words.add(docs[docid]["text"] for docid in written)
        words.save(directory)
        self._words = words
        if fresh:  # a new index folder: the phrases go with it
            _save_phrases(self.builder, directory)

    @property
    def words(self) -> WordList:
        """The index's unstemmed words (read from disk on first use, rebuilt if it is missing)."""
        if self._words is None:
            self._words = WordList.load(self.directory)
            if self._words is None:
                self._words = WordList.from_texts(doc["text"] for doc in documents(self.library).values())
                self._words.save(self.directory)
        return self._words

    @property
    def library(self) -> Library:
        """The library the index answers for."""
        return self._library

    @library.setter
    def library(self, library: Library) -> None:
        self._library = library
        self._facet_map = None

    # -- building ------------------------------------------------------------------------------

    def sync(
        self,
        library: Library | None = None,
        progress: Progress | None = None,
        fingerprint: str | None = None,
        edited: tuple[frozenset[str], str] | None = None,
    ) -> SyncReport:
        """Bring the index in line with ``library``; rebuild it when missing or corrupt.

        ``fingerprint`` names the library's content (its files' hashes): when the index was
        last written for the same fingerprint, no document is even looked at. ``edited`` is
        ``(refs, previous fingerprint)``: when the index was written for that previous
        content, only the stories ``refs`` are looked at.
        """
        with self._lock:
            if library is not None:
                self.library = library
                self.builder = self._builder(library)
            state = self.read_state()
            ix = self.open_existing(state)
            if ix is not None and fingerprint is not None and state.get("fingerprint") == fingerprint:
                self.use(ix)
                return SyncReport()
            if ix is not None and fingerprint and edited and state.get("fingerprint") == edited[1]:
                try:
                    return self.update_documents(self._edited_docs(edited[0]), state, ix, fingerprint)
                except Exception as exc:  # a damaged segment: the whole sync below rebuilds it
                    logger.warning("search index %s failed to update (%s)", self.directory, exc)
                    state, ix = None, None
            return self.sync_documents(documents(self.library), state, ix, progress, fingerprint)

    def _edited_docs(self, refs: frozenset[str]) -> Docs:
        """The documents of the edited stories ``refs``."""
        stories = (self.library.get(Kind.STORY, ref.partition(":")[2]) for ref in refs)
        return {f"story:{s.id}": _story_doc(s) for s in stories if isinstance(s, Story)}

    def rebuild(self, progress: Progress | None = None, fingerprint: str | None = None) -> SyncReport:
        """Throw the index away and build it anew from the library."""
        self._fingerprint = fingerprint  # searches go on meanwhile; only the swap takes the lock
        return self.rebuild_documents(documents(self.library), progress)

    def close(self) -> None:
        """Release the searcher and the index files."""
        if self._searcher_obj is not None:
            self._searcher_obj.close()
            self._searcher_obj = None
        super().close()

    @property
    def ix(self) -> whoosh_index.Index:
        """The open index; ``sync`` must have run."""
        if self._ix is None:
            raise SearchError(_("de zoekindex is nog niet geopend"))
        return self._ix

    # -- querying ------------------------------------------------------------------------------

    def _searcher(self):
        """The shared searcher, reopened only when the index changed (callers hold the lock)."""
        if self._searcher_obj is None:
            self._searcher_obj = self.ix.searcher(weighting=ListedLengthsBM25F())
        elif not self._searcher_obj.up_to_date():
            self._searcher_obj = self._searcher_obj.refresh()
            self._facet_map = None
            self._docid_list = None
        return self._searcher_obj

    def search(
        self,
        text: str,
        filters: dict[str, str | Iterable[str]] | None = None,
        limit: int = 20,
        facets: bool = False,
        prefix_last: bool = False,
        snippets: int = SNIPPETS,
        count: bool = True,
        exclude: Iterable[str] = (),
        also: Iterable[str] = (),
    ) -> SearchResult:
        """Ranked hits for ``text`` within ``filters`` (kind, themes, b, sector, role).

        Items whose ref (``kind:id``) is in ``exclude`` are left out of hits, total and facets;
        those in ``also`` (e.g. matched by a private note) match as well.

        The first ``snippets`` hits get highlighted snippets, the others their summary.
        ``total`` counts every match (with ``count`` or ``facets``), else only those returned.
        An index that fails to read (a truncated segment or column) is rebuilt once.
        """
        args = (text, filters, limit, facets, prefix_last, snippets, count, tuple(exclude), tuple(also))
        try:
            return self._search(*args)
        except SearchError:
            raise
        except Exception as exc:  # Whoosh raises many kinds of errors on a damaged index
            logger.warning(
                "search index %s unreadable (%s); rebuilding from the library", self.directory, exc
            )
        self.rebuild(fingerprint=self._fingerprint)
        return self._search(*args)

    def _search(
        self,
        text: str,
        filters: dict[str, str | Iterable[str]] | None,
        limit: int,
        facets: bool,
        prefix_last: bool,
        snippets: int,
        count: bool,
        exclude: tuple[str, ...] = (),
        also: tuple[str, ...] = (),
    ) -> SearchResult:
        filters = {k: _as_tuple(v) for k, v in (filters or {}).items() if _as_tuple(v)}
        text, notice = within_limits(text)
        with self._lock:
            searcher = self._searcher()
            words = self.words
            query = self.builder.build(text, prefix_last, words.__contains__, words.terms_with_prefix)
            browse = isinstance(query, Every)
            extra = sorted(set(also))
            if extra and not browse:
                query = Or([query, *(Term("docid", ref) for ref in extra)])
            flt = _filter_query(filters)
            hidden = sorted(set(exclude))
            mask = Or([Term("docid", ref) for ref in hidden]) if hidden else None
            masked = set(searcher.docs_for_query(mask)) if mask is not None else set()
            matched: list[int] | None = None
            if browse:
                top, every = self._browsed(searcher, flt, masked, limit)
                if facets or count:
                    matched = [docnum for docnum in every if docnum not in masked]
            elif facets or count or self.own_scoring:
                top, every = self._scored_with_matches(searcher, query, flt, limit, masked)
                matched = every if facets or count else None
            else:
                top = list(searcher.search(query, filter=flt, mask=mask, limit=limit).top_n)
            matcher = None if browse else Matcher.for_query(query, words.forms)
            hits = tuple(
                hit
                for number, (score, docnum) in enumerate(top)
                if (hit := self._hit(searcher, docnum, score, matcher if number < snippets else None))
            )
            total = len(top) if matched is None else self._count(searcher, matched, filters)
            suggestion = None if browse or total >= 3 else self._suggest(searcher, text, filters, total)
            facet_counts = self._facets(searcher, matched or [], filters) if facets else {}
        return SearchResult(hits, total, suggestion, facet_counts, notice)

    def _scored_with_matches(
        self, searcher, query: Query, flt: Query | None, limit: int | None, masked: set[int]
    ) -> tuple[list[tuple[float, int]], list[int]]:
        """The best ``limit`` matches within ``flt`` and every match outside ``masked``, in one pass."""
        allowed = None if flt is None else set(searcher.docs_for_query(flt))
        limit = limit or searcher.doc_count_all()
        found = every_match(searcher, query, limit, allowed, masked) if self.own_scoring else None
        if found is not None:
            return found
        collector = EveryMatchCollector(limit, allowed, masked)
        searcher.search_with_collector(query, collector)
        items = sorted(collector.items, reverse=True)
        return [(score, -negated) for score, negated in items], collector.matched

    def _browsed(
        self, searcher, flt: Query | None, masked: set[int], limit: int | None
    ) -> tuple[list[tuple[float, int]], list[int]]:
        """The first ``limit`` documents within ``flt`` in browse order, and every document."""
        order = self._browse_order(searcher)
        allowed = None if flt is None else set(searcher.docs_for_query(flt))
        shown = (d for d in order if d not in masked and (allowed is None or d in allowed))
        return [(0.0, docnum) for docnum in islice(shown, limit)], order

    def _browse_order(self, searcher) -> list[int]:
        """Every live document number as ``BROWSE_ORDER`` sorts them (kind, then folded title,
        then number), made once per searcher from the library in memory: Whoosh's sorting
        reads two column values per document for every browse (0.2 s at 20,000 stories)."""
        facet_map = self._facet_values(searcher)
        if self._browse is None or self._browse[0] is not facet_map:
            docids, items = self._docids(searcher), self._doc_items
            keyed = []
            for docnum in _live_docnums(searcher.reader()):
                item = items[docnum]
                title = fold(_title(item)) if item is not None else ""
                keyed.append((_kind_rank(docids[docnum].partition(":")[0]), title, docnum))
            keyed.sort()
            self._browse = (facet_map, [docnum for _rank, _title, docnum in keyed])
        return self._browse[1]

    def _count(self, searcher, matched: list[int], filters: dict[str, tuple[str, ...]]) -> int:
        """How many of the matched documents pass every filter."""
        if not filters:
            return len(matched)
        facet_map = self._facet_values(searcher)
        return sum(
            1
            for docnum in matched
            if docnum in facet_map and all(passes(facet_map[docnum], n, w) for n, w in filters.items())
        )

    def related(self, story_id: str, limit: int = 5) -> list[SearchHit]:
        """Stories most like ``story_id``: shared key terms, then shared themes."""
        story = self.library.get(Kind.STORY, story_id)
        if not isinstance(story, Story):
            return []
        with self._lock:
            searcher = self._searcher()
            docnum = searcher.document_number(docid=f"story:{story_id}")
            if docnum is None:
                return []
            results = searcher.more_like(
                docnum,
                "text",
                text=_strip_md(story.body),
                top=limit * 3,
                numterms=25,
                filter=Term("kind", "story"),
            )
            scored: list[tuple[float, SearchHit]] = []
            for hit in results:
                other = self.library.get(Kind.STORY, hit["item_id"])
                shared = len(set(story.themes) & set(getattr(other, "themes", ())))
                related = self._hit(searcher, hit.docnum, hit.score, None)
                if related is not None:
                    scored.append((hit.score * (1 + 0.5 * shared), related))
        scored.sort(key=lambda pair: -pair[0])
        return [hit for _score, hit in scored[:limit]]

    def _hit(self, searcher, docnum: int, score: float, matcher: Matcher | None) -> SearchHit | None:
        """A hit with a snippet around its matches (``matcher``), or its summary.

        Title, summary and body come from the loaded library, not from the index.
        """
        kind, _sep, item_id = self._docids(searcher)[docnum].partition(":")
        item = self.library.get(kind, item_id)
        if item is None:
            return None
        title, summary, body = _texts(item)
        snippet_html = None
        if matcher is not None:
            snippet_html = snippet(body, matcher) or snippet(summary, matcher)
        if snippet_html:
            plain = html.unescape(re.sub(r"<[^>]+>", "", snippet_html))
        else:
            plain = _shorten(summary or body, 200)
            snippet_html = escape(plain)
        score = score if isinstance(score, float | int) else 0.0
        origin = self.library.origin(kind, item_id)
        source = "" if origin == BUNDLED else origin
        return SearchHit(item_id, kind, title, round(float(score), 4), plain, snippet_html, source)

    def _suggest(self, searcher, text: str, filters: dict, total: int) -> str | None:
        corrected = self.builder.corrected(text, self.words)
        if not corrected or corrected == text:
            return None
        query = self.builder.build(corrected)
        better, _matched = self._scored_with_matches(searcher, query, _filter_query(filters), 1, set())
        return corrected if len(better) > total else None

    def _facets(
        self, searcher, matched: list[int], filters: dict[str, tuple[str, ...]]
    ) -> dict[str, dict[str, int]]:
        """Counts per facet value among the matches, each facet ignoring its own filter."""
        facet_map = self._facet_values(searcher)
        if self._pairs is None or self._pairs[0] is not facet_map:
            self._pairs = (facet_map, facet_pairs(facet_map, len(self._docids(searcher))))
        return facet_counts(facet_map, self._pairs[1], matched, filters)

    def _docids(self, searcher) -> list[str]:
        """The document id of every document number (read once per searcher)."""
        if self._docid_list is None:
            column = searcher.reader().column_reader("docid")
            self._docid_list = [d.decode() if isinstance(d, bytes) else d for d in column]
        return self._docid_list

    def _facet_values(self, searcher) -> dict[int, dict[str, tuple[str, ...]]]:
        """Facet values per document number, from the docid column and the library."""
        if self._facet_map is None:
            items = _items_by_docid(self.library)
            self._doc_items = [items.get(docid) for docid in self._docids(searcher)]  # for browsing
            self._facet_map = {
                docnum: item_facets(item) for docnum, item in enumerate(self._doc_items) if item is not None
            }
        return self._facet_map


def _save_phrases(builder: QueryBuilder, directory: Path) -> None:
    """Keep the vocabulary's phrases as analysed beside the index in ``directory``."""
    try:
        atomic_write(directory / PHRASES_FILE, marshal.dumps((SCHEMA_VERSION, builder.analysed)))
    except (OSError, ValueError) as exc:
        logger.info("vocabulary phrases not kept in %s: %s", directory, exc)


def _items_by_docid(library: Library) -> dict[str, object]:
    """Every item of ``library`` by its document id (``kind:id``)."""
    items = (*library.stories, *library.values, *library.questions, *library.guides)
    return {f"{item.kind}:{item.id}": item for item in items}


def _live_docnums(reader) -> list[int]:
    """The numbers of the documents not deleted, segment by segment (a whole segment at once
    when it has no deletions; Whoosh's ``all_doc_ids`` asks about each document)."""
    live: list[int] = []
    for leaf, offset in reader.leaf_readers():
        count = leaf.doc_count_all()
        if leaf.has_deletions():
            live.extend(offset + docnum for docnum in leaf.all_doc_ids())
        else:
            live.extend(range(offset, offset + count))
    return live


def _title(item) -> str:
    """The title ``_texts`` gives an item (what ``sort_title`` holds folded)."""
    if isinstance(item, Story | Guide):
        return item.title
    return item.name if item.kind == Kind.VALUE else item.text


def _texts(item) -> tuple[str, str, str]:
    """Title, summary and searchable body of a story, values card or question."""
    if isinstance(item, Story):
        return item.title, item.summary, _strip_md(item.body)
    if item.kind == Kind.VALUE:
        return item.name, item.description, item.question
    if item.kind == Kind.GUIDE:
        return item.title, "", _strip_md(item.body)
    return item.text, "", ""


def _as_tuple(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(v for v in value if v)


def _filter_query(filters: dict[str, tuple[str, ...]]) -> Query | None:
    if not filters:
        return None
    parts = [Or([Term(name, v) for v in values]) for name, values in filters.items()]
    return And(parts) if len(parts) > 1 else parts[0]


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"
