"""The order of the added folders, skipping one for now, and which folders own items may go into."""

from __future__ import annotations

import os
import re
import shutil
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from goedwerk.core.errors import ReadOnlyError
from goedwerk.core.sources import registry
from goedwerk.core.workspace import Workspace, can_write


def folder_with_story(root: Path, mini_library: Path, title: str) -> Path:
    """A shared folder holding the story ``gedeeld`` under ``title``."""
    (root / "practice").mkdir(parents=True)
    story = (mini_library / "practice" / "het-verzoek.md").read_text(encoding="utf-8")
    story = re.sub(r"(?m)^title: .*$", f"title: {title}", story.replace("id: het-verzoek", "id: gedeeld"))
    (root / "practice" / "gedeeld.md").write_text(story, encoding="utf-8")
    return root


@pytest.fixture
def two_folders(mini_library: Path, tmp_path: Path):
    ws = Workspace(mini_library, tmp_path / "d")
    north = folder_with_story(tmp_path / "noord", mini_library, "Versie van het noorden")
    south = folder_with_story(tmp_path / "zuid", mini_library, "Versie van het zuiden")
    ws.add_source(north)
    ws.add_source(south, writable=True)
    yield ws, north, south
    ws.close()


def test_moving_a_folder_up_makes_its_items_win(two_folders) -> None:
    ws, north, south = two_folders
    assert ws.library.get("story", "gedeeld").title == "Versie van het noorden"
    assert [p.path for p in ws.source_problems(ws.sources()[3])] == ["zuid/practice/gedeeld.md"]
    ws.move_source(south, -1)
    assert [s.path for s in ws.sources()[2:]] == [south, north]
    assert ws.library.get("story", "gedeeld").title == "Versie van het zuiden"
    assert [p.path for p in ws.source_problems(ws.sources()[3])] == ["noord/practice/gedeeld.md"]
    assert ws.source_problems(ws.sources()[0]) == []
    ws.move_source(south, -5)  # already first of the added folders: it stays there
    assert [s.path for s in ws.sources()[2:]] == [south, north]


def test_a_folder_switched_off_is_skipped_and_stays_off_at_the_next_start(
    two_folders, mini_library: Path
) -> None:
    ws, north, _south = two_folders
    ws.enable_source(north, False)
    assert ws.library.get("story", "gedeeld").title == "Versie van het zuiden" and ws.problems == ()
    again = Workspace(mini_library, ws.data_dir)
    assert [s.enabled for s in again.sources()[2:]] == [False, True]
    assert again.library.get("story", "gedeeld").title == "Versie van het zuiden"
    again.enable_source(north, True)
    assert again.library.get("story", "gedeeld").title == "Versie van het noorden"
    again.close()


def test_only_a_folder_chosen_writable_that_the_disk_lets_us_write_takes_own_items(
    two_folders, monkeypatch
) -> None:
    ws, north, south = two_folders
    north_source, south_source = ws.sources()[2:]
    assert not can_write(north_source) and can_write(south_source)
    real_access = os.access
    monkeypatch.setattr(registry.os, "access", lambda p, mode: Path(p) != south and real_access(p, mode))
    assert not can_write(south_source)  # a read-only share, whatever the flag says
    shutil.rmtree(north)
    assert not can_write(ws.sources()[2])


def test_a_story_in_a_writable_folder_is_saved_where_it_is_and_readable_by_colleagues(two_folders) -> None:
    ws, _north, south = two_folders
    ws.move_source(south, -1)
    assert ws.own.editable("story", "gedeeld")
    story = ws.library.get("story", "gedeeld")
    path = ws.own.save(replace(story, summary="Door mij aangepast."))
    assert path == south / "practice" / "gedeeld.md"
    assert "Door mij aangepast." in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) & 0o044 == 0o044  # the group and others can read it
    new = ws.own.new("Ook voor het team", folder=south)
    assert new.parent == south / "practice" and ws.library.origin("story", new.stem) == str(south)


def test_own_items_are_refused_by_a_read_only_folder_with_the_reason(two_folders, monkeypatch) -> None:
    ws, north, south = two_folders
    assert not ws.own.editable("story", "gedeeld")  # from north, added read-only
    story = ws.library.get("story", "gedeeld")
    before = (north / "practice" / "gedeeld.md").read_bytes()
    with pytest.raises(ReadOnlyError, match="alleen-lezen") as refused:
        ws.own.save(replace(story, summary="Niet hier."))
    assert str(north) in str(refused.value) and "eigen kopie" in str(refused.value)
    assert (north / "practice" / "gedeeld.md").read_bytes() == before
    with pytest.raises(ReadOnlyError):
        ws.own.new("Hier niet", folder=north)
    with pytest.raises(ReadOnlyError, match="meegeleverde"):
        ws.own.save(replace(ws.library.get("story", "de-nota"), title="Anders"))
    real_access = os.access
    monkeypatch.setattr(registry.os, "access", lambda p, mode: Path(p) != south and real_access(p, mode))
    with pytest.raises(ReadOnlyError, match="niet schrijven"):
        ws.own.new("Ook hier niet", folder=south)  # chosen writable, but the share is read-only
    assert list((south / "practice").iterdir()) == [south / "practice" / "gedeeld.md"]
