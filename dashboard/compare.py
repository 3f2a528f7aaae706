"""Compare: several series of one indicator (places, segments, organisations) on one chart.

Each compared series is a `Line`: a label that names only what differs between the series
(`Bourgogne-Franche-Comté`, `Montres`), its unit, its points in the view's mode (gaps kept) and
every source row behind them. `compare_figure` draws the lines in a colour-blind-safe palette
(Okabe and Ito's, without its yellow, too pale on white) with a direct label at each line's
last value instead of a legend, and status markers whose styles have grey legend entries. Lines
of different units are never drawn on one axis: each unit gets its own panel (small
multiples), stacked on a shared time axis.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import plotly.graph_objects as go
import polars as pl

from dashboard import markers
from dashboard.figures import Frame, _hover_by_period, base_layout, empty_figure, value_axis
from dashboard.i18n import colon, format_change, format_index, format_period, format_value, t

# Okabe & Ito (2008) colours, in an order whose neighbours differ most; yellow left out.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
LABEL_PX = 7.0  # width of one character of a direct label (12 px font), for the right margin
KEY_INK = "#495057"  # status legend entries: the shape matters, not the colour
LABEL_GAP = 0.06  # smallest vertical gap between two direct labels, as a share of the axis


@dataclass(frozen=True)
class Line:
    """One compared series."""

    label: str
    unit: str
    points: pl.DataFrame  # `queries.transform(...).points`: period, period_start, value, ...
    rows: pl.DataFrame  # `queries.select_rows`: every source row


def member_label(parts: dict[str, str], varying: tuple[str, ...]) -> str:
    """What tells a line from the others: the labels of the dimensions that vary."""
    return ", ".join(parts[k] for k in varying) or ", ".join(parts.values())


def shown_value(value: float, unit: str, mode: str, lang: str) -> str:
    if mode == "yoy":
        return format_change(value, lang)
    if mode == "index":
        return format_index(value, lang)
    return format_value(value, unit, lang)


def _spread(ys: list[float], lo: float, hi: float, log: bool) -> list[float]:
    """Label positions (axis units) near `ys`, moved apart so no two are closer than
    LABEL_GAP of the axis; on a log axis the gap is taken on the logarithms."""
    if not ys:
        return []
    f = (lambda v: math.log10(v)) if log else (lambda v: v)
    g = (lambda v: 10**v) if log else (lambda v: v)
    span = (f(hi) - f(lo)) or 1.0
    gap = LABEL_GAP * span
    order = sorted(range(len(ys)), key=lambda i: f(ys[i]))
    placed = [f(ys[i]) for i in order]
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + gap)
    out = [0.0] * len(ys)
    for k, i in enumerate(order):
        out[i] = g(placed[k])
    return out


def compare_figure(
    lines: list[Line], frame: Frame, mode: str = "level", log: bool = False
) -> go.Figure:
    """Several labelled lines; one panel per unit when the units differ."""
    lang = frame.lang
    if not any(line.points["value"].drop_nulls().len() for line in lines):
        return empty_figure(frame, t("no_data", lang))
    units = list(dict.fromkeys(line.unit for line in lines))
    layout = base_layout(frame)
    layout["showlegend"] = True
    traces: list[dict] = []
    notes: list[dict] = []
    longest = max(len(line.label) for line in lines)
    gap = 0.08
    height = (1 - gap * (len(units) - 1)) / len(units)
    statuses: set[str] = set()
    for p, unit in enumerate(units):
        axis = "y" if p == 0 else f"y{p + 1}"
        key = "yaxis" if p == 0 else f"yaxis{p + 1}"
        group = [(i, line) for i, line in enumerate(lines) if line.unit == unit]
        allpts = pl.concat([line.points.select("value") for _, line in group])
        divisor, y_title = value_axis(unit, mode, allpts, lang)
        top = 1 - p * (height + gap)
        ax = {"gridcolor": "#e9ecef", "zerolinecolor": "#ced4da", "title": {"text": html.escape(y_title)},
              "tickformat": ",~f", "domain": [max(0.0, top - height), top],
              "anchor": "x"}  # fmt: skip
        if log and mode != "yoy":
            ax["type"] = "log"
        elif mode == "level":
            ax["rangemode"] = "tozero"
        layout[key] = {**layout.get(key, {}), **ax} if p == 0 else ax
        ends: list[tuple[int, object, float]] = []
        for i, line in group:
            colour = PALETTE[i % len(PALETTE)]
            pts = line.points.with_columns((pl.col("value") / divisor).alias("y"))
            hover_rows = _hover_by_period(line.rows, line.unit, lang)
            traces.append({
                "type": "scatter", "x": pts["period_start"].to_list(), "y": pts["y"].to_list(),
                "mode": "lines", "connectgaps": False, "line": {"color": colour, "width": 2.5},
                "hoverinfo": "skip", "showlegend": False, "yaxis": axis,
                "name": line.label, "meta": {"cadran_role": "compare-line"},
            })  # fmt: skip
            valued = pts.filter(pl.col("y").is_not_null())
            for status, style in markers.STATUS_STYLES.items():
                part = valued.filter(pl.col("status") == status)
                if part.is_empty():
                    continue
                statuses.add(status)
                hover = [
                    f"<b>{html.escape(line.label)}</b><br><b>{format_period(r['period'], lang)}</b>"
                    f"{colon(lang)}{shown_value(r['value'], line.unit, mode, lang)}"
                    f"<br>{hover_rows.get(r['period'], '')}"
                    for r in part.iter_rows(named=True)
                ]
                traces.append({
                    "type": "scatter", "x": part["period_start"].to_list(),
                    "y": part["y"].to_list(), "mode": "markers", "yaxis": axis,
                    "name": f"{line.label} · {t(status, lang)}", "showlegend": False,
                    "hoverinfo": "text", "hovertext": hover,
                    "marker": {"symbol": style.symbol, "size": 9, "color": colour,
                               "line": {"width": 1.5, "color": colour}},
                })  # fmt: skip
            if valued.height:
                last = valued.row(-1, named=True)
                ends.append((i, last["period_start"], float(last["y"])))
        notes += _end_labels(lines, ends, axis, log and mode != "yoy")
    for status, style in markers.STATUS_STYLES.items():
        if status in statuses:  # one grey legend entry per marker style drawn
            traces.append({
                "type": "scatter", "x": [None], "y": [None], "mode": "markers",
                "name": t(status, lang), "hoverinfo": "skip", "legendgroup": status,
                "marker": {"symbol": style.symbol, "size": 9, "color": KEY_INK,
                           "line": {"width": 1.5, "color": KEY_INK}},
            })  # fmt: skip
    layout["annotations"] = [*notes, *layout["annotations"]]
    layout["margin"] = {**layout["margin"], "r": min(260, 30 + LABEL_PX * longest)}
    layout["xaxis"] = {"anchor": "y" if len(units) == 1 else f"y{len(units)}"}
    return go.Figure({"data": traces, "layout": layout})


def _end_labels(
    lines: list[Line], ends: list[tuple[int, object, float]], axis: str, log: bool
) -> list[dict]:
    """A label in the line's colour just right of its last value, moved apart from the others
    so none overlaps (on a log axis annotation positions are logarithms)."""
    ys = [y for _, _, y in ends]
    positive = [y for y in ys if y > 0]
    log = log and bool(positive)
    if log:
        ys = [max(y, min(positive)) for y in ys]
    lo, hi = (min(ys), max(ys)) if log else (min(*ys, 0.0), max(*ys, 0.0))
    if hi == lo:
        hi = lo + (abs(lo) or 1.0)
    notes = []
    for (i, x, _), placed in zip(ends, _spread(ys, lo, hi, log), strict=True):
        notes.append({
                "x": x, "y": math.log10(placed) if log else placed,
                "xref": "x", "yref": axis, "xanchor": "left", "yanchor": "middle",
                "xshift": 8, "showarrow": False, "text": html.escape(lines[i].label),
                "font": {"size": 12, "color": PALETTE[i % len(PALETTE)]},
                "name": f"line-label:{i}",
            })  # fmt: skip
    return notes
