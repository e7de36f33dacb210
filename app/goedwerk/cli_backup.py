"""``goedwerk backup list | now | restore``, and the catalog check every other command runs first."""

from __future__ import annotations

import argparse
from pathlib import Path

from goedwerk.cli_common import EXIT_OK, Parser
from goedwerk.core.errors import GoedWerkError, NotFoundError
from goedwerk.core.i18n import _


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``backup`` and its sub-commands."""
    backup = sub.add_parser("backup", parents=[common], help=_("reservekopieën van de catalogus"))
    backup_sub = backup.add_subparsers(
        dest="backup_command", parser_class=Parser, metavar=_("OPDRACHT"), required=True
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


def refuse_damaged_catalog(args: argparse.Namespace) -> None:
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


COMMANDS = {"backup": cmd_backup}
