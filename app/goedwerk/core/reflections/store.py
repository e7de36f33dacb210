"""Reflections: what a group found after a block or a session, kept in the catalog, never lost.

A reflection answers the four prompts of the printed reflection form, carries tags for the
themes and values that came up, and lists the agreed actions. It keeps the pack's id *and*
title, without a foreign key, so deleting a pack never deletes its reflections. Every save is
one SQLite transaction (the catalog runs in WAL mode). Harvest queries filter by pack, date,
theme and value; counting and the exports (Markdown, CSV, report HTML) are in ``harvest``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date

from goedwerk.core.errors import NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import Changes, Library, new_id
from goedwerk.core.packs.labels import REFLECTION_PROMPTS
from goedwerk.core.reflections.journal import JOURNAL_NAME, Journal
from goedwerk.core.store.catalog import Catalog, Table

PROMPT_FIELDS: tuple[str, ...] = ("happened", "impact", "insight", "plan")
PROMPTS: dict[str, str] = dict(zip(PROMPT_FIELDS, REFLECTION_PROMPTS, strict=True))
_COLUMNS = (
    "id, pack_id, pack_title, block_index, block_title, date, happened, impact, insight, plan, "
    "themes, value_ids, actions, created, modified, source"
)


@dataclass(frozen=True)
class Reflection:
    """The group's reflection on a whole session (``block_index`` None) or on one block."""

    id: str = field(default_factory=new_id)
    pack_id: str | None = None
    pack_title: str = ""
    block_index: int | None = None
    block_title: str = ""
    date: str = ""
    happened: str = ""
    impact: str = ""
    insight: str = ""
    plan: str = ""
    themes: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    created: float = 0.0
    modified: float = 0.0
    source: str = ""  # where an imported reflection comes from (the bundle's label); "" for own

    @property
    def is_empty(self) -> bool:
        """True when nothing was written or tagged."""
        texts = (*(getattr(self, f) for f in PROMPT_FIELDS), *self.actions)
        return not any(t.strip() for t in texts) and not self.themes and not self.values

    @property
    def scope(self) -> str:
        """``Hele sessie`` or the block's title."""
        return _("Hele sessie") if self.block_index is None else self.block_title

    def text(self) -> str:
        """All free text of the reflection, for search and the personal-data check."""
        return "\n".join([*(getattr(self, f) for f in PROMPT_FIELDS), *self.actions])


@dataclass(frozen=True)
class Labels:
    """Display names of theme and value ids (unknown ids show as themselves)."""

    themes: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_library(cls, library: Library) -> Labels:
        """The theme labels and value-card names of ``library``."""
        return cls({t.id: t.label for t in library.vocabulary.themes}, {c.id: c.name for c in library.values})

    def theme(self, theme_id: str) -> str:
        """The label of a theme id."""
        return self.themes.get(theme_id, theme_id)

    def value(self, value_id: str) -> str:
        """The name of a value id."""
        return self.values.get(value_id, value_id)


def resolve_tags(text: str, known: Mapping[str, str]) -> tuple[str, ...]:
    """Tags from ``"Integriteit, moed"``: known labels or ids become ids, other words stay."""
    by_name = {label.casefold(): tag_id for tag_id, label in known.items()}
    by_name.update({tag_id.casefold(): tag_id for tag_id in known})
    tags: list[str] = []
    for part in text.replace(";", ",").split(","):
        word = " ".join(part.split())
        tag = by_name.get(word.casefold(), word)
        if tag and tag not in tags:
            tags.append(tag)
    return tuple(tags)


@dataclass(frozen=True)
class ReflectionFilter:
    """What the harvest shows: ``ids`` restricts to search hits (None: no search)."""

    pack_ids: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    themes: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    ids: tuple[str, ...] | None = None
    sources: tuple[str, ...] = ()  # "" is the user's own reflections


class ReflectionStore(Table):
    """Reflections in the catalog; every save is one transaction."""

    TABLE = "reflections"
    CHANGES = Changes(reflections=True)

    def __init__(self, catalog: Catalog, on_change: Callable[[Changes], None] | None = None) -> None:
        super().__init__(catalog, on_change)
        self.journal = Journal(catalog.path.parent / JOURNAL_NAME, Reflection)  # typed, not yet stored

    @staticmethod
    def stamped(reflection: Reflection) -> Reflection:
        """``reflection`` with its created and modified times and its date set as a save sets them."""
        now = time.time()
        return replace(
            reflection,
            created=reflection.created or now,
            modified=now,
            date=reflection.date or date.today().isoformat(),
        )

    def keep(self, reflection: Reflection) -> Reflection:
        """Stamp ``reflection`` and put it in the journal (fast; no catalog write); return it."""
        kept = self.stamped(reflection)
        self.journal.put(kept)
        return kept

    def save_kept(self, kept: Reflection) -> Reflection:
        """Save a reflection from ``keep`` to the catalog, then take it out of the journal."""
        saved = self.save(kept)
        self.journal.discard(kept)
        return saved

    def save(self, reflection: Reflection) -> Reflection:
        """Insert or replace ``reflection``; return it with its created/modified times set."""
        stored = self.stamped(reflection)
        self.upsert(reflection_row(stored))
        return stored

    def delete(self, reflection_id: str) -> Reflection:
        """Remove a reflection; return it, so ``save`` can put it back (undo)."""
        reflection = self.get(reflection_id)
        with self.catalog.transaction():
            self.catalog.db.execute("DELETE FROM reflections WHERE id = ?", [reflection_id])
        if self.on_change is not None:
            self.on_change(self.CHANGES)
        return reflection

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored already."""
        wanted = list(ids)
        if not wanted:
            return set()
        sql = f"SELECT id FROM reflections WHERE id IN ({','.join('?' * len(wanted))})"
        return {r[0] for r in self.catalog.db.execute(sql, wanted).fetchall()}

    def sources(self) -> list[str]:
        """The labels of the sources reflections came from ("" for the user's own), sorted."""
        sql = "SELECT DISTINCT source FROM reflections ORDER BY lower(source)"
        return [r[0] for r in self.catalog.db.execute(sql).fetchall()]

    def get(self, reflection_id: str) -> Reflection:
        """The reflection ``reflection_id``; ``NotFoundError`` when there is none."""
        found = self._select("WHERE id = ?", [reflection_id])
        if not found:
            raise NotFoundError(_("reflectie '{id}' bestaat niet").format(id=reflection_id))
        return found[0]

    def find(self, pack_id: str | None, block_index: int | None) -> Reflection | None:
        """The latest reflection on a pack's session or block, or None."""
        where = "WHERE pack_id IS ? AND block_index IS ? ORDER BY modified DESC LIMIT 1"
        found = self._select(where, [pack_id, block_index])
        return found[0] if found else None

    def all(self) -> list[Reflection]:
        """Every reflection, newest session first."""
        return self.query(ReflectionFilter())

    def query(self, flt: ReflectionFilter) -> list[Reflection]:
        """The reflections that pass ``flt``: newest date first, then pack, session before blocks."""
        clauses, params = _where(flt)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        order = "ORDER BY date DESC, lower(pack_title), block_index IS NOT NULL, block_index, created"
        return self._select(f"{where} {order}", params)

    def packs(self) -> list[tuple[str, str]]:
        """``(pack_id, pack_title)`` of every pack with reflections, by title."""
        sql = (
            "SELECT pack_id, max(pack_title) FROM reflections WHERE pack_id IS NOT NULL "
            "GROUP BY pack_id ORDER BY lower(max(pack_title))"
        )
        return [(r[0], r[1] or "") for r in self.catalog.db.execute(sql).fetchall()]

    def _select(self, tail: str, params: Sequence[object]) -> list[Reflection]:
        rows = self.catalog.db.execute(f"SELECT {_COLUMNS} FROM reflections {tail}", list(params))
        return [_from_row(r) for r in rows.fetchall()]


def _where(flt: ReflectionFilter) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []

    def any_of(column: str, values: Sequence[str]) -> None:
        clauses.append(f"({column} IN ({','.join('?' * len(values))}))")
        params.extend(values)

    if flt.pack_ids:
        any_of("pack_id", flt.pack_ids)
    if flt.sources:
        any_of("source", flt.sources)
    if flt.ids is not None and not flt.ids:
        clauses.append("0")
    elif flt.ids is not None:
        any_of("id", flt.ids)
    if flt.date_from:
        clauses.append("date >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        clauses.append("date <= ?")
        params.append(flt.date_to)
    for column, tags in (("themes", flt.themes), ("value_ids", flt.values)):
        if tags:
            marks = ",".join("?" * len(tags))
            clauses.append(f"EXISTS (SELECT 1 FROM json_each({column}) WHERE value IN ({marks}))")
            params.extend(tags)
    return clauses, params


def _from_row(r: Sequence) -> Reflection:
    return Reflection(
        id=r[0],
        pack_id=r[1],
        pack_title=r[2] or "",
        block_index=r[3],
        block_title=r[4] or "",
        date=r[5] or "",
        happened=r[6] or "",
        impact=r[7] or "",
        insight=r[8] or "",
        plan=r[9] or "",
        themes=tuple(json.loads(r[10] or "[]")),
        values=tuple(json.loads(r[11] or "[]")),
        actions=tuple(json.loads(r[12] or "[]")),
        created=r[13] or 0.0,
        modified=r[14] or 0.0,
        source=r[15] or "",
    )


def reflection_row(reflection: Reflection) -> dict[str, object]:
    """The catalog row of ``reflection``."""
    row: dict[str, object] = {
        name: getattr(reflection, name)
        for name in ("id", "pack_id", "pack_title", "block_index", "block_title", "date", "source")
    }
    row |= {name: getattr(reflection, name) for name in PROMPT_FIELDS}
    row |= {
        "themes": _dumps(reflection.themes),
        "value_ids": _dumps(reflection.values),
        "actions": _dumps(reflection.actions),
        "created": reflection.created,
        "modified": reflection.modified,
    }
    return row


def reflection_to_json(reflection: Reflection) -> dict[str, object]:
    """``reflection`` as plain JSON data (for a harvest bundle)."""
    data = asdict(reflection)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


def reflection_from_json(data: object) -> Reflection:
    """A reflection from JSON data; raise ``ValueError`` naming the first bad field."""
    if not isinstance(data, dict):
        raise ValueError(_("geen reflectie"))
    texts = ("id", "pack_title", "block_title", "date", "source", *PROMPT_FIELDS)
    fields: dict[str, object] = {}
    for name in texts:
        value = data.get(name, "")
        if not isinstance(value, str):
            raise ValueError(_("veld '{name}' moet tekst zijn").format(name=name))
        fields[name] = value
    for name in ("themes", "values", "actions"):
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(_("veld '{name}' moet een lijst van woorden zijn").format(name=name))
        fields[name] = tuple(value)
    pack_id, block = data.get("pack_id"), data.get("block_index")
    if pack_id is not None and not isinstance(pack_id, str):
        raise ValueError(_("veld '{name}' moet tekst zijn").format(name="pack_id"))
    if block is not None and (isinstance(block, bool) or not isinstance(block, int)):
        raise ValueError(_("veld 'block_index' moet een geheel getal zijn"))
    stamps = [data.get(name, 0.0) for name in ("created", "modified")]
    if not all(isinstance(s, int | float) and not isinstance(s, bool) for s in stamps):
        raise ValueError(_("veld 'created' of 'modified' moet een getal zijn"))
    return Reflection(pack_id=pack_id, block_index=block, created=stamps[0], modified=stamps[1], **fields)


def _dumps(items: Iterable[str]) -> str:
    return json.dumps(list(items), ensure_ascii=False)
