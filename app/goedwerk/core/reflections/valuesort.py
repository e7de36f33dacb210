"""The value sort: a forced distribution of the values deck, recorded per anonymous participant.

Gardner's Value Sort asks each participant to put every card in one of five columns, from most
to least important, with a fixed number of cards per column (4/6/10/6/4 for a 30-card deck,
scaled for other sizes). Participants are anonymous (``P1``, ``P2``, ...). A sort may be stored
half-done. The result per value is how many participants placed it in each column and a mean
score (+2 most important ... -2 least important). ``ValueSortStore`` keeps sorts in the catalog.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from goedwerk.core.errors import GoedWerkError, NotFoundError
from goedwerk.core.i18n import N_, _
from goedwerk.core.model import Changes, new_id
from goedwerk.core.store.catalog import Table

if TYPE_CHECKING:
    pass

COLUMNS: tuple[str, ...] = ("most", "more", "neutral", "less", "least")
COLUMN_LABELS: dict[str, str] = {
    "most": N_("Meest belangrijk"),
    "more": N_("Belangrijker"),
    "neutral": N_("Neutraal"),
    "less": N_("Minder belangrijk"),
    "least": N_("Minst belangrijk"),
}
SCORES: tuple[int, ...] = (2, 1, 0, -1, -2)
_REFERENCE = (4, 6, 10, 6, 4)  # Gardner's distribution for a 30-card deck
_PARTICIPANT = re.compile(r"^P(\d+)$")


class QuotaError(GoedWerkError):
    """A card was put in a column that already holds its quota of cards."""


def distribution(size: int) -> tuple[int, ...]:
    """Cards per column for a deck of ``size``: symmetric, summing to ``size`` (4/6/10/6/4 for 30)."""
    if size < 0:
        raise ValueError("a deck cannot have a negative size")
    outer = int(size * _REFERENCE[0] / sum(_REFERENCE) + 0.5)
    inner = int(size * _REFERENCE[1] / sum(_REFERENCE) + 0.5)
    while 2 * (outer + inner) > size:
        inner, outer = (inner - 1, outer) if inner >= outer else (inner, outer - 1)
    return (outer, inner, size - 2 * (outer + inner), inner, outer)


@dataclass(frozen=True)
class ValueTally:
    """How often one value was placed in each column, over all participants."""

    card_id: str
    counts: tuple[int, ...]

    @property
    def placed(self) -> int:
        """Number of participants who placed this card."""
        return sum(self.counts)

    @property
    def mean(self) -> float | None:
        """Mean score from +2 (most important) to -2 (least important); None when unplaced."""
        if not self.placed:
            return None
        return sum(c * s for c, s in zip(self.counts, SCORES, strict=True)) / self.placed


@dataclass
class ValueSort:
    """One group's value sort: the deck and, per participant, each placed card's column."""

    deck: tuple[str, ...]
    id: str = field(default_factory=new_id)
    pack_id: str | None = None
    pack_title: str = ""
    title: str = ""
    placements: dict[str, dict[str, int]] = field(default_factory=dict)
    created: float = 0.0
    modified: float = 0.0

    @property
    def quotas(self) -> tuple[int, ...]:
        """Cards allowed per column."""
        return distribution(len(self.deck))

    @property
    def participants(self) -> list[str]:
        """Participant labels in order (P1, P2, ...)."""
        return sorted(self.placements, key=_participant_number)

    def add_participant(self) -> str:
        """Add the next anonymous participant and return its label."""
        label = f"P{max((_participant_number(p) for p in self.placements), default=0) + 1}"
        self.placements[label] = {}
        return label

    def remove_participant(self, participant: str) -> None:
        """Drop a participant and their placements."""
        self.placements.pop(participant, None)

    def column_of(self, participant: str, card_id: str) -> int | None:
        """The column ``participant`` put ``card_id`` in, or None."""
        return self._cards(participant).get(card_id)

    def cards_in(self, participant: str, column: int) -> list[str]:
        """The cards ``participant`` put in ``column``, in the order they were placed."""
        return [c for c, col in self._cards(participant).items() if col == column]

    def unplaced(self, participant: str) -> list[str]:
        """The cards ``participant`` has not placed yet, in deck order."""
        placed = self._cards(participant)
        return [c for c in self.deck if c not in placed]

    def room(self, participant: str, column: int) -> int:
        """How many more cards fit in ``column`` for ``participant``."""
        return self.quotas[column] - len(self.cards_in(participant, column))

    def place(self, participant: str, card_id: str, column: int) -> None:
        """Put (or move) ``card_id`` in ``column``; ``QuotaError`` when the column is full."""
        cards = self._cards(participant)
        if card_id not in self.deck:
            raise NotFoundError(_("kaart '{id}' zit niet in de stapel").format(id=card_id))
        if not 0 <= column < len(COLUMNS):
            raise ValueError(f"no column {column}")
        if cards.get(card_id) == column:
            return
        if self.room(participant, column) <= 0:
            msg = _("de kolom ‘{column}’ is vol ({count} kaarten)")
            raise QuotaError(msg.format(column=_(COLUMN_LABELS[COLUMNS[column]]), count=self.quotas[column]))
        cards.pop(card_id, None)
        cards[card_id] = column

    def unplace(self, participant: str, card_id: str) -> None:
        """Take ``card_id`` back to the unplaced cards."""
        self._cards(participant).pop(card_id, None)

    def swap(self, participant: str, card_a: str, card_b: str) -> None:
        """Exchange the columns of two placed cards (works when both columns are full)."""
        cards = self._cards(participant)
        if card_a not in cards or card_b not in cards:
            raise NotFoundError(_("beide kaarten moeten geplaatst zijn om ze te wisselen"))
        cards[card_a], cards[card_b] = cards[card_b], cards[card_a]

    def is_complete(self, participant: str) -> bool:
        """True when ``participant`` placed every card."""
        return not self.unplaced(participant)

    @property
    def complete(self) -> bool:
        """True when there are participants and all of them are done."""
        return bool(self.placements) and all(self.is_complete(p) for p in self.placements)

    def tallies(self) -> list[ValueTally]:
        """Per value: counts per column; highest mean first, unplaced cards last, then deck order."""
        counts = {card: [0] * len(COLUMNS) for card in self.deck}
        for cards in self.placements.values():
            for card, column in cards.items():
                if card in counts:
                    counts[card][column] += 1
        tallies = [ValueTally(card, tuple(counts[card])) for card in self.deck]
        order = {card: n for n, card in enumerate(self.deck)}
        return sorted(
            tallies,
            key=lambda t: (t.mean is None, -(t.mean or 0.0), -t.counts[0], order[t.card_id]),
        )

    def _cards(self, participant: str) -> dict[str, int]:
        try:
            return self.placements[participant]
        except KeyError:
            raise NotFoundError(_("deelnemer '{p}' bestaat niet").format(p=participant)) from None


def _participant_number(label: str) -> int:
    match = _PARTICIPANT.match(label)
    return int(match.group(1)) if match else 0


# -- export ------------------------------------------------------------------------------------


def format_mean(mean: float | None) -> str:
    """A mean score with a decimal comma and sign (``+1,25``), or empty."""
    return "" if mean is None else f"{mean:+.2f}".replace(".", ",")


def tallies_csv(sort: ValueSort, names: Mapping[str, str]) -> str:
    """The result as CSV (``;``-separated, as Dutch spreadsheets expect): one row per value."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    participants = sort.participants
    writer.writerow(
        [
            _("waarde"),
            "id",
            *(_(COLUMN_LABELS[c]) for c in COLUMNS),
            _("geplaatst"),
            _("gemiddelde score"),
            *participants,
        ]
    )
    for tally in sort.tallies():
        placed = [sort.column_of(p, tally.card_id) for p in participants]
        writer.writerow(
            [names.get(tally.card_id, tally.card_id), tally.card_id, *tally.counts, tally.placed]
            + [format_mean(tally.mean)]
            + ["" if col is None else _(COLUMN_LABELS[COLUMNS[col]]) for col in placed]
        )
    return out.getvalue()


# -- storage -----------------------------------------------------------------------------------


class ValueSortStore(Table):
    """Value sorts in the catalog; every save is one transaction."""

    TABLE = "value_sorts"
    CHANGES = Changes(sorts=True)

    def save(self, sort: ValueSort) -> ValueSort:
        """Insert or replace ``sort`` (also half-done); its modified time becomes now."""
        now = time.time()
        sort.created = sort.created or now
        sort.modified = now
        row = {
            "id": sort.id,
            "pack_id": sort.pack_id,
            "pack_title": sort.pack_title,
            "title": sort.title,
            "deck": json.dumps(list(sort.deck), ensure_ascii=False),
            "placements": json.dumps(sort.placements, ensure_ascii=False),
            "created": sort.created,
            "modified": sort.modified,
        }
        self.upsert(row)
        return sort

    def get(self, sort_id: str) -> ValueSort:
        """The sort ``sort_id``; ``NotFoundError`` when there is none."""
        rows = self._select("WHERE id = ?", [sort_id])
        if not rows:
            raise NotFoundError(_("waardensortering '{id}' bestaat niet").format(id=sort_id))
        return rows[0]

    def for_pack(self, pack_id: str | None) -> list[ValueSort]:
        """The sorts of a pack (or those without a pack), newest first."""
        if pack_id is None:
            return self._select("WHERE pack_id IS NULL ORDER BY modified DESC", [])
        return self._select("WHERE pack_id = ? ORDER BY modified DESC", [pack_id])

    def all(self) -> list[ValueSort]:
        """Every stored sort, oldest first."""
        return self._select("ORDER BY created", [])

    def _select(self, where: str, params: Sequence[object]) -> list[ValueSort]:
        sql = (
            "SELECT id, pack_id, pack_title, title, deck, placements, created, modified "
            f"FROM value_sorts {where}"
        )
        return [
            ValueSort(
                deck=tuple(json.loads(r[4])),
                id=r[0],
                pack_id=r[1],
                pack_title=r[2] or "",
                title=r[3] or "",
                placements={p: dict(c) for p, c in json.loads(r[5]).items()},
                created=r[6] or 0.0,
                modified=r[7] or 0.0,
            )
            for r in self.catalog.db.execute(sql, list(params)).fetchall()
        ]
