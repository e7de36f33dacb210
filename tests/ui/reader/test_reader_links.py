"""The reader's links for a keyboard and screen-reader user: real link controls, Tab and Enter.

Each link of a page is a focus stop with the accessible role Link, named by its text and where
it goes; Enter (or a screen reader's press action) opens it, and a click still works. Markup in
a title stays text: it names the link, it never loads anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication

from goedwerk.ui.reader.reader_link import ReaderLink
from tests.ui.a11y import unnamed_controls

Key = Qt.Key
HOSTILE = '<img src="file:///etc/passwd"><b>vet</b>'


@pytest.fixture
def window(qtbot, open_app, mini_library: Path, tmp_path: Path):
    values = mini_library / "values.yaml"
    values.write_text(values.read_text().replace("name: Gezin", f"name: 'Gezin {HOSTILE}'"))
    window = open_app(mini_library, tmp_path / "linkdata").window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_item("story", "de-cadeaubon")
    return window


def tab_to(qtbot, name_start: str) -> ReaderLink:
    """Tab from the reader until the focus is on the link whose name starts with ``name_start``."""
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
        focused = QApplication.focusWidget()
        if isinstance(focused, ReaderLink) and focused.accessibleName().startswith(name_start):
            return focused
    raise AssertionError(f"Tab never reached a link named {name_start!r}")


def spoken(link: ReaderLink) -> tuple[QAccessible.Role, str]:
    iface = QAccessible.queryAccessibleInterface(link)
    return iface.role(), iface.text(QAccessible.Text.Name)


def test_tab_reaches_each_link_as_a_named_link_and_enter_opens_it(qtbot, qtlog, window) -> None:
    reader = window.reader
    reader.browser.setFocus()
    qtbot.keyClick(reader.browser, Key.Key_Tab)
    first = QApplication.focusWidget()
    assert isinstance(first, ReaderLink)  # the first link, not the next pane
    assert spoken(first) == (QAccessible.Role.Link, "Eerlijkheid, waardenkaart Eerlijkheid")
    question = tab_to(qtbot, "Wat ga je morgen")
    assert spoken(question)[1].endswith(", vraag " + question.text)
    assert reader.browser.viewport().rect().contains(question.geometry().center())  # scrolled to
    qtbot.keyClick(question, Key.Key_Return)
    assert reader.current()[0] == "question"
    assert QApplication.focusWidget() is reader.browser  # at the top of the page it opened
    assert "Wat ga je morgen anders doen?" in reader.plain_text()
    assert not [r for r in qtlog.records if "out of range" in r.message]  # no link left from the story
    assert unnamed_controls(window) == []


def test_a_screen_reader_presses_a_link_and_a_click_still_opens_one(qtbot, window) -> None:
    reader = window.reader
    links = reader.links.links
    card = next(link for link in links if link.accessibleName().startswith("Eerlijkheid"))
    action = QAccessible.queryAccessibleInterface(card).actionInterface()
    assert QAccessibleActionInterface.pressAction() in action.actionNames()
    action.doAction(QAccessibleActionInterface.pressAction())
    assert reader.current() == ("value", "eerlijkheid")
    story = next(link for link in reader.links.links if link.href == "goedwerk:story/de-cadeaubon")
    qtbot.mouseClick(reader.browser.viewport(), Qt.MouseButton.LeftButton, pos=story.geometry().center())
    assert reader.current() == ("story", "de-cadeaubon")  # the link control lies over its text


def test_markup_in_a_title_names_the_link_as_text_and_loads_nothing(qtbot, window) -> None:
    reader = window.reader
    hostile = next(link for link in reader.links.links if link.href == "goedwerk:value/gezin")
    assert spoken(hostile)[1] == f"Gezin {HOSTILE}, waardenkaart Gezin {HOSTILE}"
    document = reader.browser.document()
    block, images = document.begin(), []
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            images += [1] if iterator.fragment().charFormat().isImageFormat() else []
            iterator += 1
        block = block.next()
    assert images == []
    assert f"Gezin {HOSTILE}" in reader.plain_text()
