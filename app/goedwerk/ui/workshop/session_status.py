"""The presenter's spoken status line: says when the block, the item, the pause or the time changes.

Nothing in the presenter moves the focus when the run moves on, so a screen reader would stay
silent; this line announces each change (and shows it, for everyone).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from goedwerk.core.workspace import WorkshopSession
from goedwerk.ui.common.accessibility import LiveStatus
from goedwerk.ui.workshop.timer_widget import TimerWidget


class SessionStatus(LiveStatus):
    """Announces what changed in a run since the last look (``follow``)."""

    def __init__(self, timer: TimerWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenter_live_status")
        self.timer = timer
        self._seen: dict[str, object] | None = None

    def follow(self, session: WorkshopSession, shown: str) -> None:
        """Announce the changes in ``session``; ``shown`` is what the room sees."""
        reading = session.reading()
        now: dict[str, object] = {
            "block": session.block,
            "shown": (shown, session.blank),
            "running": (session.started, reading.running),
            "level": "over" if reading.left < 0 else reading.level,
        }
        seen, self._seen = self._seen, now
        if seen is None:
            self.setText(self._block_text(session))
            return
        parts = [self._texts(key, session, shown) for key in now if now[key] != seen[key]]
        parts = [part for part in parts if part]
        urgent = now["level"] != seen["level"] and now["level"] in ("red", "over")
        if now["block"] != seen["block"]:
            parts = [self._block_text(session)]  # a new block: its item and time follow from it
        if parts:
            self.say(". ".join(parts), urgent)

    def _block_text(self, session: WorkshopSession) -> str:
        block = session.current_block
        if block is None:
            return self.tr("Dit pakket heeft nog geen blokken.")
        text = self.tr("Blok {n} van {count}: {title}, {minutes} min").format(
            n=session.block + 1, count=len(session.pack.blocks), title=block.title, minutes=block.minutes
        )
        return f"{text}. {self.timer.spoken_time(session.reading().left)}"

    def _texts(self, key: str, session: WorkshopSession, shown: str) -> str:
        reading = session.reading()
        left = self.timer.spoken_time(reading.left)
        if key == "shown":
            if session.blank:
                return self.tr("Publieksscherm leeg")
            return self.tr("Op het scherm: {item}").format(item=shown) if shown else ""
        if key == "running":
            if not reading.running:
                return self.tr("Gepauzeerd, {left}").format(left=left)
            return self.tr("Timer loopt, {left}").format(left=left)
        if key == "level":
            level = "over" if reading.left < 0 else reading.level
            texts = {
                "amber": self.tr("Tijd om af te ronden, {left}"),
                "red": self.tr("Tijd bijna om, {left}"),
                "over": self.tr("Tijd is om"),
                "normal": "",
            }
            return texts[level].format(left=left)
        return ""
