"""Lists the problems found in the library's files, as ``goedwerk check`` prints them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.model import Problem


class ProblemsDialog(QDialog):
    """Read-only list of problems with a copy button."""

    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_dialog")
        self.setWindowTitle(self.tr("Problemen in de bibliotheek"))
        self.resize(760, 420)
        intro = QLabel(
            self.tr(
                "Deze bestanden hebben problemen. Wat wel klopt, is gewoon geladen; "
                "een verhaal met een fout in de opbouw is overgeslagen."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(
            "\n".join(p.format() for p in sorted(problems, key=lambda p: (p.path, p.line)))
        )
        self.text.setAccessibleName(self.tr("Lijst van problemen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Kopiëren"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
