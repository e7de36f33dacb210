"""The front matter of an own story as a form: title, summary, labels and pickers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from goedwerk.core.model import B_IDS, LANGUAGES, Library, Story
from goedwerk.ui.authoring.term_picker import TermPicker


class StoryForm(QWidget):
    """Edits a story's front matter; emits ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_fields()
        self._build_layout()
        self.retranslate()

    def _build_fields(self) -> None:
        self.title = QLineEdit(self)
        self.title.setObjectName("story_title")
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("story_summary")
        self.summary.setMaximumHeight(70)
        self.b_boxes = {b: QCheckBox(b, self) for b in B_IDS}
        self.sector, self.role, self.language = QComboBox(self), QComboBox(self), QComboBox(self)
        self.language.addItems(list(LANGUAGES))
        self.themes, self.values, self.questions = TermPicker(self), TermPicker(self), TermPicker(self)
        self.names = QLineEdit(self)
        self.names.setObjectName("story_names")
        for signal in (self.title.textChanged, self.summary.textChanged, self.names.textChanged):
            signal.connect(self.changed)
        for combo in (self.sector, self.role, self.language):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for box in self.b_boxes.values():
            box.toggled.connect(lambda _on: self.changed.emit())
        for picker in (self.themes, self.values, self.questions):
            picker.changed.connect(self.changed)

    def _build_layout(self) -> None:
        self.layout_ = QFormLayout(self)
        b_row = QHBoxLayout()
        for box in self.b_boxes.values():
            b_row.addWidget(box)
        b_row.addStretch(1)
        self.rows = {
            "title": self.title,
            "summary": self.summary,
            "themes": self.themes,
            "b": b_row,
            "sector": self.sector,
            "role": self.role,
            "values": self.values,
            "questions": self.questions,
            "names": self.names,
            "language": self.language,
        }
        self.labels = {name: QLabel(self) for name in self.rows}
        for name, widget in self.rows.items():
            self.labels[name].setBuddy(widget if isinstance(widget, QWidget) else self.b_boxes[B_IDS[0]])
            self.layout_.addRow(self.labels[name], widget)

    def retranslate(self) -> None:
        """Set texts in the current language."""
        labels = {
            "title": self.tr("Titel"),
            "summary": self.tr("Samenvatting"),
            "themes": self.tr("Thema's"),
            "b": self.tr("B's"),
            "sector": self.tr("Sector"),
            "role": self.tr("Rol"),
            "values": self.tr("Waardenkaarten"),
            "questions": self.tr("Vragen"),
            "names": self.tr("Verzonnen namen"),
            "language": self.tr("Taal"),
        }
        for name, label in self.labels.items():
            label.setText(labels[name])
        self.names.setPlaceholderText(self.tr("namen in het verhaal, gescheiden door komma's"))
        for picker in (self.themes, self.values, self.questions):
            picker.filter.setPlaceholderText(self.tr("Filter…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_story(self, story: Story, library: Library) -> None:
        """Show ``story``'s front matter, with ``library``'s vocabulary in the pickers."""
        widgets = [self.title, self.summary, self.sector, self.role, self.language, self.names]
        widgets += [self.themes, self.values, self.questions, *self.b_boxes.values()]
        for widget in widgets:
            widget.blockSignals(True)
        vocab = library.vocabulary
        self.title.setText(story.title)
        self.summary.setPlainText(story.summary)
        for b, box in self.b_boxes.items():
            box.setChecked(b in story.b)
        for combo, terms, current in (
            (self.sector, vocab.sectors, story.sector),
            (self.role, vocab.roles, story.role),
        ):
            combo.clear()
            for term in terms:
                combo.addItem(term.label, term.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.language.setCurrentText(story.language)
        self.themes.set_terms(((t.id, t.label) for t in vocab.themes), story.themes)
        self.values.set_terms(((v.id, v.name) for v in library.values), story.values)
        self.questions.set_terms(((q.id, q.text) for q in library.questions), story.questions)
        self.names.setText(", ".join(story.invented_names))
        for widget in widgets:
            widget.blockSignals(False)

    def apply(self, story: Story) -> Story:
        """``story`` with the form's front matter."""
        names = tuple(n.strip() for n in self.names.text().split(",") if n.strip())
        return replace(
            story,
            title=self.title.text().strip(),
            summary=self.summary.toPlainText().strip(),
            themes=self.themes.checked(),
            b=tuple(b for b, box in self.b_boxes.items() if box.isChecked()),
            sector=self.sector.currentData() or "",
            role=self.role.currentData() or "",
            values=self.values.checked(),
            questions=self.questions.checked(),
            invented_names=names,
            language=self.language.currentText(),
        )
