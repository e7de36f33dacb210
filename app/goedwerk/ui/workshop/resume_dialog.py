"""Asks whether to go on with a saved workshop run or to start the pack afresh."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from goedwerk.core.workspace import WorkshopSession, format_duration

RESTART = 2


class ResumeDialog(QDialog):
    """Offers "Verdergaan" (the default, also on Esc) or "Opnieuw beginnen"; use ``ResumeDialog.ask``."""

    def __init__(self, saved: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resume_dialog")
        self.setWindowTitle(self.tr("Workshop hervatten?"))
        self.message = QLabel(self._message(saved), self)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(420)
        self.buttons = QDialogButtonBox(self)
        self.resume_button = self.buttons.addButton(
            self.tr("&Verdergaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restart_button = self.buttons.addButton(
            self.tr("&Opnieuw beginnen"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.resume_button.setDefault(True)
        self.resume_button.setAccessibleName(self.tr("Verdergaan waar je was"))
        self.restart_button.setAccessibleName(self.tr("De workshop opnieuw beginnen"))
        self.resume_button.clicked.connect(self.accept)
        self.restart_button.clicked.connect(lambda: self.done(RESTART))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _message(self, saved: WorkshopSession) -> str:
        block = saved.current_block
        title = block.title if block else ""
        text = self.tr(
            "Je was met de workshop “{pack}” bezig: blok {n} van {count}, “{block}”, "
            "met {elapsed} verstreken in dat blok."
        ).format(
            pack=saved.pack.title,
            n=saved.block + 1,
            count=len(saved.pack.blocks),
            block=title,
            elapsed=format_duration(saved.block_elapsed()),
        )
        return text + "\n\n" + self.tr("Wil je verdergaan waar je was?")

    @classmethod
    def ask(cls, parent: QWidget | None, saved: WorkshopSession) -> bool:
        """Show the dialog; True to resume the saved run, False to start again."""
        return cls(saved, parent).exec() != RESTART
