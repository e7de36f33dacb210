"""The workspace's bundle operations (``ws.bundles``): export, inspect and import.

It is given the pieces of the workspace it needs (the library, the catalog, the own library,
where item files are, and a way to reload), so it never imports the facade.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from goedwerk.core.bundles.archive import Bundle, BundleError, read_bundle, write_bundle
from goedwerk.core.bundles.exporting import (
    ItemFile,
    build_bundle,
    closure,
    flagged,
    item_entry,
    pack_refs,
)
from goedwerk.core.bundles.importing import CONFLICT_CHOICES, ImportPlan, commit, conflicts, plan_import
from goedwerk.core.content.anonymise import Finding
from goedwerk.core.errors import GoedWerkError
from goedwerk.core.i18n import _
from goedwerk.core.model import OWN, Changes, Library, Pack
from goedwerk.core.packs.packfile import pack_to_yaml
from goedwerk.core.reflections.store import Reflection, ReflectionFilter, ReflectionStore
from goedwerk.core.store.catalog import Catalog


@dataclass
class Inspection:
    """What ``inspect`` found: the bundle (None when unreadable), its conflicts, its problems."""

    bundle: Bundle | None
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class FlaggedReflections(GoedWerkError):
    """Reflections to export hold possible personal data; fix or confirm each one first."""

    def __init__(self, flagged: list[tuple[Reflection, list[Finding]]]) -> None:
        self.flagged = flagged
        lines = [
            f"{r.id[:8]} {r.pack_title} · {r.scope}: " + ", ".join(f.message() for f in findings)
            for r, findings in flagged
        ]
        super().__init__("\n".join(lines))


class BundleService:
    """Bundles for one workspace."""

    def __init__(
        self,
        library: Callable[[], Library],
        catalog: Catalog,
        own_dir: Path,
        item_file: ItemFile,
        refresh: Callable[[], object],
        reflections: ReflectionStore,
        on_change: Callable[[Changes], None],
    ) -> None:
        self.library, self.catalog, self.own_dir = library, catalog, own_dir
        self.item_file, self.refresh = item_file, refresh
        self.reflections, self.on_change = reflections, on_change

    def export(
        self,
        out: Path,
        items: list[tuple[str, str]] = (),  # type: ignore[assignment]
        pack_id: str | None = None,
        own: bool = False,
        label: str = "",
        reflection_packs: tuple[str, ...] = (),
        confirmed: tuple[str, ...] = (),
        reflection_ids: tuple[str, ...] = (),
    ) -> Bundle:
        """Write a bundle of ``items``, a pack with what it uses, the own library, or reflections.

        The reflections of ``reflection_packs`` (or exactly ``reflection_ids``, what the harvest
        shows) are checked for personal data first: any flagged one not in ``confirmed`` stops
        the export (``FlaggedReflections``) before anything is written.
        """
        library = self.library()
        refs = list(items)
        packs: list[Pack] = []
        if pack_id is not None:
            packs.append(self.catalog.get_pack(pack_id))
            refs += pack_refs(packs[0])
        if own:
            refs += [(kind, item_id) for kind, item_id, origin in library.origins if origin == OWN]
        reflections: list[Reflection] = []
        if reflection_packs or reflection_ids:
            ids = tuple(reflection_ids) or None
            reflections = self.reflections.query(ReflectionFilter(pack_ids=tuple(reflection_packs), ids=ids))
            to_check = self.flagged(reflections, confirmed)
            if to_check:
                raise FlaggedReflections(to_check)
        bundle = build_bundle(closure(refs, library), self.item_file, packs, label, reflections)
        write_bundle(bundle, out)
        return bundle

    def flagged(
        self, reflections: list[Reflection], confirmed: tuple[str, ...] = ()
    ) -> list[tuple[Reflection, list[Finding]]]:
        """The reflections with possible personal data that are not in ``confirmed``."""
        return flagged(reflections, set(confirmed))

    def inspect(self, path: Path) -> Inspection:
        """Read and check a bundle without storing anything."""
        try:
            bundle = read_bundle(path)
        except BundleError as exc:
            return Inspection(None, problems=exc.reasons)
        identical = self._identical(bundle)
        inspection = Inspection(bundle, conflicts(bundle, self.library(), self._pack_ids(), identical))
        try:
            plan = plan_import(
                bundle, self.library(), self._pack_ids(), "keep", self.own_dir, identical=identical
            )
            inspection.warnings = plan.warnings
        except BundleError as exc:
            inspection.problems = exc.reasons
        return inspection

    def plan(self, path: Path, on_conflict: str = "keep") -> ImportPlan:
        """Check a bundle completely and say what importing it would do (nothing is stored)."""
        if on_conflict not in CONFLICT_CHOICES:
            raise ValueError(on_conflict)
        bundle = read_bundle(path)
        known = self.reflections.known_ids(e.id for e in bundle.of_kind("reflection"))
        identical = self._identical(bundle)
        return plan_import(
            bundle, self.library(), self._pack_ids(), on_conflict, self.own_dir, known, identical
        )

    def conflicts(self, path: Path) -> list[tuple[str, str]]:
        """``(kind, id)`` of the bundle's entries that are here with other content (to ask about)."""
        bundle = read_bundle(path)
        return conflicts(bundle, self.library(), self._pack_ids(), self._identical(bundle))

    def _identical(self, bundle: Bundle) -> set[tuple[str, str]]:
        """The entries that are here already, byte for byte as this app would export them."""
        library, same = self.library(), set()
        pack_ids = self._pack_ids()
        for entry in bundle.entries:
            try:
                if entry.kind == "pack" and entry.id in pack_ids:
                    here = pack_to_yaml(self.catalog.get_pack(entry.id))
                elif entry.kind in ("story", "guide", "question", "value"):
                    item = library.get(entry.kind, entry.id)
                    here = item_entry(item, self.item_file).text if item is not None else None
                else:
                    here = None
            except OSError:
                here = None
            if here == entry.text:
                same.add((entry.kind, entry.id))
        return same

    def import_(self, path: Path, on_conflict: str = "keep") -> ImportPlan:
        """Import a bundle all or nothing; return what was done (raise ``BundleError`` if refused)."""
        plan = self.plan(path, on_conflict)
        now = time.time()
        plan.packs = [p if p.created else _stamped(p, now) for p in plan.packs]
        commit(plan, self.own_dir, self.catalog)
        self.refresh()
        self.on_change(Changes(reflections=bool(plan.reflections), packs=bool(plan.packs)))
        return plan

    def _pack_ids(self) -> set[str]:
        return {p.id for p in self.catalog.list_packs()}


def _stamped(pack: Pack, now: float) -> Pack:
    return replace(pack, created=now, modified=now)


def describe(plan: ImportPlan) -> list[str]:
    """The import report in lines a user reads."""
    lines = [
        _("ingelezen in de eigen bibliotheek: {kind}:{id}").format(kind=k, id=i)
        for k, i in plan.added
        if k != "pack"
    ]
    lines += [_("pakket opgeslagen: {title}").format(title=p.title) for p in plan.packs]
    lines += [_("al aanwezig, behouden: {kind}:{id}").format(kind=k, id=i) for k, i in plan.kept]
    lines += [_("vervangen: {kind}:{id}").format(kind=k, id=i) for k, i in plan.replaced]
    lines += [_("hernoemd: {kind}:{old} -> {new}").format(kind=k, old=o, new=n) for k, o, n in plan.renamed]
    if plan.reflections:
        lines.append(_("{n} reflecties toegevoegd aan de oogst").format(n=len(plan.reflections)))
    if plan.known_reflections:
        lines.append(_("{n} reflecties waren er al en tellen één keer").format(n=plan.known_reflections))
    return lines
