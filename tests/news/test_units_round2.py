"""Units, metrics and numbers in words, round 2 (issue 14): currency forms seen in business
news, who a count is about (children welcomed by a workshop, brands a supplier serves, a trade
body's members), and number words before a counted plural. Every sentence is our own."""

from __future__ import annotations

import pytest

from etl.news.extract.figures import Figure, extract_figures

PUBLISHED = "2025-03-18"


def figures(text: str) -> list[Figure]:
    return extract_figures(text, PUBLISHED)


def by_span(text: str) -> dict[str, tuple[float, str, str, str | None]]:
    return {f.span: (f.value, f.unit, f.metric, f.period) for f in figures(text)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Le fonds régional a mis EUR 4 millions dans la fonderie de Morteau.",
            "EUR 4 millions",
            4e6,
        ),
        ("La fonderie de Morteau a reçu 4 millions EUR du fonds régional.", "4 millions EUR", 4e6),
        ("La jeune marque a levé €7m auprès de deux investisseurs.", "€7m", 7e6),
        ("La rénovation du musée coûtera 6 M d’euros au département.", "6 M d’euros", 6e6),
        ("Le groupe de luxe pèse 3 Mds € de ventes annuelles.", "3 Mds €", 3e9),
        ("Le groupe de luxe pèse 3 milliards € de ventes annuelles.", "3 milliards €", 3e9),
        ("La mairie a versé 8.000 euros au club des horlogers amateurs.", "8.000 euros", 8e3),
        ("Le carnet de commandes du sous-traitant dépasse 1,4 Md€.", "1,4 Md€", 1.4e9),
        ("Le prêt d’honneur accordé au créateur atteint 90 k€.", "90 k€", 9e4),
        (
            "Le décolleteur a consacré 750\u00a0000 € à un tour automatique.",
            "750\u00a0000 €",
            7.5e5,
        ),
        (
            "Le décolleteur a consacré 750\u202f000 € à un tour automatique.",
            "750\u202f000 €",
            7.5e5,
        ),
        (
            "Le décolleteur a consacré 750\u202f000\u00a0€ à un tour automatique.",
            "750\u202f000\u00a0€",
            7.5e5,
        ),
        ("Le décolleteur a consacré 2 M EUR à un tour automatique.", "2 M EUR", 2e6),
    ],
)
def test_currency_forms(text: str, span: str, value: float) -> None:
    got = {f.span: f for f in figures(text)}
    assert span in got, list(got)
    assert got[span].value == pytest.approx(value)
    assert got[span].unit == "EUR"
    assert got[span].period is None


def test_a_bare_m_after_a_number_is_metres_without_a_currency_sign() -> None:
    assert figures("La vitrine mesure 5 m de long et la boutique 40 m2.") == []


def test_pupils_welcomed_by_a_workshop_are_participants() -> None:
    got = by_span("L’atelier pédagogique du musée a accueilli 640 écoliers depuis la rentrée.")
    assert got["640"] == (640.0, "persons", "participants", None)


def test_pupils_without_an_event_stay_other() -> None:
    got = by_span("Le lycée professionnel de Morez compte 420 élèves.")
    assert got["420"][1:3] == ("persons", "other")


def test_brands_a_maker_supplies_are_clients_not_the_sector_companies() -> None:
    got = by_span("Le graveur réalise des fonds de boîte pour une quinzaine de marques genevoises.")
    assert got["une quinzaine"] == (15.0, "companies", "other", None)
    got = by_span("La région compte une quinzaine de marques horlogères.")
    assert got["une quinzaine"][1:3] == ("companies", "companies")


def test_members_of_a_trade_body_are_firms() -> None:
    got = by_span("Le syndicat des bijoutiers du Doubs compte 85 adhérents.")
    assert got["85"] == (85.0, "companies", "members", None)
    got = by_span("L’association des amis du musée compte 300 adhérents.")
    assert got["300"][1:3] == ("persons", "members")


def test_a_trade_pole_in_a_place_counts_companies_a_competitiveness_pole_has_members() -> None:
    got = by_span("Le pôle horloger franc-comtois rassemble 70 entreprises et 2 000 emplois.")
    assert got["70"] == (70.0, "companies", "companies", None)
    got = by_span("Le pôle de compétitivité des microtechniques regroupe 70 entreprises.")
    assert got["70"][1:3] == ("companies", "members")


def test_an_event_budget_is_other_even_before_a_sentence_about_workshops() -> None:
    text = (
        "La foire a coûté 210 000 euros à la commune, pour un budget total de 260 000 euros. "
        "Les ateliers du village ont fait le plein."
    )
    got = by_span(text)
    assert got["260 000 euros"][1:3] == ("EUR", "other")


def test_a_firm_s_own_manufactures_are_sites() -> None:
    got = by_span(
        "La maison fait travailler 700 horlogers dans ses quatre manufactures jurassiennes."
    )
    assert got["quatre"] == (4.0, "sites", "other", None)


def test_children_welcomed_at_an_event_are_participants_not_a_family_count() -> None:
    got = by_span("Pendant les vacances, le musée de la montre a accueilli 950 enfants.")
    assert got["950"] == (950.0, "persons", "participants", None)
    assert figures("Le fondateur de la fonderie a trois enfants.") == []


@pytest.mark.parametrize(
    ("text", "span", "value", "metric"),
    [
        ("La tôlerie recrute quatre chaudronniers et deux tuyauteurs.", "quatre", 4.0, "jobs"),
        ("La tôlerie recrute quatre chaudronniers et deux tuyauteurs.", "deux", 2.0, "jobs"),
        (
            "La menuiserie emploie onze ébénistes dans son atelier de Pontarlier.",
            "onze",
            11.0,
            "employees",
        ),
        (
            "Neuf magasiniers ont été licenciés après la fermeture de l’entrepôt.",
            "Neuf",
            9.0,
            "jobs",
        ),
        (
            "La coutellerie a embauché trois affûteurs en contrat à durée indéterminée.",
            "trois",
            3.0,
            "jobs",
        ),
        ("L’horloger a recruté dix alternants pour la rentrée.", "dix", 10.0, "jobs"),
        ("Le bureau d’études compte douze informaticiens.", "douze", 12.0, "employees"),
    ],
)
def test_trades_in_words_are_counted_like_staff(
    text: str, span: str, value: float, metric: str
) -> None:
    got = by_span(text)
    assert got[span] == (value, "persons", metric, None)


@pytest.mark.parametrize(
    "text",
    [
        "Les délégués du personnel ont reçu quatre courriers de la direction.",
        "Le cabinet recrute dans trois secteurs de la mécanique.",
        "Le plan de recrutement cible deux métiers en tension.",
        "Deux repreneurs proposent de garder les salariés.",
        "La direction a reçu les représentants des salariés à deux reprises.",
        "Le salon se tient tous les deux ans à Morteau.",
        "La boutique se trouve à deux pas de l’hôtel de ville.",
        "Les travaux se feront en deux temps.",
        "Ces bracelets ne coûtent trois fois rien.",
        "Les trois quarts d’heure de démonstration ont captivé le public.",
        "La fondatrice, âgée de soixante-dix ans, a cédé la maison.",
        "Il est arrivé à l’atelier à six heures du matin.",
        "Le graveur avance trois raisons à cette réussite.",
    ],
)
def test_number_words_that_are_no_figures(text: str) -> None:
    assert figures(text) == []


def test_irregular_and_compound_number_words_before_new_trade_nouns() -> None:
    got = by_span("Le groupe a embauché quatre-vingt-dix commerciaux et vingt et un consultants.")
    assert got["quatre-vingt-dix"] == (90.0, "persons", "jobs", None)
    assert got["vingt et un"] == (21.0, "persons", "jobs", None)


def test_a_good_thousand_in_the_masculine_is_an_approximation() -> None:
    got = by_span("La vallée fait vivre un bon millier de décolleteurs et de polisseurs.")
    assert got["un bon millier"] == (1000.0, "persons", "employees", None)


def test_people_counted_by_what_they_do() -> None:
    got = by_span("Ils étaient trois cents à défiler devant la préfecture pour sauver la fonderie.")
    assert got["trois cents"] == (300.0, "persons", "participants", None)
    got = by_span("Elles sont désormais soixante à travailler dans l’atelier de sertissage.")
    assert got["soixante"][1:3] == ("persons", "employees")
    assert figures("Ils étaient deux à reprendre la boutique de leur oncle.") == []


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("La commune a prêté 3 MEuros au fabricant de fraises.", "3 MEuros", 3e6, "EUR"),
        ("La commune a prêté 3 Meuros au fabricant de fraises.", "3 Meuros", 3e6, "EUR"),
        ("La commune a prêté 80 keuros au fabricant de fraises.", "80 keuros", 8e4, "EUR"),
        ("Le chantier de Bienne a mobilisé 14 mio CHF.", "14 mio CHF", 1.4e7, "other"),
        (
            "La commune a prêté 1 million 250 000 euros au fabricant de fraises.",
            "1 million 250 000 euros",
            1.25e6,
            "EUR",
        ),
    ],
)
def test_more_currency_scales(text: str, span: str, value: float, unit: str) -> None:
    got = {f.span: f for f in figures(text)}
    assert span in got, list(got)
    assert got[span].value == pytest.approx(value)
    assert got[span].unit == unit


def test_a_million_then_a_separate_amount_stays_two_figures() -> None:
    got = by_span("L’aide régionale est passée de 1 million à 400 000 euros.")
    assert got["1 million"][0] == 1e6
    assert got["400 000 euros"][0] == 4e5


def test_tens_of_thousands_and_half_a_dozen_as_approximation_nouns() -> None:
    got = by_span("L’atelier de Villers assemble une vingtaine de milliers de montres par an.")
    assert got["une vingtaine de milliers"] == (20000.0, "units", "production", None)
    got = by_span("Une demi-douzaine de régleuses ont été embauchées à l’automne.")
    assert got["Une demi-douzaine"] == (6.0, "persons", "jobs", None)
    assert figures("La boutique a rouvert une demi-douzaine d’années plus tard.") == []


def test_start_ups_and_flagship_stores_in_words() -> None:
    got = by_span("La pépinière de Besançon héberge cinq jeunes pousses de la microtechnique.")
    assert got["cinq"] == (5.0, "companies", "companies", None)
    got = by_span("Le lunetier a inauguré trois flagships et deux outlets en Asie.")
    assert got["trois"] == (3.0, "stores", "stores", None)
    assert got["deux"] == (2.0, "stores", "stores", None)
