"""The result list on the bundled library: all items reachable, counts that follow the filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from goedwerk.core.model import Kind
from tests.conftest import BUNDLED
from tests.ui.conftest import type_query


@pytest.fixture
def window(open_app, tmp_path: Path):
    return open_app(BUNDLED, tmp_path / "data").window


def click_label(qtbot, facets, item) -> None:
    """Click on the words of a facet value (not on its box)."""
    rect = facets.visualItemRect(item)
    qtbot.mouseClick(
        facets.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.center().y())
    )


def test_a_new_user_first_sees_stories_and_can_show_every_item(qtbot, window) -> None:
    panel, library = window.search_panel, window.workspace.library
    everything = len(library.stories) + len(library.values) + len(library.questions) + len(library.guides)
    assert panel.status.text() == f"Alle items: {everything}"
    assert panel.model.hit(0).kind == "story"
    assert panel.model.rowCount() < everything
    while panel.more_button.isVisible():
        shown = panel.model.rowCount()
        assert panel.more_button.text() == f"Meer tonen ({shown} van {everything} getoond)"
        with qtbot.waitSignal(panel.search_finished, timeout=10_000):
            qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
        assert panel.model.rowCount() > shown
        assert panel.results.currentIndex().row() == shown  # the list goes on where it ended
    assert panel.model.rowCount() == everything
    assert {panel.model.hit(row).kind for row in range(everything)} == {k.value for k in Kind}


def test_clicking_a_facet_label_toggles_it_and_the_count_follows(qtbot, window) -> None:
    panel, library = window.search_panel, window.workspace.library
    story = panel.facets.value_item("kind", "story")
    with qtbot.waitSignal(panel.search_finished, timeout=10_000):
        click_label(qtbot, panel.facets, story)
    assert story.checkState(0) == Qt.CheckState.Checked
    assert panel.status.text() == f"{len(library.stories)} items met deze filters"
    assert panel.model.rowCount() == len(library.stories)
    assert not panel.more_button.isVisible()
    with qtbot.waitSignal(panel.search_finished, timeout=10_000):
        click_label(qtbot, panel.facets, story)
    assert story.checkState(0) == Qt.CheckState.Unchecked
    assert panel.status.text().startswith("Alle items: ")


def test_long_theme_labels_are_elided_with_the_whole_label_as_tooltip(qtbot, window) -> None:
    facets = window.search_panel.facets
    theme = max(window.workspace.library.vocabulary.themes, key=lambda t: len(t.label))
    item = facets.value_item("themes", theme.id)
    window.search_panel.splitter.setSizes([120, 900])
    qtbot.waitUntil(lambda: facets.columnWidth(0) < facets.fontMetrics().horizontalAdvance(theme.label))
    assert facets.textElideMode() == Qt.TextElideMode.ElideRight
    assert item.toolTip(0) == theme.label


def test_typing_a_value_name_puts_its_card_first(qtbot, window) -> None:
    type_query(qtbot, window, "moed")
    assert (window.search_panel.model.hit(0).kind, window.search_panel.model.hit(0).id) == ("value", "moed")
