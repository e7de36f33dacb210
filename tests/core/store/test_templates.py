"""Own templates: a pack or a single block kept as a template, surviving a restart."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from goedwerk.core.model import Block
from goedwerk.core.packs import operations as packs
from goedwerk.core.workspace import Workspace


def test_a_pack_template_survives_a_restart_and_starts_new_packs(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    pack = packs.add_item(ws.packs.new("Teamsessie", "teamstart"), 0, "story:de-nota")
    pack = ws.packs.save(replace(pack, date="2026-11-03", group="Team A", place="Zaal 2", start="13:30"))
    template = ws.templates.save_pack(pack, "Onze teamstart")
    ws.close()
    again = Workspace(mini_library, tmp_path / "data")
    try:
        [kept] = again.templates.packs()
        assert (kept.id, kept.title, kept.blocks) == (template.id, "Onze teamstart", pack.blocks)
        assert (kept.date, kept.group, kept.place, kept.start) == (None, "", "", None)
        new = again.packs.new("Maandag", f"template:{kept.id}")
        assert new.id not in (pack.id, kept.id)
        assert new.title == "Maandag" and new.blocks == pack.blocks
        assert again.packs.get(new.id).blocks[0].items == ("story:de-nota",)
    finally:
        again.close()


def test_saved_blocks_survive_a_restart_and_can_be_deleted(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    block = Block("Check-in met een kaart", 10, "values", "Laat ieder een kaart kiezen.", ("value:moed",))
    saved = ws.templates.save_block(block)
    ws.close()
    again = Workspace(mini_library, tmp_path / "data")
    try:
        assert [(b.id, b.block) for b in again.templates.blocks()] == [(saved.id, block)]
        assert again.templates.packs() == []
        again.templates.delete(saved.id)
        assert again.templates.blocks() == []
    finally:
        again.close()
