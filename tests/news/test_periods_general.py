"""Periods of news figures from the structure of the text (issue 14): a year stated in an earlier
sentence keeps framing the next ones while the text stays in the same time; asides, founding
dates, comparisons, quarters, stock dates and horizons. Every sentence here is our own."""

from __future__ import annotations

from etl.news.extract.figures import Figure, extract_figures


def figs(text: str, published: str | None = "2024-03-12") -> list[Figure]:
    return extract_figures(text, published)


def read(text: str, published: str | None = "2024-03-12") -> list[tuple[str, str | None]]:
    return [(f.span, f.period) for f in figs(text, published)]


def test_year_of_the_previous_sentence_frames_a_sentence_in_the_same_tense() -> None:
    text = (
        "La coutellerie thiernoise réalise en 2019 un chiffre d’affaires de 310 millions "
        "d’euros. Elle fait travailler 2 400 salariés répartis dans 180 entreprises. "
        "Les deux tiers de ces ateliers se trouvent dans la vallée de la Durolle."
    )
    got = [(f.span, f.value, f.unit, f.metric, f.period) for f in figs(text)]
    assert got[:3] == [
        ("310 millions d’euros", 310_000_000, "EUR", "revenue", "2019"),
        ("2 400", 2400, "persons", "employees", "2019"),
        ("180", 180, "companies", "companies", "2019"),
    ]
    assert got[3][0] == "deux tiers" and got[3][-1] == "2019"


def test_past_year_does_not_frame_a_sentence_back_in_the_present() -> None:
    text = (
        "Une fonderie du Doubs se relève lentement après des années difficiles, racontent ses "
        "dirigeants au fil d’une visite des ateliers.\n"
        "En 2016, la fonderie avait perdu 4 millions d’euros. "
        "Elle vend 12 000 pièces par mois à des constructeurs allemands."
    )
    assert read(text) == [("4 millions d’euros", "2016"), ("12 000", None)]


def test_present_time_word_ends_the_frame_of_last_year() -> None:
    text = (
        "L’an dernier, la scierie a scié 8 000 tonnes de chêne. "
        "Elle compte aujourd’hui 45 salariés et cherche 6 apprentis."
    )
    got = read(text)
    assert got[0] == ("8 000 tonnes", "2023")
    assert got[1:] == [("45", None), ("6", None)]


def test_future_or_conditional_sentence_takes_no_earlier_year() -> None:
    text = (
        "La chocolaterie a ouvert une seconde ligne en 2021. "
        "Le prochain agrandissement coûterait 3 millions d’euros."
    )
    assert read(text) == [("3 millions d’euros", None)]


def test_a_year_does_not_cross_a_paragraph_break() -> None:
    text = (
        "En 2018, la cave coopérative a vinifié 52 000 hectolitres.\n\n"
        "Elle regroupe 140 adhérents sur trois communes."
    )
    assert read(text)[1] == ("140", None)


def test_a_sentence_with_its_own_year_keeps_it() -> None:
    text = (
        "La tuilerie a produit 9 millions de tuiles en 2017. "
        "Huit embauches sont annoncées, et 30 000 palettes, d’un prix entre 15 et 40 €, "
        "doivent sortir en 2020."
    )
    got = dict(read(text))
    assert got["9 millions"] == "2017"
    assert got["Huit"] is None and got["30 000"] != "2017"


def test_change_since_a_year_ends_in_the_year_framing_the_text() -> None:
    text = (
        "En 2022, la lunetterie jurassienne a vendu 3 millions de montures. "
        "Depuis 2017, ses ventes ont progressé de 14 %."
    )
    assert read(text) == [("3 millions", "2022"), ("14 %", "2022")]
    alone = "Depuis 2017, les ventes de la coopérative ont progressé de 14 %."
    assert read(alone) == [("14 %", None)]  # nothing frames it: current at publication


def test_change_over_a_duration_stays_current() -> None:
    text = (
        "En 2022, la lunetterie jurassienne a vendu 3 millions de montures. "
        "En dix ans, elle a perdu 200 emplois."
    )
    assert read(text)[1] == ("200", None)


def test_year_of_a_digression_between_dashes_is_not_the_next_figure_s() -> None:
    text = (
        "En 2023, la filière du décolletage réalise 1,1 milliard d’euros de chiffre d’affaires. "
        "Si les ateliers se sont raréfiés – on en recensait 600 en 1995 – la filière a vu ses "
        "exportations croître de 9 % depuis 2019."
    )
    got = [(f.span, f.value, f.period) for f in figs(text)]
    assert got == [
        ("1,1 milliard d’euros", 1_100_000_000, "2023"),
        ("600", 600, "1995"),
        ("9 %", 9, "2023"),
    ]


def test_bracket_comparing_two_years_frames_the_list_with_its_first_year() -> None:
    text = (
        "La Suisse reste le premier client de la région (31 % des ventes en 2023, 28 % en "
        "2022), devant l’Italie (12 % des ventes) et l’Espagne (7 %)."
    )
    assert read(text) == [("31 %", "2023"), ("28 %", "2022"), ("12 %", "2023"), ("7 %", "2023")]


def test_bracket_with_one_year_frames_a_parallel_bracket() -> None:
    text = (
        "Les marques visent deux gammes, les montres de 100 à 300 € (45 % du volume en 2023) "
        "et celles de plus de 1 000 € (8 %)."
    )
    got = dict(read(text))
    assert got["45 %"] == "2023" and got["8 %"] == "2023"


def test_present_sentence_with_a_year_frames_a_following_past_tense_change() -> None:
    text = (
        "La chambre des métiers publie son panorama de l’artisanat du bois, attendu par les "
        "élus de la vallée depuis plusieurs mois.\n"
        "La branche compte en 2015 quelque 3 100 entreprises. "
        "Elle a gagné 250 salariés en un an, selon la chambre."
    )
    assert read(text) == [("quelque 3 100", "2015"), ("250", "2015")]


def test_an_event_year_opening_a_paragraph_does_not_govern_the_next_ones() -> None:
    text = (
        "La chambre de commerce a présenté mardi le portrait d’une entreprise familiale de la "
        "vallée, reprise par ses cadres.\n\n"
        "En 2010, un groupe suisse a racheté l’usine de pignons.\n\n"
        "Le site emploie 80 personnes."
    )
    assert read(text) == [("80", None)]


def test_year_of_a_relative_clause_between_commas_is_not_the_main_clause_s() -> None:
    text = "La manufacture, dont le chantier a commencé en 2021, emploiera 150 personnes."
    got = [(f.span, f.value, f.unit, f.period) for f in figs(text)]
    assert got == [("150", 150, "persons", None)]
    text = "Le site, qui a ouvert en 2019, compte désormais 80 salariés."
    assert read(text) == [("80", None)]
    # the clause's year frames a main clause in the same time
    text = "Les ateliers, qui ont réduit leurs achats en 2024, voient leur marge passer à 6,2 %."
    assert read(text) == [("6,2 %", "2024")]


def one(text: str, published: str = "2024-03-12") -> tuple[str, float, str, str, str | None]:
    (f,) = figs(text, published)
    return f.span, f.value, f.unit, f.metric, f.period


def test_comparisons_with_an_earlier_year() -> None:
    text = "Le chiffre d’affaires atteint 12 millions d’euros, contre 10 millions en 2019."
    assert read(text) == [("12 millions d’euros", None), ("10 millions", "2019")]
    text = "Les ventes de la tannerie ont progressé de 7 % par rapport à 2022."
    assert one(text) == ("7 %", 7, "percent", "growth_rate", "2023")
    text = "En 2021, l’atelier a produit 4 000 boîtiers. L’année précédente, il en sortait 3 200."
    assert read(text) == [("4 000", "2021"), ("3 200", "2020")]
    text = "Le groupe a livré 2 millions de montres en 2022, contre 1,7 million un an plus tôt."
    assert read(text) == [("2 millions", "2022"), ("1,7 million", "2021")]


def test_quarters_and_half_years() -> None:
    text = "Au premier trimestre 2023, les exportations de la vallée ont reculé de 4 %."
    assert one(text) == ("4 %", -4, "percent", "growth_rate", "2023")
    # published in March 2024: the third quarter meant is that of 2023
    text = "Au troisième trimestre, les exportations de la vallée ont reculé de 4 %."
    assert one(text)[-1] == "2023"
    text = "Au premier semestre, l’enseigne a ouvert 6 boutiques."
    assert one(text, "2024-09-20") == ("6", 6, "stores", "stores", "2024")


def test_reference_date_of_a_stock() -> None:
    text = "Au 31 décembre 2023, la coopérative comptait 312 adhérents."
    assert one(text) == ("312", 312, "persons", "members", "2023")
    text = "Fin 2022, le réseau d’opticiens comptait 85 magasins."
    assert one(text) == ("85", 85, "stores", "stores", "2022")


def test_horizons() -> None:
    text = "La région vise 5 000 emplois supplémentaires d’ici 2030."
    assert one(text)[-1] == "2030"
    text = "À l’horizon 2028, le groupe prévoit d’investir 40 millions d’euros."
    assert one(text) == ("40 millions d’euros", 40_000_000, "EUR", "investment", "2028")


def test_founding_dates_are_no_period() -> None:
    assert one("Fondée en 1920, la maison emploie 45 salariés.")[-1] is None
    assert one("Présente à Morteau depuis 1850, la famille emploie 60 personnes.")[-1] is None
    text = "Créée en 1987 par deux frères, la PME réalise 9 millions d’euros de chiffre d’affaires."
    assert one(text) == ("9 millions d’euros", 9_000_000, "EUR", "revenue", None)
    text = "L’usine, inaugurée en 2008, a produit 2 millions de pièces l’an dernier."
    assert one(text)[-1] == "2023"


def test_today_against_last_year_nearby() -> None:
    text = "L’an dernier, la fromagerie comptait 40 salariés ; elle en emploie aujourd’hui 55."
    assert read(text) == [("40", "2023"), ("55", None)]
    text = "Aujourd’hui, la fromagerie compte 36 salariés, contre 30 l’an dernier."
    assert read(text) == [("36", None), ("30", "2023")]
    text = (
        "Après 3 millions d’euros l’an dernier, le chiffre d’affaires atteint aujourd’hui "
        "4 millions d’euros."
    )
    assert read(text) == [("3 millions d’euros", "2023"), ("4 millions d’euros", None)]


def test_forecast_year_after_a_past_figure_is_not_its_period() -> None:
    text = (
        "Les artisans ont dressé le bilan de l’année 2023 et leurs perspectives pour 2024. "
        "Après une année terne qui s’est achevée sur un recul des ventes de 5 %, les prévisions "
        "2024 sont meilleures."
    )
    assert read(text) == [("5 %", "2023")]  # the earlier sentence's year, not its forecast
    text = "Le groupe vise 5 millions d’euros de chiffre d’affaires, selon ses prévisions 2026."
    assert read(text) == [("5 millions d’euros", "2026")]  # a target stays the target's


def test_year_of_a_comparison_base_does_not_frame_the_next_sentence() -> None:
    text = (
        "Le chiffre d’affaires de la brasserie atteint 12 millions d’euros, contre 10 millions "
        "en 2019. La société emploie 45 personnes."
    )
    assert read(text) == [("12 millions d’euros", None), ("10 millions", "2019"), ("45", None)]


def test_a_plan_takes_neither_the_earlier_sentence_s_nor_the_lead_s_year() -> None:
    text = (
        "En 2021, la coopérative laitière a collecté 30 millions de litres. "
        "Elle prévoit d’en collecter 32 millions."
    )
    assert read(text) == [("30 millions", "2021"), ("32 millions", None)]


def test_an_account_abbreviation_before_a_year_is_no_name() -> None:
    assert one("Le CA 2015 de la fromagerie atteint 12 millions d’euros.") == (
        "12 millions d’euros",
        12_000_000,
        "EUR",
        "revenue",
        "2015",
    )
    assert one("Au T1 2024, les ventes de la verrerie ont reculé de 3 %.", "2025-05-01")[-1] == (
        "2024"
    )
    # a capitalised brand ending in a year is still a name, not a period
    assert one("Le réseau Lumio 2000 compte 1 200 magasins.", "2025-05-01")[-1] is None


def test_change_over_a_span_of_years_dates_both_states() -> None:
    text = "Les effectifs de la scierie sont passés de 120 à 180 salariés entre 2015 et 2022."
    got = [(f.span, f.value, f.unit, f.period) for f in figs(text)]
    assert got == [("120", 120, "persons", "2015"), ("180", 180, "persons", "2022")]


def test_a_forecast_year_frames_the_next_forecast() -> None:
    text = (
        "Pour 2025, la fédération du négoce table sur une croissance de 1 %. "
        "Elle prévoit 300 embauches."
    )
    got = [(f.span, f.value, f.unit, f.metric, f.period) for f in figs(text)]
    assert got == [
        ("1 %", 1, "percent", "growth_rate", "2025"),
        ("300", 300, "persons", "jobs", "2025"),
    ]


def test_hearsay_conditional_takes_no_earlier_year() -> None:
    text = (
        "Le pôle sera opérationnel en 2026. Selon nos informations, la facture serait de "
        "40 millions d’euros."
    )
    assert read(text) == [("40 millions d’euros", None)]


def test_a_year_later_counts_from_the_year_just_named() -> None:
    text = (
        "La filière du meuble a perdu 2 000 emplois en 2020. Un an plus tard, elle en avait "
        "regagné 1 500."
    )
    got = [(f.span, f.value, f.unit, f.period) for f in figs(text)]
    assert got == [("2 000", 2000, "persons", "2020"), ("1 500", 1500, "persons", "2021")]


def test_years_ago_opening_a_sentence_counts_back_from_publication() -> None:
    text = "Il y a dix ans, la verrerie employait 300 personnes."
    assert one(text) == ("300", 300, "persons", "employees", "2014")
    # a side event dated in the middle of a sentence says nothing of its figures
    text = "Paul, parti il y a deux ans, se souvient d’un atelier qui comptait 400 salariés."
    assert read(text) == [("400", None)]
    assert read("La société, créée il y a dix ans, emploie 50 personnes.") == [("50", None)]


def test_year_of_a_detached_participle_clause_dates_its_event_only() -> None:
    text = "Nommée en 2015 à la tête de la laiterie, Anne Roy a porté les ventes à 12 millions d’euros."
    assert one(text) == ("12 millions d’euros", 12_000_000, "EUR", "revenue", None)
    assert read("La halle, classée en 1986, accueille 40 artisans.") == [("40", None)]
    # nor does it frame the next sentence
    text = (
        "Élu en 2020, le président de l’agglomération a obtenu 2 millions d’euros pour la zone. "
        "Il a aussi attiré 6 entreprises."
    )
    assert read(text) == [("2 millions d’euros", None), ("6", None)]
    # a noun in -é opening a clause is no participle
    text = "Côté emploi, en 2023, la filière a créé 300 postes."
    assert read(text) == [("300", "2023")]


def test_parts_of_a_year_named_without_a_year() -> None:
    # published in March 2024: each of these is over only for 2023
    for text in (
        "Au T3, les commandes de la fonderie ont reculé de 3 %.",
        "Au dernier trimestre, les commandes de la fonderie ont reculé de 3 %.",
        "Le trimestre dernier, les commandes de la fonderie ont reculé de 3 %.",
        "Sur les trois premiers trimestres, les commandes de la fonderie ont reculé de 3 %.",
        "Au second semestre, les commandes de la fonderie ont reculé de 3 %.",
    ):
        assert one(text) == ("3 %", -3, "percent", "growth_rate", "2023"), text
    # in late July the previous quarter is the second one of the same year
    assert (
        one("Le trimestre dernier, la fonderie a livré 8 000 pièces.", "2024-07-25")[-1] == "2024"
    )


def test_a_forecast_beside_a_finished_past_takes_no_carried_year() -> None:
    text = (
        "Les travaux du centre de données doivent démarrer en 2026 et la capacité sera de "
        "300 MW. Deux autres sites ont été repérés, ce qui formera le premier pôle du pays."
    )
    assert dict(read(text, "2025-05-19"))["Deux"] is None


def test_change_over_a_span_named_in_the_sentence_before() -> None:
    text = (
        "Entre 2015 et 2022, la scierie a traversé deux crises. Ses effectifs sont passés de "
        "120 à 180 salariés."
    )
    assert read(text) == [("120", "2015"), ("180", "2022")]


def test_news_of_the_day_takes_no_year_of_the_sentence_before() -> None:
    text = (
        "Le groupe de décolletage a réalisé en 2023 un chiffre d’affaires de 50 millions "
        "d’euros. Il a également annoncé un plan de 10 millions d’euros pour son usine."
    )
    assert read(text) == [("50 millions d’euros", "2023"), ("10 millions d’euros", None)]
    text = (
        "En 2022, la fonderie a été placée en redressement judiciaire. Elle a depuis supprimé "
        "40 postes."
    )
    assert read(text) == [("40", None)]
