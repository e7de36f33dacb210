"""The YAML reader: line numbers of mappings and keys, duplicate keys, bad syntax, front matter."""

from __future__ import annotations

import pytest

from goedwerk.core.content import yamlio


def test_mappings_know_their_lines_and_the_lines_of_their_keys() -> None:
    data, dups = yamlio.load("title: A\nblocks:\n  - title: B\n    minutes: 5\n")
    assert dups == []
    assert (data.line, data.line_of("title"), data.line_of("blocks")) == (1, 1, 2)
    block = data["blocks"][0]
    assert (block.line_of("title"), block.line_of("minutes"), block.line_of("missing")) == (3, 4, 3)


def test_duplicate_keys_are_reported_with_their_line() -> None:
    _data, dups = yamlio.load("title: A\nsummary: x\ntitle: B\n")
    assert dups == [("title", 3)]


def test_bad_syntax_is_a_problem_on_the_right_line() -> None:
    with pytest.raises(yamlio.YamlProblem) as caught:
        yamlio.load("title: A\nthemes: [open\nb: x\n")
    assert caught.value.line >= 2


def test_front_matter_lines_count_from_where_it_starts() -> None:
    data, dups = yamlio.load("title: A\nsummary: x\ntitle: B\n", first_line=2)
    assert (data.line, data.line_of("summary"), data.line_of("title")) == (2, 3, 4)
    assert dups == [("title", 4)]


def test_dump_keeps_dutch_characters_and_key_order() -> None:
    text = yamlio.dump({"titel": "Één café", "a": 1})
    assert text == "titel: Één café\na: 1\n"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("title: A\nthemes open\nb: x\n", 2),  # a key without ':' (PyYAML notices on line 3)
        ("title: A\nsummary: 'open\nb: x\n", 2),  # a quote that never closes
        ("title: A\nblocks:\n  - title: B\n    minutes: [\n", 4),  # a '[' open at the end
        ("title: A\n- b\n", 2),  # a list item inside a mapping: the item's own line
    ],
)
def test_a_syntax_error_names_the_line_where_the_mistake_stands(text: str, line: int) -> None:
    with pytest.raises(yamlio.YamlProblem) as caught:
        yamlio.load(text)
    assert caught.value.line == line, caught.value.message


def test_a_syntax_error_in_front_matter_counts_from_its_first_line() -> None:
    with pytest.raises(yamlio.YamlProblem) as caught:
        yamlio.load("id: a\ntitle: 'open\nsummary: x\n", first_line=2)
    assert caught.value.line == 3
