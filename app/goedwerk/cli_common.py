"""What every ``goedwerk`` command shares: the Dutch argument parser, exit codes, the workspace,
warnings, terminal-safe text and offscreen Qt for printing."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from goedwerk.core.errors import NotFoundError
from goedwerk.core.i18n import N_, _
from goedwerk.core.workspace import Workspace

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


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are Dutch and exit with code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        if self.prog.endswith(" search"):
            message += "; " + _(
                "begint je zoekvraag met een -, zet er dan -- voor: goedwerk search -- -woord"
            )
        self.exit(EXIT_USAGE, _("goedwerk: fout: {message}\n").format(message=message))


def shown(text: str) -> str:
    """Library or user text for the terminal: control characters (ESC, NUL) become U+FFFD."""
    return text.translate(_CONTROL)


def open_workspace(args: argparse.Namespace, library: Path | None = None) -> Workspace:
    """The workspace of ``--library`` and ``--data-dir`` (or of the library at ``library``)."""
    return Workspace(library or args.library, args.data_dir, sources=library is None)


def warn(message: str) -> None:
    """Print a warning that does not stop the command."""
    print(_("goedwerk: let op: {message}").format(message=message), file=sys.stderr)


def named_pack_id(ids: Iterable[str], text: str) -> str:
    """The one id in ``ids`` that ``text`` names (the whole id or at least its first 4 characters)."""
    matches = sorted({i for i in ids if i == text or (len(text) >= 4 and i.startswith(text))})
    if len(matches) != 1:
        msg = _("pakket '{id}' bestaat niet (zie 'goedwerk pack list')")
        if len(matches) > 1:
            msg = _("'{id}' past op meer dan één pakket; geef meer tekens van de id")
        raise NotFoundError(msg.format(id=text))
    return matches[0]


def prefer_offscreen() -> None:
    """Without a display (a server, a CI job), let Qt draw offscreen."""
    if sys.platform in ("win32", "darwin"):
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is geen geheel getal").format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("moet minstens 1 zijn"))
    return value
