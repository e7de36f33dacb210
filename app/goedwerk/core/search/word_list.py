"""The unstemmed words of an index, for search-as-you-type prefixes and spelling suggestions.

The index holds one stemmed text field; this list maps every folded word seen while indexing
to its term (stem) and the number of documents it came in. A prefix becomes the terms of the
words that start with it (a bisect in the sorted list), and a misspelt word is corrected to the
most frequent word within two edits, found through a map of the words with one letter deleted
(built on the first suggestion) instead of a Levenshtein automaton per query.

The list only grows between full builds: a word whose last document changed stays until the
next rebuild, which is harmless because callers check a suggestion against the index.
"""

from __future__ import annotations

import logging
import marshal
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

from goedwerk.core.paths import atomic_write
from goedwerk.core.search.analysis import term_of, words

logger = logging.getLogger(__name__)

FILE_NAME = "words.marshal"
_VERSION = 1


class WordList:
    """Folded words with their term and document count."""

    def __init__(self, entries: dict[str, tuple[str, int]] | None = None) -> None:
        self._entries: dict[str, tuple[str, int]] = entries or {}
        self._sorted: list[str] | None = None
        self._deletes: dict[str, list[str]] | None = None
        self._forms: dict[str, list[str]] | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, word: str) -> bool:
        return word in self._entries

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> WordList:
        """The words of ``texts``, each text counted as one document."""
        wl = cls()
        wl.add(texts)
        return wl

    def add(self, texts: Iterable[str]) -> None:
        """Count the words of more documents (one text per document)."""
        entries = self._entries
        for text in texts:
            for word in words(text):
                known = entries.get(word)
                if known is not None:
                    entries[word] = (known[0], known[1] + 1)
                    continue
                term = term_of(word)
                if term is not None:
                    entries[word] = (term, 1)
        self._sorted = self._deletes = self._forms = None

    def forms(self, terms: frozenset[str]) -> list[str]:
        """The words whose term is one of ``terms`` (the written forms of a query's terms)."""
        if self._forms is None:
            forms: dict[str, list[str]] = {}
            for word, (term, _count) in self._entries.items():
                forms.setdefault(term, []).append(word)
            self._forms = forms
        return [word for term in terms for word in self._forms.get(term, ())]

    def terms_with_prefix(self, prefix: str) -> list[str]:
        """The distinct terms of every word that starts with ``prefix``."""
        ordered = self._ordered()
        terms: dict[str, None] = {}
        for i in range(bisect_left(ordered, prefix), len(ordered)):
            word = ordered[i]
            if not word.startswith(prefix):
                break
            terms[self._entries[word][0]] = None
        return list(terms)

    def suggest(self, word: str) -> str | None:
        """The most frequent known word within two edits of ``word`` (closest first), or None."""
        if word in self._entries:
            return None
        deletes = self._deletes_map()
        candidates: set[str] = set()
        for key in (word, *_deleted(word)):
            candidates.update(deletes.get(key, ()))
        best: tuple[int, int, str] | None = None
        for candidate in candidates:
            distance = edit_distance(word, candidate, 2)
            if distance > 2:
                continue
            rank = (distance, -self._entries[candidate][1], candidate)
            if best is None or rank < best:
                best = rank
        return best[2] if best else None

    def _ordered(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self._entries)
        return self._sorted

    def _deletes_map(self) -> dict[str, list[str]]:
        if self._deletes is None:
            deletes: dict[str, list[str]] = {}
            for word in self._entries:
                if len(word) < 3:
                    continue
                for key in (word, *_deleted(word)):
                    deletes.setdefault(key, []).append(word)
            self._deletes = deletes
        return self._deletes

    # -- on disk ---------------------------------------------------------------------------------

    def save(self, directory: Path) -> None:
        """Write the list beside the index (atomically); a failure is logged, not raised."""
        try:
            atomic_write(directory / FILE_NAME, marshal.dumps((_VERSION, self._entries)))
        except (OSError, ValueError) as exc:
            logger.warning("could not write the word list in %s: %s", directory, exc)

    @classmethod
    def load(cls, directory: Path) -> WordList | None:
        """The list saved in ``directory``, or None when it is missing or unreadable."""
        try:
            version, entries = marshal.loads((directory / FILE_NAME).read_bytes())
        except (OSError, ValueError, EOFError, TypeError) as exc:
            logger.info("word list in %s not used: %s", directory, exc)
            return None
        return cls(entries) if version == _VERSION and isinstance(entries, dict) else None


def _deleted(word: str) -> list[str]:
    """``word`` with each one of its letters left out."""
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance with adjacent swaps counting one, or ``limit + 1`` when above it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
