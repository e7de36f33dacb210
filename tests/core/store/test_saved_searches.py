"""Saved searches: named queries with filters, kept across restarts; rename, delete and undo."""

from __future__ import annotations

from pathlib import Path

from goedwerk.core.workspace import Workspace


def test_saved_searches_survive_a_restart_and_rename(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    saved = ws.saved_searches.add("Integriteit", "cadeaubon", {"kind": ("story",), "b": ()})
    ws.saved_searches.add("Alle vragen", "", {"kind": ("question",)})
    ws.close()
    again = Workspace(mini_library, tmp_path / "data")
    try:
        names = [(s.name, s.query, s.filters) for s in again.saved_searches.list()]
        assert names == [
            ("Alle vragen", "", {"kind": ("question",)}),
            ("Integriteit", "cadeaubon", {"kind": ("story",)}),
        ]
        again.saved_searches.rename(saved.id, "Cadeaus")
        assert [s.name for s in again.saved_searches.list()] == ["Alle vragen", "Cadeaus"]
        stored = again.saved_searches.get(saved.id)
        assert again.search(stored.query, stored.filters).total == 1
    finally:
        again.close()


def test_delete_returns_the_search_for_undo(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    try:
        saved = ws.saved_searches.add("Nota", "nota", {})
        gone = ws.saved_searches.delete(saved.id)
        assert ws.saved_searches.list() == []
        ws.saved_searches.restore(gone)
        assert ws.saved_searches.list() == [saved]
    finally:
        ws.close()
