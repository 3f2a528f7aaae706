"""Change between two years, one row per series: value at year A, at year B, absolute and
relative change, given only between comparable figures (`dashboard.changes.why_not`: both
exact and produced by the same body); otherwise the reason, never a number.

Year A is the first year of the period shown (`View.start`) and year B its last (`View.end`);
a series without a value in one of them uses its nearest year with data inside the period
(its first or last), and the row says which years it compares. Pure: points in, frame out.
"""

from __future__ import annotations

import polars as pl

from dashboard import changes, charts
from dashboard.data import Package
from dashboard.i18n import t
from dashboard.markers import reason_text
from dashboard.view import View

SCHEMA = {
    "series": pl.String(),
    "unit": pl.String(),
    "year_a": pl.Int32(),
    "value_a": pl.Float64(),
    "year_b": pl.Int32(),
    "value_b": pl.Float64(),
    "change": pl.Float64(),  # value_b - value_a, in the unit
    "change_pct": pl.Float64(),  # relative change in percent
    "reason": pl.String(),  # changes.ROUNDED / changes.PERIMETER, or null
}


def change_row(label: str, unit: str, points: pl.DataFrame, a: int | None, b: int | None) -> dict:
    """One series' row; `points` are reconciled yearly points (`queries.reconcile`)."""
    yearly = points.filter((pl.col("period").str.len_chars() == 4) & pl.col("value").is_not_null())
    if a is not None:
        yearly = yearly.filter(pl.col("year") >= a)
    if b is not None:
        yearly = yearly.filter(pl.col("year") <= b)
    row = dict.fromkeys(SCHEMA) | {"series": label, "unit": unit}
    if yearly.height < 2:  # nothing to compare: the single value, if any, as year B
        if yearly.height:
            row.update(year_b=yearly["year"][0], value_b=yearly["value"][0])
        return row
    first, last = yearly.row(0, named=True), yearly.row(-1, named=True)
    reason = changes.why_not(first, last)
    row.update(year_a=first["year"], value_a=first["value"], year_b=last["year"],
               value_b=last["value"], reason=reason)  # fmt: skip
    if reason is None:
        row["change"] = last["value"] - first["value"]
        if first["value"]:
            row["change_pct"] = (last["value"] / first["value"] - 1) * 100
    return row


def change_table(
    series: list[tuple[str, str, pl.DataFrame]], a: int | None, b: int | None
) -> pl.DataFrame:
    """Rows of (label, unit, points) between years a and b (None: the series' own ends)."""
    return pl.DataFrame([change_row(*s, a, b) for s in series], schema=SCHEMA)


def change_frame(pkg: Package, view: View) -> pl.DataFrame:
    """The change table of a view's series (each compared line), over its period."""
    if view.compared:
        series = [(line.label, line.unit, charts.series_data(pkg, m).points)
                  for m, line in zip(view.members(), charts.compare_lines(pkg, view), strict=True)]  # fmt: skip
    else:
        data = charts.series_data(pkg, view)
        series = [(charts.series_title(pkg, view.with_(mode="level")), data.unit, data.points)]
    return change_table(series, view.start, view.end)


def reason_words(row: dict, lang: str) -> str:
    """Why a row gives no change, in words (empty when it gives one): figures not comparable,
    no value in the period, or a single one."""
    if row["reason"]:
        return reason_text(row["reason"], lang)
    if row["year_a"] is not None:
        return ""
    return t("no_value" if row["year_b"] is None else "few_values", lang)
