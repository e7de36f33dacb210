"""The results list: sorted by relevance, title or length, and every match on request."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import type_query, wait_for_search


def shown(panel) -> list:
    return [panel.model.hit(row) for row in range(panel.model.rowCount())]


def test_results_sort_by_title_and_by_length(qtbot, open_app, mini_library: Path) -> None:
    context = open_app(mini_library)
    window, ws = context.window, context.workspace
    panel = window.search_panel
    panel.facets.set_checked("kind", "story")
    wait_for_search(qtbot, window)
    relevance = [h.id for h in shown(panel)]
    panel.order.set_order("title")
    titles = [h.title for h in shown(panel)]
    assert titles == sorted(titles, key=str.casefold)
    panel.order.set_order("length")
    lengths = [ws.item_length(h.kind, h.id) for h in shown(panel)]
    assert lengths == sorted(lengths) and len(set(lengths)) > 1
    panel.order.set_order("relevance")
    assert [h.id for h in shown(panel)] == relevance


def test_all_matches_on_request(qtbot, open_app, bundled_library: Path) -> None:
    window = open_app(bundled_library).window
    panel = window.search_panel
    total = wait_for_search(qtbot, window)
    assert total > panel.model.rowCount() == 100
    assert panel.order.show_all.isVisible()
    assert panel.order.show_all.text() == f"Alle {total} tonen"
    with qtbot.waitSignal(panel.search_finished, timeout=10_000):
        panel.order.show_all.click()
    assert panel.model.rowCount() == total
    assert not panel.order.show_all.isVisible()
    type_query(qtbot, window, "ambtenaar")  # another query asks for the best ones again
    panel.field.clear()
    wait_for_search(qtbot, window)
    assert panel.model.rowCount() == 100 and panel.order.show_all.isVisible()


def test_shortest_first_uses_the_words_as_read(qtbot, open_app, mini_library: Path) -> None:
    from tests.core.test_workspace import MARKED, PLAIN, write_story

    write_story(mini_library, "veel-opmaak", "Veel opmaak", MARKED)  # 24 words, 49 with its marks
    write_story(mini_library, "platte-tekst", "Platte tekst", PLAIN)  # 30 words
    window = open_app(mini_library).window
    panel = window.search_panel
    panel.facets.set_checked("kind", "story")
    wait_for_search(qtbot, window)
    panel.order.set_order("length")
    order = [h.id for h in shown(panel)]
    assert order.index("veel-opmaak") < order.index("platte-tekst")
