"""States and flows (issue 14, period): a year of past results frames the year's flows told
in the present ("elles progressent de 9 %"), not what a company is at publication (its staff,
its shops, its prices, a habitual rate); a year in the title frames the article like a lead
year. Every sentence here is our own."""

from __future__ import annotations

from etl.news.extract.figures import extract_figures


def read(
    text: str, published: str | None = "2025-04-10", title: str | None = None
) -> list[tuple[str, str, str | None]]:
    return [(f.span, f.metric, f.period) for f in extract_figures(text, published, title=title)]


def test_a_past_year_frames_the_flows_told_next_in_the_present() -> None:
    text = (
        "Les ventes de la coopérative ont atteint 38 millions d'euros en 2024. "
        "Elles progressent de 7 % sur un an, portées par l'export."
    )
    assert read(text) == [
        ("38 millions d'euros", "revenue", "2024"),
        ("7 %", "growth_rate", "2024"),
    ]


def test_a_past_year_does_not_frame_the_head_count_told_next_in_the_present() -> None:
    text = (
        "Les ventes de la coopérative ont atteint 38 millions d'euros en 2024. "
        "Elle emploie 210 salariés répartis sur trois sites."
    )
    got = read(text)
    assert got[0] == ("38 millions d'euros", "revenue", "2024")
    assert got[1] == ("210", "employees", None)


def test_a_lead_on_last_years_results_leaves_the_present_state_current() -> None:
    text = (
        "En 2024, le groupe lunetier du Haut-Jura a réalisé 64 millions d'euros de chiffre "
        "d'affaires, en hausse de 5 % malgré un marché de l'optique atone.\n"
        "Fondée dans le Jura, l'entreprise a ouvert une usine près de Morez. "
        "Elle compte aujourd'hui encore sur ses opticiens partenaires.\n"
        "Le réseau regroupe 85 magasins. Une monture de la collection phare coûte 240 euros. "
        "L'export représente 30 % des ventes."
    )
    got = {span: period for span, _, period in read(text)}
    assert got["64 millions d'euros"] == "2024" and got["5 %"] == "2024"
    assert got["85"] is None  # stores: what the network is at publication
    assert got["240 euros"] is None  # a price quoted in the present
    assert got["30 %"] == "2024"  # a share of the year's sales


def test_a_habitual_rate_is_current() -> None:
    text = (
        "La manufacture a livré 9 000 mouvements en 2024. "
        "Elle en assemble 40 par jour dans son atelier de Morteau."
    )
    got = read(text)
    assert got[0][2] == "2024"
    assert got[1][0] == "40" and got[1][2] is None


def test_a_year_in_the_title_frames_an_undated_review() -> None:
    text = (
        "Le bilan annuel de la chambre syndicale a été présenté devant ses adhérents.\n"
        "Les ventes de montres ont reculé de 3 %, à 1,1 milliard d'euros. "
        "Les bijoux en or progressent de 2 %."
    )
    title = "Chiffres clés 2023 de la bijouterie"
    got = read(text, None, title)
    assert [p for _, _, p in got] == ["2023", "2023", "2023"]
    # without the title nothing in the text gives the year
    assert [p for _, _, p in read(text, None)] == [None, None, None]
