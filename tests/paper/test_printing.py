"""paper/printing.py: a printer gets the same pages as the PDF; cut sheets; no None-refcount crash."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from goedwerk.core.content.assembly import load_library
from goedwerk.core.errors import ExportError
from goedwerk.core.model import Block, Library, Pack, ValueCard
from goedwerk.core.packs import operations as packs
from goedwerk.core.packs.html import Part
from goedwerk.core.packs.packfile import read_pack_file
from goedwerk.paper import pack_pages
from goedwerk.paper.pack_pages import CARD_COLUMNS, CARD_ROWS, PackPages
from goedwerk.paper.printing import export_pdf, render_to_printer
from tests.pdf_reading import first_runs, pages_text

SAMPLE = Path(__file__).parents[1] / "data" / "packs" / "teamsessie.pack.yaml"


@pytest.fixture
def library(mini_library: Path) -> Library:
    return load_library(mini_library)


@pytest.fixture
def pack(library: Library) -> Pack:
    return read_pack_file(SAMPLE, library)


def test_a_printer_gets_the_same_pages_as_the_pdf(qapp, tmp_path: Path, pack: Pack, library: Library) -> None:
    direct = tmp_path / "direct.pdf"
    count = export_pdf(pack, direct, library=library)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi: the layout is scaled
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert render_to_printer(printer, pack, library) == count
    direct_words, printed_words = first_runs(direct), first_runs(tmp_path / "printer.pdf")
    assert len(printed_words) == count
    for (word, x, y), (other, x2, y2) in zip(direct_words, printed_words, strict=True):
        assert word == other and abs(x - x2) < 1 and abs(y - y2) < 1


def test_cards_fill_several_sheets_and_long_cards_shrink_to_fit(qapp, tmp_path: Path) -> None:
    per_sheet = CARD_COLUMNS * CARD_ROWS
    long_text = " ".join(["Een waarde die veel uitleg vraagt omdat ze telkens anders uitpakt."] * 6)
    cards = tuple(
        ValueCard(f"k{n}", f"Kaart {n}", f"Korte uitleg {n}.", f"Vraag {n}?") for n in range(per_sheet)
    )
    cards += (ValueCard("lang", "Lange kaart", long_text, "Waar eindigt deze vraag?"),)
    pdf = tmp_path / "kaarten.pdf"
    assert export_pdf([Part("cards", "Waardenkaarten", ("",), cards)], pdf, title="Kaarten") == 2
    pages = pages_text(pdf)
    assert "Vel 1 van 2" in pages[0] and "Vel 2 van 2" in pages[1]
    assert all(f"Kaart {n}" in pages[0] for n in range(per_sheet)) and "Lange kaart" in pages[1]
    assert long_text in pages[1] and "Waar eindigt deze vraag?" in pages[1]
    # The long card makes the whole deck print smaller, all cards alike; short cards keep full size.
    a4 = QSizeF(210 * 96 / 25.4, 297 * 96 / 25.4)
    scales = {page.scale for page in PackPages([Part("cards", "W", ("",), cards)], "K", a4).pages}
    assert len(scales) == 1 and scales.pop() < 1.0
    assert {page.scale for page in PackPages([Part("cards", "W", ("",), cards[:3])], "K", a4).pages} == {1.0}


def test_export_to_a_missing_folder_leaves_nothing_behind(
    qapp, tmp_path: Path, pack: Pack, library: Library
) -> None:
    with pytest.raises(ExportError, match="bestaat niet"):
        export_pdf(pack, tmp_path / "weg" / "x.pdf", library=library)
    export_pdf(pack, tmp_path / "x.pdf", library=library, parts=["agenda"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mini", "x.pdf"]  # no temporary files


def test_many_qt_calls_do_not_crash_the_interpreter() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call; the pin on 6.11.3 holds."""
    code = (
        "import goedwerk.paper.printing\n"
        "from PySide6.QtCore import QByteArray\n"
        "data = QByteArray()\n"
        "for _ in range(20000):\n"
        "    data.clear()\n"
        "print('klaar')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "klaar"), done.stderr


def split_blocks(pack: Pack, library: Library, pdf: Path) -> bool:
    """True when a script block starts on one page and its notes end up on the next."""
    export_pdf(pack, pdf, paper="letter", library=library, parts=["script"])
    pages = pages_text(pdf)
    starts = [len(re.findall(r"\d\d:\d\d–\d\d:\d\d · \d+ MIN", page)) for page in pages]
    notes = [page.count("Aantekeningen") for page in pages]
    assert sum(starts) == sum(notes) == len(pack.blocks)
    return starts != notes


def test_a_short_script_block_is_never_split_over_two_pages(
    qapp, tmp_path: Path, pack: Pack, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep_together = pack_pages._keep_together
    monkeypatch.setattr(pack_pages, "_keep_together", lambda doc, height: None)
    # only short blocks: the story block, with its facilitator notes, is long and may run on
    longer = replace(pack, blocks=tuple(b for b in pack.blocks if b.kind != "story"))
    for number in range(1, 15):  # add short blocks until, left alone, one would be split
        longer = packs.add_block(longer, Block(f"Ronde {number}", 5, "questions", "Praat in tweetallen."))
        if split_blocks(longer, library, tmp_path / "los.pdf"):
            break
    else:
        pytest.fail("no number of blocks splits one")
    monkeypatch.setattr(pack_pages, "_keep_together", keep_together)
    assert not split_blocks(longer, library, tmp_path / "heel.pdf")
