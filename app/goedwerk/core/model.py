"""Frozen dataclasses that the core hands to the CLI and the UI."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

B_IDS: tuple[str, ...] = ("bekwaam", "betrouwbaar", "betrokken")
PHASES: tuple[str, ...] = ("opening", "verdieping", "afsluiting")
BLOCK_KINDS: tuple[str, ...] = (
    "intro",
    "story",
    "questions",
    "values",
    "reflection",
    "break",
    "other",
    "vote",
)
VOTE_OPTIONS = (2, 6)  # a vote block has two to six options
LANGUAGES: tuple[str, ...] = ("nl", "en")
GUIDE_KINDS: tuple[str, ...] = ("intro", "afspraken", "opwarmer", "woordenlijst")
# The two sections at the end of every story body (stories/README.md).
NOTES_HEADING = "Voor de gespreksleider"
SHORT_HEADING = "Korte versie"


def new_id() -> str:
    """A fresh id for something a user makes: a pack, a reflection, a value sort (uuid4 hex)."""
    return uuid.uuid4().hex


class Kind(StrEnum):
    """The kinds of item a library holds and search returns."""

    STORY = "story"
    VALUE = "value"
    QUESTION = "question"
    GUIDE = "guide"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file, located by path and 1-based line."""

    path: str
    line: int
    message: str
    fatal: bool = True

    def format(self) -> str:
        """Render as ``path:line: message``, the form every tool understands."""
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Term:
    """A vocabulary entry: a theme, sector or role."""

    id: str
    label: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """The controlled vocabulary of a library."""

    themes: tuple[Term, ...] = ()
    sectors: tuple[Term, ...] = ()
    roles: tuple[Term, ...] = ()

    def facet(self, name: str) -> tuple[Term, ...]:
        """Terms of the facet ``name`` (themes, sectors or roles)."""
        return {"themes": self.themes, "sectors": self.sectors, "roles": self.roles}[name]

    def label(self, facet: str, term_id: str) -> str:
        """The label of ``term_id`` in ``facet``, or the id itself when unknown."""
        for term in self.facet(facet):
            if term.id == term_id:
                return term.label
        return term_id


@dataclass(frozen=True)
class ValueCard:
    """A values card of the deck."""

    id: str
    name: str
    description: str
    question: str
    sets: tuple[str, ...] = ()

    kind = Kind.VALUE

    @property
    def title(self) -> str:
        """The card's display title."""
        return self.name


@dataclass(frozen=True)
class Question:
    """A discussion question of the question bank."""

    id: str
    text: str
    phase: str
    themes: tuple[str, ...] = ()
    b: tuple[str, ...] = ()

    kind = Kind.QUESTION

    @property
    def title(self) -> str:
        """The question's display title."""
        return self.text


@dataclass(frozen=True)
class Story:
    """A practice story: front matter plus a Markdown body.

    ``body`` is the story itself; ``notes`` (for the facilitator only, never printed for
    participants) and ``short_text`` (a retelling for a short use) come from the body's two
    closing sections. ``words`` is the length of ``body`` as a reader counts it (Markdown marks
    are not words), counted once when the story is parsed.
    """

    id: str
    title: str
    summary: str
    body: str
    themes: tuple[str, ...] = ()
    b: tuple[str, ...] = ()
    sector: str = ""
    role: str = ""
    values: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    language: str = "nl"
    invented_names: tuple[str, ...] = ()
    path: str = ""
    notes: str = ""
    short_text: str = ""
    words: int = 0

    kind = Kind.STORY


@dataclass(frozen=True)
class Guide:
    """A guide (handreiking): an introduction, ground rules, a warm-up or the glossary."""

    id: str
    title: str
    category: str
    body: str
    path: str = ""
    words: int = 0  # the length of ``body`` as read, counted when parsed

    kind = Kind.GUIDE


@dataclass(frozen=True)
class FormatBlock:
    """One timed block of a session format."""

    title: str
    minutes: int
    kind: str
    instructions: str = ""


@dataclass(frozen=True)
class GroupSize:
    """How many participants a format is meant for: at least ``min``, at most ``max`` (None: no limit)."""

    min: int = 1
    max: int | None = None

    def fits(self, people: int) -> bool:
        """True when a group of ``people`` is within the range."""
        return self.min <= people and (self.max is None or people <= self.max)


@dataclass(frozen=True)
class Format:
    """A session format (werkvorm): a timed sequence of blocks."""

    id: str
    title: str
    description: str
    blocks: tuple[FormatBlock, ...] = ()
    card_set: str = ""
    group_size: GroupSize | None = None  # None: the format names no group size

    @property
    def minutes(self) -> int:
        """Total planned length in minutes."""
        return sum(block.minutes for block in self.blocks)


Item = Story | ValueCard | Question | Guide


@dataclass(frozen=True)
class Library:
    """A loaded, validated library. Items with fatal problems are left out."""

    root: Path
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    stories: tuple[Story, ...] = ()
    values: tuple[ValueCard, ...] = ()
    questions: tuple[Question, ...] = ()
    formats: tuple[Format, ...] = ()
    problems: tuple[Problem, ...] = ()
    guides: tuple[Guide, ...] = ()
    # (kind, id, source id) of every item not from the first source (see ``Source.id``)
    origins: tuple[tuple[str, str, str], ...] = ()

    def origin(self, kind: str, item_id: str) -> str:
        """The id of the source ``item_id`` of ``kind`` came from (``BUNDLED`` for the first)."""
        found = self.__dict__.get("_origins")
        if found is None:
            found = {(k, i): s for k, i, s in self.origins}
            object.__setattr__(self, "_origins", found)
        return found.get((str(kind), item_id), BUNDLED)

    def is_own(self, kind: str, item_id: str) -> bool:
        """True when the item is in the user's own library."""
        return self.origin(kind, item_id) == OWN

    def get(self, kind: str, item_id: str) -> Item | None:
        """The story, value card, question or guide ``item_id`` of ``kind``, or None."""
        return self._index().get((str(kind), item_id))

    def format(self, format_id: str) -> Format | None:
        """The session format ``format_id``, or None."""
        return next((f for f in self.formats if f.id == format_id), None)

    def card_sets(self) -> list[str]:
        """The names of the value-sort sets the cards name, in order of first use."""
        return list(dict.fromkeys(name for card in self.values for name in card.sets))

    def card_set(self, name: str | None) -> tuple[ValueCard, ...]:
        """The cards of set ``name`` (the whole deck for None, "" or an unknown set)."""
        cards = tuple(card for card in self.values if name and name in card.sets)
        return cards or self.values

    def default_card_set(self) -> str | None:
        """The set a format names for the value sort (``card_set``), when the cards have it."""
        sets = self.card_sets()
        return next((f.card_set for f in self.formats if f.card_set in sets), None)

    def counts(self) -> dict[str, int]:
        """Number of items per kind, for summaries."""
        return {
            "stories": len(self.stories),
            "values": len(self.values),
            "questions": len(self.questions),
            "formats": len(self.formats),
            "guides": len(self.guides),
        }

    def _index(self) -> dict[tuple[str, str], Item]:
        cached = self.__dict__.get("_by_key")
        if cached is None:
            items = (*self.stories, *self.values, *self.questions, *self.guides)
            cached = {(str(i.kind), i.id): i for i in items}
            object.__setattr__(self, "_by_key", cached)
        return cached


BUNDLED = "bundled"  # the id of the first source: the bundled library (or ``--library``)
OWN = "own"  # the id of the user's own library in the data directory


@dataclass(frozen=True)
class Source:
    """One folder the library is read from, in order: the first holding an id wins.

    ``id`` is ``BUNDLED``, ``OWN`` or the folder's path; ``available`` is False while the
    folder cannot be read (an unplugged drive, a share that is down). ``writable`` is what the
    user chose (own items may be saved into the folder); ``enabled`` False skips the folder.
    """

    id: str
    path: Path
    writable: bool = False
    available: bool = True
    enabled: bool = True

    @property
    def is_folder(self) -> bool:
        """True for a folder the user added (not the bundled or the own library)."""
        return self.id not in (BUNDLED, OWN)


@dataclass(frozen=True)
class SearchHit:
    """One ranked search result."""

    id: str
    kind: str
    title: str
    score: float
    snippet: str = ""
    snippet_html: str = ""
    source: str = ""  # the source id when the item is not from the first source


@dataclass(frozen=True)
class SearchResult:
    """The answer to a query: hits, their total, a suggestion, facet counts."""

    hits: tuple[SearchHit, ...] = ()
    total: int = 0
    suggestion: str | None = None
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    notice: str = ""  # a limit that changed the query ("ingekort"), for the user


@dataclass(frozen=True)
class Block:
    """One timed block of a pack; ``items`` are refs like ``story:<id>``.

    ``options`` are the answers of a ``vote`` block (two to six), in the order they are read out.
    """

    title: str
    minutes: int
    kind: str
    instructions: str = ""
    items: tuple[str, ...] = ()
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pack:
    """A session pack: what a facilitator prepares and prints for one session."""

    id: str
    title: str
    date: str | None = None
    start: str | None = None
    place: str = ""
    group: str = ""
    facilitators: tuple[str, ...] = ()
    format: str | None = None
    blocks: tuple[Block, ...] = ()
    planned_minutes: int | None = None
    created: float = 0
    modified: float = 0
    short_versions: tuple[str, ...] = ()  # ids of stories read in their short version

    @property
    def minutes(self) -> int:
        """Total length of the blocks in minutes."""
        return sum(block.minutes for block in self.blocks)

    def uses_short_version(self, story_id: str) -> bool:
        """True when the pack reads story ``story_id`` in its short version."""
        return story_id in self.short_versions


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so each screen refreshes itself (after Anki's ``OpChanges``)."""

    reflections: bool = False
    sorts: bool = False
    packs: bool = False
    votes: bool = False
    library: bool = False  # the library's files: own items, sources, an imported bundle
