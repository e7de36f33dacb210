"""``goedwerk pack suggest``: the session composer on the command line (its parser and handler).

Without ``--json`` or ``--save`` it prints the proposed agenda with the reason for every
choice; ``--json`` prints the pack (the stored form, plus ``choices``, ``relaxed`` and
``unmet``); ``--save`` stores it and prints its id, for ``goedwerk pack export``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from goedwerk.core.i18n import _
from goedwerk.core.model import B_IDS
from goedwerk.core.workspace import ComposeRequest, Composition, Workspace, packs


def add_suggest_parser(
    pack_sub: argparse._SubParsersAction, common: argparse.ArgumentParser, positive: Callable[[str], int]
) -> None:
    """Add ``suggest`` to the ``goedwerk pack`` sub-commands."""
    suggest = pack_sub.add_parser(
        "suggest", parents=[common], help=_("stel een sessie samen voor een groep en een aantal minuten")
    )
    suggest.add_argument("--minutes", type=positive, required=True, metavar="N", help=_("lengte in minuten"))
    suggest.add_argument(
        "--theme", action="append", default=[], metavar="T", help=_("thema (id), herhaalbaar")
    )
    suggest.add_argument("--b", action="append", default=[], choices=B_IDS, help=_("B, herhaalbaar"))
    suggest.add_argument("--sector", default="", metavar="S", help=_("sector (id)"))
    suggest.add_argument("--people", type=positive, metavar="N", help=_("aantal deelnemers"))
    suggest.add_argument("--group", default="", metavar=_("NAAM"), help=_("de groep (voor wat ze al hadden)"))
    suggest.add_argument("--format", metavar="ID", help=_("deze werkvorm (standaard: de best passende)"))
    suggest.add_argument(
        "--seed", type=int, default=0, metavar="N", help=_("kies anders bij gelijke kandidaten")
    )
    output = suggest.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=_("het pakket als JSON"))
    output.add_argument("--save", action="store_true", help=_("sla het pakket op en toon de id"))


def request_from(args: argparse.Namespace) -> ComposeRequest:
    """The composer request the arguments describe."""
    return ComposeRequest(
        minutes=args.minutes,
        themes=tuple(dict.fromkeys(args.theme)),
        b=tuple(dict.fromkeys(args.b)),
        sector=args.sector,
        people=args.people,
        group=args.group,
        format_id=args.format,
        seed=args.seed,
    )


def cmd_pack_suggest(args: argparse.Namespace, ws: Workspace) -> int:
    """Compose a pack; print it (as text or JSON) or store it. Exit 1 when nothing could be made."""
    result = ws.packs.compose(request_from(args))
    for message in result.relaxed:
        print(_("goedwerk: let op: {message}").format(message=message), file=sys.stderr)
    for message in result.unmet:
        print(_("goedwerk: niet gelukt: {message}").format(message=message), file=sys.stderr)
    if not result.pack.blocks:
        return 1
    if args.json:
        print(json.dumps(composition_json(result), ensure_ascii=False, indent=2))
    elif args.save:
        print(ws.packs.save(result.pack).id)
    else:
        print(describe(result, ws))
    return 0


def composition_json(result: Composition) -> dict:
    """The pack in its stored form with the choices, what was relaxed and what was not met."""
    choices = [
        {"key": c.key, "block": c.block, "refs": list(c.refs), "title": c.title, "reasons": list(c.reasons)}
        for c in result.choices
    ]
    return {
        **packs.pack_to_dict(result.pack),
        "choices": choices,
        "relaxed": list(result.relaxed),
        "unmet": list(result.unmet),
    }


def describe(result: Composition, ws: Workspace) -> str:
    """The agenda in words: every block with its items and the reasons for each."""
    pack = result.pack
    lines = [_("{title} ({minutes} min)").format(title=pack.title, minutes=pack.minutes)]
    for choice in (c for c in result.choices if c.block is None):
        lines.append(_("Werkvorm: {title} — {why}").format(title=choice.title, why="; ".join(choice.reasons)))
    for index, slot in enumerate(packs.schedule(pack)):
        lines.append(f"\n{slot.start}-{slot.end}  {slot.block.title} ({slot.block.minutes} min)")
        for choice in (c for c in result.choices if c.block == index):
            lines.append(f"  - {choice.title}")
            lines.append(f"    {'; '.join(choice.reasons)}")
    return "\n".join(lines)
