"""Screenshots of preparing a session for the README (run under Xvfb: ``make screenshots``).

Opens the real window on the bundled library with a throw-away data directory, stores one
earlier pack for "Team Vergunningen" so the composer has a history to respect, and saves
``composer.png`` (Sessie samenstellen) and ``saved-searches.png`` (saved searches in the
sidebar, a story with "Gebruikt in …" and a private note).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from goedwerk.core.workspace import ComposeRequest
from goedwerk.main import AppContext, build_app
from goedwerk.ui.packs.composer_dialog import ComposerDialog

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import settle, wait_until


def saved_searches(context: AppContext, out: Path) -> None:
    """Three saved searches, one of them run; a story with its uses and a note."""
    window, ws = context.window, context.workspace
    panel = window.search_panel
    for name, query, filters in (
        ("Tegenspraak, verhalen", "", {"kind": ("story",), "themes": ("tegenspraak",)}),
        ("Nog niet met Team Vergunningen", "", {"kind": ("story",), "not_used_with": ("Team Vergunningen",)}),
        ("Vragen over loyaliteit", "loyaliteit", {"kind": ("question",)}),
    ):
        ws.saved_searches.add(name, query, filters)
    window.saved_searches.refresh()
    first = ws.saved_searches.list()[0]
    panel.saved_list.select(first.id)
    window.saved_searches.run(first.id)
    wait_until(lambda: not window.search_runner.busy)
    story = next(r for b in ws.packs.all()[0].blocks for r in b.items if r.startswith("story:"))
    ws.notes.set(story, "Werkte goed: lees het slot hardop en laat dan even stilte vallen.")
    window.open_item("story", story.partition(":")[2])
    settle(600)
    path = out / "saved-searches.png"
    window.grab().save(str(path))
    print(path)


def main() -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        context = build_app(None, Path(data), "nl")
        window, ws = context.window, context.workspace
        window.resize(1440, 900)
        window.show()
        window.start()
        wait_until(lambda: window.is_ready)
        earlier = ws.packs.compose(ComposeRequest(90, themes=("tegenspraak",), group="Team Vergunningen"))
        ws.packs.save(earlier.pack)
        dialog = ComposerDialog(ws.library, ws.packs.groups(), ws.packs.compose, window)
        dialog.resize(1500, 860)
        dialog.form.check_theme("tegenspraak")
        dialog.form.people.setValue(10)
        dialog.form.group.setCurrentText("Team Vergunningen")
        dialog.show()
        settle(600)
        path = args.out / "composer.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.close()
        saved_searches(context, args.out)
        window.close()
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
