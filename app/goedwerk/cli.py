"""The ``goedwerk`` command: its parser and entry point; each command group in its own module.

``cli_library`` (check, reindex, search), ``cli_packs`` (pack ...), ``cli_reflections``,
``cli_backup``, ``cli_sharing`` (sources, story, bundle), ``cli_templates``; ``cli_common`` holds
what they share.
Exit codes: 0 ok, 1 content problems or no such item, 2 usage errors.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from goedwerk import (
    __version__,
    cli_backup,
    cli_library,
    cli_packs,
    cli_reflections,
    cli_sharing,
    cli_templates,
)
from goedwerk.cli_common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Parser
from goedwerk.core import i18n
from goedwerk.core.errors import ContentError, GoedWerkError
from goedwerk.core.i18n import _, ngettext

logger = logging.getLogger(__name__)

__all__ = ["EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "build_parser", "main"]


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
    parser = Parser(
        prog="goedwerk",
        description=_("Goed Werk: gesprekken over goed werk in de publieke sector."),
    )
    parser.add_argument("--version", action="version", version=f"goedwerk {__version__}")
    _global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar=_("OPDRACHT"))

    cli_library.add_parsers(sub, common)
    cli_packs.add_parsers(sub, common)
    cli_reflections.add_parsers(sub, common)
    _self_test_parser(sub, common)
    cli_backup.add_parsers(sub, common)
    cli_sharing.add_parsers(sub, common, Parser)
    cli_templates.add_parsers(sub, common, Parser)
    sub.add_parser("gui", parents=[common], help=_("open het venster (standaard)"))
    return parser


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
            cli_backup.refuse_damaged_catalog(args)
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


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the desktop window."""
    try:
        from goedwerk.main import run_app
    except ImportError as exc:
        logger.info("desktop app not available: %s", exc)
        build_parser().print_help()
        return EXIT_OK
    return run_app(args.library, args.data_dir)


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


_COMMANDS = {
    **cli_library.COMMANDS,
    **cli_packs.COMMANDS,
    **cli_reflections.COMMANDS,
    **cli_backup.COMMANDS,
    "self-test": cmd_self_test,
    "gui": cmd_gui,
    **cli_sharing.COMMANDS,
    **cli_templates.COMMANDS,
}
