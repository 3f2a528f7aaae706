"""Pure queries on observations: one series per view, reconciled across sources, gaps kept.

Inputs are polars frames with the package's column names (observations, sources); outputs are
small frames ready for a figure builder or a card. No I/O, no Dash.

A series is one perimeter: indicator, segment, place, and either the whole segment (rows with
no `entity`) or one organisation (`View.entity`, e.g. France Horlogerie's members); rows
about an organisation never enter a whole-sector series.

Reconciliation for display (package 2.0 contract): among the rows of one period, the best
status wins: official (0), then secondary, i.e. relayed by the press (1), then extracted from a
news item and verified (2); candidates (3, not yet verified) and rejected rows are never drawn.
Among rows of the same rank the latest published source wins; then the value most sources
agree on; then the source family (same raw file) giving most periods of this series; then the
source id, so the choice is stable. Every row is kept in `series_rows` so the hover can list
all sources, and `disagree` flags periods whose values differ by more than half a percent.

Changes (year-on-year, index, the cards' change) are computed only between comparable
points: see `dashboard.changes`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import polars as pl

from dashboard import changes
from dashboard.i18n import label_column
from dashboard.view import View

STATUS_RANK = {"official": 0, "secondary": 1, "reported": 2, "candidate": 3}
# Figures a chart may draw: a candidate (not yet verified) is never on a chart
# (docs/data-package.md), and rejected ones never anywhere.
CHARTED = ("official", "secondary", "reported")
DISAGREE_TOLERANCE = 0.005
POINT_SCHEMA = {
    "period": pl.String(),
    "year": pl.Int32(),
    "period_start": pl.Date(),
    "value": pl.Float64(),
    "status": pl.String(),
    "approximate": pl.Boolean(),
    "n_sources": pl.UInt32(),
    "disagree": pl.Boolean(),
    "producer": pl.String(),  # body that produced the drawn value (comparability)
}


def _citations(sources: pl.DataFrame) -> pl.DataFrame:
    """Citation columns of each source; display names fall back to the verbatim publisher
    (packages older than 2.0, hand-written frames)."""
    has = set(sources.columns)

    def col(name: str) -> pl.Expr:
        return pl.col(name).cast(pl.String) if name in has else pl.lit(None, pl.String)

    published = pl.col("published_on") if "published_on" in has else pl.lit(None)
    return sources.select(
        "source_id",
        pl.col("publisher"),
        pl.coalesce(col("publisher_name"), "publisher").alias("publisher_name"),
        pl.coalesce(col("producer"), col("publisher_name"), "publisher").alias("producer"),
        col("producer_kind").alias("producer_kind"),
        col("title").alias("source_title"),
        col("url").alias("source_url"),
        published.alias("source_date"),
        col("raw_path").alias("source_family"),
    )


def select_rows(obs: pl.DataFrame, sources: pl.DataFrame, view: View) -> pl.DataFrame:
    """All usable rows of the view's series (the whole segment, or the view's entity), with
    their citations."""
    scope = (
        pl.col("entity").is_null()
        if view.entity is None
        else pl.col("entity").cast(pl.String) == view.entity
    )
    rows = obs.filter(
        (pl.col("indicator") == view.indicator)
        & (pl.col("segment") == view.segment)
        & (pl.col("geo") == view.geo)
        & scope
        & pl.col("status").is_in(CHARTED)
        & pl.col("period_start").is_not_null()
    ).with_columns(pl.col(pl.Categorical).cast(pl.String))
    return (
        rows.join(_citations(sources), on="source_id", how="left")
        .with_columns(
            pl.col("period_start").dt.year().cast(pl.Int32).alias("year"),
            pl.col("status").replace_strict(STATUS_RANK, return_dtype=pl.Int8).alias("rank"),
        )
        .filter(_in_range(view))
        .sort("period_start", "rank", "source_id")
    )


def _in_range(view: View) -> pl.Expr:
    expr = pl.lit(True)
    if view.start is not None:
        expr &= pl.col("year") >= view.start
    if view.end is not None:
        expr &= pl.col("year") <= view.end
    return expr


def reconcile(rows: pl.DataFrame) -> pl.DataFrame:
    """One point per period: the displayed value, its status, and a disagreement flag."""
    if rows.is_empty():
        return pl.DataFrame(schema=POINT_SCHEMA)
    family = pl.coalesce("source_family", "source_id")
    producer = pl.col("producer") if "producer" in rows.columns else pl.col("publisher")
    counted = rows.with_columns(
        pl.len().over("period", "rank", "value").alias("_agree"),
        pl.col("period").n_unique().over(family).alias("_family"),
        pl.col("source_date").cast(pl.String).alias("_date"),
        producer.cast(pl.String).alias("_producer"),
    ).sort(
        ["period", "rank", "_date", "_agree", "_family", "source_id"],
        descending=[False, False, True, True, True, False],
        nulls_last=True,
    )
    spread = (pl.col("value").max() - pl.col("value").min()) / pl.max_horizontal(
        pl.col("value").abs().max(), pl.lit(1e-9)
    )
    return (
        counted.group_by("period", maintain_order=True)
        .agg(
            pl.col("year").first(),
            pl.col("period_start").first(),
            pl.col("value").first(),
            pl.col("status").first(),
            pl.col("approximate").first(),
            pl.len().cast(pl.UInt32).alias("n_sources"),
            (spread > DISAGREE_TOLERANCE).alias("disagree"),
            pl.col("_producer").first().alias("producer"),
        )
        .sort("period_start")
        .select(list(POINT_SCHEMA))
        .cast(POINT_SCHEMA)  # type: ignore[arg-type]
    )


def annual(points: pl.DataFrame) -> bool:
    """True when every period is a plain year, so missing years can be shown as gaps."""
    return points.height > 0 and bool(points["period"].str.len_chars().eq(4).all())


def monthly(points: pl.DataFrame) -> bool:
    """True when every period is a month (YYYY-MM)."""
    return points.height > 0 and bool(points["period"].str.len_chars().eq(7).all())


def with_gaps(points: pl.DataFrame) -> pl.DataFrame:
    """Add an empty row for each missing year (or month) so lines break there; a series mixing
    years, months and dates gets an empty row between every two points, so no line joins
    periods of different lengths (never any interpolation)."""
    if points.is_empty():
        return points
    if annual(points):
        years = pl.DataFrame(
            {"year": pl.int_range(points["year"].min(), points["year"].max() + 1, eager=True)}
        ).cast({"year": pl.Int32})
        out = years.join(points, on="year", how="left").with_columns(
            pl.col("period").fill_null(pl.col("year").cast(pl.String)),
            pl.col("period_start").fill_null(pl.date(pl.col("year"), 1, 1)),
        )
        return out.select(list(POINT_SCHEMA)).sort("year")
    if monthly(points):
        months = pl.DataFrame(
            {"period_start": pl.date_range(
                points["period_start"].min(), points["period_start"].max(), "1mo", eager=True)}
        )  # fmt: skip
        out = months.join(points, on="period_start", how="left").with_columns(
            pl.col("period").fill_null(pl.col("period_start").dt.strftime("%Y-%m")),
            pl.col("year").fill_null(pl.col("period_start").dt.year().cast(pl.Int32)),
        )
        return out.select(list(POINT_SCHEMA)).sort("period_start")
    blank = points.clear(points.height).with_columns(
        pl.Series("period_start", points["period_start"].to_list(), dtype=pl.Date)
    )
    return pl.concat([points, blank]).sort("period_start", "value", nulls_last=True)


@dataclass(frozen=True)
class Transformed:
    """Points in the asked mode; `base` is the index base year actually used. In yoy and index
    mode `points` has a `reason` column (`changes.ROUNDED`, `changes.PERIMETER` or null): why
    a period with a value shows no change."""

    points: pl.DataFrame
    base: int | None


def transform(points: pl.DataFrame, mode: str, base: int | None = None) -> Transformed:
    """Level, year-on-year change in percent (only against the year just before), or index;
    changes only between comparable points (`dashboard.changes`)."""
    gapped = with_gaps(points)
    blank = gapped.with_columns(
        pl.lit(None, pl.Float64).alias("value"), pl.lit(None, pl.String).alias("reason")
    )
    if mode == "yoy":
        if not annual(points):
            return Transformed(blank, None)
        return Transformed(changes.year_on_year(gapped), None)
    if mode == "index":
        used = changes.index_base(points, base)
        if used is None:
            return Transformed(blank, None)
        return Transformed(changes.index(gapped, points, used), used)
    return Transformed(gapped, None)


def series(
    obs: pl.DataFrame, sources: pl.DataFrame, view: View
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(points, rows) of the view: reconciled points and every source row behind them."""
    rows = select_rows(obs, sources, view)
    return reconcile(rows), rows


def years_with_data(obs: pl.DataFrame, sources: pl.DataFrame, view: View) -> list[int]:
    """Years holding a value of the view's series, whatever the view's period (for the period
    slider and the base-year list)."""
    rows = select_rows(obs, sources, view.with_(start=None, end=None))
    return sorted(set(rows["year"].drop_nulls().to_list()))


@dataclass(frozen=True)
class Card:
    """A headline figure with its previous available value, for the overview cards.

    `change_reason` (`changes.ROUNDED` or `changes.PERIMETER`) says why no change is given
    when there is a previous value."""

    indicator: str
    unit: str
    period: str | None = None
    value: float | None = None
    previous_period: str | None = None
    previous_value: float | None = None
    approximate: bool = False
    disagree: bool = False
    status: str = "official"
    source: str | None = None
    source_url: str | None = None
    change_reason: str | None = None
    entity: str | None = None

    @property
    def change(self) -> float | None:
        if self.value is None or not self.previous_value or self.change_reason:
            return None
        return (self.value / self.previous_value - 1) * 100


def latest_card(obs: pl.DataFrame, sources: pl.DataFrame, view: View, unit: str) -> Card:
    """Latest annual value of the view's series, compared with the previous available year
    when the two are comparable."""
    points, rows = series(obs, sources, view)
    points = points.filter(pl.col("period").str.len_chars() == 4)
    if points.is_empty():
        return Card(view.indicator, unit, entity=view.entity)
    last = points.row(-1, named=True)
    prev = points.row(-2, named=True) if points.height > 1 else None
    cite = rows.filter(
        (pl.col("period") == last["period"]) & (pl.col("value") == last["value"])
    ).sort("rank")
    return Card(
        indicator=view.indicator,
        unit=unit,
        period=last["period"],
        value=last["value"],
        previous_period=prev["period"] if prev else None,
        previous_value=prev["value"] if prev else None,
        approximate=bool(last["approximate"]),
        disagree=bool(last["disagree"]),
        status=last["status"],
        source=cite["publisher_name"][0] if cite.height else None,
        source_url=cite["source_url"][0] if cite.height else None,
        change_reason=changes.why_not(last, prev) if prev else None,
        entity=view.entity,
    )


def options(frame: pl.DataFrame, codes: Collection[str], lang: str) -> list[dict[str, str]]:
    """Dropdown options for codes that have data, labelled in `lang`, sorted by label."""
    col = label_column(lang)
    used = frame.filter(pl.col("code").is_in(list(codes)))
    return [
        {"label": label or code, "value": code}
        for code, label in sorted(used.select("code", col).iter_rows(), key=lambda r: r[1] or r[0])
    ]
