"""The bundled library keeps the shape the content brief asks for; it cannot silently shrink."""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from goedwerk.core.content.loader import load_library
from goedwerk.core.model import B_IDS, PHASES, Library

REPO = Path(__file__).resolve().parents[2]
BACKGROUND = REPO.parent / "shared" / "background"
INTEGRITY_CORE = {
    "onpartijdigheid",
    "betrouwbaarheid",
    "zorgvuldigheid",
    "dienstbaarheid",
    "respectvolle-bejegening",
    "professionaliteit",
    "morele-verantwoordelijkheid",
}
PERSONAL = {"zekerheid", "erkenning", "invloed", "gezin", "plezier"}
CLOSED_STARTS = (
    "is ",
    "zijn ",
    "heb ",
    "heeft ",
    "kun ",
    "kan ",
    "mag ",
    "moet ",
    "zou ",
    "wil ",
    "ben ",
    "doe ",
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(REPO / "stories")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def test_library_has_no_problems_at_all(library: Library) -> None:
    assert [p.format() for p in library.problems] == []


def test_coverage_matrix(library: Library) -> None:
    stories = library.stories
    assert len(stories) >= 36
    themes = Counter(t for s in stories for t in s.themes)
    assert {t.id: themes[t.id] for t in library.vocabulary.themes if themes[t.id] < 3} == {}
    sectors = Counter(s.sector for s in stories)
    assert {t.id: sectors[t.id] for t in library.vocabulary.sectors if sectors[t.id] < 4} == {}
    roles = Counter(s.role for s in stories)
    assert {t.id: roles[t.id] for t in library.vocabulary.roles if roles[t.id] < 3} == {}
    bs = Counter(b for s in stories for b in s.b)
    assert {b: bs[b] for b in B_IDS if bs[b] < 10} == {}


def test_vocabulary_sizes(library: Library) -> None:
    vocab = library.vocabulary
    assert 12 <= len(vocab.themes) <= 20
    assert 6 <= len(vocab.sectors) <= 8
    assert 5 <= len(vocab.roles) <= 8


def test_every_story_has_length_links_and_an_open_end(library: Library) -> None:
    for story in library.stories:
        count = len(words(story.body))
        assert 350 <= count <= 900, (story.id, count)
        assert 3 <= len(story.values) <= 6, story.id
        assert 3 <= len(story.questions) <= 5, story.id
        assert story.language == "nl"


def test_values_deck(library: Library) -> None:
    ids = {card.id for card in library.values}
    assert 30 <= len(ids) <= 40
    assert INTEGRITY_CORE <= ids
    assert PERSONAL <= ids
    for card in library.values:
        assert card.description.endswith(".") and card.question.endswith("?"), card.id


def test_question_bank(library: Library) -> None:
    questions = library.questions
    assert len(questions) >= 90
    phases = Counter(q.phase for q in questions)
    assert all(phases[p] >= 20 for p in PHASES), phases
    themes = Counter(t for q in questions for t in q.themes)
    assert {t.id: themes[t.id] for t in library.vocabulary.themes if themes[t.id] < 4} == {}
    closed = [q.text for q in questions if q.text.lower().startswith(CLOSED_STARTS)]
    assert closed == []
    assert all(q.text.rstrip().endswith("?") for q in questions)


def test_session_formats(library: Library) -> None:
    formats = {f.id: f for f in library.formats}
    expected = {
        "goed-werk-bijeenkomst",
        "dilemmamethode",
        "waardensortering",
        "socratisch-gesprek",
        "reisgesprek",
        "teamstart-30",
    }
    assert expected <= set(formats)
    assert formats["goed-werk-bijeenkomst"].minutes == 90
    assert formats["teamstart-30"].minutes == 30
    assert len(formats["dilemmamethode"].blocks) == 10
    assert 90 <= formats["dilemmamethode"].minutes <= 120
    assert all(block.instructions for f in formats.values() for block in f.blocks)


def shingles(text: str, size: int) -> set[tuple[str, ...]]:
    tokens = words(text)
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def test_no_two_stories_share_more_than_a_few_sentences(library: Library) -> None:
    sets = {s.id: shingles(s.body, 6) for s in library.stories}
    overlaps = []
    for a, b in combinations(sets, 2):
        shared = len(sets[a] & sets[b])
        jaccard = shared / len(sets[a] | sets[b])
        if shared > 12 or jaccard > 0.02:
            overlaps.append((a, b, shared))
    assert overlaps == []


def test_stories_share_no_sentences_with_the_background_reading(library: Library) -> None:
    if not BACKGROUND.is_dir():
        pytest.skip("shared/background is not beside this checkout")
    texts = sorted(BACKGROUND.glob("*.txt"))
    assert texts, f"{BACKGROUND} holds no background reading: the check would pass on nothing"
    background: set[tuple[str, ...]] = set()
    for path in texts:
        background |= shingles(path.read_text(encoding="utf-8", errors="replace"), 10)
    assert len(background) > 1000  # real texts, not empty files
    copied = {s.id: len(shingles(s.body, 10) & background) for s in library.stories}
    assert {k: v for k, v in copied.items() if v} == {}


def test_the_shingle_check_can_fail() -> None:
    text = " ".join(f"woord{i}" for i in range(200))
    assert len(shingles(text, 6) & shingles("aap " + text, 6)) > 12
