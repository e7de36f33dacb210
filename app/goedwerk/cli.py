"""The ``goedwerk`` command: sub-commands over the core, Dutch messages, exit codes.

Exit codes: 0 ok, 1 content problems or no such item, 2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from goedwerk import __version__
from goedwerk.core.errors import GoedWerkError
from goedwerk.core.i18n import _
from goedwerk.core.model import B_IDS, Kind
from goedwerk.core.workspace import Workspace

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
KIND_LABELS = {"story": _("verhaal"), "value": _("waardenkaart"), "question": _("vraag")}


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are Dutch and exit with code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, _("goedwerk: fout: {message}\n").format(message=message))


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--library",
        type=Path,
        default=default,
        metavar=_("MAP"),
        help=_("een andere bibliotheekmap dan de meegeleverde"),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        metavar=_("MAP"),
        help=_("map voor catalogus, index en eigen gegevens"),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=_("meer meldingen"),
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``goedwerk`` command."""
    parser = _Parser(
        prog="goedwerk",
        description=_("Goed Werk: gesprekken over goed werk in de publieke sector."),
    )
    parser.add_argument("--version", action="version", version=f"goedwerk {__version__}")
    _global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar=_("OPDRACHT"))

    check = sub.add_parser("check", parents=[common], help=_("controleer een bibliotheek"))
    check.add_argument(
        "directory", nargs="?", type=Path, help=_("bibliotheekmap (standaard: de meegeleverde)")
    )

    sub.add_parser("reindex", parents=[common], help=_("bouw de zoekindex opnieuw op"))

    search = sub.add_parser("search", parents=[common], help=_("zoek in de bibliotheek"))
    search.add_argument("query", help=_("zoekvraag"))
    search.add_argument("--kind", choices=[k.value for k in Kind], help=_("alleen deze soort"))
    search.add_argument("--theme", action="append", help=_("alleen dit thema (id)"))
    search.add_argument("--b", action="append", choices=B_IDS, help=_("alleen deze B"))
    search.add_argument("--sector", action="append", help=_("alleen deze sector (id)"))
    search.add_argument("--role", action="append", help=_("alleen deze rol (id)"))
    search.add_argument(
        "--limit", type=_positive_int, default=10, help=_("hoeveel resultaten (standaard 10)")
    )
    search.add_argument("--json", action="store_true", help=_("resultaat als JSON"))

    sub.add_parser("gui", parents=[common], help=_("open het venster (standaard)"))
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is geen geheel getal").format(text=text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("moet minstens 1 zijn"))
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the exit code."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        handler = _COMMANDS.get(args.command or "gui")
        return handler(args)
    except GoedWerkError as exc:
        print(_("goedwerk: {error}").format(error=exc), file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130


def _workspace(args: argparse.Namespace, library: Path | None = None) -> Workspace:
    return Workspace(library or args.library, args.data_dir)


def cmd_check(args: argparse.Namespace) -> int:
    """Validate a library; print ``path:line: message`` for every problem."""
    ws = _workspace(args, args.directory)
    try:
        library = ws.library
    finally:
        ws.close()
    for problem in sorted(library.problems, key=lambda p: (p.path, p.line)):
        print(problem.format())
    counts = library.counts()
    summary = _(
        "{stories} verhalen, {values} waardenkaarten, {questions} vragen, {formats} werkvormen"
    ).format(**counts)
    if library.problems:
        print(
            _("{n} problemen gevonden ({summary} geladen)").format(
                n=len(library.problems), summary=summary
            ),
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    print(_("In orde: {summary}").format(summary=summary))
    return EXIT_OK


def cmd_reindex(args: argparse.Namespace) -> int:
    """Rebuild the search index from scratch."""
    ws = _workspace(args)
    started = time.perf_counter()
    try:
        report = ws.reindex()
    finally:
        ws.close()
    print(
        _("Zoekindex opnieuw opgebouwd: {n} documenten in {s:.1f} s").format(
            n=report.added, s=time.perf_counter() - started
        )
    )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """Search and print ranked hits."""
    ws = _workspace(args)
    filters = {
        "kind": args.kind,
        "themes": args.theme,
        "b": args.b,
        "sector": args.sector,
        "role": args.role,
    }
    try:
        _warn_unknown_filters(ws, filters)
        result = ws.search(args.query, {k: v for k, v in filters.items() if v}, limit=args.limit)
    finally:
        ws.close()
    if args.json:
        hits = [
            {"id": h.id, "kind": h.kind, "title": h.title, "score": h.score, "snippet": h.snippet}
            for h in result.hits
        ]
        print(json.dumps(hits, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not result.hits:
        print(_("Geen resultaten voor '{query}'.").format(query=args.query))
    for number, hit in enumerate(result.hits, start=1):
        print(f"{number:2}. [{KIND_LABELS.get(hit.kind, hit.kind)}] {hit.title}  ({hit.id})")
        if hit.snippet:
            print(f"    {hit.snippet}")
    if result.suggestion:
        print(_("Bedoelde u: {suggestion}?").format(suggestion=result.suggestion))
    return EXIT_OK


def _warn_unknown_filters(ws: Workspace, filters: dict) -> None:
    vocab = ws.library.vocabulary
    for name, facet in (("themes", "themes"), ("sector", "sectors"), ("role", "roles")):
        known = {t.id for t in vocab.facet(facet)}
        for value in filters.get(name) or []:
            if value not in known:
                choices = ", ".join(sorted(known))
                print(
                    _("goedwerk: let op: onbekende {name} '{value}' (bekend: {choices})").format(
                        name=name, value=value, choices=choices
                    ),
                    file=sys.stderr,
                )


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the desktop window."""
    try:
        from goedwerk.main import run_app
    except ImportError as exc:
        logger.info("desktop app not available: %s", exc)
        build_parser().print_help()
        return EXIT_OK
    return run_app(args.library, args.data_dir)


_COMMANDS = {"check": cmd_check, "reindex": cmd_reindex, "search": cmd_search, "gui": cmd_gui}
