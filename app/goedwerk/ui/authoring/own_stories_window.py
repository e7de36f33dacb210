"""Mijn verhalen: the own stories in a list, each edited in a form and a Markdown editor.

Every edit is saved a moment later (autosave) as an ordinary library file in the own library;
the library and its index follow at once, and ``library_changed`` tells the main window.
Problems the library check finds in the story are listed under the editor as you go.
Deleting asks first and can be undone.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.model import Story
from goedwerk.core.workspace import Workspace
from goedwerk.ui.authoring.markdown_editor import MarkdownEditor
from goedwerk.ui.authoring.story_form import StoryForm

AUTOSAVE_MS = 800


class OwnStoriesWindow(QWidget):
    """Write and edit own stories; emits ``library_changed`` after every save or deletion."""

    library_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("own_stories_window")
        self.workspace = workspace
        self.current: Story | None = None
        self._deleted: tuple[str, str] | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._build_list()
        self._build_editor()
        self._build_layout()
        self.retranslate()
        self.resize(1200, 800)
        self.reload()

    def _build_list(self) -> None:
        self.story_list = QListWidget(self)
        self.story_list.setObjectName("own_story_list")
        self.story_list.currentItemChanged.connect(lambda item, _old: self._select(item))
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("own_story_new")
        self.new_button.clicked.connect(lambda: self.new_story())
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("own_story_delete")
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.undo_label = QLabel(self)
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("own_story_undo")
        self.undo_button.clicked.connect(lambda: self.undo_delete())
        self.undo_label.hide()
        self.undo_button.hide()

    def _build_editor(self) -> None:
        self.form = StoryForm(self)
        self.form.changed.connect(self._changed)
        self.editor = MarkdownEditor(self)
        self.editor.changed.connect(self._changed)
        self.problems = QLabel(self)
        self.problems.setObjectName("own_story_problems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("own_story_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.story_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.undo_label)
        left_layout.addWidget(self.undo_button)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(scroll)
        right.addWidget(self.editor)
        right.setSizes([360, 440])
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([280, 920])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.setWindowTitle(self.tr("Mijn verhalen"))
        self.new_button.setText(self.tr("&Nieuw verhaal"))
        self.delete_button.setText(self.tr("&Verwijderen…"))
        self.undo_button.setText(self.tr("&Ongedaan maken"))
        self.story_list.setAccessibleName(self.tr("Eigen verhalen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list ----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Fill the list with the own stories and select ``select`` (or the current one)."""
        wanted = select or (self.current.id if self.current else None)
        self.story_list.blockSignals(True)
        self.story_list.clear()
        for story in self.workspace.own.all():
            item = QListWidgetItem(story.title or story.id, self.story_list)
            item.setData(Qt.ItemDataRole.UserRole, story.id)
        self.story_list.blockSignals(False)
        rows = [
            self.story_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.story_list.count())
        ]
        self.story_list.setCurrentRow(rows.index(wanted) if wanted in rows else (0 if rows else -1))
        if not rows:
            self._show(None)

    def _select(self, item: QListWidgetItem | None) -> None:
        self.save_now()
        story = None
        if item is not None:
            story = self.workspace.library.get("story", item.data(Qt.ItemDataRole.UserRole))
        self._show(story if isinstance(story, Story) else None)

    def _show(self, story: Story | None) -> None:
        self.current = story
        self.form.setEnabled(story is not None)
        self.editor.setEnabled(story is not None)
        self.delete_button.setEnabled(story is not None)
        if story is None:
            self.problems.clear()
            return
        self.form.set_story(story, self.workspace.library)
        texts = {"body": story.body, "notes": story.notes, "short_text": story.short_text}
        self.editor.set_texts(texts, story.invented_names)
        self._show_problems()

    def open_story(self, story_id: str) -> None:
        """Show the own story ``story_id``."""
        self.reload(select=story_id)
        self.show()
        self.raise_()

    # -- editing -----------------------------------------------------------------------------

    def new_story(self) -> Story | None:
        """Write a new own story from the template and open it."""
        self.save_now()
        try:
            path = self.workspace.own.new(self.tr("Nieuw verhaal"))
        except (GoedWerkError, OSError) as exc:
            self.status.setText(self.tr("Niet gelukt: {error}").format(error=exc))
            return None
        self.library_changed.emit()
        self.reload(select=path.stem)
        self.form.title.setFocus()
        self.form.title.selectAll()
        return self.current

    def edited_story(self) -> Story | None:
        """The current story with everything typed in the form and the editor."""
        if self.current is None:
            return None
        story = self.form.apply(self.current)
        return replace(story, **self.editor.texts())

    def _changed(self) -> None:
        if self.current is not None:
            self.editor.set_allowed_names(self.form.apply(self.current).invented_names)
            self.status.setText(self.tr("Wijzigingen…"))
            self._dirty = True
            self._timer.start()

    @property
    def pending(self) -> bool:
        """True while an edit waits for its autosave."""
        return self._dirty

    def save_now(self) -> None:
        """Save a pending edit at once."""
        if not self._dirty or self.current is None:
            return
        self._timer.stop()
        self._dirty = False
        story = self.edited_story()
        try:
            self.workspace.own.save(story)
        except (GoedWerkError, OSError) as exc:
            self.status.setText(self.tr("Niet opgeslagen: {error}").format(error=exc))
            return
        self.current = story
        item = self.story_list.currentItem()
        if item is not None:
            item.setText(story.title or story.id)
        self.status.setText(self.tr("Opgeslagen."))
        self._show_problems()
        self.library_changed.emit()

    def _show_problems(self) -> None:
        if self.current is None:
            return
        tail = f"practice/{self.current.id}.md"
        problems = [p for p in self.workspace.problems if p.path.endswith(tail) and "own-library" in p.path]
        lines = [self.tr("regel {line}: {message}").format(line=p.line, message=p.message) for p in problems]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    # -- deleting ----------------------------------------------------------------------------

    def delete_current(self) -> bool:
        """Delete the current story after confirmation; it can be undone."""
        if self.current is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Verhaal verwijderen"),
            self.tr("‘{title}’ verwijderen uit je eigen verhalen?").format(title=self.current.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._timer.stop()
        self._dirty = False
        story_id = self.current.id
        self._deleted = (story_id, self.workspace.own.delete(story_id))
        self.current = None
        self.undo_label.setText(self.tr("‘{title}’ is verwijderd.").format(title=self.form.title.text()))
        self.undo_label.show()
        self.undo_button.show()
        self.library_changed.emit()
        self.reload()
        return True

    def undo_delete(self) -> None:
        """Put the story deleted last back."""
        if self._deleted is None:
            return
        story_id, text = self._deleted
        self.workspace.own.restore(story_id, text)
        self._deleted = None
        self.undo_label.hide()
        self.undo_button.hide()
        self.library_changed.emit()
        self.reload(select=story_id)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        super().closeEvent(event)
