"""``ws.own``: the user's own stories (Mijn verhalen), a part of the ``Workspace`` facade.

Own stories are Markdown files in the data directory's own library (``own.OWN_DIR``), read as
one of the library's sources; a story may also live in an added folder that takes own items
(``registry.can_write``), where it is edited in place. Every write loads the library again
through ``refresh``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from goedwerk.core.errors import NotFoundError, ReadOnlyError
from goedwerk.core.i18n import _
from goedwerk.core.model import BUNDLED, OWN, Kind, Library, Source, Story
from goedwerk.core.paths import atomic_write, ensure_private_dir
from goedwerk.core.sources import own
from goedwerk.core.sources.registry import can_write


class OwnStories:
    """Write, copy, delete and restore own stories; say which stories may be edited where they are."""

    def __init__(
        self,
        own_dir: Path,
        library: Callable[[], Library],
        refresh: Callable[[], Library],
        sources: Callable[[], list[Source]],
        item_path: Callable[[Story], Path],
    ) -> None:
        """``library`` gives the loaded library, ``refresh`` loads it again after a write,
        ``sources`` lists the library's sources and ``item_path`` finds a story's file."""
        self.own_dir, self._library, self._refresh = own_dir, library, refresh
        self._sources, self._item_path = sources, item_path

    def new(self, title: str, folder: Path | None = None) -> Path:
        """Write an own story from the template (into the own library or ``folder``); return its path."""
        library = self._library()
        taken = {s.id for s in library.stories}
        story = own.template(title, own.free_id(own.slugify(title), taken), library)
        return self.save(story, folder)

    def editable(self, kind: str, item_id: str) -> bool:
        """True when the item may be changed where it is: own, or in a folder that takes own items."""
        origin = self._library().origin(kind, item_id)
        if origin == OWN:
            return True
        source = next((s for s in self._sources() if s.id == origin and s.is_folder), None)
        return source is not None and can_write(source)

    def save(self, story: Story, folder: Path | None = None) -> Path:
        """Write the story where it lives (own library or a writable folder) and load it.

        A new story goes into the own library, or into the added ``folder``. A story from the
        bundled library or a folder that is read-only (by choice or by the disk) is refused with
        ``ReadOnlyError``: save a copy instead.
        """
        library = self._library()
        existing = library.get(Kind.STORY, story.id)
        if existing is not None and not self.editable(Kind.STORY, story.id):
            raise ReadOnlyError(self._read_only_reason(library.origin(Kind.STORY, story.id)))
        if existing is not None and not library.is_own(Kind.STORY, story.id):
            path = own.write_shared(self._item_path(existing), story)
        elif existing is None and folder is not None:
            source = self.writable_folder(folder)
            path = own.write_shared(own.story_path(source.path, story.id), story)
        else:
            path = own.write_story(self.own_dir, story)
        self._refresh()
        return path

    def writable_folder(self, folder: Path) -> Source:
        """The added ``folder`` when own items may be saved into it, else ``ReadOnlyError``."""
        wanted = {str(folder), str(folder.expanduser().resolve())}
        source = next((s for s in self._sources() if s.is_folder and s.id in wanted), None)
        if source is None:
            raise NotFoundError(_("{path} is geen bron van de bibliotheek").format(path=folder))
        if not can_write(source):
            raise ReadOnlyError(self._read_only_reason(source.id))
        return source

    def _read_only_reason(self, origin: str) -> str:
        if origin == BUNDLED:
            return _("de meegeleverde bibliotheek verandert niet; maak een eigen kopie")
        source = next((s for s in self._sources() if s.id == origin), None)
        if source is not None and not source.writable:
            reason = _("{path} is als alleen-lezen toegevoegd; maak een eigen kopie in Mijn verhalen")
        elif source is not None and source.available:
            reason = _(
                "in {path} mag je niet schrijven (alleen-lezen map); maak een eigen kopie in Mijn verhalen"
            )
        else:
            reason = _("{path} is niet bereikbaar; maak een eigen kopie in Mijn verhalen")
        return reason.format(path=origin)

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

    def editable_stories(self) -> list[Story]:
        """The stories that may be edited where they are (own, or in writable folders), by title."""
        library = self._library()
        origins = {s.id for s in self._sources() if s.id == OWN or (s.is_folder and can_write(s))}
        found = (s for s in library.stories if library.origin(s.kind, s.id) in origins)
        return sorted(found, key=lambda s: s.title)
