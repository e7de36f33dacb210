"""The presenter's picker: where to draw from, and the two draw buttons (K card, Q question)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from goedwerk.core.workspace import SCOPES


class DrawPanel(QWidget):
    """Choose the pool (pack, a phase, the library) and draw onto the audience screen."""

    def __init__(self, card: QAction, question: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draw_panel")
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: 600;")
        self.scope = QComboBox(self)
        self.scope.setObjectName("draw_scope")
        self.buttons = {"card": QPushButton(self), "question": QPushButton(self)}
        for name, action in (("card", card), ("question", question)):
            self.buttons[name].setObjectName(f"button_draw_{name}")
            self.buttons[name].setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons[name].clicked.connect(action.trigger)
        self.status = QLabel(self)
        self.status.setObjectName("draw_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.scope, 1)
        row.addWidget(self.buttons["card"])
        row.addWidget(self.buttons["question"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.heading.setText(self.tr("TREKKEN – een kaart of vraag voor de groep"))
        names = {
            "pack": self.tr("uit het pakket"),
            "opening": self.tr("vragen uit de opening"),
            "verdieping": self.tr("vragen uit de verdieping"),
            "afsluiting": self.tr("vragen uit de afsluiting"),
            "library": self.tr("uit de hele bibliotheek"),
        }
        current = self.scope.currentData() or "pack"
        self.scope.clear()
        for scope in SCOPES:
            self.scope.addItem(names[scope], scope)
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)))
        self.scope.setAccessibleName(self.tr("Trekken uit"))
        self.buttons["card"].setText(self.tr("Kaart (K)"))
        self.buttons["question"].setText(self.tr("Vraag (Q)"))

    def current_scope(self) -> str:
        """The chosen pool."""
        return str(self.scope.currentData() or "pack")
