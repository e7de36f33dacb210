"""The group's votes in a workshop run: hands per option of a ``vote`` block, kept in the catalog.

A vote belongs to one run (``WorkshopSession.run_id``) and one block, so a resumed run finds its
votes again and a new run of the same pack starts with empty ones while the old results stay in
the harvest. Like reflections, a vote keeps its pack's id and title without a foreign key. The
table is made by the catalog migration ``_v6_votes`` in ``goedwerk.core.store.migrations``.
This module also writes the votes for the harvest's exports (Markdown, CSV cells, report HTML).
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from goedwerk.core.content.render import escape
from goedwerk.core.i18n import _
from goedwerk.core.model import Changes, Library
from goedwerk.core.packs.operations import story_options
from goedwerk.core.store.catalog import Table
from goedwerk.core.workshop.session import WorkshopSession

_COLUMNS = "id, run_id, pack_id, pack_title, block_index, block_title, date, options, counts, modified"


@dataclass(frozen=True)
class Vote:
    """The hands per option of one vote block in one run."""

    run_id: str
    block_index: int
    options: tuple[str, ...]
    counts: tuple[int, ...] = ()
    pack_id: str | None = None
    pack_title: str = ""
    block_title: str = ""
    date: str = ""
    modified: float = 0.0

    def __post_init__(self) -> None:
        counts = tuple(max(0, int(n)) for n in self.counts)
        object.__setattr__(self, "counts", (counts + (0,) * len(self.options))[: len(self.options)])

    @property
    def id(self) -> str:
        """The vote's key: its run and block."""
        return f"{self.run_id}-{self.block_index}"

    @property
    def total(self) -> int:
        """All hands together."""
        return sum(self.counts)

    def share(self, index: int) -> float:
        """Option ``index``'s part of the hands, between 0 and 1 (0 without hands)."""
        return self.counts[index] / self.total if self.total else 0.0

    def with_count(self, index: int, count: int) -> Vote:
        """This vote with ``count`` hands for option ``index``."""
        counts = list(self.counts)
        counts[index] = max(0, int(count))
        return replace(self, counts=tuple(counts))

    def result_text(self) -> str:
        """``Ja: 5 · Nee: 3``: every option with its hands, on one line."""
        return " · ".join(f"{o}: {n}" for o, n in zip(self.options, self.counts, strict=True))


class VoteStore(Table):
    """The votes in the catalog (``ws.votes``); every save is one transaction."""

    TABLE = "votes"
    CHANGES = Changes(votes=True)

    def save(self, vote: Vote) -> Vote:
        """Insert or replace ``vote``; return it with its date and modified time set."""
        stored = replace(vote, modified=time.time(), date=vote.date or date.today().isoformat())
        row = {
            "id": stored.id,
            "run_id": stored.run_id,
            "pack_id": stored.pack_id,
            "pack_title": stored.pack_title,
            "block_index": stored.block_index,
            "block_title": stored.block_title,
            "date": stored.date,
            "options": json.dumps(list(stored.options), ensure_ascii=False),
            "counts": json.dumps(list(stored.counts)),
            "modified": stored.modified,
        }
        self.upsert(row)
        return stored

    def of_run(self, run_id: str) -> dict[int, Vote]:
        """The votes of run ``run_id`` by block index."""
        return {v.block_index: v for v in self._select("WHERE run_id = ?", [run_id])}

    def query(
        self, pack_ids: Sequence[str] = (), date_from: str | None = None, date_to: str | None = None
    ) -> list[Vote]:
        """Votes of the packs ``pack_ids`` (all when empty) within the dates, newest first."""
        clauses, params = [], []
        if pack_ids:
            clauses.append(f"pack_id IN ({', '.join('?' * len(pack_ids))})")
            params += list(pack_ids)
        if date_from:
            clauses.append("date >= ?")
            params.append(date_from)
        if date_to:
            clauses.append("date <= ?")
            params.append(date_to)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return self._select(f"{where} ORDER BY date DESC, lower(pack_title), block_index", params)

    def _select(self, tail: str, params: Sequence[object]) -> list[Vote]:
        # a plain read: no write transaction, so a busy catalog never blocks the harvest
        rows = self.catalog.db.execute(f"SELECT {_COLUMNS} FROM votes {tail}", list(params)).fetchall()
        return [_from_row(r) for r in rows]


def _from_row(r: Sequence) -> Vote:
    return Vote(
        run_id=r[1],
        pack_id=r[2],
        pack_title=r[3] or "",
        block_index=int(r[4]),
        block_title=r[5] or "",
        date=r[6] or "",
        options=tuple(json.loads(r[7] or "[]")),
        counts=tuple(json.loads(r[8] or "[]")),
        modified=float(r[9] or 0),
    )


# -- in the harvest's exports -------------------------------------------------------------------


def vote_heading(vote: Vote) -> str:
    """``<pack title> · <block title> · <date>``."""
    pack = vote.pack_title or _("Zonder pakket")
    return " · ".join(p for p in (pack, vote.block_title, vote.date) if p)


def votes_markdown(votes: Sequence[Vote]) -> list[str]:
    """The votes as Markdown lines (nothing without votes)."""
    if not votes:
        return []
    lines = [f"# {_('Stemmingen')}", ""]
    for vote in votes:
        lines += [f"## {vote_heading(vote)}", ""]
        for index, option in enumerate(vote.options):
            share = round(vote.share(index) * 100)
            lines.append(f"- {option}: {vote.counts[index]} ({share} %)")
        lines += ["", _("Totaal: {n} handen").format(n=vote.total), ""]
    return lines


def vote_html(vote: Vote) -> str:
    """One vote as report HTML: a bar per option, with its hands and share."""
    rows = []
    for index, option in enumerate(vote.options):
        width = max(1, round(vote.share(index) * 100))
        bar = (
            f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="{width}%" bgcolor="#123b5c">&nbsp;</td><td></td></tr></table>'
        )
        rows.append(
            f"<tr><td width='34%'>{escape(option)}</td><td width='50%'>{bar}</td>"
            f"<td align='right'>{vote.counts[index]} ({round(vote.share(index) * 100)} %)</td></tr>"
        )
    total = escape(_("Totaal: {n} handen").format(n=vote.total))
    return (
        f"<h1>{escape(_('Stemming'))}</h1><p class='lead'>{escape(vote_heading(vote))}</p>"
        f"<table class='agenda' width='100%' cellspacing='0'>{''.join(rows)}</table><p>{total}</p>"
    )


class RunVotes:
    """The votes of one run as the presenter uses them: the current block's, and saving a change."""

    def __init__(self, store: VoteStore, session: WorkshopSession, library: Library) -> None:
        self.store = store
        self.session = session
        self.library = library
        self.by_block = store.of_run(session.run_id)

    def current(self) -> Vote | None:
        """The vote of the current block (options from its story questions when none were typed)."""
        s = self.session
        block = s.current_block
        if block is None or block.kind != "vote":
            return None
        vote = self.by_block.get(s.block)
        if vote is not None:
            return vote
        options = block.options or story_options(block, self.library)
        return Vote(s.run_id, s.block, options, (), s.pack.id, s.pack.title, block.title)

    def set_count(self, option: int, count: int) -> Vote | None:
        """Store ``count`` hands for ``option`` of the current vote; return the stored vote."""
        vote = self.current()
        if vote is None or not 0 <= option < len(vote.options):
            return None
        stored = self.store.save(vote.with_count(option, count))
        self.by_block[stored.block_index] = stored
        return stored

    def add_hand(self, option: int) -> Vote | None:
        """One more hand for ``option`` of the current vote."""
        vote = self.current()
        if vote is None or not 0 <= option < len(vote.options):
            return None
        return self.set_count(option, vote.counts[option] + 1)
