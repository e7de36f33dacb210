"""Catalog and index are reused when nothing changed, updated per file, rebuilt when broken."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from goedwerk.core.reflections.store import Reflection, ReflectionStore
from goedwerk.core.store.backup import check_and_backup
from goedwerk.core.store.catalog import MIGRATIONS
from goedwerk.core.workspace import Workspace


def reopen(library: Path, data: Path) -> Workspace:
    ws = Workspace(library, data)
    ws.load()
    return ws


def test_unchanged_library_is_read_from_the_catalog(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    first = reopen(mini_library, data)
    assert len(first.last_load.parsed) == 9 and first.index().sync().changed is False
    first.close()
    second = reopen(mini_library, data)
    assert second.last_load.parsed == [] and second.last_load.cached == 9
    assert second.library.counts()["stories"] == 4
    assert second.index().sync().changed is False
    assert second.search("cadeaubon").hits[0].id == "de-cadeaubon"
    second.close()


def test_changed_story_is_parsed_and_reindexed_alone(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    reopen(mini_library, data).index()
    story = mini_library / "practice" / "de-cadeaubon.md"
    story.write_text(story.read_text(encoding="utf-8").replace("envelop", "fruitmand"), encoding="utf-8")
    ws = reopen(mini_library, data)
    assert ws.last_load.parsed == ["practice/de-cadeaubon.md"]
    assert [h.id for h in ws.search("fruitmand").hits] == ["de-cadeaubon"]
    assert ws.search("envelop").hits == ()
    ws.close()


def test_sync_reports_only_what_changed(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    ws = reopen(mini_library, data)
    ws.index()
    story = mini_library / "practice" / "het-dashboard.md"
    story.write_text(story.read_text(encoding="utf-8").replace("quarter", "month"), encoding="utf-8")
    (mini_library / "practice" / "de-cadeaubon.md").unlink()
    ws.load()
    report = ws.index().sync(ws.library)
    assert (report.updated, report.removed, report.rebuilt) == (1, 1, False)
    assert ws.search("cadeaubon", {"kind": "story"}).hits == ()
    ws.close()


def test_added_story_is_found(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    reopen(mini_library, data).index()
    src = (mini_library / "practice" / "de-cadeaubon.md").read_text(encoding="utf-8")
    new = src.replace("id: de-cadeaubon", "id: de-fiets").replace("cadeaubon", "fiets")
    (mini_library / "practice" / "de-fiets.md").write_text(new, encoding="utf-8")
    ws = reopen(mini_library, data)
    assert ws.last_load.parsed == ["practice/de-fiets.md"]
    assert [h.id for h in ws.search("fiets", {"kind": "story"}).hits] == ["de-fiets"]
    ws.close()


def test_corrupt_index_is_rebuilt_and_search_still_works(mini_library: Path, tmp_path: Path, caplog) -> None:
    data = tmp_path / "d"
    ws = reopen(mini_library, data)
    index_dir = ws.index_dir
    ws.index()
    ws.close()
    garbled = [p.name for p in index_dir.iterdir() if p.suffix in {".toc", ".trm", ".pst"}]
    assert {Path(name).suffix for name in garbled} == {".toc", ".trm", ".pst"}  # the files exist
    for name in garbled:
        (index_dir / name).write_bytes(b"\x00garbage")
    ws = reopen(mini_library, data)
    assert [h.id for h in ws.search("cadeaubon").hits] == ["de-cadeaubon"]
    assert "rebuilding" in caplog.text
    ws.close()


def test_missing_index_is_rebuilt(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    ws = reopen(mini_library, data)
    ws.index()
    ws.close()
    import shutil

    shutil.rmtree(ws.index_dir)
    ws = reopen(mini_library, data)
    assert ws.search("cadeaubon").total == 1
    ws.close()


def test_catalog_is_versioned_in_wal_mode(mini_library: Path, tmp_path: Path) -> None:
    ws = reopen(mini_library, tmp_path / "d")
    assert ws.catalog.schema_version == len(MIGRATIONS)
    assert ws.catalog.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ws.catalog.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert len(ws.library.stories) + len(ws.library.values) + len(ws.library.questions) == 12
    assert "items" not in ws.catalog.db.table_names()  # written and never read: dropped in v5
    ws.close()


def test_catalog_from_a_newer_app_is_refused_with_a_message(mini_library: Path, tmp_path: Path) -> None:
    from goedwerk.core.errors import CatalogError

    data = tmp_path / "d"
    reopen(mini_library, data).close()
    conn = sqlite3.connect(data / "catalog.sqlite")
    conn.execute("PRAGMA user_version=99")
    conn.close()
    try:
        Workspace(mini_library, data)
    except CatalogError as exc:
        assert "nieuwere versie" in str(exc)
    else:
        raise AssertionError("a newer catalog was opened")


def test_favourites_and_recent_items_survive_reopening(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    ws = reopen(mini_library, data)
    ws.set_favourite("story", "de-nota", True)
    ws.set_favourite("value", "gezin", True)
    ws.set_favourite("value", "gezin", False)
    ws.mark_opened("story", "het-verzoek")
    ws.mark_opened("question", "q-af-1")
    ws.close()
    ws = reopen(mini_library, data)
    assert ws.favourites() == [("story", "de-nota")]
    assert ws.recent() == [("question", "q-af-1"), ("story", "het-verzoek")]
    ws.close()


def test_data_dir_is_private(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "private"
    ws = reopen(mini_library, data)
    ReflectionStore(ws.catalog).keep(Reflection(happened="In het dagboek."))  # the journal file
    ws.close()
    check_and_backup(data)
    private = [data, data / "catalog.sqlite", data / "backups", *(data / "backups").iterdir()]
    private.append(data / "reflections-journal.json")
    modes = {str(p.relative_to(tmp_path)): p.stat().st_mode & 0o777 for p in private}
    assert modes == {name: 0o700 if (tmp_path / name).is_dir() else 0o600 for name in modes}
    # the index and the SQLite sidecars follow the process umask: tests/cli/test_file_modes.py


def test_a_failing_write_is_a_catalog_error_and_keeps_nothing(mini_library: Path, tmp_path: Path) -> None:
    import pytest

    from goedwerk.core.errors import CatalogError

    ws = reopen(mini_library, tmp_path / "d")
    ws.set_favourite("story", "de-nota", True)
    ws.catalog.db.execute(
        "CREATE TRIGGER no_more BEFORE INSERT ON favourites BEGIN SELECT RAISE(ABORT, 'schijf vol'); END"
    )
    with pytest.raises(CatalogError, match="schijf vol"):
        ws.set_favourite("story", "het-verzoek", True)
    assert ws.favourites() == [("story", "de-nota")]
    ws.set_favourite("story", "de-nota", False)  # the catalog still works afterwards
    assert ws.favourites() == []
    ws.close()


FRONT = """---
id: {id}
title: {title}
summary: Een verhaal om de lengte te meten.
themes: [openheid]
b: [betrouwbaar]
sector: gemeente
role: leidinggevende
values: [eerlijkheid]
questions: [q-verdiep-2]
language: nl
---

{body}

## Voor de gespreksleider

Vraag de groep wat zij zouden doen.

## Korte versie

Een korte versie.
"""
# 24 words between many Markdown marks (a list, dashes, emphasis, a quote): ``split()`` counts 44
MARKED = "\n".join(
    [
        "- **Een** — *teamleider* — leest",
        "- **de** — *notities* — terug",
        "- **van** — *zijn* — mensen",
        "> — twijfels — staan — erin",
        "- *nooit* — **in** — een",
        "- *voorstel* — **van** — de",
        "- *raad* — **voor** — de",
        "- *wethouder* — **of** — later",
    ]
)
PLAIN = " ".join(["woord"] * 30)  # 30 words, no marks


def write_story(library: Path, story_id: str, title: str, body: str) -> None:
    """Add a practice story with ``body`` as its text to ``library``."""
    (library / "practice" / f"{story_id}.md").write_text(
        FRONT.format(id=story_id, title=title, body=body), encoding="utf-8"
    )


def test_item_length_counts_the_text_as_read_and_keeps_it_cached(mini_library: Path, tmp_path: Path) -> None:
    write_story(mini_library, "veel-opmaak", "Veel opmaak", MARKED)
    write_story(mini_library, "platte-tekst", "Platte tekst", PLAIN)
    assert len(MARKED.split()) > len(PLAIN.split())  # the old approximation put them the other way
    data = tmp_path / "d"
    first = reopen(mini_library, data)
    assert first.item_length("story", "veel-opmaak") == 24
    assert first.item_length("story", "platte-tekst") == 30
    first.close()
    second = reopen(mini_library, data)  # from the cache: the counts travel with the stories
    assert second.last_load.parsed == []
    assert second.library.get("story", "veel-opmaak").words == 24
    assert second.item_length("story", "platte-tekst") == 30
    assert second.item_length("story", "bestaat-niet") == 0
    second.close()
