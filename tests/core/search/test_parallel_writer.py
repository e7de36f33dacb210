"""A full build in spawned sub-writers: one segment each, ranked and kept in line like one index."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from goedwerk.core.search.library_index import SearchIndex
from goedwerk.core.search.parallel_writer import ParallelWriter
from goedwerk.core.workspace import Workspace

QUERIES = ("cadeaubon", "nota", "integriteit", "verzoek dashboard", "open")


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Full builds of the small test library run in two sub-writers of four documents a batch."""
    monkeypatch.setattr(SearchIndex, "PARALLEL_FROM", 1)
    monkeypatch.setattr(SearchIndex, "PARALLEL_OPTIONS", {"limitmb": 16, "batchsize": 4})
    monkeypatch.setattr("os.cpu_count", lambda: 2)


def _segments(ws: Workspace) -> int:
    """How many segments the workspace's index has."""
    reader = ws.index().ix.reader()
    try:
        return len(reader.leaf_readers())
    finally:
        reader.close()


def _ranked(ws: Workspace) -> dict[str, list[tuple[float, str]]]:
    """Each query's hits with their scores, best first; equal scores by id, since which
    sub-writer takes which batch (and so the document numbers that break ties) varies."""
    ranked = {}
    for query in QUERIES:
        hits = [(round(h.score, 9), h.id) for h in ws.search(query, limit=20).hits]
        assert [s for s, _id in hits] == sorted((s for s, _id in hits), reverse=True)
        ranked[query] = sorted(hits, key=lambda hit: (-hit[0], hit[1]))
    return ranked


def test_a_parallel_build_ranks_every_query_like_an_in_process_build(
    mini_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    single = Workspace(mini_library, tmp_path / "single")
    expected = _ranked(single)
    single.close()
    monkeypatch.setattr(SearchIndex, "PARALLEL_FROM", 1)
    monkeypatch.setattr(SearchIndex, "PARALLEL_OPTIONS", {"limitmb": 16, "batchsize": 4})
    ws = Workspace(mini_library, tmp_path / "parallel")
    assert ws.reindex().added == 13
    assert _segments(ws) >= 2  # written by more than one process
    assert _ranked(ws) == expected
    assert any(expected.values())
    ws.close()


def test_after_a_parallel_build_an_edited_story_is_found_and_the_segments_merge(
    mini_library: Path, tmp_path: Path, parallel: None
) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    ws.reindex()
    assert ws.search("zeepaardje").total == 0
    story = mini_library / "practice" / "de-nota.md"
    text = story.read_text(encoding="utf-8").replace("\n## ", "\nEen zeepaardje op de kaft.\n\n## ", 1)
    story.write_text(text, encoding="utf-8")
    ws.close()
    again = Workspace(mini_library, tmp_path / "data")  # the next start syncs the edit
    assert [h.id for h in again.search("zeepaardje").hits] == ["de-nota"]
    assert again.index().rebuilt == 0  # one document rewritten in this process, no rebuild
    again.index().ix.optimize()
    assert _segments(again) == 1
    assert [h.id for h in again.search("zeepaardje").hits] == ["de-nota"]
    assert again.search("cadeaubon").total == 1
    again.close()


def test_a_failed_parallel_build_is_done_again_in_process(
    mini_library: Path, tmp_path: Path, parallel: None, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    def fail(self: ParallelWriter, **_kwargs: object) -> None:
        self.cancel()
        raise RuntimeError("a sub-writer of the search index failed (exit codes [1])")

    monkeypatch.setattr(ParallelWriter, "commit", fail)
    with caplog.at_level(logging.WARNING):
        ws = Workspace(mini_library, tmp_path / "data")
        assert ws.search("cadeaubon").total == 1
    assert "parallel build failed" in caplog.text
    assert _segments(ws) == 1
    ws.close()
