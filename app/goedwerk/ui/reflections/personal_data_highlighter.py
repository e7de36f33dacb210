"""Marks possible personal data in a text field with a red wavy underline, as the user types.

It uses the core's anonymisation check (``goedwerk.core.content.anonymise.scan``) paragraph by
paragraph. It only marks; it never changes or blocks the text.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from goedwerk.core.workspace import scan
from goedwerk.ui.common.colours import colour


class PersonalDataHighlighter(QSyntaxHighlighter):
    """Underlines e-mail addresses, phone numbers, BSNs, IBANs and unknown names in ``document``."""

    def __init__(self, document: QTextDocument, allowed_names: Iterable[str] = ()) -> None:
        super().__init__(document)
        self.allowed_names = tuple(allowed_names)
        self.marked = QTextCharFormat()
        self.marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        mark = colour("mark")
        self.marked.setUnderlineColor(mark)
        mark.setAlpha(40)
        self.marked.setBackground(mark)

    def highlightBlock(self, text: str) -> None:
        for finding in scan(text, self.allowed_names):
            self.setFormat(finding.start, finding.end - finding.start, self.marked)
