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
