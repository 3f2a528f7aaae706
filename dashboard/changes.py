"""Changes computed only between comparable figures: year-on-year, index, and card changes.

A series (`queries.series`) already holds its perimeter fixed: one indicator, segment, place
and entity (or the whole segment). Two of its values are comparable when, on top of that:

- neither is approximate: a change between "environ 3 000" and "environ 3 300" says nothing
  a reader can defend (reason `rounded`, "chiffres arrondis");
- both were produced by the same body (`producer`, the body whose figures they are, falling
  back to the publisher in packages older than 2.0): two bodies count companies or jobs each
  in their own way, so the press's 180 companies and a federation's 74 are not a fall of 59 %
  (reason `perimeter`, "périmètres différents").

Otherwise no percentage or index value is given, and the reason travels with the point so the
hover, the card and the description can say why.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

ROUNDED, PERIMETER = "rounded", "perimeter"
REASONS = (ROUNDED, PERIMETER)


def why_not(a: Mapping[str, object], b: Mapping[str, object]) -> str | None:
    """Why the change between points `a` and `b` is not shown (None when it can be)."""
    if a.get("approximate") or b.get("approximate"):
        return ROUNDED
    if (a.get("producer") or "") != (b.get("producer") or ""):
        return PERIMETER
    return None


def _why_not_expr(other_approx: pl.Expr, other_producer: pl.Expr) -> pl.Expr:
    """`why_not` as an expression between each row and the `other_*` values."""
    return (
        pl.when(pl.col("approximate").fill_null(False) | other_approx.fill_null(False))
        .then(pl.lit(ROUNDED))
        .when(pl.col("producer").fill_null("") != other_producer.fill_null(""))
        .then(pl.lit(PERIMETER))
        .otherwise(pl.lit(None, pl.String))
    )


def year_on_year(gapped: pl.DataFrame) -> pl.DataFrame:
    """Percent change against the year just before (gapped annual points, one row per year);
    `reason` says why a year with a value and a previous one gets no change."""
    prev_value = pl.col("value").shift(1)
    both = pl.col("value").is_not_null() & prev_value.is_not_null()
    reason = pl.when(both).then(
        _why_not_expr(pl.col("approximate").shift(1), pl.col("producer").shift(1))
    )
    return gapped.with_columns(reason.alias("reason")).with_columns(
        pl.when(pl.col("reason").is_null())
        .then((pl.col("value") / prev_value - 1) * 100)
        .alias("value")
    )


def index_base(points: pl.DataFrame, asked: int | None) -> int | None:
    """The base year used: the one asked when it has a non-zero value; else the first exact
    year of the producer giving most exact values (so most points get an index); else the
    first year with any non-zero value."""
    valued = points.filter(pl.col("value").is_not_null() & (pl.col("value") != 0))
    if valued.is_empty():
        return None
    years = valued["year"].to_list()
    if asked in years:
        return asked
    exact = valued.filter(~pl.col("approximate").fill_null(False))
    if exact.is_empty():
        return years[0]
    ranked = (
        exact.group_by(pl.col("producer").fill_null(""))
        .agg(pl.len().alias("n"), pl.col("year").min().alias("first"))
        .sort(["n", "first"], descending=[True, False])
    )
    return int(ranked["first"][0])


def index(gapped: pl.DataFrame, points: pl.DataFrame, base: int) -> pl.DataFrame:
    """Values as an index (base year = 100); points not comparable with the base get none."""
    ref = points.filter(pl.col("year") == base).row(0, named=True)
    reason = pl.when(pl.col("value").is_not_null() & (pl.col("year") != base)).then(
        _why_not_expr(pl.lit(ref["approximate"]), pl.lit(ref["producer"], pl.String))
    )
    return gapped.with_columns(reason.alias("reason")).with_columns(
        pl.when(pl.col("reason").is_null()).then(pl.col("value") / ref["value"] * 100)
        .alias("value")
    )  # fmt: skip
