"""Run slow work off the UI thread and report back by signal (after Anki's CollectionOp).

``BackgroundRunner.run(fn, on_done, on_error, on_progress)`` calls ``fn(progress)`` in a worker
thread; the callbacks are then called on the UI thread, in order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

logger = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[ProgressFn], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except Exception as exc:  # handed to the UI thread, which shows it
            logger.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class BackgroundRunner(QObject):
    """A thread pool (one thread by default: tasks run in order) for slow work."""

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._alive: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[ProgressFn], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
        on_progress: ProgressFn | None = None,
    ) -> None:
        """Run ``fn(progress)`` in the pool; callbacks arrive on the UI thread."""
        signals = _Signals(self)
        self._alive.add(signals)

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._alive.discard(signals)
            signals.deleteLater()
            if callback is not None:
                callback(value)

        signals.done.connect(lambda result: finish(on_done, result))
        signals.failed.connect(lambda exc: finish(on_error, exc))
        if on_progress is not None:
            signals.progress.connect(on_progress)
        task = _Task(fn, signals)
        task.setAutoDelete(True)
        self.pool.start(task)

    @property
    def busy(self) -> bool:
        """True while a task is queued, running, or its result not yet delivered."""
        return bool(self._alive)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for shutting down)."""
        return self.pool.waitForDone(msecs)
