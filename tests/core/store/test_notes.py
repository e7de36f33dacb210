"""Private notes on items: kept in the catalog across restarts, per library, and searchable."""

from __future__ import annotations

from pathlib import Path

from goedwerk.core.workspace import Workspace


def test_notes_survive_a_restart_and_an_empty_note_is_none(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    ws.notes.set("story:de-nota", "Werkte goed bij Team Vergunningen; lees het slot hardop.")
    ws.notes.set("value:moed", "Vraag door op wat moed kost.")
    ws.close()
    again = Workspace(mini_library, tmp_path / "data")
    try:
        assert again.notes.get("story:de-nota") == "Werkte goed bij Team Vergunningen; lees het slot hardop."
        assert list(again.notes.all()) == ["value:moed", "story:de-nota"]
        again.notes.set("value:moed", "  ")
        assert again.notes.get("value:moed") == ""
        assert list(again.notes.all()) == ["story:de-nota"]
    finally:
        again.close()


def test_a_note_makes_its_item_a_search_hit(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    try:
        assert ws.search("slotzin").total == 0
        ws.notes.set("story:de-cadeaubon", "De slotzin raakt altijd; laat het even stil.")
        result = ws.search("slotzin")
        assert [(h.kind, h.id) for h in result.hits] == [("story", "de-cadeaubon")]
        assert ws.search("SLOTZIN stil").total == 1  # every word, any case
        assert ws.search("slotzin", {"kind": "value"}).total == 0  # filters still apply
    finally:
        ws.close()
