"""Context rules beyond the written formats: which year governs, currencies by context, signs
written after the number, clause-bound growth words."""

from __future__ import annotations

import pytest

from etl.news.extract.figures import extract_figures


def spans(text: str, published: str | None = "2024-05-01") -> list[tuple[str, object, object]]:
    return [(f.span, f.value, f.period) for f in extract_figures(text, published)]


def test_deadline_year_does_not_govern_the_lead() -> None:
    text = (
        "Le groupe a annoncé la suppression de 250 postes sur ses 1 200 emplois en France. "
        "Le site de Morteau, qui compte 85 salariés, sera fermé d’ici 2020."
    )
    assert spans(text, "2019-06-01") == [
        ("250", 250, None),
        ("1 200", 1200, None),
        ("85", 85, None),  # the staff the site has now, in a relative clause
    ]


def test_year_after_a_figure_stops_at_the_next_figure() -> None:
    text = "En 2017, les ventes ont atteint 1,8 milliard d'euros, en hausse de 4 % après un recul de 6 % en 2016."
    assert [p for _, _, p in spans(text, "2018-02-01")] == ["2017", "2017", "2016"]


def test_coordinated_figures_share_the_year_after_them() -> None:
    text = "Le réseau a réuni jusqu’à 2 000 salariés et 40 000 abonnés en 2005."
    assert [p for _, _, p in spans(text, "2024-01-01")] == ["2005", "2005"]


def test_comparison_base_is_not_the_period() -> None:
    text = "En avril 2024, la facturation a augmenté de 5 % par rapport à avril 2023."
    assert spans(text, "2024-06-04") == [("5 %", 5, "2024")]


def test_founding_year_is_not_the_period() -> None:
    text = "Le magasin, ouvert en 1998, réalise 2 millions d’euros de ventes avec 8 vendeurs."
    assert [p for _, _, p in spans(text, "2015-12-01")] == [None, None]


def test_same_year_refers_back() -> None:
    text = "En 2017, l'horlogerie employait 31 400 personnes. La même année, 11 180 frontaliers y travaillaient."
    assert [p for _, _, p in spans(text, "2021-01-11")] == ["2017", "2017"]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Les exportations suisses ont atteint 26,7 milliards de francs.", "CHF"),
        ("La commune a investi 12 millions de francs dans la zone.", "FRF"),
    ],
)
def test_bare_francs_by_context(text: str, currency: str) -> None:
    fig = extract_figures(text, "1999-12-01")[0]
    assert (fig.currency, fig.unit) == (currency, "other")


@pytest.mark.parametrize(
    ("text", "value"),
    [("Les ventes affichent 10 % de hausse.", 10), ("Le chiffre recule : 5 % de moins.", -5)],
)
def test_change_word_after_the_percentage(text: str, value: float) -> None:
    fig = extract_figures(text, "2024-01-01")[0]
    assert (fig.value, fig.metric) == (value, "growth_rate")


def test_growth_word_must_be_in_the_figure_clause() -> None:
    text = "Ces frontaliers ont gagné 5 000 personnes, et 67 % d’entre eux sont ouvriers."
    assert [f.metric for f in extract_figures(text, "2021-10-05")] == ["employees", "other"]


def test_scale_letter_before_money_words() -> None:
    fig = extract_figures("Une perte de 12 M d’euros.", "2024-01-01")[0]
    assert (fig.span, fig.value, fig.unit) == ("12 M d’euros", 12e6, "EUR")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Elle emploie une bonne centaine de salariés.", None),
        ("Un budget de l’ordre de 3 millions d’euros.", "environ"),
        ("Un budget de quelque 3 millions d’euros.", "environ"),
        ("Il compte jusqu’à 1000 personnes en saison.", "jusqu'à"),
    ],
)
def test_approximate_forms(text: str, qualifier: str | None) -> None:
    fig = extract_figures(text, "2024-01-01")[0]
    assert fig.approximate and fig.qualifier == qualifier


def test_members_need_a_grouping_verb() -> None:
    counted = extract_figures("Le Doubs compte 3 400 entreprises industrielles.", None)[0]
    grouped = extract_figures("La fédération regroupe 70 entreprises.", None)[0]
    assert (counted.metric, grouped.metric) == ("companies", "members")


@pytest.mark.parametrize(
    ("text", "span", "value", "currency"),
    [
        ("Les exportations ont atteint CHF 2,5 milliards.", "CHF 2,5 milliards", 2.5e9, "CHF"),
        ("Une enveloppe de 3 milliards de CHF.", "3 milliards de CHF", 3e9, "CHF"),
        ("Un budget de 2,5 mds d’euros.", "2,5 mds d’euros", 2.5e9, "EUR"),
    ],
)
def test_more_currency_placements(text: str, span: str, value: float, currency: str) -> None:
    fig = extract_figures(text, "2024-01-01")[0]
    assert (fig.span, fig.value, fig.currency) == (span, value, currency)


def test_masculine_approximation_noun_and_elided_noun() -> None:
    assert [
        (f.span, f.value) for f in extract_figures("Il emploie un millier de personnes.", None)
    ] == [("un millier", 1000)]
    jobs = extract_figures("Le projet créera 3 000 emplois directs et 5 000 indirects.", None)
    assert [(f.value, f.unit) for f in jobs] == [(3000, "persons"), (5000, "persons")]


def test_approximate_duration_is_not_a_figure() -> None:
    text = "Une quinzaine de jours plus tard, 12 salariés ont été repris."
    assert [f.span for f in extract_figures(text, None)] == ["12"]


def test_publication_date_stated_on_the_page_is_the_reference() -> None:
    text = "Publié le 25/02/2013 - 10:00\n\nLe marché a reculé de 2 % l'an dernier."
    fig = extract_figures(text, None)[0]
    assert (fig.value, fig.period) == (-2, "2012")


def test_ratio_is_a_proportion_but_counted_sites_are_counts() -> None:
    ratio = extract_figures("Près de trois salariés sur quatre sont des femmes.", None)
    assert [(f.span, f.value, f.unit) for f in ratio] == [
        ("Près de trois salariés sur quatre", 75.0, "percent")
    ]
    sites = extract_figures("Les 200 salariés sont répartis sur 4 sites.", None)
    assert [(f.span, f.unit) for f in sites] == [("200", "persons"), ("4", "sites")]


def test_aside_in_parentheses_does_not_cut_the_year() -> None:
    text = "Un chiffre d’affaires de 1,2 milliard d’euros (+5 %) pour le groupe en 2023."
    assert [f.period for f in extract_figures(text, "2024-03-01")] == ["2023", "2023"]


def test_first_state_of_a_change_takes_the_written_unit() -> None:
    text = "Le chiffre d’affaires est passé de 40 à 45 millions d’euros."
    assert [(f.span, f.value, f.unit) for f in extract_figures(text, None)] == [
        ("40", 40e6, "EUR"),
        ("45 millions d’euros", 45e6, "EUR"),
    ]
    share = extract_figures("La part est passée de 20 à 25 % en 2023.", "2024-01-01")
    assert [(f.unit, f.period) for f in share] == [("percent", "2022"), ("percent", "2023")]


def test_extract_many_in_parallel_keeps_order_and_results() -> None:
    from etl.news.extract.figures import extract_many

    records = [
        {"id": i, "text": f"L’usine emploie {10 + i} salariés.", "published": "2024"}
        for i in range(12)
    ]
    serial = list(extract_many(records, workers=1))
    parallel = list(extract_many(records, workers=2, parallel_from=4))
    assert parallel == serial
    assert [r["figures"][0]["value"] for r in parallel] == [10 + i for i in range(12)]
