"""The index's word list: prefixes to terms, spelling suggestions, kept on disk."""

from __future__ import annotations

from pathlib import Path

from goedwerk.core.search.word_list import WordList, edit_distance


def test_a_prefix_gives_the_terms_of_every_word_that_starts_with_it() -> None:
    words = WordList.from_texts(["De ambtenaren en een ambtenaar", "Ambtelijke taal"])
    assert sorted(words.terms_with_prefix("ambt")) == [
        "ambtelijk",
        "ambten",
    ]  # ambtenaren and ambtenaar share one
    assert words.terms_with_prefix("xyz") == []


def test_the_closest_then_most_frequent_word_is_suggested() -> None:
    words = WordList.from_texts(["integriteit", "integriteit", "integraal", "integriteit"])
    assert words.suggest("integritiet") == "integriteit"
    assert words.suggest("integriteit") is None  # known words are not corrected
    assert words.suggest("zzzzzzz") is None


def test_edit_distance_counts_a_swap_as_one_and_stops_above_the_limit() -> None:
    assert edit_distance("integritiet", "integriteit", 2) == 1
    assert edit_distance("dwangsam", "dwangsom", 2) == 1
    assert edit_distance("abcdef", "uvwxyz", 2) == 3


def test_the_list_is_saved_and_read_back(tmp_path: Path) -> None:
    words = WordList.from_texts(["Zwarte balken"])
    words.save(tmp_path)
    again = WordList.load(tmp_path)
    assert again is not None and "balken" in again and len(again) == len(words)
    (tmp_path / "words.marshal").write_bytes(b"garbage")
    assert WordList.load(tmp_path) is None
