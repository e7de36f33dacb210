"""``goedwerk check``, ``reindex`` and ``search``: the library on the command line."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from goedwerk.cli_common import EXIT_OK, EXIT_PROBLEMS, open_workspace, positive_int, shown, warn
from goedwerk.core.i18n import _, ngettext
from goedwerk.core.model import B_IDS, Kind
from goedwerk.core.workspace import KIND_LABELS, Workspace, label


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``check``, ``reindex`` and ``search``."""
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
    search.add_argument("--limit", type=positive_int, default=10, help=_("hoeveel resultaten (standaard 10)"))
    search.add_argument("--json", action="store_true", help=_("resultaat als JSON"))


def cmd_check(args: argparse.Namespace) -> int:
    """Validate a library; print ``path:line: message`` for every problem."""
    ws = open_workspace(args, args.directory)
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
    ws = open_workspace(args)
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
    ws = open_workspace(args)
    filters = {
        "kind": args.kind,
        "themes": args.theme,
        "b": args.b,
        "sector": args.sector,
        "role": args.role,
    }
    try:
        warn_unknown_filters(ws, filters)
        result = ws.search(args.query, {k: v for k, v in filters.items() if v}, limit=args.limit, count=False)
    finally:
        ws.close()
    if result.notice:
        warn(result.notice)
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
        print(f"{number:2}. [{label(KIND_LABELS, hit.kind)}] {shown(hit.title)}  ({hit.id})")
        if hit.snippet:
            print(f"    {shown(hit.snippet)}")
    if result.suggestion:
        print(_("Bedoelde je: {suggestion}?").format(suggestion=result.suggestion))
    return EXIT_OK


def warn_unknown_filters(ws: Workspace, filters: dict) -> None:
    """Warn about filter values the vocabulary does not know (they find nothing)."""
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


COMMANDS = {"check": cmd_check, "reindex": cmd_reindex, "search": cmd_search}
