"""Marked-up texts of the second own generalisation set (own31-own60): fictional companies,
people and small places, our own words, written and labelled by the rules of LABELS.md by two
helpers who read neither the extractor nor the dev texts. See build_set.py for the mark-up. These
figures are test data, never shipped data.

Undated articles (published None) carry "published_year_inferred", worked out from the text:
- own38: "Fondée il y a tout juste cinquante ans, en 1974" -> 2024.
- own41: "Un an après une édition 2022 en demi-teinte" (annual fair) -> 2023.
- own43: "Quatre ans après la crise sanitaire de 2020" -> 2024.
- own52: "fondée (...) en 1999 et qui devait célébrer cette année ses 25 ans" -> 2024.
- own57: its data stop at "fin 2023" and "sur l'année" 2023 -> 2024.
- own59: "l'an prochain, en juin 2025" -> 2024.
"""

ARTICLES = [
    {
        "id": "own31",
        "published": "2024-02-08",
        "entity": "Vauthier Décolletage",
        "geo": "Saint-Aurèle",
        "title": "Vauthier Décolletage tourne à plein régime",
        "text": """
SAINT-AURÈLE – Chez Vauthier Décolletage, on ne parle plus de crise. Le sous-traitant, qui usine vis, axes et pignons pour [[une quinzaine|15|companies|other|-|a,alt=companies]] de marques suisses, a bouclé 2023 sur un chiffre d'affaires de [[17,8 millions d'euros|17800000|EUR|revenue|2023]], contre [[14,9 millions|14900000|EUR|revenue|2022]] l'année précédente. Un bond qui doit beaucoup à l'horlogerie : elle représente aujourd'hui [[71 %|71|percent|other|-]] de son activité, le reste se partageant entre le médical et la connectique.
Des salariés ? L'atelier en comptait [[96|96|persons|employees|2023-12-31]] au 31 décembre, soit [[quatorze|14|persons|jobs|2023]] de plus qu'un an plus tôt. « Nous cherchons encore [[six|6|persons|jobs|-]] régleurs sur machines à commande numérique, mais les candidats filent de l'autre côté de la frontière », soupire Hervé Vauthier, petit-fils du fondateur, qui a repris l'affaire en <<2011>> à <<34>> ans.
Pour tenir les cadences, la PME va mettre [[3,2 M€|3200000|EUR|investment|2026]] sur la table d'ici <<2026>> : {{huit}} tours automatiques supplémentaires et une extension de {{1 200 m²}} le long de la RD <<437>>. La Région apporte [[400 000 euros|400000|EUR|other|-|alt=investment]] d'avance remboursable. L'entreprise exporte [[83 %|83|percent|exports|-]] de sa production, presque entièrement vers l'arc jurassien suisse. Son carnet de commandes couvre <<sept>> mois d'activité.
""",
    },
    {
        "id": "own32",
        "published": "2024-06-12",
        "entity": "travailleurs frontaliers",
        "geo": "Doubs et Jura",
        "title": "Frontaliers : la barre des 38 000 franchie",
        "text": """
Au 31 mars 2024, ils étaient [[plus de 38.000|38000|persons|employees|2024-03-31|a]] à franchir chaque matin la frontière depuis le Doubs et le Jura pour aller travailler en Suisse. Selon les chiffres publiés mardi par l'Observatoire transfrontalier du Haut-Jura, le nombre de frontaliers résidant dans les deux départements a progressé de [[4,6 %|4.6|percent|growth_rate|2024-03-31]] sur un an. Le Doubs (<<25>>) en fournit à lui seul [[les trois quarts|75|percent|market_share|2024-03-31|a]].
L'horlogerie reste le premier employeur : [[41 %|41|percent|other|-|alt=market_share]] des frontaliers y travaillent, loin devant la mécanique de précision ([[12 %|12|percent|other|-|alt=market_share]]) et la santé. Dans le canton de Neuchâtel, [[un tiers|33.3|percent|other|-|a,alt=market_share]] des salariés de la branche habite en France.
Côté rémunérations, le salaire médian d'un frontalier atteint [[6 150 francs suisses|6150|other|other|-|cur=CHF]] brut par mois, contre [[environ 2 300 euros|2300|EUR|other|-|a]] pour un poste équivalent côté français. De quoi vider les ateliers hexagonaux : d'après la chambre de commerce, [[près de 900|900|persons|jobs|-|a]] offres d'emploi industrielles restaient non pourvues fin mai dans le Haut-Doubs.
Les femmes représentent [[36 %|36|percent|other|-]] de ces travailleurs, les moins de <<30>> ans [[un quart|25|percent|other|-|a]]. Et la tendance ne faiblit pas : l'observatoire table sur [[42 000|42000|persons|employees|2028]] frontaliers à l'horizon <<2028>>.
""",
    },
    {
        "id": "own33",
        "published": "2023-09-28",
        "entity": "emploi salarié privé",
        "geo": "Bourgogne-Franche-Comté",
        "title": "Emploi salarié : le Jura tient, la Haute-Saône décroche",
        "text": """
Au deuxième trimestre 2023, l'emploi salarié privé de Bourgogne-Franche-Comté a reculé de [[0,3 %|-0.3|percent|growth_rate|2023]], soit [[environ 1 600|1600|persons|jobs|2023|a]] postes perdus en <<trois>> mois, selon la note de conjoncture de l'observatoire régional de l'emploi. Sur un an, le solde reste toutefois positif ([[+0,8 %|0.8|percent|growth_rate|2023]]).
Les disparités sont fortes. Le Jura (<<39>>) gagne [[450|450|persons|jobs|2023]] emplois en un an, porté par la lunetterie et la plasturgie, quand la Haute-Saône en perd [[près de 700|700|persons|jobs|2023|a]]. L'industrie représente [[19,5 %|19.5|percent|market_share|2023]] de l'emploi salarié régional, un des niveaux les plus élevés de France. L'intérim, baromètre avancé, plonge de [[7,1 %|-7.1|percent|growth_rate|2023]] sur le trimestre.
Le taux de chômage, lui, s'établit à [[6,6 %|6.6|percent|other|2023]] de la population active, contre [[6,4 %|6.4|percent|other|2023]] un trimestre plus tôt. Dans la zone d'emploi de Combe-Noire, il plafonne à [[3,9 %|3.9|percent|other|2023]], plus bas niveau de la région.
Au total, la région compte [[812 400|812400|persons|employees|2023]] salariés dans le privé. [[Deux cents|200|companies|companies|-]] établissements industriels ont par ailleurs annoncé des recrutements pour la rentrée, d'après l'enquête de la chambre de commerce, qui a interrogé [[1 150|1150|persons|participants|-|alt=other]] chefs d'entreprise entre le <<3>> et le <<21 juillet>>.
""",
    },
    {
        "id": "own34",
        "published": "2024-01-25",
        "entity": "marché français de la montre",
        "geo": "France",
        "title": "La montre marque le pas en France",
        "text": """
Le marché français de la montre a pesé [[1,46 milliard d’euros|1460000000|EUR|revenue|2023]] en 2023, selon l’étude annuelle du cabinet Kairos Conseil dévoilée jeudi. Un léger repli ([[–1,8 %|-1.8|percent|growth_rate|2023]]) après <<deux>> années euphoriques : en <<2021>> et <<2022>>, les ventes avaient bondi respectivement de [[11 %|11|percent|growth_rate|2021]] et de [[6,5 %|6.5|percent|growth_rate|2022]].
En volume, la baisse est plus marquée. Il s’est écoulé [[5,9 millions|5900000|units|other|2023|alt=production]] de montres l’an dernier dans l’Hexagone, contre [[6,4 millions|6400000|units|other|2022|alt=production]] en 2022. Le prix moyen grimpe en revanche à [[247 euros|247|EUR|other|2023]]. Les modèles connectés ont représenté [[22 %|22|percent|market_share|2023]] des ventes en valeur, les montres mécaniques [[38 %|38|percent|market_share|2023]].
Côté distribution, les horlogers-bijoutiers indépendants ont conservé [[31 %|31|percent|market_share|2023]] du marché l’an dernier, mais perdent du terrain face aux chaînes spécialisées et au e-commerce, qui capte à lui seul [[un cinquième|20|percent|market_share|-|a]] des ventes. Le nombre de points de vente spécialisés est tombé à [[moins de 4 300|4300|stores|stores|-|a]], soit [[quelque 180|180|stores|stores|-|a]] comptoirs de moins en <<cinq>> ans.
Pour 2024, Kairos Conseil anticipe une stabilisation [[autour de 1,45 milliard|1450000000|EUR|revenue|2024|a]]. « Le haut de gamme suisse continue de tirer le marché, la montre mode souffre », résume l’étude, réalisée auprès de [[2 400|2400|persons|participants|-|alt=other]] consommateurs.
""",
    },
    {
        "id": "own35",
        "published": "2024-04-18",
        "entity": "salon Précisia",
        "geo": "Besançon",
        "title": "Précisia referme ses portes sur un record",
        "text": """
BESANÇON – <<Quatre>> jours, [[14 200|14200|persons|participants|-]] visiteurs et des allées bondées : la <<9e>> édition du salon Précisia, consacré aux microtechniques et à la sous-traitance horlogère, a battu son record de fréquentation, en hausse de [[12 %|12|percent|growth_rate|-]] par rapport à <<2022>>. Le rendez-vous, biennal, a réuni [[612|612|companies|participants|-|alt=companies]] exposants, dont [[un tiers|33.3|percent|other|-|a]] venus de Suisse, répartis sur {{22 000 m²}} au parc des expositions.
« Nous avons dû refuser [[une quarantaine|40|companies|companies|-|a,alt=participants]] d'entreprises faute de place », confie la commissaire générale, Sophie Marchal. Les organisateurs estiment à [[38 millions d'euros|38000000|EUR|other|-|a,alt=investment]] les retombées économiques pour l'agglomération, hôtels et restaurants compris. Le budget de l'événement atteint [[2,1 M€|2100000|EUR|other|-|alt=investment]], financé à [[70 %|70|percent|other|-]] par les exposants.
Les visiteurs étrangers représentaient [[17 %|17|percent|other|-]] du public, contre [[11 %|11|percent|other|2022]] lors de la précédente édition. [[Plus de 3 000|3000|other|other|-|a]] rendez-vous d'affaires ont été programmés via la plateforme de mise en relation. Prochain rendez-vous du <<20>> au <<23 avril 2026>>, hall B, avec l'objectif affiché de franchir le cap des [[700|700|companies|participants|2026|alt=companies]] exposants.
""",
    },
    {
        "id": "own36",
        "published": "2023-06-06",
        "entity": "bijouterie-joaillerie",
        "geo": "France",
        "title": "Bijouterie : l'or cher n'effraie pas les Français",
        "text": """
Porté par la flambée du cours de l'or, le marché français de la bijouterie-joaillerie a atteint [[6,8 milliards d'euros|6800000000|EUR|revenue|2022]] l'an dernier, soit [[9 %|9|percent|growth_rate|2022]] de plus qu'en <<2021>>, selon le panorama annuel de l'Union nationale des métiers du bijou (UNMB). L'or fin s'est échangé [[jusqu'à 61 euros|61|EUR|other|2022|a]] le gramme en cours d'année.
La joaillerie de luxe s'arroge [[41 %|41|percent|market_share|2022]] du marché, la bijouterie or [[27 %|27|percent|market_share|2022]] et le bijou fantaisie une grosse part du reste. Sur le seul segment des alliances, il s'en est vendu [[quelque 310 000|310000|units|other|2022|a,alt=production]] paires, un chiffre stable.
Le réseau, lui, continue de s'éroder. On dénombrait fin 2022 [[5 640|5640|stores|stores|2022]] points de vente spécialisés, soit [[2,5 %|-2.5|percent|growth_rate|2022]] de moins qu'un an plus tôt. Les indépendants, qui tiennent encore [[un peu plus de la moitié|50|percent|market_share|-|a]] des magasins, ferment à un rythme d'[[environ trois cents|300|stores|stores|-|a]] par an. L'UNMB, qui compte [[1.150|1150|companies|members|-]] entreprises adhérentes, plaide pour un allègement de la fiscalité sur la transmission.
Au premier trimestre 2023, les ventes ont encore progressé de [[3,4 %|3.4|percent|growth_rate|2023]], mais les volumes reculent : le poinçon <<750>> reste roi, mais les acheteurs se tournent vers le <<375>>, moins coûteux.
""",
    },
    {
        "id": "own37",
        "published": "2024-10-03",
        "entity": "Manufacture Ardenis",
        "geo": "canton du Jura",
        "title": "Ardenis investit 45 millions de francs et recrute des frontaliers",
        "text": """
De l'autre côté du Doubs, la Manufacture Ardenis met les bouchées doubles. Le fabricant de mouvements mécaniques, installé à La Combe-aux-Prés, dans le canton du Jura, a annoncé mardi un investissement de [[45 millions de francs suisses|45000000|other|investment|-|cur=CHF]] dans une nouvelle unité de production, opérationnelle fin <<2026>>. À la clé, [[cent vingt|120|persons|jobs|-]] emplois supplémentaires, dont une majorité devraient revenir à des frontaliers.
L'entreprise emploie aujourd'hui [[530|530|persons|employees|-]] collaborateurs, parmi lesquels [[62 %|62|percent|other|-]] résident en France. « Sans les frontaliers, nous fermerions demain », reconnaît son directeur, Marc-Olivier Juillerat. Ardenis a livré au premier semestre 2024 [[environ 41 000|41000|units|production|2024|a]] calibres, une production en hausse de [[8 %|8|percent|growth_rate|2024]] sur un an, à destination d'[[une vingtaine|20|companies|other|2024|a,alt=companies]] de marques.
Son chiffre d'affaires, non publié, est estimé [[entre 90 et 110 millions de francs|90000000|other|revenue|-|max=110000000,cur=CHF]] par les analystes. La société, contrôlée à [[51 %|51|percent|other|-]] par la famille fondatrice depuis <<1946>>, a ouvert son capital en <<2019>> à un fonds genevois.
Dans le canton, la branche horlogère compte [[7 800|7800|persons|employees|-|e=branche horlogère jurassienne]] emplois, soit [[près d'un quart|25|percent|market_share|-|a,e=branche horlogère jurassienne]] de l'emploi industriel jurassien. Le calibre <<A-300>>, lancé l'an dernier, équipe déjà plusieurs chronographes vendus [[plus de 8 000 francs|8000|other|other|-|a,cur=CHF]].
""",
    },
    {
        "id": "own38",
        "published": None,
        "published_year_inferred": 2024,
        "year": 2024,
        "entity": "Perrenot & Fils",
        "geo": "Bois-Sauvin",
        "title": "Perrenot & Fils, un demi-siècle de cadrans",
        "text": """
Fondée il y a tout juste <<cinquante>> ans, en <<1974>>, la société Perrenot & Fils fête son anniversaire avec un carnet de commandes garni. Ce fabricant de cadrans installé à Bois-Sauvin, dans le Haut-Jura, livre chaque année [[près de 300 000|300000|units|production|-|a]] cadrans à des maisons suisses et françaises. Il en produisait [[à peine 120 000|120000|units|production|2014|a]] il y a <<dix>> ans.
L'effectif suit : [[quarante-deux|42|persons|employees|-]] personnes travaillent aujourd'hui dans les ateliers, contre [[vingt-huit|28|persons|employees|2019]] en <<2019>>. [[Trois|3|persons|jobs|-]] recrutements sont prévus d'ici l'été, notamment un graveur et {{deux}} émailleurs. Le chiffre d'affaires a franchi l'an dernier les [[6 millions d'euros|6000000|EUR|revenue|2023|a]] ([[6,3 M€|6300000|EUR|revenue|2023]] précisément), dont [[88 %|88|percent|exports|2023]] réalisés à l'export.
La famille Perrenot, qui détient [[100 %|100|percent|other|-]] du capital, a consacré [[près de 900 000 euros|900000|EUR|investment|-|a]] depuis <<trois>> ans à la modernisation du parc machines, notamment une ligne de galvanoplastie. « Un cadran passe entre les mains de {{quinze}} personnes avant d'être livré », explique Julien Perrenot, <<46>> ans, troisième génération à la tête de l'entreprise. Un cadran émaillé grand feu peut dépasser [[1 500 euros|1500|EUR|other|-|a]] pièce.
Atelier ouvert au public le premier samedi du mois, renseignements au <<03 84 00 12 34>>.
""",
    },
    {
        "id": "own39",
        "published": "2025-02-20",
        "entity": "filière horlogère du Doubs",
        "geo": "Doubs",
        "title": "Horlogerie : le Doubs a moins recruté en 2024",
        "text": """
En 2024, les entreprises horlogères du Doubs ont déposé [[1 240|1240|persons|jobs|2024]] offres d'emploi auprès de France Travail, contre [[1 610|1610|persons|jobs|2023]] l'année précédente. Les intentions d'embauche du secteur ont reculé de [[23 %|-23|percent|growth_rate|2024]], une première depuis la crise sanitaire. Les contrats durables (CDI et CDD de plus de <<six>> mois) en représentaient [[64 %|64|percent|other|2024]].
La filière départementale emploie toujours [[environ 9 300|9300|persons|employees|-|a]] salariés, répartis dans [[deux cent quinze|215|companies|companies|-]] établissements. Elle pèse [[14 %|14|percent|market_share|-]] de l'emploi industriel du Doubs, et même [[38 %|38|percent|market_share|-]] dans la zone d'emploi du Haut-Sorbier. Les demandeurs d'emploi inscrits en catégorie A dans le département étaient [[21 870|21870|persons|other|2024]] fin décembre, en hausse de [[2,7 %|2.7|percent|growth_rate|2024]] sur un an.
Pour 2025, la profession reste prudente : [[la moitié|50|percent|other|2025|a]] des [[160|160|companies|members|-]] entreprises adhérentes de l'Association horlogère du Doubs prévoient de maintenir leurs effectifs, [[un cinquième|20|percent|other|2025|a]] de les réduire. « Les commandes suisses ont ralenti dès l'automne », résume Nadine Courvoisier, présidente de l'association, dont le siège est au <<12>>, rue des Horlogers à Besançon.
""",
    },
    {
        "id": "own40",
        "published": "2023-03-30",
        "entity": "Valdrôme",
        "geo": "Besançon",
        "title": "Valdrôme creuse ses pertes mais ouvre des boutiques",
        "text": """
BESANÇON – Exercice contrasté pour l'horloger bisontin Valdrôme. Sur l'année 2022, la marque a vu ses ventes grimper de [[15 %|15|percent|growth_rate|2022]], à [[23,4 M€|23400000|EUR|revenue|2022]], mais sa perte nette s'est alourdie à [[2,8 M€|2800000|EUR|other|2022]], contre [[1,1 M€|1100000|EUR|other|2021]] en <<2021>>. En cause, l'ouverture de [[trois|3|stores|stores|2022]] boutiques en propre, à Paris, Lyon et Genève, et une campagne publicitaire de [[1,5 million|1500000|EUR|other|2022|alt=investment]].
Le réseau compte désormais [[sept|7|stores|stores|-]] magasins à l'enseigne et [[140|140|stores|stores|-]] portes chez des détaillants multimarques, dont [[une trentaine|30|stores|stores|-|a]] à l'étranger. Les ventes en ligne ont pesé [[26 %|26|percent|other|2022]] du chiffre d'affaires 2022, contre [[19 %|19|percent|other|2021]] un an plus tôt.
Pour financer sa croissance, la société a levé [[6 millions d'euros|6000000|EUR|investment|-|alt=other]] auprès d'un family office lyonnais, qui prend [[18 %|18|percent|other|-]] du capital. Les fondateurs, Paul et Inès Garnier, conservent la majorité. Les [[85|85|persons|employees|-]] salariés (dont [[32|32|persons|employees|-]] horlogers) seront rejoints par [[quinze|15|persons|jobs|2023]] nouvelles recrues en 2023. Objectif : l'équilibre en <<2024>> et [[40 millions d'euros|40000000|EUR|revenue|2027]] de ventes à l'horizon <<2027>>. Le modèle phare, la Valdrôme <<1890>> Automatique, se vend [[1 290 euros|1290|EUR|other|-]].
""",
    },
    {
        "id": "own41",
        "published": None,
        "published_year_inferred": 2023,
        "year": 2023,
        "entity": "salon Éclats",
        "geo": "Lyon",
        "title": "Éclats retrouve des couleurs",
        "text": """
Un an après une édition <<2022>> en demi-teinte, le salon professionnel Éclats, dédié à la bijouterie et à l’horlogerie, a retrouvé son public à Lyon. En <<trois>> jours, [[8 600|8600|persons|participants|-]] acheteurs et visiteurs professionnels ont arpenté les allées, soit une progression de [[21 %|21|percent|growth_rate|-]]. Les organisateurs revendiquent [[340|340|companies|participants|-|alt=companies]] marques exposantes, contre [[295|295|companies|participants|2022|alt=companies]] l’an passé, dont [[près de la moitié|50|percent|other|-|a]] de créateurs indépendants.
Le stand de base, {{9 m²}}, se louait [[4 200 euros|4200|EUR|other|-]] hors taxes. Cher pour les petits ateliers, mais rentable pour la plupart : selon l’enquête de sortie, [[72 %|72|percent|other|-]] des exposants déclarent avoir signé des commandes sur place, pour un montant moyen de [[11 k€|11000|EUR|other|-]]. La région Auvergne-Rhône-Alpes a accordé une aide de [[150 000 euros|150000|EUR|other|-|alt=investment]] pour accueillir une délégation d’acheteurs venus de {{quinze}} pays.
{{Quelque 60}} conférences et démonstrations ont rythmé l’événement, dont une table ronde sur le recyclage de l’or, qui pèse désormais [[30 %|30|percent|other|-|alt=market_share]] de l’approvisionnement des fabricants français. Les organisateurs visent [[10 000|10000|persons|participants|2024]] visiteurs pour la prochaine édition, prévue du <<14>> au <<16 septembre>>, hall <<5>>.
""",
    },
    {
        "id": "own42",
        "published": "2024-08-22",
        "entity": "exportations horlogères",
        "geo": "Suisse",
        "title": "Exportations horlogères : le premier semestre fait grise mine",
        "text": """
Les exportations horlogères suisses ont fléchi au premier semestre 2024. Selon les statistiques douanières helvétiques, elles se sont établies à [[12,9 milliards de francs|12900000000|other|exports|2024|cur=CHF]], en retrait de [[3,1 %|-3.1|percent|growth_rate|2024]] par rapport à la même période de <<2023>>. La Chine continentale plonge de [[25 %|-25|percent|growth_rate|2024]], quand les États-Unis progressent légèrement ([[+1,6 %|1.6|percent|growth_rate|2024]]) et restent le premier débouché, avec [[17 %|17|percent|market_share|2024|alt=exports]] des envois.
En volume, [[7,1 millions|7100000|units|exports|2024]] de montres ont quitté la Suisse, [[9 %|-9|percent|growth_rate|2024]] de moins qu'un an plus tôt. Les garde-temps de [[plus de 3 000 francs|3000|other|other|2024|a,cur=CHF]] prix export continuent de tirer leur épingle du jeu et génèrent à eux seuls [[les trois quarts|75|percent|market_share|2024|a]] de la valeur.
Côté français, le repli est plus doux. Les ventes à l'étranger de montres fabriquées dans l'Hexagone ont atteint [[318 M€|318000000|EUR|exports|2024|e=exportations horlogères françaises]] sur les <<six>> premiers mois, soit [[1,2 %|-1.2|percent|growth_rate|2024|e=exportations horlogères françaises]] de moins qu'au premier semestre <<2023>>, selon les Douanes. Les importations françaises de montres ont, elles, atteint [[1,9 Md€|1900000000|EUR|imports|2024|e=importations horlogères françaises]] ([[+2 %|2|percent|growth_rate|2024|e=importations horlogères françaises]]). Quant aux composants – boîtes, bracelets, cadrans – fabriqués en Franche-Comté, ils partent à [[90 %|90|percent|exports|-|e=composants horlogers francs-comtois]] vers la Suisse.
Les professionnels attendent un second semestre « au mieux stable ».
""",
    },
    {
        "id": "own43",
        "published": None,
        "published_year_inferred": 2024,
        "year": 2024,
        "entity": "Villers-la-Combe",
        "geo": "Villers-la-Combe",
        "title": "Villers-la-Combe, village de frontaliers",
        "text": """
Villers-la-Combe, petite commune frontalière de {{2 100}} habitants, vit au rythme des allers-retours vers la Suisse. <<Quatre>> ans après la crise sanitaire de <<2020>>, qui avait vu fondre les effectifs de frontaliers, la commune en recense de nouveau [[740|740|persons|employees|-]], soit [[près de 60 %|60|percent|other|-|a]] de ses actifs. Un record.
La manne est réelle : la compensation financière versée par le canton de Neuchâtel à la commune, calculée sur la masse salariale de ces travailleurs, a atteint l'an dernier [[1,34 million d'euros|1340000|EUR|other|2023]], contre [[1,05 million|1050000|EUR|other|2018]] <<cinq>> ans plus tôt. Elle représente désormais [[38 %|38|percent|other|-]] des recettes de fonctionnement.
Revers de la médaille, les commerces locaux ferment. Il ne reste que [[deux|2|stores|stores|-]] boulangeries et une pharmacie, contre [[onze|11|stores|stores|2010]] commerces en <<2010>>. Les artisans peinent aussi à embaucher : la menuiserie Gaudard, [[12|12|persons|employees|-|e=menuiserie Gaudard]] salariés, cherche [[trois|3|persons|jobs|-|e=menuiserie Gaudard]] ouvriers depuis un an. « Un jeune apprenti part à Neuchâtel dès qu'il a son CAP, pour un salaire {{deux fois}} plus élevé », regrette le maire, André Bouveret.
Pour garder ses habitants, la commune a lancé un plan de [[2,6 millions d'euros|2600000|EUR|investment|-]] destiné à rénover l'école et à créer [[35|35|units|other|-]] logements d'ici la fin du mandat.
""",
    },
    {
        "id": "own44",
        "published": "2023-12-07",
        "entity": "Boîtiers du Lomont",
        "geo": "Pont-Rivière",
        "title": "Les Boîtiers du Lomont passent sous pavillon suisse",
        "text": """
Le tribunal de commerce de Besançon a validé lundi la reprise des Boîtiers du Lomont par le groupe neuchâtelois Harlan Holding. Placé en redressement judiciaire en juin, le fabricant de boîtes de montres de Pont-Rivière employait [[118|118|persons|employees|-]] salariés. Le repreneur en conserve [[87|87|persons|jobs|-]] et s'engage à injecter [[4,5 millions d'euros|4500000|EUR|investment|-]] sur <<trois>> ans dans l'outil industriel.
[[Trois|3|other|other|-]] offres avaient été déposées. Celle de Harlan, évaluée à [[1,2 million d'euros|1200000|EUR|other|-|alt=investment]] pour les actifs, était la mieux-disante. Le groupe suisse, qui réalise [[260 millions de francs|260000000|other|revenue|-|cur=CHF,e=Harlan Holding]] de chiffre d'affaires et compte [[une douzaine|12|sites|companies|-|a,alt=other,e=Harlan Holding]] de sites en Suisse et en Italie, cherchait à sécuriser ses approvisionnements : les Boîtiers du Lomont lui livraient déjà [[40 %|40|percent|other|-|alt=market_share]] de leurs pièces.
L'entreprise, créée en <<1962>>, avait vu son activité s'effondrer de [[35 %|-35|percent|growth_rate|2023]] en 2023 après la perte de son premier client. Son chiffre d'affaires était tombé à [[9,7 millions d'euros|9700000|EUR|revenue|2023]] à fin septembre, pour une perte de [[1,9 million|1900000|EUR|other|2023]]. Les [[31|31|persons|jobs|-]] salariés licenciés bénéficieront d'une cellule de reclassement. Dans le bassin, où l'horlogerie fait vivre {{près de deux mille}} familles, élus et syndicats saluent « un moindre mal ».
""",
    },
    {
        "id": "own45",
        "published": "2025-05-15",
        "entity": "marché de la montre d'occasion",
        "geo": "France",
        "title": "Montres d'occasion : un marché qui ne connaît pas la crise",
        "text": """
Selon une étude du cabinet Mercatis publiée mercredi, le marché mondial de la montre d'occasion a représenté [[24 milliards d'euros|24000000000|EUR|revenue|2024]] en 2024, soit déjà [[un cinquième|20|percent|other|2024|a,alt=market_share]] des ventes de montres neuves en valeur. Il pourrait atteindre [[35 milliards|35000000000|EUR|revenue|2030]] d'ici <<2030>>.
En France, l'activité reste plus modeste mais croît vite : [[610 millions d'euros|610000000|EUR|revenue|2024]] de transactions l'an dernier, [[+48 %|48|percent|growth_rate|2024]] par rapport à <<2019>>. [[Quelque trois mille|3000|companies|companies|-|a]] vendeurs professionnels se partagent le gâteau, dont [[une bonne centaine|100|stores|stores|-|a]] de boutiques spécialisées à Paris. Les plateformes en ligne captent [[55 %|55|percent|market_share|-]] des volumes, les bijoutiers traditionnels [[un petit tiers|33.3|percent|market_share|-|a]].
Le prix moyen d'une montre d'occasion vendue en France s'établit à [[2 850 euros|2850|EUR|other|-]]. Les modèles suisses représentent [[87 %|87|percent|market_share|-]] des transactions ; les montres françaises [[à peine 2 %|2|percent|market_share|-|a]].
Créée il y a <<dix-huit>> mois, l'association Seconde Aiguille fédère déjà [[140|140|companies|members|-|e=Seconde Aiguille]] adhérents, des revendeurs et des ateliers de restauration. Elle veut imposer un label de certification : « Sur les [[400 000|400000|units|other|-|alt=production]] montres qui changent de mains chaque année en France, [[une sur dix|10|percent|other|-|a]] serait une contrefaçon ou un assemblage douteux », avance sa présidente, Léa Sornay. Le label coûte [[1 200 euros|1200|EUR|other|-|e=Seconde Aiguille]] par an aux professionnels.
""",
    },
    {
        "id": "own46",
        "published": "2024-02-08",
        "entity": "Optique Solvane",
        "geo": "Dijon",
        "title": "Optique Solvane change de dimension",
        "text": """
DIJON – Optique Solvane ne joue plus les petits poucets. Née en <<2009>> dans une arrière-boutique du <<7, rue des Tanneurs>>, l’enseigne d’opticiens a bouclé l’exercice 2023 sur un chiffre d’affaires de [[61,4 millions d’euros|61400000|EUR|revenue|2023]], contre [[54,9|54900000|EUR|revenue|2022]] un an plus tôt. Son réseau est passé de [[47|47|stores|stores|2022]] à [[58|58|stores|stores|2023]] magasins en <<douze mois>>, dont [[neuf|9|stores|stores|2023]] sont tenus par des franchisés.
« Nos ouvertures expliquent l’essentiel de la croissance », résume son fondateur, Bastien Collot, <<46 ans>>. Les montures pèsent [[38 %|38|percent|other|2023]] de ce chiffre d’affaires, les verres [[52 %|52|percent|other|2023]]. Sur un marché français de l’optique qui a pesé [[7,2 milliards d’euros|7200000000|EUR|revenue|2023|e=marché français de l'optique]] l’an dernier, Solvane ne représente encore que [[0,8 %|0.8|percent|market_share|2023]] des ventes.
L’enseigne emploie [[312|312|persons|employees|-]] personnes et a déjà recruté [[onze|11|persons|jobs|-]] opticiens diplômés depuis janvier. Prochaine étape : [[une quinzaine|15|stores|stores|2025|a]] d’ouvertures d’ici à la fin de <<2025>>, financées par une enveloppe de [[6 M€|6000000|EUR|investment|2025]] négociée avec ses banques.
""",
    },
    {
        "id": "own47",
        "published": "2023-06-21",
        "entity": "Coutellerie Marlaud",
        "geo": "Saint-Arvel",
        "title": "La Coutellerie Marlaud éteint sa forge",
        "text": """
SAINT-ARVEL (<<63>>) – La nouvelle est tombée mardi, lors d’un comité social et économique extraordinaire : la Coutellerie Marlaud fermera son atelier de forge à la fin de l’automne. [[Trente-huit|38|persons|jobs|-]] postes sont supprimés sur les [[soixante-quatre|64|persons|employees|-]] que compte l’usine.
Fondée en <<1921>> par l’arrière-grand-père de l’actuel dirigeant, la maison a vu ses ventes fondre de [[27 %|-27|percent|growth_rate|2022]] en 2022, à [[5,3 millions d’euros|5300000|EUR|revenue|2022]], pour une perte de [[410 000 euros|410000|EUR|other|2022]]. En cause, la concurrence asiatique sur les couteaux de table et la flambée du prix de l’acier.
Le polissage et l’emmanchage restent sur place : [[26|26|persons|jobs|-]] salariés sont maintenus. Les couteaux pliants de la série <<A12>>, vendus autour de [[95 euros|95|EUR|other|-|a]], seront désormais forgés chez un sous-traitant italien.
Le maire, Jean-Luc Perrache, rappelle que la commune comptait encore [[une vingtaine|20|companies|companies|1995|a]] d’ateliers couteliers en <<1995>>. Il en reste [[sept|7|companies|companies|-]]. Selon la chambre de commerce, le bassin coutelier représente [[1 400|1400|persons|employees|-|e=bassin coutelier]] emplois et [[80 %|80|percent|market_share|-|e=bassin coutelier]] de la production française de couteaux.
""",
    },
    {
        "id": "own48",
        "published": "2025-03-12",
        "entity": "Groupe Hérance",
        "geo": "France",
        "title": "Hérance tire son épingle du jeu",
        "text": """
Le groupe de luxe Hérance a publié mardi soir des résultats annuels supérieurs aux attentes des analystes.
En 2024, ses ventes ont atteint [[8,42 milliards d’euros|8420000000|EUR|revenue|2024]], en progression de [[6,1 %|6.1|percent|growth_rate|2024]] à taux de change constants. Le résultat opérationnel courant s’est établi à [[2,3 Md€|2300000000|EUR|other|2024]], soit une marge de [[27,3 %|27.3|percent|other|2024]]. Par division, la maroquinerie reste le moteur ([[+9 %|9|percent|growth_rate|2024]]), tandis que l’horlogerie-joaillerie marque le pas ([[– 2,4 %|-2.4|percent|growth_rate|2024]]). Celle-ci ne représente plus que [[14 %|14|percent|other|2024]] des ventes, contre [[17 %|17|percent|other|2021]] en <<2021>>. L’Asie hors Japon a reculé de [[5 %|-5|percent|growth_rate|2024]], mais l’Europe a compensé avec une hausse de [[11 %|11|percent|growth_rate|2024]], portée par les touristes américains.
Le groupe a ouvert [[34|34|stores|stores|2024]] boutiques et en a fermé [[onze|11|stores|stores|2024]], ce qui porte son réseau à [[612|612|stores|stores|2024-12-31]] points de vente au <<31 décembre 2024>>. Ses effectifs atteignaient [[41 200|41200|persons|employees|2024-12-31]] personnes à la même date.
Le conseil d’administration proposera un dividende de [[14,50 euros|14.5|EUR|other|2024]] par action. Pour <<2025>>, la direction entend consacrer [[environ 700 millions|700000000|EUR|investment|2025|a]] à ses ateliers et à son réseau, dont une nouvelle manufacture de maroquinerie dans le Cher, qui créera [[250|250|persons|jobs|2027]] emplois d’ici <<2027>>.
""",
    },
    {
        "id": "own49",
        "published": "2024-01-17",
        "entity": "Groupe Valmorel",
        "geo": "Genève",
        "title": "Valmorel pénalisé par le franc fort",
        "text": """
GENÈVE – Le groupe horloger Valmorel a dévoilé mardi un chiffre d’affaires 2023 de [[3,18 milliards de francs suisses|3180000000|other|revenue|2023|cur=CHF]], en repli de [[1,7 %|-1.7|percent|growth_rate|2023]] en francs mais en hausse de [[4,2 %|4.2|percent|growth_rate|2023]] à taux de change constants. La vigueur du franc a amputé les ventes de [[quelque 190 millions|190000000|other|other|2023|a,cur=CHF]], selon la direction.
Parmi les marques du groupe, seule Orsini progresse nettement ([[+12 %|12|percent|growth_rate|2023]]). La ligne d’entrée de gamme Lunaro recule de [[8 %|-8|percent|growth_rate|2023]] et ne pèse plus que [[9 %|9|percent|other|2023]] des ventes. En volume, le groupe a livré [[1,1 million|1100000|units|production|2023]] de montres l’an dernier, contre [[1,25 million|1250000|units|production|2022]] en <<2022>>. Le chronographe <<V-72>>, affiché à [[4900 francs|4900|other|other|-|cur=CHF]], reste sa meilleure vente.
Les comptes complets, attendus en mars, intégreront une charge de restructuration de [[45 millions de francs|45000000|other|other|2023|cur=CHF]] liée à la fermeture de l’atelier de boîtes de Courvelier (JU), où travaillent [[85|85|persons|employees|-]] personnes. Valmorel emploie [[10'400|10400|persons|employees|-]] collaborateurs dans le monde, dont [[près de 6000|6000|persons|employees|-|a]] en Suisse, parmi lesquels [[un quart|25|percent|other|-|a]] de frontaliers français.
Pour l’ensemble de la branche, les exportations horlogères suisses ont atteint [[26,7 milliards de francs|26700000000|other|exports|2023|cur=CHF,e=horlogerie suisse]] l’an dernier ([[+7,6 %|7.6|percent|growth_rate|2023|e=horlogerie suisse]]).
""",
    },
    {
        "id": "own50",
        "published": "2024-10-03",
        "entity": "industrie du Doubs",
        "geo": "Doubs",
        "title": "Baromètre de la CCI : l’industrie du Doubs tient bon",
        "text": """
BESANÇON – La chambre de commerce et d’industrie du Doubs a présenté mardi son baromètre semestriel de l’industrie, réalisé auprès de [[412|412|companies|companies|-]] entreprises. Au premier semestre, [[61 %|61|percent|other|2024]] d’entre elles ont vu leur carnet de commandes se maintenir ou progresser, contre [[68 %|68|percent|other|2023]] un an plus tôt.
Le tableau varie selon les métiers. Dans la micromécanique, l’activité des sous-traitants a progressé de [[3,5 %|3.5|percent|growth_rate|2024|e=micromécanique]] sur un an, quand la mécanique générale cède [[2 %|-2|percent|growth_rate|2024|e=mécanique générale]]. L’horlogerie, elle, marque une pause après <<trois années>> fastes.
Le département compte [[1 870|1870|companies|companies|-]] établissements industriels, qui emploient [[38 500|38500|persons|employees|-]] salariés, soit [[17,8 %|17.8|percent|market_share|-]] de l’emploi salarié privé. Les recrutements restent le principal frein : [[42 %|42|percent|other|-]] des dirigeants interrogés disent peiner à trouver des régleurs ou des décolleteurs, et [[un millier|1000|persons|jobs|-|a]] de postes resteraient non pourvus.
Le taux de chômage s’établit à [[6,9 %|6.9|percent|other|2024]] au deuxième trimestre. Quant aux frontaliers, leur nombre a encore augmenté de [[5 %|5|percent|growth_rate|2024|e=frontaliers du Doubs]] sur un an, à [[35 200|35200|persons|employees|2024|e=frontaliers du Doubs]] fin juin.
Les résultats seront détaillés le <<17 octobre>> devant les [[250|250|companies|members|-|e=club Industrie Doubs]] adhérents du club Industrie Doubs. Inscriptions au <<03 81 25 47 90>>.
""",
    },
    {
        "id": "own51",
        "published": "2023-09-14",
        "entity": "Précimeca",
        "geo": "Jura",
        "title": "« Nous allons injecter 12 millions d’euros »",
        "text": """
Le sous-traitant jurassien Précimeca, spécialisé dans les pièces de micromécanique pour l’horlogerie et le médical, lance un plan d’investissement inédit. Son président, Hugo Dalloz, s’explique.
Pourquoi investir maintenant ?
Nos clients horlogers suisses représentent [[55 %|55|percent|other|-]] de notre activité, et ils rapatrient une partie de leurs achats en Europe. Nous allons injecter [[12 millions d’euros|12000000|EUR|investment|2026]] d’ici <<2026>>, dont [[7,5|7500000|EUR|investment|2026]] dans un bâtiment neuf et le reste dans {{dix-huit}} centres d’usinage.
Où en est votre activité ?
Nous avons terminé l’exercice 2022 à [[23,8 millions|23800000|EUR|revenue|2022]], soit [[+11 %|11|percent|growth_rate|2022]]. Nous visons [[30|30000000|EUR|revenue|2026]] à l’horizon <<2026>>.
Et l’emploi ?
Nous sommes [[148|148|persons|employees|-]] aujourd’hui, plus [[douze|12|persons|employees|-]] apprentis. Le plan prévoit [[une quarantaine|40|persons|jobs|2026|a]] d’embauches d’ici là, surtout des décolleteurs et des contrôleurs qualité. Trouver les profils reste difficile : le chômage n’est qu’à [[4,9 %|4.9|percent|other|-|e=bassin d'emploi]] dans notre bassin.
La Région vous aide-t-elle ?
Oui, avec une subvention de [[800 000 euros|800000|EUR|other|-|alt=investment]]. Le reste sera financé par l’emprunt et nos fonds propres. Nous ne voulons pas ouvrir notre capital.
""",
    },
    {
        "id": "own52",
        # Undated. Inferred 2024: founded in 1999 and "devait célébrer cette année ses 25 ans";
        # the latest full-year figures are for 2023 (exercice 2023), consistent with 2024.
        "published": None,
        "published_year_inferred": 2024,
        "year": 2024,
        "entity": "Bijouteries Cassiel",
        "geo": "Nantes",
        "title": "Les Bijouteries Cassiel en redressement judiciaire",
        "text": """
L’enseigne de bijouterie-horlogerie Cassiel, fondée à Nantes en <<1999>> et qui devait célébrer cette année ses <<25 ans>>, a été placée en redressement judiciaire par le tribunal de commerce. Le réseau compte [[73|73|stores|stores|-]] boutiques et [[410|410|persons|employees|-]] salariés. La direction envisage d’en fermer [[une vingtaine|20|stores|stores|-|a]], essentiellement dans des galeries commerciales où la fréquentation a chuté de [[15 %|-15|percent|growth_rate|2023|e=galeries commerciales]] en 2023.
Au cours de cet exercice, les ventes sont retombées à [[88 millions d’euros|88000000|EUR|revenue|2023]] ([[– 11 %|-11|percent|growth_rate|2023]]), pour une perte nette de [[6,2 M€|6200000|EUR|other|2023]]. La flambée de l’or a renchéri les collections : le prix moyen d’une alliance est passé à [[540 euros|540|EUR|other|2023]], contre [[430|430|EUR|other|2021]] <<deux ans>> plus tôt. Sa part du marché français de la bijouterie a glissé à [[2,1 %|2.1|percent|market_share|2023]].
[[Près de 120|120|persons|jobs|-|a]] postes seraient menacés, selon les représentants du personnel. L’administrateur judiciaire a reçu [[trois|3|other|other|-]] marques d’intérêt, dont celle d’un fonds d’investissement luxembourgeois. Les offres sont attendues avant le <<15 juillet>>.
""",
    },
    {
        "id": "own53",
        "published": "2024-11-26",
        "entity": "Optiframe",
        "geo": "Valprey",
        "title": "Lunetterie : la dernière usine de Valprey va fermer",
        "text": """
Il fut un temps où Valprey, dans le Haut-Jura, vivait au rythme des presses à injection. Des ouvriers ? L’usine Optiframe en a compté jusqu’à [[six cents|600|persons|employees|1989|a]] en <<1989>>. Ils ne sont plus que [[87|87|persons|employees|-]], et le groupe italien qui possède le site depuis <<2011>> a confirmé lundi sa fermeture au <<31 mars>> prochain.
La production, tombée à [[310 000|310000|units|production|2023]] montures l’an dernier contre [[1,2 million|1200000|units|production|2015]] en <<2015>>, sera transférée en Roumanie. Le plan de sauvegarde de l’emploi prévoit [[une trentaine|30|persons|jobs|-|a]] de reclassements dans les autres usines du groupe et une prime de départ moyenne de [[25 000 euros|25000|EUR|other|-]]. Samedi, [[une bonne centaine|100|persons|participants|-|a]] d’habitants ont défilé devant les grilles.
Pour la filière, le coup est rude. Le Jura assure encore [[55 %|55|percent|market_share|-|e=Jura]] de la fabrication française de lunettes, mais cette fabrication ne couvre plus que [[4 %|4|percent|market_share|-|e=fabrication française de lunettes]] des montures vendues en France, contre [[un tiers|33.3|percent|market_share|1995|a,e=fabrication française de lunettes]] en <<1995>>. L’association des lunetiers jurassiens revendique [[63|63|companies|members|-|e=lunetiers jurassiens]] adhérents, dont [[moins de vingt|20|companies|members|-|a,alt=companies,e=lunetiers jurassiens]] fabricants. Dans le bassin d’emploi, le chômage atteint [[7,4 %|7.4|percent|other|-|e=bassin d'emploi]].
""",
    },
    {
        "id": "own54",
        "published": "2025-06-05",
        "entity": "Microval",
        "geo": "canton de Neuchâtel",
        "title": "Microval s’agrandit et recrute",
        "text": """
Le spécialiste des composants horlogers Microval va mettre [[30 millions de francs|30000000|other|investment|-|cur=CHF]] sur la table pour agrandir son site de Fontenelles, dans le canton de Neuchâtel. Annoncée jeudi, l’extension de {{6000 mètres carrés}} doit être opérationnelle au second semestre <<2027>>. Le projet doit créer [[80|80|persons|jobs|2027]] postes d’ici là.
L’entreprise, qui fabrique axes, pignons et vis de quelques millimètres, sort d’une année faste. En 2024, ses ventes ont bondi de [[14 %|14|percent|growth_rate|2024]], à [[96 millions|96000000|other|revenue|2024|cur=CHF]] ; l’année précédente, elles avaient plafonné à [[84 millions|84000000|other|revenue|2023|cur=CHF]]. [[Près de 70 %|70|percent|other|-|a]] des pièces sont livrées aux marques horlogères suisses ; l’export ne pèse que [[18 %|18|percent|exports|-]] des ventes, essentiellement vers l’Allemagne.
Microval emploie [[430|430|persons|employees|-]] personnes, dont [[près de la moitié|50|percent|other|-|a]] de frontaliers venus du Doubs. Dans le canton, la branche horlogère a pourtant perdu [[1 100|1100|persons|jobs|2024|e=horlogerie neuchâteloise]] emplois en 2024, et le chômage partiel concerne aujourd’hui [[une trentaine|30|companies|companies|-|a,e=horlogerie neuchâteloise]] d’entreprises, selon la chambre neuchâteloise du commerce et de l’industrie.
""",
    },
    {
        "id": "own55",
        "published": "2023-10-09",
        "entity": "salon Lames & Forges",
        "geo": "Vaucenne",
        "title": "Lames & Forges : affluence record pour la coutellerie",
        "text": """
VAUCENNE – Le salon Lames & Forges a refermé ses portes dimanche soir sur un bilan record. En <<trois jours>>, [[plus de 18 000|18000|persons|participants|-|a]] visiteurs se sont pressés sous la halle, contre [[14 500|14500|persons|participants|2021]] lors de la précédente édition, en <<2021>>. Les [[142|142|companies|participants|-|alt=companies]] exposants, couteliers d’art, forgerons ou fabricants de fourreaux, venaient de {{onze}} pays.
Selon les organisateurs, les ventes réalisées sur les stands approchent [[1,4 million d’euros|1400000|EUR|revenue|-|a]]. Un couteau pliant artisanal s’y négociait entre [[150 et 900 euros|150|EUR|other|-|max=900]], une pièce damassée pouvant grimper bien au-delà. L’entrée, fixée à [[8 euros|8|EUR|other|-]], était gratuite pour les moins de <<18 ans>>.
« La coutellerie française, c’est [[un peu moins de 2 000|2000|persons|employees|-|a,e=coutellerie française]] emplois directs et [[environ 650 millions d’euros|650000000|EUR|revenue|-|a,e=coutellerie française]] de chiffre d’affaires, dont [[35 %|35|percent|exports|-|e=coutellerie française]] à l’export », rappelle Marc Estrade, président de la fédération professionnelle, qui fédère [[95|95|companies|members|-|e=fédération de la coutellerie]] entreprises adhérentes. La prochaine édition se tiendra du <<4 au 6 octobre 2025>>.
""",
    },
    {
        "id": "own56",
        "published": "2024-07-25",
        "entity": "Maison Dorvigne",
        "geo": "Paris",
        "title": "Dorvigne brille au premier semestre",
        "text": """
Au premier semestre, le joaillier parisien Dorvigne a vu son chiffre d’affaires progresser de [[4,8 %|4.8|percent|growth_rate|2024]], à [[1,06 milliard d’euros|1060000000|EUR|revenue|2024]]. Une performance honorable sur un marché du luxe qui, selon le cabinet Altimer, ne devrait croître que de [[1 à 3 %|1|percent|growth_rate|2024|max=3,e=marché du luxe]] cette année.
Les ventes dans les boutiques en propre, qui représentent désormais [[71 %|71|percent|other|-]] du total, ont augmenté de [[9 %|9|percent|growth_rate|2024]], quand la distribution multimarque recule de [[6 %|-6|percent|growth_rate|2024]]. La maison a inauguré [[cinq|5|stores|stores|2024]] adresses sur la période, dont [[deux|2|stores|stores|2024]] en Chine, et compte désormais [[148|148|stores|stores|-]] boutiques dans le monde.
La marge opérationnelle s’établit à [[22,1 %|22.1|percent|other|2024]], contre [[24 %|24|percent|other|2023]] un an plus tôt, pénalisée par le coût de l’or et des diamants. Dorvigne prévoit d’investir [[120 millions d’euros|120000000|EUR|investment|2024]] cette année dans ses ateliers, qui emploient [[1 300|1300|persons|employees|-]] artisans. Le holding familial, qui contrôle [[52 %|52|percent|other|-]] du capital, n’a pas l’intention de céder des titres, a assuré le directeur financier. Jeudi, l’action a gagné [[3,2 %|3.2|percent|growth_rate|-|alt=other]] à la Bourse de Paris.
""",
    },
    {
        "id": "own57",
        # Undated. Inferred 2024: the observatory reports data "fin 2023" and the whole of
        # 2023 ("sur l'année"), so it was published in the following year.
        "published": None,
        "published_year_inferred": 2024,
        "year": 2024,
        "entity": "commerce de centre-ville",
        "geo": "Bourgogne-Franche-Comté",
        "title": "Commerce : les centres-villes francs-comtois résistent",
        "text": """
Le dernier observatoire du commerce de la chambre de commerce et d’industrie régionale dresse un état des lieux contrasté des centres-villes. Fin 2023, les {{douze}} villes moyennes étudiées comptaient [[4 870|4870|stores|stores|2023]] commerces actifs et un taux de vacance commerciale de [[11,6 %|11.6|percent|other|2023]], contre [[9,8 %|9.8|percent|other|2019]] en <<2019>>. Ces commerces faisaient travailler [[3.200|3200|persons|employees|2023]] salariés.
L’équipement de la personne souffre le plus, avec [[97|97|stores|stores|2023]] fermetures de boutiques de prêt-à-porter sur l’année pour [[41|41|stores|stores|2023]] ouvertures. Le chiffre d’affaires du commerce indépendant a reculé de [[1,2 %|-1.2|percent|growth_rate|2023]] en volume.
Bijoutiers et opticiens font preuve de davantage de solidité. On dénombrait [[312|312|stores|stores|2023]] magasins d’optique, soit [[6,4 %|6.4|percent|market_share|2023]] des cellules commerciales occupées, et [[138|138|stores|stores|2023]] bijouteries-horlogeries, un chiffre stable. Le panier moyen y a atteint [[210 euros|210|EUR|other|2023]], en hausse de [[4 %|4|percent|growth_rate|2023]].
Pour la CCI, la fréquentation reste le nerf de la guerre : elle a progressé de [[2,3 %|2.3|percent|growth_rate|2023]] sur l’année, mais demeure inférieure de [[7 %|-7|percent|growth_rate|2023|alt=other]] à son niveau de <<2019>>.
""",
    },
    {
        "id": "own58",
        "published": "2023-04-04",
        "entity": "Lumen Optique",
        "geo": "France",
        "title": "Lumen Optique mise sur la franchise",
        "text": """
[[Trois mille|3000|persons|other|-|alt=participants]] clients par jour : c’est, selon sa direction, la fréquentation moyenne cumulée des magasins Lumen Optique. Le réseau réunit [[186|186|stores|stores|-]] points de vente, [[124|124|stores|stores|-]] succursales et [[62|62|stores|stores|-]] franchises, et vise [[250|250|stores|stores|2027]] portes à l’horizon <<2027>>, en misant surtout sur la franchise.
En 2022, l’enseigne lyonnaise a réalisé un chiffre d’affaires de [[143 millions d’euros|143000000|EUR|revenue|2022]]. Les lentilles de contact en ont représenté [[8 %|8|percent|other|2022]], l’audition [[un peu plus de 5 %|5|percent|other|2022|a]], le reste provenant des lunettes. Le résultat net est resté modeste, à [[2,1 M€|2100000|EUR|other|2022]].
Aujourd’hui, Lumen revendique [[3 %|3|percent|market_share|-]] du marché français de l’optique. Pour attirer les candidats à la franchise, le droit d’entrée a été abaissé à [[80 k€|80000|EUR|other|-|alt=investment]], contre [[120 k€|120000|EUR|other|2021|alt=investment]] en <<2021>>. L’enseigne compte recruter [[quatre-vingts|80|persons|jobs|2023]] opticiens cette année et emploie déjà [[1 050|1050|persons|employees|-]] personnes, dont [[deux cents|200|persons|employees|-]] au siège du <<45, cours Lafayette>>, à Lyon.
""",
    },
    {
        "id": "own59",
        # Undated. Inferred 2024: the closure is announced for "l'an prochain, en juin 2025";
        # the latest results quoted are for 2023.
        "published": None,
        "published_year_inferred": 2024,
        "year": 2024,
        "entity": "Orvane",
        "geo": "Haute-Saône",
        "title": "Bracelets de montres : Orvane ferme Sarreval",
        "text": """
Le fabricant de bracelets et de fermoirs pour montres Orvane va fermer son usine de Sarreval, en Haute-Saône, l’an prochain, en <<juin 2025>>. Les [[112|112|persons|employees|-|e=usine de Sarreval]] salariés du site se verront proposer un poste à Pontcey-les-Forges, dans le Doubs, à {{45 kilomètres}}. Le groupe va y injecter [[17 millions d’euros|17000000|EUR|investment|-]] dans une ligne de polissage robotisée <<RX-300>> et un bâtiment de {{4 200 m²}}.
« Nous espérons en garder [[au moins 80|80|persons|jobs|-|a]] », indique le directeur industriel, Franck Oudot. Les syndicats sont plus pessimistes : selon eux, [[une trentaine|30|persons|jobs|-|a]] de salariés refuseront la mobilité. Pour Sarreval, c’est le <<deuxième>> employeur de la commune qui s’en va, dans un bassin où le chômage atteint [[6,8 %|6.8|percent|other|-|e=bassin d'emploi]].
Orvane, qui réalise [[plus des deux tiers|66.7|percent|exports|-|a]] de ses ventes hors de France, a enregistré en 2023 un chiffre d’affaires de [[74,6 M€|74600000|EUR|revenue|2023]], quasi stable sur un an ([[+0,4 %|0.4|percent|growth_rate|2023]]). Il emploie [[620|620|persons|employees|-]] personnes sur [[cinq|5|sites|other|-]] sites, dont [[trois|3|sites|other|-]] en Bourgogne-Franche-Comté. L’usine de Sarreval, ouverte en <<1974>>, produisait encore [[450 000|450000|units|production|2023|e=usine de Sarreval]] bracelets en 2023.
""",
    },
    {
        "id": "own60",
        "published": "2025-01-30",
        "entity": "Mésange Bijoux",
        "geo": "Grand Est",
        "title": "Mésange avale son rival Orfeo",
        "text": """
STRASBOURG – Le réseau de bijouteries Mésange a finalisé mercredi le rachat de son concurrent alsacien Orfeo, pour un montant estimé à [[environ 14 millions d’euros|14000000|EUR|other|-|a,alt=investment]]. L’opération porte le réseau à [[127|127|stores|stores|-]] magasins, contre [[89|89|stores|stores|2024]] fin 2024. Orfeo exploitait [[38|38|stores|stores|-|e=Orfeo]] points de vente et avait réalisé l’an dernier [[31 millions d’euros|31000000|EUR|revenue|2024|e=Orfeo]] de chiffre d’affaires, en baisse de [[3 %|-3|percent|growth_rate|2024|e=Orfeo]].
Ensemble, les {{deux}} enseignes pèsent [[environ 7 %|7|percent|market_share|-|a]] du marché de la bijouterie dans le Grand Est. Le fonds régional Alsace Croissance entre au capital à hauteur de [[20 %|20|percent|other|-]] et apporte [[4 M€|4000000|EUR|investment|-|alt=other]]. Les [[540|540|persons|employees|-]] salariés du nouvel ensemble conservent leur contrat, et aucune fermeture n’est prévue avant <<2027>>.
Mésange, créée en <<1986>> par Odile Kern, avait dégagé [[118 millions|118000000|EUR|revenue|2024]] de ventes en 2024 et vise [[200 millions d’euros|200000000|EUR|revenue|2030]] d’ici <<2030>>. La montre n’y représente qu’[[un dixième|10|percent|other|-|a]] de l’activité, l’or [[plus de la moitié|50|percent|other|-|a]].
""",
    },
]
