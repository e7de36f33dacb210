"""The reflections journal: kept text reaches the catalog at the next start, never twice or older."""

from __future__ import annotations

import stat
from dataclasses import replace
from pathlib import Path

from goedwerk.core.reflections.store import Reflection, ReflectionStore
from goedwerk.core.workspace import Workspace


def test_a_kept_reflection_that_never_reached_the_catalog_is_saved_at_the_next_start(
    mini_library: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    ws = Workspace(mini_library, data)
    kept = ReflectionStore(ws.catalog).keep(Reflection(pack_title="Teamsessie", happened="Nog niet bewaard."))
    journal = ReflectionStore(ws.catalog).journal.path
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    ws.close()  # the process dies before the catalog write

    again = Workspace(mini_library, data)
    assert again.replayed == 1
    assert ReflectionStore(again.catalog).get(kept.id).happened == "Nog niet bewaard."
    assert not journal.exists()
    again.close()


def test_a_journal_entry_older_than_the_catalog_is_not_replayed(mini_library: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    ws = Workspace(mini_library, data)
    store = ReflectionStore(ws.catalog)
    old = store.keep(Reflection(pack_title="Teamsessie", happened="Oud."))
    store.save(replace(old, happened="Nieuwer, al bewaard."))
    ws.close()
    again = Workspace(mini_library, data)
    assert again.replayed == 0
    assert ReflectionStore(again.catalog).get(old.id).happened == "Nieuwer, al bewaard."
    again.close()
