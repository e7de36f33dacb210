"""``goedwerk template list/export/import``: the user's own templates as files to share.

``cli.build_parser`` adds the parser with ``add_parsers``; ``COMMANDS`` maps the command to its
handler. A template whose title is taken asks on a terminal (replace, keep both, stop); elsewhere
``--replace`` or ``--rename`` decides, and without either nothing is stored (exit 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from goedwerk.core.errors import NameClashError
from goedwerk.core.i18n import _
from goedwerk.core.workspace import Workspace, format_minutes

EXIT_OK, EXIT_PROBLEMS = 0, 1


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, parser_class: type) -> None:
    """Add the ``template`` parser with ``list``, ``export`` and ``import`` to ``sub``."""
    template = sub.add_parser("template", parents=[common], help=_("eigen sjablonen als bestand"))
    template_sub = template.add_subparsers(
        dest="template_command", parser_class=parser_class, metavar=_("OPDRACHT"), required=True
    )
    listing = template_sub.add_parser("list", parents=[common], help=_("toon je eigen sjablonen"))
    listing.add_argument("--json", action="store_true", help=_("resultaat als JSON"))
    export = template_sub.add_parser(
        "export", parents=[common], help=_("schrijf een sjabloon naar een bestand")
    )
    export.add_argument("template", metavar=_("SJABLOON"), help=_("id of titel van het sjabloon"))
    export.add_argument(
        "file", type=Path, metavar=_("BESTAND"), help=_("bijvoorbeeld teamstart.template.yaml")
    )
    imports = template_sub.add_parser("import", parents=[common], help=_("lees een sjabloonbestand in"))
    imports.add_argument("file", type=Path, metavar=_("BESTAND"))
    clash = imports.add_mutually_exclusive_group()
    clash.add_argument("--replace", action="store_true", help=_("vervang een sjabloon met dezelfde titel"))
    clash.add_argument(
        "--rename", action="store_true", help=_("houd beide, het nieuwe met een nummer erachter")
    )


def cmd_template(args: argparse.Namespace) -> int:
    """List, export or import own templates."""
    ws = Workspace(args.library, args.data_dir)
    try:
        if args.template_command == "export":
            template = ws.export_template_file(args.template, args.file)
            print(_("Sjabloon ‘{title}’ opgeslagen als {path}").format(title=template.title, path=args.file))
        elif args.template_command == "import":
            return _import(ws, args)
        else:
            _list(ws, args.json)
    finally:
        ws.close()
    return EXIT_OK


def _import(ws: Workspace, args: argparse.Namespace) -> int:
    clash = "replace" if args.replace else "rename" if args.rename else "ask"
    try:
        template = ws.import_template_file(args.file, clash)
    except NameClashError as exc:
        clash = _ask(exc.title)
        if clash is None:
            hint = _("{error}; er is niets ingelezen (kies --replace of --rename)")
            print(_("goedwerk: {error}").format(error=hint.format(error=exc)), file=sys.stderr)
            return EXIT_PROBLEMS
        template = ws.import_template_file(args.file, clash)
    print(_("Sjabloon ‘{title}’ ingelezen").format(title=template.title))
    return EXIT_OK


def _ask(title: str) -> str | None:
    """On a terminal: replace, rename or stop (None); elsewhere None."""
    if not sys.stdin.isatty():
        return None
    question = _("Er is al een sjabloon ‘{title}’. [v]ervangen, [b]eide houden of [s]toppen? ")
    answer = input(question.format(title=title)).strip().lower()[:1]
    # the Dutch letters and the English ones (r, k) both work, whatever the language
    return {"v": "replace", "r": "replace", "b": "rename", "k": "rename"}.get(answer)


def _list(ws: Workspace, as_json: bool) -> None:
    rows = [
        {"id": t.id, "title": t.title, "minutes": t.minutes, "blocks": len(t.blocks)}
        for t in ws.templates.packs()
    ]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        print(_("Nog geen eigen sjablonen."))
    for row in rows:
        print(f"{row['id']}  {row['title']}  ({format_minutes(row['minutes'])})")


COMMANDS = {"template": cmd_template}
