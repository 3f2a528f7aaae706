"""Unit tests of the figure builders, formatting, view parsing and the chart registry."""

from __future__ import annotations

from datetime import date

import polars as pl

from dashboard import charts, figures, i18n, queries
from dashboard.view import Choices, View, parse_view

FRAME = figures.Frame("Titre", "EUR", "Source : A · mise à jour : 1er mars 2026", "fr")


def points(values: dict[int, float | None], status: str = "official") -> pl.DataFrame:
    return pl.DataFrame(
        {
            "period": [str(y) for y in values],
            "year": list(values),
            "period_start": [date(y, 1, 1) for y in values],
            "value": list(values.values()),
            "status": status,
            "approximate": False,
            "n_sources": 1,
            "disagree": [y == 2009 for y in values],
            "producer": "Francéclat",
        },
        schema=queries.POINT_SCHEMA,
    )


def rows() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "period": ["2009", "2009"],
            "value": [230e6, 157e6],
            "status": ["official", "official"],
            "approximate": [False, True],
            "publisher": ["Francéclat", "Insee <b>"],
            "source_id": ["a", "b"],
        }
    )


def test_french_number_and_date_formatting() -> None:
    assert i18n.format_value(423e6, "EUR") == "423\u202fM€"
    assert i18n.format_value(3000, "persons") == "3\u202f000 personnes"
    assert i18n.format_value(1.5, "percent") == "1,5\u202f%"
    assert i18n.format_value(423e6, "EUR", "en") == "€423M"
    assert i18n.format_date(date(2025, 10, 1)) == "1er octobre 2025"
    # a source dated to the month is shown to the month, no day invented
    assert i18n.format_published(date(2025, 1, 1), "month") == "janvier 2025"
    assert i18n.format_published(date(2025, 1, 1), "month", "en") == "January 2025"
    assert i18n.format_published(date(2019, 1, 1), "year") == "2019"
    assert i18n.format_published(date(2025, 10, 1), "day") == "1er octobre 2025"
    assert i18n.format_published(date(2025, 10, 1), None) == "1er octobre 2025"
    assert i18n.format_period("2024-03") == "mars 2024"


def test_series_figure_keeps_gaps_and_uses_french_separators() -> None:
    pts = queries.with_gaps(points({2011: 290e6, 2015: 295e6}))
    fig = figures.series_figure(pts, rows().head(0), None, FRAME, "EUR")
    line = fig.data[0]
    assert line.mode == "lines" and line.connectgaps is False
    assert list(line.y) == [290.0, None, None, None, 295.0]
    assert fig.layout.separators == ", "
    assert fig.layout.yaxis.title.text == "M€"
    assert "mise à jour" in fig.layout.annotations[-1].text
    assert fig.layout.title.text == "Titre"


def test_official_solid_reported_hollow_and_all_sources_in_hover() -> None:
    official = points({2009: 230e6})
    reported = points({2010: 232e6}, status="reported")
    pts = queries.with_gaps(pl.concat([official, reported]))
    fig = figures.series_figure(pts, rows(), None, FRAME, "EUR")
    symbols = {t.name: t.marker.symbol for t in fig.data if t.mode == "markers"}
    assert symbols == {"Source officielle": "circle", "Extrait d'une actualité, vérifié": "circle-open",
                       "⚠ sources en désaccord": "circle-open"}  # fmt: skip
    hover = fig.data[1].hovertext[0]
    assert "230\u202fM€" in hover and "157\u202fM€" in hover
    assert "désaccord" in hover
    assert "Insee &lt;b&gt;" in hover  # publisher names are escaped


def test_empty_series_says_so() -> None:
    fig = figures.series_figure(points({}), rows().head(0), None, FRAME, "EUR")
    assert fig.layout.annotations[0].text == i18n.t("no_data")


def test_parse_view_falls_back_with_notices() -> None:
    choices = Choices(indicators={"revenue", "jobs"}, segments={"watchmaking"}, geos={"FR"})
    view, notices = parse_view("?indicator=nope&mode=weird&from=abc&lang=en&geo=FR", choices)
    assert view == View(lang="en")
    assert {n.param for n in notices} == {"indicator", "mode", "from"}
    view, notices = parse_view({"indicator": "jobs", "mode": "index", "base": "2015"}, choices)
    assert (view.indicator, view.mode, view.base, notices) == ("jobs", "index", 2015, [])


def test_view_round_trips_through_the_query_string() -> None:
    view = View(indicator="jobs", mode="yoy", start=2010, end=2020, lang="en")
    assert parse_view(view.to_query())[0] == view
    assert View().to_query() == ""


def test_inverted_period_is_dropped_with_notice() -> None:
    view, notices = parse_view("from=2020&to=2010")
    assert (view.start, view.end) == (None, None)
    assert len(notices) == 2


def test_registry_builds_every_chart_on_the_fixture(pkg) -> None:
    for chart_id, chart in charts.CHARTS.items():
        view = View()
        fig = chart.build(pkg, view)
        assert fig.layout.title.text, chart_id
        assert chart.describe(pkg, view), chart_id
        assert isinstance(chart.table(pkg, view), pl.DataFrame)


def test_headline_description_names_the_gaps(pkg) -> None:
    text = charts.CHARTS["headline"].describe(pkg, View())
    assert "2012–2014, 2016–2017" in text
    assert "423\u202fM€ (2024)" in text
    assert "Sources en désaccord : 2009" in text


def test_english_labels(pkg) -> None:
    assert charts.CHARTS["sector"].title(pkg, View(lang="en")) == "Revenue – Watchmaking, France"
