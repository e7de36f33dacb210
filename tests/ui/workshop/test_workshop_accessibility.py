"""The presenter and the audience view for a keyboard or screen-reader user: focus and what is said."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from goedwerk.ui.common.resources import install_translators
from tests.ui.a11y import focus_chain, out_of_screen_order, role_and_name, spoken, unnamed_controls
from tests.ui.workshop import test_workshop as workshop_tests

# the presenter fixtures of the workshop tests: a pack of the mini library and a clock the test moves
clock, data_dir, start, workspace = (
    workshop_tests.clock,
    workshop_tests.data_dir,
    workshop_tests.start,
    workshop_tests.workspace,
)

Key = Qt.Key


def press(qtbot, key: Key) -> None:
    """A key, pressed where the focus is (as a keyboard user does)."""
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_the_presenter_starts_on_its_buttons_and_tab_follows_the_screen(qtbot, start) -> None:
    window = start()
    assert QApplication.focusWidget() is window.buttons["run_pause"]
    chain = focus_chain(window.block_panel.items.buttons[0])
    assert out_of_screen_order(chain) == []
    assert window.buttons["block_next"] in chain and window.timer in chain
    press(qtbot, Key.Key_Tab)
    assert QApplication.focusWidget() is window.buttons["time_add"]
    press(qtbot, Key.Key_Return)  # Enter presses the focused button
    assert "(+5 min erbij)" in window.block_panel.times.text()
    assert unnamed_controls(window) == []


def test_block_item_pause_and_thresholds_are_announced(qtbot, start, clock) -> None:
    window = start()
    status = window.live_status
    press(qtbot, Key.Key_Space)
    assert status.text() == "Timer loopt, nog 10 minuten"
    press(qtbot, Key.Key_Right)
    assert status.text() == "Op het scherm: Verhaal: De cadeaubon"
    clock.advance(minutes=8, seconds=15)
    qtbot.waitUntil(lambda: status.text().startswith("Tijd om af te ronden"), timeout=3000)
    assert status.text() == "Tijd om af te ronden, nog 1 minuut 45 seconden"
    clock.advance(minutes=1, seconds=20)
    qtbot.waitUntil(lambda: status.text().startswith("Tijd bijna om"), timeout=3000)
    press(qtbot, Key.Key_Space)
    assert status.text().startswith("Gepauzeerd, nog 25 seconden")
    press(qtbot, Key.Key_PageDown)
    assert status.text() == "Blok 2 van 3: Twee vragen, 15 min. nog 15 minuten"
    assert status.spoken[-1] == status.text()


def test_the_shortcut_overview_is_a_dialog_that_takes_the_focus(qtbot, start) -> None:
    window = start()
    press(qtbot, Key.Key_F1)
    overlay = window.overlay
    assert QApplication.focusWidget() is overlay
    role, name = role_and_name(overlay)
    assert (role, name) == (QAccessible.Role.Dialog, "Overzicht van de sneltoetsen")
    assert "Spatie: Start / pauze" in overlay.accessibleDescription()
    press(qtbot, Key.Key_Escape)
    assert not overlay.isVisible()
    assert QApplication.focusWidget() is window.buttons["run_pause"]


def test_the_audience_view_is_a_named_window(qtbot, start) -> None:
    window = start()
    press(qtbot, Key.Key_F5)
    qtbot.waitUntil(window.audience.isVisible)
    assert role_and_name(window.audience) == (QAccessible.Role.Window, "Publieksscherm")
    assert unnamed_controls(window.audience) == []


def test_the_timer_reads_as_words_that_change_by_the_minute_not_by_the_second(qtbot, start, clock) -> None:
    window = start()
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.timer  # just before the buttons, as on screen
    assert role_and_name(window.timer) == (QAccessible.Role.StaticText, "niet gestart, nog 10 minuten")
    assert spoken(window.timer)[1].startswith("Tijd in dit blok. Op schema")
    press(qtbot, Key.Key_Space)
    assert spoken(window.timer) == ("nog 10 minuten", spoken(window.timer)[1])
    clock.advance(seconds=20)
    qtbot.waitUntil(lambda: window.timer.time_text() == "9:40", timeout=3000)
    assert role_and_name(window.timer)[1] == "nog 10 minuten"  # not every second
    clock.advance(seconds=40)
    qtbot.waitUntil(lambda: window.timer.time_text() == "9:00", timeout=3000)
    assert role_and_name(window.timer)[1] == "nog 9 minuten"
    clock.advance(minutes=4, seconds=30)
    qtbot.waitUntil(lambda: window.timer.time_text() == "4:30", timeout=3000)
    press(qtbot, Key.Key_Space)
    assert spoken(window.timer)[0] == "gepauzeerd, nog 4 minuten 30 seconden"
    press(qtbot, Key.Key_Space)
    clock.advance(minutes=4, seconds=40)
    qtbot.waitUntil(lambda: window.timer.time_text() == "+0:10", timeout=3000)
    assert role_and_name(window.timer)[1] == "de tijd is om"
    clock.advance(minutes=1, seconds=50)
    qtbot.waitUntil(lambda: window.timer.time_text() == "+2:00", timeout=3000)
    assert role_and_name(window.timer)[1] == "2 minuten over tijd"
    clock.advance(seconds=25)
    qtbot.waitUntil(lambda: window.timer.time_text() == "+2:25", timeout=3000)
    press(qtbot, Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert role_and_name(window.timer)[1] == "2 minuten 25 seconden over tijd"  # to the second on focus
    assert unnamed_controls(window) == []


def test_the_timer_speaks_english_too(qtbot, start, clock) -> None:
    window = start()
    press(qtbot, Key.Key_Space)
    clock.advance(minutes=5, seconds=30)
    qtbot.waitUntil(lambda: window.timer.time_text() == "4:30", timeout=3000)
    press(qtbot, Key.Key_Space)
    app = QApplication.instance()
    install_translators(app, "en")
    try:
        qtbot.waitUntil(lambda: spoken(window.timer)[0] == "paused, 4 minutes 30 seconds left", timeout=3000)
        press(qtbot, Key.Key_Space)
        clock.advance(minutes=6, seconds=30)
        qtbot.waitUntil(lambda: spoken(window.timer)[0] == "2 minutes over time", timeout=3000)
        assert spoken(window.timer)[1].startswith("Time in this block. ")
    finally:
        install_translators(app, "nl")
