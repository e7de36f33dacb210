"""What was used with whom: the packs (group, date) that hold an item; runs that began."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from goedwerk.core.packs import operations as packs
from goedwerk.core.workspace import NOT_USED_WITH, Workspace


@pytest.fixture
def ws(mini_library: Path, tmp_path: Path):
    workspace = Workspace(mini_library, tmp_path / "data")
    yield workspace
    workspace.close()


def stored(ws: Workspace, title: str, group: str, date: str | None, *refs: str):
    pack = ws.packs.new(title, "teamstart")
    for ref in refs:
        pack = packs.add_item(pack, 0, ref)
    return ws.packs.save(replace(pack, group=group, date=date))


def test_uses_name_the_packs_groups_and_dates_by_date(ws: Workspace) -> None:
    later = stored(ws, "Tweede sessie", "Team Vergunningen", "2026-12-01", "story:de-nota")
    first = stored(
        ws, "Eerste sessie", "Team Handhaving", "2026-11-03", "story:de-nota", "story:de-cadeaubon"
    )
    uses = ws.packs.uses("story:de-nota")
    assert [(u.pack_title, u.group, u.date) for u in uses] == [
        ("Eerste sessie", "Team Handhaving", "2026-11-03"),
        ("Tweede sessie", "Team Vergunningen", "2026-12-01"),
    ]
    assert [u.pack_id for u in ws.packs.uses("story:de-cadeaubon")] == [first.id]
    assert ws.packs.uses("story:het-dashboard") == []
    assert later.id in {u.pack_id for u in uses}


def test_a_workshop_run_that_began_marks_its_uses_started(ws: Workspace) -> None:
    pack = stored(ws, "Sessie", "Team A", "2026-11-03", "story:de-nota")
    ws.runs.save(pack.id, {"block": 0, "elapsed": [0.0, 0.0, 0.0]})  # opened, never ran
    assert not ws.packs.uses("story:de-nota")[0].started
    ws.runs.save(pack.id, {"block": 0, "elapsed": [12.5, 0.0, 0.0]})
    assert ws.packs.uses("story:de-nota")[0].started


def test_group_had_marks_what_the_same_group_had_elsewhere(ws: Workspace) -> None:
    stored(ws, "Oud", "team vergunningen ", "2026-10-01", "story:de-nota")
    stored(ws, "Ander team", "Team Handhaving", "2026-10-02", "story:de-cadeaubon")
    new = stored(ws, "Nieuw", "Team Vergunningen", "2026-12-01", "story:de-nota", "story:de-cadeaubon")
    had = ws.packs.group_had(new)
    assert list(had) == ["story:de-nota"]
    assert had["story:de-nota"][0].pack_title == "Oud"
    assert ws.packs.group_had(replace(new, group="")) == {}


def test_search_can_leave_out_what_a_group_had(ws: Workspace) -> None:
    everything = ws.search("", {"kind": "story"}, limit=None)
    assert "de-nota" in {h.id for h in everything.hits}
    stored(ws, "Oud", "Team Vergunningen", "2026-10-01", "story:de-nota")
    filtered = ws.search("", {"kind": "story", NOT_USED_WITH: "Team Vergunningen"}, limit=None, facets=True)
    assert "de-nota" not in {h.id for h in filtered.hits}
    assert filtered.total == everything.total - 1
    assert filtered.facets["kind"]["story"] == everything.total - 1
    other = ws.search("", {"kind": "story", NOT_USED_WITH: "Team Handhaving"}, limit=None)
    assert other.total == everything.total
