"""A folder the user may not write: its stories open read-only with a copy button, and it takes
no new stories; a folder that takes own items gets them where Opslaan in says."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from goedwerk.core.workspace import Workspace

MINI = Path(__file__).resolve().parents[2] / "data" / "mini"


def shared_folder(root: Path) -> Path:
    (root / "practice").mkdir(parents=True)
    story = (MINI / "practice" / "het-verzoek.md").read_text(encoding="utf-8")
    story = story.replace("id: het-verzoek", "id: uit-de-map")
    story = story.replace("title: Het verzoek", "title: Uit de map")
    (root / "practice" / "uit-de-map.md").write_text(story, encoding="utf-8")
    return root


@pytest.fixture
def window_with_folders(open_app, mini_library: Path, tmp_path: Path):
    data = tmp_path / "appdata"
    read_only, team = shared_folder(tmp_path / "alleen-lezen"), tmp_path / "team"
    team.mkdir()
    ws = Workspace(mini_library, data)
    ws.add_source(read_only)
    ws.add_source(team, writable=True)
    ws.close()
    return open_app(mini_library, data).window, read_only, team


def test_a_story_from_a_read_only_folder_opens_to_read_with_a_copy_button(qtbot, window_with_folders) -> None:
    window, read_only, _team = window_with_folders
    before = (read_only / "practice" / "uit-de-map.md").read_bytes()
    window.open_item("story", "uit-de-map")
    action = window.authoring.actions.item_open_in_own
    assert action.isEnabled() and action.text() == "&Lezen in Mijn verhalen"
    action.trigger()
    own = window.authoring.own_window
    assert own.isVisible() and own.current.id == "uit-de-map" and own.read_only
    assert own.read_only_label.isVisible() and str(read_only) in own.read_only_label.text()
    assert not own.form.isEnabled() and not own.delete_button.isEnabled()
    body = own.editor.edits["body"]
    qtbot.keyClicks(body, "Mijn aanvulling.")
    assert "Mijn aanvulling." not in body.toPlainText() and not own.pending
    qtbot.mouseClick(own.copy_button, Qt.MouseButton.LeftButton)
    assert own.current.id == "uit-de-map-eigen" and not own.read_only and own.form.isEnabled()
    assert window.workspace.library.is_own("story", "uit-de-map-eigen")
    assert (read_only / "practice" / "uit-de-map.md").read_bytes() == before
    window.open_item("story", "uit-de-map-eigen")
    assert window.authoring.actions.item_open_in_own.text() == "&Bewerken in Mijn verhalen"


def test_a_new_story_goes_where_opslaan_in_says_and_a_read_only_folder_says_why_not(
    qtbot, window_with_folders
) -> None:
    window, read_only, team = window_with_folders
    window.authoring.actions.file_own_stories.trigger()
    own = window.authoring.own_window
    targets = [own.target.itemText(i) for i in range(own.target.count())]
    assert targets == ["Mijn eigen bibliotheek", f"{read_only} (alleen lezen)", str(team)]
    own.target.setCurrentIndex(1)
    qtbot.mouseClick(own.new_button, Qt.MouseButton.LeftButton)
    assert "alleen-lezen" in own.status.text() and "eigen kopie" in own.status.text()
    assert sorted(p.name for p in (read_only / "practice").iterdir()) == ["uit-de-map.md"]
    own.target.setCurrentIndex(2)
    qtbot.mouseClick(own.new_button, Qt.MouseButton.LeftButton)
    assert (team / "practice" / "nieuw-verhaal.md").is_file()
    assert own.story_list.currentItem().text() == "Nieuw verhaal (team)" and not own.read_only
    own.form.title.selectAll()
    qtbot.keyClicks(own.form.title, "Voor het hele team")
    own.save_now()
    saved = (team / "practice" / "nieuw-verhaal.md").read_text(encoding="utf-8")
    assert 'title: "Voor het hele team"' in saved
    assert not (window.workspace.own_dir / "practice" / "nieuw-verhaal.md").exists()
