"""What a keyboard or screen-reader user meets in the main window, its dialogs and the builder.

The accessibility tree is read in-process (``tests/ui/a11y.py``): every control on screen has a
name, Tab follows the screen, and every view shortcut puts the focus in its view.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.a11y import focus_chain, out_of_screen_order, unnamed_controls
from tests.ui.conftest import type_query

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, open_app, mini_library: Path, tmp_path: Path):
    window = open_app(mini_library, tmp_path / "a11ydata").window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_focus_starts_in_the_search_field_and_tab_follows_the_screen(qtbot, window) -> None:
    panel = window.search_panel
    assert QApplication.focusWidget() is panel.field
    chain = focus_chain(window.tabs.tabBar())
    assert out_of_screen_order(chain) == []
    order = [panel.field, panel.facets, panel.results, window.reader.browser]
    assert [chain.index(widget) for widget in order] == sorted(chain.index(widget) for widget in order)
    qtbot.keyClick(panel.field, Key.Key_Tab)
    save = panel.findChild(QWidget, "save_search")
    # the sidebar: saved searches above the filters (none saved yet: the list is hidden and its
    # "Bewaren…" button comes first)
    assert QApplication.focusWidget() is save
    while QApplication.focusWidget() is not panel.facets:  # the sidebar's own controls, then the filters
        assert chain.index(QApplication.focusWidget()) < chain.index(panel.facets)
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
    assert QApplication.focusWidget() is panel.facets  # the filters sit left of the results
    assert unnamed_controls(window) == []


def test_every_view_shortcut_puts_the_focus_in_its_view(qtbot, window) -> None:
    for number in range(1, 7):
        qtbot.keyClick(QApplication.focusWidget(), getattr(Key, f"Key_{number}"), CTRL)
        view = window.tabs.main_view(number - 1)
        assert window.tabs.currentIndex() == number - 1
        assert QApplication.focusWidget() is view, f"Ctrl+{number}"
        assert unnamed_controls(window) == [], f"Ctrl+{number}"
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: window.values_deck.currentIndex().isValid())  # its first card is current
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_K, CTRL)
    assert QApplication.focusWidget() is window.search_panel.field


def test_filter_and_question_columns_have_real_headers_and_no_silent_cells(window) -> None:
    facet_header = window.search_panel.facets.headerItem()
    assert [facet_header.text(0), facet_header.text(1)] == ["Filter", "Aantal"]
    question_header = window.question_bank.headerItem()
    assert [question_header.text(0), question_header.text(1)] == ["Vraag", "Bij verhaal"]
    window.tabs.show_view(2)
    assert unnamed_controls(window) == []


def test_esc_clears_the_search_and_the_field_says_so(qtbot, window) -> None:
    panel = window.search_panel
    type_query(qtbot, window, "cadeaubon")
    assert "Esc wist de zoekterm" in panel.field.accessibleDescription()
    qtbot.keyClick(panel.field, Key.Key_Escape)
    assert panel.field.text() == ""


def test_f10_opens_the_menu_bar(qtbot, window) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_F10)
    assert window.menuBar().activeAction() is window.menus["file"].menuAction()
    qtbot.keyClick(window.menus["file"], Key.Key_Escape)


def test_help_says_the_toolbar_is_in_the_menus(window) -> None:
    toolbar = window.toolbar.actions()
    in_menus = {action for menu in window.menus.values() for action in menu.actions()}
    assert all(action in in_menus and action.shortcut() for action in toolbar if not action.isSeparator())
    box = window.show_keyboard_help()
    assert "Elke knop van de werkbalk staat ook in een menu" in box.text()
    box.close()


def test_the_new_pack_dialog_is_named_in_screen_order_and_starts_on_a_format(qtbot, window) -> None:
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen["unnamed"] = unnamed_controls(dialog)
        seen["order"] = out_of_screen_order(focus_chain(dialog.formats))
        seen["focus"] = dialog.focusWidget() is dialog.formats
        seen["current"] = dialog.formats.currentItem().text()
        qtbot.keyClick(dialog, Key.Key_Escape)

    QTimer.singleShot(0, look)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_N, CTRL)
    assert seen["unnamed"] == [] and seen["order"] == []
    assert seen["focus"] and "Teamstart" in seen["current"]


def test_the_builder_names_what_its_buttons_act_on_and_tab_follows_the_screen(qtbot, window) -> None:
    pack = window.packs.create_pack("Teamsessie", "teamstart")
    builder = window.packs.builder
    assert builder.remove_button.accessibleName() == "Blok verwijderen"
    builder.select(0, None)
    window.open_item("story", "de-cadeaubon")
    window.packs.builder.add_item("story:de-cadeaubon")
    assert builder.isVisible()  # beside the reader, not behind it
    builder.select(0, 0)
    assert builder.remove_button.accessibleName() == "Item verwijderen"
    window.tabs.show_view(5)
    assert window.packs.pack_list.buttons["delete"].accessibleName() == "Pakket verwijderen"
    assert window.packs.pack_list.ids() == [pack.id]
    assert unnamed_controls(window) == []
    assert out_of_screen_order(focus_chain(window.tabs.tabBar())) == []


def test_tab_leaves_the_instructions_and_ctrl_tab_keeps_the_builder(qtbot, window) -> None:
    window.packs.create_pack("Teamsessie", "teamstart")
    builder = window.packs.builder
    builder.instructions.setFocus()
    before = builder.instructions.toPlainText()
    qtbot.keyClick(builder.instructions, Key.Key_Tab)
    assert QApplication.focusWidget() is not builder.instructions
    assert builder.pack.blocks[0].instructions == before and "\t" not in before
    builder.instructions.setFocus()
    qtbot.keyClick(builder.instructions, Key.Key_Tab, CTRL)
    assert builder.isVisible()
    assert QApplication.focusWidget() is not builder.instructions


def test_delete_from_the_menu_asks_first(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    pack = window.packs.create_pack("Teamsessie", "teamstart")
    asked: list[str] = []

    def answer(_parent, title, _text, *_args):
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.actions.pack_delete.trigger()
    assert asked == ["Pakket verwijderen"]
    assert window.packs.pack_list.ids() == [pack.id]
