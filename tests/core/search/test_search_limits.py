"""Query limits: long queries are cut with a message, never a RecursionError (issue #11, point 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from goedwerk.cli import main
from goedwerk.core.workspace import Workspace


@pytest.fixture
def ws(mini_library: Path, tmp_path: Path):
    workspace = Workspace(mini_library, tmp_path / "data")
    yield workspace
    workspace.close()


def test_a_thousand_words_search_the_first_ones_and_say_so(ws: Workspace) -> None:
    result = ws.search(" ".join(["nota", "minister"] * 500))
    assert "de-nota" in [hit.id for hit in result.hits]
    assert result.notice == "Alleen de eerste 32 woorden van de zoekvraag zijn gebruikt."


def test_a_thousand_or_clauses_and_quotes_are_cut_to_a_valid_query(ws: Workspace) -> None:
    assert "de-nota" in [h.id for h in ws.search(" OR ".join(["nota"] * 1000)).hits]
    assert "de-nota" in [h.id for h in ws.search(" ".join(['"de nota"'] * 600)).hits]


def test_a_ten_thousand_letter_word_is_cut_and_gets_no_spelling_suggestion(ws: Workspace) -> None:
    result = ws.search("nota" + "a" * 10_000, prefix_last=True)
    assert result.hits == () and result.suggestion is None
    assert result.notice == "De zoekvraag is ingekort tot 500 tekens."


def test_the_cli_prints_the_notice_on_stderr(capsys, mini_library: Path) -> None:
    code = main(["search", "--library", str(mini_library), " ".join(["nota"] * 40)])
    out, err = capsys.readouterr()
    assert code == 0 and "De nota" in out
    assert err.strip() == "goedwerk: let op: Alleen de eerste 32 woorden van de zoekvraag zijn gebruikt."
