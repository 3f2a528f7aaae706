"""Rules for unseen articles (issue 14): periods from comparisons, reviews without a date,
names ending in a year; metrics from the sentence's structure; figures in words. Every
sentence here is our own."""

from __future__ import annotations

from etl.news.extract.figures import extract_figures


def periods(text: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(f.span, f.period) for f in extract_figures(text, published)]


def test_year_ending_a_name_is_not_a_period() -> None:
    text = "Le réseau Visio 2000 et ses 310 magasins ont vendu pour 95 M€."
    assert periods(text, "2015-04-02") == [("310", None), ("95 M€", None)]


def test_growth_against_an_earlier_year_is_the_year_after() -> None:
    text = "Les commandes ont progressé de 12 % par rapport à 2018."
    assert periods(text, "2020-02-10") == [("12 %", "2019")]
    assert periods("La baisse n’est que de 3,5 % comparé à 2016.", None) == [("3,5 %", "2017")]


def test_last_year_as_a_comparison_base_is_no_period() -> None:
    text = (
        "En neuf mois, les ventes atteignent 4,2 milliards d’euros, 8 % de plus que l’an dernier."
    )
    assert periods(text, "2021-10-20") == [("4,2 milliards d’euros", None), ("8 %", None)]


def test_review_without_a_date_resolves_last_year_from_its_latest_year() -> None:
    text = (
        "Malgré un climat morose, la fédération régionale des bijoutiers présente un bilan "
        "plutôt rassurant de son exercice.\n"
        "L’an dernier, elle a compté 412 adhérents, dont 35 entrés en cours d’année 2017.\n"
        "Ses membres ont exporté pour 37 M€."
    )
    assert periods(text, None) == [("412", "2017"), ("35", "2017"), ("37 M€", "2017")]


def test_horizon_years_do_not_date_a_review() -> None:
    text = (
        "L’an dernier, la coopérative a vendu 1,2 million de paires en 2019 et vise 2 millions "
        "d’ici 2025."
    )
    assert periods(text, None)[0] == ("1,2 million", "2019")


def kinds(text: str, published: str | None = "2022-06-01") -> list[tuple[str, str, str]]:
    return [(f.span, f.unit, f.metric) for f in extract_figures(text, published)]


def test_approximation_noun_alone_counts_what_was_counted_before() -> None:
    text = "L’atelier comptait 64 salariés. Une vingtaine d’entre eux partiront en retraite."
    assert kinds(text)[1] == ("Une vingtaine", "persons", "employees")


def test_flow_noun_leaves_the_count_to_its_complement() -> None:
    text = "Le plan prévoit 38 suppressions de postes et 12 créations d’entreprises."
    assert kinds(text) == [("38", "persons", "jobs"), ("12", "companies", "companies")]


def test_a_sector_counts_companies_a_body_has_members() -> None:
    assert kinds("La filière regroupe 640 entreprises.") == [("640", "companies", "companies")]
    text = "Le collectif « Jura Métiers » regroupe 85 entreprises."
    assert kinds(text) == [("85", "companies", "members")]


def test_a_retailers_establishments_are_shops() -> None:
    text = "L’enseigne ferme ses magasins du Sud. Elle garde 7 des 9 établissements de la région."
    assert [u for _, u, _ in kinds(text)] == ["stores", "stores"]


def test_investment_however_phrased() -> None:
    text = (
        "La coopérative a engagé 2,3 millions d’euros dans son atelier. Le coût du chantier "
        "est estimé à 5 M€. La mairie y a consacré 400 000 euros."
    )
    assert [m for _, _, m in kinds(text)] == ["investment", "investment", "investment"]


def test_a_price_or_a_study_is_not_an_investment() -> None:
    text = "Chaque montre coûte 900 euros. L’audit aura coûté 80 000 euros."
    assert [m for _, _, m in kinds(text)] == ["other", "other"]


def test_counts_listed_after_a_counted_noun_keep_it() -> None:
    text = (
        "Le constructeur a franchi le cap des 90 000 voitures : 91 200 en 2015 ; "
        "93 400 en 2016 ; 90 800 en 2018."
    )
    assert {u for _, u, _ in kinds(text)} == {"units"}


def test_share_of_a_whole_from_the_structure() -> None:
    text = "Le Haut-Jura représente 38 % de la plasturgie française."
    assert kinds(text) == [("38 %", "percent", "market_share")]
    assert kinds("Le groupe détient 9 % du total des brevets déposés.")[0][2] == "market_share"


def test_split_of_a_group_or_of_one_company_is_other() -> None:
    assert kinds("47 % des dirigeants redoutent la hausse des taux.")[0][2] == "other"
    assert kinds("Le plan touche 15 % de l’effectif de l’entreprise.")[0][2] == "other"
    assert kinds("Les bracelets font 30 % du CA réalisé par la marque.")[0][2] == "other"


def test_percentage_listed_after_another_means_the_same() -> None:
    text = "Les ventes progressent de 12 % en Chine, 8 % au Japon et 3 % en Corée."
    assert [m for _, _, m in kinds(text)] == ["growth_rate"] * 3
    text = "La région pèse 14 % du marché national, contre 11 % il y a dix ans."
    assert [m for _, _, m in kinds(text)] == ["market_share"] * 2


def test_growth_word_split_by_a_line_break_hyphen() -> None:
    assert kinds("Le secteur prévoit une haus- se de 7,5 % cette année.")[0][2] == "growth_rate"


def test_a_block_about_exports_keeps_its_topic() -> None:
    text = (
        "Les exportations de lunettes ont encore progressé au printemps. Les volumes suivent. "
        "Sur cinq mois, le total se situe à 410 millions d’euros."
    )
    assert kinds(text)[0][2] == "exports"


def test_today_beats_a_nearby_year() -> None:
    text = "L’an dernier, la marque visait 25 % du marché ; elle en détient 19 % aujourd’hui."
    assert periods(text, "2019-05-01") == [("25 %", "2018"), ("19 %", None)]


def test_as_in_an_earlier_year_is_no_period() -> None:
    assert periods("Le repli se limite à 3 %, comme en 2015.", "2017-03-01") == [("3 %", None)]


def test_forecast_years_do_not_date_an_undated_review() -> None:
    text = (
        "Bilan morose pour les sous-traitants de la vallée, qui espèrent beaucoup des "
        "prévisions 2013.\nL’an dernier, leurs ventes ont reculé de 4 % en 2012."
    )
    assert periods(text, None) == [("4 %", "2012")]


def test_an_undated_lead_looking_back_on_last_year_governs_without_figures() -> None:
    text = (
        "Comme chaque printemps, la fédération a détaillé le bilan de l’année passée, celle "
        "du salon de 2016, devant ses adhérents réunis à Morteau.\n\nLa production atteint "
        "7,4 millions d’euros.\nLes exportations pèsent 3,1 millions d’euros, un record."
    )
    assert [p for _, p in periods(text, None)] == ["2016", "2016"]
    # With a publication date, figures without a year of their own are current.
    assert [p for _, p in periods(text, "2017-04-02")] == [None, None]


def test_an_issue_date_on_a_header_line_dates_the_text() -> None:
    text = (
        "La Gazette des ateliers n° 88 - Mars 2015\n\nL’an dernier, la vallée a perdu 140 emplois."
    )
    assert periods(text, None) == [("140", "2014")]


def test_proportions_in_words() -> None:
    text = "Un visiteur sur trois repart avec une montre ; 3 ateliers sur 4 exportent."
    figs = extract_figures(text, "2020-01-01")
    assert [(f.span, f.value, f.unit) for f in figs] == [
        ("Un visiteur sur trois", 33.3, "percent"),
        ("3 ateliers sur 4", 75.0, "percent"),
    ]
    assert kinds("Il travaille un week-end sur deux.") == []


def test_share_sold_abroad_is_exports() -> None:
    assert kinds("L’atelier exporte 70 % de sa production.")[0][2] == "exports"
    assert kinds("Elle réalise 45 % de ses ventes à l’étranger.")[0][2] == "exports"
    assert kinds("Ses exportations progressent de 6 %.")[0][2] == "growth_rate"
    text = "92 % des bracelets vendus en France sont fabriqués à l’étranger."
    assert kinds(text)[0][2] != "exports"


def test_a_price_is_not_revenue() -> None:
    text = "Les ventes du salon ont bondi ; l’entrée coûte 12 euros la journée."
    assert kinds(text)[0][2] == "other"
    assert (
        kinds("Le chiffre d’affaires grimpe, avec des billets à 25 euros par personne.")[0][2]
        == "other"
    )


def test_shops_under_other_nouns() -> None:
    text = "Le réseau compte 412 officines et 37 sous enseigne Lumière."
    assert [(s, u) for s, u, _ in kinds(text)] == [("412", "stores"), ("37", "stores")]


def test_a_part_weighing_in_a_whole_is_a_share() -> None:
    assert kinds("La vallée concentre 58 % des effectifs de la filière.")[0][2] == "market_share"
    assert kinds("Le canton pèse 17 % à lui seul.")[0][2] == "market_share"
    text = "L’atelier est très féminisé, 61 % des emplois, contre 40 % ailleurs."
    assert kinds(text)[0][2] == "other"


def test_count_followed_by_a_linking_word_takes_the_noun_before() -> None:
    text = "L’effectif pourrait grimper à 180 voire davantage d’ici deux ans."
    assert kinds(text)[0][1] == "persons"


def test_model_numbers_are_names() -> None:
    text = "Les Renault 4 et 5 ont marqué l’usine ; les Citroën 2000 et 3000 aussi. Elle emploie 640 salariés."
    assert [s for s, _, _ in kinds(text)] == ["640"]
    text = "Les Tissot 1853 et 1960 sont assemblées ici, avec 120 salariés."
    assert [s for s, _, _ in kinds(text)] == ["120"]


def test_later_state_of_a_change_takes_the_first_states_scale() -> None:
    text = "Le nombre de montres vendues est passé de 12 millions en 2015 à 14 en 2016."
    figs = extract_figures(text, "2017-03-01")
    assert [(f.span, f.value, f.unit, f.period) for f in figs] == [
        ("12 millions", 12e6, "units", "2015"),
        ("14", 14e6, "units", "2016"),
    ]


def test_approximation_noun_of_millions() -> None:
    fig = extract_figures("La maison injecte une vingtaine de millions d’euros.", "2020-01-01")[0]
    assert (fig.span, fig.value, fig.metric) == (
        "une vingtaine de millions d’euros",
        2e7,
        "investment",
    )


def test_as_in_binds_only_the_year_right_after_it() -> None:
    text = "La baisse est limitée à 3 %, comme en 2014 (+6 % en 2013 et +1 % en 2012)."
    assert periods(text, "2016-01-10") == [("3 %", None), ("+6 %", "2013"), ("+1 %", "2012")]


def test_previous_year_is_relative_to_the_year_just_named() -> None:
    text = "En 2011, la marque a vendu 40 000 montres, contre 35 000 l’année précédente."
    assert periods(text, "2014-01-01") == [("40 000", "2011"), ("35 000", "2010")]
    text = "En 2016, l’atelier comptait 30 salariés. Un an plus tôt, il en comptait 22."
    assert periods(text, "2019-01-01") == [("30", "2016"), ("22", "2015")]


def test_comparison_bases_add_no_year() -> None:
    text = "Les commandes gagnent 6 % face au même mois un an plus tôt."
    assert periods(text, "2019-01-01") == [("6 %", None)]
    text = "2015 fut faste, avec une hausse de 9 % par rapport à l’année précédente."
    assert periods(text, "2016-06-01") == [("9 %", "2015")]


def test_quarters_and_half_years_without_a_year() -> None:
    assert periods("Au troisième trimestre, l’emploi a progressé de 2 %.", "2021-11-10") == [
        ("2 %", "2021")
    ]
    assert periods("Au second semestre, les ventes ont reculé de 4 %.", "2021-02-10") == [
        ("4 %", "2020")
    ]


def test_people_without_work_around_them_are_not_employees() -> None:
    assert kinds("Le festival a attiré 20 000 personnes venues de toute la région.")[0][2] != (
        "employees"
    )
    assert kinds("La ville compte 1 200 chômeurs de plus.")[0][2] == "other"
    assert kinds("L’usine fait travailler 350 personnes.")[0][2] == "employees"


def test_market_size_is_revenue_and_a_plan_is_investment() -> None:
    assert kinds("Le marché français de la lunette pèse 6,2 milliards d’euros.")[0][2] == "revenue"
    text = "Le plan de modernisation, chiffré à 14 millions d’euros, sera lancé en mars."
    assert kinds(text)[0][2] == "investment"


def test_growth_cues_after_or_before_the_figure() -> None:
    assert kinds("Les commandes sont supérieures de 7 % par rapport à juin.")[0][2] == "growth_rate"
    assert kinds("Les prix de l’or ont flambé de 18 %.")[0][2] == "growth_rate"


def test_plural_adjective_before_the_counted_noun() -> None:
    assert kinds("La marque ouvre cinq belles boutiques.")[0][:2] == ("cinq", "stores")


def test_at_the_time_points_to_the_year_named_before() -> None:
    text = "L’atelier s’est installé à Morteau en 2004. À l’époque, il comptait 6 salariés."
    assert periods(text, "2020-02-01") == [("6", "2004")]


def test_more_ways_to_say_revenue_exports_and_growth() -> None:
    assert kinds("La filière génère 870 millions d’euros par an.")[0][2] == "revenue"
    assert kinds("Le groupe réalise désormais 64 M€ à l’étranger.")[0][2] == "exports"
    assert kinds("L’action a cédé 3,5 % en une séance.")[0][2] == "growth_rate"


def test_more_shop_nouns() -> None:
    assert kinds("La marque est distribuée par 240 détaillants.")[0][1] == "stores"


def test_a_large_whole_after_sur_is_a_count() -> None:
    text = "Le repreneur garderait 212 boutiques sur 540."
    assert [(s, u) for s, u, _ in kinds(text)] == [("212", "stores"), ("540", "stores")]


def test_bracketed_percentages_after_a_growth_rate_are_growth_rates() -> None:
    text = "Le chiffre d’affaires progresse de 8 % (6 % en Europe, 11 % en Asie)."
    assert [m for _, _, m in kinds(text)] == ["growth_rate"] * 3


def test_sector_split_of_a_territorys_jobs_is_a_share() -> None:
    text = "Le Jura compte 21 000 salariés, dont 38 % dans l’industrie et 30 % dans les services."
    assert [m for _, _, m in kinds(text)] == ["employees", "market_share", "market_share"]
    text = "L’atelier compte 40 salariés, dont 60 % de femmes."
    assert kinds(text)[1][2] == "other"


def test_a_list_opened_after_a_counted_noun_counts_it() -> None:
    text = "Tous les magasins (deux à Dole, trois à Vesoul et deux à Gray) restent ouverts."
    assert kinds(text) == [
        ("deux", "stores", "stores"),
        ("trois", "stores", "stores"),
        ("deux", "stores", "stores"),
    ]
    assert kinds("La coopérative réunit sept fermes.")[0][:2] == ("sept", "companies")


def test_a_year_after_en_is_a_year_whatever_follows() -> None:
    text = "Née de la reprise en 2012 des ateliers Durand, elle emploie 40 salariés."
    assert [s for s, _, _ in kinds(text)] == ["40"]


def test_money_formats_seen_in_regional_news() -> None:
    figs = extract_figures("Le chiffre d’affaires atteint 15 millions EUR.", "2022-01-01")
    assert [(f.span, f.value, f.unit) for f in figs] == [("15 millions EUR", 15e6, "EUR")]
    figs = extract_figures("Un plan de deux millions et demi d’euros.", "2022-01-01")
    assert [(f.span, f.value) for f in figs] == [("deux millions et demi d’euros", 2.5e6)]
    figs = extract_figures("Il annonce un chiffre d’affaires de 3,2 millions.", "2022-01-01")
    assert [(f.unit, f.metric, f.currency) for f in figs] == [("EUR", "revenue", "EUR")]


def test_a_figure_a_year_earlier() -> None:
    text = "En 2020, l’atelier a facturé 4 M€, contre 3,5 M€ un an plus tôt."
    assert periods(text, "2022-03-15") == [("4 M€", "2020"), ("3,5 M€", "2019")]


def test_a_part_of_all_exports_is_a_share() -> None:
    assert kinds("Le Japon absorbe 9 % des exportations horlogères.")[0][2] == "market_share"
    assert kinds("Elle réalise 60 % de son chiffre d’affaires à l’export.")[0][2] == "exports"


def test_soit_after_a_change_gives_it_in_percent() -> None:
    text = "Les commandes reculent de 300, soit 12 %."
    figs = extract_figures(text, "2021-01-01")
    assert [(f.span, f.metric, f.value) for f in figs][1] == ("12 %", "growth_rate", -12.0)
    assert kinds("Le plan supprime 31 postes, soit 9 % de l’effectif.")[1][2] == "other"
