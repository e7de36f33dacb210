"""Take the screenshot of *Sessie samenstellen* for the README (run under Xvfb: ``make screenshots``).

Opens the real window on the bundled library with a throw-away data directory, stores one
earlier pack for "Team Vergunningen" so the composer has a history to respect, fills the
composer's form and saves ``composer.png``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from goedwerk.core.workspace import ComposeRequest
from goedwerk.main import build_app
from goedwerk.ui.packs.composer_dialog import ComposerDialog

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import settle, wait_until  # noqa: E402


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
        window.show()
        window.start()
        wait_until(lambda: window.is_ready)
        earlier = ws.compose_pack(ComposeRequest(90, themes=("tegenspraak",), group="Team Vergunningen"))
        ws.save_pack(earlier.pack)
        dialog = ComposerDialog(ws.library, ws.groups(), ws.compose_pack, window)
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
        window.close()
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
