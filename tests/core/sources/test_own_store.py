"""Own guides and questions: valid library files, searchable, copied, deleted and put back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from goedwerk.core.errors import ReadOnlyError
from goedwerk.core.workspace import Workspace


@pytest.fixture
def ws(mini_library: Path, tmp_path: Path):
    workspace = Workspace(mini_library, tmp_path / "d")
    yield workspace
    workspace.close()


def test_an_own_guide_is_a_valid_searchable_file_and_its_delete_can_be_undone(ws: Workspace) -> None:
    guide = ws.own_items.new_guide("Opwarmer met een foto")
    assert (ws.own_dir / "guides" / f"{guide.id}.md").is_file() and ws.problems == ()
    ws.own_items.save_guide(replace(guide, body="# Een foto\n\nLaat iedereen een foto van het werk kiezen."))
    assert ws.library.is_own("guide", guide.id)
    assert [h.id for h in ws.search("foto werk").hits][:1] == [guide.id]
    text = ws.own_items.delete_guide(guide.id)
    assert ws.library.get("guide", guide.id) is None and ws.own_items.guides() == []
    ws.own_items.restore_guide(guide.id, text)
    assert "foto van het werk" in ws.library.get("guide", guide.id).body


def test_an_own_question_joins_the_bank_and_a_bundled_one_is_copied_not_changed(ws: Workspace) -> None:
    bundled = ws.library.questions[0]
    question = ws.own_items.new_question()
    ws.own_items.save_question(replace(question, text="Wanneer zei jij voor het laatst nee?"))
    copy = ws.own_items.copy_question(bundled.id)
    assert [q.id for q in ws.own_items.questions()] == [question.id, copy.id]
    assert ws.problems == () and ws.library.get("question", copy.id).text == bundled.text
    assert [h.id for h in ws.search("laatst nee").hits][:1] == [question.id]
    with pytest.raises(ReadOnlyError, match="eigen kopie"):
        ws.own_items.save_question(replace(bundled, text="Anders"))
    index, gone = ws.own_items.delete_question(question.id)
    assert [q.id for q in ws.own_items.questions()] == [copy.id]
    ws.own_items.restore_question(index, gone)
    assert [q.id for q in ws.own_items.questions()] == [question.id, copy.id]
    ws.own_items.delete_question(question.id)
    ws.own_items.delete_question(copy.id)
    assert not (ws.own_dir / "questions.yaml").exists() and ws.problems == ()
