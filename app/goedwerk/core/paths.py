"""Where things are, and how files are written: one of each.

``app_root`` is the checkout (or the frozen bundle); the bundled library and the resources live
there. ``default_data_dir`` is the per-user data directory, made private by
``ensure_private_dir``. Every file the app writes goes through ``replacing``/``atomic_write``:
a private temporary file beside the target, renamed over it only when writing succeeded.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

logger = logging.getLogger(__name__)

APP_NAME = "goedwerk"


def app_root() -> Path:
    """The folder holding ``stories/`` and ``resources/``: the checkout or a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parents[3]


def bundled_library() -> Path:
    """The library folder shipped with the app (``stories/``)."""
    return app_root() / "stories"


def resources_dir() -> Path:
    """The ``resources/`` folder: fonts, icons and translations."""
    return app_root() / "resources"


def default_data_dir() -> Path:
    """``$GOEDWERK_DATA_DIR`` or the per-user data directory of the platform."""
    env = os.environ.get("GOEDWERK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:  # only the group's and others' bits go: a user's 0500 folder stays 0500
            path.chmod(mode & 0o700)
    except OSError:  # e.g. a folder on a filesystem without permissions
        logger.debug("could not restrict permissions of %s", path)


def is_read_only(folder: Path) -> bool:
    """True when this process cannot write in ``folder`` (permissions or a read-only mount)."""
    return folder.is_dir() and not os.access(folder, os.W_OK)


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A private (0600) temporary file beside ``path`` that replaces it when the block succeeds.

    Whatever goes wrong, the temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=".goedwerk-", suffix=path.suffix or ".tmp", dir=path.parent)
    os.close(handle)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: str | bytes, encoding: str = "utf-8", newline: str | None = None) -> None:
    """Write ``data`` to ``path`` atomically; raises ``OSError`` with ``path`` unchanged."""
    with replacing(path) as tmp:
        if isinstance(data, bytes):
            tmp.write_bytes(data)
        else:
            with open(tmp, "w", encoding=encoding, newline=newline) as out:
                out.write(data)
