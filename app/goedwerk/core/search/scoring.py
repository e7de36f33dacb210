"""BM25F that reads each segment's field lengths once, as a list, instead of per scored match.

Whoosh's scorer looks up the field length of every document it scores in the segment's length
column (a method call, a column read and a byte-to-length decoding each time): about a tenth
of a window query with many matches. The lengths are the same numbers, so the ranking is too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from itertools import chain, repeat

from whoosh import columns
from whoosh.codec import whoosh3
from whoosh.scoring import BM25F, BM25FScorer

logger = logging.getLogger(__name__)

_CACHE = "_goedwerk_lengths"


class ListedLengthsBM25F(BM25F):
    """``BM25F`` whose scorers take field lengths from a list read once per segment reader."""

    def scorer(self, searcher, fieldname, text, qf=1):
        """Whoosh's BM25F scorer with its length lookup replaced by a list index."""
        scorer = super().scorer(searcher, fieldname, text, qf)
        if isinstance(scorer, BM25FScorer):
            scorer.dfl = field_lengths(searcher.reader(), fieldname).__getitem__
        return scorer


def field_lengths(reader, fieldname: str) -> list[int]:
    """Every document's length of ``fieldname`` in ``reader`` (kept on the reader)."""
    cache = reader.__dict__.setdefault(_CACHE, {})
    lengths = cache.get(fieldname)
    if lengths is None:
        lengths = cache[fieldname] = _read_lengths(reader, fieldname)
    return lengths


def _read_lengths(reader, fieldname: str) -> list[int]:
    count = reader.doc_count_all()
    perdoc = getattr(reader, "_perdoc", None)
    column = None
    if isinstance(perdoc, whoosh3.W3PerDocReader):  # one segment: the length column at once
        column = perdoc._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    if column is None:
        return [reader.doc_field_length(docnum, fieldname, 1) for docnum in range(count)]
    decode = whoosh3.byte_to_length
    return [decode(byte) if byte else 1 for byte in _column_bytes(column)]


def _column_bytes(column) -> Iterable[int]:
    """Every document's value of a length column: one read of the file, not one per document."""
    if type(column) is not columns.NumericColumn.Reader or column._typecode != "B":
        return column
    stored = column._dbfile.get(column._basepos, column._count)
    return chain(stored, repeat(column._default, column._doccount - column._count))
