"""How a session format fits a request: its group size, its shortest length, its minutes scaled.

Formats state their group size in their description ("Bedoeld voor 6 tot 10 deelnemers");
``group_size`` reads it from there. A block may be shortened to half its planned minutes
(``block_minimum``) and lengthened without limit.
"""

from __future__ import annotations

import math
import re

from goedwerk.core.model import Format, FormatBlock

_GROUP_SIZE = re.compile(r"(\d+)\s+tot\s+(\d+)\s+(?:deelnemers|mensen|collega|personen)")


def group_size(fmt: Format) -> tuple[int, int] | None:
    """The smallest and largest group the format's description names, or None."""
    match = _GROUP_SIZE.search(fmt.description)
    if match is None:
        return None
    low, high = int(match.group(1)), int(match.group(2))
    return (low, high) if low <= high else (high, low)


def block_minimum(block: FormatBlock) -> int:
    """The fewest minutes a block keeps when a session is shortened: half, rounded up."""
    return max(1, math.ceil(block.minutes / 2))


def minimum_minutes(fmt: Format) -> int:
    """The shortest session the format allows: every block at its minimum."""
    return sum(block_minimum(b) for b in fmt.blocks)


def scale_minutes(fmt: Format, total: int) -> list[int]:
    """The blocks' minutes scaled to ``total``, none under its minimum (when that is possible).

    Shares are proportional to the planned minutes; the rounding rest goes to the blocks with
    the largest fraction first. When ``total`` is below the format's minimum, every block gets
    its minimum.
    """
    planned = [b.minutes for b in fmt.blocks]
    floors = [block_minimum(b) for b in fmt.blocks]
    if not planned or total <= sum(floors):
        return floors
    shares = [m * total / sum(planned) for m in planned]
    minutes = [max(low, math.floor(s)) for low, s in zip(floors, shares, strict=True)]
    order = sorted(range(len(planned)), key=lambda i: (-(shares[i] - math.floor(shares[i])), i))
    while sum(minutes) < total:
        for i in order:
            if sum(minutes) == total:
                break
            minutes[i] += 1
    while sum(minutes) > total:
        for i in reversed(order):
            if sum(minutes) > total and minutes[i] > floors[i]:
                minutes[i] -= 1
    return minutes
