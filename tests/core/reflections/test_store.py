"""Reflections in the catalog: never lost, harvested, counted, searched and exported."""

from __future__ import annotations

import csv
import io
import logging
import stat
from pathlib import Path

import pytest
import sqlite_utils

from goedwerk.cli import main
from goedwerk.core.reflections.harvest import tag_counts, to_csv, to_markdown, top
from goedwerk.core.reflections.store import (
    Labels,
    Reflection,
    ReflectionFilter,
    ReflectionStore,
    resolve_tags,
)
from goedwerk.core.search.reflection_index import ReflectionIndex, index_dir
from goedwerk.core.store import catalog as catalog_mod
from goedwerk.core.store.catalog import Catalog
from goedwerk.core.workspace import Workspace

LABELS = Labels({"integriteit": "Integriteit", "openheid": "Openheid en openbaarheid"}, {"moed": "Moed"})


@pytest.fixture
def ws(mini_library: Path, tmp_path: Path):
    workspace = Workspace(mini_library, tmp_path / "data")
    yield workspace
    workspace.close()


def harvest(store: ReflectionStore) -> dict[str, Reflection]:
    """Three reflections over two packs and two dates."""
    made = {
        "nota": Reflection(
            pack_id="pack-a",
            pack_title="Teamsessie april",
            date="2025-04-10",
            happened="We lazen de nota aan de minister en spraken over tegenspraak.",
            insight="Ambtenaren durven vaker nee te zeggen dan ze denken.",
            themes=("integriteit", "openheid"),
            values=("moed",),
            actions=("Volgende keer een verhaal over openheid", "Teamleider vraagt om feedback; ook anoniem"),
        ),
        "blok": Reflection(
            pack_id="pack-a",
            pack_title="Teamsessie april",
            block_index=1,
            block_title="Het verhaal",
            date="2025-04-10",
            impact="Het raakte ons dat de signalen bleven hangen.",
            themes=("integriteit",),
        ),
        "mei": Reflection(
            pack_id="pack-b",
            pack_title="Afdelingsdag mei",
            date="2025-05-20",
            happened="Gesprek over sturen op cijfers.",
            values=("moed", "zekerheid"),
        ),
    }
    return {key: store.save(r) for key, r in made.items()}


def test_a_reflection_outlives_its_pack(ws: Workspace) -> None:
    pack = ws.packs.new("Teamsessie")
    store = ReflectionStore(ws.catalog)
    saved = store.save(Reflection(pack_id=pack.id, pack_title=pack.title, happened="Goed gesprek."))
    ws.packs.delete(pack.id)
    again = store.get(saved.id)
    assert again.happened == "Goed gesprek." and again.pack_title == "Teamsessie"
    assert store.packs() == [(pack.id, "Teamsessie")]


def test_saving_again_replaces_and_keeps_the_creation_time(ws: Workspace) -> None:
    store = ReflectionStore(ws.catalog)
    first = store.save(Reflection(pack_id="p", block_index=2, happened="a"))
    second = store.save(Reflection(**{**first.__dict__, "happened": "ab"}))
    assert second.created == first.created and second.modified >= first.modified
    assert store.find("p", 2).happened == "ab" and store.find("p", None) is None
    assert len(store.all()) == 1 and first.date  # a date is filled in when none was given


def test_the_harvest_filters_by_pack_date_theme_and_value(ws: Workspace) -> None:
    store = ReflectionStore(ws.catalog)
    made = harvest(store)

    def ids(**kw: object) -> list[str]:
        found = store.query(ReflectionFilter(**kw))
        return [next(k for k, r in made.items() if r.id == f.id) for f in found]

    assert ids() == ["mei", "nota", "blok"]  # newest date first; the session before its blocks
    assert ids(pack_ids=("pack-a",)) == ["nota", "blok"]
    assert ids(date_from="2025-05-01") == ["mei"]
    assert ids(date_to="2025-04-30") == ["nota", "blok"]
    assert ids(themes=("openheid",)) == ["nota"]
    assert ids(values=("moed",)) == ["mei", "nota"]
    assert ids(values=("moed",), pack_ids=("pack-b",)) == ["mei"]
    assert ids(ids=()) == []


def test_counts_show_which_themes_and_values_came_up_most(ws: Workspace) -> None:
    store = ReflectionStore(ws.catalog)
    harvest(store)
    themes, values = tag_counts(store.all())
    assert top(themes) == [("integriteit", 2), ("openheid", 1)]
    assert top(values, 1) == [("moed", 2)]


def test_typed_tags_become_ids_when_known() -> None:
    known = {"integriteit": "Integriteit", "sociale-veiligheid": "Sociale veiligheid"}
    text = "integriteit,  Sociale   veiligheid; eigen thema, Integriteit"
    assert resolve_tags(text, known) == ("integriteit", "sociale-veiligheid", "eigen thema")


def test_markdown_export_has_the_prompts_tags_and_actions(ws: Workspace) -> None:
    store = ReflectionStore(ws.catalog)
    harvest(store)
    text = to_markdown(store.query(ReflectionFilter(pack_ids=("pack-a",))), LABELS)
    assert "## Teamsessie april · Hele sessie · 2025-04-10" in text
    assert "## Teamsessie april · Het verhaal · 2025-04-10" in text
    assert "**Welk inzicht neem je mee?**\n\nAmbtenaren durven" in text
    assert "**Thema’s:** Integriteit, Openheid en openbaarheid" in text
    assert "- Teamleider vraagt om feedback; ook anoniem" in text
    assert "Afdelingsdag" not in text


def test_csv_export_survives_semicolons_and_line_breaks(ws: Workspace) -> None:
    store = ReflectionStore(ws.catalog)
    harvest(store)
    rows = list(csv.DictReader(io.StringIO(to_csv(store.all(), LABELS)), delimiter=";"))
    assert [r["pakket"] for r in rows] == ["Afdelingsdag mei", "Teamsessie april", "Teamsessie april"]
    nota = rows[1]
    assert nota["Welk inzicht neem je mee?"].startswith("Ambtenaren durven")
    assert nota["afspraken"].splitlines()[1] == "Teamleider vraagt om feedback; ook anoniem"
    assert nota["thema’s"] == "Integriteit, Openheid en openbaarheid"
    assert rows[0]["waarden"] == "Moed, zekerheid"  # an unknown tag keeps its own name


def test_an_old_catalog_gets_the_tables_without_losing_packs(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    db = sqlite_utils.Database(path)
    for migration in catalog_mod.MIGRATIONS[:2]:
        migration(db)
    db.execute("PRAGMA user_version=2")
    db["packs"].insert({"id": "oud", "title": "Oud pakket", "date": None, "modified": 1.0, "data": "{}"})
    db.conn.commit()
    db.close()
    catalog = Catalog(path)
    assert catalog.schema_version >= 3
    assert {"reflections", "value_sorts"} <= set(catalog.db.table_names())
    assert catalog.db.execute("SELECT title FROM packs").fetchall() == [("Oud pakket",)]
    assert not catalog.db.execute("PRAGMA foreign_key_list(reflections)").fetchall()
    catalog.close()


def test_search_finds_inflected_words_and_tag_names(ws: Workspace) -> None:
    store = ReflectionStore(ws.catalog)
    made = harvest(store)
    index = ReflectionIndex(ws.data_dir)
    everything = store.all()
    assert [h.id for h in index.search_synced("ambtenaar", everything, LABELS)] == [made["nota"].id]
    assert {h.id for h in index.search_synced("signaal", everything, LABELS)} == {made["blok"].id}
    assert {h.id for h in index.search_synced("moed", everything, LABELS)} == {
        made["nota"].id,
        made["mei"].id,
    }
    assert index.search_synced("title:", everything, LABELS) == []  # no field syntax, no crash
    index.close()


def test_the_index_is_separate_private_and_follows_edits(ws: Workspace) -> None:
    store = ReflectionStore(ws.catalog)
    made = harvest(store)
    index = ReflectionIndex(ws.data_dir)
    index.sync(store.all(), LABELS)
    folder = index_dir(ws.data_dir)
    assert folder != ws.index_dir and not folder.is_relative_to(ws.index_dir)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir() if p.is_file())
    store.save(Reflection(**{**made["mei"].__dict__, "happened": "Gesprek over dashboards."}))
    assert index.sync(store.all(), LABELS) is True
    assert [h.id for h in index.search("dashboard")] == [made["mei"].id]
    assert index.search("cijfers") == []
    assert index.sync(store.all(), LABELS) is False  # nothing changed: nothing written
    index.close()


@pytest.mark.parametrize("damage", ["garbage", "missing_segments", "state"])
def test_a_damaged_index_is_rebuilt_from_the_catalog(ws: Workspace, damage: str, caplog) -> None:
    store = ReflectionStore(ws.catalog)
    made = harvest(store)
    index = ReflectionIndex(ws.data_dir)
    index.sync(store.all(), LABELS)
    index.close()
    folder = index_dir(ws.data_dir)
    for path in folder.iterdir():
        if damage == "garbage" and path.suffix in (".toc", ".seg"):
            path.write_bytes(b"\x00garbage" * 50)
        elif damage == "missing_segments" and path.suffix == ".seg":
            path.unlink()
        elif damage == "state" and path.suffix == ".json":
            path.write_text("{ broken", encoding="utf-8")
    fresh = ReflectionIndex(ws.data_dir)
    with caplog.at_level(logging.WARNING, logger="goedwerk.core.search.reflection_index"):
        hits = fresh.search_synced("ambtenaar", store.all(), LABELS)
    assert [h.id for h in hits] == [made["nota"].id]
    assert fresh.rebuilt == 1
    assert "rebuilding" in caplog.text
    fresh.close()


def test_cli_exports_one_packs_reflections_as_csv_and_markdown(
    ws: Workspace, mini_library: Path, tmp_path: Path, capsys
) -> None:
    harvest(ReflectionStore(ws.catalog))
    ws.close()
    common = ["--library", str(mini_library), "--data-dir", str(tmp_path / "data")]
    out = tmp_path / "a.csv"
    assert main(["reflections", "export", "--pack", "pack-a", "--csv", str(out), *common]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert {r["pakket"] for r in rows} == {"Teamsessie april"} and len(rows) == 2
    assert f"{out}: 2 reflecties" in capsys.readouterr().out
    md = tmp_path / "alles.md"
    assert main(["reflections", "export", "--md", str(md), *common]) == 0
    assert "Afdelingsdag mei" in md.read_text(encoding="utf-8")
    assert main(["reflections", "export", "--pack", "pack-x", "--md", str(md), *common]) == 1
    assert "pakket 'pack-x' bestaat niet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["reflections", "export", "--csv", "--md", str(md), *common])
    assert usage.value.code == 2


def test_a_harvest_search_after_an_edit_finds_the_new_words_only(ws: Workspace) -> None:
    store = ReflectionStore(ws.catalog)
    made = harvest(store)
    index = ReflectionIndex(ws.data_dir)
    assert index.search_synced("dashboard", store.all(), LABELS) == []
    store.save(Reflection(**{**made["mei"].__dict__, "happened": "Gesprek over dashboards."}))
    assert [h.id for h in index.search_synced("dashboard", store.all(), LABELS)] == [made["mei"].id]
    index.close()
