"""Whoosh's multiprocessing writer with spawned sub-writers, for full builds of a large index.

Whoosh's ``MpWriter`` forks its sub-writers from the default context. The app builds its index
on a worker thread while the window's threads run, and forking a threaded process can leave a
child waiting forever on a lock another thread held; a spawned child starts a clean interpreter
(``multiprocessing.freeze_support()`` in the frozen app's entry point lets the bundle do the
same). Each sub-writer finishes a segment of its own (``multisegment``); the index then holds
one segment per process, which searches rank exactly like one (the statistics are the index's).

Whoosh's writer also loses the work of a sub-writer that died without a word; this one raises,
and its ``cancel`` ends the sub-writers instead of leaving them waiting on their queue.
"""

from __future__ import annotations

import multiprocessing

from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import SegmentWriter

_SPAWN = multiprocessing.get_context("spawn")


class _SpawnedSubWriter(SubWriterTask):
    """A Whoosh sub-writer started as a fresh interpreter."""

    _start_method = "spawn"
    _Popen = staticmethod(_SPAWN.Process._Popen)


class ParallelWriter(MpWriter):
    """An ``MpWriter`` over ``procs`` spawned sub-writers, each writing its own segment."""

    def __init__(self, ix, procs: int, batchsize: int = 100, **kwargs) -> None:
        super().__init__(ix, procs=procs, batchsize=batchsize, multisegment=True, **kwargs)
        # unbounded: the jobs are file names (the documents wait on disk), so the caller is free
        # for other work while the sub-writers index
        self.jobqueue = _SPAWN.Queue()
        self.resultqueue = _SPAWN.Queue()

    def _new_task(self) -> _SpawnedSubWriter:
        task = _SpawnedSubWriter(
            self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, True
        )
        self.tasks.append(task)
        task.start()
        return task

    def commit(self, mergetype=None, optimize=None, merge=None) -> None:
        """Commit, then raise when a sub-writer failed (its documents would be missing)."""
        super().commit(mergetype=mergetype, optimize=optimize, merge=merge)
        failed = [task.exitcode for task in self.tasks if task.exitcode != 0]
        if failed:
            raise RuntimeError(f"a sub-writer of the search index failed (exit codes {failed})")

    def cancel(self) -> None:
        """End the sub-writers and throw away what was written."""
        try:
            for task in self.tasks:
                if task.is_alive():
                    task.terminate()
            for task in self.tasks:
                task.join()
        finally:
            if not self.is_closed:  # a failed commit has closed it already
                SegmentWriter.cancel(self)
