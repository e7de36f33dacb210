"""The sharing sub-commands of ``goedwerk``: ``sources``, ``story`` and ``bundle``.

``cli.build_parser`` adds their parsers with ``add_parsers``; ``COMMANDS`` maps each command
to its handler. Messages are Dutch; exit codes as in ``cli`` (0 ok, 1 problems, 2 usage).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from goedwerk.cli_common import named_pack_id
from goedwerk.core.errors import NotFoundError
from goedwerk.core.i18n import _
from goedwerk.core.model import OWN, Kind, Story
from goedwerk.core.workspace import (
    CONFLICT_CHOICES,
    BundleError,
    FlaggedReflections,
    ReflectionFilter,
    Workspace,
    can_write,
    describe,
    parse_items,
    source_label,
)

EXIT_OK, EXIT_PROBLEMS = 0, 1


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, parser_class: type) -> None:
    """Add the ``sources`` and ``story`` parsers to ``sub``."""
    sources = sub.add_parser("sources", parents=[common], help=_("de bronnen van de bibliotheek"))
    src_sub = sources.add_subparsers(
        dest="sources_command", parser_class=parser_class, metavar=_("OPDRACHT"), required=True
    )
    listing = src_sub.add_parser("list", parents=[common], help=_("toon de bronnen, de eerste wint"))
    listing.add_argument("--json", action="store_true", help=_("resultaat als JSON"))
    add = src_sub.add_parser("add", parents=[common], help=_("lees ook deze map"))
    add.add_argument("directory", type=Path, metavar=_("MAP"))
    add.add_argument("--writable", action="store_true", help=_("eigen verhalen mogen hierin"))
    remove = src_sub.add_parser("remove", parents=[common], help=_("lees deze map niet meer"))
    remove.add_argument("directory", type=Path, metavar=_("MAP"))
    move_help = _("zet een map hoger of lager; de bovenste wint")
    move = src_sub.add_parser("move", parents=[common], help=move_help)
    move.add_argument("directory", type=Path, metavar=_("MAP"))
    way = move.add_mutually_exclusive_group(required=True)
    way.add_argument("--up", dest="offset", action="store_const", const=-1, help=_("een plaats hoger"))
    way.add_argument("--down", dest="offset", action="store_const", const=1, help=_("een plaats lager"))
    for name, text in (("enable", _("lees deze map weer")), ("disable", _("sla deze map voorlopig over"))):
        switch = src_sub.add_parser(name, parents=[common], help=text)
        switch.add_argument("directory", type=Path, metavar=_("MAP"))

    story = sub.add_parser("story", parents=[common], help=_("eigen verhalen"))
    story_sub = story.add_subparsers(
        dest="story_command", parser_class=parser_class, metavar=_("OPDRACHT"), required=True
    )
    new = story_sub.add_parser("new", parents=[common], help=_("schrijf een eigen verhaal uit een sjabloon"))
    new.add_argument("title", metavar=_("TITEL"))
    stories = story_sub.add_parser("list", parents=[common], help=_("toon de verhalen"))
    stories.add_argument("--own", action="store_true", help=_("alleen de eigen verhalen"))
    stories.add_argument("--json", action="store_true", help=_("resultaat als JSON"))
    add_bundle_parsers(sub, common, parser_class)


def add_bundle_parsers(
    sub: argparse._SubParsersAction, common: argparse.ArgumentParser, parser_class: type
) -> None:
    """Add the ``bundle`` parsers to ``sub``."""
    bundle = sub.add_parser("bundle", parents=[common], help=_("bundels (.goedwerk) maken en inlezen"))
    bundle_sub = bundle.add_subparsers(
        dest="bundle_command", parser_class=parser_class, metavar=_("OPDRACHT"), required=True
    )
    export = bundle_sub.add_parser("export", parents=[common], help=_("maak een bundel"))
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--pack", metavar=_("ID"), help=_("een pakket met alles wat het gebruikt"))
    what.add_argument("--items", type=_items, metavar=_("SOORT:ID,..."), help=_("deze items"))
    what.add_argument("--own", action="store_true", help=_("de hele eigen bibliotheek"))
    what.add_argument(
        "--reflections", type=_ids, metavar=_("PAKKET_ID,..."), help=_("de reflecties van deze pakketten")
    )
    export.add_argument(
        "--confirm",
        type=_ids,
        default=[],
        metavar=_("ID,..."),
        help=_("reflecties met mogelijke persoonsgegevens die toch mee mogen (id of het begin ervan)"),
    )
    export.add_argument("--label", default="", help=_("van wie de bundel komt (team, organisatie)"))
    export.add_argument("out", type=Path, metavar=_("BESTAND.goedwerk"))
    imp = bundle_sub.add_parser("import", parents=[common], help=_("lees een bundel in"))
    imp.add_argument("file", type=Path, metavar=_("BESTAND.goedwerk"))
    imp.add_argument(
        "--on-conflict",
        choices=CONFLICT_CHOICES,
        default="keep",
        help=_("wat te doen met een id die er al is (standaard keep)"),
    )
    inspect = bundle_sub.add_parser("inspect", parents=[common], help=_("toon wat een bundel bevat"))
    inspect.add_argument("file", type=Path, metavar=_("BESTAND.goedwerk"))


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _items(text: str) -> list[tuple[str, str]]:
    try:
        return parse_items(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_bundle(args: argparse.Namespace) -> int:
    """Export, import or inspect a bundle."""
    ws = _workspace(args)
    try:
        if args.bundle_command == "export":
            return _bundle_export(ws, args)
        if args.bundle_command == "inspect":
            return _bundle_inspect(ws, args.file)
        try:
            plan = ws.bundles.import_(args.file, args.on_conflict)
        except BundleError as exc:
            _refused(args.file, exc.reasons)
            return EXIT_PROBLEMS
    finally:
        ws.close()
    for line in plan.warnings:
        print(_("goedwerk: let op: {message}").format(message=line), file=sys.stderr)
    for line in describe(plan):
        print(line)
    return EXIT_OK


def _bundle_export(ws: Workspace, args: argparse.Namespace) -> int:
    pack_id = named_pack_id((p.id for p in ws.packs.all()), args.pack) if args.pack else None
    reflection_packs = tuple(_reflection_pack(ws, text) for text in args.reflections or [])
    stored = [r.id for r in ws.reflections.query(ReflectionFilter(pack_ids=reflection_packs))]
    confirmed = tuple(i for i in stored if any(i.startswith(c) for c in args.confirm if len(c) >= 4))
    try:
        bundle = ws.bundles.export(
            args.out,
            items=args.items or [],
            pack_id=pack_id,
            own=args.own,
            label=args.label,
            reflection_packs=reflection_packs,
            confirmed=confirmed,
        )
    except FlaggedReflections as exc:
        print(_("goedwerk: deze reflecties bevatten mogelijk persoonsgegevens:"), file=sys.stderr)
        print(str(exc), file=sys.stderr)
        print(
            _("goedwerk: pas ze aan of bevestig ze met --confirm ID,...; er is niets geschreven"),
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    print(_("{path}: {n} onderdelen").format(path=args.out, n=len(bundle.entries)))
    return EXIT_OK


def _reflection_pack(ws: Workspace, text: str) -> str:
    ids = {pid for pid, _title in ws.reflections.packs()}
    matches = sorted(i for i in ids if i == text or (len(text) >= 4 and i.startswith(text)))
    if len(matches) != 1:
        raise NotFoundError(_("geen reflecties bij pakket '{id}'").format(id=text))
    return matches[0]


def _bundle_inspect(ws: Workspace, path: Path) -> int:
    inspection = ws.bundles.inspect(path)
    bundle = inspection.bundle
    if bundle is not None:
        print(
            _("Bundel van {label}, gemaakt {created} (Goed Werk {version})").format(
                label=bundle.label or "-", created=bundle.created, version=bundle.app_version
            )
        )
        clashing = set(inspection.conflicts)
        for entry in bundle.entries:
            mark = _("  (al aanwezig)") if (entry.kind, entry.id) in clashing else ""
            print(f"{entry.kind}:{entry.id}{mark}")
    for line in inspection.warnings:
        print(_("goedwerk: let op: {message}").format(message=line), file=sys.stderr)
    if inspection.problems:
        _refused(path, inspection.problems)
        return EXIT_PROBLEMS
    return EXIT_OK


def _refused(path: Path, reasons: list[str]) -> None:
    print(_("goedwerk: bundel {path} geweigerd:").format(path=path), file=sys.stderr)
    for reason in reasons:
        print(f"  {reason}", file=sys.stderr)


def _workspace(args: argparse.Namespace) -> Workspace:
    return Workspace(args.library, args.data_dir)


def cmd_sources(args: argparse.Namespace) -> int:
    """List, add, remove, move, or switch on and off the library's sources."""
    ws = _workspace(args)
    try:
        if args.sources_command == "add":
            source = ws.add_source(args.directory, writable=args.writable)
            print(_("Bron toegevoegd: {path}").format(path=source.path))
        elif args.sources_command == "remove":
            source = ws.remove_source(args.directory)
            print(_("Bron verwijderd: {path} (de bestanden zelf blijven staan)").format(path=source.path))
        elif args.sources_command == "move":
            ws.move_source(args.directory, args.offset)
            _print_sources(ws, False)
        elif args.sources_command in ("enable", "disable"):
            source = ws.enable_source(args.directory, args.sources_command == "enable")
            done = _("Bron aan: {path}") if source.enabled else _("Bron uit (overgeslagen): {path}")
            print(done.format(path=source.path))
        else:
            _print_sources(ws, args.json)
    finally:
        ws.close()
    return EXIT_OK


def _print_sources(ws: Workspace, as_json: bool) -> None:
    library = ws.library
    counts: dict[str, int] = {}
    for kind, _item_id, origin in library.origins:
        counts[origin] = counts.get(origin, 0) + (kind == Kind.STORY)
    first = len(library.stories) - sum(counts.values())
    rows = []
    for number, source in enumerate(ws.sources()):
        stories = first if number == 0 else counts.get(source.id, 0)
        rows.append(
            {
                "id": source.id,
                "label": _("map") if source.is_folder else source_label(source.id),
                "path": str(source.path),
                "writable": source.writable,
                "can_write": source.id == OWN or (source.is_folder and can_write(source)),
                "enabled": source.enabled,
                "available": source.available,
                "stories": stories,
            }
        )
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for number, row in enumerate(rows, start=1):
        mode = _("schrijfbaar") if row["writable"] else _("alleen lezen")
        if row["writable"] and row["available"] and row["enabled"] and not row["can_write"]:
            mode = _("alleen lezen: de map laat niet schrijven")  # chosen writable, but a read-only share
        state = "" if row["available"] else _(", niet bereikbaar")
        state += "" if row["enabled"] else _(", uitgezet")
        detail = _("{n} verhalen, {mode}{state}").format(n=row["stories"], mode=mode, state=state)
        print(f"{number}. {row['label']}: {row['path']}  ({detail})")


def cmd_story(args: argparse.Namespace) -> int:
    """Write a new own story, or list the stories."""
    ws = _workspace(args)
    try:
        if args.story_command == "new":
            print(ws.own.new(args.title))
            return EXIT_OK
        library = ws.library
        stories = ws.own.all() if args.own else sorted(library.stories, key=lambda s: s.title)
        rows = [_story_row(s, library.origin(s.kind, s.id), ws) for s in stories]
    finally:
        ws.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print(_("Nog geen eigen verhalen.") if args.own else _("Geen verhalen."))
    for row in [] if args.json else rows:
        print(f"{row['id']}  {row['title']}  [{source_label(row['source'])}]")
    return EXIT_OK


def _story_row(story: Story, origin: str, ws: Workspace) -> dict:
    return {
        "id": story.id,
        "title": story.title,
        "source": origin,
        "path": str(ws.item_path(story)),
    }


COMMANDS = {"sources": cmd_sources, "story": cmd_story, "bundle": cmd_bundle}
