"""Unit tests of the pure queries on small hand-written frames."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import polars as pl
from polars.testing import assert_frame_equal

from dashboard import queries
from dashboard.view import View

SOURCES = pl.DataFrame(
    {
        "source_id": ["a", "b", "c"],
        "publisher": ["Pub A", "Pub B", "Pub C"],
        "title": ["A", "B", "C"],
        "url": ["https://a", "https://b", "https://c"],
        "published_on": [date(2020, 1, 1), date(2021, 1, 1), None],
        "raw_path": ["raw/series", "raw/other", "raw/series"],
    }
)


def obs(rows: list[tuple[str, float, str, str]]) -> pl.DataFrame:
    """rows of (period, value, status, source_id) for revenue / watchmaking / FR."""
    return pl.DataFrame(
        {
            "indicator": "revenue",
            "segment": "watchmaking",
            "geo": "FR",
            "entity": pl.Series([None] * len(rows), dtype=pl.String),
            "period": [r[0] for r in rows],
            "period_start": [date(int(r[0][:4]), 1, 1) for r in rows],
            "value": [r[1] for r in rows],
            "unit": "EUR",
            "status": [r[2] for r in rows],
            "source_id": [r[3] for r in rows],
            "approximate": False,
            "observation_id": [f"o{i}" for i in range(len(rows))],
        }
    )


def test_official_beats_reported_and_disagreement_is_flagged() -> None:
    frame = obs([("2020", 100.0, "reported", "b"), ("2020", 90.0, "official", "a")])
    points, rows = queries.series(frame, SOURCES, View())
    assert points["value"].to_list() == [90.0]
    assert points["status"].to_list() == ["official"]
    assert points["disagree"].to_list() == [True]
    assert points["n_sources"].to_list() == [2]
    assert rows.height == 2


def test_equal_values_do_not_disagree_and_rejected_rows_are_left_out() -> None:
    frame = obs([("2020", 90.0, "official", "a"), ("2020", 90.0, "official", "b"),
                 ("2021", 5.0, "rejected", "b")])  # fmt: skip
    points, _ = queries.series(frame, SOURCES, View())
    assert points.select("period", "value", "disagree").rows() == [("2020", 90.0, False)]


def test_same_status_latest_published_wins_then_the_longest_family() -> None:
    # Contract of package 2.0: among rows of the same status, the latest published wins.
    frame = obs([("2009", 230.0, "official", "a"), ("2009", 157.0, "official", "b"),
                 ("2010", 232.0, "official", "c")])  # fmt: skip
    points, _ = queries.series(frame, SOURCES, View())
    assert points["value"].to_list() == [157.0, 232.0]
    # Same date (none): the family (raw/series: a, c) giving most periods wins.
    undated = SOURCES.with_columns(pl.lit(None, pl.Date).alias("published_on"))
    points, _ = queries.series(frame, undated, View())
    assert points["value"].to_list() == [230.0, 232.0]


def test_gaps_are_null_rows_never_interpolated() -> None:
    frame = obs([("2011", 290.0, "official", "a"), ("2015", 295.0, "official", "a")])
    points, _ = queries.series(frame, SOURCES, View())
    gapped = queries.with_gaps(points)
    assert gapped["year"].to_list() == [2011, 2012, 2013, 2014, 2015]
    assert gapped["value"].to_list() == [290.0, None, None, None, 295.0]


def test_yoy_only_against_the_year_just_before() -> None:
    frame = obs([("2010", 200.0, "official", "a"), ("2011", 250.0, "official", "a"),
                 ("2013", 300.0, "official", "a")])  # fmt: skip
    points, _ = queries.series(frame, SOURCES, View())
    out = queries.transform(points, "yoy").points
    assert out["value"].to_list() == [None, 25.0, None, None]


def test_index_uses_base_year_or_falls_back_to_first() -> None:
    frame = obs([("2010", 200.0, "official", "a"), ("2011", 250.0, "official", "a")])
    points, _ = queries.series(frame, SOURCES, View())
    based = queries.transform(points, "index", 2011)
    assert based.base == 2011
    assert based.points["value"].to_list() == [80.0, 100.0]
    fallback = queries.transform(points, "index", 1990)
    assert fallback.base == 2010
    assert fallback.points["value"].to_list() == [100.0, 125.0]


def test_period_range_filters_years() -> None:
    frame = obs([(str(y), float(y), "official", "a") for y in range(2010, 2016)])
    points, _ = queries.series(frame, SOURCES, View(start=2012, end=2013))
    assert points["period"].to_list() == ["2012", "2013"]


def test_company_rows_are_not_part_of_the_sector_series() -> None:
    frame = obs([("2020", 90.0, "official", "a"), ("2020", 5.0, "official", "b")])
    frame = frame.with_columns(pl.Series("entity", [None, "Some company"], dtype=pl.String))
    points, _ = queries.series(frame, SOURCES, View())
    assert points.select("value", "disagree").rows() == [(90.0, False)]


def test_latest_card_compares_with_previous_available_year() -> None:
    frame = obs([("2020", 271e6, "official", "a"), ("2021", 341e6, "official", "a"),
                 ("2023", 410e6, "official", "a")])  # fmt: skip
    card = queries.latest_card(frame, SOURCES, View(), "EUR")
    assert (card.period, card.value, card.previous_period) == ("2023", 410e6, "2021")
    assert round(card.change or 0, 1) == 20.2
    assert card.source == "Pub A"


def test_empty_series_gives_empty_points() -> None:
    frame = obs([("2020", 90.0, "official", "a")])
    points, rows = queries.series(frame, SOURCES, View(indicator="jobs"))
    expected = pl.DataFrame(schema=queries.POINT_SCHEMA)
    assert_frame_equal(points, expected)
    assert rows.is_empty()


def test_latest_card_says_when_the_figure_is_reported_by_the_press() -> None:
    frame = obs([("2023", 3300.0, "official", "a"), ("2024", 3000.0, "reported", "b")])
    card = queries.latest_card(frame, SOURCES, View(indicator="revenue"), "persons")
    assert (card.period, card.status, card.source) == ("2024", "reported", "Pub B")


def test_monthly_gaps_and_mixed_periods_never_joined() -> None:
    rows = [("2024-01", 5.0), ("2024-03", 7.0)]
    monthly = pl.DataFrame(
        {
            "period": [p for p, _ in rows],
            "year": [2024, 2024],
            "period_start": [date(2024, 1, 1), date(2024, 3, 1)],
            "value": [v for _, v in rows],
            "status": "official",
            "approximate": False,
            "n_sources": 1,
            "disagree": False,
            "producer": "Pub A",
        },
        schema=queries.POINT_SCHEMA,
    )
    assert queries.with_gaps(monthly)["value"].to_list() == [5.0, None, 7.0]
    assert queries.with_gaps(monthly)["period"].to_list() == ["2024-01", "2024-02", "2024-03"]
    mixed = pl.concat([monthly, monthly.with_columns(pl.lit("2023").alias("period"),
                                                     pl.lit(date(2023, 1, 1)).alias("period_start"))
                       .head(1)])  # fmt: skip
    gapped = queries.with_gaps(mixed)
    values = gapped["value"].to_list()
    assert all(a is None or b is None for a, b in pairwise(values))
    assert sorted(v for v in values if v is not None) == [5.0, 5.0, 7.0]
