"""Look and feel: the dark theme from Bestand > Voorkeuren, readable everywhere; distinct icons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from goedwerk.core.workspace import Reflection
from goedwerk.ui.common.colours import is_dark
from goedwerk.ui.common.preferences_dialog import DEFAULT_TEXT, MAX_TEXT, Preferences, PreferencesDialog
from goedwerk.ui.library.values_deck import TEXT_LEFT, CardDelegate
from goedwerk.ui.reflections import ReflectionsWindow


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ink_contrast(image: QImage, background: QColor) -> float:
    """The strongest contrast of any pixel of ``image`` against ``background``: how well it reads."""
    return max(
        contrast(image.pixelColor(x, y), background)
        for x in range(image.width())
        for y in range(image.height())
    )


def choose(monkeypatch, window, theme: str) -> None:
    """Bestand > Voorkeuren, answered with ``theme``."""
    current = Preferences("nl", window.text_size, window.theme())
    chosen = Preferences(current.language, current.text_size, theme)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, parent, now, pages=(): chosen))
    window.actions.file_preferences.trigger()


def grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_dark_theme_is_chosen_in_preferences_and_everything_stays_readable(
    qtbot, monkeypatch, open_app, mini_library: Path
) -> None:
    context = open_app(mini_library)
    window = context.window
    pack = window.packs.create_pack("Te lang", "teamstart")
    window.packs.builder.set_field("planned_minutes", 10)
    try:
        choose(monkeypatch, window, "dark")
        assert is_dark(QApplication.palette()) and context.settings.value("ui/theme") == "dark"
        window_bg = window.palette().color(QPalette.ColorRole.Window)
        icon = lambda: window.actions.view_zoom_in.icon().pixmap(24, 24).toImage()  # noqa: E731
        qtbot.waitUntil(lambda: ink_contrast(icon(), window_bg) >= 4.5)  # icons redrawn in light ink
        warning = window.packs.builder.warning
        assert warning.text().startswith("Let op: 20 minuten langer")
        assert ink_contrast(grab(warning), window_bg) >= 4.5
        facets = window.search_panel.facets
        item = facets.value_item("kind", "story")
        rect = facets.visualItemRect(item)
        base = facets.palette().color(QPalette.ColorRole.Base)
        box = facets.viewport().grab(rect.adjusted(0, 0, -(rect.width() - rect.height() - 4), 0)).toImage()
        assert ink_contrast(box, base) >= 3.0  # the unticked box is seen, not only a ticked one
        window.actions.view_harvest.trigger()
        harvest = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReflectionsWindow)).harvest
        context.workspace.reflections.save(Reflection(pack_title=pack.title, happened="Over tijd."))
        qtbot.waitUntil(lambda: "Te lang" in harvest.detail.toPlainText())
        heading = harvest.detail.viewport().grab().toImage().copy(0, 0, 300, 40)
        assert ink_contrast(heading, harvest.detail.palette().color(QPalette.ColorRole.Base)) >= 4.5
        harvest.window().close()
    finally:
        choose(monkeypatch, window, "light")
    assert not is_dark(QApplication.palette()) and context.settings.value("ui/theme") == "light"


def test_the_chosen_theme_is_used_at_the_next_start(
    qtbot, monkeypatch, open_app, mini_library, tmp_path
) -> None:
    first = open_app(mini_library, tmp_path / "kept")
    try:
        choose(monkeypatch, first.window, "dark")
        first.window.close()
        QApplication.setPalette(QApplication.style().standardPalette())  # as a fresh process starts
        again = open_app(mini_library, tmp_path / "kept")
        assert is_dark(QApplication.palette()) and again.window.theme() == "dark"
    finally:
        choose(monkeypatch, first.window, "light")


def test_every_toolbar_action_has_its_own_icon(qtbot, open_app, mini_library: Path) -> None:
    window = open_app(mini_library).window
    actions = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert len(actions) >= 7
    images = {}
    for action in actions:
        assert not action.icon().isNull(), action.objectName()
        image = action.icon().pixmap(24, 24).toImage()
        assert image.pixelColor(QPoint(12, 12)).alpha() or any(
            image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)
        )
        images[action.objectName()] = bytes(image.constBits())
    assert len(set(images.values())) == len(images)
    assert images["item_add_to_pack"] != images["pack_start_workshop"]


def test_text_size_scales_the_whole_window_and_the_largest_size_clips_nothing(
    qtbot, open_app, mini_library: Path
) -> None:
    window = open_app(mini_library).window
    window.packs.create_pack("Teamsessie", "teamstart")
    for _ in range(int(MAX_TEXT - window.text_size) + 2):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_size == MAX_TEXT
    scaled = (
        window.menuBar(),
        window.menus["file"],
        window.toolbar,
        window.tabs.tabBar(),
        window.reader,
        window.packs.builder,
        window.packs.builder.agenda,
        window.search_panel.facets,
    )
    qtbot.waitUntil(lambda: all(w.font().pointSizeF() == MAX_TEXT for w in scaled))
    assert window.toolbar.iconSize().height() >= 2 * 16 - 1
    bars = (window.tabs.tabBar(),)
    whole = lambda: all(bar.rect().contains(bar.tabRect(i)) for bar in bars for i in range(bar.count()))  # noqa: E731
    qtbot.waitUntil(whole)  # every tab whole inside its bar, none behind a scroll arrow
    for bar in bars:
        for i in range(bar.count()):
            text = bar.tabText(i).replace("&", "")
            assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(text), text
    window.tabs.setCurrentWidget(window.values_deck)
    deck = window.values_deck
    qtbot.waitUntil(lambda: deck.card_delegate.card_size.width() > 0)
    card_size = deck.card_delegate.card_size
    text_width = card_size.width() - 12 - TEXT_LEFT - 10
    for card in deck.deck.cards:
        doc = CardDelegate.document(card, deck.font(), deck.palette(), text_width)
        assert doc.idealWidth() <= text_width + 1, card.name  # no name wider than its card
        assert doc.size().height() <= card_size.height(), card.name
    window.actions.view_zoom_reset.trigger()
    assert window.text_size == DEFAULT_TEXT


def test_systeem_follows_the_desktop_when_it_turns_dark(qtbot, monkeypatch, open_app, mini_library) -> None:
    from goedwerk.ui.common import colours

    window = open_app(mini_library).window
    assert window.theme() == "system" and not is_dark(QApplication.palette())
    monkeypatch.setattr(colours, "system_is_dark", lambda: True)
    hints = QApplication.styleHints()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert is_dark(QApplication.palette())
        choose(monkeypatch, window, "light")  # a chosen theme stays, whatever the desktop does
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert not is_dark(QApplication.palette())
    finally:
        monkeypatch.setattr(colours, "system_is_dark", lambda: False)
        colours.apply_theme(QApplication.instance(), "light")


def test_the_timer_panel_reads_in_every_state_and_theme(qtbot, monkeypatch, open_app, mini_library) -> None:
    from goedwerk.ui.common.colours import colour

    window = open_app(mini_library).window
    try:
        for theme in ("light", "dark"):
            choose(monkeypatch, window, theme)
            palette = QApplication.palette()
            for state in ("normal", "amber", "red", "paused"):
                role = f"timer_{state}"
                assert contrast(colour(role, palette), colour(f"{role}_text", palette)) >= 4.5, (theme, state)
            assert colour("timer_paused", palette) != colour("timer_amber", palette)
            warning_bg = palette.color(QPalette.ColorRole.Window)
            assert contrast(colour("warning", palette), warning_bg) >= 4.5, theme
    finally:
        choose(monkeypatch, window, "light")
