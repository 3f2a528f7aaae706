"""Periods of news figures, second round (issue 14): comparison bases, horizons, relative years
and years governing a list. Every sentence here is our own, written for these tests."""

from __future__ import annotations

from etl.news.extract.figures import Figure, extract_figures

JOBS = ("jobs", "employees")  # one family in the labels


def figs(text: str, published: str | None = "2024-03-12") -> list[Figure]:
    return extract_figures(text, published)


def by_span(text: str, published: str | None = "2024-03-12") -> dict[str, Figure]:
    return {f.span: f for f in figs(text, published)}


def test_year_of_an_elliptical_base_dates_that_figure_only() -> None:
    text = (
        "La fromagerie a réalisé 7,4 millions d’euros de ventes en 2022, contre 6,8 en 2021, "
        "et un bénéfice de 0,4 million."
    )
    got = by_span(text)
    sales, base, profit = got["7,4 millions d’euros"], got["6,8"], got["0,4 million"]
    assert (sales.value, sales.unit, sales.metric, sales.period) == (
        7_400_000,
        "EUR",
        "revenue",
        "2022",
    )
    assert (base.value, base.metric, base.period) == (6_800_000, "revenue", "2021")
    assert profit.value == 400_000 and profit.period == "2022"  # not the base year 2021


def test_base_year_with_a_decimal_comma_does_not_carry_to_the_next_sentence() -> None:
    text = (
        "Le brasseur a vendu 12,5 millions de litres en 2023, contre 11,9 en 2022. "
        "Il en a exporté 30 % vers l’Allemagne."
    )
    got = by_span(text)
    assert got["12,5 millions"].period == "2023"
    assert got["30 %"].unit == "percent" and got["30 %"].period == "2023"  # not 2022


def test_last_year_as_a_comparison_base_governs_no_block() -> None:
    text = (
        "Le marché de Noël de la vieille ville a fermé dimanche sur 52 000 visiteurs, contre "
        "47 000 l’an dernier. Soixante chalets y vendaient de l’artisanat local.\n"
        "Le stand le plus couru propose des jouets en bois à 25 euros pièce."
    )
    got = by_span(text)
    assert got["47 000"].period == "2023"
    assert got["52 000"].period is None and got["52 000"].metric == "participants"
    assert got["25 euros"].period is None and got["25 euros"].metric == "other"


def test_growth_against_an_earlier_year_keeps_the_fronted_year() -> None:
    text = "En 2022, les nuitées d’hôtel du massif ont progressé de 11 % par rapport à 2018."
    got = figs(text)
    assert [(f.span, f.value, f.metric, f.period) for f in got] == [
        ("11 %", 11, "growth_rate", "2022")
    ]


def test_growth_against_an_earlier_year_alone_is_the_next_year() -> None:
    got = figs("Les nuitées d’hôtel du massif ont progressé de 11 % par rapport à 2018.")
    assert got[0].period == "2019"


def test_years_ago_after_contre_dates_the_base_figure() -> None:
    text = "La part des logements vides du bourg est descendue à 7 %, contre 12 % il y a cinq ans."
    got = by_span(text)
    assert got["12 %"].value == 12 and got["12 %"].unit == "percent"
    assert got["12 %"].period == "2019"
    assert got["7 %"].period is None


def test_last_financial_year_is_the_year_before_publication() -> None:
    text = "Au titre de son dernier exercice, la mutuelle a encaissé 84 millions d’euros de cotisations."
    got = figs(text, "2025-06-02")
    assert [(f.span, f.unit, f.period) for f in got] == [("84 millions d’euros", "EUR", "2024")]


def test_participle_right_after_a_figure_gives_it_the_year() -> None:
    text = "Le chantier naval promet trois cents postes créés d’ici 2028 sur le port."
    got = figs(text)
    assert [(f.span, f.value, f.metric, f.period) for f in got] == [
        ("trois cents", 300, "jobs", "2028")
    ]


def test_founding_participle_still_ignores_its_year() -> None:
    text = "La scierie, fondée en 1961, emploie 48 salariés."
    got = figs(text)
    assert [(f.span, f.metric, f.period) for f in got] == [("48", "employees", None)]


def test_openings_in_a_year_are_that_year_s() -> None:
    text = "La chaîne de boulangeries tient 40 magasins, dont neuf ouverts en 2023."
    got = by_span(text)
    assert got["neuf"].unit == "stores" and got["neuf"].period == "2023"
    assert got["40"].period is None


def test_planned_event_in_a_relative_clause_does_not_date_the_amount() -> None:
    text = (
        "La mairie investit 3 millions d’euros dans une médiathèque, qui doit accueillir ses "
        "premiers lecteurs à l’automne 2026."
    )
    got = figs(text)
    assert [(f.span, f.metric, f.period) for f in got] == [
        ("3 millions d’euros", "investment", None)
    ]


def test_past_relative_clause_still_dates_the_share_of_its_total() -> None:
    text = (
        "Le canton assure 40 % de la production laitière du massif, qui a atteint en 2021 "
        "un record."
    )
    assert figs(text)[0].period == "2021"


def test_next_year_governs_no_present_fact() -> None:
    text = (
        "La papeterie embauchera une vingtaine d’opérateurs dès l’an prochain. Elle produit "
        "90 000 tonnes de carton par an et livre une trentaine d’imprimeurs."
    )
    got = by_span(text)
    assert got["une vingtaine"].period == "2025"
    assert got["90 000 tonnes"].period is None
    assert got["une trentaine"].period is None


def test_a_lead_year_frames_only_what_follows_it_in_the_lead() -> None:
    text = (
        "La biscuiterie familiale compte 75 salariés dans son usine du Vexin. L’an dernier, "
        "elle a réalisé 14 millions d’euros de chiffre d’affaires. Elle vend ses sablés dans "
        "1 200 épiceries fines."
    )
    got = by_span(text)
    assert got["75"].period is None and got["75"].metric == "employees"
    assert got["14 millions d’euros"].period == "2023"


def test_heading_year_governs_the_dashed_list_under_it() -> None:
    text = (
        "La coopérative laitière a réuni ses sociétaires samedi pour son assemblée générale.\n"
        "Le bilan de l’exercice 2023 :\n"
        "– collecte : 61 millions de litres ;\n"
        "– ventes : 48 M€ (+6 %) ;\n"
        "– sociétaires : 210.\n"
        "Le président a été réélu pour trois ans."
    )
    got = by_span(text)
    assert got["48 M€"].metric == "revenue" and got["48 M€"].period == "2023"
    assert got["+6 %"].metric == "growth_rate" and got["+6 %"].period == "2023"
    assert got["61 millions"].period == "2023"


def test_a_list_without_a_heading_year_stays_current() -> None:
    text = (
        "La coopérative laitière a réuni ses sociétaires samedi pour son assemblée générale.\n"
        "Ce qu’il faut retenir :\n"
        "– ventes : 48 M€ ;\n"
        "– sociétaires : 210."
    )
    assert by_span(text)["48 M€"].period is None


def test_depuis_opening_a_sentence_brings_it_to_now() -> None:
    text = "En 2019, la filature a traité 900 tonnes de laine. Depuis, elle a perdu 14 emplois."
    got = by_span(text)
    assert got["900 tonnes"].period == "2019"
    assert got["14"].metric in JOBS and got["14"].period is None


def test_desormais_in_the_figure_s_clause_beats_last_year() -> None:
    text = "La fromagerie a recruté six salariés l’an passé et emploie désormais 41 personnes."
    got = by_span(text)
    assert got["six"].period == "2023"
    assert got["41"].metric in JOBS and got["41"].period is None


def test_whole_financial_year_takes_the_year_just_named() -> None:
    text = (
        "Au premier semestre 2023, les ventes du chocolatier ont reculé de 3 %. "
        "Sur l’ensemble de l’année, il a encaissé 22 millions d’euros, contre 23,5 un an plus tôt."
    )
    got = by_span(text)
    assert got["22 millions d’euros"].metric == "revenue"
    assert got["22 millions d’euros"].period == "2023"
    assert got["23,5"].value == 23_500_000 and got["23,5"].period == "2022"


def test_forecast_year_does_not_frame_a_present_clause_of_the_next_sentence() -> None:
    text = (
        "La cidrerie vise un million de bouteilles d’ici 2029. "
        "Elle emploie dix-neuf salariés et en embauchera quatre cet automne."
    )
    got = by_span(text, "2024-05-06")
    assert got["dix-neuf"].metric == "employees" and got["dix-neuf"].period is None
    assert got["quatre"].metric == "jobs" and got["quatre"].period is None  # not 2029


def test_present_clause_after_a_dated_past_clause_is_current() -> None:
    text = "La distillerie a vendu 380 000 bouteilles en 2022 et emploie 27 salariés."
    got = by_span(text)
    assert got["380 000"].period == "2022"
    assert got["27"].metric in JOBS and got["27"].period is None


def test_fronted_year_still_frames_both_clauses() -> None:
    text = "En 2022, la distillerie a vendu 380 000 bouteilles et employait 27 salariés."
    got = by_span(text)
    assert got["380 000"].period == "2022" and got["27"].period == "2022"


def test_past_clause_after_a_dated_past_clause_keeps_the_year() -> None:
    text = "La distillerie a vendu 380 000 bouteilles en 2022 et a embauché 5 salariés."
    assert by_span(text)["5"].period == "2022"
