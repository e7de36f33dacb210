"""Every match of a query with its BM25F score, in a pass of our own instead of Whoosh's matchers.

Whoosh scores a query by walking a tree of matcher objects: several method calls per posting
and per tree level, the slowest part of a window query with thousands of matches. For the
shapes ``QueryBuilder`` makes (``Term``, ``Or``, ``And``, ``NullQuery``, boosts) this pass reads
each term's postings a block at a time, scores them with BM25F's formula and adds the scores
up in the order Whoosh's matcher tree does (the same weighted binary tree, or the same running
sum where Whoosh preloads an array), so hits, scores and the order of ties are Whoosh's. Any
other query (a parsed query's wildcard) is scored by Whoosh's own matcher for that subquery.
Unlike Whoosh's collector, which trims its matcher tree once the top N is full, every match is
kept: counts and facets need them all.

Unpickling a block of postings is the larger part of the pass (a block holds every posting's
positions too), so the scores of the terms used last are kept with the searcher, up to
``CACHED_POSTINGS`` postings: typing a query runs its words again with every key.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import insort_right
from collections import OrderedDict
from collections.abc import Callable
from operator import itemgetter, neg

from whoosh.query import And, NullQuery, Or, Phrase, Query, Term
from whoosh.scoring import BM25F

from goedwerk.core.search.postings import positions, postings
from goedwerk.core.search.scoring import ListedLengthsBM25F, field_lengths

Scores = dict[int, float]  # document number in the segment -> score
_PRELOAD_DOCS = 5000  # Whoosh's Or preloads an array of scores in segments up to this size
_BASES = "_goedwerk_bm25_bases"
_CACHE = "_goedwerk_term_scores"
CACHED_POSTINGS = 250_000  # about 3 MB of document numbers and scores


def every_match(
    searcher, query: Query, limit: int, allowed: set[int] | None, masked: set[int]
) -> tuple[list[tuple[float, int]], list[int]] | None:
    """The best ``limit`` matches within ``allowed`` and every match not ``masked``; None: not ours.

    The best come as ``(score, document number)``, highest first and the lower number first
    among equal scores, as Whoosh's top collector orders them. None when the searcher weighs
    with anything but BM25F (ours or Whoosh's), which this pass reproduces.
    """
    weighting = searcher.weighting
    if type(weighting) not in (BM25F, ListedLengthsBM25F) or weighting.use_final:
        return None
    matched: list[int] = []
    candidates: list[tuple[float, int]] = []
    cache = searcher.__dict__.get(_CACHE)
    if cache is None:
        cache = searcher.__dict__[_CACHE] = TermScores(CACHED_POSTINGS)
    for number, (leaf, offset) in enumerate(searcher.leaf_searchers()):
        scores = SegmentPass(searcher, leaf, cache.segment(number)).scores(query)
        docs = sorted(scores)
        if masked:
            docs = [d for d in docs if d + offset not in masked]
        numbers = [d + offset for d in docs] if offset else docs
        matched.extend(numbers)
        pairs = zip(map(scores.__getitem__, docs), map(neg, numbers), strict=True)
        candidates.extend(pairs if allowed is None else (p for p in pairs if -p[1] in allowed))
    best = heapq.nlargest(limit, candidates)
    return [(score, -negated) for score, negated in best], matched


class TermScores:
    """The scores of the terms scored last, per segment, up to ``budget`` postings in all."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.size = 0
        self.entries: OrderedDict[tuple, tuple[array, array]] = OrderedDict()

    def segment(self, number: int) -> Callable[[str, bytes, Callable[[], Scores]], Scores]:
        """The lookup of segment ``number``: ``(field, term, compute) -> scores``."""
        return lambda field, text, compute: self.get((number, field, text), compute)

    def get(self, key: tuple, compute: Callable[[], Scores]) -> Scores:
        """The scores kept under ``key``, or those ``compute`` makes (then kept)."""
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
            return dict(zip(found[0], found[1], strict=True))
        scores = compute()
        if len(scores) <= self.budget:
            self.entries[key] = (array("i", scores), array("d", scores.values()))
            self.size += len(scores)
            while self.size > self.budget:
                _key, (ids, _scores) = self.entries.popitem(last=False)
                self.size -= len(ids)
        return scores


class SegmentPass:
    """Scores queries in one segment (a leaf searcher) of ``searcher``."""

    def __init__(self, searcher, leaf, cached: Callable[[str, bytes, Callable[[], Scores]], Scores]) -> None:
        self.top = searcher
        self.cached = cached
        self.leaf = leaf
        self.reader = leaf.reader()
        self.schema = leaf.schema
        self.weighting = searcher.weighting
        self.context = searcher.context()
        self.deleted = self.reader.deleted_docs_set if self.reader.has_deletions() else None

    def scores(self, query: Query) -> Scores:
        """The score of every document in the segment that ``query`` matches."""
        kind = type(query)
        if query is NullQuery:
            return {}
        if kind is Term and not query.minquality:
            return self._term(query)
        if kind is Or and not (query.scale or query.minmatch) and Or.matcher_type == Or.AUTO_MATCHER:
            return self._or(query)
        if kind is And:
            return self._and(query)
        if kind is Phrase and query.slop == 1:
            return self._phrase(query)
        return self.whoosh_scores(query)

    def whoosh_scores(self, query: Query) -> Scores:
        """The scores of Whoosh's own matcher for ``query``, stepped through."""
        matcher = query.matcher(self.leaf, self.context)
        out: Scores = {}
        while matcher.is_active():
            out[matcher.id()] = matcher.score()
            matcher.next()
        return out

    def _term(self, query: Term) -> Scores:
        text = self._indexed(query.fieldname, query.text)
        if text is None:
            return {}
        if not self.schema[query.fieldname].scorable:
            return self.whoosh_scores(query)
        field = query.fieldname
        scores = self.cached(field, text, lambda: self._term_scores(field, text))
        return _boosted(scores, query.boost)

    def _indexed(self, field: str, word: str | bytes) -> bytes | None:
        """The term's bytes when the segment has it, as Whoosh's ``Term.matcher`` checks."""
        if field not in self.schema:
            return None
        try:
            text = self.schema[field].to_bytes(word)
        except ValueError:
            return None
        return text if (field, text) in self.reader else None

    def _term_scores(self, field: str, text: bytes) -> Scores:
        """A term's BM25F score per document."""
        ids, weights = postings(self.reader, field, text, self.deleted)
        bases = self._bases(field)
        idf = self.top.idf(field, text)
        k1_plus = self.weighting.K1 + 1
        # bm25(): idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))), the last
        # term per document in ``bases``
        return {d: idf * ((w * k1_plus) / (w + bases[d])) for d, w in zip(ids, weights, strict=True)}

    def _bases(self, field: str) -> list[float]:
        """``K1 * ((1 - B) + B * fl / avgfl)`` of every document, as BM25F computes it."""
        weighting = self.weighting
        b = weighting._field_B.get(field, weighting.B)
        k1 = weighting.K1
        avgfl = self.top.avg_field_length(field) or 1
        cache = self.reader.__dict__.setdefault(_BASES, {})  # a reader outlives an index change
        key, bases = cache.get(field, (None, []))
        if key != (b, k1, avgfl):
            bases = [k1 * ((1 - b) + b * fl / avgfl) for fl in field_lengths(self.reader, field)]
            cache[field] = ((b, k1, avgfl), bases)
        return bases

    def _or(self, query: Or) -> Scores:
        subs = query.subqueries
        if len(subs) < 2:  # Whoosh ignores the boost of a compound query of one
            return self.scores(subs[0]) if subs else {}
        if len(subs) < Or.TOO_MANY_CLAUSES and (len(subs) == 2 or self.leaf.doc_count_all() > _PRELOAD_DOCS):
            parts = [(sub.estimate_size(self.reader), self.scores(sub)) for sub in subs]
            return _boosted(_tree(parts, _union), query.boost)
        return self._preloaded(subs, query.boost)

    def _preloaded(self, subs: list[Query], boost: float) -> Scores:
        """Whoosh's array union: each clause's scores times ``boost``, added in clause order."""
        total: Scores = {}
        for sub in subs:
            part = _boosted(self.scores(sub), boost)
            total = _union(total, part)
        if total and min(total.values()) <= 0:  # Whoosh's array keeps positive scores only
            return {d: s for d, s in total.items() if s > 0}
        return total

    def _and(self, query: And) -> Scores:
        subs = query.subqueries
        if len(subs) < 2:
            return self.scores(subs[0]) if subs else {}
        parts = [(0 - sub.estimate_size(self.reader), self.scores(sub)) for sub in subs]
        return _boosted(_tree(parts, _intersection), query.boost)

    def _phrase(self, query: Phrase) -> Scores:
        """Whoosh's phrase (``SpanNear2``, slop 1): its words' scores added in a binary tree.

        Positions are read only for the documents that have every word of the phrase.
        """
        field = query.fieldname
        if field not in self.schema:
            return {}
        fmt = self.schema[field].format
        if not query.words or not self.schema[field].scorable or not fmt or not fmt.supports("positions"):
            return self.whoosh_scores(query)
        texts = [self._indexed(field, word) for word in query.words]
        if None in texts:
            return {}
        key = b"\0".join(texts)  # not a term: terms hold no NUL
        scores = self.cached(field, key, lambda: self._phrase_scores(field, texts, fmt.decode_positions))
        return _boosted(scores, query.boost)

    def _phrase_scores(self, field: str, texts: list[bytes], decode: Callable[[bytes], list[int]]) -> Scores:
        """The documents with ``texts`` at consecutive positions, and their words' added scores."""
        both = _binary([self._term(Term(field, text)) for text in texts], _intersection)
        if not both or len(texts) == 1:
            return both
        docs = sorted(both)
        values = [positions(self.reader, field, text, docs) for text in texts]
        found: Scores = {}
        for docnum in docs:
            starts = set(decode(values[0][docnum]))
            for offset, value in enumerate(values[1:], 1):
                starts &= {position - offset for position in decode(value[docnum])}
                if not starts:
                    break
            if starts:
                found[docnum] = both[docnum]
        return found


def _tree(parts: list[tuple[int, Scores]], combine: Callable[[Scores, Scores], Scores]) -> Scores:
    """``parts`` combined pairwise as Whoosh's ``make_weighted_tree`` pairs their matchers.

    The two lightest first, their combination put back after the parts of equal weight: the
    same tree, so the scores are added in the same order.
    """
    weight = itemgetter(0)
    ordered = sorted(parts, key=weight)
    while len(ordered) > 1:
        (weight_a, a), (weight_b, b) = ordered[0], ordered[1]
        del ordered[:2]
        insort_right(ordered, (weight_a + weight_b, combine(a, b)), key=weight)
    return ordered[0][1]


def _binary(parts: list[Scores], combine: Callable[[Scores, Scores], Scores]) -> Scores:
    """``parts`` combined as Whoosh's ``make_binary_tree`` nests its matchers (halves)."""
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2
    return combine(_binary(parts[:half], combine), _binary(parts[half:], combine))


def _union(a: Scores, b: Scores) -> Scores:
    if len(a) < len(b):
        a, b = b, a
    both = {d: a[d] + b[d] for d in a.keys() & b.keys()}
    out = {**a, **b}
    out.update(both)
    return out


def _intersection(a: Scores, b: Scores) -> Scores:
    if len(a) > len(b):
        a, b = b, a
    return {d: a[d] + b[d] for d in a.keys() & b.keys()}


def _boosted(scores: Scores, boost: float) -> Scores:
    if boost == 1.0:
        return scores
    return dict(zip(scores, map(boost.__mul__, scores.values()), strict=True))  # s * boost, as Whoosh
