"""The own scoring pass finds, ranks, counts and facets exactly what Whoosh's matchers do."""

from __future__ import annotations

import itertools
import math
import random
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.fields import KEYWORD, TEXT, Schema
from whoosh.query import And, NullQuery, Or, Phrase, Query, Term
from whoosh.scoring import TF_IDF

from goedwerk.core.search.library_index import SearchIndex, _filter_query, documents
from goedwerk.core.search.matches import EveryMatchCollector
from goedwerk.core.search.scoring import ListedLengthsBM25F
from goedwerk.core.search.scoring_pass import every_match
from goedwerk.core.workspace import Workspace
from tests.conftest import BUNDLED

TYPED = (
    "moed",
    "nee zeggen",
    "frank advies",
    "loyale ambtenaar",
    "integriteit minister",
    "burger klacht brief",
    "de",
    "xyzzy",
    "integritiet",
    "opnheid",
    "signaal werkvloer",
    "eigen oordeel",
    "uitvoeringstoets wet",
    "lef kritiek",
    '"nee zeggen"',
    "moed OR lef",
    "integr*",
    "moed NOT lef",
)
SEARCHES: tuple[dict[str, object], ...] = (
    {"limit": 100, "facets": True, "prefix_last": True},
    {"limit": 3, "facets": True},
    {"limit": 5, "count": False},
    {"limit": 10, "filters": {"kind": "story"}, "facets": True},
    {"limit": 20, "filters": {"themes": ("tegenspraak", "openheid")}, "prefix_last": True},
)


def _queries(ws: Workspace) -> list[str]:
    """Words as typed, every synonym of the vocabulary, prefixes of a few words, and typos."""
    vocabulary = ws.library.vocabulary
    synonyms = [
        s for facet in ("themes", "sectors", "roles") for t in vocabulary.facet(facet) for s in t.synonyms
    ]
    prefixes = [word[:n] for word in ("integriteit", "ambtenaren", "bestuurder", "signalen") for n in (3, 5)]
    return [*TYPED, *synonyms, *prefixes]


@pytest.fixture(scope="module")
def segmented(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The bundled library in two segments (a parallel build) and a third of two rewritten stories.

    Their old documents stay in the first segments as deletions, as an incremental sync of a
    large index leaves them (a commit without merging).
    """
    base = tmp_path_factory.mktemp("scoring-pass")
    library = Path(shutil.copytree(BUNDLED, base / "stories"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SearchIndex, "PARALLEL_FROM", 1)
        patch.setattr(SearchIndex, "PARALLEL_OPTIONS", {"limitmb": 16, "batchsize": 20})
        patch.setattr("os.cpu_count", lambda: 2)
        ws = Workspace(library, base / "data")
        ws.reindex()
    docs = documents(ws.library)
    writer = ws.index().ix.writer()
    for story in (ws.library.stories[0], ws.library.stories[-1]):
        doc = docs[f"story:{story.id}"]
        writer.update_document(**{**doc, "text": doc["text"] + "\nMoed en integriteit, nee zeggen."})
    writer.commit(merge=False)
    yield ws
    ws.close()


def test_the_fixture_index_has_three_segments_and_deletions(segmented: Workspace) -> None:
    leaves = segmented.index()._searcher().leaf_searchers()
    assert len(leaves) == 3
    assert any(leaf.reader().has_deletions() for leaf, _offset in leaves)


@pytest.mark.parametrize("options", SEARCHES)
def test_hits_totals_and_facets_equal_those_of_whooshs_collector(
    segmented: Workspace, options: dict[str, object]
) -> None:
    index = segmented.index()
    some = [f"story:{s.id}" for s in segmented.library.stories[:3]]
    found = 0
    for text in _queries(segmented):
        extras = ({}, {"exclude": some[:2]}, {"also": some[2:]}) if text in TYPED else ({},)
        for extra in extras:
            index.own_scoring = True
            own = index.search(text, **options, **extra)
            index.own_scoring = False  # the collector that sees every match, as the window had it
            whoosh = index.search(text, **{**options, "count": True}, **extra)
            index.own_scoring = True
            counted = options.get("count", True)
            assert own == replace(whoosh, total=whoosh.total if counted else len(whoosh.hits)), text
            found += bool(own.hits)
    assert found > 50


def test_the_command_line_lists_the_best_hits_the_window_lists(segmented: Workspace) -> None:
    # Whoosh's own top collector (the command line's search before) skipped documents that
    # match several synonyms of a word: "lef kritiek" lost its best question
    for text in _queries(segmented):
        window = segmented.search(text, limit=100, facets=True)
        assert segmented.search(text, limit=3, count=False).hits == window.hits[:3], text


def _pairs(index: SearchIndex, text: str, prefix_last: bool, limit: int, filters: dict) -> tuple:
    searcher = index._searcher()
    words = index.words
    query = index.builder.build(text, prefix_last, words.__contains__, words.terms_with_prefix)
    flt = _filter_query(filters)
    index.own_scoring = True
    own = index._scored_with_matches(searcher, query, flt, limit, set())
    index.own_scoring = False
    whoosh = index._scored_with_matches(searcher, query, flt, limit, set())
    index.own_scoring = True
    return own, whoosh


def test_scores_equal_whooshs_and_ties_keep_the_lower_document_first(segmented: Workspace) -> None:
    index = segmented.index()
    ties = 0
    for text in _queries(segmented):
        for prefix_last, limit, filters in ((True, 100, {}), (False, 7, {"kind": ("story",)})):
            (own, own_matched), (whoosh, whoosh_matched) = _pairs(index, text, prefix_last, limit, filters)
            assert [d for _s, d in own] == [d for _s, d in whoosh], text
            assert all(math.isclose(a, b, rel_tol=1e-9) for (a, _d), (b, _e) in zip(own, whoosh, strict=True))
            assert sorted(own_matched) == sorted(whoosh_matched), text
            ties += sum(1 for a, b in itertools.pairwise(own) if a[0] == b[0])
    assert ties  # documents of equal score are there, and ordered like Whoosh's


# -- a raw Whoosh index: the shapes of larger segments, and where Whoosh's own top loses a hit --


def _raw_index(directory: Path, count: int, seed: int) -> whoosh_index.Index:
    """``count`` short documents of a few fruit words, some tagged, in one segment."""
    schema = Schema(text=TEXT(), tags=KEYWORD(commas=True, scorable=True))
    ix = whoosh_index.create_in(directory, schema)
    rng = random.Random(seed)
    fruit = ("appel", "peer", "kers", "pruim")
    writer = ix.writer()
    for _ in range(count):
        words = ["schaal"] + rng.choices(fruit, k=rng.randint(0, 4)) + ["vulsel"] * rng.randint(0, 9)
        rng.shuffle(words)
        writer.add_document(text=" ".join(words), tags=rng.choice(("rood", "groen", "")))
    writer.commit()
    return ix


def _raw_queries() -> list[Query]:
    fruit = [Term("text", w) for w in ("appel", "peer", "kers")]
    return [
        Term("text", "appel", boost=2.5),
        Or(fruit),
        Or(fruit[:2], boost=0.5),
        And([Or([*fruit, Term("tags", "rood")]), Term("text", "schaal")]),
        And([Term("text", "pruim"), Or(fruit[1:]), Term("text", "vulsel", boost=3.0)]),
        Or([Phrase("text", ["appel", "peer"], boost=2.0), Term("text", "kers"), Term("tags", "groen")]),
        And([Phrase("text", ["peer", "kers", "appel"]), Term("text", "schaal")]),
        Or([Term("text", "banaan"), NullQuery, Term("text", "pruim")]),
        And([Term("text", "banaan"), Term("text", "pruim")]),
    ]


def _whoosh_top(searcher, query: Query, limit: int) -> tuple[list[tuple[float, int]], list[int]]:
    collector = EveryMatchCollector(limit, None)
    searcher.search_with_collector(query, collector)
    return [(score, -negated) for score, negated in sorted(collector.items, reverse=True)], collector.matched


@pytest.mark.parametrize("count", [400, 5001])  # Whoosh preloads an Or's scores up to 5,000 documents
def test_a_raw_index_scores_like_whoosh_in_small_and_large_segments(tmp_path: Path, count: int) -> None:
    searcher = _raw_index(tmp_path, count, seed=count).searcher(weighting=ListedLengthsBM25F())
    for query in _raw_queries():
        for limit in (1, 10, count):
            own, matched = every_match(searcher, query, limit, None, set())
            whoosh, whoosh_matched = _whoosh_top(searcher, query, limit)
            assert own == whoosh, query
            assert matched == whoosh_matched
    searcher.close()


def test_the_document_matching_most_words_of_a_long_or_is_the_top_hit(tmp_path: Path) -> None:
    # Whoosh's own top collector trims its matcher tree with an Or's "maximum" score, the best
    # of its clauses, not their sum: the document with all three fruits was lost, and so was
    # every match below the lowest top score from the count
    searcher = _raw_index(tmp_path, 300, seed=1).searcher(weighting=ListedLengthsBM25F())
    query = And([Or([Term("text", w) for w in ("appel", "peer", "kers")]), Term("text", "schaal")])
    every = sorted(((s, d) for d, s in _every_score(searcher, query).items()), key=lambda p: (-p[0], p[1]))
    for limit in (1, 3):
        assert _whoosh_top(searcher, query, limit) == (every[:limit], sorted(d for _s, d in every))
        assert every_match(searcher, query, limit, None, set()) == (
            every[:limit],
            sorted(d for _s, d in every),
        )
    assert [(h.score, h.docnum) for h in searcher.search(query, limit=1)] != every[:1]  # the case it fixes
    searcher.close()


def _every_score(searcher, query: Query) -> dict[int, float]:
    """Every match's score, stepping Whoosh's matcher one document at a time."""
    matcher = query.matcher(searcher, searcher.context())
    scores = {}
    while matcher.is_active():
        scores[matcher.id()] = matcher.score()
        matcher.next()
    return scores


def test_with_a_small_score_cache_the_terms_scored_last_still_rank_like_whoosh(
    mini_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("goedwerk.core.search.scoring_pass.CACHED_POSTINGS", 6)  # a few terms at most
    ws = Workspace(mini_library, tmp_path / "data")
    index = ws.index()
    texts = ("nota", "cadeaubon", "nota advies", "openheid", "nota", "transparantie", "cadeaubon")
    own = [index.search(text, limit=3, facets=True) for text in texts]
    index.own_scoring = False
    assert own == [index.search(text, limit=3, facets=True) for text in texts]
    assert all(result.hits for result in own)
    ws.close()


def test_a_word_added_to_a_story_counts_at_once_although_its_scores_were_kept(
    mini_library: Path, tmp_path: Path
) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    texts = ("cadeaubon", "nota", "verzoek dashboard", "openheid")
    before = [ws.search(text, limit=5, facets=True) for text in texts]  # their scores now kept
    assert [h.id for h in before[0].hits] == ["de-cadeaubon"]
    story = mini_library / "practice" / "de-nota.md"
    text = story.read_text(encoding="utf-8").replace("\n## ", "\nOver een cadeaubon.\n\n## ", 1)
    story.write_text(text, encoding="utf-8")
    ws.refresh()
    after = [ws.search(text, limit=5, facets=True) for text in texts]
    assert {h.id for h in after[0].hits} == {"de-cadeaubon", "de-nota"}
    ws.index().own_scoring = False
    assert after == [ws.search(text, limit=5, facets=True) for text in texts]
    ws.close()


def test_another_weighting_is_left_to_whooshs_collector(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    index = ws.index()
    index._searcher_obj = index.ix.searcher(weighting=TF_IDF())
    assert every_match(index._searcher_obj, Term("text", "nota"), 5, None, set()) is None
    own = ws.search("nota advies", limit=5, facets=True)
    index.own_scoring = False
    assert ws.search("nota advies", limit=5, facets=True) == own
    assert own.hits
    ws.close()
