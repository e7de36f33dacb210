"""``ws.own``: the user's own stories (Mijn verhalen), a part of the ``Workspace`` facade.

Own stories are Markdown files in the data directory's own library (``own.OWN_DIR``), read as
one of the library's sources; every write loads the library again through ``refresh``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from goedwerk.core.errors import NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import Kind, Library, Story
from goedwerk.core.paths import atomic_write, ensure_private_dir
from goedwerk.core.sources import own


class OwnStories:
    """Write, copy, delete and restore own stories in ``own_dir``; list them by title."""

    def __init__(self, own_dir: Path, library: Callable[[], Library], refresh: Callable[[], Library]) -> None:
        """``library`` gives the loaded library, ``refresh`` loads it again after a write."""
        self.own_dir, self._library, self._refresh = own_dir, library, refresh

    def new(self, title: str) -> Path:
        """Write an own story from the template and return its path."""
        library = self._library()
        taken = {s.id for s in library.stories}
        story = own.template(title, own.free_id(own.slugify(title), taken), library)
        return self.save(story)

    def save(self, story: Story) -> Path:
        """Write (or overwrite) the own story ``story`` and load it into the library."""
        path = own.write_story(self.own_dir, story)
        self._refresh()
        return path

    def copy(self, story_id: str) -> Story:
        """Start an own story as a copy of ``story_id``; return the copy (already saved)."""
        library = self._library()
        story = library.get(Kind.STORY, story_id)
        if not isinstance(story, Story):
            raise NotFoundError(_("verhaal '{id}' bestaat niet").format(id=story_id))
        copy = own.copy_of(story, {s.id for s in library.stories})
        self.save(copy)
        return copy

    def delete(self, story_id: str) -> str:
        """Delete an own story; return its file text, so ``restore`` can undo it."""
        path = own.story_path(self.own_dir, story_id)
        if not self._library().is_own(Kind.STORY, story_id) or not path.is_file():
            raise NotFoundError(_("'{id}' is geen eigen verhaal").format(id=story_id))
        text = path.read_text(encoding="utf-8")
        path.unlink()
        self._refresh()
        return text

    def restore(self, story_id: str, text: str) -> Path:
        """Put a deleted own story back exactly as it was."""
        path = own.story_path(self.own_dir, story_id)
        ensure_private_dir(path.parent)
        atomic_write(path, text)
        self._refresh()
        return path

    def all(self) -> list[Story]:
        """The stories of the own library, by title."""
        library = self._library()
        return sorted((s for s in library.stories if library.is_own(s.kind, s.id)), key=lambda s: s.title)
