"""The programme re-timed while a workshop runs: when each block is now expected to start and end.

Done blocks took what they took (time spent plus pauses); the current block takes what it took
so far plus what is left of its planned length (added minutes included), or more when it runs
over; later blocks keep their planned length. So +5, a pause or an overrun moves every
following block, and the last end is the new expected end of the session.
"""

from __future__ import annotations

from typing import NamedTuple

from goedwerk.core.packs.operations import Slot, clock, elapsed, schedule
from goedwerk.core.workshop.session import WorkshopSession


class Retimed(NamedTuple):
    """A block's planned slot next to its expected one; ``moved`` when they differ."""

    planned: Slot
    expected: Slot

    @property
    def moved(self) -> bool:
        """True when the block is now expected at another time than planned."""
        return (self.planned.start, self.planned.end) != (self.expected.start, self.expected.end)


def block_seconds(session: WorkshopSession, index: int, now: float) -> float:
    """How long block ``index`` is expected to take in total, seen at ``now``."""
    spent = session.block_elapsed(index, now) + session.block_held(index, now)
    if index < session.block:
        return spent
    return spent + max(0.0, session.planned_seconds(index) - session.block_elapsed(index, now))


def retimed(session: WorkshopSession, now: float | None = None) -> list[Retimed]:
    """Every block with its planned and its expected clock times (one reading of the clock)."""
    moment = session.clock() if now is None else now
    pack = session.pack
    planned = schedule(pack)
    result = []
    offset = 0.0
    for index, slot in enumerate(planned):
        begin = offset
        offset += block_seconds(session, index, moment)
        result.append(Retimed(slot, Slot(slot.block, _time(pack.start, begin), _time(pack.start, offset))))
    return result


def _time(start: str | None, seconds: float) -> str:
    minutes = round(seconds / 60)
    return clock(start, minutes) if start else elapsed(minutes)
