"""The shortcut overview (F1 or ?): a panel over the presenter listing every key and what it does.

It is a dialog laid over the presenter (not a separate window): it takes the focus when shown,
so a screen reader announces it with its keys, and gives the focus back when it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QHideEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from goedwerk.ui.workshop.workshop_actions import WorkshopActions


class ShortcutsOverlay(QDialog):
    """Covers its parent with a dimmed backdrop and a centred table of shortcuts; a click closes it."""

    def __init__(self, actions: WorkshopActions, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)  # drawn over the presenter, not a window of its own
        self.setObjectName("workshop_shortcuts")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._focus_before: QWidget | None = None
        self.actions = actions
        self.panel = QFrame(self)
        self.panel.setObjectName("shortcuts_panel")
        self.panel.setStyleSheet("#shortcuts_panel { background: palette(window); border-radius: 12px; }")
        self.title = QLabel(self.panel)
        font = QFont(self.font())
        font.setPointSizeF(16)
        font.setBold(True)
        self.title.setFont(font)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(8)
        self.hint = QLabel(self.panel)
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addLayout(self.grid)
        layout.addSpacing(10)
        layout.addWidget(self.hint)
        parent.installEventFilter(self)
        self.retranslate()
        self.hide()

    def rows(self) -> list[tuple[str, str]]:
        """The overview as (keys, what they do)."""
        shown = (a for a in self.actions.all() if a.property("in_overview") is not False)
        return [(self.actions.key_text(a.objectName()), a.text()) for a in shown]

    def retranslate(self) -> None:
        """Rebuild the texts in the current language."""
        self.title.setText(self.tr("Sneltoetsen"))
        self.hint.setText(self.tr("Druk op Esc of F1, of klik, om dit overzicht te sluiten."))
        self.setAccessibleName(self.tr("Overzicht van de sneltoetsen"))
        spoken = "; ".join(f"{keys}: {text}" for keys, text in self.rows())
        self.setAccessibleDescription(f"{spoken}. {self.hint.text()}")
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(12)
        plain = QFont(self.font())
        plain.setPointSizeF(12)
        for row, (keys, text) in enumerate(self.rows()):
            key_label, text_label = QLabel(keys, self.panel), QLabel(text, self.panel)
            key_label.setFont(bold)
            text_label.setFont(plain)
            self.grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(text_label, row, 1)

    def toggle(self) -> None:
        """Show the overview, or hide it when it is shown."""
        if self.isVisible():
            self.hide()
            return
        self.retranslate()
        self._fit()
        window = self.window()
        self._focus_before = window.focusWidget() if window is not None else None
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        before, self._focus_before = self._focus_before, None
        if before is not None and before.isVisible():
            before.setFocus(Qt.FocusReason.PopupFocusReason)

    def _fit(self) -> None:
        parent = self.parentWidget()
        self.setGeometry(parent.rect())
        self.panel.adjustSize()
        size = self.panel.sizeHint()
        self.panel.setGeometry(
            (self.width() - size.width()) // 2,
            (self.height() - size.height()) // 2,
            size.width(),
            size.height(),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        scrim = self.palette().color(QPalette.ColorRole.Shadow)
        scrim.setAlpha(150)
        painter.fillRect(self.rect(), scrim)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
