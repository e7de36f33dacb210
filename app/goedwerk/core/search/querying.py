"""Turn what a user typed into a Whoosh query: Dutch analysis, synonyms, forgiving syntax.

Plain words are matched in title, summary and body (boosted in that order), every word must
match, and a word from the vocabulary's synonym lists also matches its siblings and the tagged
theme, sector or role. Queries with operators (quotes, OR, NOT, parentheses, wildcards) go
through Whoosh's parser; when that syntax is broken the query falls back to plain words.
``within_limits`` first cuts a query to ``MAX_QUERY_CHARS`` and ``MAX_QUERY_WORDS`` (Whoosh's
matchers recurse once per clause: a thousand words were a RecursionError) and says so.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from whoosh.fields import Schema
from whoosh.qparser import MultifieldParser
from whoosh.query import And, Every, NullQuery, Or, Phrase, Prefix, Query, Term

from goedwerk.core.i18n import _
from goedwerk.core.model import Vocabulary
from goedwerk.core.search.analysis import dutch_analyzer, fold
from goedwerk.core.search.word_list import WordList

logger = logging.getLogger(__name__)

TEXT_FIELDS = {"text": 1.0}  # title, summary and body, weighted in the index (see search.py)
FILTER_FIELDS = ("kind", "themes", "b", "sector", "role")
_FACET_OF = {"themes": "themes", "sectors": "sector", "roles": "role"}
# A word as typed counts more than the theme it is tagged with, and that more than a synonym:
# the card "Moed" comes before a question that only says "nee zeggen".
OWN_BOOST, TAG_BOOST, SYNONYM_BOOST = 3.0, 1.0, 0.5
_SYNTAX = re.compile(r"[\"()*?:^~]|(?:^|\s)[-+]\w|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b")
_WORDS = re.compile(r"\w+(?:[-'’]\w+)*")
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 32
MAX_WORD_CHARS = 40  # longer words are searched, but get no spelling suggestion


PhraseStems = tuple[tuple[str, ...], tuple[str, ...]]  # a phrase's stems and its folded words


def within_limits(text: str) -> tuple[str, str]:
    """``text`` cut to the query limits, and a message for the user when it was cut (else "")."""
    notice = ""
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notice = _("De zoekvraag is ingekort tot {n} tekens.").format(n=MAX_QUERY_CHARS)
    words = list(_WORDS.finditer(text))
    if len(words) > MAX_QUERY_WORDS:
        text = re.sub(r"\s+(?:AND|OR|NOT|ANDNOT|ANDMAYBE)$", "", text[: words[MAX_QUERY_WORDS - 1].end()])
        if text.count('"') % 2:
            text += '"'
        notice = _("Alleen de eerste {n} woorden van de zoekvraag zijn gebruikt.").format(n=MAX_QUERY_WORDS)
    return text, notice


@dataclass(frozen=True)
class SynonymGroup:
    """Words that mean the same for search, and the facet term they stand for."""

    field: str
    term_id: str
    phrases: tuple[tuple[str, ...], ...]  # each phrase as a tuple of stems
    words: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # stems -> the phrases' own folded words

    def matches(self, stems: tuple[str, ...], words: tuple[str, ...]) -> bool:
        """True when the query words are (inflections of) one of the group's phrases.

        Equal stems are not enough on their own: snowball folds "werkbaar" into "werk" and
        both "opening" and "openbaar" into "open", so the words must also differ only in
        their last few letters, as inflections do ("loyale"/"loyaal", "signalen"/"signaal").
        """
        return any(
            len(own) == len(words) and all(_inflected(a, b) for a, b in zip(own, words, strict=True))
            for own in self.words.get(stems, ())
        )


def _inflected(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` share all but their last three letters (at least three)."""
    common = len(os.path.commonprefix([a, b]))  # noqa: RUF071 - letters are what we compare
    return common >= min(3, len(a), len(b)) and common >= max(len(a), len(b)) - 3


class QueryBuilder:
    """Builds queries for one vocabulary."""

    def __init__(
        self, vocabulary: Vocabulary, schema: Schema, analysed: dict[str, PhraseStems] | None = None
    ) -> None:
        self.analyzer = dutch_analyzer()
        # each vocabulary phrase's stems and words: ``analysed`` as saved by an earlier start
        # (snowball stems the 300 phrases of the bundled vocabulary in 30 ms), the rest made here
        self.analysed = dict(analysed or {})
        self.added = 0
        self.groups = self._groups(vocabulary)
        self.parser = MultifieldParser(list(TEXT_FIELDS), schema=schema, fieldboosts=TEXT_FIELDS)

    def stems(self, text: str) -> tuple[str, ...]:
        """The analysed terms of ``text`` (stop words removed)."""
        return tuple(t.text for t in self.analyzer(text))

    def _groups(self, vocabulary: Vocabulary) -> list[SynonymGroup]:
        groups = []
        for facet, field in _FACET_OF.items():
            for term in vocabulary.facet(facet):
                words: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
                for phrase in [term.label, term.id.replace("-", " "), *term.synonyms]:
                    stems, own = self._stems_and_words(phrase)
                    if stems and own not in words.get(stems, ()):
                        words[stems] = (*words.get(stems, ()), own)
                groups.append(SynonymGroup(field, term.id, tuple(words), words))
        return groups

    def _stems_and_words(self, text: str) -> PhraseStems:
        """Stems and the folded words they came from, stop words left out of both."""
        known = self.analysed.get(text)
        if known is None:
            known = self.analysed[text] = self._analysed(text)
            self.added += 1
        return known

    def _analysed(self, text: str) -> PhraseStems:
        pairs = [
            (stems[0], fold(word)) for word in _WORDS.findall(text) if len(stems := self.stems(word)) == 1
        ]
        return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)

    def build(
        self,
        text: str,
        prefix_last: bool = False,
        is_word: Callable[[str], bool] | None = None,
        prefixed: Callable[[str], list[str]] | None = None,
    ) -> Query:
        """The query for ``text``; an empty text matches everything.

        With ``prefix_last`` the last word also matches as the start of longer words (for
        search as you type), unless ``is_word`` says it is already a complete indexed word;
        ``prefixed`` gives the terms of the indexed words that start with a prefix (without
        it, the prefix is matched against the terms themselves).
        """
        text = text.strip()
        if not text or not _WORDS.search(text):
            return Every()
        if _SYNTAX.search(text):
            parsed = self._parse(text)
            if parsed is not None:
                return parsed
        return self._plain(text, prefix_last, is_word, prefixed)

    def _parse(self, text: str) -> Query | None:
        if text.count('"') % 2 or text.count("(") != text.count(")"):
            return None
        try:
            query = self.parser.parse(text)
        except Exception as exc:  # Whoosh's parser can raise almost anything on odd input
            logger.info("query %r not parsed (%s); searching plain words", text, exc)
            return None
        if query is None or query is NullQuery or not list(query.leaves()):
            return None
        return query

    def _plain(
        self,
        text: str,
        prefix_last: bool,
        is_word: Callable[[str], bool] | None = None,
        prefixed: Callable[[str], list[str]] | None = None,
    ) -> Query:
        words = _WORDS.findall(text)
        stems = [self.stems(w) for w in words]
        clauses: list[Query] = []
        i = 0
        while i < len(words):
            group_match = self._match_group(words, stems, i)
            if group_match:
                length, matched = group_match
                clauses.append(self._expanded(stems[i : i + length], matched))
                i += length
                continue
            clause = self._word_clause(stems[i])
            last = i == len(words) - 1 and not text.endswith(" ")
            if prefix_last and last and len(words[i]) >= 3 and not (is_word and is_word(fold(words[i]))):
                prefix = _prefix_clause(fold(words[i]), prefixed)
                clause = Or([clause, prefix]) if clause is not None else prefix
            if clause is not None:
                clauses.append(clause)
            i += 1
        if not clauses:
            return Every() if not any(stems) else Or([])
        return clauses[0] if len(clauses) == 1 else And(clauses)

    def _match_group(
        self, words: list[str], stems: list[tuple[str, ...]], start: int
    ) -> tuple[int, list[SynonymGroup]] | None:
        for length in (3, 2, 1):
            if start + length > len(stems):
                continue
            parts = [
                (part, fold(word))
                for part, word in zip(
                    stems[start : start + length], words[start : start + length], strict=True
                )
                if part
            ]
            window = tuple(stem for part, _word in parts for stem in part)
            folded = tuple(word for part, word in parts for _stem in part)
            if not window:
                continue
            matched = [g for g in self.groups if g.matches(window, folded)]
            if matched:
                return length, matched
        return None

    def _expanded(self, stems: list[tuple[str, ...]], groups: list[SynonymGroup]) -> Query:
        """The words as typed, or any synonym, or the tagged term; the words as typed count most."""
        own = tuple(s for part in stems for s in part)
        options: list[Query] = _phrase_in_fields(own, OWN_BOOST)
        siblings = {phrase for group in groups for phrase in group.phrases} - {own}
        for group in groups:
            options.append(Term(group.field, group.term_id, boost=TAG_BOOST))
        for phrase in sorted(siblings):
            options.extend(_phrase_in_fields(phrase, SYNONYM_BOOST))
        return Or(options)

    def _word_clause(self, stems: tuple[str, ...]) -> Query | None:
        if not stems:
            return None
        parts = [Or([Term(f, s, boost=b) for f, b in TEXT_FIELDS.items()]) for s in stems]
        return parts[0] if len(parts) == 1 else And(parts)

    def corrected(self, text: str, words: WordList) -> str | None:
        """``text`` with unknown words replaced by the closest known word, or None."""
        changed = False
        out = []
        for word in _WORDS.findall(text):
            folded = fold(word)
            if not 4 <= len(folded) <= MAX_WORD_CHARS or folded in words:
                out.append(word)
                continue
            suggestion = words.suggest(folded)
            if suggestion:
                out.append(suggestion)
                changed = True
            else:
                out.append(word)
        return " ".join(out) if changed else None


def _prefix_clause(prefix: str, prefixed: Callable[[str], list[str]] | None) -> Query:
    """The terms of the words starting with ``prefix``, or a prefix query on the terms."""
    if prefixed is None:
        return Prefix("text", prefix)
    terms = prefixed(prefix)
    return Or([Term("text", term) for term in terms]) if terms else NullQuery


def _phrase_in_fields(phrase: tuple[str, ...], boost: float = 1.0) -> list[Query]:
    if len(phrase) == 1:
        return [Term(f, phrase[0], boost=b * boost) for f, b in TEXT_FIELDS.items()]
    return [Phrase(f, list(phrase), boost=b * boost) for f, b in TEXT_FIELDS.items()]
