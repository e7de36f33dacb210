"""Dutch text analysis for Whoosh: accent folding, Dutch stop words, snowball stemming.

``DutchAnalyzer`` does in one pass what a chain of Whoosh filters (tokenizer, lower case,
accent fold, stop words, stemmer) does token by token: each distinct word as written is turned
into its term once (lower-cased, folded with one translate table, stemmed) and remembered in a
bounded memo, so indexing costs a regex match and a dictionary look-up per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import snowballstemmer
from whoosh.analysis import Composable, Token
from whoosh.lang import stopwords_for_language
from whoosh.support.charset import accent_map

_STEMMER = snowballstemmer.stemmer("dutch")
TOKEN_PATTERN = r"\w+(?:[-'’]\w+)*"
_TOKEN = re.compile(TOKEN_PATTERN)
_MEMO_LIMIT = 200_000  # distinct words remembered by the analyzer before it starts afresh


@lru_cache(maxsize=100_000)
def dutch_stem(word: str) -> str:
    """Stem one (lower-case, accent-folded) Dutch word with snowball's ``dutch`` algorithm."""
    return _STEMMER.stemWord(word)


def fold(text: str) -> str:
    """Lower-case and strip accents, as the index does: ``Ideeën`` -> ``ideeen``."""
    return text.lower().translate(accent_map)


STOP_WORDS = frozenset(fold(w) for w in stopwords_for_language("nl"))


def term_of(folded: str) -> str | None:
    """The index term of a folded word: its stem, or None for a stop word (or one letter)."""
    if len(folded) < 2 or folded in STOP_WORDS:
        return None
    return dutch_stem(folded)


def words(text: str) -> set[str]:
    """The distinct folded words of ``text``, stop words included."""
    return {_fold_word(word) for word in set(_TOKEN.findall(text.lower()))}


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold_keeping_length(text: str) -> str | None:
    """``fold(text)`` when it keeps every character's place (else None), translating only the
    non-ASCII runs (a whole-text translate is slow for mostly-ASCII Dutch text)."""
    lowered = text.lower()
    if not lowered.isascii():
        lowered = _NON_ASCII.sub(lambda m: m.group().translate(accent_map), lowered)
    return lowered if len(lowered) == len(text) else None


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    return word if word.isascii() else word.translate(accent_map)


class DutchAnalyzer(Composable):
    """Tokenize, lower-case, fold accents, drop stop words and (with ``stem``) stem, in one pass.

    Positions count the words that are kept, as Whoosh's ``StopFilter(renumber=True)`` does.
    """

    def __init__(self, stem: bool = True) -> None:
        self.stem = stem
        self._memo: dict[str, str | None] = {}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.stem == self.stem  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), self.stem))

    def __getstate__(self) -> dict:
        return {"stem": self.stem}  # the memo is not part of the pickled schema

    def __setstate__(self, state: dict) -> None:
        self.stem = state["stem"]
        self._memo = {}

    def term(self, word: str) -> str | None:
        """The term for one word as written (None for a stop word), remembered."""
        memo = self._memo
        try:
            return memo[word]
        except KeyError:
            pass
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        folded = fold(word)
        if self.stem:
            result = term_of(folded)
        else:
            result = folded if len(folded) >= 2 and folded not in STOP_WORDS else None
        memo[word] = result
        return result

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        term = self.term
        for match in _TOKEN.finditer(value) if tokenize else (None,):
            word = match.group() if match is not None else value
            text = term(word)
            token.stopped = text is None
            if text is None:
                if removestops:
                    continue
                text = fold(word)
            token.text = text
            token.boost = 1.0
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = pos
            if chars and match is not None:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            if not token.stopped:
                pos += 1
            yield token


def dutch_analyzer() -> DutchAnalyzer:
    """Tokenize, lower-case, fold accents, drop stop words, stem."""
    return DutchAnalyzer()
