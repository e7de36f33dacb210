"""The app style's keyboard focus ring on buttons: drawn in ``focus_ring``, readable in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from goedwerk.main import application
from goedwerk.ui.common.colours import apply_theme, colour


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_tab_to_a_button_draws_the_focus_ring_in_its_colour(qtbot, qapp, theme: str) -> None:
    app = application()
    apply_theme(app, theme)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        first, second = QPushButton("Start", window), QPushButton("+5 min", window)
        row = QHBoxLayout(window)
        row.addWidget(first)
        row.addWidget(second)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        first.setFocus()
        qtbot.keyClick(first, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is second
        ring = colour("focus_ring").rgb()
        image = second.grab().toImage()
        middle = image.height() // 2
        edge = [image.pixel(x, middle) for x in range(0, 4)]
        assert ring in edge  # the ring on the button's left edge
        unfocused = first.grab().toImage()
        assert ring not in [unfocused.pixel(x, middle) for x in range(0, 4)]
    finally:
        apply_theme(app, "light")
