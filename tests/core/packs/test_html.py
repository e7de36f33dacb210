"""The printable pack as HTML: which parts, what they say, and what is left out."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from goedwerk.core.content.assembly import load_library
from goedwerk.core.model import Block, Library, Pack
from goedwerk.core.packs import operations as packs
from goedwerk.core.packs.html import PART_NAMES, build_parts, card_html, pack_document, parse_parts
from goedwerk.core.packs.labels import REFLECTION_PROMPTS, format_date, format_minutes
from goedwerk.core.packs.packfile import read_pack_file

PACKS = Path(__file__).parents[2] / "data" / "packs"


@pytest.fixture
def library(mini_library: Path) -> Library:
    return load_library(mini_library)


@pytest.fixture
def pack(library: Library) -> Pack:
    return read_pack_file(PACKS / "teamsessie.pack.yaml", library)


def html_of(pack: Pack, library: Library, name: str) -> str:
    return "".join(next(p for p in build_parts(pack, library) if p.name == name).pages)


def test_a_full_pack_has_every_part_in_print_order(pack: Pack, library: Library) -> None:
    parts = build_parts(pack, library)
    assert [p.name for p in parts] == list(PART_NAMES)
    stories = next(p for p in parts if p.name == "stories")
    assert len(stories.pages) == 2  # each story on its own page
    assert "De nota aan de minister" in stories.pages[0] and "De cadeaubon" in stories.pages[1]


def test_cover_names_date_place_group_facilitators_and_total(pack: Pack, library: Library) -> None:
    cover = html_of(pack, library, "cover")
    for text in ("Teamsessie Goed Werk", "dinsdag 1 december 2026", "13:30–14:10", "’t Hoogt"):
        assert text in cover
    assert "Team vergunningen, 8 deelnemers" in cover and "Gespreksleider A, Gespreksleider B" in cover
    assert "40 minuten" in cover and "Teamstart van een halfuur" in cover


def test_agenda_has_clock_times_total_and_an_overrun_warning(pack: Pack, library: Library) -> None:
    agenda = html_of(pack, library, "agenda")
    for row in ("13:30–13:40", "13:40–13:55", "13:55–14:05", "14:05–14:10"):
        assert row in agenda
    assert "40 min" in agenda and "Gepland: 45 minuten." in agenda and "Let op" not in agenda
    over = packs.set_pack_field(pack, "planned_minutes", 30)
    assert "Let op: het programma duurt 10 minuten langer dan de geplande 30 minuten." in html_of(
        over, library, "agenda"
    )


def test_script_gives_each_block_its_instructions_questions_and_room(pack: Pack, library: Library) -> None:
    script = html_of(pack, library, "script")
    assert "ideeën mogen, oordelen niet" in script
    assert "Wat is volgens jou een goede ambtenaar?" in script  # question of the opening block
    assert "Hoe weeg je loyaliteit tegen je eigen oordeel?" in script  # a story's question
    assert "Eerlijkheid, Loyaliteit, Zorgvuldigheid, Gezin" in script
    assert script.count("Aantekeningen") == 4 and script.count('class="rule"') == 16


def test_question_sheet_groups_by_phase(pack: Pack, library: Library) -> None:
    sheet = html_of(pack, library, "questions")
    positions = [sheet.index(h) for h in ("<h2>Opening", "<h2>Verdieping", "<h2>Afsluiting")]
    assert positions == sorted(positions)
    assert sheet.index("Hoe weeg je loyaliteit") > positions[1]
    assert sheet.count("Wat ga je morgen anders doen?") == 1  # asked twice, printed once


def test_cards_are_those_named_or_the_whole_deck_for_a_bare_values_block(
    pack: Pack, library: Library
) -> None:
    two = packs.set_block_field(pack, 2, "items", ["value:gezin", "value:eerlijkheid"])
    cards = next(p for p in build_parts(two, library) if p.name == "cards").cards
    assert [c.id for c in cards] == ["gezin", "eerlijkheid"]
    bare = packs.set_block_field(pack, 2, "items", [])
    cards = next(p for p in build_parts(bare, library) if p.name == "cards").cards
    assert len(cards) == len(library.values) == 4
    sheet = html_of(pack, library, "cards")
    assert "Wanneer kostte eerlijkheid jou iets?" in sheet
    assert card_html(library.values[0]) in sheet and "border-style: dashed" in sheet


def test_reflection_form_has_the_four_prompts(pack: Pack, library: Library) -> None:
    form = html_of(pack, library, "reflection")
    assert REFLECTION_PROMPTS == (
        "Wat gebeurde er?",
        "Wat deed het met je?",
        "Welk inzicht neem je mee?",
        "Wat gaan we doen?",
    )
    assert all(prompt in form for prompt in REFLECTION_PROMPTS)


def test_empty_parts_are_left_out_and_not_listed_on_the_cover(library: Library) -> None:
    blank = packs.add_block(packs.new_pack("Alleen praten"), Block("Gesprek", 30, "questions"))
    parts = build_parts(blank, library)
    assert [p.name for p in parts] == ["cover", "agenda", "script", "reflection"]
    cover = parts[0].pages[0]
    assert "Praktijkverhalen" not in cover and "Reflectieformulier" in cover
    assert "Tijden vanaf het begin van de sessie." in "".join(parts[1].pages)


def test_only_the_requested_parts_are_built(pack: Pack, library: Library) -> None:
    assert [p.name for p in build_parts(pack, library, ["reflection", "agenda"])] == [
        "agenda",
        "reflection",
    ]


def test_user_text_is_escaped_and_unknown_items_are_skipped(pack: Pack, library: Library) -> None:
    odd = replace(pack, title="<b>Dag & nacht</b>")
    odd = packs.add_item(odd, 1, "story:bestaat-niet")
    odd = packs.add_item(odd, 1, "story:<img src=x>")
    document = pack_document(odd, library)
    assert "&lt;b&gt;Dag &amp; nacht&lt;/b&gt;" in document and "<b>Dag" not in document
    agenda = html_of(odd, library, "agenda")  # the one place that names what is left out
    assert "Niet in de bibliotheek, dus niet afgedrukt: bestaat-niet, &lt;img src=x&gt;." in agenda
    assert document.count("bestaat-niet") == 1 and "<img" not in document
    assert document.count("page-break-before: always") == 8  # 9 pages: 2 stories, 1 guide


def test_part_names_are_parsed_in_print_order() -> None:
    assert parse_parts("reflection, cover") == ("cover", "reflection")
    with pytest.raises(ValueError, match="onbekend onderdeel 'omslag'"):
        parse_parts("cover,omslag")
    with pytest.raises(ValueError):
        parse_parts(" , ")


def test_dates_and_durations_read_as_dutch() -> None:
    assert format_date("2026-12-01") == "dinsdag 1 december 2026"
    assert format_date("2027-03-07") == "zondag 7 maart 2027"
    assert [format_minutes(m) for m in (1, 45, 60, 61, 150)] == [
        "1 minuut",
        "45 minuten",
        "1 uur",
        "1 uur en 1 minuut",
        "2 uur en 30 minuten",
    ]


def test_the_agenda_prints_each_kind_with_its_sign_and_the_tint_it_is_given(
    pack: Pack, library: Library
) -> None:
    voted = packs.add_block(pack, Block("Wat doe je?", 5, "vote", options=("Ja", "Nee")))
    parts = build_parts(voted, library, ["agenda"], {"story": "#F7E1C4", "vote": "#F7EDB4"})
    agenda = parts[0].pages[0]
    assert '<td bgcolor="#F7E1C4">¶' in agenda and '<td bgcolor="#F7EDB4">#' in agenda
    assert "Stemming" in agenda
    plain = html_of(voted, library, "agenda")  # the command line prints without tints
    assert "bgcolor" not in plain and "<td>#&nbsp;" in plain


def test_switching_to_english_reaches_every_word_of_the_printed_pack(pack: Pack, library: Library) -> None:
    from goedwerk.core import i18n

    i18n.set_language("en")
    try:
        parts = build_parts(pack, library)
        script = html_of(pack, library, "script")
        agenda = html_of(pack, library, "agenda")
        assert [p.title for p in parts][:3] == ["Cover page", "Programme", "Facilitator's script"]
        assert "4 blocks, 40 minutes in all." in script and "VALUES CARDS" in script
        assert "Tuesday 1 December 2026" in agenda and "40 minutes" in agenda
        assert "What happened?" in html_of(pack, library, "reflection")
        assert format_minutes(61) == "1 hour and 1 minute" and format_minutes(120) == "2 hours"
    finally:
        i18n.set_language("nl")
    assert "4 blokken, samen 40 minuten." in html_of(pack, library, "script")


def test_one_block_is_counted_in_the_singular(library: Library) -> None:
    one = packs.add_block(packs.new_pack("Kort"), Block("Praten", 20, "questions"))
    script = html_of(one, library, "script")
    assert "1 blok, samen 20 minuten." in script and "VRAGEN" in script
