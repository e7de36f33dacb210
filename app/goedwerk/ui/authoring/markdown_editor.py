"""The story's three texts in Markdown, with possible personal data marked and a live preview.

The preview uses the reader's rendering (``markdown_to_html``, which escapes any HTML in the
text), so what you see is what the reader and the printed pack show.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from goedwerk.core.workspace import markdown_to_html
from goedwerk.ui.reflections.personal_data_highlighter import PersonalDataHighlighter

PARTS = ("body", "notes", "short_text")


class MarkdownEditor(QWidget):
    """Tabs for the story, the notes for the facilitator and the short version; emits ``changed``.

    A guide has one text (``parts=("body",)``, ``prefix="guide"``) and no personal-data marks
    (``marks=False``: guides name institutions, not people, and the check leaves them alone).
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        parts: tuple[str, ...] = PARTS,
        prefix: str = "story",
        marks: bool = True,
    ) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.highlighters: dict[str, PersonalDataHighlighter] = {}
        for name in parts:
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"{prefix}_{name}")
            edit.textChanged.connect(self._edited)
            self.edits[name] = edit
            if marks:
                self.highlighters[name] = PersonalDataHighlighter(edit.document())
            self.tabs.addTab(edit, "")
        self.tabs.tabBar().setVisible(len(parts) > 1)
        self.tabs.currentChanged.connect(lambda _i: self.update_preview())
        self.preview = QTextBrowser(self)
        self.preview.setObjectName(f"{prefix}_preview")
        self.preview.setOpenLinks(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        """Set texts in the current language."""
        titles = {
            "body": self.tr("Verhaal"),
            "notes": self.tr("Voor de gespreksleider"),
            "short_text": self.tr("Korte versie"),
        }
        for index, name in enumerate(self.edits):
            self.tabs.setTabText(index, titles.get(name, name))
        self.preview.setAccessibleName(self.tr("Voorbeeld"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_texts(self, texts: dict[str, str], allowed_names: Iterable[str]) -> None:
        """Show the three texts; ``allowed_names`` are not marked as personal data."""
        self.set_allowed_names(allowed_names)
        for name, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setPlainText(texts.get(name, ""))
            edit.blockSignals(False)
        self.update_preview()

    def set_allowed_names(self, names: Iterable[str]) -> None:
        """The invented names of the story: never marked."""
        allowed = tuple(names)
        for highlighter in self.highlighters.values():
            if highlighter.allowed_names != allowed:
                highlighter.allowed_names = allowed
                highlighter.rehighlight()

    def texts(self) -> dict[str, str]:
        """The three texts as typed."""
        return {name: edit.toPlainText() for name, edit in self.edits.items()}

    def update_preview(self) -> None:
        """Render the current tab's Markdown as the reader does."""
        edit = self.tabs.currentWidget()
        if isinstance(edit, QPlainTextEdit):
            self.preview.setHtml(markdown_to_html(edit.toPlainText()))

    def _edited(self) -> None:
        self._timer.start()
        self.changed.emit()
