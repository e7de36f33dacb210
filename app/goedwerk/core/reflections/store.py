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
from dataclasses import dataclass, field, replace
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
    "themes, value_ids, actions, created, modified"
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
        row = {
            name: getattr(stored, name)
            for name in ("id", "pack_id", "pack_title", "block_index", "block_title", "date")
        }
        row |= {name: getattr(stored, name) for name in PROMPT_FIELDS}
        row |= {
            "themes": _dumps(stored.themes),
            "value_ids": _dumps(stored.values),
            "actions": _dumps(stored.actions),
            "created": stored.created,
            "modified": stored.modified,
        }
        self.upsert(row)
        return stored

    def delete(self, reflection_id: str) -> Reflection:
        """Remove a reflection; return it, so ``save`` can put it back (undo)."""
        reflection = self.get(reflection_id)
        with self.catalog.transaction():
            self.catalog.db.execute("DELETE FROM reflections WHERE id = ?", [reflection_id])
        if self.on_change is not None:
            self.on_change(self.CHANGES)
        return reflection

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
    )


def _dumps(items: Iterable[str]) -> str:
    return json.dumps(list(items), ensure_ascii=False)
