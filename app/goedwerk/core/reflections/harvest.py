"""The harvest of reflections: tag counts, and exports as Markdown, CSV and report HTML.

The PDF report itself is drawn by ``goedwerk.paper.report_pdf`` from ``report_parts``.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from goedwerk.core.content.render import escape
from goedwerk.core.errors import ExportError
from goedwerk.core.i18n import _, ngettext
from goedwerk.core.packs.html import Part
from goedwerk.core.packs.labels import format_date
from goedwerk.core.packs.operations import is_valid_date
from goedwerk.core.paths import atomic_write
from goedwerk.core.reflections.store import PROMPT_FIELDS, PROMPTS, Labels, Reflection
from goedwerk.core.reflections.valuesort import COLUMN_LABELS, COLUMNS, ValueSort, format_mean
from goedwerk.core.workshop.votes import Vote, vote_html, votes_markdown


def tag_counts(reflections: Iterable[Reflection]) -> tuple[Counter[str], Counter[str]]:
    """How many reflections named each theme and each value."""
    themes: Counter[str] = Counter()
    values: Counter[str] = Counter()
    for reflection in reflections:
        themes.update(set(reflection.themes))
        values.update(set(reflection.values))
    return themes, values


def top(counts: Counter[str], limit: int = 8) -> list[tuple[str, int]]:
    """The ``limit`` most frequent tags: count descending, then alphabetical."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


# -- exports -----------------------------------------------------------------------------------


def heading(reflection: Reflection) -> str:
    """``<pack title> · <scope> · <date>``."""
    pack = reflection.pack_title or _("Zonder pakket")
    return " · ".join(p for p in (pack, reflection.scope, reflection.date) if p)


def to_markdown(reflections: Sequence[Reflection], labels: Labels, votes: Sequence[Vote] = ()) -> str:
    """The reflections (and after them the votes) as a Markdown document."""
    lines = [f"# {_('Reflecties')}", ""]
    for r in reflections:
        lines += [f"## {heading(r)}", ""]
        for name in PROMPT_FIELDS:
            if getattr(r, name).strip():
                lines += [f"**{_(PROMPTS[name])}**", "", getattr(r, name).strip(), ""]
        if r.themes:
            lines += [f"**{_('Thema’s')}:** " + ", ".join(labels.theme(t) for t in r.themes), ""]
        if r.values:
            lines += [f"**{_('Waarden')}:** " + ", ".join(labels.value(v) for v in r.values), ""]
        if r.actions:
            lines += [f"**{_('Afspraken')}:**", "", *(f"- {a}" for a in r.actions), ""]
    lines += votes_markdown(votes)
    return "\n".join(lines).rstrip() + "\n"


def to_csv(reflections: Sequence[Reflection], labels: Labels, votes: Sequence[Vote] = ()) -> str:
    """The reflections as CSV (``;``-separated), one row per reflection, then one per vote."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            _("datum"),
            _("pakket"),
            _("pakket-id"),
            _("onderdeel"),
            *(_(prompt) for prompt in PROMPTS.values()),
            _("thema’s"),
            _("waarden"),
            _("afspraken"),
            _("stemming"),
        ]
    )
    for r in reflections:
        writer.writerow(
            [
                r.date,
                r.pack_title,
                r.pack_id or "",
                r.scope,
                *(getattr(r, f) for f in PROMPT_FIELDS),
                ", ".join(labels.theme(t) for t in r.themes),
                ", ".join(labels.value(v) for v in r.values),
                "\n".join(r.actions),
                "",
            ]
        )
    blank = [""] * (len(PROMPTS) + 3)
    for v in votes:
        writer.writerow([v.date, v.pack_title, v.pack_id or "", v.block_title, *blank, v.result_text()])
    return out.getvalue()


def report_parts(
    reflections: Sequence[Reflection],
    labels: Labels,
    sorts: Sequence[ValueSort] = (),
    charts: Mapping[str, str] | None = None,
    votes: Sequence[Vote] = (),
) -> list[Part]:
    """The PDF report as printable parts; ``charts`` maps a sort id to its chart image URL."""
    pages = [reflection_html(r, labels) for r in reflections] or [
        f"<h1>{escape(_('Reflecties'))}</h1><p class='muted'>{escape(_('Geen reflecties.'))}</p>"
    ]
    parts = [Part("reflections", _("Reflecties"), tuple(pages))]
    if sorts:
        sort_pages = tuple(_sort_html(s, labels, (charts or {}).get(s.id)) for s in sorts)
        parts.append(Part("valuesort", _("Waardensortering"), sort_pages))
    if votes:
        parts.append(Part("votes", _("Stemmingen"), tuple(vote_html(v) for v in votes)))
    return parts


def reflection_html(r: Reflection, labels: Labels) -> str:
    """One reflection as an HTML fragment (for the report and the harvest's reading pane)."""
    html = [f"<h1>{escape(r.pack_title or _('Zonder pakket'))}</h1>"]
    when = format_date(r.date) if is_valid_date(r.date or "") else r.date  # written out, as printed
    came_from = _("ingelezen van {source}").format(source=r.source) if r.source else ""
    html.append(f"<p class='lead'>{escape(' · '.join(p for p in (r.scope, when, came_from) if p))}</p>")
    for name in PROMPT_FIELDS:
        text = getattr(r, name).strip()
        if text:
            html.append(f"<p class='prompt'>{escape(_(PROMPTS[name]))}</p>")
            html += [f"<p>{escape(para)}</p>" for para in text.split("\n") if para.strip()]
    for title, tags in (
        (_("Thema’s"), [labels.theme(t) for t in r.themes]),
        (_("Waarden"), [labels.value(v) for v in r.values]),
    ):
        if tags:
            html.append(f"<h3>{escape(title)}</h3><p>{escape(', '.join(tags))}</p>")
    if r.actions:
        items = "".join(f"<li>{escape(a)}</li>" for a in r.actions)
        html.append(f"<h3>{escape(_('Afspraken'))}</h3><ul>{items}</ul>")
    return "\n".join(html)


def _sort_html(sort: ValueSort, labels: Labels, chart: str | None) -> str:
    done = sum(1 for p in sort.participants if sort.is_complete(p))
    count = len(sort.participants)
    summary = ngettext("{n} deelnemer, {done} klaar", "{n} deelnemers, {done} klaar", count)
    summary = summary.format(n=count, done=done)
    html = [
        f"<h1>{escape(_('Waardensortering'))}</h1>",
        f"<p class='lead'>{escape(sort.pack_title or sort.title)} · {escape(summary)}</p>",
    ]
    if chart:
        html.append(f"<p><img src='{escape(chart)}' width='640'></p>")
    nowrap = "style='white-space: nowrap'"
    head = "".join(f"<th width='12%' {nowrap}>{_header(_(COLUMN_LABELS[c]))}</th>" for c in COLUMNS)
    rows = "".join(
        f"<tr><td width='28%'>{escape(labels.value(t.card_id))}</td>"
        + "".join(f"<td align='center'>{n}</td>" for n in t.counts)
        + f"<td align='right'>{escape(format_mean(t.mean))}</td></tr>"
        for t in sort.tallies()
        if t.placed
    )
    html.append(
        f"<table class='agenda' width='100%' cellspacing='0'><tr><th width='28%' {nowrap}>"
        f"{_header(_('Waarde'))}</th>{head}<th width='12%' {nowrap}>{_header(_('Gemiddeld'))}</th></tr>"
        f"{rows}</table>"
    )
    return "\n".join(html)


def _header(label: str) -> str:
    """A column header that breaks between words only ("Meest / belangrijk", never "Belangrijk / er")."""
    return "<br>".join(escape(word) for word in label.split())


def write_text(path: Path, text: str, bom: bool = False) -> None:
    """Write ``text`` as UTF-8 (with a BOM for spreadsheets), atomically via a temporary file."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(_("map {folder} bestaat niet").format(folder=path.parent))
    try:
        atomic_write(path, text, encoding="utf-8-sig" if bom else "utf-8", newline="")
    except OSError as exc:
        raise ExportError(_("kan {path} niet schrijven: {error}").format(path=path, error=exc)) from exc
