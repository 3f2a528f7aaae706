"""Rules found by the own generalisation set (tests/news/own_set): each test reads a sentence
written for this file (not taken from the set nor from any dev article) and checks value, unit,
metric and period, and what must not come out."""

from __future__ import annotations

from etl.news.extract.figures import extract_figures


def read(text: str, published: str | None = "2024-05-01") -> list[tuple]:
    """(span, value, unit, metric, period) of every figure of `text`."""
    return [(f.span, f.value, f.unit, f.metric, f.period) for f in extract_figures(text, published)]


def test_amount_before_a_day_and_month_is_no_range() -> None:
    text = "Au bilan, la coopérative disposait de 640 000 euros de liquidités au 30 septembre."
    figs = read(text)
    assert [f[:4] for f in figs] == [("640 000 euros", 640000.0, "EUR", "other")]
    assert extract_figures(text, "2024-05-01")[0].value_max is None


def test_fineness_of_gold_is_no_figure() -> None:
    text = "Les alliances de l'atelier sont coulées en or 585 et en argent 925."
    assert read(text) == []
    text = "L'artisan a façonné 585 alliances l'an dernier."
    assert [f[:2] for f in read(text)] == [("585", 585.0)]


def test_trade_that_names_a_shop_is_people_when_hired() -> None:
    text = "Pour ses nouveaux magasins, la chaîne embauche 35 opticiens cet automne."
    assert read(text) == [("35", 35.0, "persons", "jobs", None)]
    text = "Le groupement réunit aujourd'hui 410 opticiens indépendants en France."
    assert [f[2] for f in read(text)] == ["stores"]


def test_price_per_square_metre_or_per_unit_is_other() -> None:
    text = "Les parcelles de la future zone seront cédées de 18 à 30 euros le mètre carré."
    figs = read(text)
    assert [(f[1], f[2], f[3]) for f in figs] == [(18.0, "EUR", "other")]
    text = "Une lampe de bureau de la collection Ardoise se vend 145 euros en boutique."
    assert [(f[0], f[3]) for f in read(text)] == [("145 euros", "other")]


def test_companies_of_a_sector_are_no_members() -> None:
    text = (
        "La plasturgie du département emploie 3 100 salariés. Elle réunit près de 90 entreprises, "
        "surtout des PME."
    )
    assert read(text)[-1][2:4] == ("companies", "companies")
    text = "En 2022, la branche a fait travailler 700 salariés et fédéré 45 entreprises."
    assert read(text)[-1] == ("45", 45.0, "companies", "companies", "2022")


def test_members_verb_governs_its_own_count_only() -> None:
    text = (
        "L'intercommunalité, qui regroupe 18 communes, accueille environ 650 établissements "
        "artisanaux."
    )
    assert read(text)[-1][2:4] == ("companies", "companies")
    text = "Le syndicat des transporteurs a tenu congrès. Il rassemble 70 entreprises."
    assert read(text)[-1][2:4] == ("companies", "members")
