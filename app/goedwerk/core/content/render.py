"""Markdown to HTML for reading and printing (markdown-it-py, raw HTML disabled).

Links are kept only when they point inside the app (``goedwerk:`` or ``#anchor``); any other
link is rendered as its text, so nothing in a story can make the app reach out.
"""

from __future__ import annotations

import html
from functools import cache

from markdown_it import MarkdownIt

SAFE_LINK_PREFIXES = ("goedwerk:", "#")


@cache
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": True})
    md.enable(["replacements", "smartquotes"])
    md.options["quotes"] = "“”‘’"
    md.validateLink = lambda url: url.startswith(SAFE_LINK_PREFIXES)  # type: ignore[method-assign]
    return md


def markdown_to_html(text: str) -> str:
    """Render Markdown ``text`` as an HTML fragment; raw HTML is shown as text."""
    return _markdown().render(text)


def escape(text: str) -> str:
    """Escape ``text`` for use inside HTML."""
    return html.escape(text, quote=True)
