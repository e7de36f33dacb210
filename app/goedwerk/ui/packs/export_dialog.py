"""Ask what to print: which parts of the pack and on which paper."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.workspace import PART_NAMES


@dataclass(frozen=True)
class ExportChoice:
    """Paper ("a4" or "letter") and the parts to print, in print order."""

    paper: str
    parts: tuple[str, ...]
    notes: bool = False  # print the user's private notes in the facilitator script


class ExportDialog(QDialog):
    """Tick the parts and choose the paper; use ``ExportDialog.ask``."""

    def __init__(self, current: ExportChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Pakket afdrukken of exporteren"))
        labels = {
            "cover": self.tr("Voorblad"),
            "agenda": self.tr("Programma met kloktijden"),
            "script": self.tr("Draaiboek voor de gespreksleider"),
            "stories": self.tr("Verhalen voor deelnemers"),
            "guides": self.tr("Handreikingen (introductie, afspraken, opwarmers)"),
            "questions": self.tr("Vragenblad per fase"),
            "cards": self.tr("Waardenkaarten om te knippen"),
            "reflection": self.tr("Reflectieformulier"),
        }
        self.boxes = {name: QCheckBox(labels[name], self) for name in PART_NAMES}
        for name, box in self.boxes.items():
            box.setObjectName(f"part_{name}")
            box.setChecked(name in current.parts)
            box.toggled.connect(self._update_ok)
        self.own_notes = QCheckBox(self.tr("Mijn eigen notities in het draaiboek"), self)
        self.own_notes.setObjectName("print_own_notes")
        self.own_notes.setChecked(current.notes)
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(current.paper)))
        self.paper.setAccessibleName(self.tr("Papierformaat"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        parts = QVBoxLayout()
        for box in self.boxes.values():
            parts.addWidget(box)
        form = QFormLayout(self)
        form.addRow(self.tr("Onderdelen:"), parts)
        form.addRow("", self.own_notes)
        form.addRow(self.tr("&Papier:"), self.paper)
        form.addRow(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(box.isChecked() for box in self.boxes.values()))

    def choice(self) -> ExportChoice:
        """What is chosen now."""
        parts = tuple(name for name, box in self.boxes.items() if box.isChecked())
        return ExportChoice(self.paper.currentData(), parts, self.own_notes.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, current: ExportChoice) -> ExportChoice | None:
        """Show the dialog; the choice, or None when cancelled."""
        dialog = cls(current, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
