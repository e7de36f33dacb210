"""A story body's closing sections: facilitator notes and short version, named by line."""

from __future__ import annotations

from pathlib import Path

from goedwerk.core.content.assembly import load_library
from goedwerk.core.content.sections import split_story, word_count
from goedwerk.core.model import Kind

BODY = """Het verhaal zelf.

Nog een alinea.

## Voor de gespreksleider

De kern van het gesprek.

## Korte versie

Kort verteld."""


def test_the_three_parts_are_taken_apart() -> None:
    parts = split_story(BODY, first_line=10)
    assert parts.text == "Het verhaal zelf.\n\nNog een alinea."
    assert parts.notes == "De kern van het gesprek."
    assert parts.short_text == "Kort verteld."
    assert parts.problems == []


def test_a_missing_section_is_reported_at_the_end_of_the_file() -> None:
    parts = split_story("Alleen het verhaal.\n\nTweede regel.", first_line=14)
    assert [line for line, _msg in parts.problems] == [16, 16]
    assert "Voor de gespreksleider" in parts.problems[0][1] and "Korte versie" in parts.problems[1][1]
    assert parts.text == "Alleen het verhaal.\n\nTweede regel."


def test_unknown_repeated_misplaced_and_empty_sections_name_their_line() -> None:
    body = "Tekst.\n## Korte versie\nKort.\n## Voor de gespreksleider\n\n## Nawoord\nx\n## Korte versie\ny"
    problems = split_story(body, first_line=1).problems
    at = {line: [m for n, m in problems if n == line] for line, _m in problems}
    assert any("hoort vóór" in m for m in at[4]) and any("is leeg" in m for m in at[4])
    assert 2 not in at
    assert "onbekende kop '## Nawoord'" in at[6][0]
    assert "twee keer" in at[8][0]
    empty = dict(split_story("Tekst.\n## Voor de gespreksleider\n## Korte versie\nKort.", 1).problems)
    assert "is leeg" in empty[2]


def test_a_heading_inside_a_code_block_is_text() -> None:
    parts = split_story("Tekst.\n```\n## Korte versie\n```\n" + BODY.split("Nog een alinea.")[1], 1)
    assert "## Korte versie" in parts.text and parts.short_text == "Kort verteld."


def test_words_are_counted_as_a_reader_counts_them() -> None:
    assert word_count("**Vet** woord, en 't is 12-jarig.") == 6


def test_the_library_keeps_notes_and_short_version_out_of_the_story(mini_library: Path) -> None:
    story = load_library(mini_library).get(Kind.STORY, "de-nota")
    assert "Voor de gespreksleider" not in story.body and "twee goede dingen botsen" in story.notes
    assert story.short_text.startswith("Een ambtenaar staat voor een keuze")


def test_check_names_the_file_and_line_of_a_missing_section(mini_library: Path) -> None:
    path = mini_library / "practice" / "de-nota.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.split("## Voor de gespreksleider")[0], encoding="utf-8")
    problems = [p.format() for p in load_library(mini_library).problems]
    last = len(path.read_text(encoding="utf-8").rstrip("\n").split("\n"))
    assert f"mini/practice/de-nota.md:{last}: de sectie '## Voor de gespreksleider' ontbreekt" in problems[0]
    assert all(not p.fatal for p in load_library(mini_library).problems)  # the story still loads


def test_guides_load_with_their_kind_and_a_wrong_kind_is_named(mini_library: Path) -> None:
    library = load_library(mini_library)
    guide = library.get(Kind.GUIDE, "opwarmer-drie-woorden")
    assert guide is not None and guide.category == "opwarmer" and "drie woorden" in guide.body
    (mini_library / "guides" / "raar.md").write_text(
        "---\nid: raar\ntitle: Raar\nkind: spel\n---\n\nTekst.\n", encoding="utf-8"
    )
    problems = [p.format() for p in load_library(mini_library).problems]
    choices = "intro, afspraken, opwarmer, woordenlijst"
    assert problems == [f"mini/guides/raar.md:4: onbekende soort handreiking 'spel' (kies uit: {choices})"]
    assert load_library(mini_library).get(Kind.GUIDE, "raar") is None
