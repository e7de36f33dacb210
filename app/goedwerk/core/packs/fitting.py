"""How a session format fits a request: its shortest length and its minutes scaled.

A block may be shortened to half its planned minutes (``block_minimum``) and lengthened without
limit. (A format's group size is its field ``group_size``.)
"""

from __future__ import annotations

import math

from goedwerk.core.model import Format, FormatBlock


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
