"""The bundled library keeps the shape the content brief asks for; it cannot silently shrink."""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from goedwerk.core.content.assembly import load_library
from goedwerk.core.content.sections import NOTES_WORDS, SHORT_WORDS, STORY_WORDS, word_count
from goedwerk.core.model import B_IDS, PHASES, Library, Story

REPO = Path(__file__).resolve().parents[3]
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
THREE_QUESTIONS = (
    "Wat is een goede ambtenaar? Wanneer doe je het goed?",
    "Wanneer is het werk moeilijk en hoe ga je daarmee om?",
    "Hoe neem je zelf verantwoordelijkheid?",
)
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
    assert len(stories) >= 54
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
    assert 12 <= len(vocab.themes) <= 24
    assert 6 <= len(vocab.sectors) <= 8
    assert 5 <= len(vocab.roles) <= 8


def test_every_story_has_length_links_and_an_open_end(library: Library) -> None:
    for story in library.stories:
        count = len(words(story.body))
        assert 350 <= count <= 900, (story.id, count)
        assert STORY_WORDS[0] <= word_count(story.body) <= STORY_WORDS[1], story.id
        assert 3 <= len(story.values) <= 6, story.id
        assert 3 <= len(story.questions) <= 5, story.id
        assert story.language == "nl"


def test_every_story_carries_notes_for_the_facilitator_and_a_short_version(library: Library) -> None:
    def fits(story: Story) -> bool:
        notes, short = word_count(story.notes), word_count(story.short_text)
        return NOTES_WORDS[0] <= notes <= NOTES_WORDS[1] and SHORT_WORDS[0] <= short <= SHORT_WORDS[1]

    assert [s.id for s in library.stories if not fits(s)] == []
    for story in library.stories:  # the sections are the story's own, not part of its text
        assert "\n## " not in story.body, story.id


def test_each_b_is_carried_by_at_least_two_fifths_of_the_stories(library: Library) -> None:
    bs = Counter(b for s in library.stories for b in s.b)
    assert {b: bs[b] for b in B_IDS if bs[b] < 0.4 * len(library.stories)} == {}


def test_every_card_is_linked_to_two_stories_and_none_to_more_than_a_third(library: Library) -> None:
    links = Counter(v for s in library.stories for v in s.values)
    limit = len(library.stories) / 3
    assert {c.id: links[c.id] for c in library.values if not 2 <= links[c.id] <= limit} == {}


def _general(question_id: str) -> bool:
    return re.match(r"^q-(opening|verdieping|afsluiting)-\d+$", question_id) is not None


def test_every_story_links_a_general_question_and_one_per_b(library: Library) -> None:
    by_id = {q.id: q for q in library.questions}

    def gaps(story: Story) -> list[str]:
        linked = [by_id[q] for q in story.questions]
        missing = [] if any(_general(q.id) for q in linked) else ["algemene vraag"]
        return missing + [b for b in story.b if not any(b in q.b for q in linked)]

    assert {s.id: gaps(s) for s in library.stories if gaps(s)} == {}


def test_guides_by_kind(library: Library) -> None:
    kinds = Counter(g.category for g in library.guides)
    assert kinds["intro"] >= 1 and kinds["afspraken"] >= 1 and kinds["woordenlijst"] >= 1
    assert kinds["opwarmer"] >= 6
    glossary = next(g for g in library.guides if g.category == "woordenlijst")
    terms = re.findall(r"(?m)^\s*(?:[-*]\s*)?\*\*[^*]+\*\*", glossary.body)
    assert len(terms) >= 30
    for term in ("Woo", "uitvoeringstoets", "parafenlijn", "last onder dwangsom", "DG"):
        assert term.lower() in glossary.body.lower(), term


def test_the_value_sort_format_names_a_thirty_card_set(library: Library) -> None:
    name = library.default_card_set()
    assert name is not None and len(library.card_set(name)) == 30
    assert PERSONAL <= {card.id for card in library.card_set(name)}  # the personal values stay in


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
        "dilemmamethode-verhaal",
    }
    assert expected <= set(formats)
    assert formats["goed-werk-bijeenkomst"].minutes == 90
    opener = " ".join(block.instructions for block in formats["goed-werk-bijeenkomst"].blocks)
    for question in THREE_QUESTIONS:
        assert question in opener
    assert formats["teamstart-30"].minutes == 30
    for method in ("dilemmamethode", "dilemmamethode-verhaal"):
        assert len(formats[method].blocks) == 10
        assert 90 <= formats[method].minutes <= 120
    assert formats["reisgesprek"].blocks[0].title == "Check-in"
    assert all(block.instructions for f in formats.values() for block in f.blocks)


def shingles(text: str, size: int) -> set[tuple[str, ...]]:
    tokens = words(text)
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def test_no_two_stories_share_more_than_a_few_sentences(library: Library) -> None:
    sets = {s.id: shingles(_all_text(s), 6) for s in library.stories}
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
    copied = {s.id: len(shingles(_all_text(s), 10) & background) for s in library.stories}
    assert {k: v for k, v in copied.items() if v} == {}


def _all_text(story: Story) -> str:
    return "\n".join((story.body, story.notes, story.short_text))


def test_the_shingle_check_can_fail() -> None:
    text = " ".join(f"woord{i}" for i in range(200))
    assert len(shingles(text, 6) & shingles("aap " + text, 6)) > 12
