"""Pack files (``*.pack.yaml``): read and validate them against a library, and write them.

Reading reports every problem as a ``Problem`` with its line, in the way ``goedwerk check``
reports library problems; ``read_pack_file`` raises ``ContentError`` when any problem is fatal,
so a caller never stores a half-read pack. The format is described in docs/pack-format.md.
"""

from __future__ import annotations

import difflib
import logging
import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from goedwerk.core.content import yamlio
from goedwerk.core.content.fields import Fields
from goedwerk.core.errors import ContentError, GoedWerkError, NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import VOTE_OPTIONS, Block, Library, Pack, Problem, new_id
from goedwerk.core.packs import operations as packs
from goedwerk.core.packs.labels import KIND_LABELS, label
from goedwerk.core.paths import atomic_write

logger = logging.getLogger(__name__)

_TOP_FIELDS = (*packs.PACK_FIELDS, "blocks")
_PLAIN_REF = re.compile(r"^(story|value|question|guide):[a-z0-9][a-z0-9-]*$")


# -- YAML with lines for list items, dates and times kept as text --------------------------------


LineList = yamlio.LineList


class _PackLoader(yamlio.LineLoader):
    """``LineLoader`` that keeps dates and ``13:30`` as text and lists as ``LineList``."""


def _construct_int(loader: _PackLoader, node: yaml.ScalarNode) -> int | str:
    if ":" in node.value:  # YAML 1.1 reads 13:30 as the number 810
        return str(node.value)
    return loader.construct_yaml_int(node)


_PackLoader.add_constructor("tag:yaml.org,2002:timestamp", _PackLoader.construct_yaml_str)
_PackLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


# -- reading -------------------------------------------------------------------------------------


class PackReader(Fields):
    """Validates one pack (or template) file's data with the one field validator, against a library."""

    def __init__(self, label: str, library: Library) -> None:
        super().__init__(label)
        self.library = library

    def text(self, data: dict, name: str, required: bool = False) -> str:
        """Field ``name`` as text; "" when absent or bad (the problem is recorded)."""
        return super().text(data, name, required) or ""

    def names(self, data: dict, name: str) -> tuple[str, ...]:
        """Field ``name`` as a tuple of names; () when absent or bad."""
        return tuple(self.words(data, name, names=True) or ())

    def pack(self, data: Any) -> Pack | None:
        if not isinstance(data, yamlio.LineDict):
            self.problem(getattr(data, "line", 1), _("verwacht een pakket met velden (title: ...)"))
            return None
        self.unknown(data, _TOP_FIELDS)
        fmt_id = self.text(data, "format") or None
        fmt = self.library.format(fmt_id) if fmt_id else None
        if fmt_id and fmt is None:
            choices = ", ".join(f.id for f in self.library.formats) or "-"
            msg = _("onbekende werkvorm '{id}' (kies uit: {choices})")
            self.problem(data.line_of("format"), msg.format(id=fmt_id, choices=choices))
        blocks = packs.blocks_from_format(fmt) if fmt else ()
        if "blocks" in data:  # blocks in the file win over those of the format
            blocks = self.blocks(data)
        planned = fmt.minutes if fmt else None
        if "planned_minutes" in data:
            planned = self.planned(data)
        return Pack(
            id=new_id(),
            title=self.text(data, "title", required=True),
            date=self.date(data),
            start=self.start(data),
            place=self.text(data, "place"),
            group=self.text(data, "group"),
            facilitators=self.names(data, "facilitators"),
            format=fmt_id,
            blocks=blocks,
            planned_minutes=planned,
            short_versions=self.names(data, "short_versions"),
        )

    def date(self, data: yamlio.LineDict) -> str | None:
        value = data.get("date")
        if value is None or value == "":
            return None
        if not isinstance(value, str) or not packs.is_valid_date(value):
            msg = _("ongeldige datum '{value}' (schrijf JJJJ-MM-DD, bijvoorbeeld 2026-12-01)")
            self.problem(data.line_of("date"), msg.format(value=value))
            return None
        return value

    def start(self, data: yamlio.LineDict) -> str | None:
        value = data.get("start")
        if value is None or value == "":
            return None
        if not isinstance(value, str) or not packs.is_valid_start(value.strip()):
            msg = _("ongeldige begintijd '{value}' (schrijf UU:MM, bijvoorbeeld \"13:30\")")
            self.problem(data.line_of("start"), msg.format(value=value))
            return None
        return packs.normal_start(value.strip())

    def planned(self, data: yamlio.LineDict) -> int | None:
        value = data.get("planned_minutes")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            msg = _("geplande duur moet een positief geheel getal zijn, niet '{value}'")
            self.problem(data.line_of("planned_minutes"), msg.format(value=value))
            return None
        return value

    def blocks(self, data: yamlio.LineDict) -> tuple[Block, ...]:
        raw = data.get("blocks")
        if raw is None:
            return ()
        if not isinstance(raw, LineList):
            msg = _("veld 'blocks' moet een lijst van blokken zijn")
            self.problem(data.line_of("blocks"), msg)
            return ()
        if len(raw) > packs.MAX_BLOCKS:
            msg = _("een pakket heeft hoogstens {n} blokken, niet {count}")
            self.problem(data.line_of("blocks"), msg.format(n=packs.MAX_BLOCKS, count=len(raw)))
            return ()
        blocks = (self.block(item, n, raw.line_at(n - 1)) for n, item in enumerate(raw, 1))
        return tuple(b for b in blocks if b is not None)

    def block(self, data: Any, number: int, line: int) -> Block | None:
        if not isinstance(data, yamlio.LineDict):
            msg = _("blok {n}: verwacht een blok met velden (title, minutes, kind)")
            self.problem(line, msg.format(n=number))
            return None
        self.unknown(data, packs.BLOCK_FIELDS)
        title = self.text(data, "title", required=True) or _("blok {n}").format(n=number)
        minutes = self.minutes(data, title, packs.MAX_MINUTES)
        if minutes is None:
            big = isinstance(data.get("minutes"), int) and data["minutes"] > packs.MAX_MINUTES
            minutes = packs.MAX_MINUTES if big else 1
        kind = self.text(data, "kind") or "other"
        self.block_kind(data, title, kind)
        items = self.items(data)
        options = self.options(data, title)
        return Block(title, minutes, kind, self.text(data, "instructions"), items, options)

    def options(self, data: yamlio.LineDict, title: str) -> tuple[str, ...]:
        raw = data.get("options")
        if raw is None:
            return ()
        low, high = VOTE_OPTIONS
        options = packs.vote_options(raw if isinstance(raw, list) else [raw])
        if not low <= len(options) <= high:
            msg = _("blok '{title}': een stemming heeft {low} tot {high} opties, niet {n}")
            self.problem(data.line_of("options"), msg.format(title=title, low=low, high=high, n=len(options)))
        return options

    def items(self, data: yamlio.LineDict) -> tuple[str, ...]:
        raw = data.get("items")
        if raw is None:
            return ()
        if not isinstance(raw, LineList):
            raw = LineList([raw])
            raw.item_lines = [data.line_of("items")]
        refs: list[str] = []
        if len(raw) > packs.MAX_ITEMS:
            msg = _("een blok heeft hoogstens {n} onderdelen, niet {count}")
            self.problem(data.line_of("items"), msg.format(n=packs.MAX_ITEMS, count=len(raw)))
            return ()
        for index, value in enumerate(raw):
            ref = self.ref(value, raw.line_at(index))
            if ref and ref not in refs:
                refs.append(ref)
        return tuple(refs)

    def ref(self, value: Any, line: int) -> str | None:
        try:
            if not isinstance(value, str):
                raise ValueError(packs.bad_ref_message(value))
            kind, item_id = packs.parse_ref(value.strip())
        except ValueError as exc:
            self.problem(line, str(exc))
            return None
        if self.library.get(kind, item_id) is None:
            msg = _("{kind} '{id}' bestaat niet in de bibliotheek")
            msg = msg.format(kind=label(KIND_LABELS, kind), id=item_id)
            self.problem(line, msg + self.suggestion(kind, item_id))
            return None
        return f"{kind}:{item_id}"

    def suggestion(self, kind: str, item_id: str) -> str:
        pool = {"story": self.library.stories, "value": self.library.values}
        ids = [i.id for i in pool.get(kind, self.library.questions)]
        close = difflib.get_close_matches(item_id, ids, n=1, cutoff=0.7)
        return _(" (bedoel je '{id}'?)").format(id=close[0]) if close else ""


def parse_pack(text: str, library: Library, label: str) -> tuple[Pack | None, list[Problem]]:
    """Validate pack-file ``text`` (shown as ``label`` in problems) against ``library``.

    Returns the pack (None when it cannot be read at all) and every problem found; the pack is
    only usable when no problem is fatal.
    """
    reader = PackReader(label, library)
    data = load_data(text, reader)
    pack = reader.pack(data) if data is not None else None
    reader.problems.sort(key=lambda p: p.line)
    return pack, reader.problems


def load_data(text: str, reader: PackReader) -> Any:
    """The YAML data of a pack or template file, or None (its problems go to ``reader``)."""
    try:
        data, duplicates = yamlio.load(text.removeprefix("\ufeff"), loader=_PackLoader)
    except yamlio.YamlProblem as exc:
        reader.problem(exc.line, _("YAML-fout: {message}").format(message=exc.message))
        return None
    for key, line in duplicates:
        reader.problem(line, _("veld '{key}' staat er twee keer").format(key=key), fatal=False)
    if data is None:
        reader.problem(1, _("bestand is leeg"))
    return data


def check_pack_file(path: Path, library: Library) -> tuple[Pack | None, list[Problem]]:
    """Read and validate the pack file at ``path``; never raises for bad content."""
    text, problem = read_text(path)
    return (None, [problem]) if text is None else parse_pack(text, library, str(path))


def read_text(path: Path, max_bytes: int | None = None) -> tuple[str | None, Problem | None]:
    """The text of a file, or None and the problem (not UTF-8, over ``max_bytes``)."""
    label = str(path)
    try:
        if max_bytes is not None and Path(path).stat().st_size > max_bytes:
            message = _("het bestand is groter dan {kb} kB").format(kb=max_bytes // 1000)
            return None, Problem(label, 1, message)
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise NotFoundError(_("bestand {path} bestaat niet").format(path=label)) from None
    except OSError as exc:
        raise GoedWerkError(
            _("bestand {path} is niet te lezen: {error}").format(path=label, error=exc.strerror)
        ) from None
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, Problem(label, line, _("bestand is geen geldige UTF-8-tekst"))


def read_pack_file(path: Path, library: Library) -> Pack:
    """The pack in the file at ``path``; raise ``ContentError`` when any problem is fatal."""
    pack, problems = check_pack_file(path, library)
    if pack is None or any(p.fatal for p in problems):
        raise ContentError([p for p in problems if p.fatal] or problems)
    for problem in problems:
        logger.warning("%s", problem.format())
    return pack


# -- writing -------------------------------------------------------------------------------------


class _Flow(list):
    """A list written in flow style: ``[a, b]``."""


class _Dumper(yaml.SafeDumper):
    """Block lists indented under their key; refs like ``story:x`` written without quotes."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def choose_scalar_style(self) -> str:
        event = self.event
        if isinstance(event, yaml.ScalarEvent) and event.implicit[0] and _PLAIN_REF.match(event.value):
            return ""
        return super().choose_scalar_style()


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def pack_to_yaml(pack: Pack) -> str:
    """The pack as the text of a ``*.pack.yaml`` file (``parse_pack`` reads it back)."""
    header = _("# Goed Werk-sessiepakket; het formaat staat in docs/pack-format.md\n")
    return header + dump_yaml(pack_data(pack))


def dump_yaml(data: dict[str, Any]) -> str:
    """``data`` as YAML the way pack files are written."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=96)


def pack_data(pack: Pack) -> dict[str, Any]:
    """The fields of a pack file for ``pack`` (empty ones left out)."""
    data: dict[str, Any] = {"title": pack.title}
    if pack.date:
        data["date"] = date.fromisoformat(pack.date)
    optional = {
        "start": pack.start,
        "place": pack.place,
        "group": pack.group,
        "facilitators": _Flow(pack.facilitators),
        "format": pack.format,
        "short_versions": _Flow(pack.short_versions),
    }
    data.update({key: value for key, value in optional.items() if value})
    if pack.planned_minutes is not None or pack.format:
        data["planned_minutes"] = pack.planned_minutes
    data["blocks"] = [_block_data(block) for block in pack.blocks]
    return data


def _block_data(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"title": block.title, "minutes": block.minutes, "kind": block.kind}
    if block.instructions:
        data["instructions"] = block.instructions
    if block.items:
        data["items"] = _Flow(block.items)
    if block.options:
        data["options"] = list(block.options)
    return data


def write_pack_file(pack: Pack, path: Path) -> None:
    """Write ``pack`` to ``path`` atomically (a temporary file, then a rename)."""
    write_file(Path(path), pack_to_yaml(pack))


def write_file(path: Path, text: str) -> None:
    """Write a pack or template file atomically; a failure is a ``GoedWerkError``."""
    try:
        atomic_write(path, text, newline="\n")
    except OSError as exc:
        raise GoedWerkError(
            _("kan {path} niet schrijven: {error}").format(path=path, error=exc.strerror or exc)
        ) from None
