"""What a facilitator asks the session composer for (``goedwerk.core.packs.composer``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class ComposeRequest:
    """What the facilitator asks for; ``swaps`` and ``locks`` are keyed by ``Choice.key``."""

    minutes: int
    themes: tuple[str, ...] = ()
    b: tuple[str, ...] = ()
    sector: str = ""
    people: int | None = None
    group: str = ""
    format_id: str | None = None
    seed: int = 0
    title: str = ""
    swaps: dict[str, int] = field(default_factory=dict)
    locks: dict[str, str] = field(default_factory=dict)

    def swapped(self, key: str) -> ComposeRequest:
        """The same request with choice ``key`` moved on to its next candidate."""
        return replace(self, swaps={**self.swaps, key: self.swaps.get(key, 0) + 1})

    def locked(self, key: str, ref: str, on: bool = True) -> ComposeRequest:
        """The same request with choice ``key`` kept at ``ref`` (or free again)."""
        locks = {k: v for k, v in self.locks.items() if k != key}
        return replace(self, locks={**locks, key: ref} if on else locks)
