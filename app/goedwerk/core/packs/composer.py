"""The session composer ("Sessie samenstellen"): a pack proposed for minutes, themes and a group.

``compose(library, request, history)`` picks a format that fits the minutes and the group size,
scales its blocks to the minutes, and fills them: a guide in the opening (the introduction for a
first session with a group, else a warm-up), stories that fit the themes, B's and sector and
that the group has not had, questions for each phase balanced over the B's the stories carry,
and the values cards linked to the stories. Every choice says why. A choice is swapped for the
next candidate (``ComposeRequest.swapped``) or kept (``ComposeRequest.locked``). The same
request and history give the same pack (the seed breaks ties); nothing here is random
otherwise. ``history`` is the group's earlier packs; the facade finds them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from goedwerk.core.i18n import _
from goedwerk.core.model import B_IDS, Block, Format, Library, Pack, Story
from goedwerk.core.packs import fitting
from goedwerk.core.packs.compose_request import ComposeRequest
from goedwerk.core.packs.operations import new_pack
from goedwerk.core.packs.ranking import Candidate, Ranker, b_label

SHORT_BLOCK = 10  # a story block shorter than this reads the story's short version


@dataclass(frozen=True)
class Choice:
    """One choice the composer made, with its reasons; ``block`` is None for the format."""

    key: str
    label: str
    refs: tuple[str, ...]
    title: str
    reasons: tuple[str, ...]
    block: int | None
    alternatives: int
    locked: bool = False


@dataclass(frozen=True)
class Composition:
    """The proposed pack, every choice, what was relaxed and what could not be met."""

    pack: Pack
    choices: tuple[Choice, ...]
    relaxed: tuple[str, ...]
    unmet: tuple[str, ...]
    request: ComposeRequest


class _Composer:
    """One composition: picks in a fixed order, so the same request gives the same pack."""

    def __init__(self, library: Library, request: ComposeRequest, history: list[Pack]) -> None:
        self.library, self.request = library, request
        self.ranker = Ranker(library, request, history)
        self.taken: set[str] = set()
        self.choices: list[Choice] = []
        self.relaxed: list[str] = []
        self.unmet: list[str] = []
        self.short: list[str] = []

    def pick(self, key: str, label: str, block: int | None, candidates: list[Candidate]) -> Candidate | None:
        """The candidate for ``key``: the locked one, else the one the swaps reached."""
        free = [c for c in candidates if c.ref not in self.taken]
        lock = self.request.locks.get(key)
        chosen = next((c for c in free if c.ref == lock), None) if lock else None
        if lock and chosen is None:
            chosen = self.ranker.candidate(lock)
        if chosen is None and free:
            chosen = free[self.request.swaps.get(key, 0) % len(free)]
        if chosen is None:
            return None
        self.taken.update(chosen.refs)
        alternatives = 0 if lock else max(0, len(free) - 1)
        self.choices.append(
            Choice(key, label, chosen.refs, chosen.title, chosen.reasons, block, alternatives, bool(lock))
        )
        return chosen

    def run(self) -> Composition:
        fmt = self.choose_format()
        if fmt is None:
            empty = replace(new_pack(self.request.title or _("Sessie")), group=self.request.group)
            return self.result(empty)
        minutes = fitting.scale_minutes(fmt, self.request.minutes)
        blocks = [Block(b.title, m, b.kind, b.instructions) for b, m in zip(fmt.blocks, minutes, strict=True)]
        items: list[list[str]] = [[] for _b in blocks]
        stories = self.fill_stories(blocks, items)
        self.fill_guides(blocks, items)
        self.fill_values(fmt, blocks, items, stories)
        self.fill_questions(blocks, items, stories)
        for block, refs in zip(blocks, items, strict=True):
            if not refs and block.kind != "break":
                self.unmet.append(_("blok '{title}' bleef leeg").format(title=block.title))
        filled = tuple(replace(b, items=tuple(refs)) for b, refs in zip(blocks, items, strict=True))
        pack = replace(
            new_pack(self.title(fmt), fmt),
            blocks=filled,
            group=self.request.group.strip(),
            planned_minutes=self.request.minutes,
            short_versions=tuple(self.short),
        )
        return self.result(pack)

    def result(self, pack: Pack) -> Composition:
        choices = sorted(self.choices, key=lambda c: -1 if c.block is None else c.block)
        return Composition(pack, tuple(choices), tuple(self.relaxed), tuple(self.unmet), self.request)

    def title(self, fmt: Format) -> str:
        if self.request.title:
            return self.request.title
        group = self.request.group.strip()
        return _("{format} met {group}").format(format=fmt.title, group=group) if group else fmt.title

    def choose_format(self) -> Format | None:
        candidates, relaxed, unmet = self.ranker.formats()
        self.relaxed += relaxed
        self.unmet += unmet
        chosen = self.pick("format", _("Werkvorm"), None, candidates)
        return self.library.format(chosen.ref.partition(":")[2]) if chosen else None

    def fill_stories(self, blocks: list[Block], items: list[list[str]]) -> list[Story]:
        slots = [i for i, b in enumerate(blocks) if b.kind == "story"]
        candidates, relaxed, unmet = self.ranker.stories(len(slots))
        self.relaxed += relaxed
        self.unmet += unmet
        stories: list[Story] = []
        for number, index in enumerate(slots):
            chosen = self.pick(f"story#{number}", _("Verhaal"), index, candidates)
            story = self.library.get("story", chosen.ref.partition(":")[2]) if chosen else None
            if isinstance(story, Story):
                items[index].append(chosen.ref)
                stories.append(story)
                if blocks[index].minutes < SHORT_BLOCK and story.short_text:
                    self.short.append(story.id)
                    extra = _("korte versie: het blok duurt {n} minuten").format(n=blocks[index].minutes)
                    self._add_reason(extra)
        return stories

    def _add_reason(self, reason: str) -> None:
        last = self.choices[-1]
        self.choices[-1] = replace(last, reasons=(*last.reasons, reason))

    def fill_guides(self, blocks: list[Block], items: list[list[str]]) -> None:
        index = next((i for i, b in enumerate(blocks) if b.kind == "intro"), None)
        if index is None:
            return
        chosen = self.pick("guide#0", _("Handreiking"), index, self.ranker.guides())
        if chosen:
            items[index].append(chosen.ref)

    def fill_values(
        self, fmt: Format, blocks: list[Block], items: list[list[str]], stories: list[Story]
    ) -> None:
        slots = [i for i, b in enumerate(blocks) if b.kind == "values"]
        card_set = fmt.card_set if fmt.card_set in self.library.card_sets() else ""
        for number, index in enumerate(slots):
            if card_set:
                candidate = self.ranker.card_set(card_set)
                chosen = self.pick(f"values#{number}", _("Waardenkaarten"), index, [candidate])
                items[index].extend(chosen.refs if chosen else ())
                continue
            candidates = self.ranker.values(stories)
            linked = sum(1 for c in candidates if c.linked)
            for n in range(max(3, min(5, linked))):
                chosen = self.pick(f"values#{number}:{n}", _("Waardenkaart"), index, candidates)
                if chosen:
                    items[index].append(chosen.ref)

    def fill_questions(self, blocks: list[Block], items: list[list[str]], stories: list[Story]) -> None:
        first_story = next((i for i, b in enumerate(blocks) if b.kind == "story"), len(blocks))
        counts = dict.fromkeys(self.ranker.target_bs(stories), 0)
        for index, block in enumerate(blocks):
            if block.kind not in ("questions", "other", "reflection"):
                continue
            phase = "afsluiting" if block.kind == "reflection" else "verdieping"
            if block.kind != "reflection" and index < first_story:
                phase = "opening"
            wanted = max(1, min(3, block.minutes // 7)) if block.kind == "questions" else 1
            for n in range(wanted):
                candidates = self.ranker.questions(phase, stories, counts)
                chosen = self.pick(f"{block.kind}#{index}:{n}", _("Vraag"), index, candidates)
                if chosen is None:
                    break
                items[index].append(chosen.ref)
                question = self.library.get("question", chosen.ref.partition(":")[2])
                for b in getattr(question, "b", ()):
                    if b in counts:
                        counts[b] += 1


def compose(library: Library, request: ComposeRequest, history: list[Pack] | None = None) -> Composition:
    """Propose a pack for ``request``; ``history`` holds the packs the group already had."""
    if request.minutes < 1:
        raise ValueError(_("minuten moet een positief geheel getal zijn"))
    return _Composer(library, request, list(history or ())).run()


def balance(composition: Composition, library: Library) -> dict[str, int]:
    """How often each B comes up in the composition's questions."""
    counts = dict.fromkeys(B_IDS, 0)
    for block in composition.pack.blocks:
        for ref in block.items:
            kind, _sep, item_id = ref.partition(":")
            item = library.get(kind, item_id) if kind == "question" else None
            for b in getattr(item, "b", ()):
                counts[b] += 1
    return counts


__all__ = ["Choice", "ComposeRequest", "Composition", "b_label", "balance", "compose"]
