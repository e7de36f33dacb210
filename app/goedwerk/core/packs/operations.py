"""Pack logic without Qt: new packs, clock times, pure edits and the stored (dict) form.

Every edit helper takes a ``Pack`` and returns a new one, so the window's undo commands can
keep the pack before and after a change. Items are refs of the form ``kind:id`` with kind
``story``, ``value`` or ``question``. Reading and writing ``*.pack.yaml`` files lives in
``goedwerk.core.packs.packfile``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import asdict, replace
from datetime import date
from typing import Any, NamedTuple

from goedwerk.core.i18n import _
from goedwerk.core.model import (
    BLOCK_KINDS,
    VOTE_OPTIONS,
    Block,
    Format,
    Item,
    Library,
    Pack,
    Question,
    Story,
    new_id,
)

REF_KINDS: tuple[str, ...] = ("story", "value", "question", "guide")
_START = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BLOCK_FIELDS = ("title", "minutes", "kind", "instructions", "items", "options")

MAX_MINUTES = 600  # per block: ten hours
MAX_BLOCKS = 100  # per pack
MAX_ITEMS = 100  # per block
PACK_FIELDS = (
    "title",
    "date",
    "start",
    "place",
    "group",
    "facilitators",
    "format",
    "planned_minutes",
    "short_versions",
)


class Slot(NamedTuple):
    """A block with its clock times ("HH:MM", or elapsed "H:MM" when the pack has no start)."""

    block: Block
    start: str
    end: str


# -- new packs -----------------------------------------------------------------------------------


def blocks_from_format(fmt: Format) -> tuple[Block, ...]:
    """The blocks of a session format as (empty) pack blocks."""
    return tuple(Block(b.title, b.minutes, b.kind, b.instructions) for b in fmt.blocks)


def new_pack(title: str = "", fmt: Format | None = None, now: float | None = None) -> Pack:
    """A new pack, blank or with the blocks and planned length of the format ``fmt``."""
    stamp = time.time() if now is None else now
    if fmt is None:
        return Pack(new_id(), title, created=stamp, modified=stamp)
    return Pack(
        new_id(),
        title or fmt.title,
        format=fmt.id,
        blocks=blocks_from_format(fmt),
        planned_minutes=fmt.minutes,
        created=stamp,
        modified=stamp,
    )


def duplicate(pack: Pack, title: str | None = None, now: float | None = None) -> Pack:
    """A copy of ``pack`` with a new id and (by default) the title "<title> (kopie)"."""
    stamp = time.time() if now is None else now
    if title is None:
        title = _("{title} (kopie)").format(title=pack.title)
    return replace(pack, id=new_id(), title=title, created=stamp, modified=stamp)


# -- item refs -----------------------------------------------------------------------------------


def parse_ref(ref: str) -> tuple[str, str]:
    """Split ``kind:id`` into its parts; raise ``ValueError`` when it is not a valid ref."""
    kind, sep, item_id = str(ref).partition(":")
    if not sep or kind not in REF_KINDS or not item_id.strip():
        msg = _("'{ref}' is geen geldige verwijzing (schrijf story:<id>, value:<id> of question:<id>)")
        raise ValueError(msg.format(ref=ref))
    return kind, item_id.strip()


def bad_ref_message(ref: object) -> str:
    """The message for a value that is not a ref of the form ``kind:id``."""
    msg = _("'{ref}' is geen geldige verwijzing (schrijf story:<id>, value:<id> of question:<id>)")
    return msg.format(ref=ref)


def resolve(ref: str, library: Library) -> Item | None:
    """The library item a ref points at, or None when it is unknown or malformed."""
    try:
        return library.get(*parse_ref(ref))
    except ValueError:
        return None


def missing_refs(pack: Pack, library: Library) -> list[str]:
    """Refs in ``pack`` that ``library`` does not hold (e.g. a pack made with another library)."""
    return [ref for block in pack.blocks for ref in block.items if resolve(ref, library) is None]


# -- times ---------------------------------------------------------------------------------------


def is_valid_start(text: str) -> bool:
    """True for a clock time ``H:MM`` or ``HH:MM`` between 0:00 and 23:59."""
    return bool(_START.match(text))


def is_valid_date(text: str) -> bool:
    """True for an existing calendar date written ``YYYY-MM-DD``."""
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def normal_start(text: str) -> str:
    """``text`` as ``HH:MM`` (``9:05`` becomes ``09:05``)."""
    hours, minutes = text.split(":")
    return f"{int(hours):02d}:{minutes}"


def clock(start: str, minutes: int) -> str:
    """The clock time ``minutes`` after ``start`` ("HH:MM", past midnight wraps around)."""
    hours, mins = (int(part) for part in start.split(":"))
    total = (hours * 60 + mins + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def elapsed(minutes: int) -> str:
    """Minutes written as ``H:MM`` (``90`` becomes ``1:30``)."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def schedule(pack: Pack) -> list[Slot]:
    """Each block with its start and end time, counted from the pack's start time."""
    slots = []
    offset = 0
    for block in pack.blocks:
        begin, offset = offset, offset + block.minutes
        if pack.start:
            slots.append(Slot(block, clock(pack.start, begin), clock(pack.start, offset)))
        else:
            slots.append(Slot(block, elapsed(begin), elapsed(offset)))
    return slots


def end_time(pack: Pack) -> str | None:
    """The clock time at which the pack ends, or None without a start time."""
    return clock(pack.start, pack.minutes) if pack.start else None


def overrun(pack: Pack) -> int:
    """Minutes the blocks run over the planned length (0 when within it or when unplanned)."""
    if not pack.planned_minutes:
        return 0
    return max(0, pack.minutes - pack.planned_minutes)


def is_over_planned(pack: Pack) -> bool:
    """True when the blocks take longer than the planned length."""
    return overrun(pack) > 0


# -- pure edits ----------------------------------------------------------------------------------


def _with_blocks(pack: Pack, blocks: list[Block]) -> Pack:
    return replace(pack, blocks=tuple(blocks))


def add_block(pack: Pack, block: Block, index: int | None = None) -> Pack:
    """Insert ``block`` at ``index`` (at the end when None)."""
    blocks = list(pack.blocks)
    if len(blocks) >= MAX_BLOCKS:
        raise ValueError(_("een pakket heeft hoogstens {n} blokken").format(n=MAX_BLOCKS))
    blocks.insert(len(blocks) if index is None else index, _checked_block(block))
    return _with_blocks(pack, blocks)


def remove_block(pack: Pack, index: int) -> Pack:
    """Remove the block at ``index``."""
    blocks = list(pack.blocks)
    del blocks[index]
    return _with_blocks(pack, blocks)


def move_block(pack: Pack, source: int, target: int) -> Pack:
    """Move the block at ``source`` so that it ends up at index ``target``."""
    blocks = list(pack.blocks)
    blocks.insert(target, blocks.pop(source))
    return _with_blocks(pack, blocks)


def _with_items(pack: Pack, index: int, items: list[str]) -> Pack:
    blocks = list(pack.blocks)
    blocks[index] = replace(blocks[index], items=tuple(items))
    return _with_blocks(pack, blocks)


def add_item(pack: Pack, block: int, ref: str, index: int | None = None) -> Pack:
    """Add the item ``ref`` to block ``block``; the same pack when the block already holds it."""
    parse_ref(ref)
    items = list(pack.blocks[block].items)
    if ref in items:
        return pack
    if len(items) >= MAX_ITEMS:
        raise ValueError(_("een blok heeft hoogstens {n} onderdelen").format(n=MAX_ITEMS))
    items.insert(len(items) if index is None else index, ref)
    return _with_items(pack, block, items)


def remove_item(pack: Pack, block: int, index: int) -> Pack:
    """Remove the item at ``index`` from block ``block``."""
    items = list(pack.blocks[block].items)
    del items[index]
    return _with_items(pack, block, items)


def move_item(pack: Pack, source: tuple[int, int], target: tuple[int, int]) -> Pack:
    """Move the item at ``(block, index)`` ``source`` to ``(block, index)`` ``target``.

    The target index is the one the item has afterwards. Moving an item into a block that
    already holds it leaves the pack as it was.
    """
    (src_block, src_index), (dst_block, dst_index) = source, target
    ref = pack.blocks[src_block].items[src_index]
    if src_block != dst_block and ref in pack.blocks[dst_block].items:
        return pack
    removed = remove_item(pack, src_block, src_index)
    items = list(removed.blocks[dst_block].items)
    items.insert(dst_index, ref)
    return _with_items(removed, dst_block, items)


def set_block_field(pack: Pack, index: int, name: str, value: Any) -> Pack:
    """Set field ``name`` (title, minutes, kind, instructions, items, options) of block ``index``."""
    if name not in BLOCK_FIELDS:
        raise ValueError(f"unknown block field {name!r}")
    blocks = list(pack.blocks)
    if name == "items":
        value = tuple(value)
        for ref in value:
            parse_ref(ref)
    if name == "options":
        value = vote_options(value)
    blocks[index] = _checked_block(replace(blocks[index], **{name: value}))
    return _with_blocks(pack, blocks)


def set_short_version(pack: Pack, story_id: str, short: bool) -> Pack:
    """The pack with story ``story_id`` read in its short version (or in full again)."""
    wanted = [s for s in pack.short_versions if s != story_id] + ([story_id] if short else [])
    return set_pack_field(pack, "short_versions", wanted)


def vote_options(texts: Iterable[str]) -> tuple[str, ...]:
    """The options of a vote: trimmed, without empty lines or repeats, at most six."""
    seen: list[str] = []
    for text in texts:
        option = " ".join(str(text).split())
        if option and option not in seen:
            seen.append(option)
    return tuple(seen[: VOTE_OPTIONS[1]])


def story_options(block: Block, library: Library) -> tuple[str, ...]:
    """Vote options taken from the questions of the block's stories (at most six)."""
    texts: list[str] = []
    for ref in block.items:
        item = resolve(ref, library)
        if isinstance(item, Story):
            found = (library.get("question", q) for q in item.questions)
            texts += [q.text for q in found if isinstance(q, Question)]
    return vote_options(texts)


def _checked_block(block: Block) -> Block:
    if isinstance(block.minutes, bool) or not isinstance(block.minutes, int) or block.minutes < 1:
        raise ValueError(_("minuten moet een positief geheel getal zijn"))
    if block.minutes > MAX_MINUTES:
        raise ValueError(_("een blok duurt hoogstens {n} minuten").format(n=MAX_MINUTES))
    if len(block.items) > MAX_ITEMS:
        raise ValueError(_("een blok heeft hoogstens {n} onderdelen").format(n=MAX_ITEMS))
    if block.kind not in BLOCK_KINDS:
        raise ValueError(_("onbekende soort blok '{kind}'").format(kind=block.kind))
    return block


def set_pack_field(pack: Pack, name: str, value: Any) -> Pack:
    """Set a field of the pack (title, date, start, place, group, facilitators, ...)."""
    if name not in PACK_FIELDS:
        raise ValueError(f"unknown pack field {name!r}")
    if name in ("date", "start", "format") and value == "":
        value = None
    if name == "date" and value is not None and not is_valid_date(value):
        raise ValueError(_("ongeldige datum '{value}' (schrijf JJJJ-MM-DD)").format(value=value))
    if name == "start" and value is not None:
        if not is_valid_start(value):
            raise ValueError(_("ongeldige begintijd '{value}' (schrijf UU:MM)").format(value=value))
        value = normal_start(value)
    if name in ("facilitators", "short_versions"):
        value = tuple(dict.fromkeys(str(v).strip() for v in value if str(v).strip()))
    if (
        name == "planned_minutes"
        and value is not None
        and (isinstance(value, bool) or not isinstance(value, int) or value < 1)
    ):
        raise ValueError(_("geplande duur moet een positief geheel getal zijn"))
    return replace(pack, **{name: value})


# -- the stored form -----------------------------------------------------------------------------


def pack_to_dict(pack: Pack) -> dict[str, Any]:
    """The pack as plain JSON-safe data."""
    data = asdict(pack)
    data["facilitators"] = list(pack.facilitators)
    data["short_versions"] = list(pack.short_versions)
    data["blocks"] = [{**asdict(b), "items": list(b.items), "options": list(b.options)} for b in pack.blocks]
    return data


def pack_from_dict(data: dict[str, Any]) -> Pack:
    """The pack stored as ``pack_to_dict`` data (unknown keys are ignored)."""
    blocks = tuple(
        Block(
            b["title"],
            int(b["minutes"]),
            b["kind"],
            b.get("instructions", ""),
            tuple(b.get("items", ())),
            tuple(b.get("options", ())),
        )
        for b in data.get("blocks", ())
    )
    return Pack(
        id=data["id"],
        title=data.get("title", ""),
        date=data.get("date"),
        start=data.get("start"),
        place=data.get("place", ""),
        group=data.get("group", ""),
        facilitators=tuple(data.get("facilitators", ())),
        format=data.get("format"),
        blocks=blocks,
        planned_minutes=data.get("planned_minutes"),
        created=float(data.get("created", 0)),
        modified=float(data.get("modified", 0)),
        short_versions=tuple(data.get("short_versions", ())),
    )
