"""The reflections journal: typed text that is not yet in the catalog, in a small file beside it.

The editor puts every reflection it is about to save here first (a fast, private, atomic file
write), then writes the catalog off the UI thread; ``discard`` takes the entry out once that
write succeeded. A catalog that is busy (another process holds its write lock) or a crash in
between loses nothing: ``replay`` at the next start saves what the journal still holds, unless
the catalog already has that reflection at the same time or later.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from goedwerk.core.errors import ExportError, NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.paths import atomic_write

# The journal is below the store: it takes the reflection type from the store that makes it
# (no import of goedwerk.core.reflections.store here, so the two are no import circle).
Reflection = Any
ReflectionStore = Any

logger = logging.getLogger(__name__)

JOURNAL_NAME = "reflections-journal.json"


class Journal:
    """Unsaved reflections by id, in ``<data dir>/reflections-journal.json``; thread-safe."""

    def __init__(self, path: Path, kind: type) -> None:
        self.path = path
        self.kind = kind  # the dataclass of a reflection (goedwerk.core.reflections.store.Reflection)
        self._lock = threading.Lock()

    def entries(self) -> list[Reflection]:
        """The reflections the journal holds, oldest change first."""
        with self._lock:
            data = self._read()
        names = {f.name for f in fields(self.kind)}
        found = []
        for row in data.values():
            if isinstance(row, dict) and names.issuperset(row):
                tuples = {k: tuple(v) for k, v in row.items() if isinstance(v, list)}
                found.append(self.kind(**{**row, **tuples}))
        return sorted(found, key=lambda r: r.modified)

    def find(self, pack_id: str | None, block_index: int | None) -> Reflection | None:
        """The newest journalled reflection on a pack's session or block, or None."""
        hits = [r for r in self.entries() if r.pack_id == pack_id and r.block_index == block_index]
        return hits[-1] if hits else None

    def put(self, reflection: Reflection) -> None:
        """Keep ``reflection`` (stamped) until ``discard``; raises ``GoedWerkError`` when it cannot."""
        with self._lock:
            data = self._read()
            data[reflection.id] = asdict(reflection)
            self._write(data)

    def discard(self, reflection: Reflection) -> None:
        """Forget ``reflection`` once it is in the catalog (a newer entry for its id stays)."""
        with self._lock:
            data = self._read()
            entry = data.get(reflection.id)
            if entry is None or entry.get("modified", 0) > reflection.modified:
                return
            del data[reflection.id]
            self._write(data)

    def replay(self, store: ReflectionStore) -> int:
        """Save every entry the catalog does not have yet; return how many were saved.

        A ``CatalogError`` (the catalog is busy or full) stops the replay; the entries stay.
        """
        saved = 0
        for entry in self.entries():
            try:
                stored = store.get(entry.id)
            except NotFoundError:
                stored = None
            if stored is None or stored.modified < entry.modified:
                store.save(entry)
                saved += 1
                logger.warning("reflection %s restored from the journal", entry.id)
            self.discard(entry)
        return saved

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            logger.error("reflections journal %s unreadable: %s", self.path, exc)
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict) -> None:
        try:
            if data:
                atomic_write(self.path, json.dumps(data, ensure_ascii=False))
            else:
                self.path.unlink(missing_ok=True)
        except OSError as exc:  # a full disk: the text stays in memory, the caller says why
            raise ExportError(
                _("kan {path} niet schrijven: {error}").format(path=self.path, error=exc)
            ) from exc
