"""Pure queries on the news tables: filter the list, place items on a time axis, highlight figures.

Inputs: `news_items`, `news_figures`
and the region lookup of the package. Outputs: frames for the news list, the news that bear on
one chart (`relevant_news`, with labels for its annotations), and text pieces for highlighting. News text is only ever returned as
plain strings; the pages render it as text, never as HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

import polars as pl

from dashboard.i18n import format_period, format_published, format_value, lang_of, lang_param
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
                ("lang", lang_param(self.lang)),
            )
            if v
        ]  # fmt: skip
        return urlencode(pairs)


def parse_news_filter(
    query: str | Mapping[str, object] | None, regions: set[str], departments: set[str]
) -> tuple[NewsFilter, list[Notice]]:
    """Validate the news page's query parameters; unknown values are dropped with a notice."""
    params = query_to_dict(query)
    f, notices = NewsFilter(lang=lang_of(params.get("lang"))), []
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


@dataclass(frozen=True)
class ChartScope:
    """What a series chart is about, for choosing its news.

    `observation_ids`: the rows the chart draws (a news figure feeding one of them makes its
    item relevant). `topics`: the fine topics its indicator lists (`indicators.topics`).
    `places`: codes inside the chart's place (itself included); None for a country chart, which
    only takes items that name no place below the country (see `relevant_news`).
    """

    observation_ids: frozenset[str]
    topics: frozenset[str]
    places: frozenset[str] | None
    start: date | None = None
    end: date | None = None


def places_inside(geographies: pl.DataFrame, region_of: Mapping[str, str], geo: str) -> frozenset:
    """`geo` and every code inside it: by the parent chain, and a former region (Franche-Comté)
    inside the region it merged into. Used for news only: maps never add places up."""
    parent = dict(zip(geographies["code"].to_list(), geographies["parent"].to_list(), strict=True))
    inside = {geo}
    for code in parent:
        cur, seen = code, 0
        while cur is not None and seen < 6:
            if cur == geo or region_of.get(cur) == geo:
                inside.add(code)
                break
            cur, seen = parent.get(cur), seen + 1
    return frozenset(inside)


def relevant_news(
    items: pl.DataFrame, figures: pl.DataFrame, scope: ChartScope, national: frozenset[str]
) -> pl.DataFrame:
    """The items that bear on one chart: news_id, published_on, published_precision, title, url.

    An item belongs to the chart when one of its figures feeds a row the chart draws, or when
    it carries one of the indicator's fine topics and is about the chart's place: a place
    inside it (a commune item belongs to its department's and region's charts), or, for a
    country chart, no place at all below the country (`national` = the country codes). So a
    local company item reaches the French chart only through a figure of that chart: Lip's
    1950 workforce in Besançon never sits on French revenue.
    """
    cols = ["news_id", "published_on", "published_precision", "title", "url", "outlet"]
    if items.is_empty():
        return items.select(cols).clear()
    fed = figures.filter(pl.col("observation_id").is_in(list(scope.observation_ids)))["news_id"]
    topical = pl.col("topics").list.eval(pl.element().is_in(list(scope.topics))).list.any()
    named = pl.concat_list(pl.col("geo").fill_null([]), pl.col("places").fill_null([]))
    if scope.places is None:
        about = named.list.eval(pl.element().is_in(list(national)).not_()).list.any().not_()
    else:
        about = named.list.eval(pl.element().is_in(list(scope.places))).list.any()
    cond = pl.col("news_id").is_in(fed.unique().implode()) | (
        topical.fill_null(False) & about.fill_null(False)
    )
    cond &= pl.col("published_on").is_not_null()
    if scope.start:
        cond &= pl.col("published_on") >= scope.start
    if scope.end:
        cond &= pl.col("published_on") <= scope.end
    return (
        items.lazy()
        .select(*cols, "topics", "geo", "places")  # texts not copied
        .filter(cond)
        .sort("published_on", "news_id")
        .select(cols)
        .collect()
    )


def short_title(title: str, limit: int = 28) -> str:
    """A title cut at a word to fit a chart label, with `…` when cut."""
    title = " ".join((title or "").split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return (cut or title[: limit - 1]) + "…"


def news_marks(news: pl.DataFrame, figures: pl.DataFrame, lang: str) -> pl.DataFrame:
    """`relevant_news` rows with what a chart shows of them: `label` (date · short title) and an
    escaped `hover` (title, outlet, date, figures)."""
    figs = figures.filter(pl.col("news_id").is_in(news["news_id"].implode()))
    by_item: dict[str, list[str]] = {}
    for r in figs.iter_rows(named=True):
        if r["value"] is not None:
            shown = format_value(r["value"], r["unit"] or "", lang)
            by_item.setdefault(r["news_id"], []).append(f"• {html.escape(shown)}")
    labels, hover = [], []
    for r in news.iter_rows(named=True):
        day = format_published(r["published_on"], r.get("published_precision"), lang)
        month = format_period(r["published_on"].isoformat()[:7], lang)  # the hover has the day
        labels.append(f"{month} · {short_title(r['title'] or '')}")
        hover.append(
            f"<b>{html.escape(r['title'] or '')}</b><br>{html.escape(r['outlet'] or '')}, {day}"
            + ("<br>" + "<br>".join(by_item[r["news_id"]][:5]) if r["news_id"] in by_item else "")
        )
    return news.with_columns(
        pl.Series("label", labels, dtype=pl.String), pl.Series("hover", hover, dtype=pl.String)
    )
