"""The state of a live workshop run over a pack: where it stands and how the time goes.

``WorkshopSession`` holds the current block, the current item in that block, the story page
the room sees, whether the room's screen is blanked, and the time spent per block. Time is never
counted in ticks: each block accumulates elapsed seconds, and the running stretch is read from
an injectable monotonic clock, so a busy laptop or a hidden window cannot make the timer drift.
``to_dict``/``from_dict`` store a run and restart it with the same block and elapsed time.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from goedwerk.core.model import Block, Pack, new_id
from goedwerk.core.packs.operations import clock as clock_time

Clock = Callable[[], float]
Level = Literal["normal", "amber", "red"]

AMBER_SHARE = 0.20
RED_SHARE = 0.05
EXTRA_STEP = 5
DATA_VERSION = 1


@dataclass(frozen=True)
class Reading:
    """The timer at one moment: everything the presenter's timer shows."""

    elapsed: float
    planned: float
    left: float
    level: Level
    delta: float
    running: bool

    @property
    def share_left(self) -> float:
        """The part of the block still left, between 0 and 1."""
        return min(1.0, max(0.0, self.left / self.planned)) if self.planned else 0.0


def level_for(left: float, planned: float) -> Level:
    """``red`` at 5 % of the block left or over time, ``amber`` at 20 %, else ``normal``."""
    if left <= RED_SHARE * planned:
        return "red"
    if left <= AMBER_SHARE * planned:
        return "amber"
    return "normal"


def format_duration(seconds: float) -> str:
    """Seconds as ``M:SS`` or ``H:MM:SS``, rounded up; negative values get a minus sign."""
    whole = math.ceil(seconds - 1e-9)
    sign = "\u2212" if whole < 0 else ""
    minutes, secs = divmod(abs(whole), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def delta_minutes(delta: float) -> int:
    """The pack's lead or lag in whole minutes (positive: behind, negative: ahead)."""
    return round(delta / 60)


@dataclass
class WorkshopSession:
    """A run of ``pack``: navigation, pause and time, read from ``clock`` (monotonic seconds)."""

    pack: Pack
    clock: Clock = time.monotonic
    block: int = 0
    item: int = 0
    page: int = 0
    blank: bool = False
    elapsed: list[float] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)
    held: list[float] = field(default_factory=list)
    countdown: bool = False
    bell: bool = False
    run_id: str = field(default_factory=new_id)
    drawn: list[str] = field(default_factory=list)
    draw: str | None = None
    _since: float | None = field(default=None, init=False, repr=False)
    _held_since: float | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        count = len(self.pack.blocks)
        self.elapsed = _fit([max(0.0, float(x)) for x in self.elapsed], count, 0.0)
        self.extra = _fit([max(0, int(x)) for x in self.extra], count, 0)
        self.held = _fit([max(0.0, float(x)) for x in self.held], count, 0.0)
        self.block = _clamp(self.block, count)
        self.item = _clamp(self.item, len(self.items))

    # -- what the run is at ----------------------------------------------------------------

    @property
    def current_block(self) -> Block | None:
        """The block the run is in (None for a pack without blocks)."""
        return self.pack.blocks[self.block] if self.pack.blocks else None

    @property
    def upcoming_block(self) -> Block | None:
        """The block after the current one, or None at the last block."""
        index = self.block + 1
        return self.pack.blocks[index] if index < len(self.pack.blocks) else None

    @property
    def items(self) -> tuple[str, ...]:
        """The item refs of the current block."""
        block = self.current_block
        return block.items if block else ()

    @property
    def current_ref(self) -> str | None:
        """The ref of the current item, or None when the block has no items."""
        return self.items[self.item] if self.items else None

    @property
    def audience_ref(self) -> str | None:
        """What the room sees: a drawn card or question, else the current item (None: blank)."""
        return None if self.blank else (self.draw or self.current_ref)

    @property
    def running(self) -> bool:
        """True while the timer runs."""
        return self._since is not None

    @property
    def started(self) -> bool:
        """True once the timer has run at all."""
        return self.running or any(self.elapsed)

    @property
    def is_last_block(self) -> bool:
        """True in the pack's last block."""
        return self.block >= len(self.pack.blocks) - 1

    # -- time --------------------------------------------------------------------------------

    def planned_seconds(self, index: int | None = None) -> float:
        """The planned length of a block (its minutes plus any added minutes), in seconds."""
        i = self.block if index is None else index
        if not self.pack.blocks:
            return 0.0
        return (self.pack.blocks[i].minutes + self.extra[i]) * 60.0

    def block_elapsed(self, index: int | None = None, now: float | None = None) -> float:
        """Seconds spent in a block (the current one by default), the running stretch included."""
        return self._counted(self.elapsed, self._since, index, now)

    def block_held(self, index: int | None = None, now: float | None = None) -> float:
        """Seconds a block stood paused after the run had started (the open pause included)."""
        return self._counted(self.held, self._held_since, index, now)

    def _counted(
        self, stored: list[float], since: float | None, index: int | None, now: float | None
    ) -> float:
        i = self.block if index is None else index
        if not self.pack.blocks:
            return 0.0
        if since is not None and i == self.block:
            return stored[i] + max(0.0, (self.clock() if now is None else now) - since)
        return stored[i]

    def time_left(self, now: float | None = None) -> float:
        """Seconds left in the current block; negative when it runs over."""
        return self.planned_seconds() - self.block_elapsed(now=now)

    def level(self, now: float | None = None) -> Level:
        """The timer colour for the current block."""
        return level_for(self.time_left(now), self.planned_seconds())

    def pack_delta(self, now: float | None = None) -> float:
        """Projected minus planned length of the pack in seconds (positive: behind schedule).

        Time spent counts as it was, pauses after the start included; the current and later
        blocks still need what is left of their planned length (with added minutes); earlier
        blocks are done.
        """
        moment = self.clock() if now is None else now
        count = len(self.pack.blocks)
        used = sum(self.block_elapsed(i, moment) + self.block_held(i, moment) for i in range(count))
        ahead = sum(
            max(0.0, self.planned_seconds(i) - self.block_elapsed(i, moment))
            for i in range(self.block, count)
        )
        return used + ahead - self.pack.minutes * 60.0

    def reading(self) -> Reading:
        """A consistent snapshot of the timer, from one reading of the clock."""
        now = self.clock()
        planned = self.planned_seconds()
        left = planned - self.block_elapsed(now=now)
        return Reading(
            elapsed=planned - left,
            planned=planned,
            left=left,
            level=level_for(left, planned),
            delta=self.pack_delta(now),
            running=self.running,
        )

    def end_times(self, now: float | None = None) -> tuple[str, str] | None:
        """The planned and the projected end as clock times, or None without a start time."""
        if not self.pack.start:
            return None
        planned = self.pack.minutes
        projected = planned + delta_minutes(self.pack_delta(now))
        return clock_time(self.pack.start, planned), clock_time(self.pack.start, projected)

    # -- pause, resume, extra time -------------------------------------------------------------

    def resume(self) -> bool:
        """Start or resume the timer; False when it already runs."""
        if self._since is not None or not self.pack.blocks:
            return False
        self._since = self.clock()
        self._fold_held(self._since)
        self._held_since = None
        return True

    def pause(self) -> bool:
        """Pause the timer, keeping the time spent; False when it was not running."""
        if self._since is None:
            return False
        now = self.clock()
        self._fold(now)
        self._since = None
        self._held_since = now
        return True

    def toggle_pause(self) -> bool:
        """Pause when running, resume when paused; return whether it runs now."""
        if not self.pause():
            self.resume()
        return self.running

    def add_minutes(self, minutes: int = EXTRA_STEP) -> None:
        """Extend the current block's planned length by ``minutes``."""
        if self.pack.blocks:
            self.extra[self.block] += minutes

    # -- navigation ----------------------------------------------------------------------------

    def go_to_block(self, index: int) -> bool:
        """Move to block ``index`` (its first item); the timer keeps running or stays paused."""
        if not 0 <= index < len(self.pack.blocks) or index == self.block:
            return False
        self.draw = None
        now = self.clock()
        if self._since is not None:
            self._fold(now)
            self._since = now
        if self._held_since is not None:
            self._fold_held(now)
            self._held_since = now
        self.block, self.item, self.page = index, 0, 0
        return True

    def next_block(self) -> bool:
        """Skip to the next block; False at the last one."""
        return self.go_to_block(self.block + 1)

    def previous_block(self) -> bool:
        """Go back to the previous block, which continues from its own time spent."""
        return self.go_to_block(self.block - 1)

    def select_item(self, index: int) -> bool:
        """Make item ``index`` of the current block the one the room sees (from its first page)."""
        if not 0 <= index < len(self.items) or index == self.item:
            return False
        self.item, self.page, self.draw = index, 0, None
        return True

    def next_item(self) -> bool:
        """Move to the next item of the block; False at the last."""
        return self.select_item(self.item + 1)

    def previous_item(self) -> bool:
        """Move to the previous item of the block; False at the first."""
        return self.select_item(self.item - 1)

    def set_page(self, page: int, pages: int) -> bool:
        """Show page ``page`` of ``pages`` of the current item; False when out of range."""
        if not 0 <= page < pages or page == self.page:
            return False
        self.page = page
        return True

    def step_forward(self, pages: int = 1) -> bool:
        """Back from a drawn card to the item, else its next page (of ``pages``), else the next item."""
        if self.put_back_draw():
            return True
        return self.set_page(self.page + 1, pages) or self.next_item()

    def step_back(self, pages: int = 1) -> bool:
        """Back from a drawn card to the item, else the previous page, else the previous item."""
        if self.put_back_draw():
            return True
        return self.set_page(self.page - 1, pages) or self.previous_item()

    def show_draw(self, ref: str) -> None:
        """Put a drawn card or question on the room's screen; it is not drawn again this run."""
        self.draw = ref
        if ref not in self.drawn:
            self.drawn.append(ref)

    def put_back_draw(self) -> bool:
        """Take the drawn card off the screen (back to the item); False when none was shown."""
        if self.draw is None:
            return False
        self.draw = None
        return True

    def set_blank(self, blank: bool) -> bool:
        """Blank or unblank the room's screen; False when nothing changed."""
        if blank == self.blank:
            return False
        self.blank = blank
        return True

    def toggle_blank(self) -> bool:
        """Flip the blanking of the room's screen; return whether it is blank now."""
        self.set_blank(not self.blank)
        return self.blank

    # -- stored form -----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The run as plain JSON-safe data; elapsed time includes the running stretch."""
        return {
            "version": DATA_VERSION,
            "pack_id": self.pack.id,
            "run_id": self.run_id,
            "drawn": list(self.drawn),
            "draw": self.draw,
            "blocks": len(self.pack.blocks),
            "block": self.block,
            "item": self.item,
            "page": self.page,
            "blank": self.blank,
            "paused": not self.running,
            "elapsed": [round(self.block_elapsed(i), 3) for i in range(len(self.pack.blocks))],
            "extra": list(self.extra),
            "held": [round(self.block_held(i), 3) for i in range(len(self.pack.blocks))],
            "countdown": self.countdown,
            "bell": self.bell,
        }

    @classmethod
    def from_dict(cls, pack: Pack, data: dict[str, Any], clock: Clock = time.monotonic) -> WorkshopSession:
        """A run restored from ``to_dict`` data; a running run runs on from its stored time."""
        session = cls(
            pack,
            clock,
            block=int(data.get("block", 0)),
            item=int(data.get("item", 0)),
            page=max(0, int(data.get("page", 0))),
            blank=bool(data.get("blank", False)),
            elapsed=list(data.get("elapsed", [])),
            extra=list(data.get("extra", [])),
            held=list(data.get("held", [])),
            countdown=bool(data.get("countdown", False)),
            bell=bool(data.get("bell", False)),
            run_id=str(data.get("run_id") or new_id()),
            drawn=[str(ref) for ref in data.get("drawn", [])],
            draw=data.get("draw") or None,
        )
        if not data.get("paused", True):
            session.resume()
        elif session.started:
            session._held_since = session.clock()  # a pause goes on: from now it moves the programme
        return session

    def _fold(self, now: float) -> None:
        if self._since is not None:
            self.elapsed[self.block] += max(0.0, now - self._since)

    def _fold_held(self, now: float) -> None:
        if self._held_since is not None:
            self.held[self.block] += max(0.0, now - self._held_since)


def _fit(values: list[Any], count: int, fill: Any) -> list[Any]:
    return (values + [fill] * count)[:count]


def _clamp(index: int, count: int) -> int:
    return min(max(0, index), max(0, count - 1))
