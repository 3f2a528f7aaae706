"""Marker styles of series charts and the legend entry each one gets.

One style per status drawn (package 2.0): official figures solid dark circles, figures relayed
by the press solid lighter squares, figures extracted from a news item (verified) hollow
circles; candidates are never drawn. A red ring marks the periods whose sources
disagree, and a cross on the zero line (yoy) or the 100 line (index) marks the periods whose
change is not computed because the figures are not comparable. Every style drawn on a chart
has its legend entry, in the reader's words from the catalogue.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from dashboard.changes import PERIMETER, ROUNDED
from dashboard.i18n import colon, format_period, t


@dataclass(frozen=True)
class MarkerStyle:
    symbol: str
    colour: str


STATUS_STYLES: dict[str, MarkerStyle] = {
    "official": MarkerStyle("circle", "#1f2a44"),
    "secondary": MarkerStyle("square", "#7b8aa8"),
    "reported": MarkerStyle("circle-open", "#b5542d"),
}
RING = MarkerStyle("circle-open", "#c9302c")
NOT_COMPARABLE = MarkerStyle("x-thin-open", "#6c757d")
REASON_WORDS = {ROUNDED: "rounded_figures", PERIMETER: "different_perimeters"}


def reason_text(reason: str | None, lang: str) -> str:
    """`chiffres arrondis` / `périmètres différents` (empty for no reason)."""
    return t(REASON_WORDS[reason], lang) if reason in REASON_WORDS else ""


def status_traces(valued: pl.DataFrame, hover: Callable[[dict], str], lang: str) -> list[dict]:
    """One marker trace per status present in `valued` (points with a `y`), named in words."""
    traces = []
    for status, style in STATUS_STYLES.items():
        part = valued.filter(pl.col("status") == status)
        if part.is_empty():
            continue
        traces.append({
            "type": "scatter", "x": part["period_start"].to_list(), "y": part["y"].to_list(),
            "mode": "markers", "name": t(status, lang), "legendgroup": status,
            "hoverinfo": "text", "hovertext": [hover(r) for r in part.iter_rows(named=True)],
            "marker": {"symbol": style.symbol, "size": 10, "color": style.colour,
                       "line": {"width": 1.5, "color": style.colour}},
        })  # fmt: skip
    return traces


def disagreement_trace(valued: pl.DataFrame, lang: str) -> dict | None:
    """Red rings around the points whose sources disagree (drawn over the status markers)."""
    part = valued.filter(pl.col("disagree").fill_null(False))
    if part.is_empty():
        return None
    return {
        "type": "scatter", "x": part["period_start"].to_list(), "y": part["y"].to_list(),
        "mode": "markers", "name": t("disagree", lang), "hoverinfo": "skip",
        "marker": {"symbol": RING.symbol, "size": 17, "color": RING.colour,
                   "line": {"width": 2.5, "color": RING.colour}},
    }  # fmt: skip


def not_comparable_trace(
    shown: pl.DataFrame, mode: str, sources_by_period: dict[str, str], lang: str
) -> dict | None:
    """Crosses on the reference line (0 for yoy, 100 for index) where a period has a value
    but no change is computed, with the reason in the hover."""
    if mode not in ("yoy", "index") or "reason" not in shown.columns:
        return None
    part = shown.filter(pl.col("reason").is_not_null())
    if part.is_empty():
        return None
    level = 0 if mode == "yoy" else 100
    hover = [
        f"<b>{html.escape(format_period(r['period'], lang))}</b>{colon(lang)}"
        f"{t('not_comparable', lang)} ({reason_text(r['reason'], lang)})"
        f"<br>{sources_by_period.get(r['period'], '')}"
        for r in part.iter_rows(named=True)
    ]
    return {
        "type": "scatter", "x": part["period_start"].to_list(), "y": [level] * part.height,
        "mode": "markers", "name": t("not_comparable", lang), "hoverinfo": "text",
        "hovertext": hover,
        "marker": {"symbol": NOT_COMPARABLE.symbol, "size": 11, "color": NOT_COMPARABLE.colour,
                   "line": {"width": 2, "color": NOT_COMPARABLE.colour}},
    }  # fmt: skip
