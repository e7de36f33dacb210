"""Own questions in Mijn verhalen: the question, its phase, B's and themes in a form.

Every edit is saved a moment later into the own ``questions.yaml`` (``ws.own_items``); possible
personal data in the question is marked as you type, and what the library check says about it
is listed under the form. Deleting asks first and can be undone.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.model import B_IDS, PHASES, Question
from goedwerk.core.workspace import Workspace, phase_label
from goedwerk.ui.authoring.autosave import Autosave
from goedwerk.ui.authoring.own_item_list import OwnItemList
from goedwerk.ui.authoring.term_picker import TermPicker
from goedwerk.ui.reflections.personal_data_highlighter import PersonalDataHighlighter


class OwnQuestionsPanel(QWidget):
    """Write and edit own questions; emits ``library_changed`` after every save or deletion."""

    library_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("own_questions_panel")
        self.workspace, self.items = workspace, workspace.own_items
        self.current: Question | None = None
        self._deleted: tuple[int, Question] | None = None
        self.autosave = Autosave(self._save, self)
        self._build_fields()
        self._build_layout()
        self.retranslate()
        self.reload()

    def _build_fields(self) -> None:
        self.side = OwnItemList("question", self)
        self.side.chosen.connect(self._choose)
        self.side.new_requested.connect(lambda: self.new_question())
        self.side.copy_requested.connect(self.copy_question)
        self.side.delete_requested.connect(lambda: self.delete_current())
        self.side.undo_requested.connect(lambda: self.undo_delete())
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
        self.problems, self.status = QLabel(self), QLabel(self)
        self.problems.setObjectName("own_question_problems")
        self.status.setObjectName("own_question_status")
        for label in (self.problems, self.status):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)

    def _build_layout(self) -> None:
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        b_row = QHBoxLayout()
        for box in self.b_boxes.values():
            b_row.addWidget(box)
        b_row.addStretch(1)
        self.labels = [QLabel(self) for _n in range(4)]
        for label, field in zip(
            self.labels, (self.text, self.phase, self.b_boxes[B_IDS[0]], self.themes), strict=True
        ):
            label.setBuddy(field)
        form.addRow(self.labels[0], self.text)
        form.addRow(self.labels[1], self.phase)
        form.addRow(self.labels[2], b_row)
        form.addRow(self.labels[3], self.themes)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form, 1)
        right_layout.addWidget(self.problems)
        right_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.side)
        splitter.addWidget(right)
        splitter.setSizes([280, 920])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        """Set texts in the current language."""
        for label, text in zip(
            self.labels, (self.tr("Vraag"), self.tr("Fase"), self.tr("B's"), self.tr("Thema's")), strict=True
        ):
            label.setText(text)
        self.themes.filter.setPlaceholderText(self.tr("Filter…"))
        self.side.list.setAccessibleName(self.tr("Eigen vragen"))
        for index, phase in enumerate(PHASES):
            self.phase.setItemText(index, phase_label(phase))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self, select: str | None = None) -> None:
        """Show the own questions, choosing ``select`` (or the current one)."""
        wanted = select or (self.current.id if self.current else None)
        library = self.workspace.library
        others = [(q.id, q.text) for q in library.questions if not library.is_own(q.kind, q.id)]
        self.side.set_originals(others)
        self.side.set_items(((q.id, q.text) for q in self.items.questions()), wanted)

    def _choose(self, question_id: str) -> None:
        self.autosave.save_now()
        question = self.workspace.library.get("question", question_id) if question_id else None
        self.current = question if isinstance(question, Question) else None
        self.form.setEnabled(self.current is not None)
        self.side.buttons["delete"].setEnabled(self.current is not None)
        if self.current is None:
            self.problems.hide()
            return
        fields = [self.text, self.phase, self.themes, *self.b_boxes.values()]
        for field in fields:
            field.blockSignals(True)
        self.text.setPlainText(self.current.text)
        self.phase.setCurrentIndex(max(0, self.phase.findData(self.current.phase)))
        for b, box in self.b_boxes.items():
            box.setChecked(b in self.current.b)
        themes = self.workspace.library.vocabulary.themes
        self.themes.set_terms(((t.id, t.label) for t in themes), self.current.themes)
        for field in fields:
            field.blockSignals(False)
        self._show_problems()

    def edited_question(self) -> Question | None:
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

    def _edited(self) -> None:
        if self.current is not None:
            self.status.setText(self.tr("Wijzigingen…"))
            self.autosave.edited()

    def save_now(self) -> None:
        """Save a pending edit at once."""
        self.autosave.save_now()

    def _save(self) -> None:
        question = self.edited_question()
        if question is None:
            return
        try:
            self.items.save_question(question)
        except (GoedWerkError, OSError) as exc:
            self.status.setText(self.tr("Niet opgeslagen: {error}").format(error=exc))
            return
        self.current = question
        self.side.set_label(question.text or question.id)
        self.status.setText(self.tr("Opgeslagen."))
        self._show_problems()
        self.library_changed.emit()

    def _show_problems(self) -> None:
        """The check's findings on the own questions file (one file holds them all)."""
        lines = [
            self.tr("regel {line}: {message}").format(line=p.line, message=p.message)
            for p in self.workspace.problems
            if p.path == f"{self.workspace.own_dir.name}/questions.yaml"  # the check's name for it
        ]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _opened(self, question: Question, status: str) -> None:
        self.library_changed.emit()
        self.reload(select=question.id)
        self.text.setFocus()
        self.text.selectAll()
        self.status.setText(status)

    def new_question(self) -> Question | None:
        """Add a new own question from the template and open it."""
        self.autosave.save_now()
        try:
            question = self.items.new_question()
        except (GoedWerkError, OSError) as exc:
            self.status.setText(self.tr("Niet gelukt: {error}").format(error=exc))
            return None
        self._opened(question, "")
        return self.current

    def copy_question(self, question_id: str) -> Question | None:
        """Start an own question as a copy of the library's ``question_id`` and open it."""
        self.autosave.save_now()
        try:
            copy = self.items.copy_question(question_id)
        except (GoedWerkError, OSError) as exc:
            self.status.setText(self.tr("Kopiëren niet gelukt: {error}").format(error=exc))
            return None
        self._opened(copy, self.tr("Eigen kopie gemaakt."))
        return self.current

    def delete_current(self) -> bool:
        """Delete the current question after confirmation; it can be undone."""
        if self.current is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Vraag verwijderen"),
            self.tr("‘{text}’ verwijderen uit je eigen vragen?").format(text=self.current.text),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.autosave.drop()
        self._deleted = self.items.delete_question(self.current.id)
        self.side.show_undo(self.tr("‘{text}’ is verwijderd.").format(text=self.current.text))
        self.current = None
        self.library_changed.emit()
        self.reload()
        return True

    def undo_delete(self) -> None:
        """Put the question deleted last back in its place."""
        if self._deleted is None:
            return
        index, question = self._deleted
        self.items.restore_question(index, question)
        self._deleted = None
        self.side.hide_undo()
        self.library_changed.emit()
        self.reload(select=question.id)
