"""PowerPoint deck of a view (python-pptx): title slide, one native chart per chart, news digest.

Input: the package, an `ExportScope` and chart ids (default: every registered chart that has
data for the view). Output: a 16:9 .pptx whose charts are NATIVE PowerPoint charts (editable
data sheet, French number formats on the value axis and data labels) with the chart's source
line as a footnote, and a last slide listing the period's news items with links.

Series charts (the table has a `period` column) become line charts of the values the dashboard
shows (`dashboard.queries.series` + `transform`, gaps left empty); count charts (`label`,
`value`) become clustered columns.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Emu, Inches, Pt

from dashboard import citations, queries
from dashboard.charts import (
    CHARTS,
    compare_lines,
    marks_line,
    note_line,
    series_news,
    series_sources,
)
from dashboard.citations import SourceUse
from dashboard.compare import PALETTE
from dashboard.data import Package
from dashboard.exports.atomic import write_bytes_atomic
from dashboard.exports.formats import change_format, column_format, index_format
from dashboard.exports.scope import (
    EmptyViewError,
    ExportError,
    ExportScope,
    news_in_scope,
    scope_label,
    scope_rows,
)
from dashboard.figures import NEWS_LABELS
from dashboard.i18n import colon, format_date, format_published, t
from dashboard.view import View

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
INK = RGBColor(0x1F, 0x2A, 0x44)
MUTED = RGBColor(0x6C, 0x75, 0x7D)
ACCENT = RGBColor(0xB5, 0x54, 0x2D)
MAX_NEWS = 8


@dataclass(frozen=True)
class ChartSlide:
    """What one slide shows: a native chart's categories, values and format."""

    chart_id: str
    title: str
    kind: str  # "line" or "bar"
    categories: list[str]
    values: list[float | None]
    number_format: str
    footnote: str
    sources: tuple[SourceUse, ...] = ()
    news: tuple[tuple[str, str], ...] = ()  # (label, url) of the news annotations
    hidden_news: int = 0  # relevant items beyond the labelled ones
    note: str = ""  # why a chart with fewer than two values is there
    lang: str = "fr"
    lines: tuple[tuple[str, tuple[float | None, ...]], ...] = ()  # compared series (name, values)
    log: bool = False  # logarithmic value axis (`scale=log`, never for year-on-year changes)
    subtitle: str = ""  # the reader's subtitle (`subtitle=`) and marks (`marks=`), under the title
    marks: tuple[tuple[int, int, str], ...] = ()  # the reader's marks, drawn over the chart


def _series_view(chart_id: str, view: View) -> View:
    """The view a series chart draws: `headline` always shows the default series."""
    if chart_id == "headline":
        return View(mode=view.mode, base=view.base, start=view.start, end=view.end,
                    lang=view.lang)  # fmt: skip
    return view


def chart_slide(pkg: Package, chart_id: str, view: View) -> ChartSlide | None:
    """The slide content of `chart_id`, or None when the chart has no data for the view; a
    series chart carries the reader's words (subtitle, marks, note before the sources)."""
    spec = _chart_slide(pkg, chart_id, view)
    if spec is None or spec.kind != "line" or chart_id != "sector":
        return spec
    under = " · ".join(x for x in (view.subtitle or "", marks_line(view)) if x)
    foot = f"{note_line(view)} · {spec.footnote}" if view.note else spec.footnote
    return replace(spec, subtitle=under, footnote=foot, marks=view.marks)


def _chart_slide(pkg: Package, chart_id: str, view: View) -> ChartSlide | None:
    chart = CHARTS[chart_id]
    table = chart.table(pkg, view)
    if table.is_empty():
        return None
    lang = view.lang
    title = chart.title(pkg, view)
    if "period" in table.columns and chart_id == "sector" and view.compared:
        return _compare_slide(pkg, view, title)
    if "period" in table.columns:
        sview = _series_view(chart_id, view)
        points, rows = queries.series(pkg["observations"], pkg["sources"], sview)
        shown = queries.transform(points, sview.mode, sview.base).points
        unit = rows["unit"].mode().sort()[0] if rows.height else ""
        values = shown["value"].to_list()
        fmt = {"yoy": change_format(lang), "index": index_format()}.get(
            sview.mode, column_format(unit, values, lang)
        )
        uses = chart.sources(pkg, view)
        foot = citations.source_line(uses, pkg.updated_on, lang)
        news, hidden = _news_labels(pkg, chart_id, sview)
        return ChartSlide(chart_id, title, "line", shown["period"].to_list(), values, fmt, foot,
                          tuple(uses), news, hidden, lang=lang,
                          log=view.scale == "log" and sview.mode != "yoy")  # fmt: skip
    data = table.filter(pl.col("value").fill_null(0) != 0).sort("value", descending=True)
    if data.is_empty():
        return None  # every count is zero: nothing to show
    label = "label" if "label" in data.columns else data.columns[0]
    uses = chart.sources(pkg, view)
    foot = citations.source_line(uses, pkg.updated_on, lang)
    return ChartSlide(
        chart_id, title, "bar", [str(x) for x in data[label].to_list()],
        [float(v) if v is not None else None for v in data["value"].to_list()], "#,##0", foot,
        tuple(uses), lang=lang,
    )  # fmt: skip


def _compare_slide(pkg: Package, view: View, title: str) -> ChartSlide:
    """A compared view: one native line per series over the union of their periods."""
    lines = compare_lines(pkg, view)
    periods = sorted({p for line in lines for p in line.points["period"].to_list()})
    series = []
    for line in lines:
        values = dict(line.points.select("period", "value").iter_rows())
        series.append((line.label, tuple(values.get(p) for p in periods)))
    every = [v for _, vals in series for v in vals]
    fmt = {"yoy": change_format(view.lang), "index": index_format()}.get(
        view.mode, column_format(lines[0].unit if lines else "", every, view.lang)
    )
    uses = series_sources(pkg, view)
    foot = citations.source_line(uses, pkg.updated_on, view.lang)
    return ChartSlide("sector", title, "line", periods, every, fmt, foot, tuple(uses),
                      lang=view.lang, lines=tuple(series),
                      log=view.scale == "log" and view.mode != "yoy")  # fmt: skip


def _news_labels(pkg: Package, chart_id: str, view: View) -> tuple[tuple, int]:
    """The chart's news annotations as (label, url), the latest NEWS_LABELS, and how many more."""
    if chart_id != "sector":
        return (), 0
    news = series_news(pkg, view)
    if news is None:
        return (), 0
    latest = news.sort("published_on", descending=True).head(NEWS_LABELS).sort("published_on")
    shown = tuple((r["label"], r["url"] or "") for r in latest.iter_rows(named=True))
    return shown, news.height - len(shown)


def values_held(spec: ChartSlide) -> int:
    return sum(v is not None for v in spec.values)


def _text(slide, left, top, width, height, text: str, size: int, color=INK, bold=False):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text = text
    run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, color
    return box


def _add_chart_slide(prs, spec: ChartSlide) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
    _text(slide, Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8), spec.title, 26, bold=True)
    data = CategoryChartData(number_format=spec.number_format)
    data.categories = spec.categories
    for name, values in spec.lines or ((spec.title[:250], spec.values),):
        data.add_series(name, values)
    kind = XL_CHART_TYPE.LINE_MARKERS if spec.kind == "line" else XL_CHART_TYPE.COLUMN_CLUSTERED
    frame = slide.shapes.add_chart(kind, Inches(0.5), Inches(1.2), Inches(12.3), Inches(5.4), data)
    chart = frame.chart
    if spec.marks and spec.kind == "line":
        _fix_plot_area(chart)
    chart.has_legend = bool(spec.lines)
    if spec.lines:
        chart.legend.position, chart.legend.include_in_layout = XL_LEGEND_POSITION.BOTTOM, False
    chart.has_title = False  # the slide title says it
    chart.font.size = Pt(12)
    axis = chart.value_axis
    axis.tick_labels.number_format = spec.number_format
    axis.tick_labels.number_format_is_linked = False
    axis.has_major_gridlines = True
    if spec.log:  # python-pptx has no property for it: <c:logBase> opens <c:scaling>
        base = OxmlElement("c:logBase")
        base.set("val", "10")
        axis._element.find(qn("c:scaling")).insert(0, base)
    plot = chart.plots[0]
    if spec.kind == "line" and spec.lines:
        for i, series in enumerate(plot.series):
            colour = RGBColor.from_string(PALETTE[i % len(PALETTE)].lstrip("#"))
            series.smooth = False
            series.format.line.color.rgb = colour
            series.marker.style, series.marker.size = XL_MARKER_STYLE.CIRCLE, 7
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = colour
            series.marker.format.line.color.rgb = colour
    elif spec.kind == "line":
        plot.series[0].smooth = False
        plot.series[0].format.line.color.rgb = INK
        plot.series[0].marker.style, plot.series[0].marker.size = XL_MARKER_STYLE.CIRCLE, 7
    else:
        plot.series[0].format.fill.solid()
        plot.series[0].format.fill.fore_color.rgb = INK
        plot.has_data_labels = True
        plot.data_labels.number_format = spec.number_format
        plot.data_labels.number_format_is_linked = False
    under = " · ".join(x for x in (spec.subtitle, spec.note) if x)
    if under:
        _text(slide, Inches(0.5), Inches(0.95), Inches(12.3), Inches(0.3), under, 12, MUTED)
    if spec.marks and spec.kind == "line":
        _draw_marks(slide, frame, spec)
    if spec.news:
        _news_line(slide, spec)
    _text(slide, Inches(0.5), Inches(6.95), Inches(12.3), Inches(0.4), spec.footnote, 11, MUTED)


# Where the plot area (the axes' inside) sits in the chart frame, as fractions of the frame: set
# explicitly so that the reader's marks can be drawn over the right categories.
PLOT_AREA = {"x": 0.08, "y": 0.08, "w": 0.9, "h": 0.74}
MARK_FILL = RGBColor(0xAD, 0xB5, 0xBD)
MARK_TEXT = RGBColor(0x49, 0x50, 0x57)


def _fix_plot_area(chart) -> None:
    """A manual inner layout for the plot area, and categories centred in their slots
    (`crossBetween`), so a year's slot on the slide is known without rendering."""
    plot_area = chart._chartSpace.find(qn("c:chart")).find(qn("c:plotArea"))
    for old in plot_area.findall(qn("c:layout")):
        plot_area.remove(old)
    layout, manual = OxmlElement("c:layout"), OxmlElement("c:manualLayout")
    for tag, val in (("layoutTarget", "inner"), ("xMode", "edge"), ("yMode", "edge"),
                     *((k, str(v)) for k, v in PLOT_AREA.items())):  # fmt: skip
        el = OxmlElement(f"c:{tag}")
        el.set("val", val)
        manual.append(el)
    layout.append(manual)
    plot_area.insert(0, layout)
    val_ax = plot_area.find(qn("c:valAx"))
    if val_ax.find(qn("c:crossBetween")) is None:
        between = OxmlElement("c:crossBetween")
        between.set("val", "between")
        val_ax.find(qn("c:crosses")).addnext(between)


def mark_slots(categories: list[str], first: int, last: int) -> tuple[int, int] | None:
    """The first and last category index a mark of years `first`..`last` covers (a category
    is a year or starts with one), or None when the chart shows none of those years."""
    held = [i for i, c in enumerate(categories) if c[:4].isdigit() and first <= int(c[:4]) <= last]
    return (held[0], held[-1]) if held else None


def _draw_marks(slide, frame, spec: ChartSlide) -> None:
    """Each mark as a light band over its years' slots of the plot area, its label at the top
    (alternating two heights, as in the images), on top of the native chart."""
    left = frame.left + int(frame.width * PLOT_AREA["x"])
    top = frame.top + int(frame.height * PLOT_AREA["y"])
    width, height = int(frame.width * PLOT_AREA["w"]), int(frame.height * PLOT_AREA["h"])
    step = width / len(spec.categories)
    for i, (first, last, label) in enumerate(spec.marks):
        slots = mark_slots(spec.categories, first, last)
        if slots is None:
            continue
        x0, x1 = left + int(step * slots[0]), left + int(step * (slots[1] + 1))
        band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, x0, top, x1 - x0, height)
        band.name = f"mark:{i}"
        band.fill.solid()
        band.fill.fore_color.rgb = MARK_FILL
        alpha = OxmlElement("a:alpha")
        alpha.set("val", "25000")  # 25 % opaque: the lines stay readable under it
        band.fill._xPr.find(qn("a:solidFill"))[0].append(alpha)
        band.line.fill.background()
        band.shadow.inherit = False
        box = _text(slide, x0, top + Inches(0.05 + 0.3 * (i % 2)), max(x1 - x0, Inches(1.6)),
                    Inches(0.3), label, 11, MARK_TEXT)  # fmt: skip
        box.name = f"mark-label:{i}"
        box.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT


def _news_line(slide, spec: ChartSlide) -> None:
    """The chart's news annotations under it: `Actualités liées : mars 2025 · Titre… ; …`,
    each label a link to its item, `+N autres` when more are relevant."""
    lang = spec.lang
    box = slide.shapes.add_textbox(Inches(0.5), Inches(6.6), Inches(12.3), Inches(0.35))
    frame = box.text_frame
    frame.word_wrap = True
    para = frame.paragraphs[0]
    head = para.add_run()
    head.text = f"{t('news_related', lang)}{colon(lang)}"
    head.font.size, head.font.bold, head.font.color.rgb = Pt(11), True, ACCENT
    for i, (label, url) in enumerate(spec.news):
        run = para.add_run()
        run.text = ("" if i == 0 else " ; ") + label
        run.font.size, run.font.color.rgb = Pt(11), INK
        if url.startswith(("http://", "https://")):
            run.hyperlink.address = url
    if spec.hidden_news:
        more = para.add_run()
        more.text = f" {t('more_news', lang).format(n=spec.hidden_news)}"
        more.font.size, more.font.color.rgb = Pt(11), ACCENT


SOURCES_PER_SLIDE = 14


def _add_sources_slides(prs, slides: list[ChartSlide], lang: str) -> None:
    """Every source of the deck's charts with its citation (publisher, title, date, URL,
    consulted on), as many slides as needed."""
    seen: dict[str, SourceUse] = {}
    for spec in slides:
        for use in spec.sources:
            seen.setdefault(use.source_id, use)
    uses = list(seen.values())
    for start in range(0, max(len(uses), 1), SOURCES_PER_SLIDE):
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        _text(slide, Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8), t("sources_word", lang),
              26, bold=True)  # fmt: skip
        box = slide.shapes.add_textbox(Inches(0.5), Inches(1.2), Inches(12.3), Inches(6.0))
        frame = box.text_frame
        frame.word_wrap = True
        for i, use in enumerate(uses[start : start + SOURCES_PER_SLIDE]):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            para.space_after = Pt(4)
            run = para.add_run()
            run.text = use.citation
            run.font.size, run.font.color.rgb = Pt(12), INK
            if use.url.startswith(("http://", "https://")):
                run.hyperlink.address = use.url


def _add_news_slide(prs, news: pl.DataFrame, lang: str, related: bool = False) -> None:
    """The scope's news with links: for one series, the chart's news ("Actualités liées")."""
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    word = t("news_related" if related else "news_of_period", lang)
    _text(slide, Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8), word, 26, bold=True)
    box = slide.shapes.add_textbox(Inches(0.5), Inches(1.3), Inches(12.3), Inches(5.6))
    frame = box.text_frame
    frame.word_wrap = True
    if news.is_empty():
        frame.paragraphs[0].add_run().text = t("no_news_period", lang)
        return
    for i, r in enumerate(news.head(MAX_NEWS).iter_rows(named=True)):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.space_after = Pt(8)
        head = para.add_run()
        head.text = f"{format_published(r['published_on'], r.get('published_precision'), lang)} · {r['outlet'] or ''}{colon(lang)}"
        head.font.size, head.font.color.rgb = Pt(14), MUTED
        link = para.add_run()
        link.text = r["title"] or r["url"] or "?"
        link.font.size = Pt(16)
        if r["url"]:
            link.hyperlink.address = r["url"]


def _title_slide_16x9(slide) -> None:
    """The default template's title layout is drawn for 4:3: place its title and subtitle on
    the 16:9 slide (centred, a margin of 0.8 in each side, title above the middle)."""
    left, width = Inches(0.8), WIDTH - Inches(1.6)
    title, sub = slide.shapes.title, slide.placeholders[1]
    title.left, title.top, title.width, title.height = left, Inches(2.0), width, Inches(1.6)
    sub.left, sub.top, sub.width, sub.height = left, Inches(3.8), width, Inches(1.8)
    for para in title.text_frame.paragraphs:
        for run in para.runs:
            run.font.size, run.font.bold, run.font.color.rgb = Pt(40), True, INK
    for para in sub.text_frame.paragraphs:
        for run in para.runs:
            run.font.size, run.font.color.rgb = Pt(20), MUTED


def build_deck(pkg: Package, scope: ExportScope, chart_ids: list[str] | None = None):
    """The presentation object (raises EmptyViewError when no chart has data)."""
    ids = chart_ids or list(CHARTS)
    unknown = [c for c in ids if c not in CHARTS]
    if unknown:
        raise ExportError(f"unknown chart {unknown[0]!r}; known: {', '.join(CHARTS)}")
    slides: list[ChartSlide] = []
    for cid in ids:
        spec = chart_slide(pkg, cid, scope.view)
        if spec is not None and values_held(spec) < 2:
            if chart_ids is None:
                continue  # a single figure is no chart: left out of the default deck
            spec = replace(spec, note=t("few_values", scope.lang).capitalize())
        same = spec is not None and any(
            (s.title, s.categories, s.values) == (spec.title, spec.categories, spec.values)
            for s in slides
        )  # e.g. `headline` when the view already is the headline series
        if spec is not None and not same:
            slides.append(spec)
    if not slides:
        raise EmptyViewError(f"no chart has data for this view ({scope.describe()})")
    lang = scope.lang
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDTH), Emu(HEIGHT)
    first = prs.slides.add_slide(prs.slide_layouts[0])
    first.shapes.title.text = pkg.descriptor.get("title") or "Cadran"
    desc = pkg.descriptor
    first.placeholders[1].text = (
        f"{scope_label(pkg, scope)}\n"
        f"{t('exported_on', lang)} "
        f"{format_date(datetime.now(UTC).date(), lang)} · "
        f"{t('data_package', lang)} "
        f"{desc.get('version', '–')} ({str(desc.get('created', '–'))[:10]})"
    )
    _title_slide_16x9(first)
    for spec in slides:
        _add_chart_slide(prs, spec)
    _add_sources_slides(prs, slides, lang)
    rows = scope_rows(pkg, scope)
    single = None not in (scope.indicator, scope.segment, scope.geo)
    _add_news_slide(prs, news_in_scope(pkg, rows, scope), lang, related=single)
    return prs


def deck_bytes(pkg: Package, scope: ExportScope, chart_ids: list[str] | None = None) -> bytes:
    buf = io.BytesIO()
    build_deck(pkg, scope, chart_ids).save(buf)
    return buf.getvalue()


def write_deck(
    pkg: Package, scope: ExportScope, out: Path, chart_ids: list[str] | None = None
) -> Path:
    return write_bytes_atomic(out, deck_bytes(pkg, scope, chart_ids))
