"""A keyboard-only walk: a pack from a format, a story added, a PDF exported, two blocks run.

Every step is a key pressed where the focus is; dialogs are answered with keys too. Only the
operating system's file dialog is answered by the test (it is not ours to drive).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from goedwerk.ui.workshop.presenter_window import PresenterWindow

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def test_a_pack_is_built_exported_and_run_without_a_mouse(
    qtbot, open_app, mini_library: Path, tmp_path: Path, monkeypatch
) -> None:
    window = open_app(mini_library, tmp_path / "walkdata").window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def press(key: Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    def in_dialog(*steps) -> None:
        """Press keys in the next dialog once it is open."""

        def run() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, run)
                return
            for step in steps:
                target = dialog.focusWidget() or dialog
                if isinstance(step, str):
                    qtbot.keyClicks(target, step)
                else:
                    qtbot.keyClick(target, *step)
            if dialog.isVisible():
                dialog.reject()  # the keys did not close it: fail below instead of hanging

        QTimer.singleShot(0, run)

    def back_in_window() -> None:
        """The window manager's part: the main window is active again once a dialog closed."""
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # a pack from the "Teamstart" format, with a title typed in the dialog
    in_dialog((Key.Key_Tab, NONE), "Teamsessie zonder muis", (Key.Key_Return, NONE))
    press(Key.Key_N, CTRL)
    back_in_window()
    builder = window.packs.builder
    assert builder.pack.title == "Teamsessie zonder muis"
    assert [block.title for block in builder.pack.blocks] == ["Verhaal lezen", "Twee vragen", "Afspraak"]
    assert QApplication.focusWidget() is builder.agenda  # on to its agenda

    # a story found by typing, opened with Enter, added to the first block
    press(Key.Key_K, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "cadeaubon")
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.shown_query == "cadeaubon" and panel.model.rowCount() > 0, timeout=10_000)
    press(Key.Key_Down)
    assert QApplication.focusWidget() is panel.results
    press(Key.Key_Return)
    assert window.reader.current() == ("story", "de-cadeaubon")
    press(Key.Key_A, CTRL | SHIFT)
    assert builder.pack.blocks[0].items == ("story:de-cadeaubon",)
    assert builder.isVisible() and window.reader.isVisible()  # side by side

    # the PDF: the parts dialog accepted with Enter, the file named in the system's dialog
    out = tmp_path / "teamsessie.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(out), ""))
    in_dialog((Key.Key_Return, NONE))
    press(Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: "PDF opgeslagen" in window.statusBar().currentMessage(), timeout=30_000)
    done = window.findChild(QMessageBox, "export_done_box")  # "saved as …", with "open folder"
    qtbot.waitUntil(done.isVisible)
    qtbot.keyClick(done, Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(done) or not done.isVisible())
    back_in_window()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Teamsessie zonder muis" in text and "De cadeaubon" in text

    # the workshop: F5, start, the story on screen, on to the second block and through it
    press(Key.Key_F5)
    presenter = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PresenterWindow))
    qtbot.waitUntil(presenter.isActiveWindow)
    assert QApplication.focusWidget() is presenter.buttons["run_pause"]
    press(Key.Key_Space)
    assert presenter.session.running
    press(Key.Key_Right)
    assert presenter.block_panel.items.shown_text() == "Verhaal: De cadeaubon"
    press(Key.Key_PageDown)
    assert presenter.block_panel.title.text() == "Twee vragen"
    assert presenter.live_status.text().startswith("Blok 2 van 3: Twee vragen")
    for _ in range(4):
        press(Key.Key_Tab)  # to "Volgend blok", pressed with Enter
        if QApplication.focusWidget() is presenter.buttons["block_next"]:
            break
    assert QApplication.focusWidget() is presenter.buttons["block_next"]
    press(Key.Key_Return)
    assert presenter.block_panel.title.text() == "Afspraak"
    press(Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: not presenter.isVisible() if _alive(presenter) else True)
    assert window.workspace.runs.load(builder.pack.id)["block"] == 2


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_the_reflection_and_value_sort_windows_tab_in_screen_order_by_keys_alone(
    qtbot, open_app, mini_library: Path, tmp_path: Path
) -> None:
    from goedwerk.ui.reflections import ReflectionsWindow, ValueSortWindow
    from tests.ui.a11y import focus_chain, out_of_screen_order, unnamed_controls

    window = open_app(mini_library, tmp_path / "walkdata").window
    pack = window.packs.create_pack("Waardensessie", "teamstart")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def press(key: Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    def opened(kind: type):
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        assert found, kind.__name__
        found[0].activateWindow()  # the window manager's part
        qtbot.waitUntil(found[0].isActiveWindow)
        return found[0]

    press(Key.Key_F5)
    presenter = opened(PresenterWindow)
    press(Key.Key_R, CTRL)  # a reflection on this block
    reflections = opened(ReflectionsWindow)
    assert reflections.pack_choice.currentData() == pack.id
    chain = focus_chain(reflections.tabs.tabBar())
    assert out_of_screen_order(chain) == []  # the tabs, the pack and part, then the prompts
    assert chain.index(reflections.sort_button) < chain.index(reflections.editor.prompts["happened"])
    assert unnamed_controls(reflections) == []
    for _ in range(len(chain)):
        if QApplication.focusWidget() is reflections.sort_button:
            break
        press(Key.Key_Tab)
    assert QApplication.focusWidget() is reflections.sort_button
    press(Key.Key_Space)  # "Waardensortering…"
    sorter = opened(ValueSortWindow)
    qtbot.keyClick(sorter.recorder.add_button, Key.Key_Space)  # a participant, to sort for
    chain = focus_chain(sorter.set_choice)
    assert out_of_screen_order(chain) == []  # the card set and "new", the tabs, then the columns
    assert chain.index(sorter.tabs.tabBar()) < chain.index(sorter.recorder.pile)
    assert unnamed_controls(sorter) == []
    sorter.close()
    reflections.close()
    presenter.close()
