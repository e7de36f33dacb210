"""A whole loaded library as one JSON file, for starts where no content file changed.

The cache sits beside the library's search index and is keyed by the library's fingerprint
(the hashes of all its files), so it can never describe a library other than the one on disk.
It is derived data: a missing, stale or damaged cache is simply ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from goedwerk.core.model import (
    Format,
    FormatBlock,
    Library,
    Problem,
    Question,
    Story,
    Term,
    ValueCard,
    Vocabulary,
)

logger = logging.getLogger(__name__)

CACHE_VERSION = 1


def fingerprint(file_hashes: Iterable[tuple[str, str]]) -> str:
    """A short hash over ``(path, content hash)`` pairs, independent of their order."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"v{CACHE_VERSION}".encode())
    for path, sha in sorted(file_hashes):
        digest.update(f"{path}\0{sha}\n".encode())
    return digest.hexdigest()


def save(path: Path, print_: str, library: Library) -> None:
    """Write the cache atomically; a failure only costs the next start some time."""
    data = {"version": CACHE_VERSION, "fingerprint": print_, "library": _to_data(library)}
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        logger.warning("could not write the library cache %s: %s", path, exc)


def load(path: Path, print_: str, root: Path) -> Library | None:
    """The cached library when the cache matches ``print_``, else None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != CACHE_VERSION or data.get("fingerprint") != print_:
            return None
        return _from_data(data["library"], root)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        logger.info("library cache %s not used: %s", path, exc)
        return None


def _to_data(library: Library) -> dict[str, Any]:
    return {
        "vocabulary": asdict(library.vocabulary),
        "stories": [asdict(s) for s in library.stories],
        "values": [asdict(v) for v in library.values],
        "questions": [asdict(q) for q in library.questions],
        "formats": [asdict(f) for f in library.formats],
        "problems": [asdict(p) for p in library.problems],
    }


def _tuples(data: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: tuple(v) if k in names else v for k, v in data.items()}


def _from_data(data: dict[str, Any], root: Path) -> Library:
    vocab = data["vocabulary"]
    vocabulary = Vocabulary(
        *(
            tuple(Term(t["id"], t["label"], tuple(t["synonyms"])) for t in vocab[f])
            for f in ("themes", "sectors", "roles")
        )
    )
    story_lists = ("themes", "b", "values", "questions", "invented_names")
    return Library(
        root,
        vocabulary,
        tuple(Story(**_tuples(s, *story_lists)) for s in data["stories"]),
        tuple(ValueCard(**v) for v in data["values"]),
        tuple(Question(**_tuples(q, "themes", "b")) for q in data["questions"]),
        tuple(
            Format(f["id"], f["title"], f["description"], tuple(FormatBlock(**b) for b in f["blocks"]))
            for f in data["formats"]
        ),
        tuple(Problem(**p) for p in data["problems"]),
    )
