"""Back/forward navigation history, like a browser's (no Qt)."""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class History(Generic[T]):
    """A list of visited places with a cursor; visiting drops the forward part."""

    def __init__(self, limit: int = 200) -> None:
        self._items: list[T] = []
        self._pos = -1
        self._limit = limit

    @property
    def current(self) -> T | None:
        """The place shown now, or None before the first visit."""
        return self._items[self._pos] if self._pos >= 0 else None

    def visit(self, item: T) -> None:
        """Go to ``item``; a visit to the current place changes nothing."""
        if item == self.current:
            return
        del self._items[self._pos + 1 :]
        self._items.append(item)
        if len(self._items) > self._limit:
            del self._items[0]
        self._pos = len(self._items) - 1

    def can_go_back(self) -> bool:
        """True when there is a place before the current one."""
        return self._pos > 0

    def can_go_forward(self) -> bool:
        """True when ``back`` was used and a later place is still there."""
        return self._pos < len(self._items) - 1

    def back(self) -> T | None:
        """Step back and return the place, or None at the start."""
        if not self.can_go_back():
            return None
        self._pos -= 1
        return self.current

    def forward(self) -> T | None:
        """Step forward and return the place, or None at the end."""
        if not self.can_go_forward():
            return None
        self._pos += 1
        return self.current

    def forget(self, item: T) -> None:
        """Remove every visit to ``item`` (it no longer exists)."""
        current = self.current
        self._items = [i for i in self._items if i != item]
        if current is not None and current != item and current in self._items:
            self._pos = self._items.index(current)
        else:
            self._pos = len(self._items) - 1
