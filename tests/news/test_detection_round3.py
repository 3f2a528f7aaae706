"""Detection, signs and units found on a second set of unseen articles written for the project
(issue 14): the sign of a fall however said, counts next to dates, hallmarks and hall numbers,
counted nouns of retail and surveys, a count "en a compté", bare amounts in a Swiss text.
Every sentence here is our own."""

from __future__ import annotations

import pytest

from etl.news.extract.figures import extract_figures


def read(text: str, published: str = "2024-06-04") -> list[tuple[str, float, str, str]]:
    return [(f.span, f.value, f.unit, f.metric) for f in extract_figures(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "Les commandes du sous-traitant ont vu leur volume s'effondrer de 22 % en un an.",
        "Les ventes de la coutellerie ont vu leur montant fondre de 22 % l'an dernier.",
        "La mécanique générale cède 22 % sur un an, selon la fédération.",
    ],
)
def test_a_fall_however_said_is_negative(text: str) -> None:
    assert [(span, value) for span, value, _, _ in read(text)] == [("22 %", -22)]


def test_a_count_before_a_year_end_date_is_a_figure() -> None:
    text = "Des salariés ? L'atelier de polissage en comptait 74 au 31 décembre."
    assert read(text) == [("74", 74, "persons", "employees")]


def test_a_day_range_is_a_date() -> None:
    text = "L'enquête a interrogé 900 chefs d'entreprise entre le 2 et le 19 juin."
    assert read(text) == [("900", 900, "persons", "other")]


def test_hallmarks_and_hall_numbers_are_no_figures() -> None:
    text = (
        "Le poinçon 750 reste la référence des bijoutiers, mais la clientèle jeune se tourne "
        "vers le 375, moins cher. Rendez-vous au salon, hall 3, stand 12."
    )
    assert read(text) == []


def test_shops_under_retail_nouns() -> None:
    text = (
        "L'enseigne est présente dans 230 portes chez des détaillants et prévoit une douzaine "
        "d'ouvertures cette année, dont 38 bijouteries-horlogeries."
    )
    assert [(span, unit) for span, _, unit, _ in read(text)] == [
        ("230", "stores"),
        ("une douzaine", "stores"),
        ("38", "stores"),
    ]


def test_people_counted_by_surveys_and_recruitment() -> None:
    text = (
        "L'étude a sondé 1 800 consommateurs et 420 acheteurs professionnels. "
        "L'atelier sera rejoint par douze nouvelles recrues."
    )
    assert [unit for _, _, unit, _ in read(text)] == ["persons", "persons", "persons"]


def test_a_count_the_subject_has_had_in_words() -> None:
    text = "Des horlogers ? La manufacture Bellard en a compté jusqu'à quatre cents en 1975."
    assert read(text) == [("jusqu'à quatre cents", 400, "persons", "employees")]


def test_bare_millions_in_a_swiss_text_are_francs() -> None:
    text = (
        "Le fabricant neuchâtelois va consacrer 20 millions de francs suisses à son usine. "
        "En 2023, ses ventes ont progressé de 9 %, à 75 millions."
    )
    got = extract_figures(text, "2024-06-04")
    assert got[-1].span == "75 millions" and got[-1].currency == "CHF"


def test_openings_with_no_complement_are_shops() -> None:
    text = "L'opticien prévoit une dizaine d'ouvertures d'ici à 2026 et 40 ouvertures de postes."
    got = [(span, unit) for span, _, unit, _ in read(text)]
    assert got == [("une dizaine", "stores"), ("40", "persons")]


def test_the_base_of_a_price_is_a_price() -> None:
    text = "Le prix moyen d'une bague est passé à 610 euros, contre 480 trois ans plus tôt."
    assert [(span, unit) for span, _, unit, _ in read(text)] == [
        ("610 euros", "EUR"),
        ("480", "EUR"),
    ]


def test_a_bare_million_after_a_small_count_is_money_not_a_count() -> None:
    text = "Il a ouvert deux ateliers et lancé une campagne publicitaire de 2,5 millions."
    got = read(text)
    assert got[-1][:3] == ("2,5 millions", 2_500_000, "EUR")


def test_ils_counts_the_plural_noun_before() -> None:
    text = (
        "Des polisseurs ? L'usine Marvel en a employé jusqu'à trois cents en 1990. "
        "Ils ne sont plus que 64, et le site doit fermer."
    )
    assert [unit for _, _, unit, _ in read(text)] == ["persons", "persons"]
