"""Every match of a query in one scoring pass, and the facet counts over those matches."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import chain

from whoosh.collectors import TopCollector

from goedwerk.core.search.querying import FILTER_FIELDS

FacetValues = dict[str, tuple[str, ...]]


class EveryMatchCollector(TopCollector):
    """Keeps the best ``limit`` documents of ``allowed`` and notes every match not ``masked``, in one pass.

    Counts and facets need every match; Whoosh's top collector would skip low-scoring blocks
    and a second pass would read the postings again, so this one scores each match once. It
    never lets Whoosh trim the matcher tree once the top is full (``replace``): that drops
    every match below the lowest top score from the count, and, as an Or of three or more
    clauses claims the best of its clauses' scores as its maximum instead of their sum, even
    documents that belong in the top.
    """

    def __init__(self, limit: int, allowed: set[int] | None, masked: set[int] = frozenset()) -> None:
        super().__init__(limit=limit, usequality=False, replace=0)
        self.allowed = allowed
        self.masked = masked
        self.matched: list[int] = []

    def _collect(self, global_docnum: int, score: float):
        if global_docnum in self.masked:
            return 0
        self.matched.append(global_docnum)
        if self.allowed is not None and global_docnum not in self.allowed:
            return 0
        return super()._collect(global_docnum, score)


@dataclass(frozen=True)
class FacetPairs:
    """Each document's ``(facet, value)`` pairs as numbers (counted faster than pairs), and back."""

    codes: list[tuple[int, ...]]  # by document number
    pairs: list[tuple[str, str]]  # by number


def facet_pairs(facet_map: dict[int, FacetValues], size: int) -> FacetPairs:
    """The numbered ``(facet, value)`` pairs of documents ``0`` to ``size - 1``."""
    numbers: dict[tuple[str, str], int] = {}
    codes: list[tuple[int, ...]] = [()] * size
    for docnum, values in facet_map.items():
        pairs = ((name, value) for name in FILTER_FIELDS for value in values[name])
        codes[docnum] = tuple(numbers.setdefault(pair, len(numbers)) for pair in pairs)
    return FacetPairs(codes, list(numbers))


def facet_counts(
    facet_map: dict[int, FacetValues],
    pairs: FacetPairs,
    matched: list[int],
    filters: dict[str, tuple[str, ...]],
) -> dict[str, dict[str, int]]:
    """Counts per facet value among ``matched``, each facet ignoring its own filter."""
    counts: dict[str, dict[str, int]] = {name: {} for name in FILTER_FIELDS}
    if not filters:  # the common case: one C-level count over every match's numbered pairs
        for code, number in Counter(chain.from_iterable(map(pairs.codes.__getitem__, matched))).items():
            name, value = pairs.pairs[code]
            counts[name][value] = number
        return counts
    for docnum in matched:
        values = facet_map.get(docnum)
        if values is None:
            continue
        failing = [name for name, wanted in filters.items() if not passes(values, name, wanted)]
        if len(failing) > 1:
            continue
        for name in failing or FILTER_FIELDS:
            for value in values[name]:
                counts[name][value] = counts[name].get(value, 0) + 1
    return counts


def item_facets(item) -> dict[str, tuple[str, ...]]:
    """An item's values of each facet (made for every document when a searcher opens)."""
    sector, role = getattr(item, "sector", ""), getattr(item, "role", "")
    return {
        "kind": (str(item.kind),),
        "themes": tuple(getattr(item, "themes", ())),
        "b": tuple(getattr(item, "b", ())),
        "sector": (sector,) if sector else (),
        "role": (role,) if role else (),
    }


def passes(values: dict[str, tuple[str, ...]], name: str, wanted: tuple[str, ...]) -> bool:
    return bool(set(values.get(name, ())) & set(wanted))
