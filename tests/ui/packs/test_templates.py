"""Own templates: save a pack as a template and start a new pack from it (also after a restart);
save a block in the block library and insert it into another pack, undoably."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from goedwerk.ui.packs.block_library_dialog import BlockLibraryDialog
from goedwerk.ui.packs.new_pack_dialog import NewPackDialog


def test_a_pack_template_starts_new_packs_after_a_restart(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "templatedata"
    window = open_app(mini_library, data).window
    window.packs.create_pack("Teamsessie", "teamstart")
    builder = window.packs.builder
    builder.select(0)
    builder.add_item("story:de-nota")
    blocks = builder.pack.blocks
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Onze teamstart", True))
    window.actions.pack_save_template.trigger()
    window.close()
    again = open_app(mini_library, data).window
    offered: list[str] = []

    def choose(dialog: NewPackDialog) -> int:
        offered.extend(dialog.formats.item(i).text() for i in range(dialog.formats.count()))
        dialog.formats.setCurrentRow(dialog.formats.count() - 1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPackDialog, "exec", choose)
    again.actions.pack_new.trigger()
    assert offered[-1] == "Eigen sjabloon: Onze teamstart (0:30)"
    pack = again.packs.builder.pack
    assert pack.title == "Onze teamstart" and pack.blocks == blocks
    assert len(again.packs.pack_list.ids()) == 2


def test_a_saved_block_is_inserted_into_another_pack(
    qtbot, open_app, mini_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_app(mini_library).window
    window.packs.create_pack("Eerste", "teamstart")
    builder = window.packs.builder
    builder.select(1)
    builder.add_item("question:" + window.workspace.library.questions[0].id)
    builder.select(1)
    saved_block = builder.pack.blocks[1]
    window.actions.pack_save_block.trigger()
    window.packs.create_pack("Tweede", "teamstart")
    builder.select(0)
    listed: list[str] = []

    def pick(dialog: BlockLibraryDialog) -> int:
        listed.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BlockLibraryDialog, "exec", pick)
    window.actions.pack_insert_block.trigger()
    assert listed == [f"{saved_block.title} · Vragen · {saved_block.minutes} min · 1 items"]
    assert builder.pack.blocks[1] == saved_block
    assert len(builder.pack.blocks) == 4
    builder.undo_stack.undo()
    assert len(builder.pack.blocks) == 3
