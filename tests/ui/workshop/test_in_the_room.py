"""In the room: the re-timed programme, the room's countdown, the picker and the vote (issue 17)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from goedwerk.core.model import Block, Pack
from goedwerk.core.packs.operations import add_block
from goedwerk.core.workspace import Workspace
from tests.ui.workshop import test_workshop as shared
from tests.ui.workshop.test_workshop import FakeClock, build_pack, press

# The workshop tests' fixtures, shared without moving them.
clock, data_dir, start, workspace = shared.clock, shared.data_dir, shared.start, shared.workspace

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def vote_pack(ws: Workspace) -> Pack:
    """The teamstart pack with a fourth block: a vote with three options."""
    pack = build_pack(ws)
    pack = add_block(
        pack, Block("Wat doe je?", 10, "vote", options=("Melden", "Eerst vragen", "Laten rusten"))
    )
    return ws.packs.save(pack)


def test_the_programme_re_times_after_plus_five_a_pause_and_an_overrun(qtbot, start, clock) -> None:
    window = start()
    agenda = window.agenda
    assert agenda.expected_times() == ["13:30–13:40", "13:40–13:55", "13:55–14:00"]
    press(qtbot, window, Key.Key_Space)
    clock.advance(minutes=2)
    press(qtbot, window, Key.Key_Plus)
    assert agenda.expected_times() == ["13:30–13:45", "13:45–14:00", "14:00–14:05"]
    assert "Nieuw verwacht einde: 14:05 (gepland 14:00)" in agenda.table.text()
    press(qtbot, window, Key.Key_Space)  # a pause the programme did not plan
    clock.advance(minutes=6)
    qtbot.waitUntil(lambda: agenda.expected_times()[1] == "13:51–14:06", timeout=3000)
    press(qtbot, window, Key.Key_Space)
    clock.advance(minutes=16)  # the block runs 3 minutes over its 15
    qtbot.waitUntil(lambda: agenda.expected_times()[1] == "13:54–14:09", timeout=3000)
    assert agenda.expected_times()[0] == "13:30–13:54"
    assert "<s>13:40–13:55</s>" in agenda.table.text()
    assert window.timer.end_label.text() == "Einde gepland 14:00 · verwacht 14:14"


def test_t_shows_the_room_a_countdown_that_turns_calm_at_zero_and_rings_on_request(
    qtbot, start, clock, monkeypatch
) -> None:
    rings: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: rings.append(1)))
    window = start()
    countdown = window.audience.countdown
    assert not window.session.countdown and countdown.isHidden()  # off by default
    press(qtbot, window, Key.Key_T)
    assert window.actions.countdown_toggle.isChecked()
    assert countdown.text() == "10:00"
    assert "De groep ziet de resterende tijd" in window.audience_status.text()
    window.show_audience()
    assert countdown.isVisible()
    press(qtbot, window, Key.Key_G, CTRL)  # the bell, too
    press(qtbot, window, Key.Key_Space)
    clock.advance(minutes=9, seconds=30)
    qtbot.waitUntil(lambda: countdown.text() == "0:30", timeout=3000)
    assert rings == []
    clock.advance(seconds=31)
    qtbot.waitUntil(lambda: countdown.text() == "Tijd is om", timeout=3000)
    assert countdown.at_zero
    clock.advance(seconds=10)
    window.refresh_timer()
    assert rings == [1]  # once, not at every repaint
    press(qtbot, window, Key.Key_T)
    assert countdown.isHidden()


def test_k_and_q_draw_onto_the_room_screen_and_never_repeat(qtbot, start) -> None:
    window = start()
    press(qtbot, window, Key.Key_K)  # the pack has one values card: Eerlijkheid
    assert "Eerlijkheid" in window.audience.plain_text()
    press(qtbot, window, Key.Key_K)
    assert window.draw_panel.status.text() == "Alles uit deze keuze is al getrokken."
    window.draw_panel.scope.setCurrentIndex(window.draw_panel.scope.findData("opening"))
    press(qtbot, window, Key.Key_Q)
    opening = window.workspace.library.get("question", "q-open-1")
    assert opening.text in window.audience.plain_text()
    press(qtbot, window, Key.Key_Q)  # the mini library has one opening question
    assert window.draw_panel.status.text() == "Alles uit deze keuze is al getrokken."
    press(qtbot, window, Key.Key_Right)  # back to the block's item
    assert "De nota aan de minister" in window.audience.plain_text()


def test_a_vote_counts_hands_shows_bars_and_survives_a_restart(
    qtbot, start, clock, workspace, mini_library: Path, data_dir: Path
) -> None:
    pack = vote_pack(workspace)
    window = start(pack)
    for _ in range(3):
        press(qtbot, window, Key.Key_PageDown)
    assert window.block_panel.title.text() == "Wat doe je?"
    assert window.vote_panel.isVisible()
    for key in (Key.Key_1, Key.Key_1, Key.Key_1, Key.Key_2):
        press(qtbot, window, key, ALT)
    spin = window.vote_panel.spins[2]
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    qtbot.keyClick(spin, Key.Key_Return)
    assert window.vote_panel.total.text() == "Totaal: 6 handen"
    room = window.audience.plain_text()
    assert "Melden" in room and "Eerst vragen" in room and "Stemming · 6 handen" in room
    window.close()

    reopened = Workspace(mini_library, data_dir)
    try:
        again = start(reopened.packs.get(pack.id), reopened, clock=FakeClock(12.0), resume=True)
        assert again.block_panel.title.text() == "Wat doe je?"
        assert [s.value() for s in again.vote_panel.spins] == [3, 1, 2]
        press(qtbot, again, Key.Key_3, ALT)
        assert [v.counts for v in reopened.votes.query([pack.id])] == [(3, 1, 3)]
    finally:
        again.close()
        reopened.close()


def test_the_vote_shows_in_the_harvest_and_its_markdown_export(qtbot, start, workspace, tmp_path) -> None:
    from goedwerk.ui.reflections import open_reflections

    pack = vote_pack(workspace)
    window = start(pack)
    window.session.go_to_block(3)
    window.update_view()
    for key in (Key.Key_1, Key.Key_2, Key.Key_2):
        press(qtbot, window, key, ALT)
    reflections = open_reflections(None, workspace, pack.id, None)
    qtbot.addWidget(reflections)
    harvest = reflections.harvest
    harvest.reload()
    assert "Wat doe je? " in harvest.vote_list.text()
    assert "Melden: 1 · Eerst vragen: 2 · Laten rusten: 0" in harvest.vote_list.text()
    assert harvest.export_buttons["md"].isEnabled()
    target = tmp_path / "oogst.md"
    harvest.export("md", target)
    text = target.read_text(encoding="utf-8")
    assert "# Stemmingen" in text and "- Eerst vragen: 2 (67 %)" in text
    table = tmp_path / "oogst.csv"
    harvest.export("csv", table)
    assert ";Wat doe je?;" in table.read_text(encoding="utf-8-sig")
    assert (
        table.read_text(encoding="utf-8-sig")
        .splitlines()[-1]
        .endswith(";Melden: 1 · Eerst vragen: 2 · Laten rusten: 0")
    )
