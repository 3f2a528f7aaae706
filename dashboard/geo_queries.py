"""Pure queries for the Territoires page: counts of figures and news items by region and department.

Inputs: the package's observations, news items, geographies and its `region_of` lookup.
Output: a tile table (code, label, short name, row, col, value, hover) for the tile-grid map of
French regions, and per-department counts for the region in focus (Bourgogne-Franche-Comté by
default). The grid positions below are a hand-made schematic of metropolitan France, not
geometry; overseas regions and any unknown region go to the bottom row.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

FOCUS_REGION = "FR-BFC"
METRICS = ("observations", "news")

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


def region_tiles(
    geographies: pl.DataFrame, counts: Mapping[str, int], lang: str, unit: str
) -> pl.DataFrame:
    """One row per region with its grid position, value and hover text."""
    col = "label_en" if lang == "en" else "label_fr"
    regions = geographies.filter(pl.col("level") == "region").sort("code")
    rows, extra = [], 0
    for code, label in regions.select("code", col).iter_rows():
        if code in TILE_GRID:
            r, c, short = TILE_GRID[code]
        else:
            r, c, short = 5, extra, code.removeprefix("FR-")
            extra += 1
        n = counts.get(code, 0)
        rows.append((code, label or code, short, r, c, n, f"<b>{label}</b><br>{n} {unit}"))
    return pl.DataFrame(
        rows,
        schema={"code": pl.String, "label": pl.String, "short": pl.String, "row": pl.Int64,
                "col": pl.Int64, "value": pl.Int64, "hover": pl.String},
        orient="row",
    )  # fmt: skip


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
    col = "label_en" if lang == "en" else "label_fr"
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
