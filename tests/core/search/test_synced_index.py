"""The synced-index base: a rebuild writes beside the old index, so searches never wait for it."""

from __future__ import annotations

import threading
from pathlib import Path

from goedwerk.core.workspace import Workspace


def test_searches_answer_from_the_old_index_while_a_rebuild_writes(
    mini_library: Path, tmp_path: Path
) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    assert ws.search("cadeaubon").total == 1
    writing, release = threading.Event(), threading.Event()

    def progress(_done: int, _total: int) -> None:
        writing.set()
        release.wait(30)

    rebuild = threading.Thread(target=ws.reindex, args=(progress,))
    rebuild.start()
    try:
        assert writing.wait(30)
        totals: list[int] = []
        search = threading.Thread(target=lambda: totals.append(ws.search("cadeaubon").total))
        search.start()
        search.join(10)  # answered while the rebuild is still held mid-write
        assert totals == [1]
    finally:
        release.set()
        rebuild.join(30)
    assert not rebuild.is_alive()
    assert ws.search("cadeaubon").total == 1
    assert sorted(p.name for p in ws.index_dir.parent.iterdir() if p.is_dir()) == [ws.key]  # no .new left
    ws.close()


def test_a_rebuild_leaves_a_readable_index_with_its_state(mini_library: Path, tmp_path: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    report = ws.reindex()
    assert report.rebuilt and report.added == 13  # 4 stories, 4 cards, 4 questions, 1 guide
    assert ws.index().sync(fingerprint=ws.fingerprint).changed is False
    ws.close()
