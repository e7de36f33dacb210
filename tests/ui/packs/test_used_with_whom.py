"""What was used with whom: "Gebruikt in …" in the reader, "al gehad" in the builder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from goedwerk.core.workspace import packs
from tests.ui.conftest import wait_for_search


def test_reader_says_where_an_item_was_used(qtbot, open_app, mini_library: Path) -> None:
    context = open_app(mini_library)
    window, ws = context.window, context.workspace
    window.open_item("story", "de-nota")
    assert not window.reader.used_in.isVisible()
    pack = packs.add_item(ws.packs.new("Teamsessie", "teamstart"), 0, "story:de-nota")
    ws.packs.save(replace(pack, group="Team Vergunningen", date="2026-11-03"))
    window.open_item("story", "de-cadeaubon")
    assert not window.reader.used_in.isVisible()
    window.actions.go_back.trigger()
    assert window.reader.used_in.isVisible()
    assert window.reader.used_in.text() == "Gebruikt in: Teamsessie (Team Vergunningen, 2026-11-03)"


def test_builder_marks_what_the_group_already_had(qtbot, open_app, mini_library: Path) -> None:
    context = open_app(mini_library)
    window, ws = context.window, context.workspace
    old = packs.add_item(ws.packs.new("Oud", "teamstart"), 0, "story:de-nota")
    ws.packs.save(replace(old, group="Team Vergunningen", date="2026-10-01"))
    pack = window.packs.create_pack("Nieuw", "teamstart")
    builder = window.packs.builder
    builder.select(0)
    assert builder.add_item("story:de-nota")
    model = builder.model
    text = model.index(0, 1, model.index(0, 0)).data()
    assert text == "Verhaal · De nota aan de minister"  # no group yet: nothing to mark
    builder.group.setFocus()
    qtbot.keyClicks(builder.group, "Team Vergunningen")
    text = model.index(0, 1, model.index(0, 0)).data()
    assert text == "Verhaal · De nota aan de minister — al gehad met Team Vergunningen: 2026-10-01"
    assert ws.packs.get(pack.id).group == "Team Vergunningen"


def test_search_leaves_out_what_a_group_already_had(qtbot, open_app, mini_library: Path) -> None:
    context = open_app(mini_library)
    window, ws = context.window, context.workspace
    panel = window.search_panel
    old = packs.add_item(ws.packs.new("Oud", "teamstart"), 0, "story:de-nota")
    ws.packs.save(replace(old, group="Team Vergunningen"))
    panel.facets.set_checked("kind", "story")
    qtbot.waitUntil(lambda: not window.search_runner.busy)
    everything = wait_for_search(qtbot, window)
    titles = [panel.model.hit(row).id for row in range(panel.model.rowCount())]
    assert "de-nota" in titles
    panel.group_filter.showPopup()  # the groups are read when the list opens
    panel.group_filter.hidePopup()
    assert panel.group_filter.itemText(1) == "Nog niet gebruikt met Team Vergunningen"
    with qtbot.waitSignal(panel.search_finished, timeout=10_000) as blocker:
        panel.group_filter.setCurrentIndex(1)
    assert blocker.args[0] == everything - 1
    assert "de-nota" not in [panel.model.hit(row).id for row in range(panel.model.rowCount())]
    window.actions.edit_clear_filters.trigger()
    assert panel.group_filter.group() == ""
