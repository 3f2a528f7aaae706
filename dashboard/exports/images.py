"""Presentation images of a registered chart: PNG (scale 2), SVG and PDF through kaleido.

Input: the package, a chart id of `dashboard.charts.CHARTS`, a `View`, a format, a size preset
(`16x9` = 1920x1080 px, `4x3` = 1600x1200, `square` = 1080x1080, or `WxH` with 200-4000 px a
side) and a transparent flag. Output: the image bytes. The figure is the dashboard's own (`Chart.build`), re-laid out
for a fixed canvas: its title, a subtitle giving the unit, and its source line kept inside the
image, listing every source with its years (several lines when needed, the bottom margin grows
to hold them). The layout is drawn at half the preset and PNGs are rendered at scale 2, so a 16x9 PNG is
exactly 1920x1080 pixels; SVG and PDF use the same layout (960x540 units).

One kaleido server (one Chromium) is started per process on first use and reused (0.3 s per
image instead of 3-4 s); it loads plotly's French locale from `dashboard/assets/vendor/` so
month names and the modebar-free image text are French.
"""

from __future__ import annotations

import atexit
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

from dashboard.charts import CHARTS, get_chart
from dashboard.data import Package
from dashboard.exports.scope import EmptyViewError, ExportError, values_held
from dashboard.i18n import colon, lang_of, pick, t
from dashboard.view import View

PRESETS: dict[str, tuple[int, int]] = {
    "16x9": (1920, 1080),
    "4x3": (1600, 1200),
    "square": (1080, 1080),
}
FORMATS = ("png", "svg", "pdf")
SCALE = 2
MIN_SIDE, MAX_SIDE = 200, 4000
LOCALE_JS = Path(__file__).resolve().parent.parent / "assets" / "vendor" / "plotly-locale-fr.js"
LOCALE_SWITCH_JS = Path(__file__).resolve().parent / "kaleido_locale.js"

_LOCK = threading.Lock()
_STARTED = False


@dataclass(frozen=True)
class ImageSpec:
    """What to render: format, final pixel size (PNG) and background."""

    fmt: str = "png"
    width: int = 1920
    height: int = 1080
    transparent: bool = False


def parse_size(preset: str) -> tuple[int, int]:
    """`16x9`, `4x3`, `square` or `WIDTHxHEIGHT` in pixels (200 to 4000 each)."""
    if preset in PRESETS:
        return PRESETS[preset]
    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", preset.strip().lower())
    if not match:
        names = ", ".join(PRESETS)
        raise ExportError(f"option --preset: {preset!r} is not one of {names} or WIDTHxHEIGHT")
    w, h = int(match[1]), int(match[2])
    if not (MIN_SIDE <= w <= MAX_SIDE and MIN_SIDE <= h <= MAX_SIDE):
        raise ExportError(f"option --preset: {preset!r}: sides must be {MIN_SIDE}-{MAX_SIDE} px")
    return w, h


def image_spec(fmt: str, preset: str = "16x9", transparent: bool = False) -> ImageSpec:
    if fmt not in FORMATS:
        raise ExportError(f"option --format: {fmt!r} is not one of {', '.join(FORMATS)}")
    return ImageSpec(fmt, *parse_size(preset), transparent)


def ensure_server() -> None:
    """Start the process-wide kaleido server once (French locale script preloaded)."""
    global _STARTED
    with _LOCK:
        if _STARTED:
            return
        import kaleido

        others = [(str(p), "utf-8") for p in (LOCALE_JS, LOCALE_SWITCH_JS) if p.is_file()] or None
        page = kaleido.PageGenerator(mathjax=False, others=others)
        try:
            kaleido.start_sync_server(page_generator=page, silence_warnings=True)
        except Exception as exc:  # choreographer raises several types when Chromium is missing
            raise ExportError(f"cannot start Chromium for images ({exc})") from exc
        atexit.register(kaleido.stop_sync_server, silence_warnings=True)
        _STARTED = True


def stop_server() -> None:
    """Stop the shared server (the CLI does it before exit so Chromium's profile is removed)."""
    global _STARTED
    with _LOCK:
        if not _STARTED:
            return
        import kaleido

        # Closing the pipe can cut Chromium's last message; choreographer then logs a harmless
        # JSON decoding traceback. Nothing is being rendered any more, so keep stderr clean.
        pipe_log = logging.getLogger("choreographer.channels.pipe")
        level = pipe_log.level
        pipe_log.setLevel(logging.CRITICAL)
        try:
            kaleido.stop_sync_server(silence_warnings=True)
        finally:
            pipe_log.setLevel(level)
        _STARTED = False


def _title_text(obj: dict[str, Any] | None) -> str:
    title = (obj or {}).get("title")
    if isinstance(title, dict):
        return str(title.get("text") or "")
    return str(title or "")


def _unit_of(data: dict[str, Any]) -> str:
    """The unit a figure shows: its value axis title, else a colour bar title."""
    layout = data.get("layout", {})
    for axis in ("yaxis", "xaxis"):
        if text := _title_text(layout.get(axis)):
            return text
    for trace in data.get("data", []):
        if text := _title_text((trace.get("marker") or {}).get("colorbar")):
            return text
    return ""


def wrap_line(text: str, budget: int, max_lines: int = 3) -> str:
    """Break a long source line at spaces (`<br>`), at most `max_lines`, ending with `…`."""
    if len(text) <= budget or "<br>" in text:
        return text
    lines, current = [], ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > budget:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], rest[: budget - 1] + "…"]
    return "<br>".join(lines)


LINE_PX = 14  # height of one footer line (11 px text)


def _footer(layout: dict[str, Any], budget: int) -> str:
    """Every source of the chart (`layout.meta.cadran_footer`, set by `dashboard.figures`),
    wrapped to the canvas width: no line is cut, the bottom margin grows to hold them all."""
    meta = layout.get("meta")
    lines = meta.pop("cadran_footer", None) if isinstance(meta, dict) else None
    if not lines:
        return ""
    return "<br>".join(wrap_line(str(line), budget, max_lines=50) for line in lines)


def _fit_news_labels(layout: dict[str, Any], plot_h: float, lang: str) -> None:
    """Drop the news labels whose row would reach the value axis's year labels on a small
    canvas (they stay in the app and the deck); `+N autres` counts them."""
    # the band's zero line is 2 % of the plot above its bottom, the year labels end 24 px under
    # the value axis (34 %), a label is 16 px high
    room = 0.318 * plot_h - 40
    kept, dropped, more = [], 0, None
    for ann in layout.get("annotations", []):
        name = str(ann.get("name") or "")
        if name == "news:more":
            more = ann
        elif name.startswith("news:") and -(ann.get("ay") or 0) > room:
            dropped += 1
            continue
        kept.append(ann)
    if more is not None:  # low in the band, clear of the year labels above it
        more.update(y=0.3, yanchor="bottom")
    if not dropped:
        return
    shown = int(re.search(r"\d+", str(more["text"]))[0]) if more else 0
    if more is None:
        more = {"x": 1, "y": 0.3, "xref": "paper", "yref": "y2 domain", "xanchor": "right",
                "yanchor": "bottom", "showarrow": False, "name": "news:more",
                "font": {"size": 10, "color": "#b5542d"}}  # fmt: skip
        kept.append(more)
    more["text"] = t("more_news", lang).format(n=shown + dropped)
    layout["annotations"] = kept


def _legend_rows(data: dict[str, Any], room: float) -> int:
    """Rows the horizontal legend takes across `room` px (13 px text, symbol and gap)."""
    names = [str(tr.get("name") or "") for tr in data.get("data", [])
             if tr.get("showlegend", True) and tr.get("name")
             and tr.get("type", "scatter") == "scatter" and "marker" in tr]  # fmt: skip
    if not names or data.get("layout", {}).get("showlegend") is False:
        return 0
    rows, used = 1, 0.0
    for name in names:
        entry = 46 + 7.2 * len(name)
        if used and used + entry > room:
            rows, used = rows + 1, 0.0
        used += entry
    return rows


def presentation_layout(
    fig: go.Figure, spec: ImageSpec, lang: str, unit: str | None = None
) -> dict[str, Any]:
    """The figure as a dict laid out for a fixed canvas, with title, unit and source inside."""
    width, height = spec.width / SCALE, spec.height / SCALE
    data = fig.to_dict()  # edited as a dict: no second validation pass by plotly
    layout = data.setdefault("layout", {})
    budget = int((width - 80) / 5.6)  # characters of an 11 px line across the plot
    footer = _footer(layout, budget)
    title = layout.get("title") if isinstance(layout.get("title"), dict) else {}
    # Title wrapped to the canvas (20 px text), then the subtitle, then the legend's rows
    # (estimated from its entries' names), then the plot: nothing drawn over anything.
    title = {**title, "text": wrap_line(str(title.get("text") or ""), int((width - 30) / 10.5))}
    title_lines = str(title["text"]).count("<br>") + 1
    legend_rows = _legend_rows(data, width - 100)
    top = 64 + 44 * (title_lines - 1) + 32 * legend_rows
    bottom = max(64, 26 + LINE_PX * (footer.count("<br>") + 1))
    plot_h = max(40.0, height - top - bottom)
    unit = _unit_of(data) or unit
    word, sep = t("unit", lang), colon(lang)
    layout.update(
        width=width,
        height=height,
        autosize=False,
        margin={"t": top, "b": bottom, "l": 70,  # wider right for direct line labels
                "r": max(30, int((layout.get("margin") or {}).get("r") or 0))},
        title={
            **title, "y": 1 - (12 + 16 * (title_lines - 1)) / height, "yanchor": "top",
            "x": 0.01, "xanchor": "left",
            "font": {**title.get("font", {}), "size": 20},
            "subtitle": {"text": " · ".join(x for x in (  # the reader's subtitle, then the unit
                (title.get("subtitle") or {}).get("text") or "",
                f"{word}{sep}{unit}" if unit else "") if x), "font": {"size": 13}},
        },
        legend={**layout.get("legend", {}), "orientation": "h", "x": 1, "xanchor": "right",
                "y": 1 + 8 / plot_h, "yanchor": "bottom"},
    )  # fmt: skip
    for ann in layout.get("annotations", []):
        below = (ann.get("y") or 0) < 0 or (ann.get("yshift") or 0) < 0  # under the plot
        if ann.get("yref") == "paper" and below:
            ann.update(
                text=footer or wrap_line(str(ann.get("text") or ""), budget), yshift=0,
                y=-(bottom - 6) / plot_h, yanchor="bottom", x=0, xanchor="left", align="left",
            )  # fmt: skip
    if "yaxis2" in layout:  # the news band: keep the label rows that fit under the x axis
        _fit_news_labels(layout, plot_h, lang)
    if spec.transparent:
        layout.update(paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="rgba(0,0,0,0)")
    meta = layout.get("meta")
    if meta is None or isinstance(meta, dict):  # leave a figure's own list/str meta alone
        layout["meta"] = {**(meta or {}), "cadran_locale": lang_of(lang)}
    return data


def render(fig: go.Figure, spec: ImageSpec, lang: str = "fr", unit: str | None = None) -> bytes:
    """Image bytes of `fig` on the spec's canvas (through the shared kaleido server)."""
    import kaleido

    ensure_server()
    opts = {
        "format": spec.fmt,
        "width": spec.width / SCALE,
        "height": spec.height / SCALE,
        "scale": SCALE if spec.fmt == "png" else 1,
    }
    try:
        return kaleido.calc_fig_sync(presentation_layout(fig, spec, lang, unit), opts=opts)
    except Exception as exc:  # kaleido wraps renderer failures in several types
        raise ExportError(f"image rendering failed ({type(exc).__name__}: {exc})") from exc


def chart_figure(pkg: Package, chart_id: str, view: View) -> go.Figure:
    """The registered chart for `view`; unknown ids and empty views raise ExportError."""
    chart = get_chart(chart_id)
    if chart is None:
        raise ExportError(f"unknown chart {chart_id!r}; known: {', '.join(CHARTS)}")
    table = chart.table(pkg, view)
    if table.is_empty():
        raise EmptyViewError(f"chart {chart_id!r} has no data for this view; nothing was written")
    fig = chart.build(pkg, view)
    if values_held(table) < 2:  # say why a single figure is drawn as a chart
        fig.add_annotation(
            text=t("few_values", view.lang).capitalize(), xref="paper", yref="paper", x=1, y=1,
            xanchor="right", yanchor="bottom", showarrow=False, font={"size": 12},
            name="few_values",
        )  # fmt: skip
    return fig


def chart_image(pkg: Package, chart_id: str, view: View, spec: ImageSpec) -> bytes:
    """The chart as an image; count charts (no unit on their axes) say `Unité : nombre`."""
    fallback = t("count", view.lang)
    return render(chart_figure(pkg, chart_id, view), spec, view.lang, fallback)


def chart_list(lang: str = "fr") -> list[tuple[str, str]]:
    """(chart_id, what it shows) for `export chart --list`."""
    return [(cid, pick(c.description, lang)) for cid, c in CHARTS.items()]
