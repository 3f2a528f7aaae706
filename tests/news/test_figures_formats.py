"""One test per written format the extractor must read (issue 3, point 2; LABELS.md)."""

from __future__ import annotations

import pytest

from etl.news.extract.figures import Figure, extract_figures
from tests.news.test_extract_cli import KEYS as CLI_CONTRACT_KEYS


def only(text: str, published: str | None = "2024-05-01") -> Figure:
    figures = extract_figures(text, published)
    assert len(figures) == 1, [f.span for f in figures]
    return figures[0]


@pytest.mark.parametrize("sep", [".", " ", "\u00a0", "\u202f", "'"])
def test_thousands_separators(sep: str) -> None:
    fig = only(f"Le groupe emploie 2{sep}500 salariés en France.")
    assert (fig.span, fig.value, fig.unit, fig.metric) == (
        f"2{sep}500",
        2500,
        "persons",
        "employees",
    )


def test_decimal_comma() -> None:
    fig = only("Les effectifs progressent de 0,5 % cette année.")
    assert fig.value == 0.5 and fig.unit == "percent" and fig.metric == "growth_rate"


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("3 millions d’euros", 3e6),
        ("1 milliard d’euros", 1e9),
        ("2,4 milliards d’euros", 2.4e9),
        ("4,7 M€", 4.7e6),
        ("1,2 Md€", 1.2e9),
        ("2,5 Mds d’euros", 2.5e9),
        ("50 MD d’euros", 5e10),
        ("12 ME", 1.2e7),
        ("300 k€", 3e5),
    ],
)
def test_scale_words_and_abbreviations(written: str, value: float) -> None:
    fig = only(f"Le chiffre d’affaires atteint {written} selon la direction.")
    assert fig.span == written
    assert fig.value == pytest.approx(value)
    assert (fig.unit, fig.metric, fig.currency) == ("EUR", "revenue", "EUR")


@pytest.mark.parametrize(
    ("written", "currency", "unit"),
    [
        ("450 €", "EUR", "EUR"),
        ("450 euros", "EUR", "EUR"),
        ("450 millions d'euros", "EUR", "EUR"),
        ("450 millions d’€", "EUR", "EUR"),
        ("450 millions de francs suisses", "CHF", "other"),
        ("450 CHF", "CHF", "other"),
    ],
)
def test_currencies(written: str, currency: str, unit: str) -> None:
    fig = only(f"Le prix de vente est fixé à {written} pour cette pièce.")
    assert fig.span == written and fig.currency == currency and fig.unit == unit


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Le secteur industriel progresse de + 8% sur un an.", "+ 8%", 8),
        ("Le chiffre d’affaires de l’industrie est à – 2,1 % sur un an.", "– 2,1 %", -2.1),
        ("Les ventes en grandes surfaces (-7 %) ont fléchi.", "-7 %", -7),
        ("Le marché a reculé de 2 % en France l’an dernier.", "2 %", -2),
        ("Les effectifs baissent de 1,5 %, selon la banque.", "1,5 %", -1.5),
    ],
)
def test_percentages_and_signed_changes(text: str, span: str, value: float) -> None:
    fig = only(text)
    assert (fig.span, fig.value, fig.unit, fig.metric) == (span, value, "percent", "growth_rate")


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "approximate"),
    [
        ("Quatorze magasins sont implantés dans la région.", "Quatorze", 14, "stores", False),
        ("Deux millions d’euros seront investis.", "Deux millions d’euros", 2e6, "EUR", False),
        ("L’entreprise emploie une centaine de personnes.", "une centaine", 100, "persons", True),
        (
            "Ils ont réuni une quarantaine d’acteurs de la filière.",
            "une quarantaine",
            40,
            "persons",
            True,
        ),
        (
            "Il emploie près d'une vingtaine de salariés.",
            "près d'une vingtaine",
            20,
            "persons",
            True,
        ),
        (
            "Elle compte deux mille trois cents salariés.",
            "deux mille trois cents",
            2300,
            "persons",
            False,
        ),
        ("La marque a investi un demi-million d’€.", "un demi-million d’€", 5e5, "EUR", False),
    ],
)
def test_numbers_and_approximation_nouns_in_words(
    text: str, span: str, value: float, unit: str, approximate: bool
) -> None:
    fig = only(text)
    assert (fig.span, fig.value, fig.unit, fig.approximate) == (span, value, unit, approximate)


def test_word_numbers_without_counted_noun_are_not_figures() -> None:
    assert extract_figures("On peut le voir de deux façons, en trois épisodes.", "2020") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Plus des trois quarts sont frontaliers.", "Plus des trois quarts", 75),
        ("Ils représentent un tiers des frontaliers de la région.", "un tiers", 33.3),
    ],
)
def test_fractions_in_words(text: str, span: str, value: float) -> None:
    fig = only(text)
    assert (fig.span, fig.value, fig.unit, fig.approximate) == (span, value, "percent", True)


@pytest.mark.parametrize(
    ("text", "span", "lo", "hi", "unit"),
    [
        (
            "Le chantier coûtera entre 50 et 60 millions d’euros.",
            "entre 50 et 60 millions d’euros",
            5e7,
            6e7,
            "EUR",
        ),
        (
            "Des pièces d’un coût compris entre 25 et 100'000 euros.",
            "entre 25 et 100'000 euros",
            25_000,
            100_000,
            "EUR",
        ),
        ("Il produira 200 à 250 pièces par an.", "200 à 250", 200, 250, "units"),
        ("Les remises vont de 30% à 50% selon les modèles.", "30% à 50%", 30, 50, "percent"),
    ],
)
def test_ranges(text: str, span: str, lo: float, hi: float, unit: str) -> None:
    fig = only(text)
    assert (fig.span, fig.value, fig.value_max, fig.unit) == (span, lo, hi, unit)
    assert fig.approximate


def test_change_between_two_states_is_not_a_range() -> None:
    figures = extract_figures("L’offre est passée de 43 à 47 salariés repris.", "2018-01-11")
    assert [(f.span, f.value, f.value_max) for f in figures] == [("43", 43, None), ("47", 47, None)]


def test_elliptical_figure_takes_scale_and_currency() -> None:
    figures = extract_figures(
        "Le chiffre d’affaires atteint 754 millions d’euros, contre 688 l’année précédente.",
        "2016-03-01",
    )
    assert [(f.span, f.value, f.unit) for f in figures] == [
        ("754 millions d’euros", 754e6, "EUR"),
        ("688", 688e6, "EUR"),
    ]


def test_elliptical_currency_after_scale_word() -> None:
    text = "53 projets représentent 40,8 milliards d’euros, dont 20,8 milliards sont nouveaux."
    fig = extract_figures(text, "2025-05-19")[-1]
    assert (fig.span, fig.value, fig.unit) == ("20,8 milliards", 20.8e9, "EUR")


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_curly_and_modifier_apostrophes(apostrophe: str) -> None:
    fig = only(f"Le chiffre d{apostrophe}affaires atteint 423 millions d{apostrophe}euros.")
    assert fig.span == f"423 millions d{apostrophe}euros"
    assert (fig.value, fig.metric) == (423e6, "revenue")


def test_ocr_hyphenation_inside_scale_word() -> None:
    fig = only("La perte atteint 5 mil- lions d’euros cette année.")
    assert (fig.span, fig.value, fig.unit) == ("5 mil- lions d’euros", 5e6, "EUR")


@pytest.mark.parametrize(
    "text",
    [
        "Le tribunal statuera le 24 janvier 2018 à 15h.",
        "Lancée en 1969, elle a été rachetée en 1982.",
        "Appelez le 03 81 12 34 56 ou le 03.81.12.34.56.",
        "Âgée de 55 ans, elle doit encore tenir sept ans.",
        "Le bureau est au 12 rue de la République.",
        "La réunion a lieu à Dijon (21) et à Besançon (25).",
        "Voici la 25e indication géographique, pour la 8e fois, au 1er rang.",
        "Le «Calibre 89» reste la pièce la plus compliquée du musée.",
        "Le modèle Mach2000 et le Covid-19 ont marqué l’époque.",
        "Lire la suite page 12, numéro 45.",
        "Le bijou est en or 750‰.",
        "Dans les années 80, la ville comptait des dizaines d’ateliers.",
        "Publié le 02/10/2025 - 16:47",
        "Les 18-25 ans sont les plus touchés : 12 commentaires, 3 min de lecture.",
        "Le salon se tient les 12 et 13 mars, puis du 25 au 28 septembre.",
    ],
)
def test_non_figures(text: str) -> None:
    assert extract_figures(text, "2025-10-02") == []


def test_widget_block_of_short_lines_is_ignored() -> None:
    text = (
        "L’usine emploie 120 salariés.\n\nSondage\n\n 8.01\ncouvert\nle 02/02 à 18h00\nVent\n"
        "1.86 m/s\nPression\n997 hPa\nHumidité\n87 %"
    )
    assert [f.span for f in extract_figures(text, "2025-10-02")] == ["120"]


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("En 2009, le chiffre d’affaires s’est élevé à 157 M€.", "2011-01-04", "2009"),
        ("Le marché a reculé de 2 % en France l’an dernier.", "2013-02-25", "2012"),
        ("Les actifs atteindront d’ici 2030 plus de 50 MD d’euros.", "2025-05-19", "2030"),
        ("Elle a rouvert en novembre avec une douzaine de salariés.", "2011-01-04", "2010"),
        ("Elle emploie 40 salariés.", "2017-02-22", None),
        ("Dans les années 1970, la vallée concentrait 10.000 emplois.", "2016-11-01", "1970"),
        ("Depuis le début de l'année 2022, 1 340 postes ont été supprimés.", None, None),
    ],
)
def test_periods(text: str, published: str | None, period: str | None) -> None:
    assert only(text, published).period == period


def test_year_in_lead_governs_the_block() -> None:
    text = (
        "Le bilan\n\nEn 2018, près de 15.400 habitants vivaient de l’horlogerie, d’après "
        "un rapport régional sorti ce mois-ci.\n\nLa filière emploie 3.870 salariés."
    )
    assert [f.period for f in extract_figures(text, "2021-10-05")] == ["2018", "2018"]


def test_participants_get_the_full_date_of_the_event() -> None:
    fig = only("Le 1er octobre 2025, l’association a réuni une quarantaine d’acteurs à Besançon.")
    assert (fig.metric, fig.period, fig.geo) == ("participants", "2025-10-01", "Besançon")


@pytest.mark.parametrize(
    ("text", "unit", "metric"),
    [
        ("La société emploie 240 salariés.", "persons", "employees"),
        ("Au total 52 emplois seront supprimés.", "persons", "jobs"),
        ("Le chiffre d’affaires est de 27 millions d’€.", "EUR", "revenue"),
        ("Un investissement de 9 millions d’€ est prévu.", "EUR", "investment"),
        ("Les exportations atteignent 2,5 milliards d’euros.", "EUR", "exports"),
        ("L’enseigne compte 6 500 magasins.", "stores", "stores"),
        ("Avec 89 établissements horlogers, la région domine.", "companies", "companies"),
        ("Le syndicat regroupe environ 70 entreprises.", "companies", "members"),
        ("Plus de 400 participants étaient présents.", "persons", "participants"),
        ("La région réalise 67 % du chiffre d'affaires du secteur.", "percent", "market_share"),
        ("La marque détient 12 % de parts de marché en France.", "percent", "market_share"),
        ("Le groupe a trois usines en France.", "sites", "other"),
        ("Le site produit 40.000 montres par an.", "units", "production"),
        ("La capacité passe à 4.500 tonnes.", "other", "production"),
    ],
)
def test_metric_rules(text: str, unit: str, metric: str) -> None:
    fig = only(text)
    assert (fig.unit, fig.metric) == (unit, metric)


def test_geo_heuristic_and_pluggable_place_finder() -> None:
    text = "À Morteau, la maison emploie 40 salariés."
    assert only(text).geo == "Morteau"

    def gazetteer(txt: str, lo: int, hi: int) -> list[tuple[int, str]]:
        i = txt.find("Morteau", lo, hi)
        return [(i, "25411")] if i >= 0 else []

    assert extract_figures(text, None, place_finder=gazetteer)[0].geo == "25411"


def test_to_json_has_exactly_the_cli_keys() -> None:
    fig = only("Le chiffre d’affaires atteint 423 millions d’euros, selon Francéclat.")
    assert list(fig.to_json()) == CLI_CONTRACT_KEYS
    assert fig.to_json()["value"] == 423_000_000 and fig.source == "Francéclat"


def test_compared_count_takes_the_counted_noun() -> None:
    """'120 salariés, contre 95': the second count is of the same thing."""
    found = extract_figures(
        "La manufacture compte 120 salariés, contre 95 auparavant.", "2022-09-30"
    )
    assert [(f.value, f.unit, f.metric) for f in found] == [
        (120, "persons", "employees"),
        (95, "persons", "employees"),
    ]


def test_part_of_a_whole_takes_the_counted_noun() -> None:
    """'64 postes sur les 210 que compte l'usine': the whole is a headcount too."""
    found = extract_figures(
        "Le plan prévoit la suppression de 64 postes sur les 210 que compte l'usine.", "2020-08-27"
    )
    assert [(f.value, f.unit) for f in found] == [(64, "persons"), (210, "persons")]
    assert {f.metric for f in found} <= {"jobs", "employees"}


def test_acronym_numbers_are_names() -> None:
    found = extract_figures("Le CAC 40 a perdu 2 % sur la semaine, près de la RN 57.", "2023-03-20")
    assert [f.span for f in found] == ["2 %"]


def test_half_in_words() -> None:
    (fig,) = extract_figures(
        "Plus de la moitié des salariés travaillent à temps partiel.", "2023-05-05"
    )
    assert (fig.span, fig.value, fig.unit, fig.approximate) == (
        "Plus de la moitié",
        50,
        "percent",
        True,
    )


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("Son chiffre d'affaires est passé de 10 M€ en 2018 à 12 M€ en 2019.", ["2018", "2019"]),
        (
            "La Suisse a exporté 15,7 millions de montres en 2021, contre 20,6 millions de montres en 2019.",
            ["2021", "2019"],
        ),
        (
            "La marque, installée à Morteau, réalise en 2022 un chiffre d'affaires de 10 millions d'euros.",
            ["2022"],
        ),
        ("L'entreprise, fondée en 1887 à Besançon, emploie 45 salariés.", [None]),
    ],
)
def test_year_written_next_to_its_figure(text: str, periods: list[str | None]) -> None:
    assert [f.period for f in extract_figures(text, "2023-06-01")] == periods


def test_turnover_abbreviation_and_export_share() -> None:
    found = extract_figures(
        "Le groupe a réalisé 1,2 Mds de CA, dont 300 ME à l'export.", "2019-01-01"
    )
    assert [(f.value, f.unit, f.metric) for f in found] == [
        (1.2e9, "EUR", "revenue"),
        (3e8, "EUR", "exports"),
    ]
