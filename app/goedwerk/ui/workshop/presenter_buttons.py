"""The presenter's big buttons: one per workshop action, with its key under its name.

Each button triggers its action; ``show_session`` keeps the start/pause text, the blank-screen
check and the block buttons' enabled state in step with the run.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from goedwerk.core.workspace import WorkshopSession
from goedwerk.ui.workshop.workshop_actions import WorkshopActions

BUTTONS = (
    ("run_pause", 0, 0, 1),
    ("time_add", 0, 1, 1),
    ("block_previous", 1, 0, 1),
    ("block_next", 1, 1, 1),
    ("item_previous", 2, 0, 1),
    ("item_next", 2, 1, 1),
    ("screen_blank", 3, 0, 1),
    ("audience_show", 3, 1, 1),
    ("reflection_open", 4, 0, 1),
    ("help_shortcuts", 4, 1, 1),
)


class PresenterButtons(QWidget):
    """The grid of workshop buttons; ``buttons[name]`` is the button of action ``name``."""

    def __init__(self, actions: WorkshopActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenter_buttons")
        self.actions = actions
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for name, row, column, span in BUTTONS:
            button = QPushButton(self)
            button.setObjectName(f"button_{name}")
            button.setAutoDefault(True)  # Enter presses the focused button; Space stays start/pause
            button.setMinimumHeight(58)
            button.setStyleSheet("QPushButton { font-size: 12pt; }")
            button.setCheckable(actions[name].isCheckable())
            button.clicked.connect(actions[name].trigger)
            grid.addWidget(button, row, column, 1, span)
            self.buttons[name] = button

    def in_screen_order(self) -> list[QPushButton]:
        """The buttons row by row, left to right."""
        return [self.buttons[name] for name, *_grid in BUTTONS]

    def retranslate(self) -> None:
        """Set every button's text in the current language (start/pause follows the run)."""
        labels = {
            "time_add": self.tr("+5 min"),
            "block_previous": self.tr("◀ Vorig blok"),
            "block_next": self.tr("Volgend blok ▶"),
            "item_previous": self.tr("◀ Vorige"),
            "item_next": self.tr("Volgende ▶"),
            "screen_blank": self.tr("Scherm leeg"),
            "audience_show": self.tr("Publieksscherm"),
            "help_shortcuts": self.tr("Sneltoetsen"),
            "reflection_open": self.tr("Reflectie"),
        }
        for name, text in labels.items():
            self._label(name, text)

    def show_session(self, session: WorkshopSession) -> None:
        """Show the run's state on the buttons and their actions."""
        s, actions = session, self.actions
        if s.running:
            text = self.tr("Pauze")
        elif s.started:
            text = self.tr("Verder")
        else:
            text = self.tr("Start")
        self._label("run_pause", text)
        actions.screen_blank.setChecked(s.blank)
        actions.countdown_toggle.setChecked(s.countdown)
        actions.bell_toggle.setChecked(s.bell)
        self.buttons["screen_blank"].setChecked(s.blank)
        actions.block_previous.setEnabled(s.block > 0)
        actions.block_next.setEnabled(not s.is_last_block)
        for name in ("block_previous", "block_next"):
            self.buttons[name].setEnabled(actions[name].isEnabled())

    def _label(self, name: str, text: str) -> None:
        button = self.buttons[name]
        button.setText(f"{text}\n{self.actions.key_text(name)}")
        button.setAccessibleName(text)
        button.setToolTip(self.actions[name].toolTip())
