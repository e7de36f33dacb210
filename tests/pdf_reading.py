"""Read exported PDFs back in the tests with pypdf: text per page, page sizes, fonts, word boxes.

No program outside pip is needed (poppler's ``pdftotext``/``pdfinfo``/``pdffonts`` were used
before). Qt writes each line of text as one ``BT … ET`` block with one ``Tj`` per glyph, and
draws the running header and the page footer after the body; ``pages_text`` therefore puts the
lines of the top margin first and those of the bottom margin last, the body in drawing order.
Glyph boxes are conservative: one em wide, ascent and descent from the font's size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

MARGIN_BAND = 0.085  # the share of the page height at the top and bottom taken as header/footer


@dataclass
class Run:
    """One line of text as Qt wrote it: its glyph origins (PDF points, y up) and its text."""

    size: float = 0.0
    origins: list[tuple[float, float]] = field(default_factory=list)
    text: str = ""

    @property
    def box(self) -> tuple[float, float, float, float]:
        """``(x_min, y_min, x_max, y_max)`` in points, y measured from the top of the page."""
        xs = [x for x, _y in self.origins]
        ys = [y for _x, y in self.origins]
        return min(xs), min(ys) - 1.07 * self.size, max(xs) + self.size, max(ys) + 0.3 * self.size


def _mul(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def page_runs(reader: PdfReader, number: int) -> list[Run]:
    """The text runs of page ``number`` (0-based), in drawing order."""
    page = reader.pages[number]
    height = float(page.mediabox.height)
    runs: list[Run] = []
    state = {"size": 0.0}

    def before(op: bytes, args: list, cm: list[float], tm: list[float]) -> None:
        if op == b"BT":
            runs.append(Run())
        elif op == b"Tf":
            state["size"] = float(args[1])
        elif op in (b"Tj", b"TJ", b"'", b'"') and runs:
            matrix = _mul([*tm[:4], tm[4], tm[5]], cm)
            scale = (matrix[2] ** 2 + matrix[3] ** 2) ** 0.5
            runs[-1].size = state["size"] * scale
            runs[-1].origins.append((matrix[4], height - matrix[5]))

    def text(chunk: str, *_args: object) -> None:
        if runs:
            runs[-1].text += chunk

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return [run for run in runs if run.origins and run.text.strip()]


def _band(run: Run, height: float) -> int:
    _x, top, _x2, bottom = run.box
    if bottom < height * MARGIN_BAND:
        return 0
    if top > height * (1 - MARGIN_BAND):
        return 2
    return 1


def pages_text(pdf: Path) -> list[str]:
    """The text of every page, whitespace collapsed: header, body, footer."""
    reader = PdfReader(pdf)
    pages = []
    for number, page in enumerate(reader.pages):
        height = float(page.mediabox.height)
        runs = sorted(page_runs(reader, number), key=lambda run: _band(run, height))
        pages.append(" ".join(" ".join(run.text for run in runs).split()))
    return pages


def word_boxes(pdf: Path) -> list[tuple[float, float, float, float, float, float]]:
    """``(page_width, page_height, x_min, y_min, x_max, y_max)`` of every text run, in points."""
    reader = PdfReader(pdf)
    boxes = []
    for number, page in enumerate(reader.pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        boxes.extend((width, height, *run.box) for run in page_runs(reader, number))
    return boxes


def fill_colours(pdf: Path) -> list[set[str]]:
    """The RGB colours (``"#RRGGBB"``) each page paints with, read from its content stream."""
    colours = []
    for page in PdfReader(pdf).pages:
        found = re.findall(
            rb"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG|sc|scn|SC|SCN)\b", page.get_contents().get_data()
        )
        colours.append({"#" + "".join(f"{round(float(c) * 255):02X}" for c in rgb) for rgb in found})
    return colours


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """``(width, height)`` of every page in points."""
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(pdf).pages]


def metadata(pdf: Path) -> dict[str, str]:
    """The document information (``/Title`` as ``Title`` ...)."""
    info = PdfReader(pdf).metadata or {}
    return {str(k).lstrip("/"): str(v) for k, v in info.items()}


def fonts(pdf: Path) -> dict[str, bool]:
    """Every font the pages use: its base name (subset prefix removed) and whether it is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(pdf).pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources else None
        for ref in (font_dict or {}).values():
            font = ref.get_object()
            name = str(font.get("/BaseFont", "?")).lstrip("/").split("+")[-1]
            descriptor = font
            if "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()
            fd = descriptor.get("/FontDescriptor")
            fd = fd.get_object() if fd is not None else {}
            embedded = any(key in fd for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[name] = found.get(name, True) and embedded
    return found


def image_count(pdf: Path) -> int:
    """How many images the pages draw."""
    return sum(len(page.images) for page in PdfReader(pdf).pages)


def first_runs(pdf: Path) -> list[tuple[str, float, float]]:
    """The first word of every page's first line (in drawing order) with its position, in points."""
    reader = PdfReader(pdf)
    found = []
    for number in range(len(reader.pages)):
        runs = page_runs(reader, number)
        assert runs, f"page {number + 1} has no text"
        x_min, y_min, _x_max, _y_max = runs[0].box
        found.append((runs[0].text.split()[0], x_min, y_min))
    return found
