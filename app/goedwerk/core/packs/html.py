"""The printable pack as HTML, built by the core (no Qt); ``paper/printing.py`` makes the PDF.

A pack prints as parts, each optional: cover, agenda, script (for the facilitator, with each
story's facilitator notes), stories (participant handouts: the story, or its short version when
the pack asks for it, and never the facilitator notes), guides, questions, cards (a values-card
cut sheet) and reflection (a form).
Each part is a list of HTML fragments that each start on a new page. The HTML keeps to what
Qt's rich text understands (HTML 4 tables, simple CSS in ``STYLE``), so the same markup prints
from the window and from the command line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from goedwerk.core.content.render import escape
from goedwerk.core.i18n import _
from goedwerk.core.model import Library, Pack, ValueCard
from goedwerk.core.packs.html_pages import BUILDERS, Content, card_html, card_style, cover_page
from goedwerk.core.packs.labels import PART_TITLES, label

PART_NAMES: tuple[str, ...] = (
    "cover",
    "agenda",
    "script",
    "stories",
    "guides",
    "questions",
    "cards",
    "reflection",
)
# Sizes in CSS px (1/96 inch) and pt; ``printing.py`` lays pages out at 96 dpi.
STYLE = """
body { font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 20pt; font-weight: 700; margin-top: 0px; margin-bottom: 10px; color: #123b5c; }
h2 { font-size: 13pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; color: #123b5c; }
h3 { font-size: 11pt; font-weight: 600; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 0px; margin-bottom: 7px; line-height: 115%; }
li { margin-bottom: 4px; }
h6 { font-size: 8pt; font-weight: 600; color: #5b6b78; margin-top: 0px; margin-bottom: 2px; }
h5 { font-size: 8.5pt; font-weight: 600; color: #5b6b78; margin-top: 8px; margin-bottom: 2px; }
.lead { font-size: 11pt; font-style: italic; color: #3d4b57; margin-bottom: 14px; }
.muted { color: #5b6b78; }
.small { font-size: 8.5pt; }
.warning { color: #9c2b00; font-weight: 600; }
.story p { font-size: 10.5pt; line-height: 122%; margin-bottom: 9px; }
.cover-title { font-size: 28pt; font-weight: 700; color: #123b5c; line-height: 100%;
    margin-top: 120px; }
.facts td { padding-top: 5px; padding-bottom: 5px; font-size: 11pt; }
.agenda td { padding: 6px; border-bottom: 1px solid #c3ccd4; }
.agenda th { padding: 6px; border-bottom: 2px solid #123b5c; font-size: 9pt; color: #5b6b78; }
.rule { border-bottom: 1px solid #9aa7b2; padding-top: 22px; font-size: 5pt; }
.notes { background-color: #eef2f5; border: 1px solid #9aa7b2; }
.prompt { font-size: 12pt; font-weight: 600; color: #123b5c; margin-top: 18px; margin-bottom: 0px; }
"""


@dataclass(frozen=True)
class Part:
    """One part of the printed pack: HTML fragments that each start on a new page.

    The cut sheet (``cards``) also carries its cards, so that a printer can draw them itself.
    """

    name: str
    title: str
    pages: tuple[str, ...]
    cards: tuple[ValueCard, ...] = ()


def parse_parts(text: str) -> tuple[str, ...]:
    """Part names from ``"cover,agenda"``, in print order; ``ValueError`` on unknown names."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in PART_NAMES]
    if unknown or not names:
        msg = _("onbekend onderdeel '{name}' (kies uit: {choices})")
        raise ValueError(msg.format(name=",".join(unknown), choices=",".join(PART_NAMES)))
    return tuple(n for n in PART_NAMES if n in names)


def build_parts(
    pack: Pack,
    library: Library,
    parts: Iterable[str] = PART_NAMES,
    colours: Mapping[str, str] | None = None,
    notes: Mapping[str, str] | None = None,
) -> list[Part]:
    """The requested parts that have something to show, in print order.

    ``colours`` tints the agenda's time cells per block kind (``"#RRGGBB"`` by kind); ``notes``
    (the user's private notes by ref) are printed with their items in the script.
    """
    wanted = set(parts)
    content = Content(pack, library, colours or {}, notes)
    built: dict[str, Part] = {}
    for name in PART_NAMES:
        if name in wanted and name != "cover":
            pages = BUILDERS[name](content)
            if pages:
                cards = tuple(content.cards()) if name == "cards" else ()
                built[name] = Part(name, label(PART_TITLES, name), tuple(pages), cards)
    if "cover" in wanted:
        cover = cover_page(content, [part.title for part in built.values()])
        built["cover"] = Part("cover", label(PART_TITLES, "cover"), (cover,))
    return [built[name] for name in PART_NAMES if name in built]


def pack_document(pack: Pack, library: Library, parts: Iterable[str] = PART_NAMES) -> str:
    """The whole pack as one HTML document (for a browser; pages break before each part)."""
    pages = [page for part in build_parts(pack, library, parts) for page in part.pages]
    breaker = '<div style="page-break-before: always"></div>'
    return (
        "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
        f"<title>{escape(pack.title)}</title><style>{STYLE}{card_style()}</style></head>"
        f"<body>{breaker.join(pages)}</body></html>"
    )


__all__ = [
    "PART_NAMES",
    "STYLE",
    "Part",
    "build_parts",
    "card_html",
    "card_style",
    "pack_document",
    "parse_parts",
]
