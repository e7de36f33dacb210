"""Packs: made from a format, clock times, pure edits, pack files, and packs in the catalog."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils

from goedwerk.core.content.assembly import load_library
from goedwerk.core.errors import ContentError, GoedWerkError, NotFoundError
from goedwerk.core.model import Block, Library, Pack
from goedwerk.core.packs import operations as packs
from goedwerk.core.packs.packfile import check_pack_file, parse_pack, read_pack_file
from goedwerk.core.store.catalog import MIGRATIONS, Catalog
from goedwerk.core.workspace import Workspace

PACKS = Path(__file__).parents[2] / "data" / "packs"


@pytest.fixture
def library(mini_library: Path) -> Library:
    return load_library(mini_library)


@pytest.fixture
def team_pack(library: Library) -> Pack:
    fmt = library.format("teamstart")
    assert fmt is not None
    return replace(packs.new_pack("", fmt), start="13:30")


def times(pack: Pack) -> list[tuple[str, str]]:
    return [(slot.start, slot.end) for slot in packs.schedule(pack)]


# -- model and edits -----------------------------------------------------------------------------


def test_pack_from_a_format_copies_its_blocks_and_length(team_pack: Pack) -> None:
    assert team_pack.title == "Teamstart van een halfuur"
    assert [b.title for b in team_pack.blocks] == ["Verhaal lezen", "Twee vragen", "Afspraak"]
    assert team_pack.blocks[0].instructions == "Lees het verhaal samen hardop."
    assert (team_pack.minutes, team_pack.planned_minutes, team_pack.format) == (30, 30, "teamstart")
    assert len(team_pack.id) == 32 and team_pack.created > 0


def test_blank_pack_has_no_blocks_and_no_plan() -> None:
    pack = packs.new_pack("Leeg")
    assert (pack.blocks, pack.minutes, pack.planned_minutes, packs.overrun(pack)) == ((), 0, None, 0)
    assert packs.new_pack("Leeg").id != pack.id


def test_clock_times_follow_the_start_and_the_minutes(team_pack: Pack) -> None:
    assert times(team_pack) == [("13:30", "13:40"), ("13:40", "13:55"), ("13:55", "14:00")]
    longer = packs.set_block_field(team_pack, 0, "minutes", 25)
    assert times(longer) == [("13:30", "13:55"), ("13:55", "14:10"), ("14:10", "14:15")]
    assert packs.end_time(longer) == "14:15"
    late = packs.set_pack_field(team_pack, "start", "23:45")
    assert times(late)[-1] == ("00:10", "00:15")


def test_without_a_start_time_the_times_count_from_zero(team_pack: Pack) -> None:
    pack = packs.set_pack_field(team_pack, "start", "")
    assert pack.start is None and packs.end_time(pack) is None
    assert times(packs.set_block_field(pack, 1, "minutes", 65)) == [
        ("0:00", "0:10"),
        ("0:10", "1:15"),
        ("1:15", "1:20"),
    ]


def test_running_over_the_planned_length_is_reported(team_pack: Pack) -> None:
    assert not packs.is_over_planned(team_pack)
    pack = packs.add_block(team_pack, Block("Pauze", 10, "break"))
    assert (packs.is_over_planned(pack), packs.overrun(pack)) == (True, 10)
    assert packs.overrun(packs.set_pack_field(pack, "planned_minutes", 45)) == 0
    assert packs.overrun(packs.set_pack_field(pack, "planned_minutes", None)) == 0


def test_edits_return_new_packs_and_keep_the_old_one(team_pack: Pack) -> None:
    pack = packs.add_block(team_pack, Block("Welkom", 5, "intro"), index=0)
    assert [b.title for b in pack.blocks] == ["Welkom", "Verhaal lezen", "Twee vragen", "Afspraak"]
    assert team_pack.blocks[0].title == "Verhaal lezen"
    moved = packs.move_block(pack, 0, 3)
    assert [b.title for b in moved.blocks] == ["Verhaal lezen", "Twee vragen", "Afspraak", "Welkom"]
    assert packs.remove_block(moved, 3).blocks == team_pack.blocks
    renamed = packs.set_block_field(team_pack, 2, "title", "Afspraak maken")
    assert renamed.blocks[2].title == "Afspraak maken" and renamed.blocks[2].minutes == 5


def test_items_are_added_moved_between_blocks_and_removed(team_pack: Pack) -> None:
    pack = packs.add_item(team_pack, 0, "story:de-nota")
    pack = packs.add_item(pack, 0, "story:de-cadeaubon", index=0)
    assert pack.blocks[0].items == ("story:de-cadeaubon", "story:de-nota")
    assert packs.add_item(pack, 0, "story:de-nota") is pack  # already there: no change
    moved = packs.move_item(pack, (0, 1), (1, 0))
    assert (moved.blocks[0].items, moved.blocks[1].items) == (("story:de-cadeaubon",), ("story:de-nota",))
    within = packs.move_item(pack, (0, 0), (0, 1))
    assert within.blocks[0].items == ("story:de-nota", "story:de-cadeaubon")
    assert packs.remove_item(moved, 1, 0).blocks[1].items == ()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda p: packs.set_block_field(p, 0, "minutes", 0), "positief geheel getal"),
        (lambda p: packs.set_block_field(p, 0, "kind", "dans"), "onbekende soort blok 'dans'"),
        (lambda p: packs.add_item(p, 0, "verhaal:x"), "geen geldige verwijzing"),
        (lambda p: packs.set_pack_field(p, "date", "1-12-2026"), "ongeldige datum"),
        (lambda p: packs.set_pack_field(p, "start", "25:00"), "ongeldige begintijd"),
        (lambda p: packs.set_pack_field(p, "planned_minutes", -5), "geplande duur"),
        (lambda p: packs.add_block(p, Block("X", 0, "intro")), "positief geheel getal"),
    ],
)
def test_bad_edits_are_refused_in_dutch(team_pack: Pack, edit, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        edit(team_pack)


def test_pack_fields_are_normalised(team_pack: Pack) -> None:
    pack = packs.set_pack_field(team_pack, "start", "9:05")
    pack = packs.set_pack_field(pack, "facilitators", [" A ", "", "B"])
    assert (pack.start, pack.facilitators) == ("09:05", ("A", "B"))


def test_duplicate_gets_a_new_id_and_a_copy_title(team_pack: Pack) -> None:
    copy = packs.duplicate(team_pack)
    assert copy.id != team_pack.id and copy.title == "Teamstart van een halfuur (kopie)"
    assert copy.blocks == team_pack.blocks
    assert packs.duplicate(team_pack, "Tweede ronde").title == "Tweede ronde"


def test_missing_refs_name_items_the_library_lacks(team_pack: Pack, library: Library) -> None:
    pack = packs.add_item(packs.add_item(team_pack, 0, "story:de-nota"), 0, "story:weg")
    assert packs.missing_refs(pack, library) == ["story:weg"]


# -- pack files ----------------------------------------------------------------------------------


def test_the_sample_pack_file_reads_as_written(library: Library) -> None:
    pack = read_pack_file(PACKS / "teamsessie.pack.yaml", library)
    assert (pack.title, pack.date, pack.start) == ("Teamsessie Goed Werk", "2026-12-01", "13:30")
    assert pack.place == "Utrecht, zaal ’t Hoogt"
    assert pack.facilitators == ("Gespreksleider A", "Gespreksleider B")
    assert (pack.format, pack.planned_minutes, pack.minutes) == ("teamstart", 45, 40)
    assert pack.blocks[1].items == ("story:de-nota", "story:de-cadeaubon")
    assert "ideeën" in pack.blocks[0].instructions


def test_a_pack_file_round_trips(library: Library, tmp_path: Path) -> None:
    pack = read_pack_file(PACKS / "teamsessie.pack.yaml", library)
    pack = packs.set_block_field(pack, 3, "instructions", "Twee regels:\neerst dit, dan dat.")
    target = tmp_path / "terug.pack.yaml"
    ws = Workspace(library.root, tmp_path / "d")
    ws.packs.export_file(pack, target)
    ws.close()
    text = target.read_text(encoding="utf-8")
    assert "items: [story:de-nota, story:de-cadeaubon]" in text
    assert "start: '13:30'" in text and "date: 2026-12-01" in text
    again = read_pack_file(target, library)
    assert replace(again, id=pack.id) == pack
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".goedwerk-")] == []


def test_a_format_without_blocks_gives_the_format_blocks(library: Library) -> None:
    pack, problems = parse_pack("title: Kort\nformat: teamstart\n", library, "kort.pack.yaml")
    assert problems == [] and pack is not None
    assert [b.title for b in pack.blocks] == ["Verhaal lezen", "Twee vragen", "Afspraak"]
    assert pack.planned_minutes == 30


def test_every_problem_of_the_broken_pack_file_has_its_line(library: Library) -> None:
    pack, problems = check_pack_file(PACKS / "kapot.pack.yaml", library)
    assert pack is not None  # read as far as possible, but not usable:
    found = [(p.line, p.message) for p in problems]
    expected = [
        (3, "ongeldige datum '2026-02-30'"),
        (4, "ongeldige begintijd '25:00'"),
        (5, "onbekende werkvorm 'bestaat-niet' (kies uit: teamstart)"),
        (8, "blok 'Opening': minuten moet een positief geheel getal zijn, niet '0'"),
        (12, "blok 'Verhaal': onbekende soort 'verhaal'"),
        (15, "verhaal 'de-noot' bestaat niet in de bibliotheek (bedoel je 'de-nota'?)"),
        (16, "'verhaal-zonder-soort' is geen geldige verwijzing"),
        (17, "vraag 'q-bestaat-niet' bestaat niet in de bibliotheek"),
        (19, "blok 'Zonder duur': verplicht veld 'minutes' ontbreekt"),
    ]
    assert len(found) == len(expected)
    for (line, message), (want_line, want) in zip(found, expected, strict=True):
        assert line == want_line and message.startswith(want), (line, message)
    assert all(p.fatal for p in problems)
    assert problems[0].format().endswith("kapot.pack.yaml:3: " + problems[0].message)
    with pytest.raises(ContentError) as exc:
        read_pack_file(PACKS / "kapot.pack.yaml", library)
    assert len(exc.value.problems) == 9


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("title: A\nblocks:\n  - title: B\n    minutes: [\n", 4, "YAML-fout"),
        ("title: A\nsummary: 'open\nplace: x\n", 2, "YAML-fout"),
        ("", 1, "bestand is leeg"),
        ("- title: A\n", 1, "verwacht een pakket met velden"),
        ("date: 2026-12-01\n", 1, "verplicht veld 'title' ontbreekt"),
        ("title: A\ndate: 1 december\n", 2, "ongeldige datum '1 december'"),
        ("title: A\nstart: 1330\n", 2, "ongeldige begintijd '1330'"),
        ("title: A\nplanned_minutes: nul\n", 2, "geplande duur moet een positief geheel getal"),
        ("title: A\nfacilitators: {a: b}\n", 2, "moet een lijst van namen zijn"),
        ("title: A\nblocks: Opening\n", 2, "veld 'blocks' moet een lijst van blokken zijn"),
        ("title: A\nblocks:\n  - Opening\n", 3, "blok 1: verwacht een blok met velden"),
        ("title: A\nblocks:\n" + "  - {title: B, minutes: 5}\n" * 4 + "  - Opening\n", 7, "blok 5: verwacht"),
        ("title: A\nblocks:\n" + "  - {title: B, minutes: 5}\n" * 4 + "  -\n", 7, "blok 5: verwacht"),
        ("title: A\nblocks:\n  - minutes: 5\n", 3, "verplicht veld 'title' ontbreekt"),
        ("title: A\nblocks:\n  - title: B\n    minutes: -5\n", 4, "niet '-5'"),
        ("title: A\nblocks:\n  - title: B\n    minutes: 2.5\n", 4, "niet '2.5'"),
        ("title: A\nblocks:\n  - {title: B, minutes: 5, items: [value:geen]}\n", 3, "waardenkaart 'geen'"),
        ("title: A\nblocks:\n  - {title: B, minutes: 5, items: [{a: 1}]}\n", 3, "geen geldige verwijzing"),
    ],
)
def test_each_validation_rule_reports_its_line(library: Library, text: str, line: int, message: str) -> None:
    _pack, problems = parse_pack(text, library, "p.pack.yaml")
    fatal = [p for p in problems if p.fatal]
    assert fatal, problems
    assert fatal[0].line == line and message in fatal[0].message, fatal[0]


def test_a_file_that_is_not_utf8_is_reported_with_its_line(library: Library, tmp_path: Path) -> None:
    bad = tmp_path / "latin.pack.yaml"
    bad.write_bytes("title: A\nplace: Café\n".encode("latin-1"))
    pack, problems = check_pack_file(bad, library)
    assert pack is None and [(p.line, p.message) for p in problems] == [
        (2, "bestand is geen geldige UTF-8-tekst")
    ]


def test_unknown_and_double_fields_only_warn(library: Library) -> None:
    text = "title: A\nfacilitator: B\ntitle: C\nblocks:\n  - {title: D, minutes: 5, duur: 3}\n"
    pack, problems = parse_pack(text, library, "p.pack.yaml")
    assert pack is not None and pack.title == "C"
    assert [(p.line, p.fatal) for p in problems] == [(2, False), (3, False), (5, False)]
    assert "onbekend veld 'facilitator'" in problems[0].message


def test_times_and_dates_may_be_written_without_quotes(library: Library) -> None:
    pack, problems = parse_pack("title: A\ndate: 2026-03-05\nstart: 9:05\n", library, "p")
    assert problems == [] and pack is not None
    assert (pack.date, pack.start) == ("2026-03-05", "09:05")


def test_a_missing_pack_file_is_not_found(library: Library, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="bestaat niet"):
        read_pack_file(tmp_path / "weg.pack.yaml", library)


# -- the catalog ---------------------------------------------------------------------------------


def test_nothing_is_stored_from_a_bad_pack_file(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "d")
    with pytest.raises(ContentError):
        ws.packs.import_file(PACKS / "kapot.pack.yaml")
    assert ws.packs.all() == []
    imported = ws.packs.import_file(PACKS / "teamsessie.pack.yaml")
    assert [p.id for p in ws.packs.all()] == [imported.id]
    ws.close()


def test_packs_are_listed_by_date_then_title_undated_last(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "d")
    for title, day in [("b-later", "2026-12-01"), ("zonder", None), ("a-later", "2026-12-01"),
                       ("eerder", "2026-01-15"), ("Anders zonder", None)]:  # fmt: skip
        ws.packs.save(replace(packs.new_pack(title), date=day))
    assert [p.title for p in ws.packs.all()] == ["eerder", "a-later", "b-later", "Anders zonder", "zonder"]
    ws.close()


def test_a_deleted_pack_can_be_restored_exactly(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "d")
    pack = ws.packs.new(format_id="teamstart")
    pack = ws.packs.save(packs.add_item(pack, 0, "story:de-nota"))
    deleted = ws.packs.delete(pack.id)
    assert deleted == pack and ws.packs.all() == []
    with pytest.raises(NotFoundError):
        ws.packs.get(pack.id)
    with pytest.raises(NotFoundError):
        ws.packs.delete(pack.id)
    ws.packs.restore(deleted)
    assert ws.packs.get(pack.id) == pack
    ws.close()


def test_saving_updates_in_place_and_touches_modified(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "d")
    pack = ws.packs.new("Eerst")
    saved = ws.packs.save(packs.set_pack_field(pack, "title", "Daarna"))
    assert [p.title for p in ws.packs.all()] == ["Daarna"]
    assert saved.created == pack.created and saved.modified >= pack.modified
    copy = ws.packs.duplicate(saved)
    assert sorted(p.title for p in ws.packs.all()) == ["Daarna", "Daarna (kopie)"] and copy.id != saved.id
    with pytest.raises(NotFoundError, match="werkvorm 'geen'"):
        ws.packs.new(format_id="geen")
    ws.close()


def test_packs_survive_reopening_and_belong_to_the_data_dir(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "d"
    ws = Workspace(mini_library, data)
    pack = ws.packs.import_file(PACKS / "teamsessie.pack.yaml")
    ws.close()
    other_library = shutil.copytree(mini_library, tmp_path / "andere")
    ws = Workspace(other_library, data)
    assert ws.packs.all() == [pack]
    ws.close()


def test_an_older_catalog_gains_the_packs_table(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS[0](sqlite_utils.Database(conn))
    conn.execute("PRAGMA user_version=1")
    conn.close()
    catalog = Catalog(path)
    assert catalog.schema_version == len(MIGRATIONS) >= 2
    assert catalog.list_packs() == []
    catalog.save_pack(packs.new_pack("Na de migratie"))
    assert [p.title for p in catalog.list_packs()] == ["Na de migratie"]
    catalog.close()


def test_exporting_to_a_missing_folder_fails_cleanly(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "d")
    with pytest.raises(GoedWerkError, match=r"kan .* niet schrijven"):
        ws.packs.export_file(packs.new_pack("X"), tmp_path / "nergens" / "x.pack.yaml")
    ws.close()
