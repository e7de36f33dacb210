"""Own guides in Mijn verhalen: title and kind in a form, the text in Markdown with a live preview.

Every edit is saved a moment later into the own library (``ws.own_items``); what the library
check says about the guide is listed under the editor. Deleting asks first and can be undone.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.model import GUIDE_KINDS, Guide
from goedwerk.core.workspace import Workspace, guide_kind_label
from goedwerk.ui.authoring.autosave import Autosave
from goedwerk.ui.authoring.markdown_editor import MarkdownEditor
from goedwerk.ui.authoring.own_item_list import OwnItemList


class OwnGuidesPanel(QWidget):
    """Write and edit own guides; emits ``library_changed`` after every save or deletion."""

    library_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("own_guides_panel")
        self.workspace, self.items = workspace, workspace.own_items
        self.current: Guide | None = None
        self._deleted: tuple[str, str] | None = None
        self.autosave = Autosave(self._save, self)
        self._build()
        self.retranslate()
        self.reload()

    def _build(self) -> None:
        self.side = OwnItemList("guide", self)
        self.side.chosen.connect(self._choose)
        self.side.new_requested.connect(lambda: self.new_guide())
        self.side.copy_requested.connect(self.copy_guide)
        self.side.delete_requested.connect(lambda: self.delete_current())
        self.side.undo_requested.connect(lambda: self.undo_delete())
        self.title = QLineEdit(self)
        self.title.setObjectName("guide_title")
        self.category = QComboBox(self)
        self.category.setObjectName("guide_kind")
        for kind in GUIDE_KINDS:
            self.category.addItem(guide_kind_label(kind), kind)
        self.editor = MarkdownEditor(self, parts=("body",), prefix="guide", marks=False)
        self.title.textChanged.connect(lambda _t: self._edited())
        self.category.currentIndexChanged.connect(lambda _i: self._edited())
        self.editor.changed.connect(self._edited)
        self.problems, self.status = QLabel(self), QLabel(self)
        self.problems.setObjectName("own_guide_problems")
        self.status.setObjectName("own_guide_status")
        for label in (self.problems, self.status):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        self.title_label, self.kind_label = QLabel(self), QLabel(self)
        self.title_label.setBuddy(self.title)
        self.kind_label.setBuddy(self.category)
        form.addRow(self.title_label, self.title)
        form.addRow(self.kind_label, self.category)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form)
        right_layout.addWidget(self.editor, 1)
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
        self.title_label.setText(self.tr("Titel"))
        self.kind_label.setText(self.tr("Soort"))
        self.side.list.setAccessibleName(self.tr("Eigen handreikingen"))
        for index, kind in enumerate(GUIDE_KINDS):
            self.category.setItemText(index, guide_kind_label(kind))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self, select: str | None = None) -> None:
        """Show the own guides, choosing ``select`` (or the current one)."""
        wanted = select or (self.current.id if self.current else None)
        library = self.workspace.library
        others = [(g.id, g.title) for g in library.guides if not library.is_own(g.kind, g.id)]
        self.side.set_originals(sorted(others, key=lambda row: row[1].casefold()))
        self.side.set_items(((g.id, g.title) for g in self.items.guides()), wanted)

    def _choose(self, guide_id: str) -> None:
        self.autosave.save_now()
        guide = self.workspace.library.get("guide", guide_id) if guide_id else None
        self.current = guide if isinstance(guide, Guide) else None
        for widget in (self.form, self.editor):
            widget.setEnabled(self.current is not None)
        self.side.buttons["delete"].setEnabled(self.current is not None)
        if self.current is None:
            self.problems.hide()
            return
        for widget in (self.title, self.category):
            widget.blockSignals(True)
        self.title.setText(self.current.title)
        self.category.setCurrentIndex(max(0, self.category.findData(self.current.category)))
        for widget in (self.title, self.category):
            widget.blockSignals(False)
        self.editor.set_texts({"body": self.current.body}, ())
        self._show_problems()

    def edited_guide(self) -> Guide | None:
        """The current guide with what is typed."""
        if self.current is None:
            return None
        title = self.title.text().strip()
        return replace(self.current, title=title, category=self.category.currentData(), **self.editor.texts())

    def _edited(self) -> None:
        if self.current is not None:
            self.status.setText(self.tr("Wijzigingen…"))
            self.autosave.edited()

    def save_now(self) -> None:
        """Save a pending edit at once."""
        self.autosave.save_now()

    def _save(self) -> None:
        guide = self.edited_guide()
        if guide is None:
            return
        try:
            self.items.save_guide(guide)
        except (GoedWerkError, OSError) as exc:
            self.status.setText(self.tr("Niet opgeslagen: {error}").format(error=exc))
            return
        self.current = self.workspace.library.get("guide", guide.id) or guide
        self.side.set_label(guide.title or guide.id)
        self.status.setText(self.tr("Opgeslagen."))
        self._show_problems()
        self.library_changed.emit()

    def _show_problems(self) -> None:
        path = self.current.path if self.current else ""
        lines = [
            self.tr("regel {line}: {message}").format(line=p.line, message=p.message)
            for p in self.workspace.problems
            if path and p.path == path
        ]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _changed_to(self, guide: Guide, status: str) -> None:
        self.library_changed.emit()
        self.reload(select=guide.id)
        self.title.setFocus()
        self.title.selectAll()
        self.status.setText(status)

    def new_guide(self) -> Guide | None:
        """Write a new own guide from the template and open it."""
        self.autosave.save_now()
        try:
            guide = self.items.new_guide(self.tr("Nieuwe handreiking"))
        except (GoedWerkError, OSError) as exc:
            self.status.setText(self.tr("Niet gelukt: {error}").format(error=exc))
            return None
        self._changed_to(guide, "")
        return self.current

    def copy_guide(self, guide_id: str) -> Guide | None:
        """Start an own guide as a copy of the library's ``guide_id`` and open it."""
        self.autosave.save_now()
        try:
            copy = self.items.copy_guide(guide_id)
        except (GoedWerkError, OSError) as exc:
            self.status.setText(self.tr("Kopiëren niet gelukt: {error}").format(error=exc))
            return None
        self._changed_to(copy, self.tr("Eigen kopie gemaakt: {title}").format(title=copy.title))
        return self.current

    def delete_current(self) -> bool:
        """Delete the current guide after confirmation; it can be undone."""
        if self.current is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Handreiking verwijderen"),
            self.tr("‘{title}’ verwijderen uit je eigen handreikingen?").format(title=self.current.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.autosave.drop()
        title, guide_id = self.title.text(), self.current.id
        self._deleted = (guide_id, self.items.delete_guide(guide_id))
        self.current = None
        self.side.show_undo(self.tr("‘{title}’ is verwijderd.").format(title=title))
        self.library_changed.emit()
        self.reload()
        return True

    def undo_delete(self) -> None:
        """Put the guide deleted last back."""
        if self._deleted is None:
            return
        guide_id, text = self._deleted
        self.items.restore_guide(guide_id, text)
        self._deleted = None
        self.side.hide_undo()
        self.library_changed.emit()
        self.reload(select=guide_id)
