"""Write down a reflection: the four prompts, tags for themes and values, and agreed actions.

Everything is saved as the user types: the first change starts a short timer and the save
follows at most ``AUTOSAVE_MS`` later, also while typing goes on. A save first puts the
reflection in the journal beside the catalog (``ReflectionStore.keep``: a small file, fast)
and then writes the catalog on the editor's own worker thread, so a busy catalog (another
process holding its write lock) never freezes typing and a crash loses well under the last
two seconds; the journal is replayed at the next start. Possible personal data is underlined as you type and
can be replaced by a neutral word with one click; the check warns, it never blocks saving.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.model import Pack
from goedwerk.core.workspace import PROMPT_FIELDS, Finding, Labels, Reflection, ReflectionStore, scan
from goedwerk.ui.common.colours import colour
from goedwerk.ui.common.workers import BackgroundRunner
from goedwerk.ui.reflections.personal_data_highlighter import PersonalDataHighlighter
from goedwerk.ui.reflections.tag_field import TagField

logger = logging.getLogger(__name__)

AUTOSAVE_MS = 500


class ReflectionEditor(QWidget):
    """Edit the reflection on one session or block. Emits ``reflection_saved(reflection)``."""

    reflection_saved = Signal(object)

    def __init__(
        self,
        store: ReflectionStore,
        labels: Labels,
        allowed_names: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reflection_editor")
        self.store = store
        self.labels = labels
        self.allowed_names = tuple(allowed_names)
        self.base = Reflection()
        self._loading = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._saver = BackgroundRunner(self)  # one thread: catalog writes in the order typed
        self._writing = 0
        self._failed: dict[str, Reflection] = {}  # kept reflections whose catalog write failed
        self._build_fields()
        self._build_findings()
        self._build_layout()
        self.retranslate()
        self.set_reflection(Reflection())

    # -- building ------------------------------------------------------------------------------

    def _text_edit(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        edit.textChanged.connect(self._changed)
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        edit.customContextMenuRequested.connect(lambda pos, e=edit: self._context_menu(e, pos))
        PersonalDataHighlighter(edit.document(), self.allowed_names)
        return edit

    def _build_fields(self) -> None:
        self.prompts = {name: self._text_edit(f"prompt_{name}") for name in PROMPT_FIELDS}
        self.prompt_labels = {name: QLabel(self) for name in PROMPT_FIELDS}
        for name, label in self.prompt_labels.items():
            label.setBuddy(self.prompts[name])
            label.setStyleSheet("font-weight: 600")
        self.themes = TagField(self.labels.themes, self)
        self.themes.setObjectName("reflection_themes")
        self.values = TagField(self.labels.values, self)
        self.values.setObjectName("reflection_values")
        for field in (self.themes, self.values):
            field.tags_edited.connect(self._changed)
        self.actions_edit = self._text_edit("reflection_actions")
        self.themes_label, self.values_label, self.actions_label = QLabel(self), QLabel(self), QLabel(self)
        for label, buddy in (
            (self.themes_label, self.themes),
            (self.values_label, self.values),
            (self.actions_label, self.actions_edit),
        ):
            label.setBuddy(buddy)
            label.setStyleSheet("font-weight: 600")
        self.status = QLabel(self)
        self.status.setObjectName("reflection_status")

    def _build_findings(self) -> None:
        self.findings_bar = QWidget(self)
        self.findings_bar.setObjectName("personal_data_warning")
        background = colour("notice").name()
        self.findings_bar.setStyleSheet(
            f"#personal_data_warning {{ background: {background}; border-radius: 4px; }}"
        )
        self.findings_label = QLabel(self.findings_bar)
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.findings_label.setWordWrap(True)
        self.replace_button = QPushButton(self.findings_bar)
        self.replace_button.setObjectName("replace_finding")
        self.replace_button.clicked.connect(self.replace_first_finding)
        row = QHBoxLayout(self.findings_bar)
        row.addWidget(self.findings_label, 1)
        row.addWidget(self.replace_button)
        self.findings_bar.hide()

    def _build_layout(self) -> None:
        grid = QGridLayout()
        for number, name in enumerate(PROMPT_FIELDS):
            row, column = divmod(number, 2)
            grid.addWidget(self.prompt_labels[name], row * 2, column)
            grid.addWidget(self.prompts[name], row * 2 + 1, column)
        grid.addWidget(self.themes_label, 4, 0)
        grid.addWidget(self.values_label, 4, 1)
        grid.addWidget(self.themes, 5, 0)
        grid.addWidget(self.values, 5, 1)
        grid.addWidget(self.actions_label, 6, 0, 1, 2)
        grid.addWidget(self.actions_edit, 7, 0, 1, 2)
        for row in (1, 3):
            grid.setRowStretch(row, 2)
        grid.setRowStretch(7, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid, 1)
        layout.addWidget(self.findings_bar)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        titles = {
            "happened": self.tr("Wat gebeurde er?"),
            "impact": self.tr("Wat deed het met je?"),
            "insight": self.tr("Welk inzicht neem je mee?"),
            "plan": self.tr("Wat gaan we doen?"),
        }
        for name, title in titles.items():
            self.prompt_labels[name].setText(title)
            self.prompts[name].setAccessibleName(title)
        self.themes_label.setText(self.tr("Thema’s die aan bod kwamen"))
        self.themes.setAccessibleName(self.tr("Thema’s"))
        self.themes.setPlaceholderText(self.tr("bijvoorbeeld: Integriteit, Sociale veiligheid"))
        self.values_label.setText(self.tr("Waarden die aan bod kwamen"))
        self.values.setAccessibleName(self.tr("Waarden"))
        self.values.setPlaceholderText(self.tr("bijvoorbeeld: Moed, Zorgvuldigheid"))
        self.actions_label.setText(self.tr("Afspraken (één per regel)"))
        self.actions_edit.setAccessibleName(self.tr("Afspraken"))
        self.replace_button.setAccessibleName(self.tr("Vervang door een neutraal woord"))
        self._update_findings()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- the reflection ------------------------------------------------------------------------

    def set_target(self, pack: Pack | None, block_index: int | None) -> Reflection:
        """Save what is pending, then edit the reflection on ``pack`` (a block, or the session)."""
        self.save_now()
        pack_id = pack.id if pack else None
        found = self.store.journal.find(pack_id, block_index) or self.store.find(pack_id, block_index)
        block_title = ""
        if pack is not None and block_index is not None and block_index < len(pack.blocks):
            block_title = pack.blocks[block_index].title
        if found is None:
            found = Reflection(
                pack_id=pack_id,
                pack_title=pack.title if pack else "",
                block_index=block_index,
                block_title=block_title,
                date=(pack.date or "") if pack else "",
            )
        elif pack is not None:  # keep the titles in step with a renamed pack or block
            found = replace(found, pack_title=pack.title, block_title=block_title or found.block_title)
        self.set_reflection(found)
        return found

    def set_reflection(self, reflection: Reflection) -> None:
        """Show ``reflection`` for editing (saves what is pending first)."""
        if self._dirty:
            self.save_now()
        self._loading = True
        self.base = reflection
        for name, edit in self.prompts.items():
            edit.setPlainText(getattr(reflection, name))
        self.themes.set_tags(reflection.themes)
        self.values.set_tags(reflection.values)
        self.actions_edit.setPlainText("\n".join(reflection.actions))
        self._loading = False
        self._dirty = False
        self._update_findings()
        self._show_status()

    def current(self) -> Reflection:
        """The reflection as it stands in the fields."""
        lines = [line.strip() for line in self.actions_edit.toPlainText().splitlines()]
        texts = {name: edit.toPlainText() for name, edit in self.prompts.items()}
        return replace(
            self.base,
            **texts,
            themes=self.themes.tags(),
            values=self.values.tags(),
            actions=tuple(line for line in lines if line),
        )

    @property
    def pending(self) -> bool:
        """True while a change waits for its autosave or its catalog write."""
        return self._dirty or self._writing > 0 or bool(self._failed)

    def wait_saved(self, msecs: int = 10_000) -> bool:
        """Block until the catalog writes already started are done (for closing the window)."""
        return self._saver.wait(msecs)

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        if not self._timer.isActive():  # a throttle, not a debounce: typing on cannot postpone it
            self._timer.start()
        self._update_findings()
        self.status.setText(self.tr("Wordt bewaard…"))

    def save_now(self) -> Reflection | None:
        """Keep pending changes in the journal now and write them to the catalog off this thread.

        Returns the reflection as kept (None when nothing was pending); ``reflection_saved``
        follows once the catalog has it.
        """
        self._timer.stop()
        for kept in self._failed.values():  # retry what a busy catalog refused before
            self._write(kept)
        self._failed = {}
        if not self._dirty:
            return None
        reflection = self.current()
        if not self.base.created and reflection.is_empty:
            self._dirty = False
            self._show_status()
            return None
        kept = self.store.stamped(reflection)
        try:
            self.store.journal.put(kept)
        except GoedWerkError as exc:  # still in memory and on its way to the catalog
            logger.error("reflection not journalled: %s", exc)
        self.base = kept
        self._dirty = False
        self._write(kept)
        return kept

    def _write(self, kept: Reflection) -> None:
        self._writing += 1
        self._saver.run(
            lambda _p: self.store.save_kept(kept),
            self._written,
            lambda exc: self._write_failed(kept, exc),
        )

    def _written(self, saved: Reflection) -> None:
        self._writing -= 1
        self._show_status()
        self.reflection_saved.emit(saved)

    def _write_failed(self, kept: Reflection, exc: Exception) -> None:
        self._writing -= 1
        if not isinstance(exc, GoedWerkError | sqlite3.Error):
            raise exc
        logger.error("reflection not saved, retrying: %s", exc)
        self._failed[kept.id] = kept
        self.status.setText(self.tr("Opslaan lukte niet; Goed Werk probeert het zo opnieuw."))
        if not self._timer.isActive():
            self._timer.start(2 * AUTOSAVE_MS)

    def _show_status(self) -> None:
        if self._failed:
            self.status.setText(self.tr("Opslaan lukte niet; Goed Werk probeert het zo opnieuw."))
        elif self._dirty or self._writing:
            self.status.setText(self.tr("Wordt bewaard…"))
        elif self.base.modified:
            when = time.strftime("%H:%M:%S", time.localtime(self.base.modified))
            self.status.setText(self.tr("Automatisch bewaard om {time}").format(time=when))
        else:
            self.status.setText(self.tr("Wat je typt, wordt vanzelf bewaard."))

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    # -- personal data -------------------------------------------------------------------------

    def _edits(self) -> list[QPlainTextEdit]:
        return [*self.prompts.values(), self.actions_edit]

    def scan(self, text: str) -> list[Finding]:
        """Possible personal data in ``text``; a first name and surname count as one name."""
        return scan(text, self.allowed_names)

    def findings(self) -> list[tuple[QPlainTextEdit, Finding]]:
        """Possible personal data in every text field, field by field."""
        return [(e, f) for e in self._edits() for f in self.scan(e.toPlainText())]

    def _update_findings(self) -> None:
        found = self.findings()
        self.findings_bar.setVisible(bool(found))
        if not found:
            return
        edit, first = found[0]
        text = self.tr("Mogelijk persoonsgegeven in ‘{field}’: {what}.").format(
            field=edit.accessibleName(), what=first.message().split(": ", 1)[-1]
        )
        if len(found) > 1:
            text += " " + self.tr("En nog {n} andere.").format(n=len(found) - 1)
        text += " " + self.tr("Het wordt wel bewaard; vervang het als het iemand herkenbaar maakt.")
        self.findings_label.setText(text)
        self.replace_button.setText(self.tr("Vervang door ‘{word}’").format(word=first.replacement()))

    def replace_first_finding(self) -> bool:
        """Replace the first possible personal data by its neutral word."""
        found = self.findings()
        if not found:
            return False
        self.replace_finding(*found[0])
        return True

    def replace_finding(self, edit: QPlainTextEdit, finding: Finding) -> None:
        """Put the neutral word of ``finding`` in its place in ``edit``."""
        cursor = QTextCursor(edit.document())
        cursor.setPosition(finding.start)
        cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(finding.replacement())

    def _context_menu(self, edit: QPlainTextEdit, pos: QPoint) -> None:
        menu = edit.createStandardContextMenu(pos)
        at = edit.cursorForPosition(pos).position()
        hit = next((f for f in self.scan(edit.toPlainText()) if f.start <= at <= f.end), None)
        if hit is not None:
            label = self.tr("Vervang ‘{text}’ door ‘{word}’").format(text=hit.text, word=hit.replacement())
            action = menu.addAction(label)
            action.triggered.connect(lambda: self.replace_finding(edit, hit))
            menu.insertAction(menu.actions()[0], action)
            menu.insertSeparator(menu.actions()[1])
        menu.exec(edit.mapToGlobal(pos))
        menu.deleteLater()
