"""Snippets found through the word list's written forms equal those found word by word."""

from __future__ import annotations

from pathlib import Path

from whoosh.query import And, Or, Prefix, Term

from goedwerk.core.search.analysis import dutch_stem
from goedwerk.core.search.snippets import Matcher, snippet
from goedwerk.core.search.word_list import WordList

BUNDLED = Path(__file__).resolve().parents[3] / "stories" / "practice"


def test_the_written_forms_mark_the_same_words_as_stemming_each_word() -> None:
    bodies = [path.read_text(encoding="utf-8").split("\n---", 1)[-1] for path in sorted(BUNDLED.glob("*.md"))]
    words = WordList.from_texts(bodies)
    queries = [
        Term("text", dutch_stem("ambtenaren")),
        Or([Term("text", dutch_stem("burger")), Term("text", dutch_stem("inwoners"))]),
        And([Term("text", dutch_stem("ideeën")), Prefix("text", "verant")]),
        Term("text", dutch_stem("één")),
    ]
    compared = 0
    for query in queries:
        fast, slow = Matcher.for_query(query, words.forms), Matcher.for_query(query)
        assert fast.pattern is not None and slow.pattern is None
        for body in bodies:
            assert snippet(body, fast) == snippet(body, slow)
            compared += snippet(body, slow) is not None
    assert compared > 10  # many stories hold one of these words
