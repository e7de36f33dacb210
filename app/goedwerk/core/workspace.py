"""The facade the CLI and the window use: a library, its catalog and its search index.

``Workspace`` loads a library incrementally. Files whose size and modification time match the
catalog are taken from the catalog's cache; changed files are parsed again; the whole-library
checks always run. The search index is then synced document by document.

Thread rule (after calibre's ``db/cache.py``): any thread may call the workspace. The catalog
gives each thread its own SQLite connection (opened lazily through ``threading.local``, WAL
mode, one ``BEGIN IMMEDIATE`` transaction per write), and the workspace's own state (the loaded
library and the index objects) changes only under ``Workspace.lock``; each search index
serialises its writers and readers with its own lock. The window runs searches on one worker
and slow jobs (index builds, exports) on another, so a search never queues behind a job.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from goedwerk.core.bundles.archive import BundleError
from goedwerk.core.bundles.exporting import parse_items
from goedwerk.core.bundles.importing import CONFLICT_CHOICES
from goedwerk.core.bundles.service import BundleService, FlaggedReflections, Inspection, describe
from goedwerk.core.content.anonymise import Finding, scan
from goedwerk.core.content.reader_html import item_html, parse_link
from goedwerk.core.content.render import escape, markdown_to_html
from goedwerk.core.errors import GoedWerkError, NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import (
    BUNDLED,
    OWN,
    Changes,
    Guide,
    Kind,
    Library,
    Pack,
    Problem,
    SearchHit,
    SearchResult,
    Source,
    Story,
)
from goedwerk.core.packs import operations as packs
from goedwerk.core.packs.composer import Choice, ComposeRequest, Composition, compose
from goedwerk.core.packs.html import PART_NAMES, STYLE, build_parts, parse_parts
from goedwerk.core.packs.labels import (
    BLOCK_KIND_ICONS,
    KIND_LABELS,
    block_kind_label,
    format_date,
    format_minutes,
    label,
)
from goedwerk.core.packs.operations import Slot, duplicate, new_pack, resolve, schedule, story_options
from goedwerk.core.packs.packfile import check_pack_file, read_pack_file, write_pack_file
from goedwerk.core.packs.usage import Use, group_had, group_packs, uses_by_ref
from goedwerk.core.paths import (
    atomic_write,
    bundled_library,
    default_data_dir,
    ensure_private_dir,
    is_read_only,
    resources_dir,
)
from goedwerk.core.reflections.harvest import (
    reflection_html,
    tag_counts,
    to_csv,
    to_markdown,
    top,
    write_text,
)
from goedwerk.core.reflections.journal import JOURNAL_NAME
from goedwerk.core.reflections.personal_data import allowed_in_reflections, flagged
from goedwerk.core.reflections.store import (
    PROMPT_FIELDS,
    Labels,
    Reflection,
    ReflectionFilter,
    ReflectionStore,
    resolve_tags,
)
from goedwerk.core.reflections.valuesort import ValueSort, ValueSortStore, format_mean, tallies_csv
from goedwerk.core.search.library_index import Progress, SearchIndex, SyncReport
from goedwerk.core.search.reflection_index import ReflectionHit, ReflectionIndex
from goedwerk.core.sources import own
from goedwerk.core.sources.registry import SourceRegistry, source_label
from goedwerk.core.store import backup as backups  # the backup commands (goedwerk backup ...)
from goedwerk.core.store.backup import BackupReport, check_and_backup, restore_latest
from goedwerk.core.store.catalog import CATALOG_NAME, Catalog
from goedwerk.core.store.library_loader import LibraryLoader, LoadReport, LoadSource
from goedwerk.core.store.notes import NoteStore
from goedwerk.core.store.saved_searches import SavedSearch, SavedSearchStore
from goedwerk.core.store.templates import SavedBlock, TemplateStore
from goedwerk.core.workshop.picker import DRAW_KINDS, SCOPES, draw
from goedwerk.core.workshop.retime import Retimed, retimed
from goedwerk.core.workshop.runs import RunStore
from goedwerk.core.workshop.session import (
    Clock,
    Level,
    Reading,
    WorkshopSession,
    delta_minutes,
    format_duration,
)
from goedwerk.core.workshop.votes import RunVotes, Vote, VoteStore

# The one door: besides Workspace, these are all the window and the command line may take
# from the core (with model, errors and i18n); an import-linter contract in pyproject.toml
# holds it. ``packs`` is the module of pure pack edits and clock times.
__all__ = [
    "BLOCK_KIND_ICONS",
    "CONFLICT_CHOICES",
    "DRAW_KINDS",
    "KIND_LABELS",
    "NOT_USED_WITH",
    "PART_NAMES",
    "PROMPT_FIELDS",
    "SCOPES",
    "STYLE",
    "BackupReport",
    "BundleError",
    "Choice",
    "Clock",
    "ComposeRequest",
    "Composition",
    "Finding",
    "FlaggedReflections",
    "Inspection",
    "Labels",
    "Level",
    "LoadReport",
    "NoteStore",
    "Reading",
    "Reflection",
    "ReflectionFilter",
    "ReflectionHit",
    "ReflectionIndex",
    "ReflectionStore",
    "Retimed",
    "RunStore",
    "RunVotes",
    "SavedBlock",
    "SavedSearch",
    "SavedSearchStore",
    "Slot",
    "SyncReport",
    "Use",
    "ValueSort",
    "ValueSortStore",
    "Vote",
    "VoteStore",
    "WorkshopSession",
    "Workspace",
    "allowed_in_reflections",
    "backups",
    "block_kind_label",
    "build_parts",
    "bundled_library",
    "check_and_backup",
    "check_pack_file",
    "default_data_dir",
    "delta_minutes",
    "describe",
    "draw",
    "escape",
    "flagged",
    "format_date",
    "format_duration",
    "format_mean",
    "format_minutes",
    "item_html",
    "label",
    "library_key",
    "markdown_to_html",
    "packs",
    "parse_items",
    "parse_link",
    "parse_parts",
    "reflection_html",
    "resolve",
    "resolve_tags",
    "resources_dir",
    "restore_latest",
    "retimed",
    "scan",
    "schedule",
    "source_label",
    "story_options",
    "tag_counts",
    "tallies_csv",
    "to_csv",
    "to_markdown",
    "top",
    "write_text",
]

logger = logging.getLogger(__name__)

NOT_USED_WITH = "not_used_with"  # the search filter: leave out what this group already had


def library_key(root: Path) -> str:
    """A short stable key for a library folder, used to keep its catalog rows and index apart."""
    return hashlib.blake2b(str(root.resolve()).encode(), digest_size=8).hexdigest()


class Workspace:
    """A library folder together with the catalog and index in a data directory."""

    def __init__(
        self, library_dir: Path | None = None, data_dir: Path | None = None, sources: bool = True
    ) -> None:
        self.library_dir = (library_dir or bundled_library()).resolve()
        if not self.library_dir.is_dir():
            raise NotFoundError(_("bibliotheekmap {path} bestaat niet").format(path=self.library_dir))
        self.data_dir = (data_dir or default_data_dir()).expanduser().resolve()
        ensure_private_dir(self.data_dir)
        self.read_only = is_read_only(self.data_dir)  # browse and search; writing says why not
        self.key = library_key(self.library_dir)
        self.own_dir = self.data_dir / own.OWN_DIR
        self.registry = SourceRegistry(self.data_dir)
        self.use_sources = sources  # False reads the library folder alone (``goedwerk check DIR``)
        self.catalog = Catalog(self.data_dir / CATALOG_NAME, read_only=self.read_only)
        self._scratch: Path | None = None
        self._listeners: list[Callable[[Changes], None]] = []
        self.reflections = ReflectionStore(self.catalog, self.changed)
        self.sorts = ValueSortStore(self.catalog, self.changed)
        self.runs = RunStore(self.catalog)
        self.votes = VoteStore(self.catalog, self.changed)
        self.notes = NoteStore(self.catalog, self.key)
        self.saved_searches = SavedSearchStore(self.catalog, self.key)
        self.templates = TemplateStore(self.catalog)
        self.bundles = BundleService(
            lambda: self.library,
            self.catalog,
            self.own_dir,
            self.item_path,
            self.refresh,
            self.reflections,
            self.changed,
        )
        self._library: Library | None = None
        self._index: SearchIndex | None = None
        self.last_load = LoadReport()
        self.fingerprint: str | None = None
        self.lock = threading.RLock()  # guards _library, _index and fingerprint (the thread rule)
        self.replayed = self._replay_journal()

    def _replay_journal(self) -> int:
        """Save the reflections a crash or a busy catalog left in the journal; return how many."""
        if not (self.data_dir / JOURNAL_NAME).exists():
            return 0
        store = self.reflections
        try:
            return store.journal.replay(store)
        except GoedWerkError as exc:  # busy or full: the journal keeps them for the next start
            logger.warning("reflections journal not replayed yet: %s", exc)
            return 0

    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        """Call ``listener(changes)`` after every operation that changes stored data."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Changes], None]) -> None:
        """Stop calling ``listener``."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def changed(self, changes: Changes) -> None:
        """Tell every listener what an operation changed (in the calling thread)."""
        for listener in list(self._listeners):
            listener(changes)

    def reflection_index(self) -> ReflectionIndex:
        """The reflections' own search index in the data directory (the caller closes it)."""
        return ReflectionIndex(self.data_dir)

    @property
    def index_dir(self) -> Path:
        """Where this library's search index lives (a private temporary folder when read-only)."""
        if not self.read_only:
            return self.data_dir / "index" / self.key
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="goedwerk-index-"))
        return self._scratch / "index" / self.key

    @property
    def library(self) -> Library:
        """The loaded library (loading it on first use)."""
        library = self._library
        if library is None:
            library = self.load()
        return library

    @property
    def loaded(self) -> Library | None:
        """The library when it has been loaded, else None (never loads it)."""
        return self._library

    @property
    def library_cache_path(self) -> Path:
        """Where the whole loaded library is cached for unchanged starts."""
        return self.index_dir.parent / f"{self.key}.library.marshal"

    def load(self) -> Library:
        """Load the library, reusing the catalog's cache for unchanged files."""
        with self.lock:
            return self._load()

    def _load(self) -> Library:
        sources = [LoadSource(self.key, self.library_dir, BUNDLED)]
        if self.use_sources:
            sources += [LoadSource(library_key(s.path), s.path, s.id) for s in self.sources()[1:]]
        loader = LibraryLoader(self.catalog, sources, self.library_cache_path)
        library = loader.load()
        self.fingerprint, self.last_load = loader.fingerprint, loader.report
        self._library = library
        if self._index is not None:
            self._index.library = library
        return library

    def _edited(self) -> tuple[frozenset[str], str] | None:
        """The stories the last load found edited, with the fingerprint before (else None)."""
        report = self.last_load
        return None if report.changed_refs is None else (report.changed_refs, report.previous or "")

    def refresh(self) -> Library:
        """Load the library again and bring an open search index in line with it."""
        with self.lock:
            library = self._load()
            if self._index is not None:
                self._index.sync(library, fingerprint=self.fingerprint, edited=self._edited())
            return library

    # -- sources and the own library -----------------------------------------------------------

    def sources(self) -> list[Source]:
        """The library's sources in order: bundled, own, then the added folders."""
        if not self.use_sources:
            return [Source(BUNDLED, self.library_dir)]
        ensure_private_dir(self.own_dir)
        return [Source(BUNDLED, self.library_dir), Source(OWN, self.own_dir, True), *self.registry.folders()]

    def add_source(self, folder: Path, writable: bool = False) -> Source:
        """Add a folder as a source (after the others) and load it."""
        source = self.registry.add(folder, writable, reserved=(self.library_dir, self.own_dir))
        self.refresh()
        return source

    def remove_source(self, folder: Path) -> Source:
        """Stop reading a folder; its files stay where they are."""
        source = self.registry.remove(folder)
        self.refresh()
        return source

    def new_story(self, title: str) -> Path:
        """Write an own story from the template and return its path."""
        taken = {s.id for s in self.library.stories}
        story = own.template(title, own.free_id(own.slugify(title), taken), self.library)
        return self.save_story(story)

    def save_story(self, story: Story) -> Path:
        """Write (or overwrite) the own story ``story`` and load it into the library."""
        path = own.write_story(self.own_dir, story)
        self.refresh()
        return path

    def copy_story(self, story_id: str) -> Story:
        """Start an own story as a copy of ``story_id``; return the copy (already saved)."""
        story = self.library.get(Kind.STORY, story_id)
        if not isinstance(story, Story):
            raise NotFoundError(_("verhaal '{id}' bestaat niet").format(id=story_id))
        copy = own.copy_of(story, {s.id for s in self.library.stories})
        self.save_story(copy)
        return copy

    def delete_story(self, story_id: str) -> str:
        """Delete an own story; return its file text, so ``restore_story`` can undo it."""
        path = own.story_path(self.own_dir, story_id)
        if not self.library.is_own(Kind.STORY, story_id) or not path.is_file():
            raise NotFoundError(_("'{id}' is geen eigen verhaal").format(id=story_id))
        text = path.read_text(encoding="utf-8")
        path.unlink()
        self.refresh()
        return text

    def restore_story(self, story_id: str, text: str) -> Path:
        """Put a deleted own story back exactly as it was."""
        path = own.story_path(self.own_dir, story_id)
        ensure_private_dir(path.parent)
        atomic_write(path, text)
        self.refresh()
        return path

    def item_path(self, story: Story | Guide) -> Path:
        """The file a story or guide was read from."""
        origin = self.library.origin(story.kind, story.id)
        root = next((s.path for s in self.sources() if s.id == origin), self.library_dir)
        return root.parent / story.path

    def own_stories(self) -> list[Story]:
        """The stories of the own library, by title."""
        library = self.library
        return sorted((s for s in library.stories if library.is_own(s.kind, s.id)), key=lambda s: s.title)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Everything wrong with the library's files."""
        return self.library.problems

    def index(self, progress: Progress | None = None) -> SearchIndex:
        """The search index, synced with the library (built on first use)."""
        with self.lock:
            if self._index is None:
                index = SearchIndex(self.index_dir, self.library)
                report = index.sync(progress=progress, fingerprint=self.fingerprint, edited=self._edited())
                self._index = index
                if report.changed:
                    logger.info("search index %s: %s", self.index_dir, report)
            return self._index

    def reindex(self, progress: Progress | None = None) -> SyncReport:
        """Reload the library and rebuild its index from scratch."""
        with self.lock:
            self.load()
            if self._index is None:
                self._index = SearchIndex(self.index_dir, self.library)
            index, fingerprint = self._index, self.fingerprint
        return index.rebuild(progress, fingerprint)

    def search(
        self,
        text: str,
        filters: dict[str, Iterable[str] | str] | None = None,
        limit: int = 20,
        facets: bool = False,
        prefix_last: bool = False,
        count: bool = True,
    ) -> SearchResult:
        """Search the library; see ``SearchIndex.search``.

        The filter ``not_used_with`` (a group name) leaves out what that group already had;
        items whose private note holds every word of ``text`` match too.
        """
        filters = dict(filters or {})
        group = filters.pop(NOT_USED_WITH, "")
        group = group if isinstance(group, str) else next(iter(group), "")
        exclude = self.used_with(group) if group.strip() else set()
        return self.index().search(
            text,
            filters,
            limit=limit,
            facets=facets,
            prefix_last=prefix_last,
            count=count,
            exclude=exclude,
            also=self.notes.matching(text),
        )

    def item_length(self, kind: str, item_id: str) -> int:
        """How long an item is to read, in words (0 when the library has no such item)."""
        item = self.library.get(kind, item_id)
        text = getattr(item, "body", None) or getattr(item, "text", None) or getattr(item, "description", "")
        return len(str(text or "").split())

    def used_with(self, group: str) -> set[str]:
        """The refs of every item that the stored packs of ``group`` hold."""
        return set(uses_by_ref(group_packs(self.packs(), group)))

    def related(self, story_id: str, limit: int = 5) -> list[SearchHit]:
        """Stories like ``story_id``; see ``SearchIndex.related``."""
        return self.index().related(story_id, limit=limit)

    # -- the user's own data -------------------------------------------------------------------

    def set_favourite(self, kind: str, item_id: str, on: bool) -> None:
        """Mark or unmark a favourite."""
        self.catalog.set_favourite(self.key, kind, item_id, on)

    def favourites(self) -> list[tuple[str, str]]:
        """Favourite items that still exist, newest first."""
        return [k for k in self.catalog.favourites(self.key) if self.library.get(*k)]

    def mark_opened(self, kind: str, item_id: str) -> None:
        """Remember that an item was read."""
        self.catalog.mark_opened(self.key, kind, item_id)

    def recent(self, limit: int = 15) -> list[tuple[str, str]]:
        """Recently read items that still exist, most recent first."""
        return [k for k in self.catalog.recent(self.key, limit) if self.library.get(*k)]

    def close(self) -> None:
        """Close index and catalog (and remove a read-only workspace's temporary index)."""
        if self._index is not None:
            self._index.close()
        self.catalog.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    # -- session packs (stored per data directory, items refer to this library) ---------------

    def new_pack(self, title: str = "", format_id: str | None = None) -> Pack:
        """Create and store a pack, blank or with the blocks of the session format ``format_id``.

        ``format_id`` may also be ``template:<id>``, one of the user's own templates.
        """
        if format_id is not None and format_id.startswith("template:"):
            return self.catalog.save_pack(self.templates.new_pack(format_id.partition(":")[2], title))
        fmt = None
        if format_id is not None:
            fmt = self.library.format(format_id)
            if fmt is None:
                raise NotFoundError(_("werkvorm '{id}' bestaat niet").format(id=format_id))
        return self.catalog.save_pack(new_pack(title, fmt))

    def save_pack(self, pack: Pack) -> Pack:
        """Store ``pack`` (insert or replace); return it with its new modified time."""
        return self.catalog.save_pack(pack)

    def pack(self, pack_id: str) -> Pack:
        """The stored pack ``pack_id``; raise ``NotFoundError`` when there is none."""
        return self.catalog.get_pack(pack_id)

    def packs(self) -> list[Pack]:
        """All stored packs by date (undated last), then title."""
        return self.catalog.list_packs()

    def delete_pack(self, pack_id: str) -> Pack:
        """Delete a pack and return it, so that ``restore_pack`` can undo the deletion."""
        return self.catalog.delete_pack(pack_id)

    def restore_pack(self, pack: Pack) -> Pack:
        """Store a deleted pack again exactly as it was."""
        return self.catalog.save_pack(pack, touch=False)

    def compose_pack(self, request: ComposeRequest) -> Composition:
        """Propose a pack for ``request`` (not stored); the group's stored packs are its history."""
        history = group_packs(self.packs(), request.group) if request.group.strip() else []
        return compose(self.library, request, history)

    def uses(self, ref: str) -> list[Use]:
        """The stored packs that hold the item ``ref``, with their group and date, by date."""
        return uses_by_ref(self.packs(), self.runs.started()).get(ref, [])

    def group_had(self, pack: Pack) -> dict[str, list[Use]]:
        """The items of ``pack`` that its group already had in other stored packs."""
        return group_had(pack, self.packs(), self.runs.started())

    def groups(self) -> list[str]:
        """The group names the stored packs use, sorted."""
        return sorted({p.group.strip() for p in self.packs() if p.group.strip()}, key=str.casefold)

    def duplicate_pack(self, pack: Pack, title: str | None = None) -> Pack:
        """Store a copy of ``pack`` under a new id (title "<title> (kopie)" by default)."""
        return self.catalog.save_pack(duplicate(pack, title))

    def import_pack_file(self, path: Path) -> Pack:
        """Read, validate and store a ``*.pack.yaml`` file; nothing is stored when it is bad."""
        return self.catalog.save_pack(read_pack_file(path, self.library))

    def export_pack_file(self, pack: Pack, path: Path) -> None:
        """Write ``pack`` as a ``*.pack.yaml`` file, atomically."""
        write_pack_file(pack, path)
