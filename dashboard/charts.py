"""Chart registry: chart_id -> title, description and builders taking (package, view).

This is the one place that knows which charts exist. Pages render them, and the exports
(Excel, PNG, PPTX, `/embed/<chart_id>`) reuse the same entries, so a chart looks the same
everywhere. Each `Chart` offers:

    title(pkg, view) -> str          the chart's title in view.lang
    build(pkg, view) -> go.Figure    the figure (pure: reads the package, never writes)
    describe(pkg, view) -> str       accessible text description of what the chart shows now
    table(pkg, view) -> pl.DataFrame the numbers behind it (one row per source row or tile)

Use `CHARTS[chart_id]` or `get_chart(chart_id)`; views come from `dashboard.view.parse_view`
with `choices_for(pkg)`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

import plotly.graph_objects as go
import polars as pl

from dashboard import citations, compare, geo_queries, markers, news_queries, queries
from dashboard.data import Package
from dashboard.figures import Frame, bar_figure, fitted_title_size, series_figure, tile_map_figure
from dashboard.i18n import (
    colon,
    format_change,
    format_index,
    format_number,
    format_period,
    format_value,
    t,
    unit_label,
    unit_suffix,
)
from dashboard.view import Choices, View


def choices_for(pkg: Package) -> Choices:
    """Codes a view may use: those present in the package's lookup tables."""
    return Choices(
        indicators=frozenset(pkg["indicators"]["code"].to_list()),
        segments=frozenset(pkg["segments"]["code"].to_list()),
        geos=frozenset(pkg["geographies"]["code"].to_list()),
        entities=pkg.derived("entities", lambda: frozenset(
            pkg["observations"]["entity"].drop_nulls().cast(pl.String).to_list())),
    )  # fmt: skip


@dataclass(frozen=True)
class SeriesData:
    """Everything a series chart needs, computed once per (package, view)."""

    view: View
    unit: str
    points: pl.DataFrame  # reconciled, one per period
    shown: queries.Transformed  # in the view's mode, gaps as nulls
    rows: pl.DataFrame  # every source row


def series_data(pkg: Package, view: View) -> SeriesData:
    """Series of a view, computed once per package and view (title, figure and description
    of one chart share it)."""
    if len(pkg.memo) > 512:  # keep the per-package memo small; it is only a cache
        pkg.memo.clear()
    return pkg.derived(("series", view.with_(lang="fr")), lambda: _series_data(pkg, view))


def _series_data(pkg: Package, view: View) -> SeriesData:
    points, rows = queries.series(pkg["observations"], pkg["sources"], view)
    units = rows["unit"].drop_nulls()
    ind = pkg["indicators"].filter(pl.col("code") == view.indicator)["unit"]
    unit = units.mode().sort()[0] if units.len() else (ind[0] if ind.len() else "")
    return SeriesData(view, unit, points, queries.transform(points, view.mode, view.base), rows)


def member_parts(pkg: Package, view: View) -> dict[str, str]:
    """Labels of a single series' perimeter: segment, place and organisation."""
    lang = view.lang
    return {
        "segment": pkg.labels("segments", lang).get(view.segment, view.segment),
        "geo": pkg.labels("geographies", lang).get(view.geo, view.geo),
        "entity": view.entity or t("whole_sector", lang),
    }


def compare_lines(pkg: Package, view: View) -> list[compare.Line]:
    """The compared series of a view, each labelled by what differs from the others."""
    members = view.members()
    varying = tuple(
        k for k, more in (("segment", view.more_segments), ("geo", view.more_geos),
                          ("entity", view.more_entities)) if more
    )  # fmt: skip
    lines = []
    for member in members:
        data = series_data(pkg, member)
        label = compare.member_label(member_parts(pkg, member), varying)
        lines.append(compare.Line(label, data.unit, data.shown.points, data.rows))
    return lines


def series_title(pkg: Package, view: View) -> str:
    lang = view.lang
    if view.title:  # the reader's own title
        return view.title
    if view.compared:
        ind = pkg.labels("indicators", lang).get(view.indicator, view.indicator)
        parts = [member_parts(pkg, m) for m in view.members()]
        shown = [" / ".join(dict.fromkeys(p[k] for p in parts)) for k in ("segment", "geo")]
        if any(m.entity for m in view.members()):
            shown.append(" / ".join(dict.fromkeys(p["entity"] for p in parts)))
        title = f"{ind} – {', '.join(shown)}"
        if view.mode == "yoy":
            title += f" ({t('yoy', lang).lower()})"
        elif view.mode == "index":
            title += f" ({t('index_word', lang)})"
        return title
    ind = pkg.labels("indicators", lang).get(view.indicator, view.indicator)
    seg = pkg.labels("segments", lang).get(view.segment, view.segment)
    geo = pkg.labels("geographies", lang).get(view.geo, view.geo)
    title = f"{ind} – {seg}, {geo}" + (f" – {view.entity}" if view.entity else "")
    if view.mode == "yoy":
        title += f" ({t('yoy', lang).lower()})"
    elif view.mode == "index":
        base = series_data(pkg, view).shown.base
        title += f" ({t('index_word', lang)}, {t('index_base_word', lang)} {base})"
    return title


def chart_frame(pkg: Package, title: str, unit: str, uses: list, lang: str) -> Frame:
    """Title, unit and the sources of a chart: the short citable line and the full list."""
    return Frame(
        title, unit, citations.source_line(uses, pkg.updated_on, lang), lang,
        tuple(citations.footer_lines(uses, pkg.updated_on, lang)),
    )  # fmt: skip


def series_sources(pkg: Package, view: View) -> list[citations.SourceUse]:
    """Every source of the rows behind a series chart (each compared series), cited."""
    rows = pl.concat([series_data(pkg, m).rows for m in view.members()], how="diagonal_relaxed")
    return citations.source_uses(rows, pkg["sources"], view.lang)


def series_news(pkg: Package, view: View) -> pl.DataFrame | None:
    """The news that bear on a series chart, with their labels (None: switched off or none)."""
    data = series_data(pkg, view)
    if not (view.news and pkg.has_news and data.points.height):
        return None
    geos = pkg["geographies"]
    level = dict(zip(geos["code"].to_list(), geos["level"].to_list(), strict=True))
    national = frozenset(c for c, lv in level.items() if lv == "country")
    places = None
    if level.get(view.geo) != "country":
        places = pkg.derived(("places_inside", view.geo), lambda: news_queries.places_inside(
            geos, pkg.region_of, view.geo))  # fmt: skip
    listed = pkg["indicators"].filter(pl.col("code") == view.indicator)["topics"].to_list()
    topics = frozenset(listed[0] or []) if listed else frozenset()
    scope = news_queries.ChartScope(
        frozenset(data.rows["observation_id"].drop_nulls().to_list()), topics, places,
        date(view.start, 1, 1) if view.start else data.points["period_start"].min(),
        date(view.end, 12, 31) if view.end else None,
    )  # fmt: skip
    news = news_queries.relevant_news(pkg["news_items"], pkg["news_figures"], scope, national)
    return news_queries.news_marks(news, pkg["news_figures"], view.lang) if news.height else None


def note_line(view: View) -> str:
    """`Note : …` of the reader's note (empty without one)."""
    return f"{t('your_note', view.lang)}{colon(view.lang)}{view.note}" if view.note else ""


def marks_line(view: View) -> str:
    """`Repères : 2020 Covid ; 1973–1976 reprise de Lip` (empty without marks)."""
    if not view.marks:
        return ""
    listed = [f"{a if a == b else f'{a}–{b}'} {label}" for a, b, label in view.marks]
    return f"{t('marks_line', view.lang)}{colon(view.lang)}{' ; '.join(listed)}"


def with_reader_words(fig: go.Figure, view: View) -> go.Figure:
    """The reader's subtitle under the title and their marks: a shaded band per period (a
    year is its own band) labelled at the top of the plot."""
    if view.subtitle:
        fig.layout.title.subtitle.text = html.escape(view.subtitle)
        fig.layout.margin.t = max(fig.layout.margin.t or 0, 90)
    for i, (a, b, label) in enumerate(view.marks):
        x0, x1 = date(a, 1, 1), date(b, 12, 31)
        fig.add_vrect(x0=x0, x1=x1, fillcolor="#adb5bd", opacity=0.18, line_width=0,
                      layer="below", name=f"mark:{i}")  # fmt: skip
        fig.add_annotation(x=x0, xref="x", y=1 - 0.06 * (i % 2), yref="y domain",
                           xanchor="left", yanchor="top", text=html.escape(label),
                           showarrow=False, name=f"mark-label:{i}",
                           font={"size": 11, "color": "#495057"},
                           bgcolor="rgba(255,255,255,0.7)")  # fmt: skip
    return fig


def build_series(pkg: Package, view: View, with_news: bool = True) -> go.Figure:
    data = series_data(pkg, view)
    frame = chart_frame(pkg, series_title(pkg, view), data.unit, series_sources(pkg, view),
                        view.lang)  # fmt: skip
    if view.note:  # the reader's note opens the source line and the images' footer
        note = note_line(view)
        frame = replace(frame, source_line=f"{note} · {frame.source_line}",
                        footer=(note, *frame.footer))  # fmt: skip
    log = view.scale == "log" and view.mode != "yoy"  # a change in % has no log scale
    if view.compared:
        fig = compare.compare_figure(compare_lines(pkg, view), frame, view.mode, log)
        return with_reader_words(fig, view)
    news = series_news(pkg, view) if with_news else None
    fig = series_figure(data.shown.points, data.rows, news, frame, data.unit, view.mode)
    if log and data.points.height:
        fig.layout.yaxis.type, fig.layout.yaxis.rangemode = "log", "normal"
    return with_reader_words(fig, view)


def _ranges(years: list[int]) -> list[str]:
    out, run = [], []
    for y in years:
        if run and y != run[-1] + 1:
            out.append(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]))
            run = []
        run.append(y)
    if run:
        out.append(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]))
    return out


def describe_series(pkg: Package, view: View) -> str:
    """One paragraph in the displayed mode: span, the latest value (level), change (yoy) or
    index value (index) with what it is compared with, gaps, disagreements, statuses, and the
    periods whose change is not computed, with the reason."""
    lang, data = view.lang, series_data(pkg, view)
    title = series_title(pkg, view)
    if view.compared:
        return _describe_compare(pkg, view, title)
    pts = data.points
    if pts.is_empty():
        return f"{title}. {t('no_data', lang)}"
    sep = colon(lang)
    span = f"{format_period(pts['period'][0], lang)}–{format_period(pts['period'][-1], lang)}"
    parts = [f"{title}, {span}{sep}{pts.height} {t('values_count', lang)}.", _latest(data, lang)]
    if queries.annual(pts):
        have = set(pts["year"].to_list())
        missing = [y for y in range(min(have), max(have) + 1) if y not in have]
        if missing:
            parts.append(f"{t('years_without_data', lang)}{sep}{', '.join(_ranges(missing))}.")
    odd = pts.filter(pl.col("disagree"))["period"].to_list()
    if odd:
        parts.append(f"{t('sources_disagree', lang)}{sep}{_periods(odd, lang)}.")
    for status in queries.CHARTED:
        if status == "official":
            continue
        some = pts.filter(pl.col("status") == status)["period"].to_list()
        if some:
            parts.append(f"{t(status, lang)}{sep}{_periods(some, lang)}.")
    if view.mode in ("yoy", "index"):
        skipped = data.shown.points.filter(pl.col("reason").is_not_null())
        if skipped.height:
            listed = ", ".join(
                f"{format_period(p, lang)} ({markers.reason_text(r, lang)})"
                for p, r in skipped.select("period", "reason").iter_rows()
            )
            parts.append(f"{t('not_compared_years', lang)}{sep}{listed}.")
    return " ".join(parts)


def _describe_compare(pkg: Package, view: View, title: str) -> str:
    """Each compared line's latest figure in the displayed mode."""
    lang, sep = view.lang, colon(view.lang)
    said = []
    for line in compare_lines(pkg, view):
        valued = line.points.filter(pl.col("value").is_not_null())
        if valued.is_empty():
            said.append(f"{line.label}{sep}{t('no_data', lang).rstrip('.')}")
            continue
        last = valued.row(-1, named=True)
        shown = compare.shown_value(last["value"], line.unit, view.mode, lang)
        said.append(f"{line.label}{sep}{shown} ({format_period(last['period'], lang)})")
    return f"{title}. {t('latest_values', lang)}{sep}{'; '.join(said)}."


def _periods(periods: list[str], lang: str) -> str:
    return ", ".join(format_period(p, lang) for p in periods)


def _latest(data: SeriesData, lang: str) -> str:
    """The latest figure in the displayed mode, with what it is compared with."""
    sep, mode = colon(lang), data.view.mode
    if mode == "level":
        pts = data.points
        last = pts.row(-1, named=True)
        text = (
            f"{t('latest_value', lang)}{sep}{format_value(last['value'], data.unit, lang)} "
            f"({format_period(last['period'], lang)})"
        )
        if pts.height > 1:
            prev = pts.row(-2, named=True)
            text += (
                f", {t('against', lang)} {format_value(prev['value'], data.unit, lang)} "
                f"({format_period(prev['period'], lang)})"
            )
        return text + "."
    shown = data.shown.points.filter(pl.col("value").is_not_null())
    if mode == "index":
        shown = shown.filter(pl.col("year") != data.shown.base)
    if shown.is_empty():
        return f"{t('no_comparable_change', lang)}."
    last = shown.row(-1, named=True)
    when = format_period(last["period"], lang)
    if mode == "yoy":
        before = format_period(str(last["year"] - 1), lang)
        return (
            f"{t('latest_change', lang)}{sep}{format_change(last['value'], lang)} "
            f"({when} {t('vs', lang)} {before})."
        )
    return (
        f"{t('latest_index', lang)}{sep}{format_index(last['value'], lang)} "
        f"({when}, {t('index_base_word', lang)} {data.shown.base})."
    )


def series_table(pkg: Package, view: View) -> pl.DataFrame:
    """Every source row of the chart; a compared chart's rows say their series first."""
    columns = ("period", "value", "unit", "status", "approximate", "publisher", "source_title",
               "source_url", "locator", "observation_id")  # fmt: skip
    if not view.compared:
        return series_data(pkg, view).rows.select(columns)
    return pl.concat([
        series_data(pkg, m).rows.select(pl.lit(line.label).alias("series"), *columns)
        for m, line in zip(view.members(), compare_lines(pkg, view), strict=True)
    ], how="diagonal_relaxed")  # fmt: skip


def _headline(view: View) -> View:
    return View(mode=view.mode, base=view.base, start=view.start, end=view.end, lang=view.lang)


def focus_region(pkg: Package, view: View) -> str:
    """The region whose departments are mapped: the view's place when it is a region."""
    levels = pkg.derived("levels", lambda: dict(zip(
        pkg["geographies"]["code"].to_list(), pkg["geographies"]["level"].to_list(), strict=True)))  # fmt: skip
    return view.geo if levels.get(view.geo) == "region" else geo_queries.FOCUS_REGION


def map_year(pkg: Package, view: View) -> int | None:
    """The year both maps show: `view.end` when a region or department has a figure then,
    else the latest such year (one year for the regions and the departments)."""

    def years() -> list[int]:
        obs, geo = pkg["observations"], pkg["geographies"]
        return sorted({y for level in ("region", "department")
                       for y in geo_queries.map_years(obs, geo, view.indicator, view.segment,
                                                      level)})  # fmt: skip

    have = pkg.derived(("map_years", view.indicator, view.segment), years)
    return view.end if view.end in have else (have[-1] if have else None)


def _short_value(value: float, unit: str, lang: str) -> str:
    """A value for a tile or a bar: `3 870`, `423 M€` (the unit word is on the legend)."""
    text = format_value(value, unit, lang)
    word = unit_suffix(unit, lang)
    return text[: -len(word)].rstrip() if word and text.endswith(word) else text


def _coverage(filled: int, total: int, level: str, lang: str) -> str:
    key = f"coverage_{'region' if level == 'region' else 'dept'}_{'1' if filled <= 1 else 'n'}"
    return t(key, lang).format(n=filled, total=total)


def _values(level: str) -> tuple[Callable, ...]:
    """A map of values (regions: tile map; departments of the focus region: bars)."""

    def data(pkg: Package, view: View) -> geo_queries.PlaceValues:
        region = focus_region(pkg, view) if level == "department" else None
        year = map_year(pkg, view)
        key = ("place_values", level, region, view.indicator, view.segment, year, view.lang)
        return pkg.derived(key, lambda: geo_queries.place_values(
            pkg["observations"], pkg["sources"], pkg["geographies"], view, level, region,
            year))  # fmt: skip

    def title(pkg: Package, view: View) -> str:
        what = pkg.labels("indicators", view.lang).get(view.indicator, view.indicator)
        year = data(pkg, view).year or "–"
        text = t("by_region" if level == "region" else "by_department", view.lang)
        text = text.format(what=what, year=year)
        if level == "department":
            region = focus_region(pkg, view)
            text += f" – {pkg.labels('geographies', view.lang).get(region, region)}"
        return text

    def shown(pkg: Package, view: View) -> pl.DataFrame:
        """Every place with its label text and hover (`pas de donnée` for a null)."""
        pv, lang = data(pkg, view), view.lang
        none = t("no_value", lang)
        texts, hovers = [], []
        for r in pv.table.iter_rows(named=True):
            if r["value"] is None:
                texts.append(none)
                hovers.append(f"<b>{html.escape(r['label'])}</b><br>{none}")
            else:
                texts.append(_short_value(r["value"], pv.unit, lang))
                hovers.append(
                    f"<b>{html.escape(r['label'])}</b><br>"
                    f"{html.escape(format_value(r['value'], pv.unit, lang))} ({r['period']})"
                    f"<br>{html.escape(t(r['status'], lang))}"
                )
        return pv.table.with_columns(
            pl.Series("text", texts, dtype=pl.String), pl.Series("hover", hovers, dtype=pl.String)
        )

    def sources(pkg: Package, view: View) -> list[citations.SourceUse]:
        return citations.source_uses(data(pkg, view).rows, pkg["sources"], view.lang)

    def build(pkg: Package, view: View) -> go.Figure:
        pv = data(pkg, view)
        frame = chart_frame(pkg, title(pkg, view), unit_label(pv.unit, view.lang) if pv.unit else "",
                            sources(pkg, view), view.lang)  # fmt: skip
        note = _coverage(pv.filled, pv.total, level, view.lang)
        if level == "region":
            tiles = geo_queries.region_tiles(shown(pkg, view))
            fig = tile_map_figure(tiles, frame, focus_region(pkg, view), note)
        else:
            fig = bar_figure(shown(pkg, view), frame, note)
        return fig.update_layout(title_font_size=fitted_title_size(frame.title))  # half-width cards

    def describe(pkg: Package, view: View) -> str:
        pv, lang = data(pkg, view), view.lang
        known = pv.table.filter(pl.col("value").is_not_null()).sort("value", descending=True)
        listed = ", ".join(
            f"{r['label']} ({format_value(r['value'], pv.unit, lang)})"
            for r in known.iter_rows(named=True)
        )
        return f"{title(pkg, view)}. {_coverage(pv.filled, pv.total, level, lang)}" + (
            f"{colon(lang)}{listed}." if listed else "."
        )

    def table(pkg: Package, view: View) -> pl.DataFrame:
        """The mapped figures (places without one are not rows: they have no number)."""
        pv = data(pkg, view)
        return pv.table.filter(pl.col("value").is_not_null()).select(
            "code", "label", "value", pl.lit(pv.unit).alias("unit"),
            pl.col("period").alias("year"), "status",
        )  # fmt: skip

    return title, build, describe, table, sources


def _news_counts(level: str) -> tuple[Callable, ...]:
    """Count of news items naming a place, by region (tile map) or department (bars)."""

    def table(pkg: Package, view: View) -> pl.DataFrame:
        def compute() -> pl.DataFrame:
            if level == "region":
                counts = geo_queries.region_counts(
                    pkg["observations"], pkg["news_items"], pkg.region_of, "news"
                )
                return geo_queries.news_by_region(pkg["geographies"], counts, view.lang)
            return geo_queries.department_counts(
                pkg["geographies"], pkg["observations"], pkg["news_items"], pkg.region_of,
                focus_region(pkg, view), "news", view.lang,
            ).with_columns(pl.col("value").cast(pl.Float64))  # fmt: skip

        return pkg.derived(("news_counts", level, focus_region(pkg, view), view.lang), compute)

    def title(pkg: Package, view: View) -> str:
        if level == "region":
            return t("news_by_region", view.lang)
        region = focus_region(pkg, view)
        name = pkg.labels("geographies", view.lang).get(region, region)
        return f"{t('news_by_department', view.lang)} – {name}"

    def sources(pkg: Package, view: View) -> list[citations.SourceUse]:
        def compute() -> list[citations.SourceUse]:
            items = pkg["news_items"].select(
                "source_id", pl.col("published_on").dt.year().cast(pl.String).alias("period")
            )
            return citations.source_uses(items, pkg["sources"], view.lang)

        return pkg.derived(("news_sources", view.lang), compute)

    def shown(pkg: Package, view: View) -> pl.DataFrame:
        data = table(pkg, view)
        word = t("items", view.lang)
        texts = [format_number(v, view.lang) for v in data["value"].to_list()]
        return data.with_columns(
            pl.Series("text", texts, dtype=pl.String),
            pl.Series("hover", [f"<b>{html.escape(lab)}</b><br>{n} {word}"
                                for lab, n in zip(data["label"], texts, strict=True)],
                      dtype=pl.String),
        )  # fmt: skip

    def build(pkg: Package, view: View) -> go.Figure:
        frame = chart_frame(pkg, title(pkg, view), t("items", view.lang), sources(pkg, view),
                            view.lang)  # fmt: skip
        if level == "region":
            tiles = geo_queries.region_tiles(shown(pkg, view))
            return tile_map_figure(tiles, frame, focus_region(pkg, view))
        return bar_figure(shown(pkg, view), frame)

    def describe(pkg: Package, view: View) -> str:
        data = table(pkg, view).filter(pl.col("value") > 0).sort("value", descending=True)
        top = ", ".join(
            f"{r['label']} ({format_number(r['value'], view.lang)})"
            for r in data.head(5).iter_rows(named=True)
        )
        return f"{title(pkg, view)}. {t('top', view.lang)}{colon(view.lang)}{top or '–'}."

    return title, build, describe, table, sources


@dataclass(frozen=True)
class Chart:
    """One entry of the registry (see the module docstring)."""

    chart_id: str
    description: tuple[str, str]  # what the chart is, fr and en
    title: Callable[[Package, View], str]
    build: Callable[[Package, View], go.Figure]
    describe: Callable[[Package, View], str]
    table: Callable[[Package, View], pl.DataFrame]
    sources: Callable[[Package, View], list[citations.SourceUse]] = lambda p, v: []


_regions_values, _depts_values = _values("region"), _values("department")
_regions_news, _depts_news = _news_counts("region"), _news_counts("department")

CHARTS: dict[str, Chart] = {
    c.chart_id: c
    for c in (
        Chart("sector", ("Un indicateur par segment et territoire, avec les actualités",
                         "Any indicator by segment and place, with the news"),
              series_title, build_series, describe_series, series_table, series_sources),
        Chart("headline", ("Production horlogère française (chiffre d'affaires)",
                           "French watchmaking production (revenue)"),
              lambda p, v: series_title(p, _headline(v)),
              lambda p, v: build_series(p, _headline(v), with_news=False),
              lambda p, v: describe_series(p, _headline(v)),
              lambda p, v: series_table(p, _headline(v)),
              lambda p, v: series_sources(p, _headline(v))),
        Chart("regions_values", ("Valeurs d'un indicateur par région (carte en tuiles)",
                                 "An indicator's values by region (tile map)"), *_regions_values),
        Chart("departments_values", ("Valeurs d'un indicateur par département d'une région",
                                     "An indicator's values by department of a region"),
              *_depts_values),
        Chart("regions_news", ("Nombre d'articles par région (carte en tuiles)",
                               "Number of news items by region (tile map)"), *_regions_news),
        Chart("departments_news", ("Nombre d'articles par département d'une région",
                                   "Number of news items by department of a region"),
              *_depts_news),
    )
}  # fmt: skip


def get_chart(chart_id: str) -> Chart | None:
    """The chart registered under `chart_id`, or None (callers show a notice, not an error)."""
    return CHARTS.get(chart_id)
