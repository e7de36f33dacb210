"""Mijn verhalen: the own stories in a list, each edited in a form and a Markdown editor.

Every edit is saved a moment later (autosave) as an ordinary library file in the own library;
the library and its index follow at once, and ``library_changed`` tells the main window.
Problems the library check finds in the story are listed under the editor as you go.
Deleting asks first and can be undone. The list holds the own stories and those in folders
that take own items (``Workspace.editable``); a new story goes where *Opslaan in* says, and a
folder that cannot be written says why. A story from elsewhere opens read-only, with
*Kopiëren naar mijn verhalen* instead of editing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.model import BUNDLED, OWN, Story
from goedwerk.core.workspace import Workspace, can_write
from goedwerk.ui.authoring.autosave import Autosave
from goedwerk.ui.authoring.markdown_editor import MarkdownEditor
from goedwerk.ui.authoring.own_guides_panel import OwnGuidesPanel
from goedwerk.ui.authoring.own_questions_panel import OwnQuestionsPanel
from goedwerk.ui.authoring.story_form import StoryForm


class OwnStoriesWindow(QWidget):
    """Write and edit own stories; emits ``library_changed`` after every save or deletion."""

    library_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("own_stories_window")
        self.workspace = workspace
        self.current: Story | None = None
        self.read_only = False  # the story shown may not be changed where it is
        self._deleted: tuple[str, str] | None = None
        self.autosave = Autosave(self._save, self)
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
        self.target = QComboBox(self)
        self.target.setObjectName("own_story_target")
        self.target_label = QLabel(self)
        self.target_label.setBuddy(self.target)

    def _build_editor(self) -> None:
        self.questions = OwnQuestionsPanel(self.workspace, self)
        self.guides = OwnGuidesPanel(self.workspace, self)
        for panel in (self.questions, self.guides):
            panel.library_changed.connect(self.library_changed)
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
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("own_story_read_only")
        self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_label.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("own_story_copy")
        self.copy_button.clicked.connect(lambda: self.copy_current())
        self.read_only_label.hide()
        self.copy_button.hide()

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.story_list, 1)
        left_layout.addWidget(self.target_label)
        left_layout.addWidget(self.target)
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
        banner = QHBoxLayout()
        banner.addWidget(self.read_only_label, 1)
        banner.addWidget(self.copy_button)
        right_side = QWidget(self)
        right_layout = QVBoxLayout(right_side)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(banner)
        right_layout.addWidget(right, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right_side)
        splitter.setSizes([280, 920])
        stories = QWidget(self)
        stories_layout = QVBoxLayout(stories)
        stories_layout.addWidget(splitter, 1)
        stories_layout.addWidget(self.problems)
        stories_layout.addWidget(self.status)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("own_items_tabs")
        self.tabs.addTab(stories, "")
        self.tabs.addTab(self.questions, "")
        self.tabs.addTab(self.guides, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def retranslate(self) -> None:
        """Set texts in the current language."""
        self.setWindowTitle(self.tr("Mijn verhalen"))
        for index, title in enumerate((self.tr("&Verhalen"), self.tr("V&ragen"), self.tr("&Handreikingen"))):
            self.tabs.setTabText(index, title)
        self.new_button.setText(self.tr("&Nieuw verhaal"))
        self.delete_button.setText(self.tr("&Verwijderen…"))
        self.undo_button.setText(self.tr("&Ongedaan maken"))
        self.story_list.setAccessibleName(self.tr("Eigen verhalen"))
        self.target_label.setText(self.tr("Nieuw verhaal opslaan &in:"))
        self.copy_button.setText(self.tr("&Kopiëren naar mijn verhalen"))
        self._fill_targets()

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
        for story in self.workspace.own.editable_stories():
            item = QListWidgetItem(self._list_text(story), self.story_list)
            item.setData(Qt.ItemDataRole.UserRole, story.id)
        self.story_list.blockSignals(False)
        rows = [
            self.story_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.story_list.count())
        ]
        self.story_list.setCurrentRow(rows.index(wanted) if wanted in rows else (0 if rows else -1))
        if not rows:
            self._show(None)
        self._fill_targets()

    def _list_text(self, story: Story) -> str:
        """The title, with the folder's name for a story that lives in a shared folder."""
        title = story.title or story.id
        origin = self.workspace.library.origin(story.kind, story.id)
        return title if origin == OWN else f"{title} ({Path(origin).name})"

    def _fill_targets(self) -> None:
        """Where a new story can go: the own library, then each added folder (read-only ones say so)."""
        current = self.target.currentData()
        self.target.clear()
        self.target.addItem(self.tr("Mijn eigen bibliotheek"), "")
        for source in self.workspace.sources():
            if source.is_folder and source.enabled:
                text = str(source.path) if can_write(source) else self.tr("{path} (alleen lezen)")
                self.target.addItem(text.format(path=source.path), str(source.path))
        self.target.setCurrentIndex(max(0, self.target.findData(current)) if current else 0)

    def _select(self, item: QListWidgetItem | None) -> None:
        self.save_now()
        story = None
        if item is not None:
            story = self.workspace.library.get("story", item.data(Qt.ItemDataRole.UserRole))
        self._show(story if isinstance(story, Story) else None)

    def _show(self, story: Story | None) -> None:
        self.current = story
        self.read_only = story is not None and not self.workspace.own.editable(story.kind, story.id)
        editable = story is not None and not self.read_only
        self.form.setEnabled(editable)
        self.editor.setEnabled(story is not None)
        for edit in self.editor.edits.values():
            edit.setReadOnly(not editable)
        self.delete_button.setEnabled(editable and self.workspace.library.is_own(story.kind, story.id))
        self.read_only_label.setVisible(self.read_only)
        self.copy_button.setVisible(self.read_only)
        if self.read_only:
            origin = self.workspace.library.origin(story.kind, story.id)
            where = self.tr("de meegeleverde bibliotheek") if origin == BUNDLED else origin
            text = self.tr("Alleen lezen: dit verhaal staat in {where}. Bewerk een eigen kopie.")
            self.read_only_label.setText(text.format(where=where))
        if story is None:
            self.problems.clear()
            return
        self.form.set_story(story, self.workspace.library)
        texts = {"body": story.body, "notes": story.notes, "short_text": story.short_text}
        self.editor.set_texts(texts, story.invented_names)
        self._show_problems()

    def open_story(self, story_id: str) -> None:
        """Show the story ``story_id``: to edit when it may be changed, else read-only."""
        self.reload(select=story_id)
        if self.current is None or self.current.id != story_id:
            story = self.workspace.library.get("story", story_id)
            if isinstance(story, Story):
                self.save_now()
                self.story_list.blockSignals(True)
                self.story_list.setCurrentRow(-1)
                self.story_list.blockSignals(False)
                self._show(story)
        self.show()
        self.raise_()

    def copy_current(self) -> Story | None:
        """Start an own story as a copy of the (read-only) story shown, and open it."""
        if self.current is None:
            return None
        try:
            copy = self.workspace.own.copy(self.current.id)
        except (GoedWerkError, OSError) as exc:
            self.status.setText(self.tr("Kopiëren niet gelukt: {error}").format(error=exc))
            return None
        self.library_changed.emit()
        self.reload(select=copy.id)
        self.status.setText(self.tr("Eigen kopie gemaakt: {title}").format(title=copy.title))
        return self.current

    # -- editing -----------------------------------------------------------------------------

    def new_story(self) -> Story | None:
        """Write a new own story from the template and open it."""
        self.save_now()
        folder = self.target.currentData()
        try:
            path = self.workspace.own.new(self.tr("Nieuw verhaal"), Path(folder) if folder else None)
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
        if self.current is not None and not self.read_only:
            self.editor.set_allowed_names(self.form.apply(self.current).invented_names)
            self.status.setText(self.tr("Wijzigingen…"))
            self.autosave.edited()

    @property
    def pending(self) -> bool:
        """True while an edit waits for its autosave."""
        return self.autosave.pending

    def save_now(self) -> None:
        """Save a pending edit at once."""
        self.autosave.save_now()

    def _save(self) -> None:
        story = self.edited_story()
        if story is None:
            return
        try:
            self.workspace.own.save(story)
        except (GoedWerkError, OSError) as exc:
            self.status.setText(self.tr("Niet opgeslagen: {error}").format(error=exc))
            return
        self.current = story
        item = self.story_list.currentItem()
        if item is not None:
            item.setText(self._list_text(story))
        self.status.setText(self.tr("Opgeslagen."))
        self._show_problems()
        self.library_changed.emit()

    def _show_problems(self) -> None:
        if self.current is None:
            return
        where = self.current.path
        problems = [p for p in self.workspace.problems if p.path == where]
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
        self.autosave.drop()
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

    def save_all(self) -> None:
        """Save whatever waits in any tab."""
        self.save_now()
        self.questions.save_now()
        self.guides.save_now()

    def show_item(self, kind: str, item_id: str) -> None:
        """Show the tab of ``kind`` with the own item ``item_id`` chosen."""
        panels = {"question": self.questions, "guide": self.guides}
        if kind in panels:
            panels[kind].reload(select=item_id)
            self.tabs.setCurrentWidget(panels[kind])
        else:
            self.tabs.setCurrentIndex(0)
            self.open_story(item_id)
        self.show()
        self.raise_()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_all()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_all()
        super().closeEvent(event)
