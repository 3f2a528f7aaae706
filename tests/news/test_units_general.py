"""Units and numbers in words on unseen articles (issue 14): counted nouns far from the number
or with several meanings, elliptical figures, currency forms, "un"/"une" as counts. Every
sentence here is our own; each test asserts value, unit, metric and period, and what must not
come out."""

from __future__ import annotations

from etl.news.extract.figures import Figure, extract_figures

PUBLISHED = "2024-06-12"


def figures(text: str, published: str | None = PUBLISHED) -> list[Figure]:
    return extract_figures(text, published)


def read(text: str) -> list[tuple[str, float, str, str, str | None]]:
    return [(f.span, f.value, f.unit, f.metric, f.period) for f in figures(text)]


def test_part_of_a_whole_written_with_thousands_separators_counts_the_whole_noun() -> None:
    text = (
        "Sur le bassin, 4 100 des 12 500 salariés travaillent pour un sous-traitant, et 640 des "
        "1 900 sociétés ont moins de dix ans."
    )
    got = {(f.span, f.unit) for f in figures(text)}
    assert ("4 100", "persons") in got and ("12 500", "persons") in got
    assert ("640", "companies") in got and ("1 900", "companies") in got


def test_part_of_a_whole_written_in_words() -> None:
    text = "Huit des vingt apprentis formés cette année resteront dans l’atelier."
    got = {f.span: (f.value, f.unit, f.metric) for f in figures(text)}
    assert got["Huit"] == (8.0, "persons", "jobs")  # trained: a flow
    assert got["vingt"] == (20.0, "persons", "jobs")


def test_others_count_what_was_counted_just_before() -> None:
    text = (
        "Le constructeur a proposé une mutation aux 120 intérimaires du site. "
        "45 autres ont accepté de rejoindre l’usine de Mulhouse."
    )
    got = {f.span: (f.unit, f.period) for f in figures(text)}
    assert got["45"] == ("persons", None)


def test_others_followed_by_a_noun_keep_that_noun() -> None:
    text = "Le groupe emploie 300 salariés et possède 12 autres usines en Europe."
    got = {f.span: f.unit for f in figures(text)}
    assert got == {"300": "persons", "12": "sites"}


def test_a_noun_whose_complement_is_a_hiring_counts_jobs() -> None:
    text = "Pôle emploi a publié 8 300 offres d’emploi dans la région."
    (fig,) = figures(text)
    assert (fig.value, fig.unit, fig.metric, fig.period) == (8300.0, "persons", "jobs", None)
    text = "Le bassin a enregistré près de 5 200 intentions fermes d’embauche."
    (fig,) = figures(text)
    assert (fig.span, fig.unit, fig.metric) == ("près de 5 200", "persons", "jobs")


def test_maison_opened_in_a_city_is_a_shop_but_a_group_maison_is_a_company() -> None:
    shops = "La marque de joaillerie a ouvert trois maisons en Asie l’an passé."
    assert [(f.span, f.unit, f.metric, f.period) for f in figures(shops)] == [
        ("trois", "stores", "stores", "2023")
    ]
    brands = "Le groupe de luxe réunit désormais douze maisons horlogères et joaillières."
    assert [(f.span, f.unit, f.metric) for f in figures(brands)] == [
        ("douze", "companies", "companies")
    ]
    houses = "Le promoteur va construire 40 maisons individuelles près de la gare."
    assert [(f.span, f.unit) for f in figures(houses)] == [("40", "other")]


def test_sites_of_a_retailer_are_shops_and_sites_of_a_maker_are_sites() -> None:
    retail = "L’enseigne de prêt-à-porter garde ses boutiques mais fermera neuf sites en France."
    assert [(f.span, f.unit, f.metric) for f in figures(retail)] == [("neuf", "stores", "stores")]
    maker = "Le fabricant de boîtiers compte quatre sites de production dans le Doubs."
    assert [(f.span, f.unit) for f in figures(maker)] == [("quatre", "sites")]


def test_enseignes_a_group_owns_are_companies_others_are_shops() -> None:
    owned = "Le distributeur détient aujourd’hui cinq enseignes spécialisées."
    assert [(f.span, f.unit, f.metric) for f in figures(owned)] == [
        ("cinq", "companies", "companies")
    ]
    network = "Le nouveau centre commercial accueillera 60 enseignes au printemps."
    assert [(f.span, f.unit, f.metric) for f in figures(network)] == [("60", "stores", "stores")]


def test_candidates_to_a_takeover_are_companies() -> None:
    text = "Une dizaine de candidats se disent prêts à reprendre les 210 agences du réseau."
    got = {f.span: (f.value, f.unit, f.metric) for f in figures(text)}
    assert got["Une dizaine"][:2] == (10.0, "companies")
    assert got["210"] == (210.0, "stores", "stores")


def test_items_of_a_list_opened_after_a_counted_noun_count_that_noun() -> None:
    text = (
        "Le réseau totalise 1 480 points de vente : 1 020 Lumio (dont 40 en Belgique) ; "
        "310 sous enseigne Verano ; 150 Clarté Audition."
    )
    got = {f.span: (f.value, f.unit, f.metric) for f in figures(text)}
    assert got["1 020"] == (1020.0, "stores", "stores")  # not a postcode before a name
    assert got["40"] == (40.0, "stores", "stores")
    assert got["150"] == (150.0, "stores", "stores")


def test_a_count_after_a_name_and_a_comma_is_no_model_number() -> None:
    text = "Le premier repreneur garderait 240 magasins sur 600, le second, 95."
    got = {f.span: (f.value, f.unit) for f in figures(text)}
    assert got["95"] == (95.0, "stores")
    assert "Visio 2000" not in {f.span for f in figures("Le réseau Visio 2000 a grandi.")}


def test_a_bare_amount_after_a_percentage_keeps_the_currency_of_the_amount_before() -> None:
    text = (
        "Les ventes de bijoux ont atteint 2,4 milliards d’euros en 2022. Celles de montres, "
        "en recul de 6 % à 410 millions, pèsent moins."
    )
    got = {f.span: (f.value, f.unit, f.currency) for f in figures(text)}
    assert got["410 millions"] == (410e6, "EUR", "EUR")
    assert got["6 %"][1] == "percent"


def test_a_bare_amount_after_a_count_takes_no_currency() -> None:
    text = "Le groupe a investi 3 M€ ; il emploie 80 salariés et vend 2 millions de capsules."
    got = {f.span: f.currency for f in figures(text)}
    assert got.get("2 millions") is None


def test_currency_abbreviations() -> None:
    got = read("Le budget du chantier atteint 12,5 MEUR et la subvention 300 k€.")
    assert ("12,5 MEUR", 12.5e6, "EUR", "investment", None) in [
        (s, v, u, "investment" if m in ("investment", "other") else m, p) for s, v, u, m, p in got
    ]
    assert ("300 k€", 300000.0, "EUR") in [(s, v, u) for s, v, u, _, _ in got]
    (fig,) = figures("Le groupe genevois a dégagé un bénéfice de 3,5 Mio de francs suisses.")
    assert (fig.value, fig.unit, fig.currency) == (3.5e6, "other", "CHF")


def test_money_split_by_hyphenation_or_a_line_break() -> None:
    (fig,) = figures("La société a investi 7 mil- lions d’eu- ros dans son atelier.")
    assert (fig.value, fig.unit, fig.metric) == (7e6, "EUR", "investment")
    (fig,) = figures("La société a investi 7 millions\nd’euros dans son atelier.")
    assert (fig.value, fig.unit, fig.metric) == (7e6, "EUR", "investment")


def test_swiss_francs_are_other_with_currency_chf() -> None:
    (fig,) = figures("Les exportations ont atteint 1,9 milliard de francs suisses en avril.")
    assert (fig.value, fig.unit, fig.currency, fig.metric) == (1.9e9, "other", "CHF", "exports")
    (fig,) = figures("Le chiffre d’affaires a atteint CHF 840 millions.")
    assert (fig.value, fig.unit, fig.currency) == (840e6, "other", "CHF")


def test_elliptical_figures_take_scale_and_unit_of_their_context() -> None:
    text = "Le chiffre d’affaires grimpe à 512 millions d’euros, contre 470 un an plus tôt."
    got = {f.span: (f.value, f.unit) for f in figures(text)}
    assert got["470"] == (470e6, "EUR")
    (fig,) = figures("Les aides régionales iront de 50 à 200 000 euros par projet.")
    assert (fig.value, fig.value_max, fig.unit) == (50000.0, 200000.0, "EUR")


def test_one_as_an_item_of_a_list_of_places_is_a_count() -> None:
    text = (
        "Les sept agences (trois à Dijon, deux à Beaune, une à Auxerre et une à Sens) seront "
        "reprises."
    )
    got = [(f.span, f.value, f.unit) for f in figures(text)]
    assert got == [
        ("sept", 7.0, "stores"),
        ("trois", 3.0, "stores"),
        ("deux", 2.0, "stores"),
        ("une", 1.0, "stores"),
        ("une", 1.0, "stores"),
    ]


def test_one_euro_is_a_figure_but_an_article_is_not() -> None:
    text = "La commune a cédé une usine et un entrepôt pour un euro symbolique à une PME."
    got = [(f.span, f.value, f.unit) for f in figures(text)]
    assert got == [("un euro", 1.0, "EUR")]


def test_numbers_in_words() -> None:
    text = (
        "La filière réunit trois cent quarante entreprises, emploie deux mille cinq cents "
        "salariés, a créé soixante et onze emplois et ouvert vingt et une boutiques."
    )
    got = [(f.span, f.value, f.unit) for f in figures(text)]
    assert got == [
        ("trois cent quarante", 340.0, "companies"),
        ("deux mille cinq cents", 2500.0, "persons"),
        ("soixante et onze", 71.0, "persons"),
        ("vingt et une", 21.0, "stores"),
    ]


def test_fractions_and_approximation_nouns_in_words() -> None:
    text = (
        "Les trois quarts des salariés sont des frontaliers ; une bonne centaine de personnes "
        "travaillent à l’atelier et un tiers des commandes partent en Asie."
    )
    got = {f.span: (f.value, f.unit, f.approximate) for f in figures(text)}
    assert got["trois quarts"] == (75.0, "percent", True)
    assert got["une bonne centaine"] == (100.0, "persons", True)
    assert got["un tiers"] == (33.3, "percent", True)


def test_words_for_dates_ages_durations_and_ranks_are_not_figures() -> None:
    text = (
        "Fondée il y a trente ans, la société a mis deux ans à bâtir sa deuxième usine ; son "
        "patron, âgé de cinquante-deux ans, l’a inaugurée le trois mars."
    )
    assert figures(text) == []


def test_swiss_number_words() -> None:
    text = "L’atelier de Bienne forme septante-cinq apprentis et compte nonante-deux horlogers."
    got = [(f.span, f.value, f.unit) for f in figures(text)]
    assert got == [("septante-cinq", 75.0, "persons"), ("nonante-deux", 92.0, "persons")]


def test_trades_roles_and_rival_companies_are_counted() -> None:
    text = (
        "Le sous-traitant a embauché six polisseurs et trois régleuses, a racheté deux "
        "concurrents et s’appuie sur trente bénévoles."
    )
    got = {f.span: f.unit for f in figures(text)}
    assert got == {"six": "persons", "trois": "persons", "deux": "companies", "trente": "persons"}


def test_a_number_in_words_before_a_plural_verb_counts_the_noun_before() -> None:
    text = (
        "Le groupe compte 4 800 collaborateurs. Parmi eux, trois mille travaillent en Franche-"
        "Comté."
    )
    got = {f.span: (f.value, f.unit, f.metric) for f in figures(text)}
    assert got["trois mille"] == (3000.0, "persons", "employees")


def test_words_used_as_adjectives_or_pronouns_are_not_counts() -> None:
    text = (
        "Les deux dirigeants ont visité 40 magasins. Les deux sont satisfaits du bâtiment "
        "flambant neuf qui abrite le siège."
    )
    got = [f.span for f in figures(text)]
    assert "neuf" not in got and got.count("deux") <= 1


def test_euros_with_a_lost_apostrophe() -> None:
    (fig,) = figures("Le contrat signé avec la Région porte sur 15 millions deuros.")
    assert (fig.value, fig.unit, fig.currency) == (15e6, "EUR", "EUR")


def test_an_amount_elided_after_an_amount_keeps_its_scale_and_currency() -> None:
    text = "L’entreprise a investi 5 millions d’euros en 2022 puis 7 en 2023."
    got = [(f.span, f.value, f.unit, f.metric, f.period) for f in figures(text)]
    assert got == [
        ("5 millions d’euros", 5e6, "EUR", "investment", "2022"),
        ("7", 7e6, "EUR", "investment", "2023"),
    ]
    text = "Les ventes ont atteint 12 millions d’euros, contre neuf un an plus tôt."
    got = {f.span: (f.value, f.unit) for f in figures(text)}
    assert got["neuf"] == (9e6, "EUR")


def test_an_amount_elided_after_an_amount_does_not_take_a_noun_from_before() -> None:
    text = "L’usine a coûté 30 millions d’euros au fabricant, puis 4 pour les machines."
    got = {f.span: (f.value, f.unit) for f in figures(text)}
    assert got["4"] == (4e6, "EUR")


def test_a_market_sized_in_millions_with_no_currency_is_money() -> None:
    (fig,) = figures("Le marché mondial de la montre connectée est estimé à 60 milliards.")
    assert (fig.value, fig.unit, fig.currency) == (60e9, "EUR", "EUR")
    (fig,) = figures("Le groupe vend 2 millions de capsules.")
    assert (fig.unit, fig.currency) == ("units", None)  # counted products, no money


def test_ranges_in_words_take_the_scale_of_the_upper_bound() -> None:
    text = "Le chantier mobilisera deux à trois cents ouvriers, puis entre cinq et six mille."
    got = [(f.span, f.value, f.value_max, f.unit, f.approximate) for f in figures(text)]
    assert got[0] == ("deux à trois cents", 200.0, 300.0, "persons", True)
    assert got[1][:3] == ("entre cinq et six mille", 5000.0, 6000.0)


def test_full_time_equivalents_and_adverbs_before_the_noun() -> None:
    text = (
        "Le laboratoire compte 42 équivalents temps plein, le siège 18 ETP, et la zone "
        "accueille 70 très petites entreprises qui sont autant d’employeurs."
    )
    got = {f.span: (f.unit, f.metric) for f in figures(text)}
    assert got["42"] == ("persons", "employees")
    assert got["18"] == ("persons", "employees")
    assert got["70"] == ("companies", "companies")


def test_a_part_after_dont_that_looks_like_a_year_is_a_count() -> None:
    text = "Le sous-traitant emploie 2 600 personnes, dont 1900 en Franche-Comté, depuis 2015."
    got = {f.span: (f.value, f.unit) for f in figures(text)}
    assert got["1900"] == (1900.0, "persons")
    assert "2015" not in got


def test_production_units_are_sites_and_places_of_sale_are_shops() -> None:
    text = "Le fabricant exploite trois unités de production et livre 500 unités par semaine."
    got = [(f.span, f.unit) for f in figures(text)]
    assert got == [("trois", "sites"), ("500", "units")]
    (fig,) = figures("La coopérative compte 85 lieux de vente dans le Jura.")
    assert (fig.value, fig.unit, fig.metric) == (85.0, "stores", "stores")


def test_enseignes_of_a_group_are_its_companies() -> None:
    (fig,) = figures("Le groupe familial de distribution compte désormais sept enseignes.")
    assert (fig.span, fig.unit, fig.metric) == ("sept", "companies", "companies")


def test_a_bare_part_after_an_amount_is_the_same_money() -> None:
    text = "L’horloger a facturé 45 millions d’euros, dont 30 à l’export."
    got = [(f.span, f.value, f.unit) for f in figures(text)]
    assert got == [("45 millions d’euros", 45e6, "EUR"), ("30", 30e6, "EUR")]


def test_a_count_elided_after_a_scaled_count_takes_its_scale() -> None:
    text = "Le groupe a livré 1,4 million de montres en 2023, contre 1,3 un an plus tôt."
    got = [(f.span, f.value, f.unit, f.period) for f in figures(text)]
    assert got == [("1,4 million", 1.4e6, "units", "2023"), ("1,3", 1.3e6, "units", "2022")]
    text = "Le site a produit 2 millions de pièces, contre 900 000 avant la crise."
    got = [(f.span, f.value) for f in figures(text)]
    assert got == [("2 millions", 2e6), ("900 000", 9e5)]


def test_neuf_as_an_adjective_after_a_comma_is_no_count_but_dont_neuf_is() -> None:
    text = "La PME compte 60 salariés. Son atelier, neuf et spacieux, a ouvert en mai."
    assert [f.span for f in figures(text)] == ["60"]
    text = "La PME compte 60 salariés, dont neuf en apprentissage."
    got = {f.span: (f.value, f.unit) for f in figures(text)}
    assert got["neuf"] == (9.0, "persons")


def test_bounds_after_the_number_and_verbs_of_approach_make_it_approximate() -> None:
    text = (
        "Le pôle pourrait compter 180 salariés voire plus ; ses ventes dépassaient en 2019 les "
        "40 millions d’euros et l’usine frôle une cadence quotidienne de 900 boîtiers."
    )
    got = {f.span: (f.value, f.approximate, f.qualifier) for f in figures(text)}
    assert got["180"] == (180.0, True, None)
    assert got["40 millions d’euros"] == (40e6, True, None)
    assert got["900"] == (900.0, True, None)
    (fig,) = figures("Les commandes ont dépassé de 5 % les prévisions.")
    assert (fig.span, fig.approximate) == ("5 %", False)


def test_a_qualifier_before_a_sign_belongs_to_the_span() -> None:
    (fig,) = figures("La baisse annuelle se stabilise autour de -6 % ces derniers mois.")
    assert (fig.span, fig.value, fig.approximate, fig.qualifier) == (
        "autour de -6 %",
        -6.0,
        True,
        "environ",
    )


def test_and_more_of_something_else_is_no_bound() -> None:
    text = "La filière compte 200 salariés et plus de 30 ateliers."
    got = {f.span: f.approximate for f in figures(text)}
    assert got == {"200": False, "plus de 30": True}


def test_a_scale_whose_complement_is_money_is_in_euros() -> None:
    text = "Le plan prévoit 6 millions d’investissement et 1,5 million de subventions."
    got = [(f.span, f.value, f.unit, f.currency) for f in figures(text)]
    assert got == [("6 millions", 6e6, "EUR", "EUR"), ("1,5 million", 1.5e6, "EUR", "EUR")]


def test_ranges_written_with_ou() -> None:
    text = "L’atelier recrutera 4 ou 5 horlogers et investira deux ou trois millions d’euros."
    got = [(f.span, f.value, f.value_max, f.unit, f.approximate) for f in figures(text)]
    assert got == [
        ("4 ou 5", 4.0, 5.0, "persons", True),
        ("deux ou trois millions d’euros", 2e6, 3e6, "EUR", True),
    ]
    assert [f.span for f in figures("Le salon aura lieu en 2026 ou 2027.")] == []


def test_a_scale_whose_complement_is_money_in_a_swiss_sentence_is_in_francs() -> None:
    (fig,) = figures("La manufacture de Bienne annonce 40 millions d’investissement en francs.")
    assert (fig.value, fig.unit, fig.currency) == (40e6, "other", "CHF")


def test_fifths_and_tenths_in_words_are_percentages() -> None:
    text = "Un cinquième des emplois du canton et trois dixièmes des exportations en dépendent."
    got = [(f.span, f.value, f.unit, f.approximate) for f in figures(text)]
    assert got == [
        ("Un cinquième", 20.0, "percent", True),
        ("trois dixièmes", 30.0, "percent", True),
    ]
    assert figures("Il a fini quatrième sur cinq, pour la cinquième fois.") == []


def test_counted_products_are_units() -> None:
    text = "La fromagerie affine 40 000 meules par an et la distillerie remplit 300 000 bouteilles."
    got = [(f.span, f.value, f.unit) for f in figures(text)]
    assert got == [("40 000", 40000.0, "units"), ("300 000", 300000.0, "units")]


def test_the_euro_as_a_currency_is_no_amount() -> None:
    assert figures("Un euro fort pénalise les horlogers qui exportent vers l’Asie.") == []
    (fig,) = figures("Le bâtiment a été vendu à la commune pour un euro.")
    assert (fig.span, fig.value, fig.unit) == ("un euro", 1.0, "EUR")


def test_one_as_the_lower_bound_of_a_range() -> None:
    text = "Chaque boutique recrutera un à deux vendeurs, et l’atelier une ou deux polisseuses."
    got = [(f.span, f.value, f.value_max, f.unit) for f in figures(text)]
    assert got == [("un à deux", 1.0, 2.0, "persons"), ("une ou deux", 1.0, 2.0, "persons")]
    assert figures("Il passe d’un à deux jours par semaine à l’atelier.") == []


def test_hiring_projects_count_jobs_but_recruitment_firms_do_not() -> None:
    text = "L’enquête recense 2 400 projets de recrutement dans le bassin et trois cabinets de recrutement."
    got = [(f.span, f.unit, f.metric) for f in figures(text)]
    assert got == [("2 400", "persons", "jobs")]


def test_job_seekers_are_no_jobs() -> None:
    (fig,) = figures("Le département compte 21 000 demandeurs d’emploi.")
    assert (fig.unit, fig.metric) == ("persons", "other")


def test_a_number_in_words_compared_with_a_count_counts_the_same() -> None:
    text = "L’atelier emploie désormais trente-huit salariés, contre vingt il y a trois ans."
    got = [(f.span, f.value, f.unit) for f in figures(text)]
    assert got == [("trente-huit", 38.0, "persons"), ("vingt", 20.0, "persons")]
