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


def test_money_released_or_spent_on_works_is_investment() -> None:
    text = "Le département a débloqué 180 000 euros pour moderniser la halle aux grains."
    assert read(text) == [("180 000 euros", 180000.0, "EUR", "investment", None)]
    text = "La foncière veut rénover la galerie marchande pour 9 millions d'euros."
    assert [f[3] for f in read(text)] == ["investment"]


def test_cost_of_a_project_is_investment_a_ticket_price_is_not() -> None:
    text = "La reconstruction de la piscine coûtera entre 7 et 8 millions d'euros."
    assert [(f[1], f[3]) for f in read(text)] == [(7000000.0, "investment")]
    text = "Le futur pôle numérique, dont le coût est évalué à 2 millions d'euros, ouvrira bientôt."
    assert [f[3] for f in read(text)] == ["investment"]
    assert [f[3] for f in read("L'entrée du musée coûte 9 euros.")] == ["other"]


def test_liabilities_order_book_and_takings() -> None:
    text = (
        "Il s'engage à investir 1,5 million d'euros. Le carnet de commandes atteint 20 M€. "
        "En liquidation, la scierie voisine laissait un passif de 3 millions d'euros."
    )
    assert [f[3] for f in read(text)] == ["investment", "other", "other"]
    text = "La brocante a rapporté 6 500 euros à l'association."
    assert [f[3] for f in read(text)] == ["revenue"]


def test_ellipsis_takes_the_physical_unit_of_the_count_before() -> None:
    text = (
        "La fonderie, l'un des trois sites du groupe, coulera 61 000 tonnes cette année, contre "
        "55 000 en 2023."
    )
    assert read(text)[-1] == ("55 000", 55000.0, "other", "production", "2023")


def test_en_points_back_past_the_subject() -> None:
    text = "La cave a mis en bouteille 84 000 flacons l'an dernier. Avant, la cave n'en remplissait que 60 000."
    assert read(text)[-1][:4] == ("60 000", 60000.0, "units", "production")


def test_team_is_a_headcount_and_admissions_are_participants() -> None:
    text = "Le chef d'atelier encadre une équipe de trente-deux personnes."
    assert read(text) == [("trente-deux", 32.0, "persons", "employees", None)]
    text = "L'exposition a totalisé 12 400 entrées."
    assert read(text) == [("12 400", 12400.0, "persons", "participants", None)]


def test_rate_brought_to_a_level_is_no_change() -> None:
    text = "Les artisans demandent un abaissement de la TVA à 10 % sur la rénovation."
    assert read(text) == [("10 %", 10.0, "percent", "other", None)]
    text = "Les ventes sont en baisse de 4 % sur un an."
    assert read(text)[0][1] == -4.0


def test_about_written_after_the_count() -> None:
    figs = extract_figures("La carrière fait vivre 260 familles et 140 salariés environ.", None)
    assert [(f.value, f.approximate) for f in figs][-1] == (140.0, True)
    figs = extract_figures("L'atelier a 12 salariés et environ 30 intérimaires.", None)
    assert [(f.value, f.approximate) for f in figs] == [(12.0, False), (30.0, True)]


def test_part_of_a_count_after_dont_and_a_participle() -> None:
    text = "Le réseau gère 54 agences, dont neuf rénovées l'an dernier."
    assert read(text)[-1] == ("neuf", 9.0, "stores", "stores", "2023")


def test_unknown_things_sold_or_made_are_products() -> None:
    text = "La fabrique a vendu 72 000 parapluies l'an dernier."
    assert read(text) == [("72 000", 72000.0, "units", "production", "2023")]


def test_number_of_job_seekers_is_no_headcount() -> None:
    text = "Le nombre de demandeurs d'emploi du bassin s'élève à 8 930 ce mois-ci."
    assert read(text)[0][:4] == ("8 930", 8930.0, "persons", "other")


def test_split_by_age_or_by_quarter_is_other() -> None:
    text = "Les moins de 26 ans forment 19 % des stagiaires accueillis."
    assert read(text) == [("19 %", 19.0, "percent", "other", None)]
    text = "Le dernier trimestre pèse à lui seul 38 % des ventes de la chocolaterie."
    assert [f[3] for f in read(text)] == ["other"]


def test_members_compared_with_an_earlier_count_stay_members() -> None:
    text = "L'amicale compte 88 entreprises adhérentes, contre 64 il y a cinq ans."
    assert [f[3] for f in read(text)] == ["members", "members"]


def test_redeployments_are_job_flows_and_files_are_counted() -> None:
    text = "La direction propose douze reclassements ; quatre dossiers restent en suspens."
    assert [(f[0], f[2], f[3]) for f in read(text)] == [
        ("douze", "persons", "jobs"),
        ("quatre", "other", "other"),
    ]


def test_share_of_this_turnover_is_one_firm_split() -> None:
    text = "La biscuiterie a réalisé 12 M€. Les sablés pèsent 45 % de ce chiffre d'affaires."
    assert read(text)[-1][:4] == ("45 %", 45.0, "percent", "other")


def test_en_before_a_verb_points_back_to_the_count() -> None:
    text = "La boulangerie emploie onze vendeuses et en embauchera trois cet automne."
    assert read(text) == [
        ("onze", 11.0, "persons", "employees", None),
        ("trois", 3.0, "persons", "jobs", None),
    ]
    assert read("Ils ont partagé la galette en divisant par deux.") == []
