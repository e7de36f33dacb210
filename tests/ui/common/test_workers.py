"""The background runner: results and errors come back on the UI thread, in order, and busy says so."""

from __future__ import annotations

import threading

from goedwerk.ui.common.workers import BackgroundRunner


def test_tasks_run_off_the_ui_thread_and_report_in_order(qtbot) -> None:
    runner = BackgroundRunner()
    ui_thread = threading.get_ident()
    seen: list[tuple[str, bool]] = []
    for name in ("a", "b", "c"):
        runner.run(
            lambda _progress, n=name: (n, threading.get_ident() != ui_thread),
            seen.append,
        )
    assert runner.busy
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    assert seen == [("a", True), ("b", True), ("c", True)]
    assert not runner.busy
    runner.wait()


def test_an_error_reaches_on_error_and_progress_reaches_on_progress(qtbot) -> None:
    runner = BackgroundRunner()
    errors: list[Exception] = []
    steps: list[tuple[int, int]] = []

    def work(progress) -> None:
        progress(1, 2)
        raise ValueError("kapot")

    runner.run(work, lambda _result: None, errors.append, lambda done, total: steps.append((done, total)))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "kapot" and steps == [(1, 2)]
    runner.wait()
