"""Own questions in Mijn verhalen: the question, its phase, B's and themes in a form.

Every edit is saved a moment later into the own ``questions.yaml`` (``ws.own_items``); possible
personal data in the question is marked as you type, and what the library check says about it
is listed under the form. Deleting asks first and can be undone.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from goedwerk.core.model import B_IDS, PHASES, Question
from goedwerk.core.workspace import phase_label
from goedwerk.ui.authoring.own_item_panel import OwnItemPanel
from goedwerk.ui.authoring.term_picker import TermPicker
from goedwerk.ui.reflections.personal_data_highlighter import PersonalDataHighlighter


class OwnQuestionsPanel(OwnItemPanel):
    """Write and edit own questions; emits ``library_changed`` after every save or deletion."""

    kind = "question"

    def _build(self) -> None:
        self._build_fields()
        self._build_form()

    def _build_fields(self) -> None:
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("question_text")
        self.text.setMaximumHeight(90)
        self.highlighter = PersonalDataHighlighter(self.text.document())
        self.phase = QComboBox(self)
        self.phase.setObjectName("question_phase")
        for phase in PHASES:
            self.phase.addItem(phase_label(phase), phase)
        self.b_boxes = {b: QCheckBox(b, self) for b in B_IDS}
        self.themes = TermPicker(self)
        self.text.textChanged.connect(self._edited)
        self.phase.currentIndexChanged.connect(lambda _i: self._edited())
        for box in self.b_boxes.values():
            box.toggled.connect(lambda _on: self._edited())
        self.themes.changed.connect(self._edited)

    def _build_form(self) -> None:
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        b_row = QHBoxLayout()
        for box in self.b_boxes.values():
            b_row.addWidget(box)
        b_row.addStretch(1)
        self.labels = [QLabel(self) for _n in range(4)]
        buddies = (self.text, self.phase, self.b_boxes[B_IDS[0]], self.themes)
        for label, field in zip(self.labels, buddies, strict=True):
            label.setBuddy(field)
        form.addRow(self.labels[0], self.text)
        form.addRow(self.labels[1], self.phase)
        form.addRow(self.labels[2], b_row)
        form.addRow(self.labels[3], self.themes)
        self._place(self.form)

    def retranslate(self) -> None:
        """Set texts in the current language."""
        texts = (self.tr("Vraag"), self.tr("Fase"), self.tr("B's"), self.tr("Thema's"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.themes.filter.setPlaceholderText(self.tr("Filter…"))
        self.side.list.setAccessibleName(self.tr("Eigen vragen"))
        for index, phase in enumerate(PHASES):
            self.phase.setItemText(index, phase_label(phase))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _originals(self) -> list[tuple[str, str]]:
        library = self.workspace.library
        return [(q.id, q.text) for q in library.questions if not library.is_own(q.kind, q.id)]

    def _owned(self) -> list[tuple[str, str]]:
        return [(q.id, q.text) for q in self.items.questions()]

    def _load(self, question: Question | None) -> None:
        self.form.setEnabled(question is not None)
        if question is None:
            return
        fields = [self.text, self.phase, self.themes, *self.b_boxes.values()]
        for field in fields:
            field.blockSignals(True)
        self.text.setPlainText(question.text)
        self.phase.setCurrentIndex(max(0, self.phase.findData(question.phase)))
        for b, box in self.b_boxes.items():
            box.setChecked(b in question.b)
        themes = self.workspace.library.vocabulary.themes
        self.themes.set_terms(((t.id, t.label) for t in themes), question.themes)
        for field in fields:
            field.blockSignals(False)

    def edited(self) -> Question | None:
        """The current question with what is typed."""
        if self.current is None:
            return None
        return replace(
            self.current,
            text=" ".join(self.text.toPlainText().split()),
            phase=self.phase.currentData(),
            themes=self.themes.checked(),
            b=tuple(b for b, box in self.b_boxes.items() if box.isChecked()),
        )

    def _problem_path(self) -> str:
        return f"{self.workspace.own_dir.name}/questions.yaml"  # one file holds every own question

    def _focus(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    def _delete_question(self, question: Question) -> tuple[str, str, str]:
        return (
            self.tr("Vraag verwijderen"),
            self.tr("‘{text}’ verwijderen uit je eigen vragen?").format(text=question.text),
            self.tr("‘{text}’ is verwijderd.").format(text=question.text),
        )

    def _store(self, question: Question) -> None:
        self.items.save_question(question)

    def _new(self) -> Question:
        return self.items.new_question()

    def _copy(self, question_id: str) -> Question:
        return self.items.copy_question(question_id)

    def _delete(self, question_id: str) -> tuple[int, Question]:
        return self.items.delete_question(question_id)

    def _restore(self, token: tuple[int, Question]) -> str:
        self.items.restore_question(*token)
        return token[1].id
