"""Pure figure builders: small polars frames in, `plotly.graph_objects.Figure` out.

Every figure gets the same frame: a title, the unit on the value axis, French separators
(`separators=", "` gives `3 000` and `1,5`) unless the view is English, and a source line under
the plot naming the sources with their years and the last update of the package
(`dashboard.citations`; the full list rides in `layout.meta.cadran_footer` for images). Gaps
stay gaps: line traces never connect missing periods. Official figures are solid markers,
figures reported by the press are hollow ones.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

import plotly.graph_objects as go
import polars as pl

from dashboard import markers
from dashboard.i18n import (
    colon,
    format_change,
    format_index,
    format_period,
    format_value,
    plotly_separators,
    scale_for,
    t,
    unit_label,
)

INK, ACCENT, WARN, MUTED = "#1f2a44", "#b5542d", "#c9302c", "#6c757d"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"


@dataclass(frozen=True)
class Frame:
    """Texts around a figure: title, unit shown on the axis, source line, language."""

    title: str
    unit: str
    source_line: str
    lang: str = "fr"
    footer: tuple[str, ...] = ()  # every source, for images (`layout.meta.cadran_footer`)


TITLE_SIZE = 18  # plotly's title size for the 13 px layout font (1.4 times it)
HALF_CARD_TITLE_CHARS = 42  # title characters a half-width card holds at TITLE_SIZE (1280 px)


def fitted_title_size(title: str, chars: int = HALF_CARD_TITLE_CHARS, smallest: int = 11) -> int:
    """A title size that keeps `title` on one line in a card holding `chars` characters at
    TITLE_SIZE: plotly titles never wrap, a long one runs past the card's edge."""
    return max(smallest, min(TITLE_SIZE, TITLE_SIZE * chars // max(len(title), 1)))


def base_layout(frame: Frame) -> dict:
    """Layout shared by every figure: look, separators, title and the source line."""
    return {
        "title": {"text": html.escape(frame.title), "x": 0, "xanchor": "left"},
        "separators": plotly_separators(frame.lang),
        "font": {"family": FONT, "color": INK, "size": 13},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "margin": {"l": 60, "r": 20, "t": 70, "b": 75},
        "hoverlabel": {"align": "left"},
        "legend": {"orientation": "h", "y": 1.0, "x": 1, "xanchor": "right", "yanchor": "bottom"},
        "yaxis": {"gridcolor": "#e9ecef", "zerolinecolor": "#ced4da"},
        "meta": {"cadran_footer": [html.escape(line) for line in frame.footer]},
        "annotations": [
            {
                "text": html.escape(frame.source_line),
                "xref": "paper", "yref": "paper", "x": 0, "y": 0, "yshift": -45,
                "xanchor": "left", "yanchor": "top", "showarrow": False,
                "font": {"size": 11, "color": MUTED},
            }
        ],
    }  # fmt: skip


def styled(fig: go.Figure, frame: Frame) -> go.Figure:
    """Apply the common look, French number separators, title, unit and source line."""
    layout = base_layout(frame)
    layout["annotations"] = [*fig.layout.annotations, *layout["annotations"]]
    fig.update_layout(layout)
    return fig


def empty_figure(frame: Frame, message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=html.escape(message), showarrow=False, font={"size": 15})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return styled(fig, frame)


def _hover_by_period(rows: pl.DataFrame, unit: str, lang: str) -> dict[str, str]:
    """Period -> lines listing every source's value and status (escaped for plotly)."""
    out: dict[str, list[str]] = {}
    for r in rows.iter_rows(named=True):
        approx = f"{t('approx', lang)} " if r["approximate"] else ""
        who = html.escape(r.get("publisher_name") or r["publisher"] or "?")  # never an id
        line = f"• {who}{colon(lang)}{approx}{format_value(r['value'], unit, lang)} ({t(r['status'], lang)})"
        out.setdefault(r["period"], []).append(line)
    return {k: "<br>".join(v) for k, v in out.items()}


def value_axis(unit: str, mode: str, points: pl.DataFrame, lang: str) -> tuple[float, str]:
    """Divisor applied to values and the axis title (`M€`, `%`, `indice, base 100 en 2015`)."""
    if mode == "yoy":
        return 1.0, t("yoy", lang)
    if mode == "index":
        return 1.0, t("index", lang)
    biggest = points["value"].abs().max() if points.height else 0
    divisor, shown = scale_for(unit, float(biggest or 0), lang)
    return divisor, shown if divisor != 1.0 or shown != unit else unit_label(unit, lang)


def series_figure(
    points: pl.DataFrame,
    rows: pl.DataFrame,
    news: pl.DataFrame | None,
    frame: Frame,
    raw_unit: str,
    mode: str = "level",
) -> go.Figure:
    """Line with gaps, solid official / hollow reported markers, all sources in the hover.

    `points` come from `queries.transform` (gaps as null rows), `rows` from
    `queries.select_rows`, `news` (optional) has news_id, published_on, title, hover.
    """
    lang = frame.lang
    skipped = "reason" in points.columns and points["reason"].drop_nulls().len() > 0
    if points.filter(pl.col("value").is_not_null()).is_empty() and not skipped:
        return empty_figure(frame, t("no_data", lang))  # (periods not compared are marked)
    divisor, y_title = value_axis(raw_unit, mode, points, lang)
    band = news is not None and news.height > 0
    hover_rows = _hover_by_period(rows, raw_unit, lang)
    pts = points.with_columns((pl.col("value") / divisor).alias("y"))
    traces: list[dict] = [
        {"type": "scatter", "x": pts["period_start"].to_list(), "y": pts["y"].to_list(),
         "mode": "lines", "connectgaps": False, "line": {"color": INK, "width": 2},
         "hoverinfo": "skip", "showlegend": False, "name": "series"},
    ]  # fmt: skip
    valued = pts.filter(pl.col("y").is_not_null())
    traces += markers.status_traces(
        valued, lambda r: _point_hover(r, divisor, raw_unit, mode, lang, hover_rows), lang
    )
    extra = (
        markers.disagreement_trace(valued, lang),
        markers.not_comparable_trace(pts, mode, hover_rows, lang),
    )
    traces += [trace for trace in extra if trace]
    layout = base_layout(frame)
    layout["yaxis"].update(
        title={"text": html.escape(y_title)},
        rangemode="tozero" if mode == "level" else "normal",
        tickformat=",~f",  # grouped thousands (3 000 in French), no trailing zeros
    )
    if mode == "level" and divisor == 1.0 and raw_unit == "percent":
        layout["yaxis"]["ticksuffix"] = " %"
    if band:
        assert news is not None
        x_range = (
            pts["period_start"].min(),
            max(pts["period_start"].max(), news["published_on"].max()),
        )
        marks, notes = news_layer(news, lang, x_range)
        traces.append(marks)
        layout["annotations"] = [*notes, *layout["annotations"]]
        layout["yaxis"]["domain"] = [0.34, 1]
        layout["yaxis2"] = {"domain": [0, 0.24], "range": [-0.1, 1], "visible": False,
                            "fixedrange": True}  # fmt: skip
    return go.Figure({"data": traces, "layout": layout})


NEWS_LABELS = 6  # labelled news items on one chart; the others are counted in "+N"
NEWS_ROWS = 4  # label rows above the news markers
PLOT_PX = 860  # plot width assumed when placing labels (the app's chart card, a 16:9 image)


def _label_px(text: str) -> float:
    return 6.0 * len(text) + 10  # 10 px labels, with a little padding


def place_labels(
    days: list[date], labels: list[str], x_range: tuple[date, date]
) -> list[tuple[int, int, str]]:
    """(item index, row, xanchor) of the labels that fit, at most NEWS_LABELS, none
    overlapping: each label goes to the first row where it clears its left neighbour; the
    latest items win when there are more than fit (they are read first)."""
    lo, hi = x_range
    span = max((hi - lo).days, 1)
    taken: list[list[tuple[float, float]]] = [[] for _ in range(NEWS_ROWS)]
    placed: list[tuple[int, int, str]] = []
    for i in sorted(range(len(days)), key=lambda k: days[k], reverse=True):
        if len(placed) == NEWS_LABELS:
            break
        x = (days[i] - lo).days / span * PLOT_PX
        width = _label_px(labels[i])
        anchor = "left" if x + width <= PLOT_PX else "right"
        box = (x, x + width) if anchor == "left" else (x - width, x)
        for row in range(NEWS_ROWS):
            if all(box[1] + 6 < a or box[0] > b + 6 for a, b in taken[row]):
                taken[row].append(box)
                placed.append((i, row, anchor))
                break
    return sorted(placed)


def news_layer(
    news: pl.DataFrame, lang: str, x_range: tuple[date, date]
) -> tuple[dict, list[dict]]:
    """Markers of the chart's news (hover, click: customdata = news_id, a legend entry) and
    their labels (`date · short title`) as annotations that do not collide, plus `+N` for
    the items left unlabelled. `news` has news_id, published_on, label, hover."""
    days = news["published_on"].to_list()
    labels = news["label"].to_list()
    marks = {
        "type": "scatter", "x": days, "y": [0] * news.height, "yaxis": "y2",
        "mode": "markers", "name": t("news_related", lang), "hoverinfo": "text",
        "hovertext": news["hover"].to_list(), "customdata": news["news_id"].to_list(),
        "marker": {"symbol": "diamond", "size": 10, "color": ACCENT},
        "meta": {"cadran_role": "news"},
    }  # fmt: skip
    placed = place_labels(days, labels, x_range)
    notes = [
        {"x": days[i], "y": 0, "xref": "x", "yref": "y2", "text": html.escape(labels[i]),
         "showarrow": True, "arrowhead": 0, "arrowwidth": 1, "arrowcolor": ACCENT,
         "ax": 0, "ay": -(14 + 16 * row), "xanchor": anchor, "yanchor": "bottom",
         "font": {"size": 10, "color": INK}, "bgcolor": "rgba(255,255,255,0.85)",
         "captureevents": True, "name": f"news:{news['news_id'][i]}"}
        for i, row, anchor in placed
    ]  # fmt: skip
    hidden = news.height - len(placed)
    if hidden:
        notes.append({
            "x": 1, "y": 1, "xref": "paper", "yref": "y2 domain", "xanchor": "right",
            "yanchor": "top", "showarrow": False, "font": {"size": 10, "color": ACCENT},
            "text": html.escape(t("more_news", lang).format(n=hidden)), "name": "news:more",
        })  # fmt: skip
    return marks, notes


STATUS_SYMBOLS = {s: style.symbol for s, style in markers.STATUS_STYLES.items()}


def _point_hover(
    r: dict, divisor: float, unit: str, mode: str, lang: str, hover_rows: dict[str, str]
) -> str:
    """Hover of one point: the stored value (`r["value"]`, not the axis `y`) through the formatter."""
    if mode == "yoy":
        shown = format_change(r["value"], lang)
    elif mode == "index":
        shown = format_index(r["value"], lang)
    else:
        shown = format_value(r["value"], unit, lang)
    flag = f"<br><b>{t('disagree', lang)}</b>" if r["disagree"] else ""
    return f"<b>{format_period(r['period'], lang)}</b>{colon(lang)}{shown}{flag}<br>{hover_rows.get(r['period'], '')}"


def _blend(share: float) -> str:
    """Colour between a pale and a dark blue for a share in [0, 1]."""
    lo, hi = (236, 242, 250), (24, 62, 122)
    r, g, b = (round(a + (z - a) * share) for a, z in zip(lo, hi, strict=True))
    return f"rgb({r},{g},{b})"


NO_DATA_FILL = "#f1f3f5"


def _note(text: str) -> dict:
    """A line above the plot (coverage: `1 région sur 13 renseignée`)."""
    return {"text": html.escape(text), "xref": "paper", "yref": "paper", "x": 0, "y": 1,
            "xanchor": "left", "yanchor": "bottom", "showarrow": False,
            "font": {"size": 12, "color": MUTED}, "name": "coverage"}  # fmt: skip


def tile_map_figure(
    tiles: pl.DataFrame, frame: Frame, focus: str | None = None, note: str = ""
) -> go.Figure:
    """Tile-grid map: one square per region at (row, col), shaded by `value`, labelled with its
    short name and `text` (the value as read, or "pas de donnée" on a pale tile for a null).
    Squares are shapes in data units, so they scale with the chart; a colour bar titled with
    the unit and a "no data" legend entry explain the shades.

    `tiles` has code, label, short, row, col, value (null: no figure), text, hover.
    No geometry, no tiles, no network.
    """
    values = tiles["value"].to_list()
    known = [v for v in values if v is not None]
    top = max(known, default=0) or 1
    codes, rows, cols = tiles["code"].to_list(), tiles["row"].to_list(), tiles["col"].to_list()
    shapes = [
        {"type": "rect", "x0": c - 0.46, "x1": c + 0.46, "y0": -r - 0.46, "y1": -r + 0.46,
         "fillcolor": NO_DATA_FILL if v is None else _blend(v / top), "layer": "below",
         "line": {"width": 4 if code == focus else 1,
                  "color": ACCENT if code == focus else "#adb5bd",
                  "dash": "dot" if v is None else "solid"}}
        for code, r, c, v in zip(codes, rows, cols, values, strict=True)
    ]  # fmt: skip
    labels = [
        f"{html.escape(short)}<br>{_tile_text(text)}"
        for short, text in zip(tiles["short"], tiles["text"], strict=True)
    ]
    trace = {
        "type": "scatter", "x": cols, "y": [-r for r in rows], "mode": "markers+text",
        "text": labels, "hovertext": tiles["hover"].to_list(), "hoverinfo": "text",
        "textfont": {"size": [12 if v is not None else 10 for v in values],
                     "color": [MUTED if v is None else _ink_on(v, top) for v in values]},
        "customdata": codes, "marker": {"symbol": "square", "size": 40, "opacity": 0},
        "showlegend": False, "name": "tiles",
    }  # fmt: skip
    scale = {
        "type": "scatter", "x": [None], "y": [None], "mode": "markers", "showlegend": False,
        "hoverinfo": "skip", "name": "scale",
        "marker": {"color": [0, top], "cmin": 0, "cmax": top, "showscale": bool(known),
                   "colorscale": [[0, _blend(0)], [1, _blend(1)]],
                   "colorbar": {"title": {"text": html.escape(frame.unit)}, "thickness": 12,
                                "len": 0.6, "tickformat": ",~f"}},
    }  # fmt: skip
    traces = [trace, scale]
    if any(v is None for v in values):
        traces.append({
            "type": "scatter", "x": [None], "y": [None], "mode": "markers",
            "name": t("no_value", frame.lang), "hoverinfo": "skip",
            "marker": {"symbol": "square", "size": 14, "color": NO_DATA_FILL,
                       "line": {"color": "#adb5bd", "width": 1}},
        })  # fmt: skip
    layout = base_layout(frame)
    if note:
        layout["annotations"] = [_note(note), *layout["annotations"]]
    layout.update(
        shapes=shapes,
        height=520,
        xaxis={"visible": False, "range": [-0.6, max(cols, default=0) + 0.6]},
        yaxis={"visible": False, "range": [-max(rows, default=0) - 0.6, 0.6], "scaleanchor": "x"},
    )
    layout["legend"] = {**layout["legend"], "y": 0, "yanchor": "top", "x": 1}
    return go.Figure({"data": traces, "layout": layout})


def _tile_text(text: str) -> str:
    """A tile's second line, broken at the middle space when it would not fit a small tile
    (`pas de<br>donnée`); values (`3 870`, `1,2 Md€`) stay on one line."""
    if len(text) <= 9 or " " not in text:
        return html.escape(text)
    middle = len(text) / 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return f"{html.escape(text[:cut])}<br>{html.escape(text[cut + 1 :])}"


def bar_figure(frame_data: pl.DataFrame, frame: Frame, note: str = "") -> go.Figure:
    """Horizontal bars of `label` by `value`, each labelled with `text` (the value as read, or
    "pas de donnée" where there is no figure: no bar, never a 0). Largest first."""
    if frame_data.is_empty():
        return empty_figure(frame, t("no_data", frame.lang))
    data = frame_data.sort("value", nulls_last=False)
    if "text" not in data.columns:
        data = data.with_columns(pl.col("value").cast(pl.String).alias("text"))
    known = data["value"].drop_nulls()
    fig = go.Figure(
        go.Bar(
            x=data["value"].fill_null(0).to_list(),
            y=data["label"].to_list(),
            text=[html.escape(x or "") for x in data["text"].to_list()],
            textposition="outside",
            cliponaxis=False,
            orientation="h",
            marker={"color": INK},
            hovertext=[
                html.escape(f"{a}{colon(frame.lang)}{b}")
                for a, b in data.select("label", "text").iter_rows()
            ],
            hoverinfo="text",
            name="bars",
            showlegend=False,
        )
    )
    layout = base_layout(frame)
    if note:
        layout["annotations"].insert(0, _note(note))
    fig.update_layout(layout)
    top = float(known.max()) if known.len() else 1.0
    fig.update_xaxes(title_text=html.escape(frame.unit), tickformat=",~f", rangemode="tozero",
                     range=[0, top * 1.35],  # room for the labels
                     showticklabels=bool(known.len()))  # no scale without a value  # fmt: skip
    return fig


def _ink_on(value: float, top: float) -> str:
    """White labels on dark tiles, dark labels on light ones."""
    return "white" if value / top > 0.55 else INK
