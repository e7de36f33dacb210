"""The field lengths read once per segment rank exactly as Whoosh's own BM25F."""

from __future__ import annotations

from pathlib import Path

from whoosh.scoring import BM25F

from goedwerk.core.search.scoring import field_lengths
from goedwerk.core.workspace import Workspace

QUERIES = ("ambtenaar", "nota advies", "cadeaubon", "openheid", "loyaal", "de", "aanbest")


def ranked(ws: Workspace) -> list[list[tuple[str, float]]]:
    return [
        [(h.id, h.score) for h in ws.search(q, limit=100, facets=True, prefix_last=True).hits]
        for q in QUERIES
    ]


def test_hits_and_scores_equal_those_of_whooshs_bm25f(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    listed = ranked(ws)
    index = ws.index()
    index._searcher_obj = index.ix.searcher(weighting=BM25F())  # Whoosh's own, per-match lookups
    assert ranked(ws) == listed
    assert any(len(hits) > 1 for hits in listed) and len({s for hits in listed for _i, s in hits}) > 3
    ws.close()


def test_the_lengths_read_at_once_are_whooshs_length_of_every_document(
    mini_library: Path, tmp_path: Path
) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    reader = ws.index().ix.reader()
    for field in ("text", "themes", "role"):
        lengths = [reader.doc_field_length(docnum, field, 1) for docnum in range(reader.doc_count_all())]
        assert field_lengths(reader, field) == [1 if length is None else length for length in lengths]
        assert len(set(lengths)) > 1  # documents without the field (None: nothing to score) and with
    reader.close()
    ws.close()
