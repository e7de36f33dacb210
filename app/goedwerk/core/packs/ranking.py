"""The composer's candidates, best first, each with the reasons it was chosen for.

Ties are broken by a random order drawn from the request's seed and the list's name, so the
same request always ranks the same way. Stories the group already had are never proposed;
when too few stories fit, the sector is let go first, then the B's, then the themes.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from goedwerk.core.content.reader_html import b_label
from goedwerk.core.i18n import _
from goedwerk.core.model import B_IDS, Format, GroupSize, Library, Pack, Question, Story
from goedwerk.core.packs import fitting
from goedwerk.core.packs.compose_request import ComposeRequest
from goedwerk.core.packs.labels import PHASE_LABELS
from goedwerk.core.packs.usage import uses_by_ref


@dataclass(frozen=True)
class Candidate:
    """One possible choice: its ref (or refs, for a card set), title and reasons."""

    ref: str
    title: str
    reasons: tuple[str, ...]
    refs: tuple[str, ...] = ()
    linked: bool = False

    def __post_init__(self) -> None:
        if not self.refs:
            object.__setattr__(self, "refs", (self.ref,))


def seeded(seed: int, key: str) -> random.Random:
    """A random source for one list of candidates: the same seed and key, the same order."""
    return random.Random(f"{seed}:{key}")


def _ties(seed: int, key: str, ids: Iterable[str]) -> dict[str, float]:
    rng = seeded(seed, key)
    return {item_id: rng.random() for item_id in sorted(ids)}


class Ranker:
    """Ranks formats, stories, guides, cards and questions for one request and one group."""

    def __init__(self, library: Library, request: ComposeRequest, history: list[Pack]) -> None:
        self.library, self.request = library, request
        self.used = set(uses_by_ref(history))
        self.first_session = not history
        self.group = request.group.strip()
        self.story_ids = {s.id for s in library.stories}

    def _theme(self, theme: str) -> str:
        return self.library.vocabulary.label("themes", theme)

    def _unused(self) -> str:
        return _("nog niet gebruikt met {group}").format(group=self.group) if self.group else ""

    def candidate(self, ref: str) -> Candidate | None:
        """A candidate for a locked ref (None when the library no longer has it)."""
        kind, _sep, item_id = ref.partition(":")
        if kind == "format":
            fmt = self.library.format(item_id)
            return Candidate(ref, fmt.title, (_("vastgezet"),)) if fmt else None
        item = self.library.get(kind, item_id)
        return Candidate(ref, item.title, (_("vastgezet"),)) if item else None

    # -- formats -----------------------------------------------------------------------------

    def formats(self) -> tuple[list[Candidate], list[str], list[str]]:
        """Formats that fit the minutes and the group size, closest length first."""
        request, relaxed, unmet = self.request, [], []
        if request.format_id:
            fmt = self.library.format(request.format_id)
            if fmt is None:
                unmet.append(_("werkvorm '{id}' bestaat niet").format(id=request.format_id))
                return [], relaxed, unmet
            if fitting.minimum_minutes(fmt) > request.minutes:
                msg = _("'{title}' vraagt minstens {n} minuten; de blokken staan op hun minimum")
                unmet.append(msg.format(title=fmt.title, n=fitting.minimum_minutes(fmt)))
            return [self._format_candidate(fmt, (_("door jou gekozen"),))], relaxed, unmet
        fits = [f for f in self.library.formats if fitting.minimum_minutes(f) <= request.minutes]
        if not fits:
            shortest = min((fitting.minimum_minutes(f) for f in self.library.formats), default=0)
            msg = _("geen werkvorm past in {n} minuten (de kortste vraagt minstens {m})")
            unmet.append(msg.format(n=request.minutes, m=shortest))
            return [], relaxed, unmet
        sized = [f for f in fits if self._fits_people(f)]
        if not sized:
            msg = _("geen werkvorm is bedoeld voor {n} deelnemers; de groepsgrootte is losgelaten")
            relaxed.append(msg.format(n=request.people))
            sized = fits
        ties = _ties(request.seed, "format", (f.id for f in sized))
        wants_story = bool(request.themes or request.b or request.sector)
        sized.sort(
            key=lambda f: (
                wants_story and not any(b.kind == "story" for b in f.blocks),
                abs(f.minutes - request.minutes),
                ties[f.id],
            )
        )
        return [self._format_candidate(f) for f in sized], relaxed, unmet

    def _fits_people(self, fmt: Format) -> bool:
        size, people = fmt.group_size, self.request.people
        return people is None or size is None or size.fits(people)

    def _format_candidate(self, fmt: Format, reasons: tuple[str, ...] = ()) -> Candidate:
        minutes = self.request.minutes
        if fmt.minutes == minutes:
            said = [_("duurt precies {n} minuten").format(n=minutes)]
        else:
            msg = _("op {n} minuten gebracht (gewoonlijk {m})")
            said = [msg.format(n=minutes, m=fmt.minutes)]
        size = fmt.group_size
        if size and self.request.people:
            said.append(_group_size_text(size))
        return Candidate(f"format:{fmt.id}", fmt.title, (*reasons, *said))

    # -- stories -----------------------------------------------------------------------------

    def stories(self, need: int) -> tuple[list[Candidate], list[str], list[str]]:
        """Stories for ``need`` story blocks, relaxing sector, B's and themes when too few fit."""
        request, relaxed, unmet = self.request, [], []
        if need == 0:
            return [], relaxed, unmet
        fresh = [s for s in self.library.stories if f"story:{s.id}" not in self.used]
        criteria = [name for name in ("themes", "b", "sector") if getattr(request, name)]
        pool = [s for s in fresh if self._matches(s, criteria)]
        for name in ("sector", "b", "themes"):
            if len(pool) >= need or name not in criteria:
                continue
            relaxed.append(self._relaxed_message(name))
            criteria.remove(name)
            pool = [s for s in fresh if self._matches(s, criteria)]
        if len(pool) < need:
            if self.group:
                msg = _("te weinig verhalen die {group} nog niet had")
                unmet.append(msg.format(group=self.group))
            else:
                unmet.append(_("te weinig verhalen in de bibliotheek"))
        ties = _ties(request.seed, "story", (s.id for s in pool))
        pool.sort(key=lambda s: (-self._story_score(s), ties[s.id]))
        return [Candidate(f"story:{s.id}", s.title, self._story_reasons(s)) for s in pool], relaxed, unmet

    def _matches(self, story: Story, criteria: list[str]) -> bool:
        request = self.request
        if "themes" in criteria and not set(story.themes) & set(request.themes):
            return False
        if "b" in criteria and not set(story.b) & set(request.b):
            return False
        return not ("sector" in criteria and story.sector != request.sector)

    def _relaxed_message(self, name: str) -> str:
        request = self.request
        if name == "sector":
            label = self.library.vocabulary.label("sectors", request.sector)
            return _("geen verhaal dat past in de sector {sector}; de sector is losgelaten").format(
                sector=label
            )
        if name == "b":
            words = ", ".join(b_label(b) for b in request.b)
            return _("te weinig verhalen bij {b}; de B's zijn losgelaten").format(b=words)
        words = ", ".join(self._theme(t) for t in request.themes)
        return _("te weinig verhalen bij thema {themes}; het thema is losgelaten").format(themes=words)

    def _story_score(self, story: Story) -> int:
        request = self.request
        themes = len(set(story.themes) & set(request.themes))
        bs = len(set(story.b) & set(request.b))
        return 3 * themes + 2 * bs + 2 * (bool(request.sector) and story.sector == request.sector)

    def _story_reasons(self, story: Story) -> tuple[str, ...]:
        request = self.request
        reasons = [
            _("past bij thema {theme}").format(theme=self._theme(t))
            for t in story.themes
            if t in request.themes
        ]
        reasons += [_("draagt {b}").format(b=b_label(b)) for b in story.b if b in request.b]
        if request.sector and story.sector == request.sector:
            label = self.library.vocabulary.label("sectors", story.sector)
            reasons.append(_("uit de sector {sector}").format(sector=label))
        if not reasons:
            reasons.append(_("gekozen uit de hele bibliotheek"))
        if self.group:
            reasons.append(self._unused())
        return tuple(reasons)

    # -- guides and values cards -------------------------------------------------------------

    def guides(self) -> list[Candidate]:
        """Guides for the opening: the introduction first for a first session, else a warm-up."""
        order = ("intro", "afspraken", "opwarmer") if self.first_session else ("opwarmer", "afspraken")
        ties = _ties(self.request.seed, "guide", (g.id for g in self.library.guides))
        found = [g for g in self.library.guides if g.category in order]
        found.sort(key=lambda g: (f"guide:{g.id}" in self.used, order.index(g.category), ties[g.id]))
        result = []
        for guide in found:
            if self.first_session and guide.category == "intro":
                reason = (
                    _("eerste sessie met {group}: de introductie").format(group=self.group)
                    if self.group
                    else _("een eerste sessie begint met de introductie")
                )
            elif guide.category == "opwarmer":
                reason = _("een opwarmer om te beginnen")
            else:
                reason = _("spelregels voor een veilig gesprek")
            extra = (self._unused(),) if self.group and not self.first_session else ()
            result.append(Candidate(f"guide:{guide.id}", guide.title, (reason, *extra)))
        return result

    def card_set(self, name: str) -> Candidate:
        """The whole value-sort set ``name`` as one choice."""
        refs = tuple(f"value:{c.id}" for c in self.library.card_set(name))
        reason = _("de set '{name}' van de werkvorm ({n} kaarten)").format(name=name, n=len(refs))
        return Candidate(f"set:{name}", _("Waardenkaarten: set {name}").format(name=name), (reason,), refs)

    def values(self, stories: list[Story]) -> list[Candidate]:
        """The cards the chosen stories name first, then the rest of the deck."""
        linked: dict[str, Story] = {}
        for story in stories:
            for value_id in story.values:
                linked.setdefault(value_id, story)
        ties = _ties(self.request.seed, "value", (c.id for c in self.library.values))
        cards = sorted(self.library.values, key=lambda c: (c.id not in linked, ties[c.id]))
        result = []
        for card in cards:
            story = linked.get(card.id)
            if story is not None:
                reason = _("hoort bij het verhaal {title}").format(title=story.title)
            else:
                reason = _("uit de hele stapel, omdat de verhalen weinig kaarten noemen")
            result.append(Candidate(f"value:{card.id}", card.name, (reason,), linked=story is not None))
        return result

    # -- questions ---------------------------------------------------------------------------

    def target_bs(self, stories: list[Story]) -> tuple[str, ...]:
        """The B's the questions are balanced over: the stories', else the request's, else all."""
        carried = {b for s in stories for b in s.b} or set(self.request.b) or set(B_IDS)
        return tuple(b for b in B_IDS if b in carried)

    def questions(self, phase: str, stories: list[Story], counts: dict[str, int]) -> list[Candidate]:
        """Questions of ``phase``: the stories' own, fitting themes, bringing in the rarest B."""
        own = {q: s for s in stories for q in s.questions}
        themes = set(self.request.themes) | {t for s in stories for t in s.themes}
        rarest = {b for b, n in counts.items() if n == min(counts.values())} if counts else set()
        chosen = {s.id for s in stories}
        pool = [q for q in self.library.questions if q.phase == phase and self._story_of(q) <= chosen]
        ties = _ties(self.request.seed, f"question:{phase}", (q.id for q in pool))

        def score(q: Question) -> int:
            return 4 * (q.id in own) + 2 * len(set(q.themes) & themes) + 3 * bool(set(q.b) & rarest)

        def spread(q: Question) -> int:
            after = [n + (b in q.b) for b, n in counts.items()]
            return max(after) - min(after) if after else 0

        def key(q: Question) -> tuple:
            adds = bool(set(q.b) & set(counts))
            return (f"question:{q.id}" in self.used, spread(q), not adds, -score(q), ties[q.id])

        pool.sort(key=key)
        return [
            Candidate(f"question:{q.id}", q.text, self._question_reasons(q, own, themes, rarest))
            for q in pool
        ]

    def _story_of(self, question: Question) -> set[str]:
        """The story a question was written for (its id is ``q-<story id>-N``), as a set."""
        stem = question.id.removeprefix("q-").rpartition("-")[0]
        return {stem} if stem in self.story_ids else set()

    def _question_reasons(
        self, q: Question, own: dict[str, Story], themes: set[str], rarest: set[str]
    ) -> tuple[str, ...]:
        reasons = [_("fase {phase}").format(phase=_(PHASE_LABELS.get(q.phase, q.phase)).lower())]
        if q.id in own:
            reasons.append(_("vraag bij het verhaal {title}").format(title=own[q.id].title))
        reasons += [
            _("past bij thema {theme}").format(theme=self._theme(t)) for t in q.themes if t in themes
        ][:2]
        brought = [b_label(b) for b in B_IDS if b in q.b and b in rarest]
        if brought:
            reasons.append(_("brengt {b} in, voor evenwicht tussen de B's").format(b=", ".join(brought)))
        if self.group and not self.first_session and f"question:{q.id}" not in self.used:
            reasons.append(self._unused())
        return tuple(reasons)


def _group_size_text(size: GroupSize) -> str:
    """ "bedoeld voor 6 tot 10 deelnemers" (or at least / at most)."""
    if size.max is None:
        return _("bedoeld voor minstens {low} deelnemers").format(low=size.min)
    if size.min <= 1:
        return _("bedoeld voor hoogstens {high} deelnemers").format(high=size.max)
    return _("bedoeld voor {low} tot {high} deelnemers").format(low=size.min, high=size.max)
