"""The gettext catalogue of the core: extraction finds messages, the .mo writer is readable."""

from __future__ import annotations

import gettext
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "core_messages.py"
spec = importlib.util.spec_from_file_location("core_messages", SCRIPT)
core_messages = importlib.util.module_from_spec(spec)
spec.loader.exec_module(core_messages)


def test_extraction_finds_core_and_cli_messages() -> None:
    found = core_messages.extract()
    assert "het verhaal heeft geen tekst" in found
    assert any(place.startswith("app/goedwerk/cli.py:") for places in found.values() for place in places)


def test_written_mo_is_read_by_gettext(tmp_path: Path) -> None:
    folder = tmp_path / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    pairs = {
        "": "Content-Type: text/plain; charset=UTF-8\n",
        "Waardenkaart": "Values card",
        "ideeën": "ideas",
    }
    core_messages.write_mo(pairs, folder / "goedwerk.mo")
    translation = gettext.translation("goedwerk", str(tmp_path), ["en"])
    assert translation.gettext("Waardenkaart") == "Values card"
    assert translation.gettext("ideeën") == "ideas"
    assert translation.gettext("onbekend") == "onbekend"


def test_po_round_trip_keeps_quotes_and_newlines(tmp_path: Path) -> None:
    po = tmp_path / "x.po"
    core_messages.write_po(po, {'zeg "ja"\nnu': ["a.py:1"]}, {'zeg "ja"\nnu': 'say "yes"\nnow'})
    assert core_messages.read_po(po)['zeg "ja"\nnu'] == 'say "yes"\nnow'


def test_plurals_are_extracted_kept_and_compiled(tmp_path: Path) -> None:
    found = core_messages.extract()
    assert "{n} blok\0{n} blokken" in found and "Voorblad" in found  # ngettext and N_
    po = tmp_path / "en" / "LC_MESSAGES" / "goedwerk.po"
    core_messages.write_po(
        po, {"{n} blok\0{n} blokken": ["a.py:1"]}, {"{n} blok\0{n} blokken": "{n} block\0{n} blocks"}
    )
    pairs = core_messages.read_po(po)
    assert pairs["{n} blok\0{n} blokken"] == "{n} block\0{n} blocks"
    core_messages.write_mo({**pairs, "": core_messages.HEADER}, po.with_suffix(".mo"))
    translation = gettext.translation("goedwerk", str(tmp_path), ["en"])
    assert [translation.ngettext("{n} blok", "{n} blokken", n) for n in (1, 2)] == ["{n} block", "{n} blocks"]


def test_every_message_of_the_core_and_the_cli_has_its_english() -> None:
    pairs = core_messages.read_po(core_messages.LOCALE / "en" / "LC_MESSAGES" / "goedwerk.po")
    missing = [msgid for msgid in core_messages.extract() if not pairs.get(msgid)]
    assert missing == [], "run packaging/core_messages.py --update and fill in the English"
