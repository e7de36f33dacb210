"""Ranking on the bundled library: a word as typed beats a synonym; browsing starts with stories."""

from __future__ import annotations

import pytest

from goedwerk.core.workspace import Workspace
from tests.conftest import BUNDLED


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    workspace = Workspace(BUNDLED, tmp_path_factory.mktemp("ranking") / "data")
    workspace.load()
    workspace.index()
    yield workspace
    workspace.close()


def test_the_card_named_after_the_query_ranks_above_items_found_through_a_synonym(ws: Workspace) -> None:
    hits = ws.search("moed", limit=10).hits
    assert (hits[0].kind, hits[0].id) == ("value", "moed")


def test_a_word_found_directly_counts_more_than_a_synonym_of_it(ws: Workspace) -> None:
    # "lef" and "moed" are one synonym group; a question that says "nee zeggen" only has the synonym
    scores = {(h.kind, h.id): h.score for h in ws.search("moed", limit=40).hits}
    direct = scores[("value", "moed")]
    via_synonym = [score for (kind, _id), score in scores.items() if kind == "question"]
    assert via_synonym and max(via_synonym) < direct / 2


def test_browsing_without_a_query_starts_with_stories_then_cards_questions_guides(ws: Workspace) -> None:
    kinds = [hit.kind for hit in ws.search("", limit=None).hits]
    assert kinds[0] == "story"
    assert kinds == sorted(kinds, key=["story", "value", "question", "guide"].index)
