"""Dutch search: inflections, synonyms, filters, facets, forgiving syntax, suggestions, related."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from goedwerk.core.workspace import Workspace


@pytest.fixture
def ws(mini_library: Path, tmp_path: Path) -> Workspace:
    workspace = Workspace(mini_library, tmp_path / "ws-data")
    yield workspace
    workspace.close()


def ids(result) -> list[str]:
    return [hit.id for hit in result.hits]


def test_plural_query_finds_story_that_only_has_the_singular(ws: Workspace) -> None:
    assert "ambtenaren" not in ws.library.get("story", "de-nota").body
    assert "de-nota" in ids(ws.search("ambtenaren", {"kind": "story"}))


def test_accents_are_folded(ws: Workspace) -> None:
    assert ids(ws.search("cadeaubón")) == ids(ws.search("cadeaubon")) == ["de-cadeaubon"]


def test_synonym_finds_story_tagged_with_the_theme(ws: Workspace) -> None:
    story = ws.library.get("story", "het-verzoek")
    assert "transparantie" not in (story.body + story.title + story.summary).lower()
    assert ids(ws.search("transparantie", {"kind": "story"})) == ["het-verzoek"]


def test_label_of_a_sector_finds_its_stories(ws: Workspace) -> None:
    assert set(ids(ws.search("departement", {"kind": "story"}))) == {"de-nota", "het-dashboard"}


def test_title_match_ranks_above_body_match(ws: Workspace) -> None:
    # "nota" is in the title of de-nota and only in the body of nothing else
    assert ids(ws.search("dashboard"))[0] == "het-dashboard"


def test_all_words_must_match(ws: Workspace) -> None:
    assert ids(ws.search("cadeaubon minister")) == []
    assert ids(ws.search("nota minister")) == ["de-nota"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"kind": "value"}, {"eerlijkheid", "loyaliteit", "zorgvuldigheid", "gezin"}),
        ({"kind": "story", "sector": "gemeente"}, {"het-verzoek", "de-cadeaubon"}),
        ({"kind": "story", "role": "leidinggevende"}, {"het-verzoek", "het-dashboard"}),
        ({"kind": "story", "b": "betrokken"}, {"de-cadeaubon"}),
        ({"themes": ["openheid"]}, {"het-verzoek", "q-verdiep-2", "q-af-1"}),
        (
            {"themes": ["openheid", "politieke-loyaliteit"], "kind": "question"},
            {"q-verdiep-1", "q-verdiep-2", "q-af-1"},
        ),
    ],
)
def test_filters_narrow_an_empty_query(ws: Workspace, filters: dict, expected: set[str]) -> None:
    assert set(ids(ws.search("", filters, limit=50))) == expected


def test_facet_counts_follow_the_query_and_ignore_their_own_filter(ws: Workspace) -> None:
    result = ws.search("", {"kind": "story", "sector": "gemeente"}, facets=True)
    assert result.total == 2
    # sector counts ignore the sector filter, so the other sector stays visible
    assert result.facets["sector"] == {"gemeente": 2, "rijk": 2}
    # theme counts respect the sector filter
    assert result.facets["themes"] == {"openheid": 1, "integriteit": 1}
    assert result.facets["kind"] == {"story": 2}


@pytest.mark.parametrize(
    "query", ['"open', "AND", "(", ")", "OR OR", "title:", "*", "nota AND", "^~", 'een "', "NOT"]
)
def test_broken_syntax_never_raises(ws: Workspace, query: str) -> None:
    result = ws.search(query)
    plain = re.sub(r"[\"()*:^~]", " ", query)  # what the fallback searches: the words alone
    assert ids(result) == ids(ws.search(plain)), plain
    assert len(result.hits) <= result.total


def test_unclosed_quote_falls_back_to_plain_words(ws: Workspace) -> None:
    assert ids(ws.search('"cadeaubon')) == ["de-cadeaubon"]


def test_phrase_and_or_syntax_work(ws: Workspace) -> None:
    assert ids(ws.search('"nota aan de minister"')) == ["de-nota"]
    assert set(ids(ws.search("cadeaubon OR dashboard"))) == {"de-cadeaubon", "het-dashboard"}


def test_snippet_highlights_the_matched_word(ws: Workspace) -> None:
    hit = ws.search("envelop").hits[0]
    assert "<b>envelop</b>" in hit.snippet_html
    assert "envelop" in hit.snippet and "<b>" not in hit.snippet


def test_misspelling_gets_a_suggestion(ws: Workspace) -> None:
    result = ws.search("cadaubon")
    assert result.total == 0
    assert result.suggestion == "cadeaubon"


def test_prefix_of_last_word_matches_while_typing(ws: Workspace) -> None:
    assert ids(ws.search("cadeau", prefix_last=True)) == ["de-cadeaubon"]
    assert ids(ws.search("cadeau", prefix_last=False)) == []


def test_related_stories_exclude_the_story_itself(ws: Workspace) -> None:
    related = [h.id for h in ws.index().related("de-nota", limit=3)]
    assert "de-nota" not in related
    assert related and all(ws.library.get("story", r) for r in related)


def test_related_of_unknown_story_is_empty(ws: Workspace) -> None:
    assert ws.index().related("bestaat-niet") == []


def test_total_counts_only_matches_within_the_filter(ws: Workspace) -> None:
    unfiltered = ws.search("", limit=2)
    assert unfiltered.total == 13 and len(unfiltered.hits) == 2
    stories = ws.search("", {"kind": "story"}, limit=2)
    assert stories.total == 4 and len(stories.hits) == 2
    assert ws.search("", {"kind": "story"}, limit=50).total == 4


def test_synonyms_need_the_same_word_not_just_the_same_stem(ws: Workspace) -> None:
    # snowball stems "openbaarmaking"-like words and "opening" alike; only real inflections expand
    expanded = str(ws.index().builder.build("woo"))
    assert "themes:openheid" in expanded
    assert "themes:openheid" not in str(ws.index().builder.build("opening"))
    assert "themes:integriteit" in str(ws.index().builder.build("integere"))


def test_a_damaged_library_cache_is_ignored(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "cache-data"
    first = Workspace(mini_library, data)
    first.load()
    first.close()
    cache = first.library_cache_path
    assert cache.is_file()
    cache.write_text("{not json", encoding="utf-8")
    again = Workspace(mini_library, data)
    assert again.library.counts()["stories"] == 4
    assert again.search("cadeaubon").hits[0].id == "de-cadeaubon"
    again.close()


def test_snippet_marks_inflected_matches_and_stops_early() -> None:
    from goedwerk.core.search.snippets import Matcher, snippet

    matcher = Matcher(frozenset({"ambten"}))
    text = "Intro. " + "woord " * 10 + "De ambtenaren kwamen. " + "vulling " * 200 + "ambtenaar"
    html = snippet(text, matcher)
    assert html is not None and "<b>ambtenaren</b>" in html and html.startswith("… ")
    assert "ambtenaar<" not in html  # the far-away match is not in this snippet
    assert snippet("Niets hier.", matcher) is None


def test_every_synonym_of_a_group_counts_not_only_the_first(ws: Workspace) -> None:
    # "loyaal" and "loyaliteit" share a stem; both are listed, so both expand to the theme
    for word in ("loyaal", "loyaliteit"):
        assert "themes:politieke-loyaliteit" in str(ws.index().builder.build(word)), word


def test_a_half_typed_word_matches_although_its_stem_is_shorter(ws: Workspace) -> None:
    # "aanbesteding" is indexed as its stem "aanbesteed": the prefix goes through the word list
    assert ids(ws.search("aanbestedin", prefix_last=True)) == ["de-cadeaubon"]
    assert ids(ws.search("aanbestedin", prefix_last=False)) == []


def test_a_swapped_pair_of_letters_gets_a_suggestion(ws: Workspace) -> None:
    result = ws.search("aanbestdeing", prefix_last=True, facets=True)
    assert result.total == 0
    assert result.suggestion == "aanbesteding"


def test_a_changed_story_is_found_by_its_new_words_while_typing(ws: Workspace, mini_library: Path) -> None:
    ws.search("nota")
    story = mini_library / "practice" / "de-nota.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("\n## ", "\nHet klokkenluidersreglement lag klaar.\n\n## ", 1))
    again = Workspace(mini_library, ws.data_dir)
    try:
        assert ids(again.search("klokkenluider", prefix_last=True)) == ["de-nota"]
        assert again.search("klokkenluidersreglemnt").suggestion == "klokkenluidersreglement"
    finally:
        again.close()


def test_a_lost_word_list_is_made_again(ws: Workspace) -> None:
    ws.search("nota")
    ws.close()
    (ws.index_dir / "words.marshal").unlink()
    again = Workspace(ws.library_dir, ws.data_dir)
    try:
        assert ids(again.search("cadeau", prefix_last=True)) == ["de-cadeaubon"]
        assert (again.index_dir / "words.marshal").is_file()
    finally:
        again.close()


def test_hits_show_title_and_summary_of_the_loaded_library(ws: Workspace) -> None:
    story = ws.library.get("story", "de-cadeaubon")
    (hit,) = ws.search("cadeaubon", limit=100, facets=True, prefix_last=True).hits
    assert (hit.title, hit.kind) == (story.title, "story")
    assert "<b>" in hit.snippet_html


def test_facet_counts_without_filters_count_every_match(ws: Workspace) -> None:
    result = ws.search("ambtenaar", facets=True, prefix_last=True, limit=1)
    matched = [ws.library.get(h.kind, h.id) for h in ws.search("ambtenaar", prefix_last=True, limit=100).hits]
    assert len(result.hits) == 1 and result.total == len(matched) > 1
    themes: dict[str, int] = {}
    for item in matched:
        for theme in getattr(item, "themes", ()):
            themes[theme] = themes.get(theme, 0) + 1
    assert result.facets["themes"] == themes
    assert sum(result.facets["kind"].values()) == len(matched)


def test_browsing_lists_items_in_the_order_whoosh_sorts_them_also_after_an_edit(
    ws: Workspace, mini_library: Path
) -> None:
    from whoosh.query import Every, Or, Term

    from goedwerk.core.search.library_index import BROWSE_ORDER

    ws.index()
    story = mini_library / "practice" / "de-cadeaubon.md"
    story.write_text(story.read_text(encoding="utf-8").replace("title: ", "title: Aaa ", 1), encoding="utf-8")
    ws.refresh()  # the edited story's old document is deleted, a new one added at the end
    index = ws.index()
    searcher = index._searcher()
    assert searcher.reader().has_deletions()

    def whoosh_order(flt=None, mask=None) -> list[str]:
        results = searcher.search(Every(), filter=flt, mask=mask, limit=None, sortedby=BROWSE_ORDER)
        return [searcher.stored_fields(docnum)["item_id"] for _score, docnum in results.top_n]

    browse = ws.search("", limit=100)
    assert ids(browse) == whoosh_order()
    assert ids(browse)[0] == "de-cadeaubon"  # stories first, by title: "Aaa ..." now leads
    assert browse.total == len(whoosh_order())
    themed = ws.search("", {"themes": "integriteit"}, limit=100)
    assert ids(themed) == whoosh_order(flt=Or([Term("themes", "integriteit")]))
    assert ids(ws.search("", limit=3)) == whoosh_order()[:3]
    hidden = index.search("", limit=100, exclude=["story:de-nota"])
    assert ids(hidden) == whoosh_order(mask=Term("docid", "story:de-nota"))


def test_the_vocabularys_phrases_are_analysed_once_and_synonyms_match_from_what_was_kept(
    ws: Workspace, mini_library: Path
) -> None:
    from goedwerk.core.search.library_index import PHRASES_FILE

    assert ws.index().builder.added > 0  # the first start analyses every phrase
    assert (ws.index_dir / PHRASES_FILE).is_file()
    again = Workspace(mini_library, ws.data_dir)
    assert again.index().builder.added == 0
    assert ids(again.search("transparantie", {"kind": "story"})) == ["het-verzoek"]
    again.close()
    (ws.index_dir / PHRASES_FILE).write_bytes(b"\x00damaged")
    third = Workspace(mini_library, ws.data_dir)
    assert third.index().builder.added > 0  # a damaged file is analysed anew
    assert ids(third.search("transparantie", {"kind": "story"})) == ["het-verzoek"]
    third.close()
