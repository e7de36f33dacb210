"""Bringing a bundle in: validate everything first, then store it all or nothing.

``plan_import`` checks the bundle's items as library files (front matter, fields,
references against the library plus the bundle) and its packs against the library they
will join, settles id conflicts (keep, replace or rename) and returns an ``ImportPlan``
without touching anything. ``commit`` stages the own-library files in a temporary folder
beside the own library, then moves them into place inside the catalog transaction that
stores the packs; when anything fails, moved files are put back and the transaction is
rolled back.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Set
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from goedwerk.core.bundles.archive import Bundle, BundleEntry, BundleError
from goedwerk.core.content.assembly import assemble
from goedwerk.core.content.loader import Entry, ParsedFile, parse_file
from goedwerk.core.i18n import _
from goedwerk.core.model import Library, Pack, new_id
from goedwerk.core.packs.packfile import parse_pack
from goedwerk.core.paths import ensure_private_dir
from goedwerk.core.reflections.store import Reflection, reflection_from_json, reflection_row
from goedwerk.core.sources.own import free_id, story_text
from goedwerk.core.store.catalog import Catalog

CONFLICT_CHOICES = ("keep", "replace", "rename")
_ROOT = Path("/bundel")  # problems name bundle entries as bundel/<path>
_LOADER_KINDS = {"story": "story", "guide": "guide", "question": "questions", "value": "values"}
_YAML_FILES = {"question": "questions.yaml", "value": "values.yaml"}


@dataclass
class ImportPlan:
    """What an import will do: files for the own library, packs for the catalog, the report."""

    files: dict[str, str] = field(default_factory=dict)  # path in the own library -> text
    packs: list[Pack] = field(default_factory=list)
    added: list[tuple[str, str]] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)
    replaced: list[tuple[str, str]] = field(default_factory=list)
    renamed: list[tuple[str, str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)  # new ones only
    known_reflections: int = 0  # already here (recognised by id), not stored again


def conflicts(
    bundle: Bundle, library: Library, pack_ids: set[str], identical: Set[tuple[str, str]] = frozenset()
) -> list[tuple[str, str]]:
    """``(kind, id)`` of every item or pack whose id is here already with other content."""
    return [
        (e.kind, e.id)
        for e in bundle.entries
        if e.kind != "reflection"
        and (e.kind, e.id) not in identical
        and (e.id in pack_ids if e.kind == "pack" else library.get(e.kind, e.id) is not None)
    ]


def reflections_of(bundle: Bundle) -> list[Reflection]:
    """The bundle's reflections, checked field by field; ``BundleError`` names the bad ones."""
    found, reasons = [], []
    for entry in bundle.of_kind("reflection"):
        try:
            reflection = reflection_from_json(json.loads(entry.text))
            if reflection.id != entry.id:
                raise ValueError(
                    _("id '{id}' hoort gelijk te zijn aan de bestandsnaam").format(id=reflection.id)
                )
            found.append(
                reflection if reflection.source else replace(reflection, source=bundle.label or _("gedeeld"))
            )
        except ValueError as exc:
            reasons.append(f"bundel/{entry.path}: {exc}")
    if reasons:
        raise BundleError(reasons)
    return found


def plan_import(
    bundle: Bundle,
    library: Library,
    pack_ids: set[str],
    on_conflict: str,
    own_dir: Path,
    known_reflections: Set[str] = frozenset(),
    identical: Set[tuple[str, str]] = frozenset(),
) -> ImportPlan:
    """Check the whole bundle and settle its conflicts; raise ``BundleError`` when it is refused.

    ``identical`` names the entries that are here already with the same content: they are
    kept as they are whatever ``on_conflict`` says (a shared values card is never renamed).
    """
    plan = ImportPlan()
    reflections = reflections_of(bundle)
    plan.reflections = [r for r in reflections if r.id not in known_reflections]
    plan.known_reflections = len(reflections) - len(plan.reflections)
    renames = _settle(bundle, library, pack_ids, on_conflict, plan, identical)
    keep = {(k, i) for k, i in plan.kept}
    items = [e for e in bundle.entries if e.kind in _LOADER_KINDS and (e.kind, e.id) not in keep]
    parsed = [_parse(entry, renames, plan) for entry in items]
    replaced = {(k, i) for k, i in plan.replaced}
    checked = assemble(_ROOT, [*parsed, _library_file(library, replaced)])
    fatal = [p.format() for p in checked.problems if p.fatal and p.path.startswith("bundel")]
    plan.warnings += [p.format() for p in checked.problems if not p.fatal and p.path.startswith("bundel")]
    if fatal:
        raise BundleError(fatal)
    merged = _merged(library, checked, replaced)
    packs = [e for e in bundle.entries if e.kind == "pack" and (e.kind, e.id) not in keep]
    plan.packs = [_pack(entry, merged, renames) for entry in packs]
    _files(items, checked, renames, own_dir, plan)
    return plan


def _settle(
    bundle: Bundle,
    library: Library,
    pack_ids: set[str],
    on_conflict: str,
    plan: ImportPlan,
    identical: Set[tuple[str, str]],
) -> dict:
    """Decide each conflict; return the renames as ``{(kind, old id): new id}``."""
    renames: dict[tuple[str, str], str] = {}
    clashing = set(conflicts(bundle, library, pack_ids, identical))
    taken = {(str(i.kind), i.id) for i in (*library.stories, *library.values, *library.questions)}
    taken |= {(str(g.kind), g.id) for g in library.guides} | {("pack", p) for p in pack_ids}
    taken |= {(e.kind, e.id) for e in bundle.entries}
    for entry in bundle.entries:
        key = (entry.kind, entry.id)
        if entry.kind == "reflection":
            continue
        if key in identical:
            plan.kept.append(key)
        elif key not in clashing:
            plan.added.append(key)
        elif on_conflict == "rename":
            new = (
                new_id()
                if entry.kind == "pack"
                else free_id(entry.id, {i for k, i in taken if k == entry.kind})
            )
            taken.add((entry.kind, new))
            renames[key] = new
            plan.renamed.append((entry.kind, entry.id, new))
        elif on_conflict == "replace" and (entry.kind == "pack" or library.is_own(entry.kind, entry.id)):
            plan.replaced.append(key)
        else:
            if on_conflict == "replace":
                msg = _("{kind}:{id} staat in een bron die alleen gelezen wordt en blijft zoals het was")
                plan.warnings.append(msg.format(kind=entry.kind, id=entry.id))
            plan.kept.append(key)
    return renames


def _parse(entry: BundleEntry, renames: dict, plan: ImportPlan) -> ParsedFile:
    """Parse an item entry as a library file, under its new id when it is renamed."""
    kind = _LOADER_KINDS[entry.kind]
    new = renames.get((entry.kind, entry.id), entry.id)
    path = _ROOT / entry.path
    pfile = parse_file(_ROOT, kind, entry.text.encode("utf-8"), path.with_stem(entry.id))
    found = [e for e in pfile.entries if e.kind == entry.kind]
    if pfile.entries and (len(found) != 1 or found[0].data["id"] != entry.id):
        raise BundleError(
            [_("{path}: hoort precies het item '{id}' te bevatten").format(path=entry.path, id=entry.id)]
        )
    for item in pfile.entries:
        item.data["id"] = new
        for field_name, ref_kind in (("values", "value"), ("questions", "question")):
            if isinstance(item.data.get(field_name), list):
                item.data[field_name] = [renames.get((ref_kind, r), r) for r in item.data[field_name]]
    return pfile


def _library_file(library: Library, replaced: set[tuple[str, str]]) -> ParsedFile:
    """The library's vocabulary, cards and questions as one parsed file, for the reference check."""
    pfile = ParsedFile("<library>", "vocabulary")
    vocab = library.vocabulary
    for facet in ("themes", "sectors", "roles"):
        for term in vocab.facet(facet):
            pfile.entries.append(
                Entry(facet, {"id": term.id, "label": term.label, "synonyms": list(term.synonyms)}, 1)
            )
    for card in library.values:
        if ("value", card.id) not in replaced:
            data = {"id": card.id, "name": card.name, "description": card.description}
            pfile.entries.append(
                Entry("value", data | {"question": card.question, "sets": list(card.sets)}, 1)
            )
    for q in library.questions:
        if ("question", q.id) not in replaced:
            data = {"id": q.id, "text": q.text, "phase": q.phase, "themes": list(q.themes), "b": list(q.b)}
            pfile.entries.append(Entry("question", data, 1))
    return pfile


def _merged(library: Library, checked: Library, replaced: set[tuple[str, str]]) -> Library:
    """The library as it will be after the import (for checking the packs)."""

    def keep(items: tuple, new: tuple) -> tuple:
        ids = {i.id for i in new}
        return tuple(i for i in items if i.id not in ids) + new

    own_values = tuple(
        v for v in checked.values if not library.get("value", v.id) or ("value", v.id) in replaced
    )
    own_questions = tuple(
        q for q in checked.questions if not library.get("question", q.id) or ("question", q.id) in replaced
    )
    return replace(
        library,
        stories=keep(library.stories, checked.stories),
        values=keep(library.values, own_values),
        questions=keep(library.questions, own_questions),
        guides=keep(library.guides, checked.guides),
    )


def _pack(entry: BundleEntry, library: Library, renames: dict) -> Pack:
    """The bundle's pack checked against ``library``, its refs and id renamed where needed."""
    pack, problems = parse_pack(entry.text, library, f"bundel/{entry.path}")
    if pack is None or any(p.fatal for p in problems):
        raise BundleError([p.format() for p in problems])
    blocks = []
    for block in pack.blocks:
        refs = []
        for ref in block.items:
            kind, _sep, item_id = ref.partition(":")
            refs.append(f"{kind}:{renames.get((kind, item_id), item_id)}")
        blocks.append(replace(block, items=tuple(refs)))
    return replace(pack, id=renames.get(("pack", entry.id), entry.id), blocks=tuple(blocks))


def _files(
    items: list[BundleEntry], checked: Library, renames: dict, own_dir: Path, plan: ImportPlan
) -> None:
    """The own-library files the import writes, with their full new text."""
    lists: dict[str, list] = {}
    for entry in items:
        new = renames.get((entry.kind, entry.id), entry.id)
        if entry.kind in _YAML_FILES:
            name = _YAML_FILES[entry.kind]
            if name not in lists:
                lists[name] = _own_list(own_dir / name)
            data = yaml.safe_load(entry.text)[0]
            data["id"] = new
            lists[name] = [d for d in lists[name] if d.get("id") != new] + [data]
            continue
        text = entry.text
        story = checked.get("story", new) if entry.kind == "story" else None
        if story is not None and (new != entry.id or renames):
            text = story_text(story)
        elif new != entry.id:
            text = re.sub(r"(?m)^id:[ \t]*\S+[ \t]*$", f"id: {new}", text, count=1)
        folder = "practice" if entry.kind == "story" else "guides"
        plan.files[f"{folder}/{new}.md"] = text
    for name, rows in lists.items():
        plan.files[name] = yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=100)


def _own_list(path: Path) -> list:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []


def commit(plan: ImportPlan, own_dir: Path, catalog: Catalog) -> None:
    """Store the plan all or nothing: staged files moved in inside the packs' transaction."""
    ensure_private_dir(own_dir)
    stage = Path(tempfile.mkdtemp(prefix=".import-", dir=own_dir))
    moved: list[tuple[Path, Path | None]] = []
    try:
        for rel, text in plan.files.items():
            staged = stage / "new" / rel
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_text(text, encoding="utf-8")
        with catalog.transaction():
            for pack in plan.packs:
                catalog.store_pack(pack)
            for reflection in plan.reflections:
                catalog.db["reflections"].insert(reflection_row(reflection))
            for rel in plan.files:
                moved.append(_move_in(stage, own_dir, rel))
    except BaseException:
        for target, backup in reversed(moved):
            if backup is not None:
                os.replace(backup, target)
            else:
                target.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _move_in(stage: Path, own_dir: Path, rel: str) -> tuple[Path, Path | None]:
    """Move a staged file to its place; keep what it replaces in the stage until the end."""
    target = own_dir / rel
    ensure_private_dir(target.parent)
    backup = None
    if target.exists():
        backup = stage / "old" / rel
        backup.parent.mkdir(parents=True, exist_ok=True)
        os.replace(target, backup)
    try:
        os.replace(stage / "new" / rel, target)
    except OSError:
        if backup is not None:
            os.replace(backup, target)
        raise
    return target, backup
