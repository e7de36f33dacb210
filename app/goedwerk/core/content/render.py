"""Markdown to HTML for reading and printing (markdown-it-py, raw HTML disabled).

Links are kept only when they point inside the app (``goedwerk:`` or ``#anchor``); any other
link is rendered as its text (an image as its alt text), so nothing in a story can make the
app reach out, and the reader sees words, not ``[text](https://…)``.
"""

from __future__ import annotations

import html
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # markdown-it is imported on the first rendering, not with the app's start
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

SAFE_LINK_PREFIXES = ("goedwerk:", "#")


@cache
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": True})
    md.enable(["replacements", "smartquotes"])
    md.options["quotes"] = "“”‘’"
    # Parse every link as a link (so no raw "[text](url)" is left), then keep only safe ones.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.core.ruler.push("outside_links_as_text", _outside_links_as_text)
    return md


def _safe(url: str | None) -> bool:
    return bool(url) and str(url).startswith(SAFE_LINK_PREFIXES)


def _outside_links_as_text(state: StateCore) -> None:
    """Drop the link around text that points outside the app; an outside image becomes its alt text."""
    from markdown_it.token import Token

    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        kept: list[Token] = []
        open_links: list[bool] = []
        for child in token.children:
            if child.type == "link_open":
                open_links.append(_safe(child.attrGet("href")))
                if open_links[-1]:
                    kept.append(child)
            elif child.type == "link_close":
                if open_links.pop():
                    kept.append(child)
            elif child.type == "image" and not _safe(child.attrGet("src")):
                text = Token("text", "", 0)
                text.content = child.content
                kept.append(text)
            else:
                kept.append(child)
        token.children = kept


def markdown_to_html(text: str) -> str:
    """Render Markdown ``text`` as an HTML fragment; raw HTML is shown as text."""
    return _markdown().render(text)


def escape(text: str) -> str:
    """Escape ``text`` for use inside HTML."""
    return html.escape(text, quote=True)
