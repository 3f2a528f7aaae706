"""Reported news figures -> observations (status `reported`), merged and checked.

Input: figure rows whose status is `reported` (indicator, value, period, geo, segment,
entity, news_id, offsets, item date) and the statistics table observations. Output: an
OBSERVATIONS frame and, per figure id, the observation it feeds.

- The same figure in several items (same indicator, period, geo, segment and entity, values
  within 0.5 %) is one observation: `source_id` and `locator` are the earliest item's,
  `cited_by` lists every item.
- A reported observation more than 0.5 % away from an official or secondary table figure with
  the same indicator, period, geo, segment and entity gets `conflicts_with` = those ids.
Ids are stable: a hash of the key and of the earliest item's value, so re-running the build
or adding a later item that repeats the figure keeps the id.
"""

from __future__ import annotations

import hashlib
from typing import Any

import polars as pl

from etl.schema import OBSERVATIONS
from etl.stats.source import period_start

TOLERANCE = 0.005
TABLE_STATUSES = ("official", "secondary")  # figures read from statistics tables
KEY = ("indicator", "period", "geo", "segment", "entity")


def close(a: float, b: float, tolerance: float = TOLERANCE) -> bool:
    """Values agree within `tolerance` of the larger magnitude."""
    scale = max(abs(a), abs(b))
    return scale == 0 or abs(a - b) <= tolerance * scale


def locator(news_id: str, start: int, end: int) -> str:
    """RFC 5147-style pointer to the span in the item text."""
    return f"news:{news_id}#char={start},{end}"


def _clusters(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Rows grouped by key, then by value agreement with the group's earliest row."""
    by_key: dict[tuple, list[dict[str, Any]]] = {}
    for row in sorted(rows, key=lambda r: (str(r["published_on"] or ""), r["news_id"], r["start"])):
        by_key.setdefault(tuple(row[k] for k in KEY), []).append(row)
    out: list[list[dict[str, Any]]] = []
    for group in by_key.values():
        clusters: list[list[dict[str, Any]]] = []
        for row in group:
            home = next((c for c in clusters if close(c[0]["value"], row["value"])), None)
            if home is None:
                clusters.append([row])
            else:
                home.append(row)
        out.extend(clusters)
    return out


def _table_index(tables: pl.DataFrame) -> dict[tuple, list[tuple[str, float]]]:
    index: dict[tuple, list[tuple[str, float]]] = {}
    cols = [*KEY, "observation_id", "value"]
    rows = tables.filter(pl.col("status").is_in(TABLE_STATUSES)).select(cols)
    for row in rows.iter_rows(named=True):
        index.setdefault(tuple(row[k] for k in KEY), []).append(
            (row["observation_id"], row["value"])
        )
    return index


def repeats_table(row: dict[str, Any], tables: pl.DataFrame) -> bool:
    """Whether `row` repeats a statistics-table figure exactly: same indicator, period, place,
    segment and entity, and the table's value written at the news figure's precision (a news
    item writes 3 912 000 000 as "3,9 milliards")."""
    if row.get("value_max") is not None or not all(row.get(k) for k in ("indicator", "period")):
        return False
    match = tables.filter(
        pl.col("status").is_in(TABLE_STATUSES),
        *[pl.col(k).is_null() if row.get(k) is None else pl.col(k) == row[k] for k in KEY],
    )
    return any(same_at_precision(row["value"], v) for v in match["value"].to_list())


def same_at_precision(news: float, table: float) -> bool:
    """`table` rounded to the significant digits `news` is written with (at least two: "3 000"
    is not a repeat of 3 300) equals `news`."""
    if news == table:
        return True
    if news == 0 or table == 0:
        return False
    digits = max(2, len(f"{abs(news):.15g}".replace(".", "").replace("-", "").strip("0")))
    return float(f"{table:.{digits}g}") == float(f"{news:.{digits}g}")


def reported_observations(
    rows: list[dict[str, Any]], tables: pl.DataFrame, units: dict[str, str]
) -> tuple[pl.DataFrame, dict[str, str]]:
    """(observations, figure_id -> observation_id) for the reported figure rows."""
    index = _table_index(tables)
    records: list[dict[str, Any]] = []
    feeds: dict[str, str] = {}
    for cluster in _clusters(rows):
        first = cluster[0]
        key = "|".join(str(first[k] or "") for k in KEY)
        oid = "obs-" + hashlib.sha1(f"news|{key}|{first['value']!r}".encode()).hexdigest()[:16]
        conflicts = sorted(
            {
                o
                for o, v in index.get(tuple(first[k] for k in KEY), [])
                if not close(v, first["value"])
            }
        )
        cited = sorted({r["news_id"] for r in cluster})
        records.append(
            {
                "observation_id": oid,
                "indicator": first["indicator"],
                "value": first["value"],
                "unit": units[first["indicator"]],
                "period": first["period"],
                "period_start": period_start(first["period"]),
                "geo": first["geo"],
                "segment": first["segment"],
                "entity": first["entity"],
                "approximate": any(r["approximate"] for r in cluster),
                "status": "reported",
                "source_id": first["news_id"],
                "locator": locator(first["news_id"], first["start"], first["end"]),
                "original_text": first["span"],
                "note": f"selon {first['cited_source']}" if first.get("cited_source") else None,
                "ref": first["figure_id"],
                "cited_by": cited,
                "conflicts_with": conflicts,
            }
        )
        for r in cluster:
            feeds[r["figure_id"]] = oid
    frame = pl.DataFrame(records or None, schema=OBSERVATIONS.schema)
    return OBSERVATIONS.conform(frame), feeds
