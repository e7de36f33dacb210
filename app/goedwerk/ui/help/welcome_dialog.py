"""The first-run welcome, "Zo begin je": the three ways in, each one click from where it starts.

The dialog only reports the choice (``chosen``: "search", "prepare" or "lead"); the help
controller takes the window there. It also says where the user's own data lives.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

WAYS = ("search", "prepare", "lead")


class WelcomeDialog(QDialog):
    """Three ways into Goed Werk; emits ``way_chosen`` with the one clicked and closes."""

    way_chosen = Signal(str)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_dialog")
        self.setWindowTitle(self.tr("Zo begin je"))
        self.chosen: str | None = None
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_intro())
        layout.addLayout(self._build_ways())
        layout.addWidget(self._build_data_note(data_dir))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.setObjectName("welcome_close")
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def _build_intro(self) -> QWidget:
        box = QWidget(self)
        title = self._bold_label(self.tr("Zo begin je"), box, 1.6)
        title.setObjectName("welcome_title")
        heading = QLabel(box)
        heading.setObjectName("welcome_heading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setText(
            self.tr(
                "Welkom bij Goed Werk: verhalen, waardenkaarten en vragen voor gesprekken over "
                "bekwaam, betrouwbaar en betrokken werken. Zo begin je:"
            )
        )
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(heading)
        return box

    def _bold_label(self, text: str, parent: QWidget, scale: float = 1.0) -> QLabel:
        label = QLabel(text, parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
        return label

    def _build_ways(self) -> QGridLayout:
        texts = {
            "search": (
                self.tr("Zoeken en lezen"),
                self.tr("Zoek in verhalen, waardenkaarten en vragen en lees ze rustig door."),
                self.tr("Naar zoeken"),
            ),
            "prepare": (
                self.tr("Een sessie voorbereiden"),
                self.tr("Maak een sessiepakket met een werkvorm, verhalen en vragen, en druk het af."),
                self.tr("Nieuw pakket"),
            ),
            "lead": (
                self.tr("Een workshop leiden"),
                self.tr("Open een pakket en start de workshop (F5): timer, draaiboek en publieksscherm."),
                self.tr("Naar je pakketten"),
            ),
        }
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        for row, way in enumerate(WAYS):
            title, text, button_text = texts[way]
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            button = QPushButton(button_text, self)
            button.setObjectName(f"welcome_{way}")
            button.setAccessibleName(title)
            button.clicked.connect(lambda _checked=False, w=way: self._choose(w))
            self.buttons[way] = button
            grid.addWidget(self._bold_label(title, self), 2 * row, 0, 1, 2)
            grid.addWidget(label, 2 * row + 1, 0)
            grid.addWidget(button, 2 * row + 1, 1)
        grid.setColumnStretch(0, 1)
        return grid

    def _build_data_note(self, data_dir: Path) -> QLabel:
        note = QLabel(self)
        note.setObjectName("welcome_data_dir")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note.setText(
            self.tr(
                "Je pakketten, reflecties en reservekopieën blijven op deze computer, in {folder}. "
                "Er gaat niets over het internet. Dit venster vind je terug onder Help > Zo begin je."
            ).format(folder=data_dir)
        )
        return note

    def _choose(self, way: str) -> None:
        self.chosen = way
        self.way_chosen.emit(way)
        self.accept()
