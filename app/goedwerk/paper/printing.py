"""Paper for a pack: its PDF file (written safely) and its print or preview, through ``pack_pages``.

Works headless (``QT_QPA_PLATFORM=offscreen``): a ``QGuiApplication`` is made when none exists.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageSize,
    QPdfWriter,
)

from goedwerk.core.errors import ExportError
from goedwerk.core.i18n import _
from goedwerk.core.model import Library, Pack
from goedwerk.core.packs.html import PART_NAMES, Part, build_parts
from goedwerk.paper.pack_pages import render_parts
from goedwerk.paper.page_setup import DPI, PAPER_SIZES, ensure_app

logger = logging.getLogger(__name__)


def render_to_printer(
    printer: QPagedPaintDevice,
    pack: Pack,
    library: Library,
    parts: Iterable[str] = PART_NAMES,
    colours: Mapping[str, str] | None = None,
    notes: Mapping[str, str] | None = None,
) -> int:
    """Print ``pack`` on ``printer`` (also for ``QPrintPreviewDialog.paintRequested``)."""
    return render_parts(printer, build_parts(pack, library, parts, colours, notes), pack.title)


def export_pdf(
    source: Pack | Sequence[Part],
    path: Path,
    paper: str = "a4",
    library: Library | None = None,
    parts: Iterable[str] = PART_NAMES,
    title: str = "",
    colours: Mapping[str, str] | None = None,
    notes: Mapping[str, str] | None = None,
) -> int:
    """Write a PDF of a pack (with its ``library``) or of built parts; return the page count.

    ``colours`` tints the agenda; ``notes`` (private notes by ref) are printed in the script.

    The file is written next to ``path`` first, checked (complete, on disk) and only then
    renamed over ``path``, so a failed export (a full disk) never leaves half a PDF behind and
    an older file at ``path`` stays as it was; the ``ExportError`` says why.
    """
    if isinstance(source, Pack):
        if library is None:
            raise ValueError("export_pdf needs the library to print a pack")
        built, title = build_parts(source, library, parts, colours, notes), title or source.title
    else:
        built = list(source)
    path = Path(path)
    if not path.parent.is_dir():
        msg = _("map {folder} bestaat niet").format(folder=path.parent)
        raise ExportError(msg)
    if path.is_dir():
        raise ExportError(_("{path} is een map; geef de naam van een PDF-bestand").format(path=path))
    app = ensure_app()  # noqa: F841 - keeps a headless application alive while painting
    try:
        handle, tmp = tempfile.mkstemp(prefix=".goedwerk-", suffix=".pdf", dir=path.parent)
    except OSError as exc:
        raise ExportError(_write_failed(path, exc)) from exc
    os.close(handle)
    try:
        count = _write_pdf(built, title, Path(tmp), paper)
        _check_written(Path(tmp), path)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(_write_failed(path, exc)) from exc
    except ExportError as exc:  # the writer gave up: say so in terms of the file
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(_write_failed(path, None, str(exc))) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def _check_written(tmp: Path, path: Path) -> None:
    """Raise ``ExportError`` unless ``tmp`` is a whole PDF, flushed to the disk."""
    with open(tmp, "rb") as done:
        head = done.read(5)
        done.seek(max(0, tmp.stat().st_size - 1024))
        tail = done.read()
        os.fsync(done.fileno())
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise ExportError(_write_failed(path, None))


def _write_failed(path: Path, exc: OSError | None, reason: str = "") -> str:
    """Why a PDF could not be written; the file at ``path`` was left as it was."""
    try:
        full = exc is not None and exc.errno == errno.ENOSPC
        full = full or shutil.disk_usage(path.parent).free < 1 << 20
    except OSError:
        full = False
    if full:
        why = _("de schijf is vol")
    elif exc is not None:
        why = exc.strerror or str(exc)
    elif reason:
        why = reason
    else:
        why = _("het bestand is niet helemaal geschreven")
    return _("{path} is niet geschreven ({why}); een eerder bestand met die naam is niet veranderd").format(
        path=path, why=why
    )


def _write_pdf(parts: Sequence[Part], title: str, path: Path, paper: str) -> int:
    if paper not in PAPER_SIZES:
        raise ExportError(_("onbekend papierformaat '{paper}'").format(paper=paper))
    writer = QPdfWriter(str(path))
    writer.setResolution(int(DPI))
    writer.setPageSize(QPageSize(PAPER_SIZES[paper]))
    writer.setTitle(title)
    writer.setCreator("Goed Werk")
    return render_parts(writer, parts, title)
