"""Bundles between two data directories: a pack with its stories, conflicts, the report."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from goedwerk.core.bundles.archive import read_bundle, write_bundle
from goedwerk.core.workspace import BundleError, Workspace


def test_a_pack_travels_with_the_stories_it_uses(
    sender: Workspace, receiver: Workspace, tmp_path: Path
) -> None:
    pack = sender.packs.all()[0]
    out = tmp_path / "teamstart.goedwerk"
    bundle = sender.bundles.export(out, pack_id=pack.id, label="Team Noord")
    kinds = sorted(f"{e.kind}:{e.id}" for e in bundle.entries)
    assert f"pack:{pack.id}" in kinds and "story:het-lek" in kinds and "story:de-nota" in kinds
    assert "value:eerlijkheid" in kinds  # the own story names it
    assert receiver.library.get("story", "het-lek") is None
    plan = receiver.bundles.import_(out)
    assert ("story", "het-lek") in plan.added and ("story", "de-nota") in plan.kept
    assert receiver.library.is_own("story", "het-lek")
    assert receiver.packs.get(pack.id).blocks[0].items == pack.blocks[0].items
    assert (receiver.own_dir / "practice" / "het-lek.md").read_bytes() == sender.item_path(
        sender.library.get("story", "het-lek")
    ).read_bytes()
    assert receiver.problems == ()
    assert [h.id for h in receiver.search("lek").hits][:1] == ["het-lek"]


def test_the_manifest_lists_every_entry_with_kind_id_and_hash(sender: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "b.goedwerk"
    sender.bundles.export(out, items=[("story", "het-lek")])
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
    assert manifest["format"] == 1 and manifest["created"] and manifest["app_version"]
    assert {e["path"] for e in manifest["entries"]} == names - {"manifest.json"}
    assert all(len(e["sha256"]) == 64 and e["kind"] and e["id"] for e in manifest["entries"])


def test_importing_twice_keeps_by_default_and_renames_on_request(
    sender: Workspace, receiver: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "b.goedwerk"
    pack = sender.packs.all()[0]
    sender.bundles.export(out, pack_id=pack.id)
    receiver.bundles.import_(out)
    again = receiver.bundles.import_(out, "rename")  # nothing differs: nothing to rename
    assert again.added == [] and again.renamed == [] and ("story", "het-lek") in again.kept
    assert len(receiver.packs.all()) == 1 and receiver.bundles.conflicts(out) == []
    story = sender.library.get("story", "het-lek")
    sender.own.save(replace(story, summary="Een andere samenvatting."))
    sender.packs.save(replace(pack, title="Teamstart 2"))
    sender.bundles.export(out, pack_id=pack.id)
    assert set(receiver.bundles.conflicts(out)) == {("story", "het-lek"), ("pack", pack.id)}
    kept = receiver.bundles.import_(out)
    assert ("story", "het-lek") in kept.kept
    assert receiver.library.get("story", "het-lek").summary == story.summary  # kept as it was
    renamed = receiver.bundles.import_(out, "rename")
    assert ("story", "het-lek", "het-lek-2") in renamed.renamed
    assert ("value", "eerlijkheid") in renamed.kept  # the same card is never renamed
    assert len(receiver.packs.all()) == 2
    new_pack = next(p for p in receiver.packs.all() if p.id != pack.id)
    assert new_pack.title == "Teamstart 2" and "story:het-lek-2" in new_pack.blocks[0].items
    assert receiver.library.get("story", "het-lek-2").summary == "Een andere samenvatting."
    assert receiver.problems == ()


def test_replace_overwrites_an_own_story_but_never_a_library_one(
    sender: Workspace, receiver: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "b.goedwerk"
    sender.bundles.export(out, items=[("story", "het-lek"), ("story", "de-nota")])
    receiver.bundles.import_(out)
    story = sender.library.get("story", "het-lek")
    sender.own.save(replace(story, summary="Een nieuwe samenvatting."))
    sender.bundles.export(out, items=[("story", "het-lek"), ("story", "de-nota")])
    bundle = read_bundle(out)  # a de-nota that differs from the library's (read-only) one
    bundle.entries = [
        replace(e, text=e.text.replace("De nota aan de minister", "De nota")) if e.id == "de-nota" else e
        for e in bundle.entries
    ]
    write_bundle(bundle, out)
    plan = receiver.bundles.import_(out, "replace")
    assert plan.replaced == [("story", "het-lek")] and ("story", "de-nota") in plan.kept
    assert any("alleen gelezen" in w for w in plan.warnings)
    assert receiver.library.get("story", "het-lek").summary == "Een nieuwe samenvatting."
    assert receiver.library.get("story", "de-nota").title == "De nota aan de minister"


def test_inspect_lists_entries_and_conflicts_without_storing(
    sender: Workspace, receiver: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "b.goedwerk"
    sender.bundles.export(out, items=[("story", "het-lek")], label="Team Zuid")
    inspection = receiver.bundles.inspect(out)
    assert inspection.bundle.label == "Team Zuid" and inspection.problems == []
    assert inspection.conflicts == []  # the cards and questions it names are the same here
    assert ("value", "eerlijkheid") in [(e.kind, e.id) for e in inspection.bundle.entries]
    assert receiver.library.get("story", "het-lek") is None


def test_an_unknown_conflict_choice_is_an_error(sender: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "b.goedwerk"
    sender.bundles.export(out, items=[("story", "het-lek")])
    with pytest.raises(ValueError):
        sender.bundles.plan(out, "merge")
    with pytest.raises(BundleError):
        sender.bundles.plan(tmp_path / "nope.goedwerk")
