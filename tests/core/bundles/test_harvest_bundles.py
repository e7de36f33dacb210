"""Harvest bundles: reflections of two facilitators merge, marked by source, counted once."""

from __future__ import annotations

from pathlib import Path

import pytest

from goedwerk.core.workspace import (
    FlaggedReflections,
    Reflection,
    ReflectionFilter,
    Workspace,
    tag_counts,
)


def facilitator(mini_library: Path, data: Path, pack_title: str, texts: list[str]) -> tuple[Workspace, str]:
    ws = Workspace(mini_library, data)
    pack = ws.packs.new(pack_title)
    for number, text in enumerate(texts):
        ws.reflections.save(
            Reflection(
                pack_id=pack.id, pack_title=pack.title, happened=text, themes=("openheid",) if number else ()
            )
        )
    return ws, pack.id


@pytest.fixture
def two(mini_library: Path, tmp_path: Path):
    north, north_pack = facilitator(
        mini_library, tmp_path / "noord", "Sessie Noord", ["We spraken over de Woo.", "Openheid won."]
    )
    south, south_pack = facilitator(mini_library, tmp_path / "zuid", "Sessie Zuid", ["Loyaliteit schuurde."])
    lead = Workspace(mini_library, tmp_path / "lead")
    lead.reflections.save(
        Reflection(pack_title="Eigen sessie", happened="Ons eigen gesprek.", themes=("openheid",))
    )
    yield (north, north_pack), (south, south_pack), lead
    for ws in (north, south, lead):
        ws.close()


def test_harvest_bundles_from_two_facilitators_merge_without_double_counting(two, tmp_path: Path) -> None:
    (north, north_pack), (south, south_pack), lead = two
    north_file, south_file = tmp_path / "noord.goedwerk", tmp_path / "zuid.goedwerk"
    north.bundles.export(north_file, reflection_packs=(north_pack,), label="Team Noord")
    south.bundles.export(south_file, reflection_packs=(south_pack,), label="Team Zuid")
    changes = []
    lead.subscribe(changes.append)
    assert len(lead.bundles.import_(north_file).reflections) == 2
    assert len(lead.bundles.import_(south_file).reflections) == 1
    again = lead.bundles.import_(north_file)
    assert again.reflections == [] and again.known_reflections == 2
    everything = lead.reflections.all()
    assert len(everything) == 4
    assert sorted(r.source for r in everything) == ["", "Team Noord", "Team Noord", "Team Zuid"]
    assert lead.reflections.sources() == ["", "Team Noord", "Team Zuid"]
    themes, _values = tag_counts(everything)
    assert themes["openheid"] == 2  # the lead's own and one of Noord's, each once
    north_only = lead.reflections.query(ReflectionFilter(sources=("Team Noord",)))
    assert {r.happened for r in north_only} == {"We spraken over de Woo.", "Openheid won."}
    assert any(c.reflections for c in changes)  # the harvest hears of the new reflections


def test_a_reshared_reflection_keeps_where_it_came_from(two, tmp_path: Path) -> None:
    (north, north_pack), _south, lead = two
    north.bundles.export(tmp_path / "n.goedwerk", reflection_packs=(north_pack,), label="Team Noord")
    lead.bundles.import_(tmp_path / "n.goedwerk")
    lead.bundles.export(tmp_path / "l.goedwerk", reflection_packs=(north_pack,), label="Regio")
    third = Workspace(lead.library_dir, tmp_path / "derde")
    third.bundles.import_(tmp_path / "l.goedwerk")
    assert {r.source for r in third.reflections.all()} == {"Team Noord"}
    third.close()


def test_flagged_reflections_stop_the_export_until_fixed_or_confirmed(
    mini_library: Path, tmp_path: Path
) -> None:
    ws, pack_id = facilitator(
        mini_library, tmp_path / "d", "Sessie", ["Bel Pieter op 06-12345678.", "Niets bijzonders."]
    )
    out = tmp_path / "oogst.goedwerk"
    with pytest.raises(FlaggedReflections) as stopped:
        ws.bundles.export(out, reflection_packs=(pack_id,), label="Team")
    [(flagged, findings)] = stopped.value.flagged
    assert flagged.happened.startswith("Bel Pieter") and {f.kind for f in findings} >= {"phone"}
    assert not out.exists()
    bundle = ws.bundles.export(out, reflection_packs=(pack_id,), label="Team", confirmed=(flagged.id,))
    assert len(bundle.of_kind("reflection")) == 2
    ws.close()


def test_the_chosen_reflections_alone_go_into_a_harvest_bundle(two, tmp_path: Path) -> None:
    (north, north_pack), _south, lead = two
    [first, _second] = north.reflections.query(ReflectionFilter(pack_ids=(north_pack,)))
    out = tmp_path / "een.goedwerk"
    north.bundles.export(out, reflection_ids=(first.id,), label="Team Noord")
    plan = lead.bundles.import_(out)
    assert [r.id for r in plan.reflections] == [first.id]
    assert {r.source for r in lead.reflections.all()} == {"", "Team Noord"}
