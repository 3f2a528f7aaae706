"""Pure queries on observations: one series per view, reconciled across sources, gaps kept.

Inputs are polars frames with the package's column names (observations, sources); outputs are
small frames ready for a figure builder or a card. No I/O, no Dash.

Reconciliation for display: among the rows of one period (rejected rows left out), the best
status wins (official, then reported by the press, then candidate); within it the value most
sources agree on; ties go to the source family (same raw file) giving most periods of this
series, so a long consistent series is not broken by a one-off figure with another perimeter,
then to the most recently published source. Every row is kept in
`series_rows` so the hover can list all sources, and `disagree` flags periods whose values
differ by more than half a percent.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import polars as pl

from dashboard.view import View

STATUS_RANK = {"official": 0, "reported": 1, "candidate": 2}
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
}


def select_rows(obs: pl.DataFrame, sources: pl.DataFrame, view: View) -> pl.DataFrame:
    """All usable rows of the view's series (whole segment, not one company), with citations."""
    rows = obs.filter(
        (pl.col("indicator") == view.indicator)
        & (pl.col("segment") == view.segment)
        & (pl.col("geo") == view.geo)
        & pl.col("entity").is_null()
        & pl.col("status").is_in(list(STATUS_RANK))
        & pl.col("period_start").is_not_null()
    ).with_columns(pl.col(pl.Categorical).cast(pl.String))
    cite = sources.select(
        "source_id",
        pl.col("publisher"),
        pl.col("title").alias("source_title"),
        pl.col("url").alias("source_url"),
        pl.col("published_on").alias("source_date"),
        pl.col("raw_path").alias("source_family"),
    )
    return (
        rows.join(cite, on="source_id", how="left")
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
    counted = rows.with_columns(
        pl.len().over("period", "rank", "value").alias("agree"),
        pl.col("period").n_unique().over(family).alias("_family"),
        pl.col("source_date").fill_null(pl.date(1900, 1, 1)).alias("_date"),
    ).sort(
        ["period", "rank", "agree", "_family", "_date"],
        descending=[False, False, True, True, True],
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
    """Points in the asked mode; `base` is the index base year actually used."""

    points: pl.DataFrame
    base: int | None


def transform(points: pl.DataFrame, mode: str, base: int | None = None) -> Transformed:
    """Level, year-on-year change in percent (only against the year just before), or index."""
    gapped = with_gaps(points)
    if mode == "yoy":
        if not annual(points):
            return Transformed(gapped.with_columns(pl.lit(None, pl.Float64).alias("value")), None)
        prev = pl.col("value").shift(1)
        out = gapped.with_columns(((pl.col("value") / prev - 1) * 100).alias("value"))
        return Transformed(out, None)
    if mode == "index":
        valued = points.filter(pl.col("value").is_not_null() & (pl.col("value") != 0))
        if valued.is_empty():
            return Transformed(gapped.with_columns(pl.lit(None, pl.Float64).alias("value")), None)
        years = valued["year"].to_list()
        used = base if base in years else years[0]
        ref = valued.filter(pl.col("year") == used)["value"][0]
        return Transformed(gapped.with_columns(pl.col("value") / ref * 100), used)
    return Transformed(gapped, None)


def series(
    obs: pl.DataFrame, sources: pl.DataFrame, view: View
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(points, rows) of the view: reconciled points and every source row behind them."""
    rows = select_rows(obs, sources, view)
    return reconcile(rows), rows


@dataclass(frozen=True)
class Card:
    """A headline figure with its previous available value, for the overview cards."""

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

    @property
    def change(self) -> float | None:
        if self.value is None or not self.previous_value:
            return None
        return (self.value / self.previous_value - 1) * 100


def latest_card(obs: pl.DataFrame, sources: pl.DataFrame, view: View, unit: str) -> Card:
    """Latest annual value of the view's series, compared with the previous available year."""
    points, rows = series(obs, sources, view)
    points = points.filter(pl.col("period").str.len_chars() == 4)
    if points.is_empty():
        return Card(view.indicator, unit)
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
        source=cite["publisher"][0] if cite.height else None,
        source_url=cite["source_url"][0] if cite.height else None,
    )


def options(frame: pl.DataFrame, codes: Collection[str], lang: str) -> list[dict[str, str]]:
    """Dropdown options for codes that have data, labelled in `lang`, sorted by label."""
    col = "label_en" if lang == "en" else "label_fr"
    used = frame.filter(pl.col("code").is_in(list(codes)))
    return [
        {"label": label or code, "value": code}
        for code, label in sorted(used.select("code", col).iter_rows(), key=lambda r: r[1] or r[0])
    ]
