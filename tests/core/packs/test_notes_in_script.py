"""Private notes in the facilitator script: only when asked, escaped, with their item's title."""

from __future__ import annotations

from pathlib import Path

from goedwerk.core.content.assembly import load_library
from goedwerk.core.packs import operations as packs
from goedwerk.core.packs.html import build_parts


def test_notes_are_printed_in_the_script_only_when_given(mini_library: Path) -> None:
    library = load_library(mini_library)
    pack = packs.add_item(packs.new_pack("Sessie", library.format("teamstart")), 0, "story:de-nota")
    notes = {"story:de-nota": "Lees <het slot> hardop", "story:het-verzoek": "niet in dit pakket"}
    [script] = build_parts(pack, library, ["script"], notes=notes)
    html = "".join(script.pages)
    assert "Mijn notities" in html
    assert "<b>De nota aan de minister</b>: Lees &lt;het slot&gt; hardop" in html
    assert "niet in dit pakket" not in html
    [plain] = build_parts(pack, library, ["script"])
    assert "Mijn notities" not in "".join(plain.pages)
