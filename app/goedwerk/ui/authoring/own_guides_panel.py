"""Own guides in Mijn verhalen: title and kind in a form, the text in Markdown with a live preview.

Every edit is saved a moment later into the own library (``ws.own_items``); what the library
check says about the guide is listed under the editor. Deleting asks first and can be undone.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from goedwerk.core.model import GUIDE_KINDS, Guide
from goedwerk.core.workspace import guide_kind_label
from goedwerk.ui.authoring.markdown_editor import MarkdownEditor
from goedwerk.ui.authoring.own_item_panel import OwnItemPanel


class OwnGuidesPanel(OwnItemPanel):
    """Write and edit own guides; emits ``library_changed`` after every save or deletion."""

    kind = "guide"

    def _build(self) -> None:
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
        self.form = QWidget(self)
        fields = QFormLayout()
        self.title_label, self.kind_label = QLabel(self), QLabel(self)
        self.title_label.setBuddy(self.title)
        self.kind_label.setBuddy(self.category)
        fields.addRow(self.title_label, self.title)
        fields.addRow(self.kind_label, self.category)
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addWidget(self.editor, 1)
        self._place(self.form)

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

    def _originals(self) -> list[tuple[str, str]]:
        library = self.workspace.library
        others = [(g.id, g.title) for g in library.guides if not library.is_own(g.kind, g.id)]
        return sorted(others, key=lambda row: row[1].casefold())

    def _owned(self) -> list[tuple[str, str]]:
        return [(g.id, g.title) for g in self.items.guides()]

    def _load(self, guide: Guide | None) -> None:
        self.form.setEnabled(guide is not None)
        if guide is None:
            return
        for widget in (self.title, self.category):
            widget.blockSignals(True)
        self.title.setText(guide.title)
        self.category.setCurrentIndex(max(0, self.category.findData(guide.category)))
        for widget in (self.title, self.category):
            widget.blockSignals(False)
        self.editor.set_texts({"body": guide.body}, ())

    def edited(self) -> Guide | None:
        """The current guide with what is typed."""
        if self.current is None:
            return None
        title = self.title.text().strip()
        return replace(self.current, title=title, category=self.category.currentData(), **self.editor.texts())

    def _problem_path(self) -> str:
        return self.current.path if self.current else ""

    def _focus(self) -> None:
        self.title.setFocus()
        self.title.selectAll()

    def _delete_question(self, guide: Guide) -> tuple[str, str, str]:
        return (
            self.tr("Handreiking verwijderen"),
            self.tr("‘{title}’ verwijderen uit je eigen handreikingen?").format(title=guide.title),
            self.tr("‘{title}’ is verwijderd.").format(title=self.title.text()),
        )

    def _store(self, guide: Guide) -> None:
        self.items.save_guide(guide)

    def _new(self) -> Guide:
        return self.items.new_guide(self.tr("Nieuwe handreiking"))

    def _copy(self, guide_id: str) -> Guide:
        return self.items.copy_guide(guide_id)

    def _delete(self, guide_id: str) -> tuple[str, str]:
        return guide_id, self.items.delete_guide(guide_id)

    def _restore(self, token: tuple[str, str]) -> str:
        self.items.restore_guide(*token)
        return token[0]
