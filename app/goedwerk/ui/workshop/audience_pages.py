"""What the room sees, as HTML pages sized for the audience screen.

A story is cut into pages of whole paragraphs (a paragraph too long for one page is cut at
sentence ends); each page is measured with a ``QTextDocument`` laid out exactly as the audience
view shows it, so nothing is clipped. Values cards and questions are one page each.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from PySide6.QtGui import QColor, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from goedwerk.core.model import Guide, Item, Question, Story, ValueCard
from goedwerk.core.workspace import escape, markdown_to_html
from goedwerk.ui.common.colours import ROLES

BASE_POINTS = 30.0  # body text at a 1080-pixel-high screen: above the 28 pt minimum
BASE_HEIGHT = 1080
MIN_POINTS = 12.0
_SENTENCE_END = re.compile(r"(?<=[.!?…’”])\s+")

# The audience screen is dark in either theme (the roles have one value for both).
TEXT = ROLES["audience_text"].dark
MUTED = ROLES["audience_muted"].dark
ACCENT = ROLES["audience_accent"].dark
BACKGROUND = ROLES["audience_background"].dark
BLANK_BACKGROUND = ROLES["audience_blank"].dark


@dataclass(frozen=True)
class Style:
    """Font and stylesheet of the audience text at one screen height."""

    family: str
    points: float

    @classmethod
    def for_height(cls, family: str, height: int) -> Style:
        """Body text that scales with the screen height (30 pt at 1080 pixels)."""
        return cls(family, max(MIN_POINTS, round(BASE_POINTS * height / BASE_HEIGHT, 1)))

    def font(self) -> QFont:
        """The body font."""
        font = QFont(self.family)
        font.setPointSizeF(self.points)
        return font

    def css(self) -> str:
        """The default stylesheet of the audience documents (Qt takes margins in px only)."""
        p = self.points
        px = p * 96 / 72
        return (
            f"body {{ color: {TEXT}; font-size: {p}pt; }}"
            f"p {{ margin-top: 0px; margin-bottom: {px * 0.6:.0f}px; line-height: 115%; }}"
            f"h1 {{ font-size: {p * 1.45:.1f}pt; font-weight: 600; margin-top: 0px;"
            f" margin-bottom: {px * 0.5:.0f}px; }}"
            f".kind {{ color: {MUTED}; font-size: {p * 0.7:.1f}pt; margin-bottom: {px * 0.4:.0f}px; }}"
            f".question {{ font-size: {p * 1.45:.1f}pt; font-weight: 600; line-height: 120%; }}"
            f".card-question {{ color: {ACCENT}; font-style: italic; }}"
            f".hold {{ font-size: {p * 1.6:.1f}pt; font-weight: 600; }}"
            f".muted {{ color: {MUTED}; }}"
        )

    def show(self, browser: QTextBrowser, html: str) -> None:
        """Show ``html`` in ``browser`` in this style, light text on the audience background."""
        palette = browser.palette()
        palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
        browser.setPalette(palette)
        browser.document().setDefaultFont(self.font())
        browser.document().setDefaultStyleSheet(self.css())
        browser.setHtml(page_html(html))

    def document(self, html: str, width: float) -> QTextDocument:
        """A document laid out as the audience view lays out ``html`` at ``width`` pixels."""
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font())
        doc.setDefaultStyleSheet(self.css())
        doc.setTextWidth(width)
        doc.setHtml(page_html(html))
        return doc

    def height(self, html: str, width: float) -> float:
        """The height in pixels of ``html`` laid out at ``width``."""
        return self.document(html, width).size().height()


def page_html(html: str) -> str:
    """``html`` as a whole document, so the stylesheet's ``body`` rule applies."""
    return f"<body>{html}</body>"


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark")


def markdown_blocks(text: str) -> list[str]:
    """The top-level blocks (paragraphs, lists, quotes) of Markdown ``text``, as source."""
    lines = text.splitlines()
    blocks = []
    for token in _parser().parse(text):
        if token.level == 0 and token.nesting in (0, 1) and token.map:
            start, end = token.map
            blocks.append("\n".join(lines[start:end]))
    return blocks


def story_pages(story: Story, style: Style, width: float, height: float, short: bool = False) -> list[str]:
    """The story (or its short version) as pages of HTML that each fit ``width`` x ``height``."""
    text = story.short_text if short and story.short_text else story.body
    return text_pages(story.title, text, style, width, height)


def text_pages(title: str, text: str, style: Style, width: float, height: float) -> list[str]:
    """A title and Markdown ``text`` as pages of HTML that each fit ``width`` x ``height`` pixels.

    Whole paragraphs go on a page while they fit; a paragraph that does not fit fills the rest
    of the page sentence by sentence and goes on at the top of the next page.
    """
    fits = lambda html: style.height(html, width) <= height  # noqa: E731
    pages: list[str] = []
    current = f"<h1>{escape(title)}</h1>"
    for block in markdown_blocks(text):
        html = markdown_to_html(block)
        if fits(current + html):
            current += html
            continue
        sentences = _SENTENCE_END.split(block.strip())
        while sentences:
            count = _fitting(sentences, current, fits)
            if count == 0 and current:
                pages.append(current)
                current = ""
                continue
            count = max(count, 1)  # a single sentence longer than a page: show it anyway
            current += markdown_to_html(" ".join(sentences[:count]))
            sentences = sentences[count:]
            if sentences:
                pages.append(current)
                current = ""
    if current:
        pages.append(current)
    return pages


def _fitting(sentences: list[str], current: str, fits: Callable[[str], bool]) -> int:
    """How many of ``sentences`` (as one paragraph) still fit after ``current``."""
    count = 0
    while count < len(sentences) and fits(current + markdown_to_html(" ".join(sentences[: count + 1]))):
        count += 1
    return count


def value_html(card: ValueCard, kind_label: str) -> str:
    """A values card as one page: name, description and its question."""
    return (
        f'<p class="kind">{escape(kind_label)}</p>'
        f"<h1>{escape(card.name)}</h1>"
        f"<p>{escape(card.description)}</p>"
        f'<p class="card-question">{escape(card.question)}</p>'
    )


def question_html(question: Question, kind_label: str) -> str:
    """A question as one page, in large type."""
    return f'<p class="kind">{escape(kind_label)}</p><p class="question">{escape(question.text)}</p>'


def hold_html(pack_title: str, block_title: str) -> str:
    """The calm page between items: the block's title under the pack's."""
    return f'<p class="kind">{escape(pack_title)}</p><p class="hold">{escape(block_title)}</p>'


def vote_html(title: str, options: tuple[str, ...], counts: tuple[int, ...], total: str) -> str:
    """A vote as one page: each option with a bar for its share of the hands."""
    hands = sum(counts)
    rows = []
    for option, count in zip(options, counts, strict=True):
        width = round(count / hands * 100) if hands else 0
        bar = (
            f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="{max(width, 1)}%" bgcolor="{ACCENT if width else BACKGROUND}">&nbsp;</td>'
            f"<td></td></tr></table>"
        )
        rows.append(
            f'<tr><td width="38%">{escape(option)}</td><td width="48%">{bar}</td>'
            f'<td align="right" width="14%"><b>{count}</b></td></tr>'
        )
    return (
        f'<p class="kind">{escape(total)}</p><h1>{escape(title)}</h1>'
        f'<table width="100%" cellspacing="0" cellpadding="10">{"".join(rows)}</table>'
    )


def item_pages(
    item: Item, labels: dict[str, str], style: Style, width: float, height: float, short: bool = False
) -> list[str]:
    """The pages of any library item; ``labels`` names the kinds ("value", "question").

    ``short`` shows a story's short version (when the pack asks for it).
    """
    if isinstance(item, Story):
        return story_pages(item, style, width, height, short)
    if isinstance(item, Guide):
        return text_pages(item.title, item.body, style, width, height)
    if isinstance(item, ValueCard):
        return [value_html(item, labels.get("value", ""))]
    return [question_html(item, labels.get("question", ""))]
