"""Gettext catalogues for the core and the command line (the window uses Qt's .ts files);
paper/ (the printed pack, the CLI prints through it) uses this catalogue too.

``python packaging/core_messages.py --update``  collect every ``_``, ``N_`` and ``ngettext`` of
                                               goedwerk.core, paper and cli*.py into
                                               resources/i18n/locale/*/goedwerk.po, keeping the
                                               translations already there
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


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def read_po(path: Path) -> dict[str, str]:
    """The msgid -> msgstr pairs of a .po file (single-line entries, as this script writes them).

    A plural entry is keyed "singular\0plural" and its translations are joined with "\0".
    """
    pairs: dict[str, str] = {}
    msgid, forms = None, []
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if line.startswith("msgid "):
            msgid, forms = ast.literal_eval(line[6:]), []
        elif line.startswith("msgid_plural ") and msgid is not None:
            msgid += "\0" + ast.literal_eval(line[13:])
        elif line.startswith("msgstr[") and msgid is not None:
            forms.append(ast.literal_eval(line.split("] ", 1)[1]))
            if len(forms) == PLURAL_FORMS:
                pairs[msgid] = "\0".join(forms) if any(forms) else ""
                msgid = None
        elif line.startswith("msgstr ") and msgid is not None:
            pairs[msgid] = ast.literal_eval(line[7:])
            msgid = None
    return pairs


def write_po(path: Path, messages: dict[str, list[str]], old: dict[str, str]) -> None:
    """Write the catalogue, sorted by first use, keeping existing translations."""
    lines = ['msgid ""', f"msgstr {_quote(HEADER)}", ""]
    for msgid, places in messages.items():
        lines.append(f"#: {' '.join(places)}")
        if "\0" in msgid:
            singular, plural = msgid.split("\0")
            forms = old.get(msgid, "").split("\0") if old.get(msgid) else [""] * PLURAL_FORMS
            lines += [f"msgid {_quote(singular)}", f"msgid_plural {_quote(plural)}"]
            lines += [f"msgstr[{i}] {_quote(form)}" for i, form in enumerate(forms)]
        else:
            lines += [f"msgid {_quote(msgid)}", f"msgstr {_quote(old.get(msgid, ''))}"]
        lines.append("")
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
        pairs[""] = HEADER
        write_mo(pairs, po.with_suffix(".mo"))


if __name__ == "__main__":
    main()
