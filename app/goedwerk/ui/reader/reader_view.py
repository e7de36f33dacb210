"""Reads one item at a time: rendered story, its labels and links, with back/forward history.

A story is shown in full by default; a toggle shows its short version, another the facilitator
notes in a panel of their own. Each link is a focusable link control of its own (``LinkLayer``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from goedwerk.core.model import Library, SearchHit, Story
from goedwerk.core.workspace import Use, escape, item_html, parse_link
from goedwerk.ui.common.colours import is_palette_change
from goedwerk.ui.common.resources import muted_color
from goedwerk.ui.reader.history import History
from goedwerk.ui.reader.link_layer import LinkLayer
from goedwerk.ui.reader.note_editor import NoteEditor, SaveFn
from goedwerk.ui.reader.used_in_label import UsedInLabel

logger = logging.getLogger(__name__)

RelatedFn = Callable[[str], list[SearchHit]]
UsesFn = Callable[[str], list[Use]]
Ref = tuple[str, str]


class ReaderView(QWidget):
    """A text browser for library items. Emits ``item_shown(kind, id)`` and ``history_changed``."""

    item_shown = Signal(str, str)
    history_changed = Signal()
    external_link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.related: RelatedFn = lambda _story_id: []
        self.uses: UsesFn = lambda _ref: []
        self.note_of: Callable[[str], str] = lambda _ref: ""
        self.history: History[Ref] = History()
        self.text_size = 11.0
        self.render_on_show = False
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("reader")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.links = LinkLayer(self.browser, self.link_target)
        self.links.link_activated.connect(lambda href: self._on_link(QUrl(href)))
        self.short_action = self._toggle("reader_short", "Ctrl+Shift+K", checked=False)
        self.notes_action = self._toggle("reader_notes", "Ctrl+Shift+G", checked=True)
        self.short_button = QToolButton(self)
        self.short_button.setDefaultAction(self.short_action)
        self.notes_button = QToolButton(self)
        self.notes_button.setDefaultAction(self.notes_action)
        self.version_bar = QWidget(self)
        bar = QHBoxLayout(self.version_bar)
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.short_button)
        bar.addWidget(self.notes_button)
        bar.addStretch(1)
        self.version_bar.hide()
        self.used_in = UsedInLabel(self)
        self.note_editor = NoteEditor(self)
        self.note_editor.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.version_bar)
        layout.addWidget(self.used_in)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note_editor)
        self.retranslate()

    def _toggle(self, name: str, shortcut: str, checked: bool) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setCheckable(True)
        action.setChecked(checked)
        action.setShortcut(QKeySequence(shortcut))
        action.toggled.connect(lambda _checked: self._rerender())
        self.addAction(action)
        return action

    def _rerender(self) -> None:
        current = self.current()
        if current is not None and self.library is not None:
            self._render(*current)

    def retranslate(self) -> None:
        """Set texts in the current language (and redraw the welcome page)."""
        self.browser.setAccessibleName(self.tr("Lezen"))
        self.note_editor.retranslate()
        self.short_action.setText(self.tr("Korte versie"))
        self.short_action.setToolTip(self.tr("Toon de korte versie van het verhaal (Ctrl+Shift+K)"))
        self.notes_action.setText(self.tr("Voor de gespreksleider"))
        self.notes_action.setToolTip(
            self.tr("Toon of verberg de aanwijzingen voor de gespreksleider (Ctrl+Shift+G)")
        )
        current = self.current()
        if current is None:
            self.show_welcome()
        elif self.library is not None and self.isVisible():
            self._render(*current)  # the core's labels follow the language too
        else:
            self.render_on_show = current is not None  # a closed window asks nothing of its workspace

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.render_on_show:
            self.render_on_show = False
            self._rerender()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_palette_change(event):
            self.retranslate()  # draws the page again in the new colours

    def set_library(self, library: Library, related: RelatedFn) -> None:
        """Read from ``library``; ``related(story_id)`` gives related stories."""
        self.library = library
        self.related = related
        current = self.current()
        if current is not None and library.get(*current) is None:
            self.history.forget(current)
        current = self.current()
        if current is not None:
            self._render(*current)
        else:
            self.show_welcome()

    def set_uses(self, uses: UsesFn) -> None:
        """``uses("kind:id")`` gives the packs that used an item, shown as "Gebruikt in …"."""
        self.uses = uses

    def set_notes(self, note_of: Callable[[str], str], save: SaveFn) -> None:
        """``note_of("kind:id")`` reads the user's note on an item; ``save(ref, text)`` keeps it."""
        self.note_of = note_of
        self.note_editor.save_fn = save

    def current(self) -> Ref | None:
        """The item shown now as ``(kind, id)``, or None."""
        return self.history.current

    def show_item(self, kind: str, item_id: str) -> bool:
        """Open an item (recording it in the history); False when it does not exist."""
        if self.library is None or self.library.get(kind, item_id) is None:
            return False
        self.history.visit((kind, item_id))
        self._render(kind, item_id)
        self.history_changed.emit()
        self.item_shown.emit(kind, item_id)
        return True

    def back(self) -> None:
        """Show the previous item."""
        ref = self.history.back()
        if ref is not None:
            self._render(*ref)
            self.history_changed.emit()
            self.item_shown.emit(*ref)

    def forward(self) -> None:
        """Show the next item after going back."""
        ref = self.history.forward()
        if ref is not None:
            self._render(*ref)
            self.history_changed.emit()
            self.item_shown.emit(*ref)

    def set_text_size(self, points: float) -> None:
        """Change the reading text size and redraw."""
        self.text_size = points
        current = self.current()
        if current is not None:
            self._render(*current)
        else:
            self.show_welcome()

    def plain_text(self) -> str:
        """What the reader shows, as plain text."""
        return self.browser.toPlainText()

    def _render(self, kind: str, item_id: str) -> None:
        assert self.library is not None
        related = self.related(item_id) if kind == "story" else []
        item = self.library.get(kind, item_id)
        is_story = isinstance(item, Story)
        self.version_bar.setVisible(is_story and bool(item.short_text or item.notes))
        if is_story:
            self.short_action.setEnabled(bool(item.short_text))
            self.notes_action.setEnabled(bool(item.notes))
        short = is_story and self.short_action.isChecked()
        notes = self.notes_action.isChecked()
        body = item_html(self.library, kind, item_id, related, short=short, notes=notes) or ""
        self._set_html(body)
        self.used_in.show_uses(self.uses(f"{kind}:{item_id}"))
        self.note_editor.show_note(f"{kind}:{item_id}", self.note_of(f"{kind}:{item_id}"))

    def show_welcome(self) -> None:
        """The page shown before anything is opened: the three B's and the three questions."""
        self.version_bar.hide()
        self.used_in.hide()
        self.note_editor.show_note("", "")
        self.note_editor.hide()
        rows = [
            (self.tr("Bekwaam"), self.tr("vakmanschap: je werk goed doen")),
            (
                self.tr("Betrouwbaar"),
                self.tr("integer en eerlijk, naar burgers en naar de politiek"),
            ),
            (
                self.tr("Betrokken"),
                self.tr("persoonlijk engagement, werken voor het publiek belang"),
            ),
        ]
        questions = [
            self.tr("Wat is een goede ambtenaar?"),
            self.tr("Wanneer doe je het goed?"),
            self.tr("Wanneer is het werk moeilijk en hoe ga je daarmee om?"),
            self.tr("Hoe neem je zelf verantwoordelijkheid?"),
        ]
        html = f"<h1>{escape(self.tr('Goed Werk'))}</h1>"
        intro = self.tr(
            "Verhalen, waardenkaarten en vragen voor gesprekken over goed werk in de publieke sector."
        )
        html += f'<p class="summary">{escape(intro)}</p>'
        html += "<ul>" + "".join(f"<li><b>{escape(b)}</b> — {escape(t)}</li>" for b, t in rows) + "</ul>"
        heading = self.tr("Drie vragen dragen elk gesprek")  # lupdate misses tr() inside f-strings
        html += f"<h2>{escape(heading)}</h2>"
        html += "<ul>" + "".join(f"<li>{escape(q)}</li>" for q in questions) + "</ul>"
        hint = self.tr("Zoek links, of kies een waardenkaart of vraag. Ctrl+K brengt je naar het zoekveld.")
        html += f'<p class="muted">{escape(hint)}</p>'
        self._set_html(html)

    def _set_html(self, body: str) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text).name()
        muted = muted_color(palette).name()
        accent = palette.color(QPalette.ColorRole.Highlight).name()
        link = palette.color(QPalette.ColorRole.Link).name()
        tag_bg = palette.color(QPalette.ColorRole.AlternateBase).name()
        on_accent = palette.color(QPalette.ColorRole.HighlightedText).name()
        size = self.text_size
        css = (
            f"body {{ color: {text}; font-size: {size}pt; }}"
            f"h1 {{ font-size: {size * 1.8:.1f}pt; font-weight: 600; margin-bottom: 6px; }}"
            f"h2 {{ font-size: {size * 1.25:.1f}pt; font-weight: 600; margin-top: 18px; color: {accent}; }}"
            f".kind {{ color: {muted}; font-size: {size * 0.9:.1f}pt; text-transform: uppercase; }}"
            f".summary {{ font-style: italic; color: {muted}; }}"
            f".tag {{ background-color: {tag_bg}; color: {text}; }}"
            f".b {{ background-color: {accent}; color: {on_accent}; }}"
            f".muted {{ color: {muted}; }}"
            f".card-description {{ font-size: {size * 1.2:.1f}pt; }}"
            f".card-question {{ font-size: {size * 1.2:.1f}pt; font-style: italic; color: {accent}; }}"
            f"a {{ color: {link}; }}"
            f".notes {{ background-color: {tag_bg}; border: 1px solid {muted}; }}"
            f".notes-title {{ font-weight: 600; color: {accent}; text-transform: uppercase; }}"
            "p { line-height: 135%; }"
        )
        self.browser.document().setDefaultStyleSheet(css)
        self.links.clear()  # the old page's links must not be laid out on the new page
        self.browser.setHtml(f"<body>{body}</body>")
        self.browser.verticalScrollBar().setValue(0)
        self.links.rebuild()

    def link_target(self, href: str) -> str:
        """Where a link goes, in words: "praktijkverhaal De cadeaubon" or "buiten Goed Werk"."""
        ref = parse_link(href)
        item = self.library.get(*ref) if ref is not None and self.library is not None else None
        if item is None:
            return self.tr("buiten Goed Werk, wordt niet geopend")
        kinds = {
            "story": self.tr("praktijkverhaal"),
            "value": self.tr("waardenkaart"),
            "question": self.tr("vraag"),
        }
        return f"{kinds.get(ref[0], ref[0])} {item.title}"

    def _on_link(self, url: QUrl) -> None:
        ref = parse_link(url.toString())
        if ref is not None:
            self.show_item(*ref)
        else:
            logger.info("refused to open external link %s", url.toString())
            self.external_link_refused.emit(url.toString())
