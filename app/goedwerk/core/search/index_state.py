"""The small JSON file beside a Whoosh index that says which documents it holds.

Both the library index and the reflections index keep ``{"schema": N, "docs": {id: hash}}``
(plus their own keys) next to their segments, written atomically after every commit, so a
crash between commit and state write is noticed and repaired on the next start.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows: one process per data directory in practice
    fcntl = None  # type: ignore[assignment]

from whoosh import index as whoosh_index

from goedwerk.core.paths import atomic_write

logger = logging.getLogger(__name__)


def read_state(path: Path) -> dict[str, Any] | None:
    """The state at ``path``; None when it is missing, unreadable or malformed."""
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and isinstance(state.get("docs"), dict) else None


def write_state(path: Path, state: dict[str, Any]) -> None:
    """Write ``state`` to ``path`` atomically (a temporary file, then a rename)."""
    atomic_write(path, json.dumps(state))


def open_checked(
    directory: Path, state: dict[str, Any] | None, schema: int, label: str, source: str = "the content"
) -> Any | None:
    """The Whoosh index in ``directory`` when its state matches ``schema`` and its documents.

    Returns None (with a log line naming ``label`` and what it is rebuilt from, ``source``)
    when there is no valid state, the index
    cannot be opened, or it holds another number of documents than the state says: the
    caller then rebuilds it.
    """
    if state is None or state.get("schema") != schema:
        if directory.exists():
            logger.warning("%s %s has no valid state; rebuilding from %s", label, directory, source)
        return None
    try:
        ix = whoosh_index.open_dir(str(directory))
        count = ix.doc_count()
    except Exception as exc:  # Whoosh raises many kinds of errors on a damaged index
        logger.warning("%s %s is unreadable (%s); rebuilding from %s", label, directory, exc, source)
        return None
    if count != len(state["docs"]):
        logger.warning(
            "%s %s holds %d documents, expected %d; rebuilding from %s",
            label,
            directory,
            count,
            len(state["docs"]),
            source,
        )
        ix.close()
        return None
    return ix


@contextlib.contextmanager
def build_lock(directory: Path) -> Iterator[None]:
    """Hold ``<directory>.lock`` exclusively: processes that build the same index take turns.

    Four processes building one index at once failed with "seek of closed file"; with the
    lock the second one finds the index the first one built.
    """
    try:
        if fcntl is None:
            raise OSError("no fcntl")
        directory.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(directory.with_name(directory.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:  # no locks here (Windows, a read-only folder): go on without
        logger.debug("no build lock for %s: %s", directory, exc)
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
