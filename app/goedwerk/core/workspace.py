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
from dataclasses import replace
from pathlib import Path

from goedwerk.core.bundles.archive import BundleError
from goedwerk.core.bundles.exporting import parse_items
from goedwerk.core.bundles.importing import CONFLICT_CHOICES
from goedwerk.core.bundles.service import BundleService, FlaggedReflections, Inspection, describe
from goedwerk.core.content.anonymise import Finding, scan
from goedwerk.core.content.reader_html import guide_kind_label, item_html, parse_link, phase_label
from goedwerk.core.content.render import escape, markdown_to_html
from goedwerk.core.content.sections import word_count
from goedwerk.core.errors import GoedWerkError, NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import (
    BUNDLED,
    OWN,
    Changes,
    Guide,
    Library,
    Pack,
    Problem,
    Question,
    SearchHit,
    SearchResult,
    Source,
    Story,
    ValueCard,
)
from goedwerk.core.packs import operations as packs
from goedwerk.core.packs.composer import Choice, ComposeRequest, Composition
from goedwerk.core.packs.html import PART_NAMES, STYLE, build_parts, parse_parts
from goedwerk.core.packs.labels import (
    BLOCK_KIND_ICONS,
    BLOCK_KIND_TINTS,
    KIND_LABELS,
    block_kind_label,
    format_date,
    format_minutes,
    label,
    print_tints,
)
from goedwerk.core.packs.operations import Slot, resolve, schedule, story_options
from goedwerk.core.packs.packfile import check_pack_file
from goedwerk.core.packs.shelf import PackShelf
from goedwerk.core.packs.templatefile import SUFFIX as TEMPLATE_SUFFIX
from goedwerk.core.packs.templatefile import read_template_file, write_template_file
from goedwerk.core.packs.usage import Use
from goedwerk.core.paths import (
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
from goedwerk.core.sources.own_store import OwnItemStore
from goedwerk.core.sources.own_stories import OwnStories
from goedwerk.core.sources.registry import SourceRegistry, can_write, source_label
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
    "BLOCK_KIND_TINTS",
    "CONFLICT_CHOICES",
    "DRAW_KINDS",
    "KIND_LABELS",
    "NOT_USED_WITH",
    "PART_NAMES",
    "PROMPT_FIELDS",
    "SCOPES",
    "STYLE",
    "TEMPLATE_SUFFIX",
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
    "can_write",
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
    "guide_kind_label",
    "item_html",
    "label",
    "library_key",
    "markdown_to_html",
    "packs",
    "parse_items",
    "parse_link",
    "parse_parts",
    "phase_label",
    "print_tints",
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
        self.own = OwnStories(self.own_dir, lambda: self.library, self.refresh, self.sources, self.item_path)
        self.packs = PackShelf(self.catalog, lambda: self.library, self.templates, self.runs.started)
        self.bundles = BundleService(
            lambda: self.library,
            self.catalog,
            self.own_dir,
            self.item_path,
            self.refresh,
            self.reflections,
            self.changed,
        )
        self.own_items = OwnItemStore(lambda: self.library, self.own_dir, self.refresh)  # guides, questions
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

    def load_last(self) -> Library:
        """The library as the last load left it, from its cache without looking at the files
        (a quick start: no listing, no stat); ``load()`` when there is no usable cache.

        Call ``check_files`` afterwards: it brings the library in line when files changed.
        """
        with self.lock:
            loader = self._loader()
            library = loader.load_last()
            return self._loaded(loader, library) if library is not None else self._load()

    def check_files(self) -> bool:
        """Load the library again when its files changed since it was loaded; True when they had.

        The look at the files (a listing and a stat each) holds no lock, so searches go on
        meanwhile; only a reload takes it, as ``refresh`` does.
        """
        with self.lock:
            loader, known = self._loader(), self.fingerprint
        if known is not None and loader.files_fingerprint() == known:
            with self.lock:
                if self.fingerprint == known:
                    self.last_load = replace(self.last_load, checked=True)
            return False
        self.refresh()
        return True

    def _loader(self) -> LibraryLoader:
        sources = [LoadSource(self.key, self.library_dir, BUNDLED)]
        if self.use_sources:
            added = (s for s in self.sources()[1:] if s.enabled)
            sources += [LoadSource(library_key(s.path), s.path, s.id) for s in added]
        return LibraryLoader(self.catalog, sources, self.library_cache_path)

    def _load(self) -> Library:
        loader = self._loader()
        return self._loaded(loader, loader.load())

    def _loaded(self, loader: LibraryLoader, library: Library) -> Library:
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
        self.changed(Changes(library=True))  # every screen that shows the library follows
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

    def move_source(self, folder: Path, offset: int) -> Source:
        """Move an added folder up (negative) or down the list; the first holding an id wins."""
        source = self.registry.move(folder, offset)
        self.refresh()
        return source

    def enable_source(self, folder: Path, enabled: bool) -> Source:
        """Read an added folder (True) or skip it for now (False)."""
        source = self.registry.set_enabled(folder, enabled)
        self.refresh()
        return source

    def set_source_writable(self, folder: Path, writable: bool) -> Source:
        """Let own stories go into an added folder (True) or keep it read-only (False)."""
        source = self.registry.set_writable(folder, writable)
        self.refresh()
        return source

    def source_problems(self, source: Source) -> list[Problem]:
        """The problems of the library's files that are in ``source``."""
        prefixes = tuple(f"{s.path.name}/" for s in self.sources()[1:])
        if source.id == BUNDLED:
            return [p for p in self.problems if not p.path.startswith(prefixes)]
        return [p for p in self.problems if p.path.startswith(f"{source.path.name}/")]

    def item_path(self, story: Story | Guide) -> Path:
        """The file a story or guide was read from."""
        origin = self.library.origin(story.kind, story.id)
        root = next((s.path for s in self.sources() if s.id == origin), self.library_dir)
        return root.parent / story.path

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
        exclude = self.packs.used_with(group) if group.strip() else set()
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
        """How long an item is to read, in words as a reader counts them (0 when there is no such item).

        Stories and guides carry the count of their text as read (``words``, counted when parsed);
        a card is its name, description and question, a question its text.
        """
        item = self.library.get(kind, item_id)
        if isinstance(item, Story | Guide):
            return item.words
        if isinstance(item, ValueCard):
            return word_count(f"{item.name} {item.description} {item.question}")
        return word_count(item.text) if isinstance(item, Question) else 0

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

    def export_template_file(self, template_id: str, path: Path) -> Pack:
        """Write the own template ``template_id`` (an id or a title) as a ``*.template.yaml`` file."""
        template = self.templates.template(template_id)
        write_template_file(template, path)
        return template

    def import_template_file(self, path: Path, clash: str = "ask") -> Pack:
        """Read, validate and store a ``*.template.yaml`` file; nothing is stored when it is bad.

        A template with the same title: ``clash`` is ``ask`` (``NameClashError``), ``replace``
        or ``rename``; see ``TemplateStore.add``.
        """
        return self.templates.add(read_template_file(path, self.library), clash)
