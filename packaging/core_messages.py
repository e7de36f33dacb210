"""Gettext catalogues for the core and the command line (the window uses Qt's .ts files).

``python packaging/core_messages.py --update``  collect every ``_("...")`` of goedwerk.core and
                                               cli.py into resources/i18n/locale/*/goedwerk.po,
                                               keeping the translations already there
``python packaging/core_messages.py``           compile each .po into its .mo (no gettext tools
                                               needed: the .mo format is written here)
"""

from __future__ import annotations

import argparse
import ast
import struct
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LOCALE = REPO / "resources" / "i18n" / "locale"
SOURCES = [
    *sorted((REPO / "app" / "goedwerk" / "core").rglob("*.py")),
    REPO / "app" / "goedwerk" / "cli.py",
    REPO / "app" / "goedwerk" / "cli_sharing.py",
]
LANGUAGES = ("en",)


def extract() -> dict[str, list[str]]:
    """Every translatable message with the places it is used."""
    found: dict[str, list[str]] = {}
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                where = f"{path.relative_to(REPO)}:{node.lineno}"
                found.setdefault(node.args[0].value, []).append(where)
    return found


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def read_po(path: Path) -> dict[str, str]:
    """The msgid -> msgstr pairs of a .po file (single-line entries, as this script writes them)."""
    pairs: dict[str, str] = {}
    msgid = None
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if line.startswith("msgid "):
            msgid = ast.literal_eval(line[6:])
        elif line.startswith("msgstr ") and msgid is not None:
            pairs[msgid] = ast.literal_eval(line[7:])
            msgid = None
    return pairs


def write_po(path: Path, messages: dict[str, list[str]], old: dict[str, str]) -> None:
    """Write the catalogue, sorted by first use, keeping existing translations."""
    lines = ['msgid ""', 'msgstr "Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for msgid, places in messages.items():
        translation = _quote(old.get(msgid, ""))
        lines += [f"#: {' '.join(places)}", f"msgid {_quote(msgid)}", f"msgstr {translation}", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def write_mo(pairs: dict[str, str], path: Path) -> None:
    """Compile translated pairs into a GNU .mo file."""
    entries = sorted((k.encode(), v.encode()) for k, v in pairs.items() if v or not k)
    ids = b"".join(k + b"\0" for k, _v in entries)
    strs = b"".join(v + b"\0" for _k, v in entries)
    count = len(entries)
    start = 7 * 4 + 16 * count
    offsets, pos = [], 0
    for key, _value in entries:
        offsets += [len(key), start + pos]
        pos += len(key) + 1
    trans, pos = [], 0
    for _key, value in entries:
        trans += [len(value), start + len(ids) + pos]
        pos += len(value) + 1
    header = struct.pack("Iiiiiii", 0x950412DE, 0, count, 7 * 4, 7 * 4 + 8 * count, 0, 0)
    path.write_bytes(
        header + struct.pack(f"{2 * count}i", *offsets) + struct.pack(f"{2 * count}i", *trans) + ids + strs
    )


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
        write_mo(pairs, po.with_suffix(".mo"))


if __name__ == "__main__":
    main()
