"""``goedwerk pack export | import | list | suggest``: session packs on the command line."""

from __future__ import annotations

import argparse
import json
import logging
import os
import time
from datetime import datetime
from pathlib import Path

from goedwerk.cli_common import (
    EXIT_OK,
    Parser,
    named_pack_id,
    open_workspace,
    positive_int,
    prefer_offscreen,
    shown,
    warn,
)
from goedwerk.cli_library import warn_unknown_filters
from goedwerk.cli_suggest import add_suggest_parser, cmd_pack_suggest
from goedwerk.core.errors import ContentError, GoedWerkError
from goedwerk.core.i18n import _, ngettext
from goedwerk.core.model import Pack
from goedwerk.core.workspace import (
    PART_NAMES,
    Workspace,
    build_parts,
    check_pack_file,
    packs,
    parse_parts,
    print_tints,
)

logger = logging.getLogger(__name__)


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``pack`` and its sub-commands."""
    pack = sub.add_parser("pack", parents=[common], help=_("sessiepakketten: PDF, importeren, lijst"))
    pack_sub = pack.add_subparsers(
        dest="pack_command", parser_class=Parser, metavar=_("OPDRACHT"), required=True
    )
    export = pack_sub.add_parser("export", parents=[common], help=_("maak een PDF van een pakket"))
    export.add_argument(
        "source", metavar=_("PAKKET"), help=_("een *.pack.yaml-bestand of de id van een opgeslagen pakket")
    )
    export.add_argument("--pdf", type=Path, required=True, metavar=_("BESTAND"), help=_("het PDF-bestand"))
    export.add_argument("--paper", choices=["a4", "letter"], default="a4", help=_("papierformaat (a4)"))
    export.add_argument(
        "--parts",
        type=_parts,
        default=PART_NAMES,
        metavar=_("ONDERDELEN"),
        help=_("welke onderdelen, gescheiden door komma's (standaard alle: {parts})").format(
            parts=",".join(PART_NAMES)
        ),
    )
    export.add_argument("--notes", action="store_true", help=_("druk je eigen notities af in het draaiboek"))
    imp = pack_sub.add_parser("import", parents=[common], help=_("sla een *.pack.yaml-bestand op"))
    imp.add_argument("file", type=Path, metavar=_("BESTAND"), help=_("het *.pack.yaml-bestand"))
    listing = pack_sub.add_parser("list", parents=[common], help=_("toon de opgeslagen pakketten"))
    listing.add_argument("--json", action="store_true", help=_("resultaat als JSON"))
    add_suggest_parser(pack_sub, common, positive_int)


def _parts(text: str) -> tuple[str, ...]:
    try:
        return parse_parts(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_pack(args: argparse.Namespace) -> int:
    """Run a ``goedwerk pack`` sub-command."""
    handlers = {
        "export": cmd_pack_export,
        "import": cmd_pack_import,
        "list": cmd_pack_list,
        "suggest": cmd_suggest,
    }
    return handlers[args.pack_command](args)


def cmd_pack_export(args: argparse.Namespace) -> int:
    """Export a pack file or a stored pack as PDF."""
    ws = open_workspace(args)
    try:
        pack = _find_pack(ws, args.source)
        library = ws.library
        notes = ws.notes.all() if args.notes else None
    finally:
        ws.close()
    for ref in packs.missing_refs(pack, library):
        warn(_("'{ref}' staat niet in de bibliotheek en wordt overgeslagen").format(ref=ref))
    built = build_parts(pack, library, args.parts, colours=print_tints(), notes=notes)
    asked = set(args.parts) if args.parts is not PART_NAMES else set()  # the default: all that apply
    for name in sorted(asked - {part.name for part in built}, key=PART_NAMES.index):
        warn(_("onderdeel '{name}' blijft leeg en wordt overgeslagen").format(name=name))
    prefer_offscreen()
    try:
        from goedwerk.paper.printing import export_pdf
    except ImportError as exc:
        raise GoedWerkError(_("een PDF maken vraagt PySide6 ({error})").format(error=exc)) from None
    started = time.perf_counter()
    count = export_pdf(built, args.pdf, paper=args.paper, title=pack.title)
    logger.info("pdf written in %.2f s", time.perf_counter() - started)
    done = ngettext("{path}: {count} pagina ({paper})", "{path}: {count} pagina's ({paper})", count)
    print(done.format(path=args.pdf, count=count, paper=args.paper))
    return EXIT_OK


def _find_pack(ws: Workspace, source: str, is_file: bool = False) -> Pack:
    """The pack in the file ``source``, or the stored pack whose id is (or starts with) it."""
    path = Path(source)
    if is_file or path.suffix in (".yaml", ".yml") or path.exists() or os.sep in source:
        pack, problems = check_pack_file(path, ws.library)
        if pack is None or any(p.fatal for p in problems):
            raise ContentError(problems)
        for problem in problems:
            warn(problem.format())
        return pack
    stored = {p.id: p for p in ws.packs.all()}
    return stored[named_pack_id(stored, source)]


def cmd_suggest(args: argparse.Namespace) -> int:
    """Propose a pack with the session composer (see ``goedwerk.cli_suggest``)."""
    ws = open_workspace(args)
    try:
        warn_unknown_filters(ws, {"themes": args.theme, "sector": [args.sector] if args.sector else None})
        return cmd_pack_suggest(args, ws)
    finally:
        ws.close()


def cmd_pack_import(args: argparse.Namespace) -> int:
    """Validate a pack file and store it; print the new pack's id."""
    ws = open_workspace(args)
    try:
        pack = _find_pack(ws, str(args.file), is_file=True)
        pack = ws.packs.save(pack)
    finally:
        ws.close()
    print(pack.id)
    return EXIT_OK


def cmd_pack_list(args: argparse.Namespace) -> int:
    """List the stored packs by date."""
    ws = open_workspace(args)
    try:
        stored = ws.packs.all()
    finally:
        ws.close()
    if args.json:
        print(json.dumps([_pack_summary(p) for p in stored], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not stored:
        print(_("Nog geen pakketten."))
    for pack in stored:
        detail = _("{blocks} blokken, {minutes} min").format(blocks=len(pack.blocks), minutes=pack.minutes)
        print(f"{pack.date or '-':10}  {pack.id[:8]}  {shown(pack.title)}  ({detail})")
    return EXIT_OK


def _pack_summary(pack: Pack) -> dict:
    return {
        "id": pack.id,
        "title": pack.title,
        "date": pack.date,
        "start": pack.start,
        "place": pack.place,
        "format": pack.format,
        "blocks": len(pack.blocks),
        "minutes": pack.minutes,
        "planned_minutes": pack.planned_minutes,
        "modified": datetime.fromtimestamp(pack.modified).isoformat(timespec="seconds"),
    }


COMMANDS = {"pack": cmd_pack}
