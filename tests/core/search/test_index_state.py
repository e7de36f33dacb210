"""The state file beside an index: written atomically, read defensively, checked against the index."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.fields import ID, Schema

from goedwerk.core.search.index_state import open_checked, read_state, write_state


def make_index(directory: Path, ids: list[str]):
    directory.mkdir()
    ix = whoosh_index.create_in(str(directory), Schema(docid=ID(stored=True, unique=True)))
    with ix.writer() as writer:
        for docid in ids:
            writer.add_document(docid=docid)
    return ix


def test_state_round_trips_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    write_state(path, {"schema": 3, "docs": {"a": "x"}})
    assert read_state(path) == {"schema": 3, "docs": {"a": "x"}}
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_a_missing_or_damaged_state_reads_as_none(tmp_path: Path) -> None:
    assert read_state(tmp_path / "none.json") is None
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert read_state(tmp_path / "bad.json") is None
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    assert read_state(tmp_path / "list.json") is None


def test_an_index_opens_only_when_schema_and_document_count_match(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    directory = tmp_path / "ix"
    make_index(directory, ["a", "b"]).close()
    good = {"schema": 3, "docs": {"a": "1", "b": "2"}}
    ix = open_checked(directory, good, 3, "test index")
    assert ix is not None and ix.doc_count() == 2
    ix.close()
    with caplog.at_level(logging.WARNING):
        assert open_checked(directory, good, 4, "test index") is None
        assert open_checked(directory, {"schema": 3, "docs": {"a": "1"}}, 3, "test index") is None
    assert "expected 1" in caplog.text
