"""A non-blocking notice at the top of the window (for example: files skipped in the library)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QWidget


class NoticeBar(QFrame):
    """A message with a "details" button and a close button; emits ``details_requested``."""

    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
        self.setPalette(palette)
        self.icon = QLabel(self)
        self.icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20)
        )
        self.message = QLabel(self)
        self.message.setObjectName("notice_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.details = QPushButton(self)
        self.details.setObjectName("notice_details")
        self.details.clicked.connect(self.details_requested)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("notice_close")
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.close_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.details.setText(self.tr("Details…"))
        self.details.setAccessibleName(self.tr("Details van de melding"))
        self.close_button.setToolTip(self.tr("Melding sluiten"))
        self.close_button.setAccessibleName(self.tr("Melding sluiten"))

    def show_message(self, text: str) -> None:
        """Show ``text``."""
        self.message.setText(text)
        self.show()
