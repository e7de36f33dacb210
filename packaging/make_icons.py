"""Render the application icon: resources/icons/goedwerk.svg -> PNGs, .ico and .icns.

``python packaging/make_icons.py`` writes into ``build/icons/`` (or the folder given):
``hicolor/<N>x<N>/apps/goedwerk.png`` for the Linux menu, ``goedwerk.ico`` (Windows, PNG
entries) and ``goedwerk.icns`` (macOS, PNG entries). QtSvg (in PySide6-Essentials) renders; the
ICO and ICNS containers are written here, so no image library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[1]
SVG = REPO / "resources" / "icons" / "goedwerk.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon as PNG bytes, ``size`` pixels square, transparent around the shape."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, payload = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in sorted(pngs.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(out: Path) -> None:
    """Write every icon file into ``out``."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QtSvg needs it
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.exit(f"{SVG} is not a valid SVG")
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))
    pngs = {size: render_png(renderer, size) for size in sizes}
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "goedwerk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps" / "goedwerk.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    (out / "goedwerk.png").write_bytes(pngs[256])
    (out / "goedwerk.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "goedwerk.icns").write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))
    print(f"icons written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "build" / "icons")
