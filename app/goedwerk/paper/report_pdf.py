"""The reflections report as PDF: the core's report HTML with value-sort charts, via ``ui/printing``.

Needs no window: under ``QT_QPA_PLATFORM=offscreen`` it makes its own ``QGuiApplication``,
so the command line uses it as well. Charts are drawn with ``sort_chart.paint_chart`` into
temporary PNG files that exist only while the PDF is written, in a private folder inside
``scratch`` (the data directory), never in the shared /tmp.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont

from goedwerk.core.errors import ExportError
from goedwerk.core.i18n import _
from goedwerk.core.reflections.harvest import report_parts
from goedwerk.core.reflections.store import Labels, Reflection
from goedwerk.core.reflections.valuesort import ValueSort
from goedwerk.core.workshop.votes import Vote
from goedwerk.paper.charts import ChartData, chart_image
from goedwerk.paper.page_setup import FONT_FAMILY, ensure_app, ensure_fonts
from goedwerk.paper.printing import export_pdf

logger = logging.getLogger(__name__)


def export_report_pdf(
    path: Path,
    reflections: Sequence[Reflection],
    labels: Labels,
    sorts: Sequence[ValueSort] = (),
    paper: str = "a4",
    votes: Sequence[Vote] = (),
    scratch: Path | None = None,
) -> int:
    """Write the report of ``reflections`` (the charts of ``sorts``, the ``votes``) as PDF; return pages.

    The charts' temporary folder is made inside ``scratch`` (the data directory) when given.
    """
    app = ensure_app()  # noqa: F841 - keeps a headless application alive while drawing
    ensure_fonts()
    font = QFont(FONT_FAMILY)
    font.setPixelSize(13)
    with tempfile.TemporaryDirectory(prefix=".goedwerk-report-", dir=scratch) as folder:
        charts: dict[str, str] = {}
        for sort in sorts:
            data = ChartData.from_sort(sort, labels.values, sort.pack_title)
            image = chart_image(data, font, width=900)
            target = Path(folder) / f"{sort.id}.png"
            if not image.save(str(target), "PNG"):
                raise ExportError(_("kan de grafiek niet tekenen"))
            charts[sort.id] = QUrl.fromLocalFile(str(target)).toString()
        parts = report_parts(reflections, labels, sorts, charts, votes)
        title = _("Reflecties")
        count = export_pdf(parts, Path(path), paper=paper, title=title)
    logger.info(
        "reflections report: %d pages, %d reflections, %d value sorts", count, len(reflections), len(sorts)
    )
    return count
