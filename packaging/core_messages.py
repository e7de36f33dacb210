"""Gettext catalogues for the core and the command line (the window uses Qt's .ts files);
paper/ (the printed pack, the CLI prints through it) uses this catalogue too.

``python packaging/core_messages.py --update``  collect every ``_``, ``N_`` and ``ngettext`` of
                                               goedwerk.core, paper and cli*.py into
                                               resources/i18n/locale/*/goedwerk.po, keeping the
                                               translations already there
``python packaging/core_messages.py``           compile each .po into its .mo (with polib; no
                                               gettext tools needed)
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

import polib

REPO = Path(__file__).resolve().parents[1]
LOCALE = REPO / "resources" / "i18n" / "locale"
SOURCES = [
    *sorted((REPO / "app" / "goedwerk" / "core").rglob("*.py")),
    *sorted((REPO / "app" / "goedwerk" / "paper").rglob("*.py")),
    *sorted((REPO / "app" / "goedwerk").glob("cli*.py")),  # cli.py and a module per command group
]
LANGUAGES = ("en",)
PLURAL_FORMS = 2  # Dutch and English: one, many
HEADER = "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n"


def _message(node: ast.Call) -> str | None:
    """The msgid of a ``_``/``N_`` call, or "singular\0plural" of an ``ngettext`` call."""
    if not isinstance(node.func, ast.Name) or node.func.id not in ("_", "N_", "ngettext"):
        return None
    texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    if node.func.id == "ngettext":
        return "\0".join(texts[:2]) if len(texts) >= 2 else None
    return texts[0] if texts and node.args[0] is not None else None


def extract() -> dict[str, list[str]]:
    """Every translatable message with the places it is used (plurals as "one\0many")."""
    found: dict[str, list[str]] = {}
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            message = _message(node) if isinstance(node, ast.Call) else None
            if message is not None:
                where = f"{path.relative_to(REPO)}:{node.lineno}"
                found.setdefault(message, []).append(where)
    return found


def read_po(path: Path) -> dict[str, str]:
    """The msgid -> msgstr pairs of a .po file (any layout: polib reads what gettext tools write).

    A plural entry is keyed "singular\0plural" and its translations are joined with "\0".
    """
    pairs: dict[str, str] = {}
    for entry in polib.pofile(str(path), encoding="utf-8") if path.exists() else []:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            forms = [entry.msgstr_plural.get(i, "") for i in range(PLURAL_FORMS)]
            pairs[f"{entry.msgid}\0{entry.msgid_plural}"] = "\0".join(forms) if any(forms) else ""
        else:
            pairs[entry.msgid] = entry.msgstr
    return pairs


def write_po(path: Path, messages: dict[str, list[str]], old: dict[str, str]) -> None:
    """Write the catalogue, sorted by first use, keeping existing translations."""
    po = polib.POFile(wrapwidth=0)  # one line per string, so diffs stay small
    po.metadata = dict(line.split(": ", 1) for line in HEADER.strip().splitlines())
    for msgid, places in messages.items():
        occurrences = [tuple(place.rsplit(":", 1)) for place in places]
        if "\0" in msgid:
            singular, plural = msgid.split("\0")
            forms = old.get(msgid, "").split("\0") if old.get(msgid) else [""] * PLURAL_FORMS
            entry = polib.POEntry(
                msgid=singular,
                msgid_plural=plural,
                msgstr_plural=dict(enumerate(forms)),
                occurrences=occurrences,
            )
        else:
            entry = polib.POEntry(msgid=msgid, msgstr=old.get(msgid, ""), occurrences=occurrences)
        po.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))


def write_mo(pairs: dict[str, str], path: Path) -> None:
    """Compile translated pairs (as ``read_po`` gives them; "" is the header) into a .mo file."""
    mo = polib.MOFile()
    mo.metadata = dict(line.split(": ", 1) for line in pairs.get("", HEADER).strip().splitlines())
    for msgid, msgstr in pairs.items():
        if not msgid or not msgstr:
            continue
        if "\0" in msgid:
            singular, plural = msgid.split("\0")
            forms = dict(enumerate(msgstr.split("\0")))
            mo.append(polib.MOEntry(msgid=singular, msgid_plural=plural, msgstr_plural=forms))
        else:
            mo.append(polib.MOEntry(msgid=msgid, msgstr=msgstr))
    path.parent.mkdir(parents=True, exist_ok=True)
    mo.save(str(path))


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--update", action="store_true", help="collect the messages into the .po files first")
    args = parser.parse_args()
    for language in LANGUAGES:
        po = LOCALE / language / "LC_MESSAGES" / "goedwerk.po"
        if args.update:
            write_po(po, extract(), read_po(po))
        pairs = read_po(po)
        pairs[""] = HEADER
        write_mo(pairs, po.with_suffix(".mo"))


if __name__ == "__main__":
    main()
