"""The presenter's big timer: time left in the block, ahead or behind on the pack, in colour.

It never keeps time itself: ``refresh(session)`` reads ``WorkshopSession.reading()`` and paints.
Colour is never the only signal: the state line says the same in words. A screen reader reads
the timer as words too ("nog 4 minuten", "gepauzeerd, nog 4 minuten 30 seconden", "2 minuten
over tijd"): its accessible name and value, changed politely, only when the minute, the pause,
the block or the overtime changes, never every second.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFocusEvent, QFont
from PySide6.QtWidgets import QAccessibleWidget, QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from goedwerk.core.workspace import Level, Reading, WorkshopSession, delta_minutes, format_duration
from goedwerk.ui.common.accessibility import use_interface
from goedwerk.ui.common.colours import colour, is_palette_change

# The colour role of each state: dark text on amber, white on red and on paused (its own blue,
# never mistaken for the amber warning), all above 4.5:1 contrast in both themes.
STATE_ROLES: dict[str, str] = {
    "normal": "timer_normal",
    "amber": "timer_amber",
    "red": "timer_red",
    "paused": "timer_paused",
}


class TimerAccessible(QAccessibleWidget):
    """What a screen reader reads for the timer: the time in words as its name and value."""

    def __init__(self, widget: TimerWidget) -> None:
        super().__init__(widget, QAccessible.Role.StaticText)
        self.timer = widget

    def text(self, kind: QAccessible.Text) -> str:
        if kind in (QAccessible.Text.Name, QAccessible.Text.Value):
            return self.timer.spoken
        if kind == QAccessible.Text.Description:
            return self.timer.spoken_description()
        return super().text(kind)


class TimerWidget(QFrame):
    """Time left in the current block (big), its state in words, and the pack's schedule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_timer")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reads the time here
        use_interface(TimerWidget, TimerAccessible)
        self.level: Level = "normal"
        self.colour_key = "normal"
        self.paint_key = "normal"
        self.painted = ("", "")
        self.spoken = ""  # the time in words, as a screen reader reads it
        self.spoken_key: tuple[object, ...] = ()
        self.session: WorkshopSession | None = None
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
        self.bar.setAccessibleName(self.tr("Verstreken tijd in dit blok"))
        self.session = session
        self._speak(session, reading)

    def _speak(self, session: WorkshopSession, reading: Reading, quietly: bool = False) -> None:
        # A new text, and a name-change event, only when what a listener needs to know changed.
        key = (session.started, reading.running, session.block, math.ceil(reading.left / 60))
        key += (self.tr("nog {amount}"),)  # a new language is a new text too
        if key == self.spoken_key and not quietly:
            return
        self.spoken_key = key
        spoken = self.spoken_text(session, reading)
        if spoken != self.spoken:
            self.spoken = spoken
            if not quietly:
                QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def spoken_text(self, session: WorkshopSession, reading: Reading) -> str:
        """The timer in words: "nog 4 minuten", "gepauzeerd, nog 4 minuten 30 seconden"."""
        left = reading.left
        time = self.tr("de tijd is om") if -60 < left <= 0 else self.spoken_time(left)
        if not session.started:
            return self.tr("niet gestart, {time}").format(time=time)
        if not reading.running:
            return self.tr("gepauzeerd, {time}").format(time=time)
        return time

    def spoken_description(self) -> str:
        """What a screen reader says after the time: what it is and the schedule."""
        return self.tr("Tijd in dit blok. {schedule}").format(schedule=self.schedule_label.text())

    def spoken_time(self, left: float) -> str:
        """The time left in words: "nog 1 minuut 45 seconden", "nog 30 seconden", "2 minuten over tijd"."""
        whole = math.ceil(abs(left) - 1e-9) if left >= 0 else math.floor(abs(left) + 1e-9)
        minutes, seconds = divmod(whole, 60)
        parts = []
        if minutes:
            parts.append(
                (self.tr("{m} minuut") if minutes == 1 else self.tr("{m} minuten")).format(m=minutes)
            )
        if seconds or not minutes:
            parts.append(
                (self.tr("{s} seconde") if seconds == 1 else self.tr("{s} seconden")).format(s=seconds)
            )
        amount = " ".join(parts)
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

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.session is not None:  # read on focus: the time to the second, then by the minute
            self._speak(self.session, self.session.reading(), quietly=True)

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
            f"#workshop_timer {{ background: {background}; border-radius: 10px;"
            f" border: 3px solid {background}; }}"
            f"#workshop_timer:focus {{ border: 3px solid {text}; }}"  # the focus ring, in the text colour
            f"#workshop_timer QLabel {{ color: {text}; background: transparent; }}"
            f"#timer_bar {{ background: rgba(0,0,0,40); border: none; border-radius: 5px; }}"
            f"#timer_bar::chunk {{ background: {text}; border-radius: 5px; }}"
        )
