"""What a series means (issue 8, items 2, 3 and 9), on small hand-written frames with the
package 2.0 statuses: reconciliation by status and publication date, changes only between
comparable figures, organisations' own series, legend entries, descriptions in the displayed
mode, ranges over the years that have data."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard import changes, charts, figures, queries
from dashboard.i18n import t
from dashboard.view import Choices, View, parse_view

SOURCES = pl.DataFrame(
    {
        "source_id": ["fc", "fc_old", "press", "news", "fh"],
        "publisher": ["FNAMAC (reprise Francéclat)", "Francéclat", "Europa Star", "Le Progrès",
                      "France Horlogerie"],
        "publisher_name": ["FNAMAC", "Francéclat", "Europa Star", "Le Progrès",
                           "France Horlogerie"],
        "producer": ["Francéclat", "Francéclat", "Europa Star", "Le Progrès",
                     "France Horlogerie"],
        "producer_kind": ["official", "official", "secondary", "news", "official"],
        "title": ["A", "B", "C", "D", "E"],
        "url": ["https://a", "https://b", "https://c", "https://d", "https://e"],
        "published_on": [date(2025, 6, 1), date(2020, 1, 1), date(2024, 1, 1), None,
                         date(2024, 11, 19)],
        "raw_path": ["raw/series", "raw/series", "raw/press", "raw/news/n1", "raw/press"],
    }
)  # fmt: skip


def obs(rows: list[tuple], indicator: str = "revenue") -> pl.DataFrame:
    """rows of (period, value, status, source_id[, approximate[, entity]])."""
    return pl.DataFrame(
        {
            "indicator": indicator,
            "segment": "watchmaking",
            "geo": "FR",
            "entity": pl.Series([r[5] if len(r) > 5 else None for r in rows], dtype=pl.String),
            "period": [r[0] for r in rows],
            "period_start": [date(int(r[0][:4]), 1, 1) for r in rows],
            "value": [float(r[1]) for r in rows],
            "unit": "EUR",
            "status": [r[2] for r in rows],
            "source_id": [r[3] for r in rows],
            "approximate": [bool(r[4]) if len(r) > 4 else False for r in rows],
            "observation_id": [f"obs-{i:04d}" for i in range(len(rows))],
        }
    )


def test_status_ranks_official_secondary_reported_and_candidates_never_drawn() -> None:
    assert queries.STATUS_RANK == {"official": 0, "secondary": 1, "reported": 2, "candidate": 3}
    frame = obs([("2020", 4, "candidate", "news"), ("2020", 3, "reported", "news"),
                 ("2020", 2, "secondary", "press"), ("2021", 3, "reported", "news"),
                 ("2021", 4, "candidate", "news"), ("2022", 9, "rejected", "news"),
                 ("2023", 5, "candidate", "news")])  # fmt: skip
    points, rows = queries.series(frame, SOURCES, View())
    assert points.select("period", "value", "status").rows() == [
        ("2020", 2.0, "secondary"), ("2021", 3.0, "reported")]  # fmt: skip
    # not yet verified (candidate) or turned down (rejected): never drawn nor listed
    assert set(rows["status"].to_list()) == {"secondary", "reported"}


def test_official_is_drawn_over_secondary_and_the_latest_official_wins() -> None:
    frame = obs([("2024", 420e6, "secondary", "press"), ("2024", 423e6, "official", "fc"),
                 ("2024", 410e6, "official", "fc_old")])  # fmt: skip
    points, rows = queries.series(frame, SOURCES, View())
    assert points.select("value", "status", "producer").row(0) == (423e6, "official", "Francéclat")
    assert rows.height == 3  # the others are listed in the hover


def test_hover_lists_every_source_with_its_status_words() -> None:
    frame = obs([("2024", 423e6, "official", "fc"), ("2024", 420e6, "secondary", "press"),
                 ("2024", 423e6, "reported", "news")])  # fmt: skip
    points, rows = queries.series(frame, SOURCES, View())
    fig = figures.series_figure(queries.with_gaps(points), rows, None,
                                figures.Frame("T", "EUR", "S", "fr"), "EUR")  # fmt: skip
    hover = fig.data[1].hovertext[0]
    assert "FNAMAC : 423\u202fM€ (Source officielle)" in hover
    assert "Europa Star : 420\u202fM€ (Repris par la presse)" in hover
    assert f"Le Progrès : 423\u202fM€ ({t('reported')})" in hover
    assert "obs-" not in hover


def test_every_marker_style_has_a_legend_entry() -> None:
    frame = obs(
        [
            ("2020", 100, "official", "fc"),
            ("2020", 120, "secondary", "press"),
            ("2021", 110, "secondary", "press"),
            ("2022", 115, "reported", "news"),
        ]
    )
    points, rows = queries.series(frame, SOURCES, View())
    for lang, words in (("fr", ["Source officielle", "Repris par la presse",
                                t("reported", "fr"), "⚠ sources en désaccord"]),
                        ("en", ["Official source", "Relayed by the press",
                                t("reported", "en"), "⚠ sources disagree"])):  # fmt: skip
        fig = figures.series_figure(queries.with_gaps(points), rows, None,
                                    figures.Frame("T", "EUR", "S", lang), "EUR")  # fmt: skip
        marks = {t.name: t.marker.symbol for t in fig.data if t.mode == "markers"}
        assert list(marks) == words
        assert marks[words[0]] == "circle" and marks[words[1]] == "square"
        assert marks[words[2]] == "circle-open"
        ring = next(t for t in fig.data if t.name == words[3])
        assert [d.year for d in ring.x] == [2020]  # only around the disagreeing period
        assert ring.showlegend is not False


def test_yoy_needs_exact_figures_of_one_producer_and_says_why_not() -> None:
    frame = obs(
        [
            ("2020", 100, "official", "fc"),
            ("2021", 110, "official", "fc"),
            ("2022", 120, "official", "fc", True),
            ("2023", 130, "secondary", "press"),
        ]
    )
    points, _ = queries.series(frame, SOURCES, View())
    out = queries.transform(points, "yoy").points
    assert out.select("period", "value", "reason").rows() == [
        ("2020", None, None), ("2021", pytest.approx(10.0), None),
        ("2022", None, changes.ROUNDED), ("2023", None, changes.ROUNDED)]  # fmt: skip
    exact = obs([("2022", 120, "official", "fc"), ("2023", 130, "secondary", "press")])
    points, _ = queries.series(exact, SOURCES, View())
    assert queries.transform(points, "yoy").points["reason"].to_list() == [None, changes.PERIMETER]


def test_index_base_is_exact_and_incomparable_points_get_no_index() -> None:
    frame = obs(
        [
            ("2015", 300, "official", "fc", True),
            ("2016", 200, "official", "fc"),
            ("2017", 250, "official", "fc"),
            ("2018", 500, "secondary", "press"),
        ]
    )
    points, _ = queries.series(frame, SOURCES, View())
    auto = queries.transform(points, "index")
    assert auto.base == 2016  # the first exact year, not the rounded 2015
    assert auto.points.select("value", "reason").rows() == [
        (None, changes.ROUNDED),
        (100.0, None),
        (125.0, None),
        (None, changes.PERIMETER),
    ]
    asked = queries.transform(points, "index", 2015)  # a rounded base compares with nothing
    assert asked.base == 2015
    assert asked.points["value"].to_list() == [100.0, None, None, None]


def test_rows_about_an_organisation_form_their_own_series() -> None:
    # Regression (issue 8): France Horlogerie's members were dropped by the series query, and
    # must never be mixed into the whole sector's companies.
    frame = obs([("2020", 78, "official", "press"),
                 ("2023", 70, "official", "fh", True, "France Horlogerie"),
                 ("2024", 100, "official", "fh", True, "France Horlogerie")],
                indicator="companies")  # fmt: skip
    sector, _ = queries.series(frame, SOURCES, View(indicator="companies"))
    members, _ = queries.series(
        frame, SOURCES, View(indicator="companies", entity="France Horlogerie")
    )
    assert sector.select("period", "value").rows() == [("2020", 78.0)]
    assert members.select("period", "value").rows() == [("2023", 70.0), ("2024", 100.0)]


def test_entity_travels_in_the_url() -> None:
    choices = Choices(entities={"France Horlogerie"})
    view = View(indicator="companies", entity="France Horlogerie")
    assert view.to_query() == "indicator=companies&entity=France+Horlogerie"
    assert parse_view(view.to_query(), choices)[0] == view
    assert parse_view("entity=", choices) == (View(), [])  # empty: the whole sector
    unknown, notices = parse_view("entity=Nobody", choices)
    assert unknown.entity is None and [n.param for n in notices] == ["entity"]


def test_years_with_data_ignore_the_period_and_other_series() -> None:
    frame = obs([("2009", 1, "official", "fc"), ("2015", 2, "official", "fc"),
                 ("2024", 3, "official", "fc"),
                 ("2030", 4, "official", "fh", False, "France Horlogerie")])  # fmt: skip
    view = View(start=2015, end=2015)
    assert queries.years_with_data(frame, SOURCES, view) == [2009, 2015, 2024]


def test_descriptions_follow_the_displayed_mode(pkg) -> None:
    level = charts.describe_series(pkg, View())
    assert "Dernière valeur : 423\u202fM€ (2024), contre 410\u202fM€ (2023)." in level
    yoy = charts.describe_series(pkg, View(mode="yoy"))
    assert "Dernière variation annuelle : +3,2\u202f% (2024 par rapport à 2023)." in yoy
    assert "Dernière valeur" not in yoy and "M€" not in yoy
    index = charts.describe_series(pkg, View(mode="index", base=2015))
    assert "Dernier indice : 143,4 (2024, base 100 en 2015)." in index
    assert "Dernière valeur" not in index and "M€" not in index
    en = charts.describe_series(pkg, View(mode="yoy", lang="en"))
    assert "Latest year-on-year change: +3.2% (2024 vs 2023)." in en
    members = View(indicator="companies", entity="France Horlogerie", mode="yoy")
    text = charts.describe_series(pkg, members)
    assert "France Horlogerie" in text and "Aucune variation calculable." in text
    assert "Variation non calculée : 2024 (chiffres arrondis)." in text


def test_not_comparable_periods_are_marked_with_a_legend_entry(pkg) -> None:
    view = View(indicator="companies", entity="France Horlogerie", mode="yoy")
    fig = charts.CHARTS["sector"].build(pkg, view)
    cross = next(t for t in fig.data if t.name == "Non comparable")
    assert list(cross.y) == [0]
    assert "2024</b> : Non comparable (chiffres arrondis)" in cross.hovertext[0]


def test_auto_index_base_is_the_first_exact_year_of_the_main_producer() -> None:
    # One press figure opens the series; Francéclat gives most years: the index starts there.
    frame = obs(
        [
            ("1995", 546, "secondary", "press"),
            ("2018", 321, "official", "fc"),
            ("2023", 410, "official", "fc_old"),
            ("2024", 423, "official", "fc"),
        ]
    )
    points, _ = queries.series(frame, SOURCES, View())
    shown = queries.transform(points, "index")
    assert shown.base == 2018
    assert shown.points.filter(pl.col("year") == 1995)["reason"].to_list() == [changes.PERIMETER]
    assert shown.points.filter(pl.col("year") == 2024)["value"].round(1).to_list() == [131.8]


def test_workbook_of_an_organisation_chart_holds_only_its_rows(pkg, tmp_path) -> None:
    from openpyxl import load_workbook

    from dashboard.exports.excel import write_excel
    from dashboard.exports.scope import scope_from_query

    query = "indicator=companies&entity=France+Horlogerie"
    sheet = load_workbook(write_excel(pkg, scope_from_query(pkg, query), tmp_path / "fh.xlsx"))
    rows = list(sheet["Données"].iter_rows(values_only=True))
    entity = rows[0].index("Entité")
    assert [r[entity] for r in rows[1:] if any(r)] == ["France Horlogerie"] * 2
