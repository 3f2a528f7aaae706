"""Period rules found on a second set of unseen articles written for the project (issue 14):
comparison bases, "respectivement", "d'ici là", horizons right after a figure, "cet exercice",
dating an undated text from a span tied to a year, and the lead year of an undated text framing
the flows told after it. Every sentence here is our own."""

from __future__ import annotations

from etl.news.extract.figures import extract_figures
from etl.news.extract.periods import inferred_reference


def read(text: str, published: str | None = "2025-03-18") -> list[tuple[str, str | None]]:
    return [(f.span, f.period) for f in extract_figures(text, published)]


def test_years_listed_before_respectivement_go_to_the_figures_in_order() -> None:
    text = "En 2022 et 2023, les commandes ont augmenté respectivement de 9 % et de 4 %."
    assert read(text) == [("9 %", "2022"), ("4 %", "2023")]


def test_the_same_part_of_an_earlier_year_is_a_comparison_base() -> None:
    text = (
        "Les livraisons ont atteint 41 M€ sur les six premiers mois, soit 3 % de plus qu'au "
        "premier semestre 2024. Les commandes ont, elles, progressé de 5 %."
    )
    got = dict(read(text, "2025-08-01"))
    assert got["3 %"] == "2025"
    assert got["5 %"] != "2024"  # the base year frames nothing after it


def test_a_relative_year_frames_a_comparison_with_an_earlier_year() -> None:
    text = "Le marché a pesé 820 millions d'euros l'an dernier, +12 % par rapport à 2019."
    assert read(text) == [("820 millions d'euros", "2024"), ("+12 %", "2024")]


def test_a_base_after_a_comma_dates_only_its_figure() -> None:
    text = (
        "La foire de Morteau a accueilli plus de 9 000 visiteurs ce week-end, contre 7 200 lors "
        "de la précédente édition, en 2023, un record pour les organisateurs du salon."
    )
    assert read(text) == [("plus de 9 000", None), ("7 200", "2023")]


def test_cet_exercice_is_the_year_just_named() -> None:
    text = (
        "La chaîne de bijouteries a fermé six magasins en 2024.\n"
        "Au cours de cet exercice, ses ventes ont reculé de 8 %."
    )
    assert read(text, None)[-1] == ("8 %", "2024")


def test_d_ici_la_is_the_horizon_just_named() -> None:
    text = (
        "Le décolleteur veut doubler sa surface d'ici 2027. "
        "Le projet doit créer 45 postes d'ici là."
    )
    assert read(text) == [("45", "2027")]


def test_a_horizon_right_after_a_figure_is_its_period() -> None:
    text = "Objectif : le retour aux bénéfices en 2025 et 60 millions d'euros de ventes à l'horizon 2028."
    assert read(text)[-1] == ("60 millions d'euros", "2028")


def test_an_undated_text_is_dated_by_a_span_tied_to_a_year() -> None:
    assert inferred_reference("Créée il y a vingt ans, en 2003, la PME fabrique...").year == 2023
    assert inferred_reference("Trois ans après la fermeture de 2019, le site revit.").year == 2022
    assert inferred_reference("Née en 1988, la maison fête cette année ses 36 ans.").year == 2024
    assert inferred_reference("Un article sans repère de temps.") is None


def test_years_ago_right_after_a_figure_dates_that_figure_only() -> None:
    text = (
        "Fondé il y a trente ans, en 1994, l'atelier de Bois-Sauvin polit aujourd'hui 80 000 "
        "boîtiers par an pour des marques suisses. Il en polissait à peine 30 000 il y a dix ans.\n"
        "Un boîtier poli à la main se facture 120 euros pièce."
    )
    got = dict(read(text, None))
    assert got["à peine 30 000"] == "2014"
    assert got["120 euros"] is None  # the ten years ago frames nothing after it


def test_the_year_of_a_crisis_counted_from_is_no_period() -> None:
    text = (
        "Quatre ans après la crise sanitaire de 2020, le bassin compte de nouveau 5 300 "
        "frontaliers, soit près de 40 % de ses actifs."
    )
    assert [p for _, p in read(text)] == [None, None]


def test_an_undated_lead_year_frames_the_flows_told_after_it() -> None:
    text = (
        "Le groupe lunetier jurassien a réalisé un chiffre d'affaires de 212 millions d'euros "
        "en 2022, porté par ses montures haut de gamme et par l'export vers l'Asie.\n"
        "Les ventes de verres progressent de 6 %. Le groupe emploie 1 400 personnes."
    )
    got = dict(read(text, None))
    assert got["6 %"] == "2022"  # a flow of the year the lead reports
    assert got["1 400"] is None  # a state: not framed
    # with a publication date, "current" is the date's: the present-tense flow stays current
    assert dict(read(text, "2023-02-01"))["6 %"] is None
