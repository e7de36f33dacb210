"""The parsed library, kept only here: the whole library for starts where no content file
changed, and each file's parse for the loads where some did.

The cache sits beside the library's search index and is keyed by the library's fingerprint
(the hashes of all its files), so its library can never describe another than the one on disk;
each file's parse is keyed by that file's content hash. It is derived data: a missing, stale or
damaged cache is simply ignored and rebuilt. It is written with ``marshal`` (plain tuples and
strings; several times faster to read than JSON), so it is also keyed by the Python version,
and lives in the owner-only data directory.

Two files: the library (a small header with the key, the fingerprint and the byte sizes of the
parts, the library without its stories, then the stories in parts of ``STORIES_PER_PART``, so a
start holds one part's bytes at a time, not the file's), and beside it the parsed files
(``save_parsed``/``load_parsed``), which only a load that parses changed files reads or writes.
A parse left from an earlier content of a file is never used: its hash no longer matches.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import astuple, fields
from pathlib import Path

from goedwerk.core.model import (
    Format,
    FormatBlock,
    GroupSize,
    Guide,
    Library,
    Problem,
    Question,
    Story,
    Term,
    ValueCard,
    Vocabulary,
)
from goedwerk.core.paths import replacing

logger = logging.getLogger(__name__)

CACHE_VERSION = 6  # 4: shallow item tuples; 5: Story.words, ...; 6: in parts, parses beside
STORIES_PER_PART = 2000
ParsedFiles = dict[str, tuple[str, str]]  # file key -> (content hash, its parse as JSON)


def fingerprint(file_hashes: Iterable[tuple[str, str]]) -> str:
    """A short hash over ``(path, content hash)`` pairs, independent of their order."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"v{CACHE_VERSION}".encode())
    for path, sha in sorted(file_hashes):
        digest.update(f"{path}\0{sha}\n".encode())
    return digest.hexdigest()


_KEY = f"{CACHE_VERSION}/{sys.version_info[0]}.{sys.version_info[1]}/{marshal.version}"


def save(path: Path, library_fingerprint: str, library: Library) -> None:
    """Write the cache atomically; a failure only costs the next start some time."""
    data = _to_data(library)
    stories = data[1]
    parts = [marshal.dumps(data[:1] + data[2:])]
    step = STORIES_PER_PART
    parts += [marshal.dumps(stories[i : i + step]) for i in range(0, len(stories), step)]
    head = marshal.dumps((_KEY, library_fingerprint, [len(part) for part in parts]))
    _write(path, [head, *parts])


def save_parsed(path: Path, parsed: ParsedFiles) -> None:
    """Write each file's parse beside the library cache at ``path``."""
    _write(_parsed_path(path), [marshal.dumps((_KEY, parsed))])


def _parsed_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(".library.marshal") + ".parsed.marshal")


def _write(path: Path, parts: list[bytes]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as tmp, tmp.open("wb") as out:
            for part in parts:
                out.write(part)
    except (OSError, ValueError) as exc:
        logger.warning("could not write the library cache %s: %s", path, exc)


def stored_fingerprint(path: Path) -> str | None:
    """The fingerprint the cache at ``path`` was saved under (None without a usable cache).

    Reads only the small header: a quick start takes this library before it looks at any file.
    """
    try:
        with path.open("rb") as cache:
            key, stored, _sizes = marshal.load(cache)
    except (OSError, ValueError, EOFError, TypeError) as exc:
        logger.info("library cache %s not used: %s", path, exc)
        return None
    return stored if key == _KEY and isinstance(stored, str) else None


def load(path: Path, library_fingerprint: str, root: Path) -> Library | None:
    """The cached library when the cache matches ``library_fingerprint``, else None."""
    try:
        with path.open("rb") as cache, _no_collection():
            key, stored_fingerprint, sizes = marshal.load(cache)
            if key != _KEY or stored_fingerprint != library_fingerprint:
                return None
            rest = marshal.loads(cache.read(sizes[0]))
            stories = tuple(Story(*s) for size in sizes[1:] for s in marshal.loads(cache.read(size)))
        return _from_data(rest, stories, root)
    except (OSError, ValueError, EOFError, TypeError, KeyError) as exc:
        logger.info("library cache %s not used: %s", path, exc)
        return None


@contextmanager
def _no_collection() -> Iterator[None]:
    """No cyclic garbage collection while the cache is read: its million tuples hold no cycles,
    and each collection Python starts meanwhile walks every object made so far (a fifth of the
    load at 20,000 stories). Reference counting still frees what is dropped."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_parsed(path: Path) -> ParsedFiles:
    """The parse of each file saved beside the library cache at ``path`` (empty when unusable)."""
    try:
        key, parsed = marshal.loads(_parsed_path(path).read_bytes())
        return parsed if key == _KEY and isinstance(parsed, dict) else {}
    except (OSError, ValueError, EOFError, TypeError) as exc:
        logger.info("no parsed files beside the library cache %s: %s", path, exc)
        return {}


def _to_data(library: Library) -> tuple:
    return (
        astuple(library.vocabulary),
        _flat(library.stories),
        _flat(library.values),
        _flat(library.questions),
        tuple(astuple(f) for f in library.formats),
        _flat(library.problems),
        _flat(library.guides),
        library.origins,
    )


def _flat(items: tuple) -> tuple:
    """Each item's field values as a tuple: ``astuple`` without its deep copy (fields hold
    strings and tuples of strings), several times faster on a large library."""
    if not items:
        return ()
    names = [f.name for f in fields(items[0])]
    return tuple(tuple(getattr(item, name) for name in names) for item in items)


def _format(id_: str, title: str, text: str, blocks: tuple, card_set: str, size: tuple | None) -> Format:
    group_size = GroupSize(*size) if size else None
    return Format(id_, title, text, tuple(FormatBlock(*b) for b in blocks), card_set, group_size)


def _from_data(data: tuple, stories: tuple[Story, ...], root: Path) -> Library:
    vocab, values, questions, formats, problems, guides, origins = data
    vocabulary = Vocabulary(*(tuple(Term(*t) for t in terms) for terms in vocab))
    return Library(
        root,
        vocabulary,
        stories,
        tuple(ValueCard(*v) for v in values),
        tuple(Question(*q) for q in questions),
        tuple(_format(*f) for f in formats),
        tuple(Problem(*p) for p in problems),
        tuple(Guide(*g) for g in guides),
        tuple(tuple(o) for o in origins),
    )
