"""The one-pass Dutch analyzer gives the terms and positions of Whoosh's filter chain."""

from __future__ import annotations

import pickle
from pathlib import Path

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.support.charset import accent_map

from goedwerk.core.search.analysis import STOP_WORDS, TOKEN_PATTERN, dutch_analyzer, dutch_stem

BUNDLED = Path(__file__).resolve().parents[3] / "stories" / "practice"


def whoosh_chain():
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=STOP_WORDS, minsize=2)
        | StemFilter(stemfn=dutch_stem, cachesize=None)
    )


def test_terms_and_positions_equal_the_whoosh_chain_on_the_bundled_stories() -> None:
    chain, fast = whoosh_chain(), dutch_analyzer()
    texts = [path.read_text(encoding="utf-8") for path in sorted(BUNDLED.glob("*.md"))]
    assert len(texts) >= 30
    for text in texts:
        expected = [(t.text, t.pos, t.startchar, t.endchar) for t in chain(text, positions=True, chars=True)]
        got = [(t.text, t.pos, t.startchar, t.endchar) for t in fast(text, positions=True, chars=True)]
        assert got == expected


def test_stop_words_are_kept_but_marked_when_asked() -> None:
    tokens = [(t.text, t.stopped) for t in dutch_analyzer()("De ambtenaren en de Ideeën", removestops=False)]
    assert tokens == [("de", True), ("ambten", False), ("en", True), ("de", True), ("ideeen", False)]


def test_the_analyzer_survives_the_schema_pickle_without_its_memo() -> None:
    analyzer = dutch_analyzer()
    list(analyzer("ambtenaren"))
    copy = pickle.loads(pickle.dumps(analyzer))
    assert copy == analyzer and not copy._memo
    assert [t.text for t in copy("ambtenaren")] == ["ambten"]
