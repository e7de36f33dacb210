"""Loading a library after a few stories were edited: the cached library with only those again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from goedwerk.core.workspace import Workspace


def reopen(library: Path, data: Path) -> Workspace:
    ws = Workspace(library, data)
    ws.load()
    return ws


def edit(story: Path, old: str, new: str) -> None:
    text = story.read_text(encoding="utf-8")
    assert old in text
    story.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edited_story_is_all_that_is_read_and_the_library_equals_a_full_load(
    mini_library: Path, tmp_path: Path
) -> None:
    reopen(mini_library, tmp_path / "d").index()
    edit(mini_library / "practice" / "de-cadeaubon.md", "envelop", "fruitmand")
    edit(
        mini_library / "practice" / "de-cadeaubon.md",
        "themes: [integriteit]",
        "themes: [integriteit, ruimte]",
    )
    ws = reopen(mini_library, tmp_path / "d")
    assert ws.last_load.parsed == ["practice/de-cadeaubon.md"]
    assert ws.last_load.changed_refs == {"story:de-cadeaubon"}
    fresh = reopen(mini_library, tmp_path / "fresh")  # every file read, every check
    assert fresh.last_load.changed_refs is None  # this one read every file
    assert ws.library.stories == fresh.library.stories
    assert sorted(ws.library.problems) == sorted(fresh.library.problems)
    assert any("onbekend thema 'ruimte'" in p.message for p in ws.library.problems)
    assert [h.id for h in ws.search("fruitmand").hits] == ["de-cadeaubon"]
    assert ws.search("envelop").hits == ()
    ws.close()
    fresh.close()


def test_a_fixed_story_loses_its_problem_and_the_next_start_uses_the_cache(
    mini_library: Path, tmp_path: Path
) -> None:
    story = mini_library / "practice" / "de-nota.md"
    edit(story, "themes: [politieke-loyaliteit]", "themes: [politieke-loyaliteit, bestaat-niet]")
    first = reopen(mini_library, tmp_path / "d")
    assert any("bestaat-niet" in p.message for p in first.library.problems)
    first.close()
    edit(story, ", bestaat-niet]", "]")
    ws = reopen(mini_library, tmp_path / "d")
    assert ws.last_load.changed_refs == {"story:de-nota"}
    assert not any("bestaat-niet" in p.message for p in ws.library.problems)
    ws.close()
    again = reopen(mini_library, tmp_path / "d")
    assert again.last_load.parsed == [] and again.last_load.cached == 9
    assert again.fingerprint == ws.fingerprint  # the cache and index written after the edit are taken
    assert again.library.stories == ws.library.stories
    again.close()


def test_a_story_that_takes_another_id_is_loaded_with_every_check(mini_library: Path, tmp_path: Path) -> None:
    reopen(mini_library, tmp_path / "d").index()
    edit(mini_library / "practice" / "het-verzoek.md", "id: het-verzoek", "id: de-nota")
    ws = reopen(mini_library, tmp_path / "d")
    assert ws.last_load.changed_refs is None
    assert any("bestaat al" in p.message for p in ws.library.problems)
    assert ws.library.get("story", "het-verzoek") is None
    assert [h.id for h in ws.search("verzoek").hits if h.id == "het-verzoek"] == []
    ws.close()


def test_the_catalog_holds_no_parse_and_an_added_story_is_the_only_file_parsed(
    mini_library: Path, tmp_path: Path
) -> None:
    reopen(mini_library, tmp_path / "d").close()
    catalog = tmp_path / "d" / "catalog.sqlite"
    columns = [r[1] for r in sqlite3.connect(catalog).execute("PRAGMA table_info(files)")]
    assert "parsed" not in columns and "sha" in columns  # the parse lives in the library cache only
    story = mini_library / "practice" / "de-cadeaubon.md"
    added = mini_library / "practice" / "de-tweede-bon.md"
    added.write_text(
        story.read_text(encoding="utf-8").replace("id: de-cadeaubon", "id: de-tweede-bon"), encoding="utf-8"
    )
    ws = reopen(mini_library, tmp_path / "d")
    assert ws.last_load.parsed == ["practice/de-tweede-bon.md"] and ws.last_load.cached == 9
    fresh = reopen(mini_library, tmp_path / "fresh")
    assert ws.library.stories == fresh.library.stories
    assert "de-tweede-bon" in {s.id for s in ws.library.stories}
    assert sorted(ws.library.problems) == sorted(fresh.library.problems)
    ws.close()
    fresh.close()


def test_a_quick_start_takes_the_last_library_and_the_check_afterwards_finds_an_edit(
    mini_library: Path, tmp_path: Path
) -> None:
    reopen(mini_library, tmp_path / "d").index()
    edit(mini_library / "practice" / "de-cadeaubon.md", "envelop", "fruitmand")
    ws = Workspace(mini_library, tmp_path / "d")
    story = ws.load_last().get("story", "de-cadeaubon")
    assert not ws.last_load.checked and ws.last_load.parsed == []  # no file was read
    assert "envelop" in story.body  # the library as the last start left it, search with it
    assert [h.id for h in ws.search("envelop").hits] == ["de-cadeaubon"]
    assert ws.check_files() is True
    assert ws.last_load.checked and ws.last_load.changed_refs == {"story:de-cadeaubon"}
    assert "fruitmand" in ws.library.get("story", "de-cadeaubon").body
    assert [h.id for h in ws.search("fruitmand").hits] == ["de-cadeaubon"]
    assert ws.search("envelop").hits == ()
    assert ws.check_files() is False  # the files match the library now
    ws.close()


def test_a_quick_start_on_an_unchanged_library_needs_no_load_and_without_a_cache_reads_the_files(
    mini_library: Path, tmp_path: Path
) -> None:
    first = Workspace(mini_library, tmp_path / "d")
    first.load_last()  # no cache yet: every file read and checked
    assert first.last_load.checked and len(first.last_load.parsed) == 9
    first.close()
    ws = Workspace(mini_library, tmp_path / "d")
    library = ws.load_last()
    assert not ws.last_load.checked
    assert ws.check_files() is False
    assert ws.last_load.checked and ws.library is library  # nothing loaded again
    ws.close()


def test_a_parse_kept_beside_the_cache_is_read_back_as_it_was_parsed() -> None:
    from dataclasses import asdict

    from goedwerk.core.content.loader import content_files, parse_file
    from goedwerk.core.store.catalog import dumps
    from goedwerk.core.store.library_loader import _from_json, _to_json
    from tests.conftest import BUNDLED

    for kind, path in content_files(BUNDLED):
        pfile = parse_file(BUNDLED, kind, path.read_bytes(), path)
        text = dumps(_to_json(pfile))
        deep = {**_to_json(pfile), "entries": [asdict(e) for e in pfile.entries]}
        assert text == dumps({**deep, "problems": [asdict(p) for p in pfile.problems]})
        assert _from_json(text) == pfile, path
