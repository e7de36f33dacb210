"""Every match of a query with its BM25F score, in a pass of our own instead of Whoosh's matchers.

Whoosh scores a query by walking a tree of matcher objects: several method calls per posting
and per tree level, the slowest part of a window query with thousands of matches. For the
shapes ``QueryBuilder`` makes (``Term``, ``Or``, ``And``, ``NullQuery``, boosts) this pass reads
each term's postings a block at a time, scores them with BM25F's formula and adds the scores
up in the order Whoosh's matcher tree does (the same weighted binary tree, or the same running
sum where Whoosh preloads an array), so hits, scores and the order of ties are Whoosh's. Any
other query (a phrase, a parsed query's wildcard) is scored by Whoosh's own matcher for that
subquery. Unlike Whoosh's collector, which trims its matcher tree once the top N is full,
every match is kept: counts and facets need them all.
"""

from __future__ import annotations

import heapq
from bisect import insort_right
from collections.abc import Callable
from itertools import accumulate
from operator import itemgetter

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import And, NullQuery, Or, Phrase, Query, Term
from whoosh.scoring import BM25F

from goedwerk.core.search.scoring import field_lengths

Scores = dict[int, float]  # document number in the segment -> score
_PRELOAD_DOCS = 5000  # Whoosh's Or preloads an array of scores in segments up to this size
_BASES = "_goedwerk_bm25_bases"


def every_match(
    searcher, query: Query, limit: int, allowed: set[int] | None, masked: set[int]
) -> tuple[list[tuple[float, int]], list[int]] | None:
    """The best ``limit`` matches within ``allowed`` and every match not ``masked``; None: not ours.

    The best come as ``(score, document number)``, highest first and the lower number first
    among equal scores, as Whoosh's top collector orders them. None when the searcher's
    weighting is not a BM25F this pass can reproduce.
    """
    weighting = searcher.weighting
    if not isinstance(weighting, BM25F) or weighting.use_final:
        return None
    matched: list[int] = []
    candidates: list[tuple[float, int]] = []
    for leaf, offset in searcher.leaf_searchers():
        scores = SegmentPass(searcher, leaf).scores(query)
        for docnum in sorted(scores):
            number = docnum + offset
            if number in masked:
                continue
            matched.append(number)
            if allowed is None or number in allowed:
                candidates.append((scores[docnum], -number))
    best = heapq.nlargest(limit, candidates)
    return [(score, -negated) for score, negated in best], matched


class SegmentPass:
    """Scores queries in one segment (a leaf searcher) of ``searcher``."""

    def __init__(self, searcher, leaf) -> None:
        self.top = searcher
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
        return _boosted(self._term_scores(query.fieldname, text)[0], query.boost)

    def _indexed(self, field: str, word: str | bytes) -> bytes | None:
        """The term's bytes when the segment has it, as Whoosh's ``Term.matcher`` checks."""
        if field not in self.schema:
            return None
        try:
            text = self.schema[field].to_bytes(word)
        except ValueError:
            return None
        return text if (field, text) in self.reader else None

    def _term_scores(self, field: str, text: bytes, values: bool = False) -> tuple[Scores, dict]:
        """A term's BM25F score per document (and its posting values, with ``values``)."""
        ids, weights, raw = postings(self.reader, field, text, self.deleted, values)
        bases = self._bases(field)
        idf = self.top.idf(field, text)
        k1_plus = self.weighting.K1 + 1
        # bm25(): idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))), the last
        # term per document in ``bases``
        scores = {d: idf * ((w * k1_plus) / (w + bases[d])) for d, w in zip(ids, weights, strict=True)}
        return scores, dict(zip(ids, raw, strict=True)) if values else {}

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
        return {d: s for d, s in total.items() if s > 0}

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
        terms = [self._term_scores(field, text, values=True) for text in texts]
        both = _binary([scores for scores, _values in terms], _intersection)
        decode = fmt.decode_positions
        found: Scores = {}
        for docnum, score in both.items():
            starts = set(decode(terms[0][1][docnum]))
            for offset, (_scores, values) in enumerate(terms[1:], 1):
                starts &= {position - offset for position in decode(values[docnum])}
                if not starts:
                    break
            if starts:
                found[docnum] = score
        return _boosted(found, query.boost)


def postings(
    reader, field: str, text: bytes, deleted: frozenset[int] | None, values: bool = False
) -> tuple[list[int], list[float], list]:
    """A term's document numbers, weights (and raw values), a block at a time, without ``deleted``."""
    matcher = reader.postings(field, text)
    if isinstance(matcher, FilterMatcher):  # the segment's deletions: left out below
        matcher = matcher.child
    ids: list[int] = []
    weights: list[float] = []
    raw: list = []
    if type(matcher) is W3LeafMatcher:
        while not matcher._atend:
            matcher._read_data()
            block_ids, block_weights = matcher._data[0], matcher._data[1]
            ids.extend(block_ids if matcher._byteids else accumulate(block_ids))
            if block_weights is None or isinstance(block_weights, float):
                matcher._read_weights()  # a constant weight, as Whoosh expands it
                block_weights = matcher._weights
            weights.extend(block_weights)
            if values:
                matcher._read_values()
                raw.extend(matcher._values)
            matcher._next_block()
    else:
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            if values:
                raw.append(matcher.value())
            matcher.next()
    if deleted:
        kept = [i for i, docnum in enumerate(ids) if docnum not in deleted]
        ids, weights = [ids[i] for i in kept], [weights[i] for i in kept]
        raw = [raw[i] for i in kept] if values else raw
    return ids, weights, raw


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
    return {d: s * boost for d, s in scores.items()}
