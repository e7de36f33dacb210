"""The ``.goedwerk`` file itself: a zip with a manifest, read with explicit checks.

A bundle holds ``manifest.json`` and one file per entry, at a path fixed by its kind and id
(``ENTRY_PATHS``). ``read_bundle`` never extracts: it looks at every member first (count,
sizes, compression ratio, names, types), then reads each one within its declared size and
checks it against the manifest (SHA-256) and as UTF-8 text. Anything wrong is a reason in
a ``BundleError``; nothing is written anywhere while reading.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from goedwerk import __version__
from goedwerk.core.errors import GoedWerkError
from goedwerk.core.i18n import _
from goedwerk.core.paths import replacing

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MAX_ENTRIES = 2000
MAX_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100
ENTRY_PATHS = {
    "story": "practice/{id}.md",
    "guide": "guides/{id}.md",
    "question": "questions/{id}.yaml",
    "value": "values/{id}.yaml",
    "pack": "packs/{id}.pack.yaml",
    "reflection": "reflections/{id}.json",
}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_UTF8_NAMES = 0x800  # zip flag bit 11: the member's name is UTF-8


class BundleError(GoedWerkError):
    """A bundle is refused; ``reasons`` says why, one message per problem."""

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = list(reasons)
        super().__init__("\n".join(self.reasons))


@dataclass(frozen=True)
class BundleEntry:
    """One item of a bundle: its kind, id and text."""

    kind: str
    id: str
    text: str

    @property
    def path(self) -> str:
        """The entry's path inside the bundle."""
        return ENTRY_PATHS[self.kind].format(id=self.id)


@dataclass
class Bundle:
    """A bundle's manifest fields and its entries (read or about to be written)."""

    entries: list[BundleEntry] = field(default_factory=list)
    label: str = ""
    created: str = ""
    app_version: str = __version__

    def of_kind(self, kind: str) -> list[BundleEntry]:
        """The entries of ``kind``, in bundle order."""
        return [e for e in self.entries if e.kind == kind]


def write_bundle(bundle: Bundle, out: Path) -> None:
    """Write ``bundle`` as a zip at ``out`` (atomically), with its manifest."""
    created = bundle.created or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    data = [(e, e.text.encode("utf-8")) for e in bundle.entries]
    manifest = {
        "format": FORMAT_VERSION,
        "app_version": bundle.app_version,
        "created": created,
        "label": bundle.label,
        "entries": [
            {"kind": e.kind, "id": e.id, "path": e.path, "sha256": hashlib.sha256(raw).hexdigest()}
            for e, raw in data
        ],
    }
    with replacing(out) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        _add(zf, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
        for entry, raw in data:
            _add(zf, entry.path, raw)


def _add(zf: zipfile.ZipFile, name: str, raw: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    info.flag_bits |= _UTF8_NAMES
    zf.writestr(info, raw)


def read_bundle(path: Path) -> Bundle:
    """Read and check the bundle at ``path``; raise ``BundleError`` with every reason."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_members(infos)
            raw = {info.filename: _read_member(zf, info) for info in infos}
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise BundleError([_("geen leesbare bundel: {error}").format(error=exc)]) from None
    return _check_manifest(raw)


def _check_members(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse before reading anything: too many or too large members, bad names, bad types."""
    if len(infos) > MAX_ENTRIES:
        msg = _("de bundel heeft {n} onderdelen, meer dan {max}")
        raise BundleError([msg.format(n=len(infos), max=MAX_ENTRIES)])
    total = sum(info.file_size for info in infos)
    if total > MAX_BYTES:
        msg = _("de bundel is uitgepakt {mb} MB, meer dan {max} MB")
        raise BundleError([msg.format(mb=total // (1024 * 1024), max=MAX_BYTES // (1024 * 1024))])
    reasons: list[str] = []
    seen: set[str] = set()
    for info in infos:
        reason = _member_problem(info)
        if reason is None and info.filename in seen:
            reason = _("staat er twee keer in")
        seen.add(info.filename)
        if reason:
            reasons.append(f"{info.filename}: {reason}")
    if reasons:
        raise BundleError(reasons)


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    if not info.flag_bits & _UTF8_NAMES and not name.isascii():
        return _("naam is geen UTF-8")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return _("absoluut pad")
    if "\\" in name or any(part in ("..", ".") for part in name.split("/")):
        return _("pad buiten de bundel (../)")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return _("symbolische link")
    if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        return _("geen gewoon bestand")
    if info.file_size and (info.compress_size == 0 or info.file_size / info.compress_size > MAX_RATIO):
        return _("compressieverhouding boven {max}").format(max=MAX_RATIO)
    return None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, never more than it declares (the CRC is checked by zipfile)."""
    with zf.open(info) as member:
        data = member.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise ValueError(_("{name}: grootte klopt niet").format(name=info.filename))
    return data


def _check_manifest(raw: dict[str, bytes]) -> Bundle:
    """Match the manifest with the members: same paths, same hashes, UTF-8 text, known kinds."""
    if MANIFEST not in raw:
        raise BundleError([_("manifest.json ontbreekt")])
    try:
        manifest = json.loads(raw.pop(MANIFEST).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError([_("manifest.json is onleesbaar: {error}").format(error=exc)]) from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("entries"), list):
        raise BundleError([_("manifest.json heeft geen lijst 'entries'")])
    if manifest.get("format") != FORMAT_VERSION:
        msg = _("bundelformaat {format} wordt niet ondersteund (verwacht {expected})")
        raise BundleError([msg.format(format=manifest.get("format"), expected=FORMAT_VERSION)])
    bundle = Bundle(
        label=str(manifest.get("label") or ""),
        created=str(manifest.get("created") or ""),
        app_version=str(manifest.get("app_version") or ""),
    )
    reasons: list[str] = []
    listed: set[str] = set()
    for number, row in enumerate(manifest["entries"], start=1):
        entry, reason = _manifest_entry(row, raw)
        if reason:
            reasons.append(_("manifest, onderdeel {n}: {reason}").format(n=number, reason=reason))
        if entry is not None:
            listed.add(entry.path)
            bundle.entries.append(entry)
    for name in sorted(set(raw) - listed):
        reasons.append(_("{name}: staat niet in het manifest").format(name=name))
    if reasons:
        raise BundleError(reasons)
    return bundle


def _manifest_entry(row: object, raw: dict[str, bytes]) -> tuple[BundleEntry | None, str | None]:
    if not isinstance(row, dict):
        return None, _("geen item")
    kind, item_id = row.get("kind"), row.get("id")
    if kind not in ENTRY_PATHS:
        return None, _("onbekende soort '{kind}'").format(kind=kind)
    if not isinstance(item_id, str) or not _ID.match(item_id):
        return None, _("ongeldige id '{id}'").format(id=item_id)
    path = ENTRY_PATHS[kind].format(id=item_id)
    if row.get("path") != path:
        return None, _("pad '{path}' hoort '{expected}' te zijn").format(path=row.get("path"), expected=path)
    data = raw.get(path)
    if data is None:
        return None, _("{path} ontbreekt in de bundel").format(path=path)
    if hashlib.sha256(data).hexdigest() != row.get("sha256"):
        return None, _("{path}: SHA-256 klopt niet").format(path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, _("{path}: geen UTF-8-tekst").format(path=path)
    return BundleEntry(kind, item_id, text), None
