"""Named colour roles with a light and a dark value, and the theme: Licht, Donker or Systeem.

Widgets never write a colour literal: they take it from the palette or from ``colour(role)``,
which picks the light or dark value from the palette in use. ``apply_theme`` sets the
application palette; widgets that build stylesheets from colours redo them on
``QEvent.PaletteChange`` (see ``is_palette_change``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Role:
    """One named colour: its value on a light and on a dark palette."""

    light: str
    dark: str


ROLES: dict[str, Role] = {
    "accent": Role("#123b5c", "#9ccaf0"),  # headings in text we build (reader, harvest)
    "warning": Role("#9c2b00", "#ffab80"),  # the pack's overrun, a quota notice
    "invalid": Role("#c0392b", "#ff8a80"),  # the border of a field that refuses its text
    "notice": Role("#fdecea", "#4a2624"),  # the bar that warns of personal data
    "mark": Role("#c62828", "#ff8a80"),  # the underline of possible personal data
    "bar": Role("#2e6da4", "#6ea8dc"),  # the harvest's count bars
    "focus_ring": Role("#1d5d90", "#8ab4f8"),  # the keyboard focus on a button: 3:1 or more both ways
    # the presenter's timer panel: background and text per state
    "timer_normal": Role("#e4ecef", "#23343c"),
    "timer_normal_text": Role("#15252d", "#e4ecef"),
    "timer_amber": Role("#f0b429", "#f0b429"),
    "timer_amber_text": Role("#1a1a1a", "#1a1a1a"),
    "timer_red": Role("#b3261e", "#d13b31"),
    "timer_red_text": Role("#ffffff", "#ffffff"),
    "timer_paused": Role("#3d5a80", "#4a6a96"),
    "timer_paused_text": Role("#ffffff", "#ffffff"),
    # the audience screen is dark in either theme: a projector in a lit room
    "audience_text": Role("#f3f1ea", "#f3f1ea"),
    "audience_muted": Role("#a9b4ba", "#a9b4ba"),
    "audience_accent": Role("#f2c45a", "#f2c45a"),
    "audience_background": Role("#1d2a31", "#1d2a31"),
    "audience_blank": Role("#000000", "#000000"),
}

# The dark palette: (role, active colour, disabled colour).
_DARK: tuple[tuple[QPalette.ColorRole, str, str], ...] = (
    (QPalette.ColorRole.Window, "#202427", "#202427"),
    (QPalette.ColorRole.WindowText, "#e6e6e6", "#80868b"),
    (QPalette.ColorRole.Base, "#17191b", "#1d2022"),
    (QPalette.ColorRole.AlternateBase, "#24282b", "#24282b"),
    (QPalette.ColorRole.Text, "#e6e6e6", "#80868b"),
    (QPalette.ColorRole.PlaceholderText, "#9aa0a6", "#80868b"),
    (QPalette.ColorRole.Button, "#2c3135", "#26292c"),
    (QPalette.ColorRole.ButtonText, "#e6e6e6", "#80868b"),
    (QPalette.ColorRole.BrightText, "#ff8a80", "#ff8a80"),
    (QPalette.ColorRole.Highlight, "#3d7bc4", "#3a4046"),
    (QPalette.ColorRole.HighlightedText, "#ffffff", "#b0b4b8"),
    (QPalette.ColorRole.Link, "#8ab4f8", "#80868b"),
    (QPalette.ColorRole.LinkVisited, "#c58af9", "#80868b"),
    (QPalette.ColorRole.ToolTipBase, "#2c3135", "#2c3135"),
    (QPalette.ColorRole.ToolTipText, "#e6e6e6", "#e6e6e6"),
    (QPalette.ColorRole.Light, "#3a4046", "#3a4046"),
    (QPalette.ColorRole.Midlight, "#31363b", "#31363b"),
    (QPalette.ColorRole.Mid, "#4a5056", "#4a5056"),
    (QPalette.ColorRole.Dark, "#121416", "#121416"),
    (QPalette.ColorRole.Shadow, "#000000", "#000000"),
)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when ``palette`` (the application's by default) has light text on a dark window."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str, palette: QPalette | None = None) -> QColor:
    """The colour of role ``name`` for ``palette`` (the application's by default)."""
    role = ROLES[name]
    return QColor(role.dark if is_dark(palette) else role.light)


def dark_palette() -> QPalette:
    """Goed Werk's dark palette (Fusion paints every widget from it)."""
    palette = QPalette()
    for role, active, disabled in _DARK:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(active))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def system_is_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the light or dark palette now ("system" follows the desktop)."""
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


def is_palette_change(event: QEvent) -> bool:
    """True after the palette changed (a theme change reaches every widget as ``PaletteChange``).

    A widget's own ``setStyleSheet`` also sends it ``PaletteChange``: a handler that restyles
    the widget itself must skip styles it already has, or it would never end.
    """
    return event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
