"""Library sources: the own library, added folders, first source wins, a folder that is away."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from goedwerk.core.errors import NotFoundError
from goedwerk.core.model import BUNDLED, OWN
from goedwerk.core.workspace import Workspace


@pytest.fixture
def ws(mini_library: Path, tmp_path: Path):
    workspace = Workspace(mini_library, tmp_path / "d")
    yield workspace
    workspace.close()


def test_a_new_own_story_is_a_valid_searchable_library_file(ws: Workspace) -> None:
    path = ws.own.new("Het lek op de afdeling")
    assert path == ws.own_dir / "practice" / "het-lek-op-de-afdeling.md"
    assert ws.problems == ()
    assert ws.library.origin("story", "het-lek-op-de-afdeling") == OWN
    assert ws.library.origin("story", "de-nota") == BUNDLED
    assert [h.id for h in ws.search("afdeling lek").hits][:1] == ["het-lek-op-de-afdeling"]
    assert [s.id for s in ws.own.all()] == ["het-lek-op-de-afdeling"]


def test_a_second_story_with_the_same_title_gets_its_own_id(ws: Workspace) -> None:
    first, second = ws.own.new("De nota"), ws.own.new("De nota")
    assert (first.stem, second.stem) == ("de-nota-2", "de-nota-3")  # de-nota is the library's


def test_a_copy_of_a_bundled_story_is_own_and_leaves_the_original(ws: Workspace) -> None:
    copy = ws.own.copy("de-nota")
    assert copy.id == "de-nota-eigen" and copy.title == "De nota aan de minister (eigen versie)"
    assert ws.library.is_own("story", "de-nota-eigen") and not ws.library.is_own("story", "de-nota")
    assert ws.library.get("story", "de-nota-eigen").body == ws.library.get("story", "de-nota").body
    assert ws.problems == ()


def test_deleting_an_own_story_can_be_undone(ws: Workspace) -> None:
    ws.own.new("Weg ermee")
    text = ws.own.delete("weg-ermee")
    assert ws.library.get("story", "weg-ermee") is None and ws.search("ermee").hits == ()
    ws.own.restore("weg-ermee", text)
    assert ws.library.get("story", "weg-ermee").title == "Weg ermee"
    with pytest.raises(NotFoundError):
        ws.own.delete("de-nota")  # a library story is not the user's to delete


def test_an_added_folder_is_read_after_the_others_and_the_first_id_wins(
    ws: Workspace, tmp_path: Path, mini_library: Path
) -> None:
    shared = tmp_path / "gedeeld"
    (shared / "practice").mkdir(parents=True)
    shutil.copy(mini_library / "practice" / "de-nota.md", shared / "practice")
    story = (mini_library / "practice" / "het-verzoek.md").read_text(encoding="utf-8")
    new = story.replace("id: het-verzoek", "id: gedeeld-verhaal")
    (shared / "practice" / "gedeeld-verhaal.md").write_text(new, encoding="utf-8")
    ws.add_source(shared)
    assert [s.id for s in ws.sources()] == [BUNDLED, OWN, str(shared)]
    assert ws.library.origin("story", "gedeeld-verhaal") == str(shared)
    assert ws.library.origin("story", "de-nota") == BUNDLED
    [problem] = ws.problems
    assert problem.path == "gedeeld/practice/de-nota.md"
    assert "mini/practice/de-nota.md" in problem.message
    ws.remove_source(shared)
    assert ws.library.get("story", "gedeeld-verhaal") is None and ws.problems == ()


def test_a_folder_that_is_away_is_reported_and_synced_when_it_returns(
    ws: Workspace, tmp_path: Path, mini_library: Path
) -> None:
    shared = tmp_path / "share"
    (shared / "practice").mkdir(parents=True)
    story = (mini_library / "practice" / "het-verzoek.md").read_text(encoding="utf-8")
    (shared / "practice" / "op-de-schijf.md").write_text(
        story.replace("id: het-verzoek", "id: op-de-schijf"), encoding="utf-8"
    )
    ws.add_source(shared)
    ws.index()
    shutil.move(shared, tmp_path / "unplugged")
    ws.refresh()
    assert ws.last_load.missing == [str(shared)]
    assert ws.library.get("story", "op-de-schijf") is None and ws.library.counts()["stories"] == 4
    assert [s.available for s in ws.sources()] == [True, True, False]
    shutil.move(tmp_path / "unplugged", shared)
    ws.refresh()
    assert ws.last_load.missing == []
    assert ws.library.get("story", "op-de-schijf") is not None
    assert "op-de-schijf" in {h.id for h in ws.search("verzoek", limit=50).hits}


def test_adding_a_folder_that_does_not_exist_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        ws.add_source(tmp_path / "nergens")
    assert [s.id for s in ws.sources()] == [BUNDLED, OWN]


def test_own_stories_load_from_the_catalog_cache_at_the_next_start(
    mini_library: Path, tmp_path: Path
) -> None:
    first = Workspace(mini_library, tmp_path / "d")
    first.own.new("Blijft bewaard")
    first.close()
    second = Workspace(mini_library, tmp_path / "d")
    second.load()
    assert second.last_load.parsed == [] and second.library.is_own("story", "blijft-bewaard")
    second.close()
