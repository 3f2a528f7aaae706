"""The real seed page (../shared/seeds): one article, five short dated items, a weather widget."""

from __future__ import annotations

import pytest

from etl.news.extract.figures import Figure, extract_figures
from etl.news.extract.periods import resolve_date
from tests.shared import SEED_PAGE, shared_path


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Figure]]:
    text = shared_path(*SEED_PAGE).read_text(encoding="utf-8")
    return text, extract_figures(text, "2025-10-02")


def by_value(figures: list[Figure], value: float) -> Figure:
    hits = [f for f in figures if f.value == value]
    assert hits, f"no figure with value {value}: {[f.span for f in figures]}"
    return hits[0]


def test_revenue_of_french_watchmaking_citing_franceclat(seed) -> None:
    fig = by_value(seed[1], 423_000_000)
    assert fig.span == "423 millions d’euros"
    assert (fig.unit, fig.metric, fig.period, fig.currency) == ("EUR", "revenue", "2024", "EUR")
    assert fig.source == "Francéclat" and fig.geo == "France"
    assert fig.entity and "filière" in fig.entity


def test_about_3000_jobs_in_2024(seed) -> None:
    fig = by_value(seed[1], 3000)
    assert fig.span == "environ 3.000"
    assert fig.unit == "persons" and fig.metric in ("employees", "jobs")
    assert fig.period == "2024" and fig.approximate and fig.qualifier == "environ"


def test_about_100_member_companies(seed) -> None:
    fig = by_value(seed[1], 100)
    assert fig.span == "une centaine"
    assert (fig.unit, fig.metric, fig.approximate) == ("companies", "members", True)
    assert fig.entity == "France Horlogerie"


def test_about_40_participants_on_1_october_2025_in_besancon(seed) -> None:
    fig = by_value(seed[1], 40)
    assert fig.span == "une quarantaine"
    assert (fig.metric, fig.period, fig.geo, fig.approximate) == (
        "participants",
        "2025-10-01",
        "Besançon",
        True,
    )


def test_idkids_employees_in_france_and_stores_in_the_region(seed) -> None:
    staff = by_value(seed[1], 2000)
    assert staff.span == "environ 2.000" and staff.approximate
    assert (staff.unit, staff.metric, staff.geo, staff.entity) == (
        "persons",
        "employees",
        "France",
        "IDKIDS",
    )
    stores = [f for f in seed[1] if f.value == 14]
    assert {f.span for f in stores} == {"14", "Quatorze"}
    assert all((f.unit, f.metric) == ("stores", "stores") for f in stores)
    assert all(f.geo and f.geo.startswith("Bourgogne") for f in stores)


def test_item_after_the_article_is_dated_by_its_own_date(seed) -> None:
    assert by_value(seed[1], 2000).period == "2026"


def test_ordinals_dates_and_durations_are_not_figures(seed) -> None:
    figures = seed[1]
    spans = {f.span for f in figures}
    assert "25" not in spans and "3" not in spans and "quatre" not in spans
    assert not any(f.value in (25, 28, 23, 27, 2026, 2025, 1) for f in figures)
    assert len(figures) == 7, [f.span for f in figures]


def test_no_figure_from_the_weather_widget(seed) -> None:
    text, figures = seed
    widget = text.index("Sondage")
    assert all(f.start < widget for f in figures)


def test_relative_date_resolved_against_the_item_date() -> None:
    assert resolve_date("le 28 novembre dernier", reference="2026-01-27") == "2025-11-28"
    assert resolve_date("Le 1er octobre 2025", reference="2025-10-02") == "2025-10-01"
    assert resolve_date("mardi 27 janveir 2026") == "2026-01-27"
    assert resolve_date("le 5 avril dernier", reference="2019-05-29") == "2019-04-05"
    assert resolve_date("hier", reference="2019-05-29") == "2019-05-28"
