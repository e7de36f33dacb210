"""The workshop, driven through its real windows with a clock the test moves (never sleeping)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QWidget

from goedwerk.core.model import Pack
from goedwerk.core.packs.operations import add_item, set_pack_field
from goedwerk.core.workshop.runs import load_run
from goedwerk.core.workshop.session import WorkshopSession
from goedwerk.core.workspace import Workspace
from goedwerk.main import application
from goedwerk.ui.common.colours import colour
from goedwerk.ui.workshop import open_workshop
from goedwerk.ui.workshop.audience_pages import BLANK_BACKGROUND
from goedwerk.ui.workshop.presenter_window import PresenterWindow
from goedwerk.ui.workshop.resume_dialog import ResumeDialog
from goedwerk.ui.workshop.screens import pick_audience_screen

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        self.now += minutes * 60 + seconds


def build_pack(workspace: Workspace) -> Pack:
    pack = workspace.packs.new("Teamsessie integriteit", "teamstart")
    pack = set_pack_field(pack, "start", "13:30")
    pack = add_item(pack, 0, "story:de-nota")
    pack = add_item(pack, 0, "story:de-cadeaubon")
    pack = add_item(pack, 1, "question:q-verdiep-1")
    pack = add_item(pack, 1, "value:eerlijkheid")
    return workspace.packs.save(pack)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "workshopdata"


@pytest.fixture
def workspace(qapp, mini_library: Path, data_dir: Path) -> Iterator[Workspace]:
    application()  # the bundled font, as the app has it
    ws = Workspace(mini_library, data_dir)
    yield ws
    ws.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


Opener = Callable[..., PresenterWindow]


@pytest.fixture
def start(qtbot, workspace: Workspace, clock: FakeClock) -> Iterator[Opener]:
    """Open the presenter view on a pack (the mini library's teamstart format, with items)."""
    opened: list[PresenterWindow] = []

    def opener(pack: Pack | None = None, ws: Workspace | None = None, **kwargs) -> PresenterWindow:
        ws = ws or workspace
        window = open_workshop(None, ws, pack or build_pack(ws), kwargs.pop("clock", clock), **kwargs)
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        opened.append(window)
        return window

    yield opener
    for window in opened:
        if shiboken6.isValid(window):
            window.close()


def press(qtbot, window: QWidget, key: Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window, key, modifier)


def shown_colour(widget: QWidget) -> QColor:
    """The colour a user sees at the left edge of a widget, halfway down."""
    image = widget.grab().toImage()
    return image.pixelColor(3, image.height() // 2)


def wait_time(qtbot, window: PresenterWindow, text: str) -> None:
    """Wait for the 4 Hz repaint to show ``text`` as the time left."""
    qtbot.waitUntil(lambda: window.timer.time_text() == text, timeout=3000)


# -- start, time, colours ------------------------------------------------------------------------


def test_a_started_pack_shows_its_block_times_and_counts_down(qtbot, start, clock) -> None:
    window = start()
    panel = window.block_panel
    assert panel.title.text() == "Verhaal lezen"
    assert panel.times.text() == "13:30–13:40 · 10 min"
    assert panel.instructions.text() == "Lees het verhaal samen hardop."
    assert panel.next_label.text() == "Hierna: Twee vragen · 13:40–13:55 · 15 min"
    assert [b.property("label") for b in panel.items.buttons] == [
        "Verhaal: De nota aan de minister",
        "Verhaal: De cadeaubon",
    ]
    assert window.timer.time_text() == "10:00"
    assert window.timer.state_label.text().startswith("Nog niet gestart")
    clock.advance(minutes=2)  # nothing runs before the facilitator starts
    press(qtbot, window, Key.Key_Space)
    assert window.timer.state_label.text() == "Loopt"
    clock.advance(minutes=3, seconds=15)
    wait_time(qtbot, window, "6:45")
    assert window.timer.schedule_label.text() == "Op schema"
    assert window.timer.end_label.text() == "Einde 14:00"


def test_the_timer_turns_amber_at_20_percent_and_red_at_5_percent(qtbot, start, clock) -> None:
    window = start()
    timer = window.timer
    window.buttons["run_pause"].click()
    clock.advance(minutes=7, seconds=59)
    wait_time(qtbot, window, "2:01")
    assert shown_colour(timer) == colour("timer_normal")
    clock.advance(seconds=1)
    wait_time(qtbot, window, "2:00")
    assert shown_colour(timer) == colour("timer_amber")
    assert timer.state_label.text() == "Tijd om af te ronden"
    press(qtbot, window, Key.Key_Space)  # paused at amber: its own colour, not the warning's
    assert timer.state_label.text() == "Gepauzeerd"
    assert shown_colour(timer) == colour("timer_paused") != colour("timer_amber")
    press(qtbot, window, Key.Key_Space)
    assert shown_colour(timer) == colour("timer_amber")
    clock.advance(seconds=90)
    wait_time(qtbot, window, "0:30")
    assert shown_colour(timer) == colour("timer_red")
    assert timer.state_label.text() == "Tijd bijna om"
    clock.advance(minutes=2)
    wait_time(qtbot, window, "+1:30")
    assert timer.caption.text() == "over tijd"
    assert timer.state_label.text() == "Tijd is om"
    assert timer.schedule_label.text() == "2 min achter op schema"
    assert shown_colour(timer) == colour("timer_red")


def test_plus_five_skip_back_and_pause(qtbot, start, clock) -> None:
    window = start()
    press(qtbot, window, Key.Key_Space)
    clock.advance(minutes=9, seconds=45)
    wait_time(qtbot, window, "0:15")
    window.buttons["time_add"].click()
    assert window.timer.time_text() == "5:15"
    assert shown_colour(window.timer) == colour("timer_normal")
    assert window.timer.schedule_label.text() == "5 min achter op schema"
    assert window.timer.end_label.text() == "Einde gepland 14:00 · verwacht 14:05"
    assert window.block_panel.times.text() == "13:30–13:40 · 10 min (+5 min erbij)"

    press(qtbot, window, Key.Key_PageDown)  # skip
    assert window.block_panel.title.text() == "Twee vragen"
    assert window.timer.time_text() == "15:00"
    assert window.timer.schedule_label.text() == "Op schema"  # 9:45 of 10 minutes used
    clock.advance(minutes=1)
    press(qtbot, window, Key.Key_Left, CTRL)  # back
    assert window.block_panel.title.text() == "Verhaal lezen"
    wait_time(qtbot, window, "5:15")

    press(qtbot, window, Key.Key_Space)
    assert window.timer.state_label.text() == "Gepauzeerd"
    assert window.buttons["run_pause"].text().startswith("Verder")
    clock.advance(minutes=20)
    window.refresh_timer()
    assert window.timer.time_text() == "5:15"
    press(qtbot, window, Key.Key_Right, CTRL)
    press(qtbot, window, Key.Key_PageDown)
    assert window.block_panel.title.text() == "Afspraak"
    assert window.block_panel.next_label.text() == "Dit is het laatste blok."
    assert not window.buttons["block_next"].isEnabled()


# -- the audience view ---------------------------------------------------------------------------


def test_the_audience_view_shows_what_the_presenter_chose(qtbot, start) -> None:
    window = start()
    audience = window.audience
    assert not audience.isVisible()
    press(qtbot, window, Key.Key_F5)
    qtbot.waitUntil(audience.isVisible)
    assert audience.isFullScreen()
    assert "De nota aan de minister" in audience.plain_text()
    assert "Sanne schrijft een nota aan de minister." in audience.plain_text()
    assert window.block_panel.items.shown_text() == "Verhaal: De nota aan de minister"
    assert "op het scherm" in window.block_panel.items.buttons[0].text()

    press(qtbot, audience, Key.Key_Right)  # keys work in the audience window too
    assert "Na de aanbesteding ligt er een envelop" in audience.plain_text()
    assert "Na de aanbesteding ligt er een envelop" in window.preview.toPlainText()
    window.block_panel.items.buttons[0].click()
    assert "Sanne" in audience.plain_text()

    press(qtbot, audience, Key.Key_PageDown)
    assert "Hoe weeg je loyaliteit tegen je eigen oordeel?" in audience.plain_text()
    press(qtbot, audience, Key.Key_Right)
    text = audience.plain_text()
    assert "Eerlijkheid" in text and "Wanneer kostte eerlijkheid jou iets?" in text
    press(qtbot, audience, Key.Key_PageDown)  # a block without items: its title, calmly
    assert audience.plain_text().split() == ["Teamsessie", "integriteit", "Afspraak"]


def test_audience_text_is_at_least_28_points_on_a_1080p_screen(qtbot, start) -> None:
    window = start()
    audience = window.audience
    audience.resize(1920, 1080)
    window.update_view()
    assert audience.text.document().defaultFont().pointSizeF() >= 28
    audience.resize(3840, 2160)
    window.update_view()
    assert audience.text.document().defaultFont().pointSizeF() >= 56


def test_blanking_hides_the_item_from_the_room(qtbot, start) -> None:
    window = start()
    audience = window.audience
    press(qtbot, window, Key.Key_F5)
    qtbot.waitUntil(audience.isVisible)
    press(qtbot, audience, Key.Key_B)
    assert audience.plain_text() == "Teamsessie integriteit"
    assert "Sanne" not in audience.plain_text()
    assert shown_colour(audience) == QColor(BLANK_BACKGROUND)
    assert window.buttons["screen_blank"].isChecked()
    assert "scherm leeg" in window.block_panel.items.buttons[0].text()
    assert window.preview.toPlainText() == ""
    press(qtbot, audience, Key.Key_B)
    assert "Sanne" in audience.plain_text()
    assert not window.buttons["screen_blank"].isChecked()


def test_a_long_story_pages_through_in_chunks_that_fit(qtbot, start, bundled_library: Path, tmp_path) -> None:
    ws = Workspace(bundled_library, tmp_path / "bundleddata")
    try:
        pack = ws.packs.new("Goed Werk-bijeenkomst", "goed-werk-bijeenkomst")
        pack = ws.packs.save(add_item(pack, 2, "story:de-klik"))
        window = start(pack, ws)
        audience = window.audience
        audience.resize(1920, 1080)
        press(qtbot, window, Key.Key_PageDown)
        press(qtbot, window, Key.Key_PageDown)
        pages = audience.page_count()
        assert pages > 1
        assert window.preview_title.text() == f"OP HET SCHERM: pagina 1 van {pages}"
        assert audience.footer.text().endswith(f"1 / {pages}")
        shown = audience.text
        seen = [audience.plain_text()]
        assert shown.document().size().height() <= shown.viewport().height()  # nothing cut off
        for page in range(2, pages + 1):
            press(qtbot, window, Key.Key_Right)
            assert audience.footer.text().endswith(f"{page} / {pages}")
            assert shown.document().size().height() <= shown.viewport().height()
            seen.append(audience.plain_text())
        story = ws.library.get("story", "de-klik")
        whole = " ".join(" ".join(seen).split())
        for paragraph in story.body.split("\n\n"):
            assert " ".join(paragraph.split()[:6]) in whole
        press(qtbot, window, Key.Key_Left)
        assert window.session.page == pages - 2
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PresenterWindow):
                widget.close()
        ws.close()


def test_f5_and_esc_show_and_leave_the_full_screen_audience_view(qtbot, start) -> None:
    window = start()
    audience = window.audience
    press(qtbot, window, Key.Key_F5)
    qtbot.waitUntil(audience.isVisible)
    assert "Publieksscherm op dit scherm" in window.audience_status.text()
    press(qtbot, audience, Key.Key_Escape)
    qtbot.waitUntil(lambda: not audience.isVisible())
    assert "niet open" in window.audience_status.text()
    press(qtbot, window, Key.Key_F5)
    qtbot.waitUntil(audience.isVisible)


def test_the_shortcut_overview_lists_the_keys(qtbot, start) -> None:
    window = start()
    press(qtbot, window, Key.Key_F1)
    assert window.overlay.isVisible()
    rows = dict((text, keys) for keys, text in window.overlay.rows())
    assert rows["Volgend blok (overslaan)"] == "PgDown / Ctrl+→"
    assert rows["Start / pauze"] == "Spatie"
    assert rows["Publieksscherm leeg"] == "B / ."
    press(qtbot, window, Key.Key_Escape)
    assert not window.overlay.isVisible()
    press(qtbot, window, Key.Key_Question)
    assert window.overlay.isVisible()


def test_controls_have_accessible_names(start) -> None:
    window = start()
    names = {name: button.accessibleName() for name, button in window.buttons.items()}
    assert names["time_add"] == "+5 min"
    assert names["block_next"] == "Volgend blok ▶"
    assert all(names.values())
    timer = QAccessible.queryAccessibleInterface(window.timer)
    assert timer.text(QAccessible.Text.Name) == "niet gestart, nog 10 minuten"


# -- saving and resuming -------------------------------------------------------------------------


def test_a_run_resumes_after_closing_and_reopening(qtbot, start, clock, mini_library, data_dir) -> None:
    window = start()
    pack_id = window.session.pack.id
    press(qtbot, window, Key.Key_Space)
    press(qtbot, window, Key.Key_PageDown)
    press(qtbot, window, Key.Key_Right)
    clock.advance(minutes=4)
    window.close()

    later = FakeClock(start=12.0)  # a new process: its monotonic clock starts elsewhere
    reopened_ws = Workspace(mini_library, data_dir)
    try:
        asked: list[WorkshopSession] = []

        def ask(parent, saved: WorkshopSession) -> bool:
            asked.append(saved)
            return True

        again = start(reopened_ws.packs.get(pack_id), reopened_ws, clock=later, ask=ask)
        assert asked and asked[0].block == 1
        assert again.block_panel.title.text() == "Twee vragen"
        assert again.block_panel.items.shown_text() == "Waardenkaart: Eerlijkheid"
        assert again.timer.time_text() == "11:00"
        assert again.timer.state_label.text() == "Loopt"
        later.advance(minutes=1)
        wait_time(qtbot, again, "10:00")
        again.close()

        fresh = start(reopened_ws.packs.get(pack_id), reopened_ws, clock=later, resume=False)
        assert fresh.block_panel.title.text() == "Verhaal lezen"
        assert fresh.timer.time_text() == "10:00"
    finally:
        reopened_ws.close()


def test_the_run_is_saved_every_few_seconds_while_running(qtbot, start, clock, workspace) -> None:
    window = start()
    window.autosave_timer.setInterval(20)
    press(qtbot, window, Key.Key_Space)
    clock.advance(minutes=3)
    with qtbot.waitSignal(window.run_saved, timeout=3000):
        pass
    assert load_run(workspace.catalog, window.session.pack.id)["elapsed"][0] == pytest.approx(180)


def test_the_resume_dialog_asks_to_go_on_or_start_again(qtbot, workspace) -> None:
    saved = WorkshopSession(build_pack(workspace), FakeClock())
    saved.next_block()

    def answer(button_name: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ResumeDialog)
        assert "blok 2 van 3, “Twee vragen”" in dialog.message.text()
        getattr(dialog, button_name).click()

    QTimer.singleShot(0, lambda: answer("restart_button"))
    assert ResumeDialog.ask(None, saved) is False
    QTimer.singleShot(0, lambda: answer("resume_button"))
    assert ResumeDialog.ask(None, saved) is True


def test_the_audience_goes_to_another_screen_than_the_presenters() -> None:
    assert pick_audience_screen(["laptop", "beamer"], "laptop") == "beamer"
    assert pick_audience_screen(["beamer", "laptop"], "laptop") == "beamer"
    assert pick_audience_screen(["laptop"], "laptop") == "laptop"


def test_a_run_that_never_started_is_not_offered_for_resume(qtbot, start, workspace) -> None:
    window = start()
    pack = window.session.pack
    window.close()

    def ask(parent, saved: WorkshopSession) -> bool:
        raise AssertionError("nothing to resume, so nothing to ask")

    again = start(workspace.packs.get(pack.id), ask=ask)
    assert again.timer.state_label.text().startswith("Nog niet gestart")


def test_starting_again_forgets_the_saved_run(qtbot, start, clock, workspace) -> None:
    window = start()
    pack = window.session.pack
    press(qtbot, window, Key.Key_PageDown)
    window.close()
    again = start(workspace.packs.get(pack.id), ask=lambda parent, saved: False)
    assert again.block_panel.title.text() == "Verhaal lezen"
    assert load_run(workspace.catalog, pack.id) is None


def test_opening_an_open_pack_again_brings_its_presenter_forward(qtbot, workspace, clock) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    pack = build_pack(workspace)
    first = open_workshop(parent, workspace, pack, clock)
    assert open_workshop(parent, workspace, pack, clock) is first
    first.close()


TWO_SCREENS = """
import json, sys
from pathlib import Path
from goedwerk.core.packs.operations import add_item
from goedwerk.core.workspace import Workspace
from goedwerk.main import application
from goedwerk.ui.workshop import open_workshop

app = application()
ws = Workspace(Path(sys.argv[1]), Path(sys.argv[2]))
pack = ws.packs.save(add_item(ws.packs.new("Twee schermen", "teamstart"), 0, "story:de-nota"))
window = open_workshop(None, ws, pack, lambda: 0.0)
audience = window.audience
print(json.dumps({
    "primary": app.primaryScreen().name(),
    "presenter": window.screen().name(),
    "audience": audience.screen().name() if audience.isVisible() else None,
    "geometry": audience.geometry().getRect(),
    "text": audience.plain_text(),
}))
window.close()
ws.close()
"""


def test_with_two_screens_the_audience_opens_on_the_other_one(mini_library: Path, tmp_path: Path) -> None:
    config = {
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
            {"name": "beamer", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
        ]
    }
    (tmp_path / "screens.json").write_text(json.dumps(config))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={tmp_path / 'screens.json'}"}
    args = [sys.executable, "-c", TWO_SCREENS, str(mini_library), str(tmp_path / "twodata")]
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=True)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["presenter"] == seen["primary"]  # where the facilitator works
    assert seen["audience"] not in (None, seen["presenter"])
    other = next(s for s in config["screens"] if s["name"] == seen["audience"])
    assert seen["geometry"] == [other["x"], other["y"], other["width"], other["height"]]
    assert "Sanne schrijft een nota" in seen["text"]


def test_f1_over_the_full_screen_audience_view_brings_the_overview_forward(qtbot, start) -> None:
    window = start()
    press(qtbot, window, Key.Key_F5)
    qtbot.waitUntil(window.audience.isVisible)
    press(qtbot, window.audience, Key.Key_F1)
    assert window.overlay.isVisible()
    assert not window.audience.isVisible()


def test_the_presenter_opens_the_reflection_of_the_current_block(qtbot, tmp_path, mini_library) -> None:
    from goedwerk.core.packs import operations as pack_edits
    from goedwerk.core.workspace import Workspace
    from goedwerk.ui.reflections import ReflectionsWindow
    from goedwerk.ui.workshop import open_workshop

    workspace = Workspace(mini_library, tmp_path / "refl-data")
    pack = workspace.packs.save(pack_edits.new_pack("Reflectietest", workspace.library.format("teamstart")))
    presenter = open_workshop(None, workspace, pack, resume=False)
    qtbot.addWidget(presenter)
    presenter.actions.block_next.trigger()
    presenter.actions.reflection_open.trigger()
    window = presenter.findChild(ReflectionsWindow)
    assert window is not None and window.isVisible()
    window.close()
    presenter.close()
    workspace.close()


def test_a_long_item_label_is_elided_and_never_widens_the_block_panel(qtbot, start, workspace) -> None:
    long_id = ("een-verhaal-met-een-titel-die-maar-doorgaat-" * 6).rstrip("-")
    window = start(workspace.packs.save(add_item(build_pack(workspace), 0, f"story:{long_id}")))
    panel = window.block_panel
    button = panel.items.buttons[-1]
    assert button.toolTip() == button.property("label") and long_id in button.toolTip()
    assert button.width() <= panel.width()
    assert panel.minimumSizeHint().width() < 600  # the label asks for no room of its own
    assert window.width() <= window.screen().availableGeometry().width()
