"""Everything Goed Werk writes in its data directory is the owner's alone (folders 0700, files 0600)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from goedwerk.main import run_app
from goedwerk.ui.main_window import MainWindow
from tests.private_modes import modes

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.usefixtures("world_readable_umask")
def test_a_full_start_and_a_workflow_leave_only_owner_only_files(
    qtbot, monkeypatch: pytest.MonkeyPatch, mini_library: Path, tmp_path: Path
) -> None:
    data_dir = tmp_path / "private"
    seen: dict[str, object] = {}

    def workflow(*_args: object) -> int:
        (window,) = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.workspace.data_dir == data_dir
        ]
        qtbot.waitUntil(lambda: window.is_ready, timeout=30_000)
        pack = window.packs.create_pack("Privé", "teamstart")
        window.open_item("story", "de-cadeaubon")
        window.actions.item_add_to_pack.trigger()
        window.actions.item_favourite.trigger()
        window.packs.export_pack_file(tmp_path / "gedeeld.pack.yaml")
        window.save_state()
        window.settings.sync()
        seen["pack"] = pack.id
        seen["files"] = sorted(p.name for p in data_dir.rglob("*"))
        seen["wrong"] = modes(data_dir)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", workflow)
    assert run_app(mini_library, data_dir) == 0
    assert seen["pack"]
    names = seen["files"]
    assert "settings.ini" in names and "catalog.sqlite-wal" in names
    assert any(name.endswith(".library.marshal") for name in names)  # the library cache
    assert seen["wrong"] == {}
    assert modes(data_dir) == {}
