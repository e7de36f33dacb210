"""A term's postings read from a segment a block at a time, faster than through Whoosh's matchers.

Whoosh's ``W3LeafMatcher`` unpickles a whole block to hand out one posting at a time. A block
is a pickled tuple of the document numbers, the weights and every posting's value (for a text
field its positions, each a bytes object that pickle protocol 2 rebuilds with a call of
``_codecs.encode``: most of the unpickling). Scoring needs only the first two, so ``postings``
unpickles the block up to its values when it can tell where they start, and checks the result
(anything unexpected reads the whole block as Whoosh does).
"""

from __future__ import annotations

import pickle
from array import array
from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher

# the first bytes object of a block's values: protocol 2 refers to the function by name once
_FIRST_BYTES = b"c_codecs\nencode\n"
_MARK, _TUPLE2_STOP = 0x28, b"\x86."


def positions(reader, field: str, text: bytes, docs: list[int]) -> dict[int, bytes]:
    """A term's posting values for ``docs`` (sorted), reading only the blocks that hold them."""
    matcher = reader.postings(field, text)
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    wanted = set(docs)
    out: dict[int, bytes] = {}
    if type(matcher) is not W3LeafMatcher:
        while matcher.is_active():
            if matcher.id() in wanted:
                out[matcher.id()] = matcher.value()
            matcher.next()
        return out
    at = 0
    while not matcher._atend and at < len(docs):
        if matcher._maxid >= docs[at]:
            matcher._read_ids()
            matcher._read_values()
            out.update((d, v) for d, v in zip(matcher._ids, matcher._values, strict=True) if d in wanted)
            while at < len(docs) and docs[at] <= matcher._maxid:
                at += 1
        matcher._next_block()
    return out


def postings(
    reader, field: str, text: bytes, deleted: frozenset[int] | None
) -> tuple[list[int], list[float]]:
    """A term's document numbers and weights, a block at a time, without ``deleted``."""
    matcher = reader.postings(field, text)
    if isinstance(matcher, FilterMatcher):  # the segment's deletions: left out below
        matcher = matcher.child
    ids: list[int] = []
    weights: list[float] = []
    if type(matcher) is W3LeafMatcher:
        while not matcher._atend:
            block_ids, block_weights = _ids_and_weights(matcher)
            ids.extend(block_ids if matcher._byteids else accumulate(block_ids))
            weights.extend(_expanded(block_weights, matcher._blocklength))
            matcher._next_block()
    else:
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
    if deleted:
        kept = [i for i, docnum in enumerate(ids) if docnum not in deleted]
        ids, weights = [ids[i] for i in kept], [weights[i] for i in kept]
    return ids, weights


def _ids_and_weights(matcher: W3LeafMatcher) -> tuple[tuple, tuple | float | None]:
    """The current block's stored (delta-coded) document numbers and weights."""
    if not matcher._compression:
        data = matcher._postfile.get(matcher._dataoffset, matcher._nextoffset - matcher._dataoffset)
        found = _without_values(data, matcher._blocklength)
        if found is not None:
            return found
    matcher._read_data()
    return matcher._data[0], matcher._data[1]


def _without_values(data: bytes, count: int) -> tuple[tuple, tuple | float | None] | None:
    """Numbers and weights of a pickled block of ``count`` postings, its values left unread.

    The values start at the first reference to ``_codecs.encode`` (or at the mark just before
    it): no opcode of the numbers and weights, nor a byte of their arguments followed by one,
    reads like that name. The block is cut there and closed as a pair.
    """
    start = data.find(_FIRST_BYTES)
    if start < 1:
        return None
    for cut in (start - 1, start) if data[start - 1] == _MARK else (start,):
        try:
            pair = pickle.loads(data[:cut] + _TUPLE2_STOP)
        except Exception:  # the mark belonged to the weights: try the other cut
            continue
        if type(pair) is tuple and len(pair) == 2 and type(pair[0]) is tuple and len(pair[0]) == count:
            weights = pair[1]
            if (
                weights is None
                or type(weights) is float
                or (type(weights) is tuple and len(weights) == count)
            ):
                return pair
    return None


def _expanded(weights: tuple | float | None, count: int) -> tuple | list[float]:
    """A block's weights as Whoosh's ``_read_weights`` expands them (a constant as float32)."""
    if weights is None:
        return [1.0] * count
    if type(weights) is float:
        return [array("f", [weights])[0]] * count
    return weights
