"""Postings read a block at a time are the postings Whoosh's matchers hand out one by one."""

from __future__ import annotations

import pickle
import struct
from pathlib import Path

from goedwerk.core.search.postings import _without_values, positions, postings
from goedwerk.core.workspace import Workspace


def _stepped(reader, field: str, text: bytes) -> tuple[list[int], list[float], list[bytes]]:
    matcher = reader.postings(field, text)  # with the segment's deletions filtered out
    ids, weights, values = [], [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        values.append(matcher.value())
        matcher.next()
    return ids, weights, values


def test_every_terms_postings_and_positions_equal_whooshs(bundled_library: Path, tmp_path: Path) -> None:
    ws = Workspace(bundled_library, tmp_path / "data")
    story = ws.library.stories[0]
    writer = ws.index().ix.writer()  # a deletion in the segment, as an incremental sync leaves it
    writer.delete_by_term("docid", f"story:{story.id}")
    writer.commit(merge=False)
    reader = ws.index().ix.reader()
    deleted = reader.deleted_docs_set
    assert deleted
    long_lists = 0
    for field in ("text", "themes", "role"):
        for text in reader.lexicon(field):
            ids, weights, values = _stepped(reader, field, text)
            assert postings(reader, field, text, deleted) == (ids, weights), (field, text)
            chosen = ids[::3]
            wanted = {d: v for d, v in zip(ids, values, strict=True) if d in chosen}
            assert positions(reader, field, text, chosen) == wanted
            long_lists += len(ids) > 128  # more than one block
    assert long_lists  # a term in more than one block
    reader.close()
    ws.close()


def test_a_block_is_read_up_to_its_values_and_anything_else_is_left_to_pickle() -> None:
    ids, weights = (3, 1, 1, 4), (2.0, 1.0, 3.0, 1.0)
    block = pickle.dumps((ids, weights, tuple(b"\x00\x00\x00\x01" + bytes([i]) for i in range(4))), 2)
    assert _without_values(block, 4) == (ids, weights)
    assert _without_values(block, 5) is None  # not the count the block's header says
    assert _without_values(pickle.dumps((ids, None, None), 2), 4) is None  # no bytes values
    # a constant weight whose last byte is the mark's, just before two values (no mark)
    weight = struct.unpack(">d", b"\x3f\xf8\x00\x00\x00\x00\x00\x28")[0]
    block = pickle.dumps((ids, weight, (b"\x01", b"\x02")), 2)
    assert block[block.find(b"c_codecs") - 1] == 0x28
    assert _without_values(block, 4) == (ids, weight)
