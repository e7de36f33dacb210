"""Asks what to do with a bundle's ids that are already here: keep, replace or rename."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

CHOICES = ("keep", "replace", "rename")


class ConflictDialog(QDialog):
    """Lists the conflicting entries; use ``ConflictDialog.ask``."""

    def __init__(self, conflicts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Bundel inlezen"))
        intro = QLabel(self.tr("Deze onderdelen van de bundel zijn er al:"), self)
        entries = QListWidget(self)
        entries.addItems([f"{kind}:{item_id}" for kind, item_id in conflicts])
        self.group = QButtonGroup(self)
        labels = {
            "keep": self.tr("&Behouden wat er is (de bundel slaat ze over)"),
            "replace": self.tr("&Vervangen door de bundel (alleen eigen items)"),
            "rename": self.tr("&Hernoemen: de bundel krijgt nieuwe ids"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(entries, 1)
        self.radios: dict[str, QRadioButton] = {}
        for choice in CHOICES:
            radio = QRadioButton(labels[choice], self)
            radio.setObjectName(f"conflict_{choice}")
            self.group.addButton(radio)
            self.radios[choice] = radio
            layout.addWidget(radio)
        self.radios["keep"].setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        entries.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def choice(self) -> str:
        """The chosen answer: keep, replace or rename."""
        return next(c for c, radio in self.radios.items() if radio.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, conflicts: list[tuple[str, str]]) -> str | None:
        """The user's answer, or None when cancelled."""
        dialog = cls(conflicts, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
