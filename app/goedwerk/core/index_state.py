"""The small JSON file beside a Whoosh index that says which documents it holds.

Both the library index and the reflections index keep ``{"schema": N, "docs": {id: hash}}``
(plus their own keys) next to their segments, written atomically after every commit, so a
crash between commit and state write is noticed and repaired on the next start.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def read_state(path: Path) -> dict[str, Any] | None:
    """The state at ``path``; None when it is missing, unreadable or malformed."""
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and isinstance(state.get("docs"), dict) else None


def write_state(path: Path, state: dict[str, Any]) -> None:
    """Write ``state`` to ``path`` atomically (a temporary file, then a rename)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state), encoding="utf-8")
    os.replace(tmp, path)
