"""Parsing many content files in two spawned processes: the first load of a large library.

Parsing (YAML front matter, the story's sections, the personal-data scan) is two thirds of a
first load and each file stands alone, so a load with at least ``PARALLEL_FROM`` files to parse
hands them to ``PARSE_PROCS`` processes when the machine has a second core. The processes are
spawned, not forked (the window loads on a worker thread; a forked child of a threaded process
can hang on a lock another thread held), speak the language of the messages chosen here, and
end before the search index is built. When they cannot start or die, the files are parsed
in-process: the result is the same either way, only slower.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from goedwerk.core.content.loader import ParsedFile, parse_file
from goedwerk.core.i18n import current_language, set_language

logger = logging.getLogger(__name__)

PARSE_PROCS = 2
PARALLEL_FROM = 1000  # fewer files parse faster than two interpreters start
ParseJob = tuple[Path, str, bytes, Path]  # root, kind, the file's bytes, its path

_SPAWN = multiprocessing.get_context("spawn")


def parse_files(jobs: list[ParseJob]) -> list[ParsedFile]:
    """The parse of each job, in order: in processes when there are many, else here."""
    procs = min(PARSE_PROCS, os.cpu_count() or 1)
    if len(jobs) >= PARALLEL_FROM and procs > 1:
        try:
            return _in_processes(jobs, procs)
        except Exception as exc:
            logger.warning("parsing in %d processes failed (%s); parsing in-process", procs, exc)
    return [_parse(job) for job in jobs]


def _in_processes(jobs: list[ParseJob], procs: int) -> list[ParsedFile]:
    chunk = max(1, len(jobs) // (procs * 8))  # a few chunks each: both end at about the same time
    language = (current_language(),)
    with ProcessPoolExecutor(procs, mp_context=_SPAWN, initializer=set_language, initargs=language) as pool:
        parsed = list(pool.map(_parse, jobs, chunksize=chunk))
    logger.info("%d files parsed in %d processes", len(parsed), procs)
    return parsed


def _parse(job: ParseJob) -> ParsedFile:
    root, kind, raw, path = job
    return parse_file(root, kind, raw, path)
