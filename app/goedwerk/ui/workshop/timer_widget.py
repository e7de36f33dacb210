"""The presenter's big timer: time left in the block, ahead or behind on the pack, in colour.

It never keeps time itself: ``refresh(session)`` reads ``WorkshopSession.reading()`` and paints.
Colour is never the only signal: the state line says the same in words.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from goedwerk.core.workspace import Level, Reading, WorkshopSession, delta_minutes, format_duration
from goedwerk.ui.common.colours import colour, is_palette_change

# The colour role of each state: dark text on amber, white on red and on paused (its own blue,
# never mistaken for the amber warning), all above 4.5:1 contrast in both themes.
STATE_ROLES: dict[str, str] = {
    "normal": "timer_normal",
    "amber": "timer_amber",
    "red": "timer_red",
    "paused": "timer_paused",
}


class TimerWidget(QFrame):
    """Time left in the current block (big), its state in words, and the pack's schedule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_timer")
        self.level: Level = "normal"
        self.colour_key = "normal"
        self.paint_key = "normal"
        self.painted = ("", "")
        self._build()

    def _build(self) -> None:
        self.state_label = self._label("timer_state", 13, bold=True)
        self.time_label = self._label("timer_time", 60, bold=True)
        self.caption = self._label("timer_caption", 12)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("timer_bar")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.bar.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reads the time left here
        self.schedule_label = self._label("timer_schedule", 15, bold=True)
        self.end_label = self._label("timer_end", 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(4)
        layout.addWidget(self.state_label)
        layout.addWidget(self.time_label)
        layout.addWidget(self.caption)
        layout.addSpacing(6)
        layout.addWidget(self.bar)
        layout.addSpacing(8)
        layout.addWidget(self.schedule_label)
        layout.addWidget(self.end_label)

    def _label(self, name: str, points: float, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        label.setFont(font)
        return label

    def refresh(self, session: WorkshopSession) -> None:
        """Show the session's timer now."""
        reading = session.reading()
        self.level = reading.level
        left = reading.left
        self.time_label.setText("+" + format_duration(-left) if left < 0 else format_duration(left))
        self.caption.setText(self.tr("over tijd") if reading.left < 0 else self.tr("nog in dit blok"))
        self.bar.setValue(round((1 - reading.share_left) * 1000))
        self.state_label.setText(self._state_text(session, reading))
        self.schedule_label.setText(self._schedule_text(reading.delta))
        self.end_label.setText(self._end_text(session))
        self._paint(reading)
        spoken = self.spoken_time(reading.left)
        if self.bar.accessibleDescription() != spoken:  # read with the bar's value when it has focus
            self.bar.setAccessibleDescription(spoken)
        self.bar.setAccessibleName(self.tr("Tijd in dit blok"))
        self.setAccessibleName(self.tr("Timer"))
        self.setAccessibleDescription(
            f"{self.state_label.text()}. {self.time_label.text()} {self.caption.text()}. "
            f"{self.schedule_label.text()}"
        )

    def spoken_time(self, left: float) -> str:
        """The time left in words: "nog 1 minuut 45", "nog 30 seconden", "2 minuten over tijd"."""
        whole = math.ceil(abs(left) - 1e-9) if left >= 0 else math.floor(abs(left) + 1e-9)
        minutes, seconds = divmod(whole, 60)
        if minutes and seconds:
            amount = (self.tr("{m} minuut {s}") if minutes == 1 else self.tr("{m} minuten {s}")).format(
                m=minutes, s=seconds
            )
        elif minutes:
            amount = (self.tr("{m} minuut") if minutes == 1 else self.tr("{m} minuten")).format(m=minutes)
        else:
            amount = (self.tr("{s} seconde") if seconds == 1 else self.tr("{s} seconden")).format(s=seconds)
        if left < 0:
            return self.tr("{amount} over tijd").format(amount=amount)
        return self.tr("nog {amount}").format(amount=amount)

    def time_text(self) -> str:
        """The big time as shown."""
        return self.time_label.text()

    def _state_text(self, session: WorkshopSession, reading: Reading) -> str:
        if not session.started:
            return self.tr("Nog niet gestart – druk op spatie")
        if not reading.running:
            return self.tr("Gepauzeerd")
        if reading.left < 0:
            return self.tr("Tijd is om")
        return {
            "red": self.tr("Tijd bijna om"),
            "amber": self.tr("Tijd om af te ronden"),
            "normal": self.tr("Loopt"),
        }[reading.level]

    def _schedule_text(self, delta: float) -> str:
        minutes = delta_minutes(delta)
        if minutes > 0:
            return self.tr("{n} min achter op schema").format(n=minutes)
        if minutes < 0:
            return self.tr("{n} min voor op schema").format(n=-minutes)
        return self.tr("Op schema")

    def _end_text(self, session: WorkshopSession) -> str:
        times = session.end_times()
        if times is None:
            return ""
        planned, projected = times
        if planned == projected:
            return self.tr("Einde {time}").format(time=planned)
        return self.tr("Einde gepland {planned} · verwacht {projected}").format(
            planned=planned, projected=projected
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_palette_change(event) and self.styleSheet():
            self._paint_state(self.paint_key, force=True)  # the same state in the theme's colours

    def _paint(self, reading: Reading) -> None:
        self.paint_key = "paused" if not reading.running else reading.level
        self._paint_state(self.paint_key)

    def _paint_state(self, key: str, force: bool = False) -> None:
        if key == self.colour_key and self.styleSheet() and not force:
            return
        role = STATE_ROLES[key]
        background, text = colour(role).name(), colour(f"{role}_text").name()
        if key == self.colour_key and (background, text) == self.painted:
            return  # nothing to change: setting the same style again would only echo PaletteChange
        self.colour_key, self.painted = key, (background, text)
        self.setStyleSheet(
            f"#workshop_timer {{ background: {background}; border-radius: 10px; }}"
            f"#workshop_timer QLabel {{ color: {text}; background: transparent; }}"
            f"#timer_bar {{ background: rgba(0,0,0,40); border: none; border-radius: 5px; }}"
            f"#timer_bar::chunk {{ background: {text}; border-radius: 5px; }}"
        )
