"""Dutch text analysis for Whoosh: accent folding, Dutch stop words, snowball stemming."""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.lang import stopwords_for_language
from whoosh.support.charset import accent_map

_STEMMER = snowballstemmer.stemmer("dutch")
TOKEN_PATTERN = r"\w+(?:[-'’]\w+)*"


@lru_cache(maxsize=100_000)
def dutch_stem(word: str) -> str:
    """Stem one (lower-case, accent-folded) Dutch word with snowball's ``dutch`` algorithm."""
    return _STEMMER.stemWord(word)


def fold(text: str) -> str:
    """Lower-case and strip accents, as the index does: ``Ideeën`` -> ``ideeen``."""
    return text.lower().translate(accent_map)


STOP_WORDS = frozenset(fold(w) for w in stopwords_for_language("nl"))


def dutch_analyzer():
    """Tokenize, lower-case, fold accents, drop stop words, stem."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=STOP_WORDS, minsize=2)
        | StemFilter(stemfn=dutch_stem, cachesize=None)
    )


def plain_analyzer():
    """Tokenize, lower-case, fold accents: the unstemmed words for prefixes and spelling."""
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)
