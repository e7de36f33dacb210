"""What goes into a bundle: chosen items, a pack with what it uses, or the own library.

Every story brings the values cards and questions it names, so the bundle can be imported
into a library that lacks them; a pack brings every item of its agenda.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Container, Iterable
from pathlib import Path

import yaml

from goedwerk.core.bundles.archive import Bundle, BundleEntry
from goedwerk.core.content.anonymise import scan
from goedwerk.core.errors import NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import Guide, Item, Library, Pack, Question, Story, ValueCard
from goedwerk.core.packs.operations import parse_ref
from goedwerk.core.packs.packfile import pack_to_yaml
from goedwerk.core.reflections.store import Reflection, reflection_to_json

ItemFile = Callable[[Story | Guide], Path]


def parse_items(text: str) -> list[tuple[str, str]]:
    """``story:a,question:b`` as ``[(kind, id), ...]``; raise ``ValueError`` on a bad ref."""
    refs = []
    for ref in (part.strip() for part in text.split(",")):
        if ref.startswith("guide:") and ref[6:].strip():
            refs.append(("guide", ref[6:].strip()))
        elif ref:
            refs.append(parse_ref(ref))
    return refs


def closure(refs: Iterable[tuple[str, str]], library: Library) -> list[Item]:
    """The items ``refs`` name, each story followed by the cards and questions it names."""
    items: dict[tuple[str, str], Item] = {}
    for kind, item_id in refs:
        item = library.get(kind, item_id)
        if item is None:
            raise NotFoundError(_("'{kind}:{id}' staat niet in de bibliotheek").format(kind=kind, id=item_id))
        items.setdefault((kind, item_id), item)
        if isinstance(item, Story):
            for ref in [*(("value", v) for v in item.values), *(("question", q) for q in item.questions)]:
                found = library.get(*ref)
                if found is not None:
                    items.setdefault(ref, found)
    return list(items.values())


def pack_refs(pack: Pack) -> list[tuple[str, str]]:
    """Every item ``pack`` uses, in agenda order."""
    return [parse_ref(ref) for block in pack.blocks for ref in block.items]


def item_entry(item: Item, item_file: ItemFile) -> BundleEntry:
    """The bundle entry of one library item: its file, or a one-item YAML list."""
    if isinstance(item, Story | Guide):
        return BundleEntry(str(item.kind), item.id, item_file(item).read_text(encoding="utf-8"))
    if isinstance(item, Question):
        data = {"id": item.id, "text": item.text, "phase": item.phase}
        data |= {"themes": list(item.themes), "b": list(item.b)}
    else:
        assert isinstance(item, ValueCard)
        data = {"id": item.id, "name": item.name, "description": item.description}
        data |= {"question": item.question, "sets": list(item.sets)}
    text = yaml.safe_dump([data], allow_unicode=True, sort_keys=False, width=100)
    return BundleEntry(str(item.kind), item.id, text)


def build_bundle(
    items: Iterable[Item],
    item_file: ItemFile,
    packs: Iterable[Pack] = (),
    label: str = "",
    reflections: Iterable[Reflection] = (),
) -> Bundle:
    """A bundle of ``items``, ``packs`` and ``reflections``, labelled with where it comes from."""
    entries = [item_entry(item, item_file) for item in items]
    entries += [BundleEntry("pack", pack.id, pack_to_yaml(pack)) for pack in packs]
    for reflection in reflections:
        data = reflection_to_json(reflection)
        data["source"] = reflection.source or label  # a re-shared reflection keeps its origin
        entries.append(
            BundleEntry("reflection", reflection.id, json.dumps(data, ensure_ascii=False, indent=1))
        )
    return Bundle(entries, label=label)


def flagged(reflections: Iterable[Reflection], confirmed: Container[str]) -> list[tuple[Reflection, list]]:
    """Reflections with possible personal data that the user has not confirmed, with findings."""
    found = [(r, scan(r.text())) for r in reflections if r.id not in confirmed]
    return [(r, findings) for r, findings in found if findings]
