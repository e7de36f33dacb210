"""A whole loaded library in one file, for starts where no content file changed.

The cache sits beside the library's search index and is keyed by the library's fingerprint
(the hashes of all its files), so it can never describe a library other than the one on disk.
It is derived data: a missing, stale or damaged cache is simply ignored and rebuilt. It is
written with ``marshal`` (plain tuples and strings; several times faster to read than JSON),
so it is also keyed by the Python version, and lives in the owner-only data directory.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sys
from collections.abc import Iterable
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
from goedwerk.core.paths import atomic_write

logger = logging.getLogger(__name__)

CACHE_VERSION = 5  # 4: shallow item tuples; 5: Story.words, Guide.words, Format.group_size


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
    data = (_KEY, library_fingerprint, _to_data(library))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, marshal.dumps(data))
    except (OSError, ValueError) as exc:
        logger.warning("could not write the library cache %s: %s", path, exc)


def load(path: Path, library_fingerprint: str, root: Path) -> Library | None:
    """The cached library when the cache matches ``library_fingerprint``, else None."""
    try:
        key, stored_fingerprint, data = marshal.loads(path.read_bytes())
        if key != _KEY or stored_fingerprint != library_fingerprint:
            return None
        return _from_data(data, root)
    except (OSError, ValueError, EOFError, TypeError, KeyError) as exc:
        logger.info("library cache %s not used: %s", path, exc)
        return None


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


def _from_data(data: tuple, root: Path) -> Library:
    vocab, stories, values, questions, formats, problems, guides, origins = data
    vocabulary = Vocabulary(*(tuple(Term(*t) for t in terms) for terms in vocab))
    return Library(
        root,
        vocabulary,
        tuple(Story(*s) for s in stories),
        tuple(ValueCard(*v) for v in values),
        tuple(Question(*q) for q in questions),
        tuple(_format(*f) for f in formats),
        tuple(Problem(*p) for p in problems),
        tuple(Guide(*g) for g in guides),
        tuple(tuple(o) for o in origins),
    )
