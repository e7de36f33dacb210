"""The pages of each part of the printed pack (``html.build_parts`` puts them together).

One builder per part (``BUILDERS``) turns a pack's ``Content`` into HTML fragments that each
start on a new page; the cover is built last, from the titles of the parts that have pages.
Text from the library or the user is escaped; Markdown goes through the reader's rendering.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from goedwerk.core.content.render import escape, markdown_to_html
from goedwerk.core.i18n import _, ngettext
from goedwerk.core.model import PHASES, Guide, Library, Pack, Question, Story, ValueCard
from goedwerk.core.packs import operations as packs
from goedwerk.core.packs.labels import (
    BLOCK_KIND_ICONS,
    PART_TITLES,
    PHASE_LABELS,
    block_kind_label,
    format_date,
    format_minutes,
    label,
    reflection_prompts,
)

# -- text helpers --------------------------------------------------------------------------------


def _paragraphs(text: str) -> str:
    chunks = [c.strip() for c in text.replace("\r\n", "\n").split("\n\n") if c.strip()]
    return "".join(f"<p>{escape(c).replace(chr(10), '<br/>')}</p>" for c in chunks)


def _ruled(lines: int) -> str:
    rows = "".join('<tr><td class="rule">&nbsp;</td></tr>' for _i in range(lines))
    return f'<table width="100%" cellspacing="0" cellpadding="0">{rows}</table>'


def _kept(html: str, margin: int = 0) -> str:
    """``html`` in a one-cell table: the printer keeps such a table on one page when it fits."""
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: {margin}px">'
        f"<tr><td>{html}</td></tr></table>"
    )


def _numbered(texts: Sequence[str]) -> str:
    return "<ol>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + "</ol>"


def _subtitle(pack: Pack) -> str:
    bits = [pack.title]
    if pack.date:
        bits.append(format_date(pack.date))
    if pack.place:
        bits.append(pack.place)
    return escape(" · ".join(bits))


# -- what the pack holds -------------------------------------------------------------------------


class Content:
    """The library items a pack refers to, resolved once; unknown refs are left out."""

    def __init__(
        self, pack: Pack, library: Library, colours: Mapping[str, str], notes: Mapping[str, str] | None = None
    ) -> None:
        self.pack = pack
        self.library = library
        self.colours = colours
        self.notes = dict(notes or {})
        self.stories: list[Story] = self._unique("story")
        self.questions: list[Question] = self._unique("question")
        self.values: list[ValueCard] = self._unique("value")
        self.guides: list[Guide] = self._unique("guide")

    def block_items(self, index: int, kind: str) -> list:
        items = (packs.resolve(ref, self.library) for ref in self.pack.blocks[index].items)
        return [i for i in items if i is not None and str(i.kind) == kind]

    def _unique(self, kind: str) -> list:
        seen: dict[str, object] = {}
        for index in range(len(self.pack.blocks)):
            for item in self.block_items(index, kind):
                seen.setdefault(item.id, item)
        return list(seen.values())

    def story_questions(self, story: Story) -> list[Question]:
        found = (self.library.get("question", q) for q in story.questions)
        return [q for q in found if isinstance(q, Question)]

    def sheet_questions(self) -> list[Question]:
        seen = {q.id: q for q in self.questions}
        for story in self.stories:
            for question in self.story_questions(story):
                seen.setdefault(question.id, question)
        return list(seen.values())

    def cards(self) -> list[ValueCard]:
        """The cards the pack names; the whole deck for a values block that names none."""
        if self.values:
            return self.values
        if any(block.kind == "values" for block in self.pack.blocks):
            return list(self.library.values)
        return []


# -- the parts -----------------------------------------------------------------------------------


def cover_page(content: Content, contents: Sequence[str]) -> str:
    pack = content.pack
    facts = []
    if pack.date:
        facts.append((_("Datum"), format_date(pack.date)))
    if pack.start:
        facts.append((_("Tijd"), f"{pack.start}–{packs.end_time(pack)}"))
    facts += [(_("Plaats"), pack.place), (_("Groep"), pack.group)]
    facts.append((_("Gespreksleiding"), ", ".join(pack.facilitators)))
    fmt = content.library.format(pack.format) if pack.format else None
    facts.append((_("Werkvorm"), fmt.title if fmt else ""))
    facts.append((_("Totale duur"), format_minutes(pack.minutes)))
    rows = "".join(
        f'<tr><td width="170" class="muted">{escape(k)}</td><td>{escape(v)}</td></tr>' for k, v in facts if v
    )
    listing = "".join(f"<li>{escape(title)}</li>" for title in contents)
    return (
        f"<h6>{escape(_('GOED WERK · SESSIEPAKKET'))}</h6>"
        f'<p class="cover-title">{escape(pack.title)}</p>'
        f'<table class="facts" cellspacing="0" cellpadding="0" style="margin-top: 26px">{rows}</table>'
        + (f"<h2>{escape(_('In dit pakket'))}</h2><ul>{listing}</ul>" if listing else "")
    )


def _agenda(content: Content) -> list[str]:
    pack = content.pack
    head = (
        f'<tr><th align="left" width="20%">{escape(_("Tijd"))}</th>'
        f'<th align="left">{escape(_("Onderdeel"))}</th>'
        f'<th align="right" width="28%">{escape(_("Duur"))}</th></tr>'
    )
    rows = [head]
    for index, slot in enumerate(packs.schedule(pack)):
        kind = block_kind_label(slot.block.kind)
        detail = [kind] if kind.lower() != slot.block.title.lower() else []
        detail += [s.title for s in content.block_items(index, "story")]
        below = f'<br/><span class="muted small">{escape(" · ".join(detail))}</span>' if detail else ""
        tint = content.colours.get(slot.block.kind)
        cell = f'<td bgcolor="{escape(tint)}">' if tint else "<td>"
        sign = escape(BLOCK_KIND_ICONS.get(slot.block.kind, ""))
        rows.append(
            f"<tr>{cell}{sign}&nbsp;&nbsp;{slot.start}–{slot.end}</td>"
            f"<td><b>{escape(slot.block.title)}</b>{below}</td>"
            f'<td align="right">{escape(_("{n} min").format(n=slot.block.minutes))}</td></tr>'
        )
    total = escape(format_minutes(pack.minutes))
    rows.append(f"<tr><td></td><td><b>{escape(_('Totaal'))}</b></td>")
    rows[-1] += f'<td align="right"><b>{total}</b></td></tr>'
    notes = []
    if not pack.start:
        notes.append(f'<p class="muted">{escape(_("Tijden vanaf het begin van de sessie."))}</p>')
    if packs.is_over_planned(pack):
        msg = _("Let op: het programma duurt {over} langer dan de geplande {planned}.")
        text = msg.format(
            over=format_minutes(packs.overrun(pack)),
            planned=format_minutes(pack.planned_minutes or 0),
        )
        notes.append(f'<p class="warning">{escape(text)}</p>')
    elif pack.planned_minutes:
        text = _("Gepland: {planned}.").format(planned=format_minutes(pack.planned_minutes))
        notes.append(f'<p class="muted">{escape(text)}</p>')
    if not pack.blocks:
        notes.append(f"<p>{escape(_('Dit pakket heeft nog geen blokken.'))}</p>")
    missing = packs.missing_refs(pack, content.library)
    if missing:  # a card merged away, a folder not reachable: say so rather than leave it out
        names = ", ".join(dict.fromkeys(ref.partition(":")[2] or ref for ref in missing))
        text = _("Niet in de bibliotheek, dus niet afgedrukt: {items}.").format(items=names)
        notes.append(f'<p class="warning">{escape(text)}</p>')
    return [
        f'<h1>{escape(label(PART_TITLES, "agenda"))}</h1><p class="lead">{_subtitle(pack)}</p>'
        f'<table class="agenda" width="100%" cellspacing="0" cellpadding="0">{"".join(rows)}'
        f"</table><p></p>{''.join(notes)}"
    ]


def _script(content: Content) -> list[str]:
    pack = content.pack
    count = len(pack.blocks)
    blocks = ngettext("{n} blok", "{n} blokken", count).format(n=count)
    lead = _("{blocks}, samen {duration}.").format(blocks=blocks, duration=format_minutes(pack.minutes))
    html = [f'<h1>{escape(label(PART_TITLES, "script"))}</h1><p class="lead">{escape(lead)}</p>']
    for index, slot in enumerate(packs.schedule(pack)):
        html.append(_script_block(content, index, slot))
    return ["".join(html)]


def _script_block(content: Content, index: int, slot: packs.Slot) -> str:
    block = slot.block
    kind = block_kind_label(block.kind)
    kicker = f"{slot.start}–{slot.end} · {block.minutes} min · {kind}".upper()
    html = [f"<h6>{escape(kicker)}</h6><h2>{index + 1}. {escape(block.title)}</h2>"]
    html.append(_paragraphs(block.instructions))
    for story in content.block_items(index, "story"):
        html.append(f"<h5>{escape(_('Verhaal'))}</h5>")
        html.append(f"<p><b>{escape(story.title)}</b> — {escape(story.summary)}</p>")
        if content.pack.uses_short_version(story.id) and story.short_text:
            html.append(f'<p class="muted">{escape(_("De deelnemers lezen de korte versie."))}</p>')
        if story.notes:
            html.append(f"<h5>{escape(_('Voor de gespreksleider'))}</h5>")
            html.append(f'<div style="margin-left: 14px">{markdown_to_html(story.notes)}</div>')
        questions = [q.text for q in content.story_questions(story)]
        if questions:
            html.append(f"<h5>{escape(_('Vragen bij het verhaal'))}</h5>")
            html.append(_numbered(questions))
    guides = [g.title for g in content.block_items(index, "guide")]
    if guides:
        html.append(f"<h5>{escape(_('Handreikingen'))}</h5><p>{escape(', '.join(guides))}</p>")
    cards = [c.name for c in content.block_items(index, "value")]
    if cards:
        html.append(f"<h5>{escape(_('Waardenkaarten'))}</h5>")
        html.append(f"<p>{escape(', '.join(cards))}</p>")
    questions = [q.text for q in content.block_items(index, "question")]
    if questions:
        html.append(f"<h5>{escape(_('Vragen'))}</h5>{_numbered(questions)}")
    html.append(_own_notes(content, index))
    html.append(f"<h5>{escape(_('Aantekeningen'))}</h5>{_ruled(4)}")
    return _kept("".join(html), margin=14)


def _own_notes(content: Content, index: int) -> str:
    """The user's own notes on the block's items (only when they asked to print them)."""
    found = [
        (item.title, content.notes[ref].strip())
        for ref in content.pack.blocks[index].items
        if content.notes.get(ref, "").strip() and (item := packs.resolve(ref, content.library))
    ]
    if not found:
        return ""
    rows = "".join(f"<p><b>{escape(title)}</b>: {escape(note)}</p>" for title, note in found)
    return f"<h5>{escape(_('Mijn notities'))}</h5>{rows}"


def _stories(content: Content) -> list[str]:
    return [_story_page(story, content) for story in content.stories]


def _story_page(story: Story, content: Content) -> str:
    """A participant handout: never the facilitator notes."""
    questions = [q.text for q in content.story_questions(story)]
    after = ""
    if questions:
        after = f"<h2>{escape(_('Vragen bij dit verhaal'))}</h2>{_numbered(questions)}"
    short = content.pack.uses_short_version(story.id) and bool(story.short_text)
    kicker = _("PRAKTIJKVERHAAL · KORTE VERSIE") if short else _("PRAKTIJKVERHAAL")
    text = story.short_text if short else story.body
    return (
        f"<h6>{escape(kicker)}</h6><h1>{escape(story.title)}</h1>"
        f'<p class="lead">{escape(story.summary)}</p>'
        f'<div class="story">{markdown_to_html(text)}</div>{after}'
    )


def _guides(content: Content) -> list[str]:
    return [
        f"<h6>{escape(_('HANDREIKING'))}</h6><h1>{escape(guide.title)}</h1>"
        f'<div class="story">{markdown_to_html(guide.body)}</div>'
        for guide in content.guides
    ]


def _questions(content: Content) -> list[str]:
    questions = content.sheet_questions()
    if not questions:
        return []
    html = [f"<h1>{escape(label(PART_TITLES, 'questions'))}</h1>"]
    html.append(f'<p class="lead">{_subtitle(content.pack)}</p>')
    for phase in PHASES:
        texts = [q.text for q in questions if q.phase == phase]
        if texts:
            html.append(f"<h2>{escape(label(PHASE_LABELS, phase))}</h2>{_numbered(texts)}")
    return ["".join(html)]


def card_html(card: ValueCard) -> str:
    """One values card: its kind, name, description and question (styled by ``card_style``)."""
    return (
        f'<p class="card-kind">{escape(_("WAARDENKAART"))}</p>'
        f'<p class="card-name">{escape(card.name)}</p>'
        f'<p class="card-text">{escape(card.description)}</p>'
        f'<p class="card-question">{escape(card.question)}</p>'
    )


def card_style(scale: float = 1.0) -> str:
    """CSS for ``card_html``, with every type size multiplied by ``scale`` (to fit a card)."""

    def size(points: float) -> str:
        return f"font-size: {points * scale:.1f}pt"

    return (
        f".card-kind {{ {size(7.5)}; font-weight: 600; color: #5b6b78; margin-bottom: 4px; }}"
        f".card-name {{ {size(16)}; font-weight: 700; color: #123b5c; margin-bottom: 8px; }}"
        f".card-text {{ {size(10.5)}; margin-bottom: 10px; }}"
        f".card-question {{ {size(10.5)}; font-style: italic; color: #3d4b57; }}"
    )


def _cards(content: Content) -> list[str]:
    """The cut sheet as one HTML table (a printer may draw the cards itself, see ``Part``)."""
    cards = content.cards()
    if not cards:
        return []
    cells = [f'<td width="50%">{card_html(card)}</td>' for card in cards]
    if len(cells) % 2:
        cells.append("<td></td>")
    rows = "".join(f"<tr>{cells[i]}{cells[i + 1]}</tr>" for i in range(0, len(cells), 2))
    hint = _("Knip de kaarten uit langs de stippellijnen.")
    return [
        f'<h1>{escape(label(PART_TITLES, "cards"))}</h1><p class="muted">{escape(hint)}</p>'
        '<table width="100%" border="1" cellspacing="0" cellpadding="12" '
        f'style="border-style: dashed; border-color: #9aa7b2">{rows}</table>'
    ]


def _reflection(content: Content) -> list[str]:
    intro = _(
        "Neem na de sessie een kwartier voor jezelf. Schrijf op wat bij je opkomt; "
        "er zijn geen goede of foute antwoorden. Wat je schrijft is van jou."
    )
    html = [f'<h1>{escape(_("Reflectie"))}</h1><p class="lead">{_subtitle(content.pack)}</p>']
    html.append(f"<p>{escape(intro)}</p>")
    for number, prompt in enumerate(reflection_prompts(), start=1):
        html.append(_kept(f'<p class="prompt">{number}. {escape(prompt)}</p>{_ruled(4)}', 14))
    return ["".join(html)]


BUILDERS = {
    "agenda": _agenda,
    "script": _script,
    "stories": _stories,
    "guides": _guides,
    "questions": _questions,
    "cards": _cards,
    "reflection": _reflection,
}
