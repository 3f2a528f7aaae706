"""Metric and unit rules found on a second set of unseen articles written for the project (issue
14): a share of a firm's own total, money words that are no sales (results, dividends, impact
estimates, bonuses), unit prices, capital put "sur la table", bare millions of sales, counts
given after a copula or before a date, compound nouns. Every sentence here is our own."""

from __future__ import annotations

from etl.news.extract.figures import extract_figures


def read(text: str, published: str = "2025-02-11") -> list[tuple[str, str, str]]:
    return [(f.span, f.unit, f.metric) for f in extract_figures(text, published)]


def test_a_share_of_a_bare_total_is_a_split_of_one_firms_business() -> None:
    text = (
        "Le groupe savoyard a publié ses comptes annuels. La coutellerie de table ne pèse plus "
        "que 12 % des ventes, les couteaux de poche 48 % de notre activité, selon la direction."
    )
    assert [m for _, _, m in read(text)] == ["other", "other"]


def test_a_share_of_sales_stays_a_market_share_when_a_market_is_in_view() -> None:
    text = (
        "Le marché français de la montre a reculé l'an dernier. Les chaînes spécialisées "
        "captent désormais 41 % des ventes, devant les grands magasins."
    )
    assert read(text)[-1] == ("41 %", "percent", "market_share")


def test_a_qualified_total_is_a_market_share() -> None:
    text = "Les horlogers indépendants réalisent 27 % des ventes de montres en France."
    assert read(text) == [("27 %", "percent", "market_share")]


def test_results_dividends_bonuses_and_impacts_are_no_revenue() -> None:
    text = (
        "Le résultat opérationnel du lunetier s'est établi à 14 millions d'euros. "
        "Un dividende de 2,10 euros par action sera proposé. "
        "Le plan social prévoit une prime de départ de 18 000 euros par salarié. "
        "La ville estime à 9 millions d'euros les retombées du salon."
    )
    assert [m for _, _, m in read(text)] == ["other", "other", "other", "other"]


def test_sales_that_fall_back_stay_revenue() -> None:
    text = "Au cours de l'exercice, les ventes sont retombées à 52 millions d'euros."
    assert read(text) == [("52 millions d'euros", "EUR", "revenue")]


def test_unit_prices_are_other() -> None:
    text = (
        "L'argent s'est échangé jusqu'à 0,90 euro le gramme. Un boîtier ciselé peut coûter "
        "2 400 euros pièce. Ses montres de plongée, vendues plus de 3 000 euros, "
        "se vendent bien. Une lame forgée s'y négociait entre 60 et 400 euros."
    )
    got = read(text)
    assert [m for _, _, m in got] == ["other"] * len(got) and len(got) == 4


def test_capital_put_on_the_table_is_an_investment() -> None:
    text = "Le décolleteur va mettre 2,5 M€ sur la table pour une nouvelle halle."
    assert read(text) == [("2,5 M€", "EUR", "investment")]


def test_bare_millions_of_sales_are_euros_of_revenue() -> None:
    text = (
        "« Nous avons terminé l'exercice 2024 à 31,2 millions », dit le gérant. "
        "Ses ventes ont progressé de 6 %, à 33 millions, puis l'atelier a dégagé "
        "12 millions de ventes à l'export."
    )
    got = read(text)
    assert got[0] == ("31,2 millions", "EUR", "revenue")
    assert got[2] == ("33 millions", "EUR", "revenue")
    assert got[3][1] == "EUR"


def test_a_count_before_a_date_counts_the_subject() -> None:
    text = "Les salariés intérimaires du bassin étaient 2 350 fin septembre."
    assert read(text) == [("2 350", "persons", "employees")]


def test_the_head_of_a_compound_noun_is_what_is_counted() -> None:
    text = "Les demandeurs d'emploi inscrits dans le Jura étaient 9 140 fin mars."
    assert read(text) == [("9 140", "persons", "other")]
