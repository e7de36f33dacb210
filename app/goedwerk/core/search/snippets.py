"""Highlighted snippets: the part of a text around the first words that matched a query.

Whoosh's highlighter analyses a hit's whole text every time; this reads the text only until
it has found a few matching words, using the same folding, stop words and stemming as the
index, so a snippet costs microseconds instead of milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from whoosh.query import Query

from goedwerk.core.content.render import escape
from goedwerk.core.search.analysis import STOP_WORDS, TOKEN_PATTERN, dutch_stem, fold

_TOKEN = re.compile(TOKEN_PATTERN)
TEXT_FIELDS = frozenset({"text"})


@dataclass(frozen=True)
class Matcher:
    """What counts as a match: stemmed terms, and prefixes of unstemmed words."""

    stems: frozenset[str]
    prefixes: tuple[str, ...] = ()

    @classmethod
    def for_query(cls, query: Query) -> Matcher:
        """The terms a query searches the text fields for (phrases, synonyms and prefixes too)."""
        stems: set[str] = set()
        prefixes: list[str] = []
        for leaf in _leaves(query):
            name = type(leaf).__name__
            if name == "Prefix" and leaf.fieldname == "plain":
                prefixes.append(str(leaf.text))
            elif getattr(leaf, "fieldname", None) in TEXT_FIELDS:
                words = getattr(leaf, "words", None) or [getattr(leaf, "text", "")]
                stems.update(str(w) for w in words if w)
        return cls(frozenset(stems), tuple(prefixes))

    def matches(self, word: str) -> bool:
        """True when ``word`` (as written in the text) is one the query looks for."""
        folded, stem = _normal(word)
        if stem is None:
            return False
        return stem in self.stems or any(folded.startswith(p) for p in self.prefixes)


@lru_cache(maxsize=200_000)
def _normal(word: str) -> tuple[str, str | None]:
    """A word folded as the index folds it, and its stem (None for a stop word)."""
    folded = fold(word)
    return folded, None if folded in STOP_WORDS else dutch_stem(folded)


def _leaves(query: Query) -> Iterable[Query]:
    if query.is_leaf():
        yield query
        return
    for child in query.children():
        yield from _leaves(child)


def snippet(text: str, matcher: Matcher, width: int = 180, most: int = 4) -> str | None:
    """HTML of about ``width`` characters around the first matches, matched words in ``<b>``."""
    spans: list[tuple[int, int]] = []
    for token in _TOKEN.finditer(text):
        if spans and token.start() - spans[0][0] > width:
            break
        if matcher.matches(token.group()):
            spans.append(token.span())
            if len(spans) >= most:
                break
    if not spans:
        return None
    start = _word_start(text, max(0, spans[0][0] - width // 3))
    end = _word_end(text, min(len(text), start + width))
    parts, cursor = [], start
    for first, last in spans:
        if last > end:
            break
        parts += [escape(text[cursor:first]), f"<b>{escape(text[first:last])}</b>"]
        cursor = last
    parts.append(escape(text[cursor:end]))
    body = " ".join("".join(parts).split())
    return ("… " if start > 0 else "") + body + (" …" if end < len(text) else "")


def _word_start(text: str, pos: int) -> int:
    if pos == 0:
        return 0
    space = text.find(" ", pos)
    return space + 1 if 0 <= space < pos + 25 else pos


def _word_end(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    space = text.rfind(" ", pos - 25, pos)
    return space if space > 0 else pos
