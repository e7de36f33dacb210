"""The values deck on paper: both sides of a sheet rendered and overlaid align within 1 mm."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from goedwerk.core.content.assembly import load_library
from goedwerk.core.model import ValueCard
from goedwerk.paper.deck import (
    CARD_H,
    CARD_W,
    MARK_GAP,
    MARK_LENGTH,
    DeckLayout,
    export_deck_pdf,
    sheet_image,
)

DPI = 200
PX = DPI / 25.4  # pixels per mm
BUNDLED = Path(__file__).resolve().parents[2] / "stories"


@pytest.fixture(scope="module")
def deck() -> tuple[ValueCard, ...]:
    return load_library(BUNDLED).values


def turn_over(image: QImage) -> QImage:
    """The back of a sheet as seen through it from the front (turned over its long edge)."""
    return image.flipped(Qt.Orientation.Horizontal)


def is_ink(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() < 90


def line_centres(hits: list[int]) -> list[float]:
    """Runs of neighbouring pixel positions as their centres, in mm."""
    runs: list[list[int]] = []
    for hit in hits:
        if runs and hit - runs[-1][-1] <= 2:
            runs[-1].append(hit)
        else:
            runs.append([hit])
    return [sum(run) / len(run) / PX for run in runs]


def crop_marks(image: QImage, layout: DeckLayout) -> tuple[list[float], list[float]]:
    """Where the crop marks above and left of the grid are, in mm from the page's edges."""
    grid = layout.grid
    band_y = round((grid.top() - MARK_GAP - MARK_LENGTH / 2) * PX)
    band_x = round((grid.left() - MARK_GAP - MARK_LENGTH / 2) * PX)
    xs = [x for x in range(image.width()) if is_ink(image, x, band_y)]
    ys = [y for y in range(image.height()) if is_ink(image, band_x, y)]
    return line_centres(xs), line_centres(ys)


def has_ink(image: QImage, mm_rect) -> bool:
    inner = mm_rect.adjusted(8, 8, -8, -8)
    for y in range(round(inner.top() * PX), round(inner.bottom() * PX), 3):
        for x in range(round(inner.left() * PX), round(inner.right() * PX), 3):
            if is_ink(image, x, y):
                return True
    return False


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_fronts_and_backs_align_within_a_millimetre_for_long_edge_duplex(qapp, deck, paper: str) -> None:
    layout = DeckLayout.for_paper(paper)
    front = sheet_image(deck, paper, 0, "front", DPI)
    back = sheet_image(deck, paper, 0, "back", DPI)
    turned = turn_over(back)
    front_x, front_y = crop_marks(front, layout)
    back_x, back_y = crop_marks(turned, layout)
    assert len(front_x) == 3 and len(front_y) == 5  # 2 columns, 4 rows of cards
    assert len(back_x) == len(front_x) and len(back_y) == len(front_y)
    assert max(abs(a - b) for a, b in zip(front_x + front_y, back_x + back_y, strict=True)) <= 1.0
    grid = layout.grid
    assert front_x[0] == pytest.approx(grid.left(), abs=0.5)
    assert front_x[-1] - front_x[0] == pytest.approx(2 * CARD_W, abs=0.5)
    assert front_y[-1] - front_y[0] == pytest.approx(4 * CARD_H, abs=0.5)
    for slot in range(8):
        assert has_ink(front, layout.cell(slot, "front")) and has_ink(turned, layout.cell(slot, "front"))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_each_cards_question_is_printed_behind_its_own_front(qapp, deck, paper: str) -> None:
    layout = DeckLayout.for_paper(paper)
    three = deck[:3]  # slots 0 and 1 in the first row, slot 2 left in the second
    front = sheet_image(three, paper, 0, "front", DPI)
    turned = turn_over(sheet_image(three, paper, 0, "back", DPI))
    for slot in range(4):
        cell = layout.cell(slot, "front")
        assert has_ink(front, cell) == has_ink(turned, cell) == (slot < 3)


def test_the_deck_pdf_has_a_front_and_a_back_page_per_sheet(qapp, deck, tmp_path: Path) -> None:
    out = tmp_path / "deck.pdf"
    pages = export_deck_pdf(deck[:10], out, "letter")
    assert pages == 4  # ten cards: two sheets, both sides
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", out.read_bytes())) == 4
