"""Goed Werk: an offline desktop knowledge base for Good Work conversations."""

from __future__ import annotations

import gc

__version__ = "0.1.0"

# Every Goed Werk process makes its long-lived objects as it starts: the modules, then a library
# of up to a million objects. At Python's default thresholds (700, 10, 10) the cyclic collector
# walks what is already alive again and again meanwhile (40 ms of a 20,000-story window start);
# a young collection every 100,000 allocations, and older ones rarer, leave that to a few. The
# window freezes what is alive once its library is loaded (``ui/library/library_startup``).
gc.set_threshold(100_000, 50, 10)
