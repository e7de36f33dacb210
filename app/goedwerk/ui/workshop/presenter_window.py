"""The presenter view: runs a pack live, block by block, and drives the audience view.

All time comes from ``goedwerk.core.workshop.session``; a 4 Hz timer only repaints. The run is saved to
the catalog after every change, every few seconds while the timer runs, and on close.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from goedwerk.core.errors import GoedWerkError
from goedwerk.core.workspace import RunVotes, WorkshopSession, Workspace, draw, format_date
from goedwerk.ui.common.accessibility import set_tab_order
from goedwerk.ui.common.export_files import ExportFiles
from goedwerk.ui.workshop.agenda_list import AgendaList
from goedwerk.ui.workshop.audience_pages import BACKGROUND, Style
from goedwerk.ui.workshop.audience_window import AudienceWindow
from goedwerk.ui.workshop.block_panel import BlockPanel
from goedwerk.ui.workshop.draw_panel import DrawPanel
from goedwerk.ui.workshop.presenter_buttons import PresenterButtons
from goedwerk.ui.workshop.screens import audience_screen, has_second_screen, show_full_screen
from goedwerk.ui.workshop.session_status import SessionStatus
from goedwerk.ui.workshop.shortcuts_overlay import ShortcutsOverlay
from goedwerk.ui.workshop.timer_widget import TimerWidget
from goedwerk.ui.workshop.vote_panel import VotePanel
from goedwerk.ui.workshop.workshop_actions import WorkshopActions

logger = logging.getLogger(__name__)

REPAINT_MS = 250
AUTOSAVE_MS = 5000


class PresenterWindow(QMainWindow):
    """The facilitator's window for one run. Emits ``run_saved`` after each save to the catalog."""

    run_saved = Signal()

    def __init__(
        self,
        workspace: Workspace,
        session: WorkshopSession,
        parent: QWidget | None = None,
        exports: ExportFiles | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter_window")
        self.workspace = workspace
        self.exports = exports
        self.session = session
        self.votes = RunVotes(workspace.votes, session, workspace.library)
        self._rung: int | None = None  # the block whose end the bell already rang
        self.actions = WorkshopActions(self)
        self.addActions(self.actions.all())
        self.audience = AudienceWindow(workspace.library, QApplication.font().family(), self)
        self.audience.addActions(self.actions.all())
        self._build_central()
        self.overlay = ShortcutsOverlay(self.actions, self.centralWidget())
        self._build_timers()
        self._connect()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save)  # the main window may close first
        self.retranslate()
        self.resize(1280, 800)
        self.update_view()
        self.buttons["run_pause"].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building --------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.header = QLabel(self)
        self.header.setObjectName("presenter_header")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setPointSizeF(13)
        font.setBold(True)
        self.header.setFont(font)
        self.block_panel = BlockPanel(self.workspace.library, self)
        self.preview_title = QLabel(self)
        self.preview_title.setObjectName("preview_title")
        self.preview_title.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_title.setStyleSheet("font-weight: 600;")
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("audience_preview")
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setStyleSheet(f"QTextBrowser {{ background: {BACKGROUND}; border-radius: 6px; }}")
        self.preview.document().setDocumentMargin(14)
        self.preview.setMinimumHeight(160)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(self._build_left(), 3)
        body.addLayout(self._build_right(), 2)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

    def _build_left(self) -> QVBoxLayout:
        self.block_scroll = QScrollArea(self)
        self.block_scroll.setObjectName("block_scroll")
        self.block_scroll.setWidget(self.block_panel)
        self.block_scroll.setWidgetResizable(True)
        self.block_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.block_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.block_scroll, 1)
        self.vote_panel = VotePanel(self)
        self.vote_panel.count_changed.connect(lambda i, n: self._change(lambda: self.votes.set_count(i, n)))
        self.vote_panel.editing_finished.connect(self.setFocus)
        left.addWidget(self.vote_panel)
        left.addSpacing(8)
        left.addWidget(self.preview_title)
        left.addWidget(self.preview, 1)
        return left

    def _fit_block_panel(self) -> None:
        # As tall as the block needs, so the preview gets the rest; scrolls when the block is long.
        width = self.block_scroll.viewport().width()
        height = self.block_panel.heightForWidth(width)
        if height <= 0:
            height = self.block_panel.sizeHint().height()
        self.block_scroll.setMaximumHeight(height + 4)

    def _build_right(self) -> QVBoxLayout:
        self.timer = TimerWidget(self)
        self.button_grid = PresenterButtons(self.actions, self)
        self.buttons = self.button_grid.buttons
        self.audience_status = QLabel(self)
        self.audience_status.setObjectName("audience_status")
        self.audience_status.setTextFormat(Qt.TextFormat.PlainText)
        self.audience_status.setWordWrap(True)
        self.agenda = AgendaList(self)
        self.draw_panel = DrawPanel(self.actions.draw_card, self.actions.draw_question, self)
        self.live_status = SessionStatus(self.timer, self)
        self.statusBar().addWidget(self.live_status, 1)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self.timer)
        right.addWidget(self.button_grid)
        right.addWidget(self.audience_status)
        right.addWidget(self.draw_panel)
        right.addSpacing(6)
        right.addWidget(self.agenda)
        right.addStretch(1)
        return right

    def open_reflection(self) -> QWidget:
        """Record what the group found in the current block (the timer keeps running)."""
        from goedwerk.ui.reflections import open_reflections

        pack_id, block = self.session.pack.id, self.session.block
        return open_reflections(self, self.workspace, pack_id, block, exports=self.exports)

    def _build_timers(self) -> None:
        self.repaint_timer = QTimer(self)
        self.repaint_timer.setInterval(REPAINT_MS)
        self.repaint_timer.timeout.connect(self.refresh_timer)
        self.repaint_timer.start()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._autosave)
        self.autosave_timer.start()

    def _connect(self) -> None:
        a, s = self.actions, self.session
        a.run_pause.triggered.connect(lambda: self._change(s.toggle_pause))
        a.time_add.triggered.connect(lambda: self._change(s.add_minutes))
        a.block_next.triggered.connect(lambda: self._change(s.next_block))
        a.block_previous.triggered.connect(lambda: self._change(s.previous_block))
        a.item_next.triggered.connect(
            lambda: self._change(lambda: s.step_forward(self.audience.page_count()))
        )
        a.item_previous.triggered.connect(
            lambda: self._change(lambda: s.step_back(self.audience.page_count()))
        )
        a.screen_blank.triggered.connect(lambda: self._change(s.toggle_blank))
        a.audience_show.triggered.connect(self.show_audience)
        a.audience_hide.triggered.connect(self.escape)
        a.help_shortcuts.triggered.connect(self.toggle_shortcuts)
        a.reflection_open.triggered.connect(self.open_reflection)
        a.workshop_close.triggered.connect(self.close)
        a.countdown_toggle.triggered.connect(lambda: self._change(lambda: self._flip("countdown")))
        a.bell_toggle.triggered.connect(lambda: self._change(lambda: self._flip("bell")))
        a.draw_card.triggered.connect(lambda: self.draw("value"))
        a.draw_question.triggered.connect(lambda: self.draw("question"))
        for n in range(6):
            a[f"vote_add_{n + 1}"].triggered.connect(
                lambda _c=False, i=n: self._change(lambda: self.votes.add_hand(i))
            )
        self.block_panel.items.item_chosen.connect(lambda i: self._change(lambda: s.select_item(i)))
        self.audience.pages_changed.connect(self.update_view)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.actions.retranslate()
        self.setWindowTitle(self.tr("Workshop – {title}").format(title=self.session.pack.title))
        self.button_grid.retranslate()
        self.draw_panel.retranslate()
        self.preview.setAccessibleName(self.tr("Voorbeeld van het publieksscherm"))
        self.block_panel.setAccessibleName(self.tr("Huidig blok"))
        self.audience.retranslate()
        self.update_view()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_block_panel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- running -----------------------------------------------------------------------------

    def _flip(self, name: str) -> None:
        setattr(self.session, name, not getattr(self.session, name))

    def draw(self, kind: str) -> str | None:
        """Draw a card or question from the chosen pool onto the room's screen (K, Q)."""
        ref = draw(self.session, self.workspace.library, kind, self.draw_panel.current_scope())
        if ref is None:
            text = self.tr("Alles uit deze keuze is al getrokken.")
        else:
            item = self.workspace.library.get(*ref.split(":", 1))
            text = self.tr("Op het scherm: {title} (→ terug naar het onderdeel)").format(title=item.title)
        self.draw_panel.status.setText(text)
        self.update_view()
        self.save()
        return ref

    def _ring_at_zero(self) -> None:
        s = self.session
        if not s.running or s.time_left() > 0:
            if self._rung == s.block and s.time_left() > 0:
                self._rung = None  # +5 after the bell: it may ring again
            return
        if self._rung != s.block:
            self._rung = s.block
            if s.bell:
                QApplication.beep()

    def _change(self, edit: Callable[[], object]) -> None:
        edit()
        self.update_view()
        self.save()

    def update_view(self) -> None:
        """Show the session everywhere: audience, block, preview, timer and buttons."""
        s = self.session
        vote = self.votes.current()
        self.audience.show_state(s, vote)
        self.vote_panel.show_vote(vote)
        self.block_panel.show_session(s)
        QTimer.singleShot(0, self, self._fit_block_panel)  # once the new block is laid out
        self.agenda.show_session(s)
        self.header.setText(self._header_text())
        self._update_preview()
        self.button_grid.show_session(s)
        self._update_audience_status()
        self.refresh_timer()
        self._order_focus()

    def _order_focus(self) -> None:
        # Tab follows the screen: the block's items on the left, then the timer and the buttons.
        chain = [*self.block_panel.items.buttons, self.timer]
        chain += self.button_grid.in_screen_order()
        chain += [self.draw_panel.scope, *self.draw_panel.buttons.values()]
        set_tab_order(chain)

    def refresh_timer(self) -> None:
        """Repaint the timer, the re-timed programme and the room's countdown from the clock."""
        self.timer.refresh(self.session)
        self.agenda.show_session(self.session)
        self.audience.show_countdown(self.session)
        self._ring_at_zero()
        self.live_status.follow(self.session, self.block_panel.items.shown_text())  # say what changed

    def _header_text(self) -> str:
        pack = self.session.pack
        parts = [pack.title, format_date(pack.date) if pack.date else "", pack.place]
        return "  ·  ".join(p for p in parts if p)

    def _update_preview(self) -> None:
        s, audience = self.session, self.audience
        if s.blank:
            self.preview_title.setText(self.tr("OP HET SCHERM: niets (scherm leeg, B om terug te gaan)"))
        elif audience.page_count() > 1:
            self.preview_title.setText(
                self.tr("OP HET SCHERM: pagina {page} van {pages}").format(
                    page=s.page + 1, pages=audience.page_count()
                )
            )
        else:
            self.preview_title.setText(self.tr("OP HET SCHERM"))
        Style(self.audience.family, 13).show(self.preview, "" if s.blank else audience.pages[audience.page])

    def _update_audience_status(self) -> None:
        if not self.audience.isVisible():
            text = self.tr("Publieksscherm is niet open. F5 opent het op het volledige scherm.")
        elif self.audience.screen() != self.screen():
            text = self.tr("Publieksscherm op het tweede scherm ({name}).").format(
                name=self.audience.screen().name()
            )
        else:
            text = self.tr("Publieksscherm op dit scherm. Esc brengt je hier terug, F5 weer naar de groep.")
        if self.session.countdown:
            text += " " + self.tr("De groep ziet de resterende tijd (T zet het uit).")
        self.audience_status.setText(text)

    # -- the audience view ---------------------------------------------------------------------

    def show_audience(self) -> None:
        """Show the audience view full screen: on the second screen when there is one (F5)."""
        if not self.audience.isVisible():
            show_full_screen(self.audience, audience_screen(self))
        else:
            self.audience.raise_()
        if has_second_screen(self):
            self.activateWindow()  # the keys stay with the presenter
        else:
            self.audience.activateWindow()
        self.update_view()

    def escape(self) -> None:
        """Close the shortcut overview, else take the audience view off the screen (Esc)."""
        if self.overlay.isVisible():
            self.overlay.hide()
            return
        if self.audience.isVisible():
            self.audience.hide()
            self.raise_()
            self.activateWindow()
            self.update_view()

    def toggle_shortcuts(self) -> None:
        """Show or hide the shortcut overview (F1 or ?), over the presenter view."""
        if self.audience.isVisible() and not has_second_screen(self):
            self.escape()  # the overview is on the presenter view, under the audience view
        self.overlay.toggle()

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        """Store the run in the catalog, so it can be resumed."""
        try:
            self.workspace.runs.save(self.session.pack.id, self.session.to_dict())
        except (GoedWerkError, OSError, sqlite3.Error) as exc:  # a failed save must not stop the workshop
            logger.warning("could not save workshop run: %s", exc)
            self.statusBar().showMessage(self.tr("De stand van de workshop kon niet worden bewaard."), 5000)
            return
        self.run_saved.emit()

    def _autosave(self) -> None:
        if self.session.running:
            self.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.repaint_timer.stop()
        self.autosave_timer.stop()
        self.save()
        self.audience.hide()
        super().closeEvent(event)
