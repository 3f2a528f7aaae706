"""Rules found on a third set of unseen articles written for the project (issue 14): comparison
bases with "le même mois", an event's year carried from a relative clause, head counts as states,
"au moins" as a qualifier, "le 28 du mois", markets, bills and cash-ins, a month is no market,
undated studies framed by the year of their first sentence, a count in words before its verb.
Every sentence here is our own."""

from __future__ import annotations

from etl.news.extract.figures import extract_figures
from etl.news.extract.periods import inferred_reference


def read(
    text: str, published: str | None = "2024-11-19"
) -> list[tuple[str, float, str, str | None]]:
    return [(f.span, f.value, f.metric, f.period) for f in extract_figures(text, published)]


def test_the_same_month_a_year_before_is_a_comparison_base() -> None:
    text = (
        "Les exportations de montres ont atteint 2,4 milliards de francs en octobre, en hausse "
        "de 3 % par rapport au même mois de l'an passé. Les montres en or gagnent 8 %."
    )
    # none takes 2023; the last is current, which is 2024 for this date
    assert [p for *_, p in read(text)] == ["2024", "2024", None]


def test_a_takeover_year_frames_nothing_after_it() -> None:
    text = (
        "La bijouterie est tenue par Anne Roy, qui a repris l'affaire en 2012. "
        "Les montres représentent 35 % des ventes de décembre."
    )
    got = read(text)
    assert got[0][3] != "2012" and got[0][2] == "other"


def test_a_head_count_in_the_present_is_current_after_a_past_year() -> None:
    text = (
        "Au printemps 2020, le compteur avait dépassé les 9 800 inscrits. "
        "Le département compte aujourd'hui 8 120 demandeurs."
    )
    assert read(text)[-1][3] is None


def test_au_moins_is_a_qualifier_not_a_sign() -> None:
    text = "Le franchisé doit disposer d'un apport d'au moins 50 000 euros."
    got = extract_figures(text, "2024-11-19")
    assert [(f.span, f.value, f.approximate) for f in got] == [
        ("au moins 50 000 euros", 50_000, True)
    ]


def test_a_day_of_the_month_is_a_date() -> None:
    text = "Les 1 800 montres du stock seront vendues aux enchères le 14 du mois."
    assert [span for span, *_ in read(text)] == ["1 800"]


def test_markets_cash_ins_and_bills() -> None:
    text = (
        "Le Japon reste le premier débouché avec 210 millions de francs. "
        "L'enseigne a encaissé 3,2 millions d'euros en décembre. "
        "Notre facture de gaz a atteint 380 000 euros."
    )
    assert [m for _, _, m, _ in read(text)] == ["exports", "revenue", "other"]


def test_a_month_is_no_market() -> None:
    text = "Les bagues représentent 41 % des ventes de décembre du bijoutier."
    assert read(text)[0][2] == "other"


def test_girls_are_a_trait_of_a_group() -> None:
    text = "Les filles représentent désormais 38 % des effectifs de l'école."
    assert read(text)[0][2] == "other"


def test_an_undated_study_is_framed_by_the_year_of_its_first_sentence() -> None:
    text = (
        "L'institut Kalva publie son baromètre de la bijouterie française, consacré à "
        "l'exercice 2023 et présenté aux professionnels de la filière.\n"
        "Les ménages ont consacré 5,9 milliards d'euros à ces achats, en hausse de 2 %."
    )
    assert [p for *_, p in read(text, None)] == ["2023", "2023"]


def test_a_count_in_words_before_its_verb_counts_the_noun_before() -> None:
    text = "Sur les 180 boutiques du réseau, vingt-deux fermeront d'ici juin."
    got = extract_figures(text, "2024-11-19")
    assert [(f.span, f.unit) for f in got] == [("180", "stores"), ("vingt-deux", "stores")]


def test_members_of_a_body_of_firms_are_companies() -> None:
    text = (
        "L'association des horlogers du Haut-Doubs a tenu son assemblée. "
        "Elle compte désormais 64 adhérents, dont une quarantaine d'entreprises de production."
    )
    got = extract_figures(text, "2024-11-19")
    assert (got[0].span, got[0].unit, got[0].metric) == ("64", "companies", "members")


def test_nous_sommes_counts_the_staff() -> None:
    text = "« Nous sommes 86 contre 70 l'an dernier », dit la dirigeante de l'atelier."
    got = extract_figures(text, "2024-11-19")
    assert [(f.span, f.unit, f.metric) for f in got] == [
        ("86", "persons", "employees"),
        ("70", "persons", "employees"),
    ]


def test_output_leaving_the_country_is_exported_and_its_base_too() -> None:
    text = (
        "Trois quarts de cette production partent à l'étranger. L'export pèse 52 % de nos "
        "ventes, contre 35 % il y a cinq ans."
    )
    assert [m for _, _, m, _ in read(text)] == ["exports", "exports", "exports"]


def test_a_year_end_closing_takes_the_year_of_the_accounts() -> None:
    text = (
        "Le décolleteur a enregistré sur l'exercice 2022, clos le 31 décembre, une perte de "
        "2,3 millions d'euros."
    )
    assert read(text, None)[0][3] == "2022"


def test_a_count_in_a_relative_clause_takes_no_later_year() -> None:
    text = (
        "Le lunetier, qui emploie 140 salariés, a réalisé en 2023 un chiffre d'affaires de 21 M€."
    )
    got = read(text)
    assert got[0][3] is None and got[1][3] == "2023"


def test_numbers_in_words_in_elliptic_counts() -> None:
    cases = [
        (
            "Des horlogers ? Ils sont dix-sept aujourd'hui, contre neuf en 2018.",
            ["dix-sept", "neuf"],
        ),
        ("Combien de visiteurs ? Soixante-deux mille l'an dernier.", ["Soixante-deux mille"]),
        ("L'équipe ? Sept personnes aujourd'hui, douze espérées fin 2025.", ["Sept", "douze"]),
        ("Vingt marques l'utilisent, dont cinq italiennes.", ["Vingt", "cinq"]),
        ("L'atelier de la rue Haute en compte aujourd'hui quarante-trois.", ["quarante-trois"]),
        ("Les agences affichent trois cents offres non pourvues.", ["trois cents"]),
    ]
    for text, spans in cases:
        got = extract_figures(text, "2024-11-19")
        assert [f.span for f in got] == spans, text
        assert all(f.unit != "other" for f in got), text


def test_a_proportion_is_never_a_change() -> None:
    text = "Le recul touche trois entreprises sur dix, et une sur cinq réduit ses horaires."
    got = extract_figures(text, "2024-11-19")
    assert [(f.value, f.metric) for f in got] == [(30.0, "other"), (20.0, "other")]


def test_points_of_service_are_shops() -> None:
    text = "Le réseau vise 120 points de service à l'horizon 2027."
    assert [(f.unit, f.metric) for f in extract_figures(text, "2024-11-19")] == [
        ("stores", "stores")
    ]


def test_survey_answers_are_a_split_of_those_asked() -> None:
    text = "Selon l'enquête, 38 % des entreprises du secteur déclarent un poste vacant."
    assert [m for _, _, m, _ in read(text)] == ["other"]


def test_a_sector_named_after_dont_holds_a_share() -> None:
    text = "Le bassin compte 5 200 emplois dans les microtechniques, dont un tiers dans le médical."
    assert read(text)[-1][2] == "market_share"


def test_a_market_shared_out_in_a_list() -> None:
    text = "Le marché en ligne se partage ainsi : pure players, 41 % ; enseignes, 39 % ; places de marché, 20 %."
    assert [m for _, _, m, _ in read(text)] == ["market_share"] * 3


def test_list_items_count_what_the_first_item_counts() -> None:
    text = (
        "Le détail par branche :\n"
        "- transport : 12 100 postes ;\n"
        "- horlogerie et bijouterie : 7 300 (+2,1 % sur un an) ;\n"
        "- métallurgie : 6 900 (–0,8 %)."
    )
    got = extract_figures(text, "2024-11-19")
    assert [(f.span, f.unit) for f in got if f.unit != "percent"] == [
        ("12 100", "persons"),
        ("7 300", "persons"),
        ("6 900", "persons"),
    ]


def test_millions_of_unknown_products_are_units() -> None:
    text = "La coutellerie a fabriqué 1,3 million de canifs l'an dernier."
    got = extract_figures(text, "2024-11-19")
    assert [(f.unit, f.metric, f.currency) for f in got] == [("units", "production", None)]


def test_a_target_year_does_not_date_an_undated_review() -> None:
    text = (
        "Depuis mars 2021, la marque appartient à un entrepreneur genevois. L'an dernier, elle a "
        "vendu 2 600 montres. Le cap est fixé : 10 000 pièces en 2028."
    )
    assert inferred_reference(text).year == 2022


def test_a_bare_amount_next_to_a_money_word_takes_the_texts_currency() -> None:
    text = (
        "La PME a investi 800 000 euros l'an dernier. Son chiffre d'affaires a bondi de 12 %, "
        "à 4,2 millions."
    )
    got = extract_figures(text, "2024-11-19")
    assert (got[-1].span, got[-1].currency, got[-1].metric) == ("4,2 millions", "EUR", "revenue")


def test_a_part_of_counted_things_is_no_change() -> None:
    text = "L'usine tourne au ralenti : la moitié de ses presses sont à l'arrêt."
    assert [m for _, _, m, _ in read(text)] == ["other"]


def test_sales_abroad_as_the_subject_or_concluded_abroad_are_exports() -> None:
    text = (
        "L'étranger (Italie, Suisse) pèse 21 % des ventes de l'atelier. "
        "Deux tiers de ces ventes ont été conclues hors de France."
    )
    assert [m for _, _, m, _ in read(text)] == ["exports", "exports"]


def test_a_share_of_a_firms_own_output_is_a_split() -> None:
    text = (
        "Ses quatre boutiques écoulent 70 % de la production ; le reste part chez des détaillants."
    )
    assert [m for _, _, m, _ in read(text)][-1] == "other"


def test_a_sectors_share_of_private_employment_is_a_market_share() -> None:
    text = "La lunetterie emploie 2 100 salariés dans le Jura, soit 5,2 % de l'emploi privé."
    assert read(text)[-1][2] == "market_share"


def test_a_founding_year_does_not_date_an_undated_review() -> None:
    text = (
        "Fondée en 1981, la maison souffle cette année ses quarante bougies. Elle a réalisé l'an "
        "dernier 12 millions d'euros de chiffre d'affaires."
    )
    assert inferred_reference(text).year == 2021
    text = "Créée en 1990 par deux régleurs, la PME a réalisé l'an dernier 3 M€ de ventes."
    assert inferred_reference(text) is None  # nothing but the founding year to go by


def test_a_half_year_closed_at_the_end_of_june_stays_in_its_year() -> None:
    text = "Au premier semestre 2024, clos fin juin, ses ventes ont atteint 48 millions d'euros."
    assert read(text, None)[0][3] == "2024"


def test_the_years_of_earlier_results_are_bases() -> None:
    text = (
        "Le chiffre d'affaires atteint 96 M€, après 80 M€ en 2021 et 58 M€ en 2020. "
        "L'Ebitda double presque, à 14 M€. L'international en absorbe 54 %, contre "
        "trente-neuf pour cent en 2019, et l'Asie pèse à elle seule 18 % des ventes."
    )
    got = {span: period for span, _, _, period in read(text, "2023-03-01")}
    assert got["80 M€"] == "2021" and got["58 M€"] == "2020"
    assert got["14 M€"] is None and got["18 %"] is None


def test_swiss_phone_numbers_are_no_figures() -> None:
    text = "Le directeur, joint au +41 32 555 18 40, confirme 1 400 emplois en Suisse."
    assert [span for span, *_ in read(text)] == ["1 400"]


def test_two_counts_joined_by_sur_are_no_ratio() -> None:
    text = "Le centre compte 14 cellules vides sur 120 locaux commerciaux."
    assert [span for span, *_ in read(text)] == ["14", "120"]


def test_the_price_of_an_ounce_is_a_price() -> None:
    text = "Avec l'once autour de 2 100 euros, les clients achètent des bijoux plus légers."
    assert [m for _, _, m, _ in read(text)] == ["other"]


def test_soit_n_percent_of_jobs_is_a_sectors_share() -> None:
    text = "Dans le canton, l'horlogerie fait vivre 14 000 personnes, soit 16 % des emplois."
    assert read(text)[-1][2] == "market_share"


def test_en_a_fabrique_counts_the_products_named_before() -> None:
    text = "L'atelier, qui produisait 1,4 million de canifs en 2019, n'en a fabriqué que 900 000 l'an dernier."
    got = extract_figures(text, "2024-11-19")
    assert [(f.span, f.unit) for f in got] == [("1,4 million", "units"), ("900 000", "units")]


def test_a_bare_amount_after_a_money_word_is_in_euros_by_default() -> None:
    got = extract_figures("Les ventes de la filière : 2 Mds en 2022.", "2024-11-19")
    assert [(f.span, f.unit, f.currency) for f in got] == [("2 Mds", "EUR", "EUR")]
