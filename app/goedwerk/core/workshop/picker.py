"""Draw a random values card or question for the room, never the same one twice in a run.

The pool is the pack's own cards or questions, the questions of one phase, or the whole library;
what the run already drew (``WorkshopSession.drawn``) is left out, so a draw is ``None`` once a
pool is used up. The random source is injectable, so tests can draw the same way every time.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from goedwerk.core.model import PHASES, Library
from goedwerk.core.workshop.session import WorkshopSession

SCOPES: tuple[str, ...] = ("pack", *PHASES, "library")  # where a draw comes from
DRAW_KINDS: tuple[str, ...] = ("value", "question")


def pool(session: WorkshopSession, library: Library, kind: str, scope: str) -> list[str]:
    """The refs of ``kind`` (value or question) in ``scope`` that the run has not drawn yet."""
    if kind not in DRAW_KINDS or scope not in SCOPES:
        raise ValueError(f"cannot draw {kind!r} from {scope!r}")
    if scope == "pack":
        refs = [r for b in session.pack.blocks for r in b.items if r.startswith(f"{kind}:")]
    elif kind == "value":
        refs = [f"value:{c.id}" for c in library.values]  # cards have no phase: the whole deck
    else:
        refs = [f"question:{q.id}" for q in library.questions if scope == "library" or q.phase == scope]
    seen = set(session.drawn)
    return [r for r in dict.fromkeys(refs) if r not in seen and library.get(*r.split(":", 1))]


def draw(
    session: WorkshopSession,
    library: Library,
    kind: str,
    scope: str,
    choose: random.Random | None = None,
) -> str | None:
    """Draw one ref from the pool, show it to the room and remember it; None when none is left."""
    refs: Sequence[str] = pool(session, library, kind, scope)
    if not refs:
        return None
    ref = (choose or random.Random()).choice(refs)
    session.show_draw(ref)
    return ref
