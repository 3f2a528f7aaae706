"""Metric from the sentence's structure (issue 14, item 1 and the misreads of item 7): what a
percentage is a share of, what is spent or committed, what a verb of reaching measures, prices,
stores and members. Every sentence here is our own."""

from __future__ import annotations

from etl.news.extract.figures import extract_figures


def read(text: str, published: str | None = "2022-06-01") -> list[tuple[str, float, str, str]]:
    """(span, value, unit, metric) of every figure of `text`."""
    return [(f.span, f.value, f.unit, f.metric) for f in extract_figures(text, published)]


def periods(text: str, published: str | None = "2022-06-01") -> list[str | None]:
    return [f.period for f in extract_figures(text, published)]


def test_share_of_a_territory_jobs_is_a_market_share() -> None:
    text = (
        "Une trentaine d’ateliers font travailler 900 personnes, soit 65 % des emplois du canton."
    )
    assert read(text)[-1] == ("65 %", 65.0, "percent", "market_share")
    assert periods(text) == [None, None, None]


def test_share_of_jobs_held_by_a_group_of_people_is_other() -> None:
    text = "Dans la filière, les femmes occupent 47 % des emplois de production."
    assert read(text) == [("47 %", 47.0, "percent", "other")]
    text = "Les ouvriers représentent 58 % des effectifs du secteur."
    assert read(text) == [("58 %", 58.0, "percent", "other")]


def test_share_of_jobs_held_by_a_territory_stays_a_market_share() -> None:
    text = "Le Haut-Doubs concentre 62 % des emplois horlogers français."
    assert read(text) == [("62 %", 62.0, "percent", "market_share")]


def test_share_of_one_network_stores_is_other() -> None:
    text = "Placée en redressement judiciaire, la chaîne ferme 25 % de ses boutiques."
    assert read(text) == [("25 %", 25.0, "percent", "other")]
    text = "Le plan de redressement ferme 12 % des magasins de l’enseigne."
    assert read(text) == [("12 %", 12.0, "percent", "other")]
    text = "La direction veut céder 10 % des points de vente du réseau."
    assert read(text) == [("10 %", 10.0, "percent", "other")]


def test_funds_mobilised_or_a_plan_estimated_are_investment() -> None:
    text = "Le département mobilise 2,5 millions d’euros pour équiper ses collèges."
    assert read(text) == [("2,5 millions d’euros", 2_500_000.0, "EUR", "investment")]
    text = "Le programme, estimé à 18 millions d’euros, s’étalera sur quatre ans."
    assert read(text)[0][3] == "investment"


def test_a_reaching_verb_measures_what_its_subject_names() -> None:
    text = "Les investissements réalisés cette année dépassent 7 millions d’euros."
    assert read(text) == [("7 millions d’euros", 7_000_000.0, "EUR", "investment")]
    text = (
        "Les exportations de lunettes ont réalisé un bon semestre. "
        "Elles ont grimpé à 640 millions d’euros."
    )
    assert read(text) == [("640 millions d’euros", 640_000_000.0, "EUR", "exports")]


def test_a_verb_after_an_amount_keeps_its_own_meaning() -> None:
    text = (
        "Le groupe a investi 4 millions d’euros et réalisé 52 millions d’euros de ventes en 2021."
    )
    assert [m for *_, m in read(text)] == ["investment", "revenue"]


def test_a_trade_balance_is_not_revenue() -> None:
    text = (
        "La branche affiche un chiffre d’affaires de 900 millions d’euros et un excédent "
        "commercial de 120 millions d’euros."
    )
    assert [m for *_, m in read(text)] == ["revenue", "other"]
    text = "Le commerce de la lunette dégage un solde positif de 45 millions d’euros."
    assert read(text)[0][3] == "other"


def test_an_average_price_is_other_not_revenue() -> None:
    text = "Le prix moyen d’un bijou vendu en boutique s’établit à 180 euros."
    assert read(text) == [("180 euros", 180.0, "EUR", "other")]


def test_a_ticket_price_is_other() -> None:
    text = "Le billet pour la visite de la manufacture coûte 14 euros par adulte."
    assert read(text) == [("14 euros", 14.0, "EUR", "other")]


def test_a_headline_amount_takes_the_meaning_of_the_lines_under_it() -> None:
    text = (
        "Trois millions d’euros pour la scierie du Haut-Jura\n"
        "Les associés ont décidé d’investir trois millions d’euros dans une nouvelle ligne."
    )
    assert [m for *_, m in read(text)] == ["investment", "investment"]


def test_pieces_counted_in_a_report_on_exports_are_exports() -> None:
    text = (
        "Les exportations de montres ont atteint 1,8 milliard d’euros sur le trimestre. "
        "En volume, 2,4 millions de montres ont quitté le pays."
    )
    assert read(text)[1] == ("2,4 millions", 2_400_000.0, "units", "exports")


def test_pieces_made_stay_production_near_exports() -> None:
    text = (
        "Les exportations de montres ont atteint 1,8 milliard d’euros sur le trimestre. "
        "Les ateliers ont fabriqué 300 000 montres."
    )
    assert read(text)[1][3] == "production"


def test_farms_gathered_by_a_cooperative_are_its_members() -> None:
    text = "La coopérative laitière réunit onze fermes du plateau."
    assert read(text) == [("onze", 11.0, "companies", "members")]


def test_companies_of_a_sector_are_counted_not_members() -> None:
    text = "Le secteur regroupe 140 entreprises dans la vallée."
    assert read(text) == [("140", 140.0, "companies", "companies")]


def test_a_change_governed_by_de_stays_a_growth_rate_before_a_complement() -> None:
    text = "L’an passé s’est soldé par un recul des ventes de 4,5 % des ateliers de la vallée."
    assert read(text, "2021-03-01") == [("4,5 %", -4.5, "percent", "growth_rate")]


def test_bracketed_change_written_after_the_percentage_is_a_growth_rate() -> None:
    text = "Le carnet de commandes atteint 38 millions d’euros (7 % de mieux qu’en 2020)."
    assert read(text)[1] == ("7 %", 7.0, "percent", "growth_rate")
    text = "Les ventes montent à 61 millions d’euros, soit 5,2 % d’augmentation sur l’exercice."
    assert read(text)[1] == ("5,2 %", 5.2, "percent", "growth_rate")


def test_a_growth_word_governs_its_own_number_not_the_next_share() -> None:
    text = "Les ventes à l’étranger gagnent 9 % et pèsent 71 % du chiffre d’affaires de la maison."
    assert [m for *_, m in read(text)] == ["growth_rate", "exports"]


def test_a_share_named_again_is_a_share_of_the_same_whole() -> None:
    text = (
        "La vallée assure 45 % de la production nationale de cadrans. "
        "En y ajoutant le canton voisin, la part grimpe à 68 %."
    )
    assert [m for *_, m in read(text)] == ["market_share", "market_share"]
    alone = "Pour les bracelets, la proportion monte à 30 % selon la fédération."
    assert read(alone)[0][3] == "other"


def test_people_who_become_buyers_are_no_headcount() -> None:
    text = "Cinq techniciens de la manufacture veulent se porter acquéreurs de l’atelier."
    assert read(text) == [("Cinq", 5.0, "persons", "other")]
    text = "Près de 70 salariés seront repris par le futur acquéreur."
    assert read(text)[0][3] in ("jobs", "employees")


def test_bidders_for_a_business_are_counted_as_other() -> None:
    text = "Une quinzaine de soumissionnaires ont remis une offre pour les 240 agences du réseau."
    assert read(text)[0] == ("Une quinzaine", 15.0, "companies", "other")
    assert read(text)[1] == ("240", 240.0, "stores", "stores")


def test_sales_outside_the_country_are_exports() -> None:
    text = "La lunetterie réalise 64 % de ses ventes hors de France."
    assert read(text) == [("64 %", 64.0, "percent", "exports")]
    text = "L’atelier fait 35 % de son chiffre d’affaires à l’international."
    assert read(text) == [("35 %", 35.0, "percent", "exports")]


def test_goods_made_abroad_are_no_exports() -> None:
    text = "Près de 90 % des réveils vendus dans le pays sont fabriqués à l’étranger."
    assert read(text)[0][3] != "exports"


def test_invoiced_amount_is_revenue() -> None:
    text = "Le sous-traitant facture 11 millions d’euros par an à ses clients suisses."
    assert read(text) == [("11 millions d’euros", 11_000_000.0, "EUR", "revenue")]


def test_a_fraction_of_a_sector_jobs_is_a_market_share() -> None:
    text = "Les trois quarts des emplois de la filière se situent dans le Jura."
    assert read(text) == [("trois quarts", 75.0, "percent", "market_share")]


def test_a_fraction_of_a_group_of_people_is_other() -> None:
    text = "Un tiers des apprentis de l’école a moins de 18 ans."
    assert read(text)[0][3] == "other"


def test_a_fraction_governed_by_a_fall_is_a_negative_growth_rate() -> None:
    text = "Les commandes de pendules ont chuté d’un tiers en cinq ans."
    assert read(text) == [("un tiers", -33.3, "percent", "growth_rate")]


def test_a_part_located_in_a_territory_is_that_territory_share() -> None:
    text = "Près de 40 % des ateliers de polissage sont installés dans le Doubs."
    assert read(text) == [("Près de 40 %", 40.0, "percent", "market_share")]
    text = "Sur 500 graveurs, 150 (soit 30 %) travaillent à Besançon."
    assert read(text)[-1] == ("30 %", 30.0, "percent", "market_share")
    text = "Sur 500 graveurs, 150 (soit près d’un tiers) exercent et travaillent à Besançon."
    assert read(text)[-1][3] == "market_share"


def test_a_part_with_a_plan_is_a_split_not_a_territory_share() -> None:
    text = "Selon l’enquête, 44 % des entreprises prévoient de recruter cette année."
    assert read(text) == [("44 %", 44.0, "percent", "other")]


def test_a_segment_share_of_one_firm_own_total_is_other() -> None:
    text = "Les montres de plongée représentent 22 % de son chiffre d’affaires."
    assert read(text) == [("22 %", 22.0, "percent", "other")]
    text = "La maison a perdu 8 % de ses effectifs en deux ans."
    assert read(text)[0][3] == "growth_rate"


def test_trade_nouns_sharing_a_change_stem_are_no_growth_cue() -> None:
    text = "Le décolletage fournit 55 % des emplois industriels de la vallée."
    assert read(text) == [("55 %", 55.0, "percent", "market_share")]
    text = "Les montres de plongée pèsent 18 % des ventes du marché français."
    assert read(text)[0][3] == "market_share"


def test_companies_of_a_trade_body_are_its_members() -> None:
    text = "La chambre syndicale compte 210 entreprises dans toute la France."
    assert read(text) == [("210", 210.0, "companies", "members")]
    text = "Le groupe compte 9 sociétés."
    assert read(text)[0][3] == "companies"


def test_companies_named_members_after_the_number_are_members() -> None:
    text = "Le salon accueille cette année 64 entreprises affiliées au réseau."
    assert read(text)[0][3] == "members"


def test_the_amount_of_a_project_is_investment_and_of_a_grant_other() -> None:
    text = "L’extension de l’atelier, pour un montant de 3,4 millions d’euros, sera livrée l’été."
    assert read(text)[0][3] == "investment"
    text = "Le montant de l’aide régionale s’élève à 250 000 euros."
    assert read(text) == [("250 000 euros", 250_000.0, "EUR", "other")]


def test_a_thing_sold_at_an_amount_has_a_price_not_revenue() -> None:
    text = "Le catalogue de l’exposition, vendu 9 euros, est déjà épuisé."
    assert read(text) == [("9 euros", 9.0, "EUR", "other")]
    text = "Chaque pendule est vendue 2 400 euros en boutique."
    assert read(text) == [("2 400 euros", 2_400.0, "EUR", "other")]


def test_sales_for_an_amount_and_takings_are_revenue() -> None:
    text = "La boutique du musée a vendu pour 60 000 euros de souvenirs."
    assert read(text)[0][3] == "revenue"
    text = "La recette du festival atteint 45 000 euros."
    assert read(text) == [("45 000 euros", 45_000.0, "EUR", "revenue")]


def test_a_growth_rate_named_as_a_rate_is_a_growth_rate() -> None:
    text = "Sur dix ans, le taux de croissance annuel des ventes s’établit à 3,2 %."
    assert read(text) == [("3,2 %", 3.2, "percent", "growth_rate")]
    text = "Le taux de marge de l’atelier atteint 14 %."
    assert read(text)[0][3] == "other"


def test_a_fall_said_as_en_retrait_is_a_negative_growth_rate() -> None:
    text = "Les commandes de bracelets sont en retrait de 6 % sur le semestre."
    assert read(text) == [("6 %", -6.0, "percent", "growth_rate")]


def test_retailers_named_by_their_trade_are_stores() -> None:
    text = "La nouvelle collection sera disponible chez 420 horlogers-bijoutiers."
    assert read(text) == [("420", 420.0, "stores", "stores")]
    text = "L’enseigne ouvrira 18 shop-in-shops dans les grands magasins parisiens."
    assert read(text)[0][2:] == ("stores", "stores")


def test_what_a_new_site_required_is_investment() -> None:
    text = "Le nouvel atelier de sertissage a nécessité 7 millions d’euros."
    assert read(text) == [("7 millions d’euros", 7_000_000.0, "EUR", "investment")]
    text = "Le litige a nécessité 30 000 euros de frais de justice."
    assert read(text)[0][3] == "other"


def test_a_firm_gathering_people_on_its_site_counts_its_staff() -> None:
    text = "La manufacture rassemble 140 personnes dans ses ateliers de Villers."
    assert read(text) == [("140", 140.0, "persons", "employees")]
    text = "La manufacture a réuni 900 personnes pour sa fête annuelle et son inauguration."
    assert read(text)[0][3] == "participants"


def test_a_firm_size_named_by_no_money_word_is_its_turnover() -> None:
    text = "Le décolleteur savoyard (85 salariés, 11 millions d’euros) change de mains."
    assert read(text)[1] == ("11 millions d’euros", 11_000_000.0, "EUR", "revenue")
    text = "La marque affiche désormais 64 millions d’euros."
    assert read(text) == [("64 millions d’euros", 64_000_000.0, "EUR", "revenue")]


def test_a_named_loss_of_a_firm_stays_other() -> None:
    text = "La marque affiche 6 millions d’euros de pertes."
    assert read(text)[0][3] == "other"


def test_sales_outside_the_country_in_value_are_exports() -> None:
    text = "Ses ventes hors de France ont atteint 19 millions d’euros l’an passé."
    assert read(text)[0][:4] == ("19 millions d’euros", 19_000_000.0, "EUR", "exports")


def test_output_in_value_is_revenue_but_a_production_site_is_no_cue() -> None:
    text = "La production régionale de pendules atteint 38 millions d’euros."
    assert read(text)[0][3] == "revenue"
    text = "Le chiffre d’affaires du site de production dépasse 9 millions d’euros."
    assert read(text)[0][3] == "revenue"


def test_a_territory_holding_a_share_of_a_group_of_people_has_a_market_share() -> None:
    text = "Les cantons de la vallée concentrent 85 % des navetteurs venus de France."
    assert read(text) == [("85 %", 85.0, "percent", "market_share")]
    text = "Les salariés résidant dans le Jura représentent 40 % des frontaliers."
    assert read(text) == [("40 %", 40.0, "percent", "market_share")]
    text = "Les femmes représentent 40 % des frontaliers."
    assert read(text)[0][3] == "other"


def test_a_segment_share_of_the_turnover_a_firm_makes_is_other() -> None:
    text = "Les bracelets en cuir font 27 % du chiffre d’affaires réalisé par la maison."
    assert read(text) == [("27 %", 27.0, "percent", "other")]


def test_the_budget_of_a_renovation_is_investment_of_a_body_other() -> None:
    text = "La réhabilitation de l’ancienne fabrique dispose d’un budget de 700 000 euros."
    assert read(text)[0][3] == "investment"
    text = "Le budget annuel du club atteint 35 000 euros."
    assert read(text)[0][3] == "other"


def test_a_level_reached_after_a_change_verb_is_no_growth_rate() -> None:
    text = "Dans le bassin d’emploi, le chômage recule à 5,4 % (contre 6,2 % l’an passé)."
    assert [m for *_, m in read(text)] == ["other", "other"]
    text = "Le recul des commandes est limité à 4 % sur le trimestre."
    assert read(text) == [("4 %", -4.0, "percent", "growth_rate")]


def test_a_bracketed_percentage_belongs_to_the_phrase_before_it() -> None:
    text = "Les ventes se partagent entre le marché intérieur (42 %) et l’export (58 %)."
    assert [m for *_, m in read(text)] == ["other", "exports"]


def test_a_territory_part_of_a_sector_count_is_a_market_share() -> None:
    text = "La filière compte 7 500 emplois, dont 45 % dans le Haut-Jura."
    assert read(text)[1] == ("45 %", 45.0, "percent", "market_share")
    text = "La maison emploie 900 salariés, dont 20 % en Suisse."
    assert read(text)[1][3] == "other"


def test_brands_a_group_gathers_are_its_companies_not_members() -> None:
    text = "Le groupe familial réunit aujourd’hui sept marques de lunettes."
    assert read(text) == [("sept", 7.0, "companies", "companies")]


def test_the_share_of_goods_a_country_imports_is_imports() -> None:
    text = "Le pays importe 85 % des réveils qu’il achète."
    assert read(text) == [("85 %", 85.0, "percent", "imports")]
    text = "Les importations pèsent 60 % du marché national."
    assert read(text)[0][3] == "market_share"


def test_a_part_of_a_cost_a_stake_or_a_material_is_no_market_share() -> None:
    text = "Le fonds régional prend 35 % du capital de la fonderie."
    assert read(text) == [("35 %", 35.0, "percent", "other")]
    text = "L’aide de l’État couvre 25 % des dépenses de formation."
    assert read(text) == [("25 %", 25.0, "percent", "other")]
    text = "Le lunetier détient 22 % du marché des montures en France."
    assert read(text)[0][3] == "market_share"


def test_the_part_of_a_sector_in_a_total_is_a_market_share() -> None:
    text = "La part du commerce dans l’emploi du bassin atteint 18 %."
    assert read(text) == [("18 %", 18.0, "percent", "market_share")]
    text = "La part des femmes dans l’emploi de la filière atteint 44 %."
    assert read(text)[0][3] == "other"


def test_people_of_a_territory_working_in_a_sector_give_its_share() -> None:
    text = "Dans la vallée, 31 % des salariés travaillent dans l’industrie."
    assert read(text) == [("31 %", 31.0, "percent", "market_share")]
    text = "Le secteur des services regroupe 61 % des emplois."
    assert read(text)[0][3] == "market_share"


def test_people_in_work_among_a_population_are_a_split() -> None:
    text = "Parmi les habitants de 20 à 60 ans, 74 % sont actifs occupés et 8 % au chômage."
    assert [m for *_, m in read(text)] == ["other", "other"]


def test_a_firm_selling_its_goods_at_a_price_gives_a_price() -> None:
    text = "L’atelier vend ses pendules entre 700 et 2 500 euros."
    assert [m for *_, m in read(text)] == ["other"]
    text = "La boutique vend pour 70 000 euros de bijoux chaque année."
    assert read(text)[0][3] == "revenue"


def test_a_share_restated_after_soit_reads_the_clause_before() -> None:
    text = "Le lunetier a exporté pour 90 millions d’euros, soit 62 % de sa production."
    assert [m for *_, m in read(text)] == ["exports", "exports"]


def test_a_building_site_estimated_or_the_cost_of_a_new_centre_is_investment() -> None:
    text = "Le chantier du futur atelier de dorure est estimé à 6 millions d’euros."
    assert read(text)[0][3] == "investment"
    text = "Le coût du nouveau centre de formation atteint 2,2 millions d’euros."
    assert read(text)[0][3] == "investment"


def test_a_part_of_turnover_made_abroad_after_dont_is_exports() -> None:
    text = "L’horloger annonce 48 millions d’euros de ventes, dont 35 % à l’international."
    assert [m for *_, m in read(text)] == ["revenue", "exports"]
