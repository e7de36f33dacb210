"""The ``goedwerk`` command: sub-commands over the core, Dutch messages, exit codes.

Exit codes: 0 ok, 1 content problems or no such item, 2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from goedwerk import __version__, cli_sharing
from goedwerk.cli_suggest import add_suggest_parser, cmd_pack_suggest
from goedwerk.core import i18n
from goedwerk.core.errors import ContentError, GoedWerkError, NotFoundError
from goedwerk.core.i18n import N_, _, ngettext
from goedwerk.core.model import B_IDS, Kind, Pack
from goedwerk.core.workspace import (
    KIND_LABELS,
    PART_NAMES,
    Workspace,
    build_parts,
    check_pack_file,
    label,
    packs,
    parse_parts,
    print_tints,
)

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


# argparse's own messages, in Dutch (argparse looks them up through its module-level ``_``).
_ARGPARSE_TEXT = {
    "usage: ": N_("gebruik: "),
    "positional arguments": N_("argumenten"),
    "options": N_("opties"),
    "show this help message and exit": N_("toon deze hulp en stop"),
    "show program's version number and exit": N_("toon het versienummer en stop"),
    "unrecognized arguments: %s": N_("onbekende argumenten: %s"),
    "the following arguments are required: %s": N_("deze argumenten ontbreken: %s"),
    "one of the arguments %s is required": N_("een van de argumenten %s is nodig"),
    "not allowed with argument %s": N_("niet samen met argument %s"),
    "expected one argument": N_("verwacht één waarde"),
    "expected at most one argument": N_("verwacht hoogstens één waarde"),
    "expected at least one argument": N_("verwacht minstens één waarde"),
    "ambiguous option: %(option)s could match %(matches)s": N_(
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "invalid %(type)s value: %(value)r": N_("ongeldige waarde: %(value)r"),
    "invalid choice: %(value)r (choose from %(choices)s)": N_(
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": N_("argument %(argument_name)s: %(message)s"),
}
argparse._ = lambda text: _(_ARGPARSE_TEXT[text]) if text in _ARGPARSE_TEXT else text  # type: ignore[attr-defined]
_CONTROL = dict.fromkeys([*range(0x20), 0x7F], "\ufffd") | {0x09: " "}


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are Dutch and exit with code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        if self.prog.endswith(" search"):
            message += "; " + _(
                "begint je zoekvraag met een -, zet er dan -- voor: goedwerk search -- -woord"
            )
        self.exit(EXIT_USAGE, _("goedwerk: fout: {message}\n").format(message=message))


def _shown(text: str) -> str:
    """Library or user text for the terminal: control characters (ESC, NUL) become U+FFFD."""
    return text.translate(_CONTROL)


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
    search.add_argument(
        "query", metavar=_("ZOEKVRAAG"), help=_("zoekvraag (begint die met -, zet er -- voor)")
    )
    search.add_argument("--kind", choices=[k.value for k in Kind], help=_("alleen deze soort"))
    search.add_argument("--theme", action="append", help=_("alleen dit thema (id)"))
    search.add_argument("--b", action="append", choices=B_IDS, help=_("alleen deze B"))
    search.add_argument("--sector", action="append", help=_("alleen deze sector (id)"))
    search.add_argument("--role", action="append", help=_("alleen deze rol (id)"))
    search.add_argument(
        "--limit", type=_positive_int, default=10, help=_("hoeveel resultaten (standaard 10)")
    )
    search.add_argument("--json", action="store_true", help=_("resultaat als JSON"))

    _pack_parsers(sub, common)
    _reflections_parsers(sub, common)
    _self_test_parser(sub, common)
    _backup_parsers(sub, common)
    cli_sharing.add_parsers(sub, common, _Parser)
    sub.add_parser("gui", parents=[common], help=_("open het venster (standaard)"))
    return parser


def _pack_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    pack = sub.add_parser("pack", parents=[common], help=_("sessiepakketten: PDF, importeren, lijst"))
    pack_sub = pack.add_subparsers(
        dest="pack_command", parser_class=_Parser, metavar=_("OPDRACHT"), required=True
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
    add_suggest_parser(pack_sub, common, _positive_int)


def _parts(text: str) -> tuple[str, ...]:
    try:
        return parse_parts(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is geen geheel getal").format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("moet minstens 1 zijn"))
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the exit code."""
    os.umask(0o077)  # everything written in the data directory is the owner's alone
    i18n.use_environment()
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        handler = _COMMANDS.get(args.command or "gui")
        if args.command not in (None, "gui", "backup"):
            _refuse_damaged_catalog(args)
        return handler(args)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem.format(), file=sys.stderr)
        count = len(exc.problems)
        summary = ngettext("{n} probleem gevonden", "{n} problemen gevonden", count)
        print(_("goedwerk: {summary}").format(summary=summary.format(n=count)), file=sys.stderr)
        return EXIT_PROBLEMS
    except GoedWerkError as exc:
        print(_("goedwerk: {error}").format(error=exc), file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # "goedwerk search ... | head" closed the pipe: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _workspace(args: argparse.Namespace, library: Path | None = None) -> Workspace:
    return Workspace(library or args.library, args.data_dir, sources=library is None)


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
        "{stories} verhalen, {values} waardenkaarten, {questions} vragen, {formats} werkvormen, "
        "{guides} handreikingen"
    ).format(**counts)
    count = len(library.problems)
    if library.problems:
        print(
            ngettext(
                "{n} probleem gevonden ({summary} geladen)",
                "{n} problemen gevonden ({summary} geladen)",
                count,
            ).format(n=count, summary=summary),
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
    done = ngettext(
        "Zoekindex opnieuw opgebouwd: {n} document in {s:.1f} s",
        "Zoekindex opnieuw opgebouwd: {n} documenten in {s:.1f} s",
        report.added,
    )
    print(done.format(n=report.added, s=time.perf_counter() - started))
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
        result = ws.search(args.query, {k: v for k, v in filters.items() if v}, limit=args.limit, count=False)
    finally:
        ws.close()
    if result.notice:
        _warn(result.notice)
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
        print(f"{number:2}. [{label(KIND_LABELS, hit.kind)}] {_shown(hit.title)}  ({hit.id})")
        if hit.snippet:
            print(f"    {_shown(hit.snippet)}")
    if result.suggestion:
        print(_("Bedoelde je: {suggestion}?").format(suggestion=result.suggestion))
    return EXIT_OK


def _warn_unknown_filters(ws: Workspace, filters: dict) -> None:
    vocab = ws.library.vocabulary
    messages = {
        "themes": _("goedwerk: let op: onbekend thema '{value}' (bekend: {choices})"),
        "sector": _("goedwerk: let op: onbekende sector '{value}' (bekend: {choices})"),
        "role": _("goedwerk: let op: onbekende rol '{value}' (bekend: {choices})"),
    }
    for name, facet in (("themes", "themes"), ("sector", "sectors"), ("role", "roles")):
        known = {t.id for t in vocab.facet(facet)}
        for value in filters.get(name) or []:
            if value not in known:
                choices = ", ".join(sorted(known))
                print(messages[name].format(value=value, choices=choices), file=sys.stderr)


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the desktop window."""
    try:
        from goedwerk.main import run_app
    except ImportError as exc:
        logger.info("desktop app not available: %s", exc)
        build_parser().print_help()
        return EXIT_OK
    return run_app(args.library, args.data_dir)


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
    ws = _workspace(args)
    try:
        pack = _find_pack(ws, args.source)
        library = ws.library
        notes = ws.notes.all() if args.notes else None
    finally:
        ws.close()
    for ref in packs.missing_refs(pack, library):
        _warn(_("'{ref}' staat niet in de bibliotheek en wordt overgeslagen").format(ref=ref))
    built = build_parts(pack, library, args.parts, colours=print_tints(), notes=notes)
    asked = set(args.parts) if args.parts is not PART_NAMES else set()  # the default: all that apply
    for name in sorted(asked - {part.name for part in built}, key=PART_NAMES.index):
        _warn(_("onderdeel '{name}' blijft leeg en wordt overgeslagen").format(name=name))
    _prefer_offscreen()
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
            _warn(problem.format())
        return pack
    matches = [p for p in ws.packs() if p.id == source or (len(source) >= 4 and p.id.startswith(source))]
    if len(matches) != 1:
        msg = _("pakket '{id}' bestaat niet (zie 'goedwerk pack list')")
        if len(matches) > 1:
            msg = _("'{id}' past op meer dan één pakket; geef meer tekens van de id")
        raise NotFoundError(msg.format(id=source))
    return matches[0]


def _prefer_offscreen() -> None:
    """Without a display (a server, a CI job), let Qt draw offscreen."""
    if sys.platform in ("win32", "darwin"):
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_suggest(args: argparse.Namespace) -> int:
    """Propose a pack with the session composer (see ``goedwerk.cli_suggest``)."""
    ws = _workspace(args)
    try:
        _warn_unknown_filters(ws, {"themes": args.theme, "sector": [args.sector] if args.sector else None})
        return cmd_pack_suggest(args, ws)
    finally:
        ws.close()


def cmd_pack_import(args: argparse.Namespace) -> int:
    """Validate a pack file and store it; print the new pack's id."""
    ws = _workspace(args)
    try:
        pack = _find_pack(ws, str(args.file), is_file=True)
        pack = ws.save_pack(pack)
    finally:
        ws.close()
    print(pack.id)
    return EXIT_OK


def cmd_pack_list(args: argparse.Namespace) -> int:
    """List the stored packs by date."""
    ws = _workspace(args)
    try:
        stored = ws.packs()
    finally:
        ws.close()
    if args.json:
        print(json.dumps([_pack_summary(p) for p in stored], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not stored:
        print(_("Nog geen pakketten."))
    for pack in stored:
        detail = _("{blocks} blokken, {minutes} min").format(blocks=len(pack.blocks), minutes=pack.minutes)
        print(f"{pack.date or '-':10}  {pack.id[:8]}  {_shown(pack.title)}  ({detail})")
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


def _warn(message: str) -> None:
    print(_("goedwerk: let op: {message}").format(message=message), file=sys.stderr)


_COMMANDS = {
    "check": cmd_check,
    "reindex": cmd_reindex,
    "search": cmd_search,
    "pack": cmd_pack,
    "gui": cmd_gui,
}


# -- goedwerk reflections export ------------------------------------------------------------------
# The reflections block: its parser, its handler and its entry in _COMMANDS (core/reflections/).


def _reflections_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    refl = sub.add_parser("reflections", parents=[common], help=_("reflecties en waardensorteringen"))
    refl_sub = refl.add_subparsers(
        dest="reflections_command", parser_class=_Parser, metavar=_("OPDRACHT"), required=True
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

    ws = _workspace(args)
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
        _prefer_offscreen()
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
    ids = {p.id for p in ws.packs()} | set(stored)
    matches = sorted(i for i in ids if i == text or (len(text) >= 4 and i.startswith(text)))
    if len(matches) != 1:
        msg = _("pakket '{id}' bestaat niet (zie 'goedwerk pack list')")
        if len(matches) > 1:
            msg = _("'{id}' past op meer dan één pakket; geef meer tekens van de id")
        raise NotFoundError(msg.format(id=text))
    return matches[0]


_COMMANDS["reflections"] = cmd_reflections


# -- goedwerk self-test ---------------------------------------------------------------------------
# Checks this installation (bundle or venv) offscreen in a temporary data directory (selftest.py).


def _self_test_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sub.add_parser(
        "self-test",
        parents=[common],
        help=_("controleer deze installatie: bibliotheek, zoeken, PDF, venster (in een tijdelijke map)"),
    )


def cmd_self_test(args: argparse.Namespace) -> int:
    """Run the self-test; 0 when every step passed, 1 naming the step that failed."""
    from goedwerk.selftest import run_self_test

    return run_self_test()


_COMMANDS["self-test"] = cmd_self_test
# -- goedwerk backup list | now | restore -----------------------------------------------------------
# Every other command first checks the catalog (_refuse_damaged_catalog); these put it right.


def _backup_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser("backup", parents=[common], help=_("reservekopieën van de catalogus"))
    backup_sub = backup.add_subparsers(
        dest="backup_command", parser_class=_Parser, metavar=_("OPDRACHT"), required=True
    )
    backup_sub.add_parser(
        "list", parents=[common], help=_("toon de reservekopieën en opzijgezette catalogussen")
    )
    backup_sub.add_parser("now", parents=[common], help=_("maak nu een reservekopie"))
    restore = backup_sub.add_parser(
        "restore", parents=[common], help=_("zet een reservekopie terug (de huidige catalogus gaat opzij)")
    )
    restore.add_argument(
        "name", nargs="?", metavar=_("NAAM"), help=_("welke (standaard de nieuwste goede reservekopie)")
    )


def _data_dir(args: argparse.Namespace) -> Path:
    from goedwerk.core.workspace import default_data_dir

    return (args.data_dir or default_data_dir()).expanduser().resolve()


def _refuse_damaged_catalog(args: argparse.Namespace) -> None:
    """Stop (exit 1) when the catalog is damaged or missing, naming what was set aside."""
    from goedwerk.core.workspace import backups as bk

    data = _data_dir(args)
    if not data.is_dir():
        return
    report = bk.diagnose(data)
    if report.healthy:
        return
    text = report.message()
    if report.latest_good is not None:
        hint = _("Zet {name} terug met 'goedwerk backup restore'.")
        text += " " + hint.format(name=report.latest_good.name)
    raise GoedWerkError(text)


def cmd_backup(args: argparse.Namespace) -> int:
    """Run a ``goedwerk backup`` sub-command."""
    from goedwerk.core.workspace import backups as bk

    data = _data_dir(args)
    if args.backup_command == "now":
        report = bk.check_and_backup(data)
        if not report.healthy:
            raise GoedWerkError(report.message())
        if report.backup is None:
            raise NotFoundError(_("er is nog geen catalogus om te bewaren"))
        print(report.backup)
    elif args.backup_command == "restore":
        source = _backup_named(bk, data, args.name) if args.name else None
        used = bk.restore_latest(data, source)
        print(_("Teruggezet: {name}").format(name=used.name))
    else:
        _print_backups(bk, data)
    return EXIT_OK


def _backup_named(bk, data: Path, name: str) -> Path:
    for path in (*bk.backups(data), *bk.set_aside_catalogs(data)):
        if path.name == name:
            return path
    raise NotFoundError(_("'{name}' staat niet in 'goedwerk backup list'").format(name=name))


def _print_backups(bk, data: Path) -> None:
    found = bk.backups(data)
    aside = bk.set_aside_catalogs(data)
    if not found and not aside:
        print(_("Nog geen reservekopieën."))
    for path in found:
        facts = bk.catalog_facts(path)
        try:
            problem = bk.integrity_problem(path)
        except GoedWerkError as exc:
            problem = str(exc)
        state = _("beschadigd: {problem}").format(problem=problem) if problem else _("goed")
        rows = _("{n} eigen gegevens").format(n=facts.rows if facts else 0)
        print(f"{path.name}  {bk.backup_time(path):%d-%m-%Y %H:%M}  {rows}  ({state})")
    for path in aside:
        print(_("{name}  opzijgezet").format(name=path.name))


_COMMANDS["backup"] = cmd_backup
_COMMANDS.update(cli_sharing.COMMANDS)
