"""``goedwerk reflections export``: stored reflections as CSV, Markdown or a PDF report."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from goedwerk.cli_common import EXIT_OK, Parser, named_pack_id, open_workspace, prefer_offscreen
from goedwerk.core.errors import GoedWerkError
from goedwerk.core.i18n import _, ngettext
from goedwerk.core.workspace import Workspace


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``reflections`` and its sub-command ``export``."""
    refl = sub.add_parser("reflections", parents=[common], help=_("reflecties en waardensorteringen"))
    refl_sub = refl.add_subparsers(
        dest="reflections_command", parser_class=Parser, metavar=_("OPDRACHT"), required=True
    )
    export = refl_sub.add_parser(
        "export", parents=[common], help=_("exporteer reflecties als CSV, Markdown of PDF-rapport")
    )
    export.add_argument(
        "--pack", metavar=_("ID"), help=_("alleen de reflecties van dit pakket (id of het begin ervan)")
    )
    kind = export.add_mutually_exclusive_group(required=True)
    kind.add_argument("--csv", dest="format", action="store_const", const="csv", help=_("als CSV"))
    kind.add_argument("--md", dest="format", action="store_const", const="md", help=_("als Markdown"))
    kind.add_argument(
        "--pdf", dest="format", action="store_const", const="pdf", help=_("als PDF-rapport met grafieken")
    )
    export.add_argument("out", type=Path, metavar=_("BESTAND"), help=_("het bestand dat wordt geschreven"))


def cmd_reflections(args: argparse.Namespace) -> int:
    """Export the stored reflections (of one pack) as CSV, Markdown or a PDF report."""
    from goedwerk.core.workspace import Labels, ReflectionFilter, to_csv, to_markdown, write_text

    ws = open_workspace(args)
    try:
        store, sort_store = ws.reflections, ws.sorts
        stored = [pid for pid, _title in store.packs()]
        pack_id = _reflection_pack(ws, stored, args.pack) if args.pack else None
        reflections = store.query(ReflectionFilter(pack_ids=(pack_id,) if pack_id else ()))
        pack_ids = [pack_id] if pack_id else list(dict.fromkeys(r.pack_id for r in reflections if r.pack_id))
        sorts = [s for pid in pack_ids for s in sort_store.for_pack(pid)[:1]]
        labels = Labels.from_library(ws.library)
    finally:
        ws.close()
    if args.format == "csv":
        write_text(args.out, to_csv(reflections, labels), bom=True)
    elif args.format == "md":
        write_text(args.out, to_markdown(reflections, labels))
    else:
        prefer_offscreen()
        try:
            from goedwerk.paper.report_pdf import export_report_pdf
        except ImportError as exc:
            raise GoedWerkError(_("een PDF maken vraagt PySide6 ({error})").format(error=exc)) from None
        export_report_pdf(args.out, reflections, labels, sorts, scratch=ws.data_dir)
    n = len(reflections)
    print(ngettext("{path}: {n} reflectie", "{path}: {n} reflecties", n).format(path=args.out, n=n))
    return EXIT_OK


def _reflection_pack(ws: Workspace, stored: Sequence[str], text: str) -> str:
    """The id of the pack ``text`` names (whole id or at least 4 first characters)."""
    return named_pack_id({p.id for p in ws.packs.all()} | set(stored), text)


COMMANDS = {"reflections": cmd_reflections}
