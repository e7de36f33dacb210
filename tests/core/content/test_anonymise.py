"""The anonymisation check: each detector on positive and negative examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goedwerk.core.content.anonymise import is_valid_bsn, is_valid_iban, scan


def kinds(text: str, names: tuple[str, ...] = ()) -> list[str]:
    return [f.kind for f in scan(text, names)]


def bsn_check_digit(first8: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(first8, range(9, 1, -1), strict=True))
    last = total % 11
    return last if last < 10 else None


nine_digit_prefix = st.text(alphabet="0123456789", min_size=8, max_size=8).filter(lambda s: s != "0" * 8)


@given(nine_digit_prefix)
def test_every_number_passing_the_11_test_is_flagged_as_bsn(first8: str) -> None:
    check = bsn_check_digit(first8)
    if check is None:
        return
    bsn = first8 + str(check)
    assert is_valid_bsn(bsn)
    assert "bsn" in kinds(f"Het nummer is {bsn} volgens het dossier.")


@given(nine_digit_prefix, st.integers(min_value=1, max_value=9))
def test_a_wrong_check_digit_is_not_a_bsn(first8: str, shift: int) -> None:
    check = bsn_check_digit(first8)
    if check is None:
        return
    wrong = first8 + str((check + shift) % 10)
    assert not is_valid_bsn(wrong)
    assert "bsn" not in kinds(f"Het nummer is {wrong} volgens het dossier.")


@given(st.text(alphabet="0123456789", min_size=10, max_size=30))
def test_iban_with_valid_checksum_is_flagged_and_one_digit_off_is_not(account: str) -> None:
    bank = "ABNA"
    body = bank + account[:10]
    numeric = "".join(str(int(c, 36)) for c in body + "NL00")
    check = 98 - int(numeric) % 97
    iban = f"NL{check:02d}{body}"
    assert is_valid_iban(iban)
    assert "iban" in kinds(f"Maak het over naar {iban} vandaag.")
    broken = iban[:-1] + str((int(iban[-1]) + 1) % 10)
    assert not is_valid_iban(broken)


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_dutch_mobile_numbers_in_common_notations_are_flagged(digits: str) -> None:
    for notation in (
        f"06{digits}",
        f"06-{digits}",
        f"06 {digits[:2]} {digits[2:5]} {digits[5:]}",
        f"+31 6 {digits}",
        f"+31 (0)6-{digits}",
        f"0031 6 {digits}",
    ):
        assert kinds(f"Bel mij op {notation} morgen.") == ["phone"], notation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail naar p.devries@gemeente.example en wacht.", ["email"]),
        ("Kijk op www.voorbeeld.nl voor meer.", ["url"]),
        ("Zie https://example.org/pad?x=1 daar.", ["url"]),
        ("Ze woont op nummer 12, 1234 AB in het dorp.", ["postcode"]),
        ("Het adres is 3511 LX 4 aan de gracht.", ["postcode"]),
        ("Ze rekende NL91 ABNA 0417 1643 00 af.", ["iban"]),
        ("Bel het vaste nummer 030-1234567 even.", ["phone"]),
        ("Daarna sprak ze met Pieter over het dossier.", ["name"]),
        ("Volgens mevrouw Jansen is dat zo.", ["name"]),
        ("Jan Jansen belde gisteren.", ["name"]),  # one person: one finding
    ],
)
def test_detectors_find_personal_data(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De teamleider belde de beleidsmedewerker over de nota.",
        "Het kost 1234 euro en duurt 12 weken, zegt de wethouder.",
        "De Tweede Kamer stelde Kamervragen over de Woo-verzoeken.",
        "Dossier 2024 telde 123 pagina's en 45 bijlagen.",
        "Wat doe je? Ze twijfelde. Niemand wist het.",
        "Het nummer 123456789 faalt de elfproef.",
        "Sanne belde Sanne's collega en daarna Sannes teamleider.",
        "In Nederland werken veel Nederlanders bij de overheid.",
        '"Open" was het eerste woord. Openheid is lastig.',
    ],
)
def test_ordinary_text_has_no_findings(text: str) -> None:
    assert scan(text, ["Sanne"]) == []


def test_invented_names_are_allowed_and_findings_carry_lines() -> None:
    text = "Eerste regel.\nDaarna belde Fatima met Karel."
    findings = scan(text, ["Fatima"], first_line=10)
    assert [(f.kind, f.text, f.line) for f in findings] == [("name", "Karel", 11)]
    assert findings[0].replacement() == "[naam]"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik sprak met Jan de Vries over het dossier.", "Jan de Vries"),
        ("Gisteren belde Karin van der Berg.", "Karin van der Berg"),
        ("Gisteren sprak ik Ahmed el Amrani.", "Ahmed el Amrani"),
    ],
)
def test_a_name_with_its_surname_is_one_finding(text: str, name: str) -> None:
    assert [(f.kind, f.text) for f in scan(text)] == [("name", name)]


@pytest.mark.parametrize(
    "text", ["Karin zei dat het niet kon.", "Piet wist het ook niet.", "Toen kwam Sanne."]
)
def test_common_first_names_are_caught_even_at_the_start_of_a_sentence(text: str) -> None:
    assert kinds(text) == ["name"]


def test_a_first_name_the_text_invented_itself_is_still_allowed() -> None:
    assert scan("Karin zei dat het niet kon.", ["Karin"]) == []


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Stort het op nl91abna0417164300 graag.", "iban", "nl91abna0417164300"),
        ("Haar nummer is 1112.22.333 volgens het dossier.", "bsn", "1112.22.333"),
    ],
)
def test_lowercase_iban_and_a_bsn_with_dots_are_found(text: str, kind: str, found: str) -> None:
    assert [(f.kind, f.text) for f in scan(text)] == [(kind, found)]


def test_a_postcode_that_cannot_exist_is_not_reported() -> None:
    assert [f.kind for f in scan("Kerkstraat 5, 1234 SS in het dorp.")] == []
    assert [f.kind for f in scan("Kerkstraat 5, 1234 AB in het dorp.")] == ["postcode"]
