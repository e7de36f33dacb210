"""Find possible personal data in free text: stories, reflections and user notes.

Detectors: e-mail addresses, Dutch phone numbers, postcodes with house numbers, IBANs (in any
case), citizen service numbers (BSN, also written 1112.22.333), URLs and capitalised person-name
patterns that are not in the allow-list (the text's own invented names plus a project-wide list
of common words). A common Dutch first name (a bundled list) counts even at the start of a
sentence, and a first name with its surname ("Jan de Vries") is one finding. Validation is
python-stdnum's (BSN, IBAN, postcode). It warns; callers decide what to do with a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from goedwerk.core.i18n import _

_COMMON_WORDS_FILE = Path(__file__).with_name("common_words.txt")
_FIRST_NAMES_FILE = Path(__file__).with_name("first_names.txt")
_NAME_GAP = re.compile(r"\s+(?:(?:van|de|der|den|ter|ten|el|al)\s+)*")

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|info|be)\b(?:/\S*)?")
PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+31|0031|0)[\d \-()]{8,16}\d(?!\d)")
POSTCODE_WITH_NUMBER = re.compile(
    r"\b\d{1,4}[a-zA-Z]?,?\s+[1-9]\d{3}\s?[A-Z]{2}\b|\b[1-9]\d{3}\s?[A-Z]{2}\s+\d{1,4}[a-zA-Z]?\b"
)
IBAN_CANDIDATE = re.compile(r"\b[A-Za-z]{2}\d{2}(?:\s?[A-Za-z0-9]{4}){2,7}(?:\s?[A-Za-z0-9]{1,4})?\b")
NINE_DIGITS = re.compile(
    r"(?<![\d.])(?:\d{3}[.\s]?\d{3}[.\s]?\d{3}|\d{4}\.\d{2}\.\d{3})(?![\d])|(?<!\d)\d{9}(?!\d)"
)
_POSTCODE = re.compile(r"[1-9]\d{3}\s?[A-Z]{2}")
CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\b")
WORD = re.compile(r"[A-Za-zÀ-ÿ'’-]+")
_DIGIT = re.compile(r"\d")
_NEXT_NAME = re.compile(r"\s+(?:(?:van|de|der|den|ter|ten|el|al)\s+)*([A-ZÀ-Ý][a-zà-ÿ]+)")
_URL_HINT = re.compile(r"://|www\.|\.(?:nl|com|org|net|eu|info|be)\b")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;…“”\"‘’'(\[—–-]|\n\s*[-*>]?)\s*$")


@dataclass(frozen=True)
class Finding:
    """A possible piece of personal data at ``start:end`` of the scanned text."""

    kind: str
    text: str
    start: int
    end: int
    line: int = 1

    def label(self) -> str:
        """Dutch name of the kind of finding."""
        return {
            "email": _("e-mailadres"),
            "phone": _("telefoonnummer"),
            "postcode": _("postcode met huisnummer"),
            "iban": _("IBAN"),
            "bsn": _("burgerservicenummer"),
            "url": _("webadres"),
            "name": _("naam"),
        }[self.kind]

    def message(self) -> str:
        """``mogelijk persoonsgegeven: <kind> '<text>'``."""
        return _("mogelijk persoonsgegeven: {label} '{text}'").format(label=self.label(), text=self.text)

    def replacement(self) -> str:
        """A neutral word to put in place of the finding."""
        return {
            "email": _("[e-mailadres]"),
            "phone": _("[telefoonnummer]"),
            "postcode": _("[adres]"),
            "iban": _("[rekeningnummer]"),
            "bsn": _("[nummer]"),
            "url": _("[webadres]"),
            "name": _("[naam]"),
        }[self.kind]


def is_valid_bsn(digits: str) -> bool:
    """True when ``digits`` (9 digits) is a valid BSN (python-stdnum: the 11-test)."""
    from stdnum.nl import bsn as stdnum_bsn  # imported when first needed, not with the app's start

    return len(digits) == 9 and digits.isdigit() and digits != "0" * 9 and stdnum_bsn.is_valid(digits)


def is_valid_iban(text: str) -> bool:
    """True when ``text`` (spaces allowed, any case) is a valid IBAN (python-stdnum: country and mod-97)."""
    from stdnum import iban as stdnum_iban

    return stdnum_iban.is_valid(text.upper())


def is_valid_postcode(text: str) -> bool:
    """True when the Dutch postcode in ``text`` exists as a format (python-stdnum: no SA, SD, SS)."""
    from stdnum.nl import postcode as stdnum_postcode

    found = _POSTCODE.search(text)
    return bool(found) and stdnum_postcode.is_valid(found.group())


def is_dutch_phone(text: str) -> bool:
    """True when ``text`` has the digits of a Dutch phone number (0 + 9, or +31/0031 + 9)."""
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.startswith("+31"):
        return len(digits) == 11 and digits.startswith("31")
    if text.startswith("0031"):
        return len(digits) == 13
    return len(digits) == 10 and digits.startswith("0") and digits[1] != "0"


@cache
def common_words() -> frozenset[str]:
    """The project-wide allow-list: capitalised words that are not person names."""
    return _word_list(_COMMON_WORDS_FILE)


@cache
def common_first_names() -> frozenset[str]:
    """Frequent Dutch first names, lower case: flagged wherever they stand."""
    return _word_list(_FIRST_NAMES_FILE)


def _word_list(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def scan(text: str, allowed_names: Iterable[str] = (), first_line: int = 1) -> list[Finding]:
    """Every finding in ``text``, ordered by position; lines count from ``first_line``.

    Each detector runs only on texts that can hold what it looks for: no e-mail scan without an
    ``@``, no web address without its marks, no number patterns on a text without a digit
    (the common case for a story), which makes the scan of a library several times cheaper.
    """
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for kind, matches in _detectors(text, allowed_names):
        for m in matches:
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            line = first_line + text.count("\n", 0, start)
            findings.append(Finding(kind, m.group(), start, end, line))
    return _whole_names(text, sorted(findings, key=lambda f: f.start))


def _whole_names(text: str, findings: list[Finding]) -> list[Finding]:
    """Join a first name and its surname ("Jan" "de" "Vries") into one finding."""
    merged: list[Finding] = []
    for finding in findings:
        last = merged[-1] if merged else None
        if (
            last
            and last.kind == finding.kind == "name"
            and _NAME_GAP.fullmatch(text[last.end : finding.start])
        ):
            merged[-1] = Finding("name", text[last.start : finding.end], last.start, finding.end, last.line)
        else:
            merged.append(finding)
    return merged


def _detectors(text: str, allowed_names: Iterable[str]) -> Iterator[tuple[str, Iterable[re.Match[str]]]]:
    """The detectors that can find anything in ``text``, in order of precedence."""
    if "@" in text:
        yield "email", EMAIL.finditer(text)
    if _URL_HINT.search(text):
        yield "url", URL.finditer(text)
    if _DIGIT.search(text):
        yield "iban", (m for m in IBAN_CANDIDATE.finditer(text) if is_valid_iban(m.group()))
        yield "postcode", (m for m in POSTCODE_WITH_NUMBER.finditer(text) if is_valid_postcode(m.group()))
        yield "bsn", (m for m in NINE_DIGITS.finditer(text) if is_valid_bsn(re.sub(r"\D", "", m.group())))
        yield "phone", (m for m in PHONE_CANDIDATE.finditer(text) if is_dutch_phone(m.group().strip()))
    yield "name", _name_matches(text, allowed_names)


def _name_matches(text: str, allowed_names: Iterable[str]) -> Iterator[re.Match[str]]:
    allowed = {n.lower() for name in allowed_names for n in re.split(r"[\s-]+", name)}
    common, first_names = common_words(), common_first_names()
    lowercase_seen: set[str] | None = None  # the text's lower-case words, read when first needed
    for m in CAPITALISED.finditer(text):
        word = m.group().lower()
        low = word if word in allowed else _without_possessive(word)
        if low in allowed:
            continue
        if low in first_names:
            yield m  # "Karin zei ..." names someone even at the start of a sentence
            continue
        if low in common:
            continue
        if _starts_sentence(text, m.start()) and not _next_is_capitalised(text, m.end()):
            continue  # checked before the word list below: most capitals start a sentence
        if lowercase_seen is None:
            lowercase_seen = {w for w in WORD.findall(text) if w.islower()}
        if low in lowercase_seen:
            continue
        yield m


def _without_possessive(word: str) -> str:
    """``word`` without a final "'s", "’s" or "s" ("Jans" and "Jan's" are Jan)."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _starts_sentence(text: str, pos: int) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, pos - 12) : pos])) or pos == 0


def _next_is_capitalised(text: str, pos: int) -> bool:
    nxt = _NEXT_NAME.match(text[pos : pos + 40])
    return bool(nxt) and nxt.group(1).lower() not in common_words()
