"""Pure queries for the Territoires page: values of an indicator by region and department, and
the count of news items by place.

Maps of values (`place_values`) take only figures whose place IS the region or department:
never communes or companies added up, never the former Franche-Comté (FR-FC, a
`former_region`) standing for Bourgogne-Franche-Comté; several sources for one place and year
are reconciled like a series point (`dashboard.queries.reconcile`). A place without a figure
has a null value, shown as "pas de donnée", never 0.

News counts (`region_counts`, `department_counts`) count distinct items naming a place in a
region or department; they are their own view, titled as such.

The grid positions below are a hand-made schematic of metropolitan France, not geometry;
overseas regions (shown when they have a value) and any unknown region go to the bottom row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import polars as pl

from dashboard import queries
from dashboard.i18n import label_column
from dashboard.view import View

FOCUS_REGION = "FR-BFC"
METRICS = ("values", "news")
MAP_INDICATORS = ("jobs", "companies", "establishments", "revenue")
MAP_STATUSES = ("official", "secondary", "reported")  # never candidate or rejected figures

# code -> (row, col, short label) in the tile grid (row 0 at the top).
TILE_GRID: dict[str, tuple[int, int, str]] = {
    "FR-HDF": (0, 2, "HDF"),
    "FR-NOR": (1, 1, "NOR"),
    "FR-IDF": (1, 2, "IDF"),
    "FR-GES": (1, 3, "GES"),
    "FR-BRE": (2, 0, "BRE"),
    "FR-PDL": (2, 1, "PDL"),
    "FR-CVL": (2, 2, "CVL"),
    "FR-BFC": (2, 3, "BFC"),
    "FR-NAQ": (3, 1, "NAQ"),
    "FR-ARA": (3, 2, "ARA"),
    "FR-OCC": (4, 1, "OCC"),
    "FR-PAC": (4, 2, "PAC"),
    "FR-COR": (4, 3, "COR"),
    "FR-20R": (4, 3, "COR"),  # Corsica's ISO 3166-2 code
}


def _counts_by_code(obs: pl.DataFrame, items: pl.DataFrame, metric: str) -> pl.DataFrame:
    if metric == "news":
        return (
            items.select(pl.col("geo").explode().alias("code")).drop_nulls().group_by("code").len()
        )
    return obs.group_by(pl.col("geo").cast(pl.String).alias("code")).len()


def region_counts(
    obs: pl.DataFrame, items: pl.DataFrame, region_of: Mapping[str, str], metric: str
) -> dict[str, int]:
    """Region code -> number of observations, or of distinct news items naming a place in it."""
    lookup = pl.DataFrame(
        {"code": list(region_of), "region": list(region_of.values())},
        schema={"code": pl.String, "region": pl.String},
    )
    if metric == "news":
        pairs = items.select("news_id", pl.col("geo").alias("code")).explode("code")
        counted = (
            pairs.join(lookup, on="code").unique(["news_id", "region"]).group_by("region").len()
        )
    else:
        counted = (
            _counts_by_code(obs, items, metric)
            .join(lookup, on="code")
            .group_by("region")
            .agg(pl.col("len").sum())
        )
    return dict(counted.select("region", "len").iter_rows())


def region_tiles(table: pl.DataFrame) -> pl.DataFrame:
    """`table` (one row per region: code, ...) with its tile: short name, row, col."""
    placed, extra = [], 0
    for code in table["code"].to_list():
        if code in TILE_GRID:
            placed.append(TILE_GRID[code])
        else:
            placed.append((5, extra, code.removeprefix("FR-")))
            extra += 1
    return table.with_columns(
        pl.Series("row", [r for r, _, _ in placed], dtype=pl.Int64),
        pl.Series("col", [c for _, c, _ in placed], dtype=pl.Int64),
        pl.Series("short", [s for _, _, s in placed], dtype=pl.String),
    )


def news_by_region(geographies: pl.DataFrame, counts: Mapping[str, int], lang: str) -> pl.DataFrame:
    """code, label, value: news items naming a place in each region (0 is a true zero)."""
    col = label_column(lang)
    shown = pl.col("code").is_in(list(TILE_GRID)) | pl.col("code").is_in(list(counts))
    regions = geographies.filter((pl.col("level") == "region") & shown).sort("code")
    return regions.select(
        "code",
        pl.coalesce(col, "code").alias("label"),
        pl.col("code")
        .replace_strict(dict(counts), default=0, return_dtype=pl.Float64)
        .alias("value"),
    )


def department_counts(
    geographies: pl.DataFrame,
    obs: pl.DataFrame,
    items: pl.DataFrame,
    region_of: Mapping[str, str],
    region: str,
    metric: str,
    lang: str,
) -> pl.DataFrame:
    """label, value for each department of `region` (communes counted in their department)."""
    col = label_column(lang)
    geo = geographies.select("code", "level", "parent", col)
    in_region = [c for c, r in region_of.items() if r == region]
    depts = geo.filter((pl.col("level") == "department") & pl.col("code").is_in(in_region))
    dept_codes = set(depts["code"].to_list())
    parent = dict(zip(geo["code"].to_list(), geo["parent"].to_list(), strict=True))
    totals: dict[str, int] = {}
    for code, n in _counts_by_code(obs, items, metric).iter_rows():
        cur = code
        for _ in range(3):
            if cur in dept_codes:
                totals[cur] = totals.get(cur, 0) + n
                break
            cur = parent.get(cur)
            if cur is None:
                break
    return pl.DataFrame(
        [
            (label or code, totals.get(code, 0))
            for code, label in depts.select("code", col).iter_rows()
        ],
        schema={"label": pl.String, "value": pl.Int64},
        orient="row",
    )


@dataclass(frozen=True)
class PlaceValues:
    """One indicator at one level for one year: a value per place (null: no figure)."""

    table: pl.DataFrame  # code, label, value (Float64, null = no data), status, period
    rows: pl.DataFrame  # the source rows behind the values (source_id, period, ...)
    year: int | None
    unit: str

    @property
    def filled(self) -> int:
        return int(self.table["value"].is_not_null().sum())

    @property
    def total(self) -> int:
        return self.table.height


def exact_rows(
    obs: pl.DataFrame, geographies: pl.DataFrame, indicator: str, segment: str, level: str
) -> pl.DataFrame:
    """Yearly whole-sector figures of `indicator` whose place is exactly a `level` place."""
    codes = geographies.filter(pl.col("level") == level)["code"].to_list()
    # The indicator first (a categorical equality over every row), the rest on what is left.
    return obs.filter(pl.col("indicator") == indicator).filter(
        (pl.col("segment") == segment)
        & pl.col("geo").cast(pl.String).is_in(codes)
        & pl.col("entity").is_null()
        & pl.col("status").cast(pl.String).is_in(list(MAP_STATUSES))
        & (pl.col("period").cast(pl.String).str.len_chars() == 4)
    )


def map_years(
    obs: pl.DataFrame, geographies: pl.DataFrame, indicator: str, segment: str, level: str
) -> list[int]:
    """Years with at least one figure at exactly that level, latest last."""
    rows = exact_rows(obs, geographies, indicator, segment, level)
    return sorted({int(p) for p in rows["period"].cast(pl.String).to_list()})


def map_places(
    geographies: pl.DataFrame, level: str, lang: str, region: str | None, with_values: set[str]
) -> pl.DataFrame:
    """code, label of the places a map shows: metropolitan regions (overseas ones only when they
    have a value), or the departments of `region`."""
    col = label_column(lang)
    geo = geographies.filter(pl.col("level") == level)
    if level == "region":
        geo = geo.filter(pl.col("code").is_in(list(TILE_GRID)) | pl.col("code").is_in(with_values))
    elif region is not None:
        geo = geo.filter(pl.col("parent") == region)
    return geo.select("code", pl.coalesce(col, "code").alias("label")).sort("code")


def place_values(
    obs: pl.DataFrame,
    sources: pl.DataFrame,
    geographies: pl.DataFrame,
    view: View,
    level: str,
    region: str | None = None,
    year: int | None = None,
) -> PlaceValues:
    """Values of `view.indicator` by `level` ("region" or "department", the departments of
    `region`) for `year` (every place without a figure that year is null), by default the
    latest year with a figure at that level."""
    rows = exact_rows(obs, geographies, view.indicator, view.segment, level)
    if year is None:
        years = sorted({int(p) for p in rows["period"].cast(pl.String).to_list()})
        year = years[-1] if years else None
    rows = rows.filter(pl.col("period").cast(pl.String) == str(year))
    with_values = set(rows["geo"].cast(pl.String).to_list())
    places = map_places(geographies, level, view.lang, region, with_values)
    values, behind = {}, []
    for code in sorted(with_values & set(places["code"].to_list())):
        one = View(indicator=view.indicator, segment=view.segment, geo=code, start=year, end=year)
        selected = queries.select_rows(rows, sources, one)
        point = queries.reconcile(selected)
        if point.height:
            values[code] = (point["value"][0], point["status"][0])
            behind.append(selected)
    table = places.with_columns(
        pl.col("code").replace_strict({c: v for c, (v, _) in values.items()}, default=None,
                                      return_dtype=pl.Float64).alias("value"),
        pl.col("code").replace_strict({c: s for c, (_, s) in values.items()}, default=None,
                                      return_dtype=pl.String).alias("status"),
        pl.lit(str(year) if year else None, pl.String).alias("period"),
    )  # fmt: skip
    mapped = pl.concat(behind, how="diagonal_relaxed") if behind else rows.clear()
    units = (
        mapped["unit"].drop_nulls().cast(pl.String)
        if mapped.height
        else pl.Series([], dtype=pl.String)
    )
    return PlaceValues(table, mapped, year, units.mode().sort()[0] if units.len() else "")
