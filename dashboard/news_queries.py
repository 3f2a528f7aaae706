"""Pure queries on the news tables: filter the list, place items on a time axis, highlight figures.

Inputs: `news_items`, `news_figures`
and the region lookup of the package. Outputs: frames for the news list and the news band
under the sector chart, and text pieces for highlighting. News text is only ever returned as
plain strings; the pages render it as text, never as HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

import polars as pl

from dashboard.i18n import format_date, format_value
from dashboard.view import Notice, query_to_dict

TOPICS = ("watchmaking", "economy", "other")
PAGE_SIZE = 20


@dataclass(frozen=True)
class NewsFilter:
    """Filters of the news page, all optional; parsed from the URL query like `View`."""

    region: str | None = None
    department: str | None = None
    topic: str | None = None
    start: date | None = None
    end: date | None = None
    has_figures: bool = False
    q: str = ""
    lang: str = "fr"

    def to_query(self) -> str:
        from urllib.parse import urlencode

        pairs = [
            (k, v)
            for k, v in (
                ("region", self.region), ("department", self.department), ("topic", self.topic),
                ("from", self.start.isoformat() if self.start else None),
                ("to", self.end.isoformat() if self.end else None),
                ("figures", "1" if self.has_figures else None), ("q", self.q or None),
                ("lang", "en" if self.lang == "en" else None),
            )
            if v
        ]  # fmt: skip
        return urlencode(pairs)


def parse_news_filter(
    query: str | Mapping[str, object] | None, regions: set[str], departments: set[str]
) -> tuple[NewsFilter, list[Notice]]:
    """Validate the news page's query parameters; unknown values are dropped with a notice."""
    params = query_to_dict(query)
    f, notices = NewsFilter(lang="en" if params.get("lang") == "en" else "fr"), []
    for key, allowed in (("region", regions), ("department", departments), ("topic", TOPICS)):
        raw = params.get(key)
        if raw:
            if raw in allowed:
                f = replace(f, **{key: raw})
            else:
                notices.append(Notice(key, raw, ""))
    for key, attr in (("from", "start"), ("to", "end")):
        raw = params.get(key)
        if raw:
            try:
                f = replace(f, **{attr: date.fromisoformat(raw)})
            except ValueError:
                notices.append(Notice(key, raw, ""))
    f = replace(f, has_figures=params.get("figures") in ("1", "true"), q=params.get("q", "")[:200])
    return f, notices


def _condition(figures: pl.DataFrame, region_of: Mapping[str, str], f: NewsFilter) -> pl.Expr:
    cond = pl.lit(True)
    if f.department:
        cond &= pl.col("geo").list.contains(f.department)
    if f.region:
        codes = [c for c, r in region_of.items() if r == f.region] + [f.region]
        cond &= pl.col("geo").list.eval(pl.element().is_in(codes)).list.any()
    if f.topic:
        cond &= pl.col("topics").list.contains(f.topic)
    if f.start:
        cond &= pl.col("published_on") >= f.start
    if f.end:
        cond &= pl.col("published_on") <= f.end
    if f.has_figures:
        cond &= pl.col("news_id").is_in(figures["news_id"].unique().implode())
    for word in f.q.split():  # every word, in the title or the text (the lead opens the text)
        pattern = "(?i)" + re.escape(word)
        cond &= pl.col("title").str.contains(pattern) | pl.col("text").str.contains(pattern)
    return cond.fill_null(False)


def matching(
    items: pl.DataFrame, figures: pl.DataFrame, region_of: Mapping[str, str], f: NewsFilter
) -> pl.Series:
    """Row numbers of the items matching every filter, newest first (texts are not copied)."""
    return (
        items.lazy()
        .with_row_index("row")
        .filter(_condition(figures, region_of, f))
        .select("row", "published_on")
        .sort("published_on", descending=True, nulls_last=True, maintain_order=True)
        .collect()["row"]
    )


def filter_news(
    items: pl.DataFrame, figures: pl.DataFrame, region_of: Mapping[str, str], f: NewsFilter
) -> pl.DataFrame:
    """Items matching every filter, newest first."""
    return items[matching(items, figures, region_of, f).to_list()]


def highlight(text: str, item_figures: pl.DataFrame) -> list[tuple[str, str | None]]:
    """Split `text` into (piece, figure_id or None): figure spans become highlighted pieces.

    Offsets `start`/`end` are trusted when they match `span`; otherwise the span is searched.
    """
    marks: list[tuple[int, int, str]] = []
    for r in item_figures.iter_rows(named=True):
        start, end, span = r.get("start"), r.get("end"), r.get("span") or ""
        if start is None or end is None or text[start:end] != span:
            start = text.find(span) if span else -1
            end = start + len(span)
        if start >= 0 and end > start:
            marks.append((start, end, r["figure_id"]))
    pieces, pos = [], 0
    for start, end, fid in sorted(marks):
        if start < pos:
            continue
        if start > pos:
            pieces.append((text[pos:start], None))
        pieces.append((text[start:end], fid))
        pos = end
    if pos < len(text):
        pieces.append((text[pos:], None))
    return pieces


def news_band(
    items: pl.DataFrame,
    figures: pl.DataFrame,
    indicator: str,
    start: date | None,
    end: date | None,
    lang: str,
    limit: int = 400,
) -> pl.DataFrame:
    """News for the sector chart's time axis: items with a figure on the indicator, or about
    watchmaking, within the chart's range; with an escaped hover text (title, date, figures)."""
    if items.is_empty():
        return pl.DataFrame(schema={"news_id": pl.String, "published_on": pl.Date,
                                    "title": pl.String, "hover": pl.String})  # fmt: skip
    with_fig = figures.filter(pl.col("indicator") == indicator)["news_id"].unique().implode()
    cond = pl.col("news_id").is_in(with_fig) | pl.col("topics").list.contains("watchmaking")
    if start:
        cond &= pl.col("published_on") >= start
    if end:
        cond &= pl.col("published_on") <= end
    chosen = (
        items.lazy()
        .select("news_id", "published_on", "title", "outlet", "topics")  # texts not copied
        .filter(cond & pl.col("published_on").is_not_null())
        .sort("published_on", descending=True)
        .head(limit)
        .select("news_id", "published_on", "title", "outlet")
        .collect()
    )
    figs = figures.filter(pl.col("news_id").is_in(chosen["news_id"].implode()))
    by_item: dict[str, list[str]] = {}
    for r in figs.iter_rows(named=True):
        if r["value"] is not None:
            shown = format_value(r["value"], r["unit"] or "", lang)
            by_item.setdefault(r["news_id"], []).append(f"• {html.escape(shown)}")
    hover = [
        f"<b>{html.escape(title or '')}</b><br>{html.escape(outlet or '')}, "
        f"{format_date(day, lang)}"
        + ("<br>" + "<br>".join(by_item[nid][:5]) if nid in by_item else "")
        for nid, day, title, outlet in chosen.iter_rows()
    ]
    return chosen.with_columns(pl.Series("hover", hover, dtype=pl.String)).drop("outlet")
