"""Votes: kept in the catalog per run and block, and written into the harvest's exports."""

from __future__ import annotations

from pathlib import Path

from goedwerk.core.model import Block, Pack
from goedwerk.core.packs.operations import set_block_field, story_options
from goedwerk.core.reflections.harvest import report_parts, to_csv, to_markdown
from goedwerk.core.reflections.store import Labels
from goedwerk.core.store.catalog import Catalog
from goedwerk.core.workshop.votes import Vote, VoteStore


def test_a_vote_is_kept_per_run_and_found_again_after_reopening(tmp_path: Path) -> None:
    catalog = Catalog(tmp_path / "catalog.sqlite")
    store = VoteStore(catalog)
    vote = Vote("run1", 2, ("Melden", "Laten rusten", "Eerst vragen"), pack_id="p1", pack_title="Teamsessie")
    store.save(vote.with_count(0, 5).with_count(2, 3))
    store.save(Vote("run2", 2, ("Ja", "Nee"), (1, 1), pack_id="p1", pack_title="Teamsessie"))
    catalog.close()
    again = VoteStore(Catalog(tmp_path / "catalog.sqlite"))
    found = again.of_run("run1")
    assert list(found) == [2]
    assert found[2].counts == (5, 0, 3)
    assert found[2].result_text() == "Melden: 5 · Laten rusten: 0 · Eerst vragen: 3"
    assert len(again.query(pack_ids=["p1"])) == 2
    assert again.query(pack_ids=["other"]) == []


def test_votes_show_in_the_markdown_csv_and_report_exports() -> None:
    vote = Vote(
        "r", 1, ("Ja", "Nee"), (6, 2), pack_title="Teamsessie", block_title="Stemming", date="2026-12-01"
    )
    markdown = to_markdown([], Labels(), [vote])
    assert "## Teamsessie · Stemming · 2026-12-01" in markdown
    assert "- Ja: 6 (75 %)" in markdown and "- Nee: 2 (25 %)" in markdown
    csv = to_csv([], Labels(), [vote])
    assert csv.splitlines()[0].endswith(";stemming")
    assert csv.splitlines()[1].startswith("2026-12-01;Teamsessie;;Stemming;")
    assert csv.splitlines()[1].endswith(";Ja: 6 · Nee: 2")
    parts = report_parts([], Labels(), votes=[vote])
    assert [p.name for p in parts] == ["reflections", "votes"]
    assert "Ja" in parts[1].pages[0] and "6 (75 %)" in parts[1].pages[0]


def test_options_are_cleaned_and_can_come_from_the_story_questions(mini_library: Path) -> None:
    from goedwerk.core.content.assembly import load_library

    library = load_library(mini_library)
    story = next(s for s in library.stories if s.questions)
    pack = Pack("p", "x", blocks=(Block("Stem", 5, "vote", items=(f"story:{story.id}",)),))
    pack = set_block_field(pack, 0, "options", ["  Ja ", "", "Ja", "Nee", *"abcdef"])
    assert pack.blocks[0].options == ("Ja", "Nee", "a", "b", "c", "d")
    options = story_options(pack.blocks[0], library)
    assert options and options[0] == library.get("question", story.questions[0]).text


def test_a_vote_block_round_trips_through_a_pack_file_and_one_option_is_refused(
    mini_library: Path, tmp_path: Path
) -> None:
    from goedwerk.core.content.assembly import load_library
    from goedwerk.core.packs.packfile import check_pack_file, read_pack_file, write_pack_file

    library = load_library(mini_library)
    pack = Pack("p", "Stemsessie", blocks=(Block("Wat doe je?", 5, "vote", options=("Ja", "Nee")),))
    path = tmp_path / "stem.pack.yaml"
    write_pack_file(pack, path)
    assert "kind: vote" in path.read_text(encoding="utf-8")
    assert read_pack_file(path, library).blocks[0].options == ("Ja", "Nee")
    path.write_text(path.read_text(encoding="utf-8").replace("- Nee\n", ""), encoding="utf-8")
    _pack, problems = check_pack_file(path, library)
    assert [p.message for p in problems] == ["blok 'Wat doe je?': een stemming heeft 2 tot 6 opties, niet 1"]
