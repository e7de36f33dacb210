"""HTML for reading one library item: a story, a values card or a question.

The UI shows it in a text browser; links use the ``goedwerk:KIND/ID`` scheme so the reader can
open linked items without ever leaving the app.
"""

from __future__ import annotations

from goedwerk.core.content.render import escape, markdown_to_html
from goedwerk.core.i18n import _
from goedwerk.core.model import BUNDLED, OWN, Guide, Kind, Library, Question, SearchHit, Story, ValueCard


def phase_label(phase: str) -> str:
    """The name of a question phase in the current language."""
    labels = {"opening": _("Opening"), "verdieping": _("Verdieping"), "afsluiting": _("Afsluiting")}
    return labels.get(phase, phase)


def b_label(b: str) -> str:
    """The name of one of the three B's in the current language."""
    labels = {"bekwaam": _("Bekwaam"), "betrouwbaar": _("Betrouwbaar"), "betrokken": _("Betrokken")}
    return labels.get(b, b)


def kind_label(kind: str) -> str:
    """The name of an item kind in the current language."""
    labels = {
        Kind.STORY: _("Praktijkverhaal"),
        Kind.VALUE: _("Waardenkaart"),
        Kind.QUESTION: _("Vraag"),
        Kind.GUIDE: _("Handreiking"),
    }
    return labels.get(kind, str(kind))


def guide_kind_label(category: str) -> str:
    """The name of a kind of guide in the current language."""
    labels = {
        "intro": _("Introductie"),
        "afspraken": _("Afspraken en veiligheid"),
        "opwarmer": _("Opwarmer"),
        "woordenlijst": _("Woordenlijst"),
    }
    return labels.get(category, category)


def link(kind: str, item_id: str, text: str) -> str:
    """An in-app link to an item."""
    return f'<a href="goedwerk:{kind}/{escape(item_id)}">{escape(text)}</a>'


def parse_link(url: str) -> tuple[str, str] | None:
    """``(kind, id)`` from a ``goedwerk:KIND/ID`` link, or None for anything else."""
    if not url.startswith("goedwerk:"):
        return None
    kind, _sep, item_id = url.removeprefix("goedwerk:").partition("/")
    return (kind, item_id) if kind in {k.value for k in Kind} and item_id else None


def _tags(library: Library, themes: tuple[str, ...], b: tuple[str, ...]) -> str:
    spans = [
        f'<span class="tag">&nbsp;{escape(library.vocabulary.label("themes", t))}&nbsp;</span>'
        for t in themes
    ]
    spans += [f'<span class="b">&nbsp;{escape(b_label(x))}&nbsp;</span>' for x in b]
    return '<p class="tags">' + " ".join(spans) + "</p>" if spans else ""


def _header(kind: Kind, title: str, meta: list[str]) -> str:
    meta_text = " · ".join(escape(m) for m in [kind_label(kind), *meta] if m)
    return f'<p class="kind">{meta_text}</p><h1>{escape(title)}</h1>'


def _section(title: str, rows: list[str]) -> str:
    if not rows:
        return ""
    items = "".join(f"<li>{row}</li>" for row in rows)
    return f'<h2>{escape(title)}</h2><ul class="links">{items}</ul>'


def notes_html(story: Story) -> str:
    """The facilitator notes of a story as a panel marked for the facilitator only."""
    if not story.notes:
        return ""
    title = escape(_("Voor de gespreksleider"))
    hint = escape(_("Alleen voor jou als gespreksleider; niet voor deelnemers."))
    return (
        '<table class="notes" width="100%" cellpadding="10"><tr><td>'
        f'<p class="notes-title">{title}</p><p class="muted">{hint}</p>'
        f"{markdown_to_html(story.notes)}</td></tr></table>"
    )


def story_text(story: Story, short: bool) -> str:
    """The Markdown to read: the short version when asked for and present, else the story."""
    return story.short_text if short and story.short_text else story.body


def _source_note(origin: str, kind: str = Kind.STORY) -> str:
    """ "eigen verhaal" (vraag, handreiking) for an own item, "uit <map>" for one from a folder."""
    if origin == BUNDLED:
        return ""
    if origin != OWN:
        return _("uit {path}").format(path=origin)
    own = {Kind.GUIDE: _("eigen handreiking"), Kind.QUESTION: _("eigen vraag")}
    return own.get(kind, _("eigen verhaal"))


def story_html(
    library: Library,
    story: Story,
    related: list[SearchHit],
    short: bool = False,
    notes: bool = True,
) -> str:
    """A story with its labels, linked values cards and questions, and related stories.

    ``short`` shows the short version instead of the story; ``notes`` adds the facilitator
    notes in a panel of their own.
    """
    vocab = library.vocabulary
    meta = [
        vocab.label("sectors", story.sector) if story.sector else "",
        vocab.label("roles", story.role) if story.role else "",
        _source_note(library.origin(Kind.STORY, story.id)),
    ]
    cards = [library.get(Kind.VALUE, v) for v in story.values]
    questions = [library.get(Kind.QUESTION, q) for q in story.questions]
    parts = [
        _header(Kind.STORY, story.title, meta),
        _tags(library, story.themes, story.b),
        f'<p class="summary">{escape(story.summary)}</p>',
        _version_note(story, short),
        '<div class="body">' + markdown_to_html(story_text(story, short)) + "</div>",
        notes_html(story) if notes else "",
        _section(
            _("Waardenkaarten bij dit verhaal"),
            [f"{link('value', c.id, c.name)} — {escape(c.description)}" for c in cards if c],
        ),
        _section(_("Vragen om te bespreken"), [link("question", q.id, q.text) for q in questions if q]),
        _section(
            _("Verwante verhalen"),
            [
                f"{link('story', h.id, h.title)}<br/>"
                f"<span class='muted'>{escape(_summary(library, h.id))}</span>"
                for h in related
            ],
        ),
    ]
    return "".join(parts)


def _version_note(story: Story, short: bool) -> str:
    if short and story.short_text:
        return f'<p class="muted">{escape(_("Korte versie van het verhaal"))}</p>'
    return ""


def guide_html(guide: Guide, origin: str = BUNDLED) -> str:
    """A guide: its kind and title (and where it is from), then its text."""
    meta = [guide_kind_label(guide.category), _source_note(origin, Kind.GUIDE)]
    return _header(Kind.GUIDE, guide.title, meta) + (
        '<div class="body">' + markdown_to_html(guide.body) + "</div>"
    )


def value_html(library: Library, card: ValueCard) -> str:
    """A values card with the stories that link it."""
    stories = [s for s in library.stories if card.id in s.values]
    return "".join(
        [
            _header(Kind.VALUE, card.name, []),
            f'<p class="card-description">{escape(card.description)}</p>',
            f'<p class="card-question">{escape(card.question)}</p>',
            _section(_("Verhalen met deze waardenkaart"), [link("story", s.id, s.title) for s in stories]),
        ]
    )


def question_html(library: Library, question: Question) -> str:
    """A question with its phase, labels (and where it is from) and the stories that use it."""
    stories = [s for s in library.stories if question.id in s.questions]
    origin = _source_note(library.origin(Kind.QUESTION, question.id), Kind.QUESTION)
    return "".join(
        [
            _header(Kind.QUESTION, question.text, [phase_label(question.phase), origin]),
            _tags(library, question.themes, question.b),
            _section(_("Verhalen met deze vraag"), [link("story", s.id, s.title) for s in stories]),
        ]
    )


def _summary(library: Library, story_id: str) -> str:
    story = library.get(Kind.STORY, story_id)
    return story.summary if isinstance(story, Story) else ""


def item_html(
    library: Library,
    kind: str,
    item_id: str,
    related: list[SearchHit] | None = None,
    short: bool = False,
    notes: bool = True,
) -> str | None:
    """The reading HTML of any item, or None when it does not exist."""
    item = library.get(kind, item_id)
    if isinstance(item, Story):
        return story_html(library, item, related or [], short, notes)
    if isinstance(item, Guide):
        return guide_html(item, library.origin(Kind.GUIDE, item.id))
    if isinstance(item, ValueCard):
        return value_html(library, item)
    if isinstance(item, Question):
        return question_html(library, item)
    return None
