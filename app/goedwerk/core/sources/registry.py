"""The folders a user added as library sources, kept in ``sources.json`` in the data directory.

The bundled library and the own library are always the first two sources; the folders follow
in the order they were added (or moved to). A folder is stored by its absolute path with its
writable and enabled flags. Whether a folder can be written at all is asked of the file
system each time (``can_write``): a read-only share stays read-only whatever the flag says.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import replace
from pathlib import Path

from goedwerk.core.errors import GoedWerkError, NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import BUNDLED, OWN, Source
from goedwerk.core.paths import atomic_write

logger = logging.getLogger(__name__)

SOURCES_FILE = "sources.json"


class SourceRegistry:
    """The added folders of one data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / SOURCES_FILE

    def folders(self) -> list[Source]:
        """The added folders in order, each marked available or not."""
        try:
            rows = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            logger.warning("%s is unreadable, no extra sources: %s", self.path, exc)
            return []
        folders = []
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and isinstance(row.get("path"), str):
                path = Path(row["path"])
                writable, enabled = bool(row.get("writable")), bool(row.get("enabled", True))
                folders.append(Source(str(path), path, writable, path.is_dir(), enabled))
        return folders

    def add(self, folder: Path, writable: bool = False, reserved: tuple[Path, ...] = ()) -> Source:
        """Add ``folder`` (it must exist) at the end; adding it again updates its flag."""
        folder = folder.expanduser().resolve()
        if not folder.is_dir():
            raise NotFoundError(_("map {path} bestaat niet").format(path=folder))
        if folder in reserved:
            raise GoedWerkError(_("{path} is al een bron van de bibliotheek").format(path=folder))
        folders = [f for f in self.folders() if f.path != folder]
        index = next((i for i, f in enumerate(self.folders()) if f.path == folder), len(folders))
        source = Source(str(folder), folder, writable, True)
        folders.insert(index, source)
        self._write(folders)
        return source

    def remove(self, folder: Path) -> Source:
        """Remove ``folder`` from the list (its files are not touched)."""
        folders = self.folders()
        found = self._find(folders, folder)
        self._write([f for f in folders if f is not found])
        return found

    def move(self, folder: Path, offset: int) -> Source:
        """Move ``folder`` ``offset`` places up (negative) or down among the added folders."""
        folders = self.folders()
        found = self._find(folders, folder)
        index = folders.index(found)
        folders.insert(max(0, min(len(folders) - 1, index + offset)), folders.pop(index))
        self._write(folders)
        return found

    def set_enabled(self, folder: Path, enabled: bool) -> Source:
        """Read ``folder`` again (True) or skip it for now (False), keeping its place."""
        return self._change(folder, enabled=enabled)

    def set_writable(self, folder: Path, writable: bool) -> Source:
        """Let own stories be saved into ``folder`` (True) or not (False), keeping its place."""
        return self._change(folder, writable=writable)

    def _change(self, folder: Path, **fields: bool) -> Source:
        folders = self.folders()
        found = self._find(folders, folder)
        changed = replace(found, **fields)
        self._write([changed if f is found else f for f in folders])
        return changed

    @staticmethod
    def _find(folders: list[Source], folder: Path) -> Source:
        wanted = {str(folder), str(folder.expanduser().resolve())}
        found = next((f for f in folders if f.id in wanted), None)
        if found is None:
            raise NotFoundError(_("{path} is geen bron (zie 'goedwerk sources list')").format(path=folder))
        return found

    def _write(self, folders: list[Source]) -> None:
        rows = [{"path": f.id, "writable": f.writable, "enabled": f.enabled} for f in folders]
        atomic_write(self.path, json.dumps(rows, ensure_ascii=False, indent=2) + "\n")


def source_label(source_id: str) -> str:
    """How a source is named to the user: "meegeleverd", "eigen" or the folder's path."""
    labels = {BUNDLED: _("meegeleverd"), OWN: _("eigen")}
    return labels.get(source_id, source_id)


def can_write(source: Source) -> bool:
    """True when own items may be saved into ``source``: chosen so, there, and writable on disk."""
    return source.writable and source.enabled and source.available and os.access(source.path, os.W_OK)
