"""The value sort: forced distribution, quotas, half-done sorts, aggregation and CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from goedwerk.core.reflections.valuesort import (
    QuotaError,
    ValueSort,
    ValueSortStore,
    distribution,
    tallies_csv,
)
from goedwerk.core.workspace import Workspace

DECK = tuple(f"v{n:02}" for n in range(30))


def fill(sort: ValueSort, participant: str, order: list[str]) -> None:
    """Place ``order`` from most to least important, column by column, as a participant would."""
    column = 0
    for card in order:
        while sort.room(participant, column) == 0:
            column += 1
        sort.place(participant, card, column)


def test_thirty_cards_sort_four_six_ten_six_four() -> None:
    assert distribution(30) == (4, 6, 10, 6, 4)
    assert distribution(36) == (5, 7, 12, 7, 5)
    assert distribution(20) == (3, 4, 6, 4, 3)


@given(st.integers(min_value=0, max_value=200))
def test_every_deck_size_gets_a_symmetric_distribution_that_sums_up(size: int) -> None:
    quotas = distribution(size)
    assert sum(quotas) == size
    assert quotas == quotas[::-1]
    assert all(q >= 0 for q in quotas)
    assert quotas[0] <= quotas[1] <= quotas[2] or size < 10


def test_a_full_column_refuses_another_card_with_a_dutch_message() -> None:
    sort = ValueSort(deck=DECK)
    p1 = sort.add_participant()
    for card in DECK[:4]:
        sort.place(p1, card, 0)
    with pytest.raises(QuotaError, match="Meest belangrijk’ is vol"):
        sort.place(p1, DECK[4], 0)
    assert sort.column_of(p1, DECK[4]) is None
    sort.place(p1, DECK[0], 0)  # staying in its own full column is fine
    sort.place(p1, DECK[0], 1)  # moving out makes room
    sort.place(p1, DECK[4], 0)
    assert sort.cards_in(p1, 0) == [DECK[1], DECK[2], DECK[3], DECK[4]]
    assert sort.room(p1, 0) == 0 and sort.room(p1, 1) == 5


def test_two_cards_in_full_columns_can_swap() -> None:
    sort = ValueSort(deck=DECK)
    p1 = sort.add_participant()
    fill(sort, p1, list(DECK))
    sort.swap(p1, DECK[0], DECK[29])
    assert sort.column_of(p1, DECK[0]) == 4 and sort.column_of(p1, DECK[29]) == 0
    assert sort.is_complete(p1)


def test_participants_are_anonymous_and_numbers_are_never_reused() -> None:
    sort = ValueSort(deck=DECK)
    assert [sort.add_participant() for _ in range(3)] == ["P1", "P2", "P3"]
    sort.remove_participant("P2")
    assert sort.add_participant() == "P4"
    assert sort.participants == ["P1", "P3", "P4"]


def test_a_half_done_sort_is_stored_and_finished_later(tmp_path: Path, mini_library: Path) -> None:
    ws = Workspace(mini_library, tmp_path / "data")
    store = ValueSortStore(ws.catalog)
    sort = ValueSort(deck=DECK, pack_id="p1", pack_title="Teamsessie")
    p1 = sort.add_participant()
    fill(sort, p1, list(DECK[:12]))
    store.save(sort)
    ws.close()

    ws = Workspace(mini_library, tmp_path / "data")
    store = ValueSortStore(ws.catalog)
    again = store.for_pack("p1")[0]
    assert again.pack_title == "Teamsessie"
    assert len(again.unplaced(p1)) == 18 and not again.complete
    fill(again, p1, again.unplaced(p1))
    store.save(again)
    assert store.get(sort.id).complete
    assert store.for_pack(None) == [] and len(store.all()) == 1
    ws.close()


def three_participants() -> ValueSort:
    sort = ValueSort(deck=DECK, pack_title="Teamsessie")
    for shift in (0, 0, 10):
        label = sort.add_participant()
        fill(sort, label, list(DECK[shift:]) + list(DECK[:shift]))
    return sort


def test_the_result_counts_columns_and_ranks_by_mean_score() -> None:
    tallies = {t.card_id: t for t in three_participants().tallies()}
    # v00 is "most important" for P1 and P2; P3 started at v10 and put v00 in "less important"
    assert tallies["v00"].counts == (2, 0, 0, 1, 0)
    assert tallies["v00"].mean == pytest.approx(1.0)
    assert tallies["v10"].counts == (1, 0, 2, 0, 0)
    assert tallies["v29"].counts == (0, 0, 1, 0, 2)
    assert tallies["v29"].mean == pytest.approx(-4 / 3)
    order = [t.card_id for t in three_participants().tallies()]
    assert order[0] == "v00" and order[-1] == "v29"


def test_the_csv_has_a_row_per_value_with_counts_and_each_participants_column() -> None:
    sort = three_participants()
    text = tallies_csv(sort, {"v00": "Moed", "v29": "Zekerheid"})
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert len(rows) == 30
    first = rows[0]
    assert first["waarde"] == "Moed" and first["Meest belangrijk"] == "2"
    assert first["Minder belangrijk"] == "1" and first["geplaatst"] == "3"
    assert first["gemiddelde score"] == "+1,00"
    assert first["P1"] == "Meest belangrijk" and first["P3"] == "Minder belangrijk"
    last = rows[-1]
    assert last["waarde"] == "Zekerheid" and last["Minst belangrijk"] == "2"
    assert last["gemiddelde score"] == "-1,33"
