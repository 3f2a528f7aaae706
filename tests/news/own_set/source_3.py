"""Marked-up texts of the third own generalisation set (own61-own90): fictional companies,
people and small places, our own words, written and labelled by the rules of LABELS.md by two
helpers who read neither the extractor, the dev texts nor the earlier own sets. See build_set.py
for the mark-up. These figures are test data, never shipped data.

Undated articles (published None) carry "published_year_inferred", worked out from the text
(each article's comment says how): own63 2023, own68 2024, own72 2022, own80 2025, own85 2024,
own89 2023.
"""

ARTICLES = [
    {
        "id": "own61",
        "published": "2024-01-16",
        "entity": "Bijouteries Lavandier",
        "geo": "Franche-Comté",
        "title": "Les fêtes dopent les Bijouteries Lavandier",
        "text": """
Les fêtes ont souri aux Bijouteries Lavandier. Le réseau bisontin, qui exploite [[vingt-trois|23|stores|stores|-]] magasins entre Besançon, Dole et Pontarlier, a encaissé [[4,8 millions d'euros|4800000|EUR|revenue|2023]] sur les seules semaines de décembre, soit [[11 %|11|percent|growth_rate|2023]] de mieux qu'un an plus tôt. Sur l'ensemble de l'exercice <<2023>>, les ventes atteignent [[19,6 M€|19600000|EUR|revenue|2023]] ([[+5 %|5|percent|growth_rate|2023]]). Décembre pèse donc à lui seul [[près du quart|25|percent|other|2023|a]] de l'activité annuelle.
« Le panier moyen a grimpé à [[265 euros|265|EUR|other|2023]], contre [[240|240|EUR|other|2022]] l'année précédente », précise Hélène Lavandier, <<47 ans>>, qui a repris l'affaire familiale en <<2011>>. Les montres ont porté la saison : elles représentent [[38 %|38|percent|other|2023]] des ventes de décembre, les bijoux en or [[45 %|45|percent|other|2023]]. Les chronographes de la ligne Azur <<300>>, lancée à la rentrée, se sont arrachés.
Pour absorber l'afflux, l'enseigne avait embauché [[quatorze|14|persons|jobs|2023]] saisonniers, en plus de ses [[96|96|persons|employees|-]] salariés permanents.
En 2024, [[deux|2|stores|stores|2024]] ouvertures sont programmées, à Lons-le-Saunier et à Montbéliard, pour un investissement global de [[1,1 million d'euros|1100000|EUR|investment|2024]]. Le magasin de Vesoul, jugé trop exigu, fermera en revanche ses portes au printemps. La direction n'exclut pas de racheter [[un ou deux|1|stores|stores|2024|max=2]] commerces indépendants dont les propriétaires partent à la retraite.
""",
    },
    {
        "id": "own62",
        "published": "2024-02-22",
        "entity": "horlogerie suisse",
        "geo": "Suisse",
        "title": "Exportations horlogères : janvier démarre dans le rouge",
        "text": """
BIENNE – L'année a commencé sur un faux pas pour l'horlogerie helvétique. Selon les statistiques publiées mardi par la faîtière de la branche, les exportations de montres ont atteint [[1,98 milliard de francs|1980000000|other|exports|2024|cur=CHF]] en janvier, en repli de [[3,4 %|-3.4|percent|growth_rate|2024]] sur un an.
En volume, la baisse est plus nette : [[1,12 million|1120000|units|exports|2024]] de pièces ont quitté le pays, soit [[9 %|-9|percent|growth_rate|2024]] de moins qu'en janvier <<2023>>.
Les États-Unis restent le premier débouché avec [[312,4 millions|312400000|other|exports|2024|cur=CHF]] ([[+6,1 %|6.1|percent|growth_rate|2024]]), devant la Chine, qui recule de [[21,5 %|-21.5|percent|growth_rate|2024]] à [[168 millions|168000000|other|exports|2024|cur=CHF]]. Hong Kong, longtemps locomotive du secteur, ne pèse plus que [[8 %|8|percent|market_share|2024|alt=exports]] du total.
Par matière, l'acier ([[-7,8 %|-7.8|percent|growth_rate|2024]]) souffre davantage que l'or ([[– 1,2 %|-1.2|percent|growth_rate|2024]]). Les garde-temps facturés plus de {{3 000 francs}} à l'export résistent, alors que le segment des montres à moins de {{200 francs}} chute de [[14 %|-14|percent|growth_rate|2024]].
Pour mémoire, l'année <<2023>> s'était close sur un record de [[26,7 milliards de francs|26700000000|other|exports|2023|cur=CHF]] ([[+7,6 %|7.6|percent|growth_rate|2023]]). « Un mois ne fait pas une tendance, mais le ralentissement chinois est durable », estime un analyste zurichois, qui table sur une stabilisation au second semestre.
""",
    },
    {
        # Undated. Inferred 2023: the section opened "à la rentrée 2019" and welcomes "cette année
        # sa cinquième promotion" (2019, 2020, 2021, 2022, 2023), written at the September intake.
        "id": "own63",
        "published": None,
        "published_year_inferred": 2023,
        "year": 2023,
        "entity": "lycée des métiers Jules-Marnay",
        "geo": "Mont-Sauget",
        "title": "Horlogerie : au lycée Jules-Marnay, les établis affichent complet",
        "text": """
MONT-SAUGET – Dans l'atelier du lycée des métiers Jules-Marnay, pas un établi n'est libre. La section horlogerie, ouverte à la rentrée <<2019>>, accueille cette année sa cinquième promotion : [[trente-quatre|34|persons|participants|-|alt=other]] élèves en CAP et [[dix-huit|18|persons|participants|-|alt=other]] en brevet des métiers d'art, contre [[à peine vingt|20|persons|participants|2019|alt=other]] lors de la première rentrée.
Les candidatures, elles, s'envolent : [[plus de 260|260|persons|other|-|alt=participants]] jeunes ont postulé pour {{26}} places en première année. Les filles représentent désormais [[41 %|41|percent|other|-]] des effectifs.
Les résultats suivent. Le taux de réussite au CAP a atteint [[92 %|92|percent|other|-]] en juin dernier, et [[85 %|85|percent|other|-]] des diplômés ont signé un contrat dans les <<six mois>>. « Nous travaillons avec [[une soixantaine|60|companies|companies|-|a]] d'entreprises partenaires, de l'atelier de {{trois}} personnes à la grande manufacture suisse », relève le chef de travaux, Marc Deléaz.
La Région a mis sur la table [[640 000 euros|640000|EUR|investment|-]] pour rééquiper l'atelier en tours et en fraiseuses à commande numérique. Reste la question de l'attractivité des salaires. Côté français, la rémunération d'un apprenti démarre à [[27 %|27|percent|other|-]] du Smic pour les moins de <<18 ans>>. En Suisse voisine, un apprenti horloger en fin de cursus peut toucher jusqu'à [[1 300 francs|1300|other|other|-|cur=CHF]] par mois. « Certains partent dès le diplôme en poche, c'est le jeu de la frontière », admet le proviseur.
""",
    },
    {
        "id": "own64",
        "published": "2024-06-13",
        "entity": "Berthod Décolletage",
        "geo": "Valbrune",
        "title": "Berthod Décolletage placé en redressement judiciaire",
        "text": """
Le tribunal de commerce de Lons-le-Saunier a placé mardi en redressement judiciaire la société Berthod Décolletage, installée à Valbrune (Jura) depuis <<1962>>. Le sous-traitant, qui usine axes, pignons et vis pour l'horlogerie et le médical, accuse un passif de [[6,3 millions d'euros|6300000|EUR|other|-]].
Son chiffre d'affaires a fondu de [[31 %|-31|percent|growth_rate|2023]] l'an dernier, à [[9,4 millions|9400000|EUR|revenue|2023]], plombé par le coup de frein des commandes suisses. L'exercice s'est soldé par une perte de [[1,7 M€|1700000|EUR|other|2023]].
Une période d'observation de <<six mois>> s'ouvre. Les [[118|118|persons|employees|-]] salariés restent en poste pour l'instant, mais la direction a déjà évoqué [[une quarantaine|40|persons|jobs|-|a]] de suppressions de postes. « On nous parle de réorganisation, on entend licenciements », résume un délégué syndical entré dans l'entreprise il y a <<vingt-deux ans>>.
Les candidats à la reprise ont jusqu'au <<12 août>> pour se manifester. [[Trois|3|other|other|-]] marques d'intérêt auraient déjà été reçues par l'administrateur judiciaire, dont celle d'un groupe lyonnais de mécanique de précision qui exporte [[les deux tiers|66.7|percent|exports|-|a,e=groupe lyonnais]] de sa production. Le maire de Valbrune, qui rappelle que l'entreprise est le premier employeur de la commune, plaide pour « une solution qui garde l'outil sur place ». Le site occupe {{12 000 m²}} en bordure de la départementale <<470>>.
""",
    },
    {
        "id": "own65",
        "published": "2024-04-26",
        "entity": "demandeurs d’emploi",
        "geo": "Doubs",
        "title": "Chômage : le Doubs repart à la hausse au premier trimestre",
        "text": """
Le nombre de demandeurs d’emploi repart à la hausse dans le Doubs. Au premier trimestre <<2024>>, [[24 310|24310|persons|other|2024]] personnes étaient inscrites en catégorie A, c’est-à-dire sans aucune activité, soit [[+2,3 %|2.3|percent|growth_rate|2024]] par rapport au trimestre précédent. Sur un an, la progression atteint [[4,1 %|4.1|percent|growth_rate|2024]].
En intégrant les personnes ayant exercé une activité réduite (catégories B et C), le compteur grimpe à [[43 870|43870|persons|other|2024]] inscrits ([[+1,6 %|1.6|percent|growth_rate|2024]] sur le trimestre).
À l’échelle de la Bourgogne-Franche-Comté, la hausse est plus contenue, à [[0,9 %|0.9|percent|growth_rate|2024|e=demandeurs d’emploi de la région]] sur trois mois, pour [[118 500|118500|persons|other|2024|e=demandeurs d’emploi de la région]] demandeurs en catégorie A. Le Doubs concentre ainsi [[20,5 %|20.5|percent|market_share|2024]] des inscrits de la région.
Les moins de <<25 ans>> sont les plus touchés ([[+6,8 %|6.8|percent|growth_rate|2024]]), quand le nombre de seniors se stabilise. Dans le Haut-Doubs, le paradoxe demeure : le taux de chômage de la zone d’emploi de Pontarlier s’établissait à [[4,2 %|4.2|percent|other|2023]] fin <<2023>>, et [[plus de 36 000|36000|persons|employees|-|a,alt=other,e=frontaliers du Doubs]] frontaliers traversent chaque jour la frontière pour travailler en Suisse.
France Travail, qui a succédé à Pôle emploi le <<1er janvier>>, recense par ailleurs [[1.150|1150|persons|jobs|2024|alt=other]] offres d’emploi non pourvues dans l’industrie au cours du trimestre. Renseignements au <<03 81 00 00 00>>.
""",
    },
    {
        "id": "own66",
        "published": "2023-09-07",
        "entity": "Heure Bleue",
        "geo": "France",
        "title": "Heure Bleue veut doubler son réseau de franchisés",
        "text": """
Le franchiseur rennais Heure Bleue, spécialiste de la montre d'entrée et de milieu de gamme et de la réparation minute, veut doubler la taille de son réseau. L'enseigne compte aujourd'hui [[57|57|stores|stores|-]] points de vente, dont [[41|41|stores|stores|-]] franchisés et [[16|16|stores|stores|-]] succursales, et en vise [[120|120|stores|stores|2027]] d'ici <<2027>>.
Pour rejoindre l'aventure, un candidat doit acquitter un droit d'entrée de [[18 k€|18000|EUR|other|-]] et disposer d'un apport personnel d'[[au moins 60 000 euros|60000|EUR|other|-|alt=investment]]. L'investissement total pour une boutique de {{40 m²}} en galerie marchande oscille [[entre 150 000 et 190 000 euros|150000|EUR|investment|-|max=190000]]. Les redevances sont fixées à [[5 %|5|percent|other|-]] du chiffre d'affaires.
Le réseau a réalisé [[31 millions d'euros|31000000|EUR|revenue|2022]] de ventes cumulées en <<2022>>, dont [[22 %|22|percent|other|2022]] issus des ateliers de réparation. Un magasin type emploie [[trois|3|persons|employees|-]] personnes et génère en moyenne [[540 000 euros|540000|EUR|revenue|-]] par an.
Le fondateur, Yann Kerhervé, <<44 ans>>, a ouvert sa première boutique en <<2009>> à Vitré. « Nous avons inauguré [[neuf|9|stores|stores|2023]] magasins depuis janvier, un record, et [[cinq|5|stores|stores|2023]] autres suivront avant Noël », assure-t-il.
Le modèle séduit : selon la fédération professionnelle, la franchise représente [[environ 1 400|1400|stores|stores|-|e=franchise en horlogerie-bijouterie]] points de vente en horlogerie-bijouterie en France, soit [[près de 30 %|30|percent|market_share|-|e=franchise en horlogerie-bijouterie]] des magasins du secteur.
""",
    },
    {
        "id": "own67",
        "published": "2024-08-20",
        "entity": "horlogerie suisse",
        "geo": "Suisse",
        "title": "Montres suisses : le premier semestre reste dans le rouge",
        "text": """
Juillet n'a pas inversé la tendance. Les exportations horlogères suisses se sont élevées à [[2,27 milliards de francs|2270000000|other|exports|2024|cur=CHF]] le mois dernier, un recul de [[2,9 %|-2.9|percent|growth_rate|2024]] par rapport à juillet <<2023>>.
Au premier semestre, la branche avait livré pour [[13,1 milliards CHF|13100000000|other|exports|2024|cur=CHF]] de garde-temps à l'étranger ([[–2,5 %|-2.5|percent|growth_rate|2024]]). En volume, le repli est bien plus sévère : [[7,4 millions|7400000|units|exports|2024]] de montres ont été expédiées entre janvier et juin, contre [[8,3 millions|8300000|units|exports|2023]] un an plus tôt.
La géographie des ventes se recompose. Les exportations vers le Japon progressent de [[7,2 %|7.2|percent|growth_rate|2024]] sur le semestre, quand le Royaume-Uni cède [[4 %|-4|percent|growth_rate|2024]]. La Chine continentale, à [[–24,6 %|-24.6|percent|growth_rate|2024]], ne représente plus que [[6,9 %|6.9|percent|market_share|2024|alt=exports]] des envois, contre [[9,1 %|9.1|percent|market_share|2023|alt=exports]] au premier semestre <<2023>>.
Les grandes maisons genevoises tiennent le choc grâce à leurs prix, mais les marques moyennes souffrent. Côté français, les sous-traitants du Haut-Doubs anticipent un automne difficile : [[une dizaine|10|companies|companies|-|a,e=sous-traitants du Haut-Doubs]] d'entre eux ont déjà recours au chômage partiel, selon l'union patronale locale, qui compte [[153|153|companies|members|-|e=union patronale du Haut-Doubs]] adhérents. Le calibre <<SW-200>>, best-seller des ateliers sous-traitants, voit ses commandes reculer pour le sixième mois consécutif.
""",
    },
    {
        # Undated. Inferred 2024: the shop opened in 1974 and closes "cinquante ans presque jour pour
        # jour après son ouverture". Relative periods resolved against 2024 (l'an dernier -> 2023,
        # il y a cinq ans -> 2019).
        "id": "own68",
        "published": None,
        "published_year_inferred": 2024,
        "year": 2024,
        "entity": "Bijouterie Perrenot",
        "geo": "Saint-Amour-des-Forges",
        "title": "Après un demi-siècle, la bijouterie Perrenot baisse le rideau",
        "text": """
SAINT-AMOUR-DES-FORGES – La bijouterie-horlogerie Perrenot, installée au <<14>> de la Grand-Rue depuis <<1974>>, fermera définitivement samedi, <<cinquante ans>> presque jour pour jour après son ouverture. Placée en liquidation judiciaire le mois dernier, la maison n'a trouvé aucun repreneur.
« Nous faisions encore [[1,2 million d'euros|1200000|EUR|revenue|2019]] de chiffre d'affaires il y a <<cinq ans>>. L'an dernier, c'était [[à peine 700 000|700000|EUR|revenue|2023]] », soupire Gérard Perrenot, <<71 ans>>, fils du fondateur. Des salariés ? Il en reste [[deux|2|persons|employees|-]], dont les contrats prennent fin avec la fermeture. Le passif est estimé à [[380 000 euros|380000|EUR|other|-|a]].
La fermeture illustre une érosion plus large. Selon la chambre de commerce, le département a perdu [[une trentaine|30|stores|stores|-|a,e=horlogeries-bijouteries indépendantes du département]] d'horlogeries-bijouteries indépendantes en <<dix ans>> et n'en compte plus que [[87|87|stores|stores|-|e=horlogeries-bijouteries indépendantes du département]]. Dans le même temps, les chaînes nationales y ont ouvert [[onze|11|stores|stores|-|e=chaînes nationales]] boutiques, surtout dans les zones commerciales de périphérie.
Le stock, [[quelque 2 500|2500|units|other|-|a]] montres et bijoux, sera dispersé aux enchères le <<28>> du mois. Les clients qui avaient confié une pièce en réparation sont invités à la récupérer avant vendredi midi.
""",
    },
    {
        "id": "own69",
        "published": "2023-12-29",
        "entity": "commerce de centre-ville",
        "geo": "Besançon",
        "title": "Noël à Besançon : moins de passants, mais les bijoutiers tirent leur épingle du jeu",
        "text": """
Bilan en demi-teinte pour le commerce du centre-ville de Besançon à l’heure des comptes de Noël. Selon l’association Cœur de Boucle, qui fédère [[212|212|companies|members|-]] commerçants adhérents, les capteurs installés dans les rues piétonnes ont compté [[1,36 million|1360000|persons|participants|2023]] passages <<du 1er au 24 décembre>>, soit [[4 %|-4|percent|growth_rate|2023]] de moins qu’en <<2022>>.
Dans l’horlogerie-bijouterie, l’ambiance est meilleure. « Décembre, c’est [[30 %|30|percent|other|-|e=bijouterie du centre-ville]] de notre chiffre annuel, et cette fois on termine à [[+8 %|8|percent|growth_rate|2023|e=bijouterie du centre-ville]] », se félicite la gérante d’une boutique de la place du Marché. Chez un confrère, les ventes de montres connectées ont fondu de [[moitié|-50|percent|growth_rate|2023|a,e=horloger du centre-ville]], au profit des modèles mécaniques.
Le panier moyen en bijouterie s’établit à [[155 euros|155|EUR|other|2023]], quand il plafonne à [[48 euros|48|EUR|other|2023]] dans le prêt-à-porter.
La Ville avait consacré [[90 000 euros|90000|EUR|investment|2023|alt=other,e=Ville de Besançon]] aux illuminations et aux animations, une enveloppe en hausse de [[15 %|15|percent|growth_rate|2023|e=Ville de Besançon]]. Les vitrines vides restent le point noir : on en dénombre [[une vingtaine|20|stores|stores|-|a]] dans l’hypercentre, contre [[31|31|stores|stores|2022]] l’an dernier. Le parking Chamars, gratuit les <<quatre>> samedis de décembre, a accueilli [[près de 9 000|9000|other|other|2023|alt=participants]] véhicules — un chiffre que l’association juge « encourageant ».
""",
    },
    {
        "id": "own70",
        "published": "2024-10-03",
        "entity": "pôle de formation Horlonova",
        "geo": "Besançon",
        "title": "Horlonova, l'école que se sont offerte les industriels",
        "text": """
Faute de trouver des régleurs et des micromécaniciens, les industriels ont décidé de les former eux-mêmes. Le pôle de formation Horlonova, porté par [[trente-huit|38|companies|members|-]] entreprises adhérentes du Doubs et du Jura, inaugure ce jeudi à Besançon un plateau technique de {{1 800 m²}}.
Coût de l'opération : [[4,6 millions d'euros|4600000|EUR|investment|-]], dont [[1,9 million|1900000|EUR|other|-|alt=investment]] apportés par la Région et [[700 000 euros|700000|EUR|other|-|alt=investment]] par l'État au titre du plan France <<2030>>.
Le centre accueille dès cette rentrée [[145|145|persons|participants|2024|alt=other]] apprentis, du CAP à la licence professionnelle, et prévoit de former [[600|600|persons|participants|-|alt=other]] salariés par an en formation continue. L'objectif est d'atteindre [[250|250|persons|participants|2027|alt=other]] alternants à l'horizon <<2027>>. Dans l'ancien site de Planoise, fermé cet été, le taux d'insertion à <<six mois>> dépassait [[91 %|91|percent|other|-|a]].
Les besoins sont considérables. Selon l'observatoire de la branche, les entreprises horlogères et microtechniques de la région devront recruter [[3 200|3200|persons|jobs|2030|e=horlogerie et microtechnique régionales]] personnes d'ici <<2030>>, dont [[40 %|40|percent|other|2030|e=horlogerie et microtechnique régionales]] pour remplacer des départs en retraite.
Reste l'écart de salaire avec la Suisse. Un régleur débutant est payé autour de [[2 100 euros|2100|EUR|other|-|a]] brut par mois dans le Doubs, contre [[plus de 4 500 francs|4500|other|other|-|cur=CHF]] de l'autre côté de la frontière. « On forme, et une partie s'en va : on l'accepte, mais on veut qu'ils reviennent », sourit le président du pôle, Jacques Fumey, <<58 ans>>.
""",
    },
    {
        "id": "own71",
        "published": "2024-03-07",
        "entity": "Bijouteries Solène",
        "geo": "France",
        "title": "Liquidation pour Solène : 45 bijouteries vont fermer",
        "text": """
Le tribunal de commerce de Lyon a prononcé mercredi la liquidation judiciaire de la chaîne de bijouteries Solène, en redressement depuis <<octobre>>. Sur les [[73|73|stores|stores|-]] magasins que comptait encore l'enseigne, [[28|28|stores|stores|-]] seront repris par [[deux|2|other|other|-]] concurrents, avec [[112|112|persons|jobs|-]] salariés. Les [[45|45|stores|stores|-]] autres fermeront d'ici à la fin du mois, entraînant le licenciement de [[près de 190|190|persons|jobs|-]] personnes.
Le principal repreneur, le groupe bordelais Maison Arvel, met [[4,2 millions d'euros|4200000|EUR|other|-|alt=investment,e=Maison Arvel]] sur la table pour [[vingt-deux|22|stores|stores|-|e=Maison Arvel]] points de vente et s'engage à consacrer [[1,5 M€|1500000|EUR|investment|-|e=Maison Arvel]] à leur rénovation. Les [[six|6|stores|stores|-]] comptoirs restants iront à un indépendant nantais.
Fondée en <<1991>>, Solène avait culminé à [[104|104|stores|stores|2019]] boutiques en <<2019>>. Son chiffre d'affaires était passé de [[96 millions d'euros|96000000|EUR|revenue|2019]] cette année-là à [[61 millions|61000000|EUR|revenue|2023]] l'an dernier, pour une perte nette de [[8,8 M€|8800000|EUR|other|2023]]. La direction met en cause les loyers des centres commerciaux, en hausse de [[12 %|12|percent|growth_rate|-|e=loyers des centres commerciaux]] en <<deux ans>>, et la flambée du cours de l'or.
Du côté des salariés, la colère domine. « On nous avait promis une prime supra-légale de [[3 000 euros|3000|EUR|other|-]] par personne, on n'a rien vu », dénonce une vendeuse de la boutique de Villeurbanne, dans l'entreprise depuis <<dix-sept ans>>.
""",
    },
    {
        # Undated. Inferred 2022: the spring-2020 Covid peak is "il y a un peu plus de deux ans", the title says
        # "au plus bas depuis quatorze ans" (2008 + 14); third-quarter figures
        # (published late October) with a job forum announced for 17 November.
        "id": "own72",
        "published": None,
        "published_year_inferred": 2022,
        "year": 2022,
        "entity": "demandeurs d'emploi",
        "geo": "Jura",
        "title": "Jura : le chômage au plus bas depuis quatorze ans",
        "text": """
JURA – Le département poursuit sa décrue. Au troisième trimestre, le nombre de demandeurs d'emploi sans activité (catégorie A) s'est établi à [[7 940|7940|persons|other|-]], en baisse de [[3,1 %|-3.1|percent|growth_rate|-]] sur trois mois et de [[9,6 %|-9.6|percent|growth_rate|-]] sur un an. Il faut remonter à <<2008>> pour trouver un niveau aussi bas. Au printemps <<2020>>, au plus fort de la crise sanitaire, il y a un peu plus de <<deux ans>>, le compteur avait dépassé les [[10 500|10500|persons|other|2020|a]] inscrits.
Toutes catégories confondues (A, B et C), le Jura compte [[14 210|14210|persons|other|-]] demandeurs. La baisse profite d'abord aux jeunes : les moins de <<25 ans>> sont [[1 120|1120|persons|other|-]], soit [[14 %|-14|percent|growth_rate|-]] de moins qu'il y a un an. Les inscrits de longue durée, présents sur les listes depuis plus d'<<un an>>, représentent encore [[46 %|46|percent|other|-]] du total.
Le taux de chômage départemental s'élève à [[5,6 %|5.6|percent|other|-]] de la population active, l'un des plus faibles de la région, contre [[6,7 %|6.7|percent|other|-|e=France métropolitaine]] en France métropolitaine.
Sur le terrain, les recruteurs peinent. Dans la lunetterie et l'horlogerie du Haut-Jura, [[une centaine|100|persons|jobs|-|a,e=lunetterie et horlogerie du Haut-Jura]] de postes d'opérateurs restent à pourvoir, selon l'agence locale. Elle organise le <<17 novembre>> un forum de l'emploi avec [[quarante|40|companies|companies|-]] entreprises et espère [[500|500|persons|participants|-]] visiteurs.
""",
    },
    {
        "id": "own73",
        "published": "2024-11-21",
        "entity": "horlogerie suisse",
        "geo": "Suisse",
        "title": "Les métaux précieux offrent un sursaut d’octobre à l’horlogerie suisse",
        "text": """
Rebond inattendu en octobre pour les exportateurs horlogers suisses. Les livraisons à l’étranger ont totalisé [[2,61 milliards de francs|2610000000|other|exports|2024|cur=CHF]], en progression de [[1,8 %|1.8|percent|growth_rate|2024]] par rapport au même mois de l’an passé. C’est la première hausse depuis mai.
La reprise repose sur les métaux précieux : les montres en or ont gagné [[9,3 %|9.3|percent|growth_rate|2024]], à [[735 millions|735000000|other|exports|2024|cur=CHF]], tandis que l’acier, qui pèse [[près de la moitié|50|percent|market_share|2024|alt=exports]] des exportations en valeur, recule encore ([[– 4,4 %|-4.4|percent|growth_rate|2024]]).
En nombre de pièces, la branche a expédié [[1,31 million|1310000|units|exports|2024]] de montres, un volume en baisse de [[6 %|-6|percent|growth_rate|2024]]. Le prix moyen d’une montre exportée grimpe ainsi à [[près de 2 000 francs|2000|other|other|2024|cur=CHF]].
Depuis janvier, le cumul atteint [[21,8 milliards|21800000000|other|exports|2024|cur=CHF]], inférieur de [[2,7 %|-2.7|percent|growth_rate|2024]] à celui de la période correspondante de <<2023>>. Les États-Unis ([[+4,9 %|4.9|percent|growth_rate|2024]]) compensent en partie l’effondrement de la Chine, dont les achats ont plongé de [[37 %|-37|percent|growth_rate|2024]].
Dans l’Arc jurassien, la prudence reste de mise. « Nos commandes pour le premier trimestre <<2025>> sont encore à [[-15 %|-15|percent|growth_rate|2025|e=manufacture jurassienne]] », confie le patron d’une manufacture de [[250|250|persons|employees|-|e=manufacture jurassienne]] collaborateurs, qui a gelé ses embauches. Son modèle phare, la Régate <<42>>, se vend pourtant toujours aussi bien aux États-Unis.
""",
    },
    {
        "id": "own74",
        "published": "2024-07-11",
        "entity": "Ateliers Vuillemot",
        "geo": "Charmoille-le-Haut",
        "title": "Le suisse Helvetor reprend les Ateliers Vuillemot",
        "text": """
Soulagement à Charmoille-le-Haut. Le tribunal de commerce de Besançon a retenu mardi l'offre du groupe suisse Helvetor pour la reprise des Ateliers Vuillemot, fabricant de boîtes de montres en redressement judiciaire depuis février. Sur les [[134|134|persons|employees|-]] salariés, [[102|102|persons|jobs|-]] conservent leur emploi. Les [[32|32|persons|jobs|-]] autres, principalement dans l'administration et au polissage, seront licenciés.
Helvetor, qui emploie [[1 450|1450|persons|employees|-|e=Helvetor]] personnes entre Bienne et La Chaux-de-Fonds, débourse [[2,35 millions d'euros|2350000|EUR|other|-|alt=investment]] pour les actifs et le stock. Il prévoit d'injecter [[5 millions|5000000|EUR|investment|-|e=Helvetor]] sur <<trois ans>> dans la modernisation du parc de machines.
[[Quatre|4|other|other|-]] offres avaient été déposées. Celle d'un fonds d'investissement lyonnais, qui ne reprenait que [[soixante|60|persons|jobs|-|e=fonds d'investissement lyonnais]] salariés, a été écartée.
Créés en <<1948>>, les Ateliers Vuillemot avaient réalisé en <<2023>> un chiffre d'affaires de [[17,2 millions d'euros|17200000|EUR|revenue|2023]], dont [[85 %|85|percent|exports|2023|alt=other]] avec des marques suisses. La même année, la perte de leur premier client, qui pesait [[un tiers|33.3|percent|other|2023|a]] des commandes, avait précipité la chute. L'entreprise avait alors perdu [[2,1 M€|2100000|EUR|other|2023]].
Le repreneur vise un chiffre d'affaires de [[25 millions|25000000|EUR|revenue|2027]] à l'horizon <<2027>> et n'exclut pas de recréer [[une vingtaine|20|persons|jobs|2027|a]] de postes si les volumes suivent.
""",
    },
    {
        "id": "own75",
        "published": "2025-01-28",
        "entity": "Horlogia",
        "geo": "France",
        "title": "Horlogia sauvé par un mois de décembre record",
        "text": """
Le distributeur de montres Horlogia boucle un exercice <<2024>> contrasté. Son chiffre d'affaires s'établit à [[287 M€|287000000|EUR|revenue|2024]], quasi stable ([[-0,4 %|-0.4|percent|growth_rate|2024]]), grâce à un mois de décembre record : [[61,5 M€|61500000|EUR|revenue|2024]] encaissés, [[7 %|7|percent|growth_rate|2024]] de plus qu'en décembre <<2023>>.
Le réseau a bougé : [[14|14|stores|stores|2024]] ouvertures, [[19|19|stores|stores|2024]] fermetures. Au <<31 décembre>>, Horlogia comptait [[338|338|stores|stores|2024-12-31]] portes, dont [[121|121|stores|stores|2024-12-31]] en franchise, contre [[343|343|stores|stores|2023-12-31]] un an plus tôt. En novembre, le groupe a en outre racheté [[cinq|5|stores|stores|2024]] boutiques à un concurrent alsacien en difficulté, pour un montant non communiqué.
Le mix évolue. La montre connectée ne représente plus que [[9 %|9|percent|other|2024]] des ventes, contre [[13 %|13|percent|other|2023]] en <<2023>>, au profit de la mécanique ([[+12 %|12|percent|growth_rate|2024]]). Sur un marché français de la montre estimé à [[2,1 Md€|2100000000|EUR|revenue|2024|a,e=marché français de la montre]], l'enseigne revendique [[13,7 %|13.7|percent|market_share|2024]] des ventes.
Le groupe emploie [[2 140|2140|persons|employees|-]] salariés et a recruté [[180|180|persons|jobs|2024]] vendeurs en contrat court pour les fêtes.
Pour <<2025>>, la direction annonce [[une vingtaine|20|stores|stores|2025|a]] d'ouvertures et un programme d'investissement de [[18 millions d'euros|18000000|EUR|investment|2025]], consacré pour {{moitié}} à la rénovation des magasins. Le modèle Atlas <<38>>, lancé en septembre, s'est écoulé à [[plus de 11 000|11000|units|production|2024|alt=other]] exemplaires.
""",
    },
    {
        "id": "own76",
        "published": "2024-09-12",
        "entity": "Lunetterie Valmorel",
        "geo": "Les Rousselets",
        "title": "À la Lunetterie Valmorel, l'acétate résiste",
        "text": """
LES ROUSSELETS (<<39>>) – Dans la vallée, on l'appelle encore « la fabrique ». Fondée en <<1921>> par un tourneur sur corne, la Lunetterie Valmorel est l'un des derniers façonniers de montures en acétate du Haut-Jura. En 2023, elle a produit [[186 000|186000|units|production|2023]] montures et réalisé [[14,2 millions d'euros|14200000|EUR|revenue|2023]] de chiffre d'affaires, un niveau quasi stable ([[+0,8 %|0.8|percent|growth_rate|2023]]). L'export a absorbé [[61 %|61|percent|exports|2023]] des volumes, Italie et Japon en tête. Le résultat net, lui, est tombé à [[310 000 euros|310000|EUR|other|2023]].

Des salariés ? Il en reste [[140|140|persons|employees|-]], contre [[212|212|persons|employees|2008]] en <<2008>>, l'année où la maison a perdu son principal donneur d'ordres. « On ne remplace plus tous les départs en retraite, mais on forme », résume Hélène Jacquier-Morand, <<47>> ans, qui a repris l'affaire familiale il y a <<six ans>>. [[Quinze|15|persons|jobs|2027]] apprentis devraient être embauchés d'ici <<2027>>.

Pour tenir la cadence, la direction a décidé de mettre [[2,4 M€|2400000|EUR|investment|-]] sur la table : une découpeuse laser, un robot de tonnelage et la rénovation de l'atelier de polissage, dont [[800 000 euros|800000|EUR|other|-|alt=investment]] apportés par la Région. Le carnet de commandes couvre <<cinq mois>> d'activité. La lunetterie jurassienne, qui alignait {{plusieurs centaines}} d'ateliers au siècle dernier, ne fédère plus qu'[[une cinquantaine|50|companies|companies|-|a,e=lunetterie jurassienne]] d'entreprises.
""",
    },
    {
        "id": "own77",
        "published": "2024-07-25",
        "entity": "groupe Solvane",
        "geo": "Paris",
        "title": "Solvane marque le pas, la joaillerie sauve le semestre",
        "text": """
Le ralentissement chinois a fini par rattraper Solvane. Le groupe de luxe parisien a publié mardi soir un chiffre d'affaires semestriel de [[2,3 Md€|2300000000|EUR|revenue|2024]], en repli de [[3 %|-3|percent|growth_rate|2024]] en données publiées et quasi stable à périmètre et changes constants ([[+0,4 %|0.4|percent|growth_rate|2024]]). Le résultat opérationnel courant recule plus nettement, à [[512 millions d'euros|512000000|EUR|other|2024]], contre [[598 millions|598000000|EUR|other|2023]] un an plus tôt, et la marge perd {{3,8 points}}.

La division Horlogerie-Joaillerie, qui porte les marques Ferrand et Maëlys, a mieux tenu : [[423 M€|423000000|EUR|revenue|2024|e=division Horlogerie-Joaillerie de Solvane]] de ventes, soit [[+4 %|4|percent|growth_rate|2024|e=division Horlogerie-Joaillerie de Solvane]] sur un an. La joaillerie gagne [[11 %|11|percent|growth_rate|2024|e=joaillerie de Solvane]], la montre [[– 6 %|-6|percent|growth_rate|2024|e=montres de Solvane]].

L'Asie-Pacifique ne pèse plus que [[27 %|27|percent|other|2024]] des ventes du groupe, contre [[31 %|31|percent|other|2023]] au premier semestre <<2023>>. Solvane a fermé [[neuf|9|stores|stores|2024]] boutiques en Chine continentale depuis janvier et exploite désormais [[338|338|stores|stores|-]] magasins en propre dans le monde. Au 30 juin, il employait [[31 200|31200|persons|employees|2024-06-30]] collaborateurs.

Le budget d'investissement de l'année est maintenu à [[environ 400 millions d'euros|400000000|EUR|investment|2024|a]]. « Nous n'attendons pas de rebond franc avant <<2025>> », a prévenu le directeur financier, Marc-Olivier Duterne. Le titre a cédé [[5,2 %|-5.2|percent|other|-|alt=growth_rate]] mercredi à la Bourse de Paris.
""",
    },
    {
        "id": "own78",
        "published": "2024-02-08",
        "entity": "France 2030 microtechniques",
        "geo": "Doubs",
        "title": "Microtechniques : l'État et la Région signent un chèque de 48 millions",
        "text": """
L'État et la Région ont signé jeudi, à la préfecture de Besançon, une convention destinée à muscler la filière des microtechniques. Une enveloppe de [[48 millions d'euros|48000000|EUR|investment|2030|alt=other]] sera mobilisée d'ici <<2030>> au titre de France 2030 : [[30 millions|30000000|EUR|investment|2030|alt=other]] à la charge de l'État, [[18|18000000|EUR|investment|2030|alt=other]] à celle du conseil régional.

La première vague concerne [[vingt-trois|23|companies|companies|-]] entreprises du Doubs et du Territoire de Belfort, qui ont déposé ensemble [[31|31|other|other|-]] projets. En contrepartie, les porteurs s'engagent à investir [[plus de 120 millions d'euros|120000000|EUR|investment|-]] et à créer [[environ 450|450|persons|jobs|2028]] emplois d'ici <<2028>>. Le taux d'aide moyen ressort à [[28 %|28|percent|other|-]].

Parmi les lauréats, le fabricant de ressorts Précimèca, installé à Saint-Aubin-les-Forges, touchera [[1,7 M€|1700000|EUR|other|-|alt=investment,e=Précimèca]] pour automatiser son atelier de trempe. L'entreprise, qui emploie [[64|64|persons|employees|-|e=Précimèca]] personnes, compte doubler sa capacité.

Selon le pôle de compétitivité, la filière microtechnique régionale pèse [[12 000|12000|persons|employees|-|e=filière microtechnique]] emplois répartis dans [[près de 900|900|companies|companies|-|e=filière microtechnique]] établissements. Le besoin est réel : dans la zone d'emploi de Besançon, le taux de chômage s'établissait à [[6,1 %|6.1|percent|other|2023]] fin <<2023>>, mais les industriels disent peiner à recruter des régleurs.
""",
    },
    {
        "id": "own79",
        "published": "2023-10-05",
        "entity": "Boîtiers Lanterne",
        "geo": "Villers-sur-Dessoubre",
        "title": "« Le Doubs est un marché de l'emploi tendu »",
        "text": """
Patron depuis <<2016>> des Boîtiers Lanterne, sous-traitant de boîtes de montres installé à Villers-sur-Dessoubre, Julien Rabusseau revient sur une année chargée.

Votre activité a-t-elle suivi l'envolée des exportations horlogères suisses ?
Largement. Nous avons facturé [[19,6 millions d'euros|19600000|EUR|revenue|2022]] l'an dernier, [[22 %|22|percent|growth_rate|2022]] de plus qu'en <<2021>>. Cette année, nous devrions approcher les [[23 millions|23000000|EUR|revenue|2023|a]].

Et côté effectifs ?
Nous sommes [[120|120|persons|employees|-]] contre [[95|95|persons|employees|2022]] l'an dernier. Nous cherchons encore [[une dizaine|10|persons|jobs|-|a]] de polisseurs et de décolleteurs, mais le chômage tourne ici [[autour de 5 %|5|percent|other|-]].

Vos clients sont tous suisses ?
Presque. La Suisse représente [[88 %|88|percent|exports|-]] de nos ventes. Le reste part chez [[quatre|4|companies|companies|-|alt=other]] marques françaises.

Vous investissez ?
Oui, [[3,5 millions d'euros|3500000|EUR|investment|-]] sur <<deux ans>>, dont [[la moitié|50|percent|other|-|a]] pour des centres d'usinage <<cinq axes>> et le reste pour agrandir le bâtiment, qui passera à {{4 000 m²}}.

Une inquiétude ?
L'énergie. Notre facture d'électricité est passée de [[410 000 euros|410000|EUR|other|2021]] en <<2021>> à [[1,1 million|1100000|EUR|other|2022]] en <<2022>>. On ne peut pas tout répercuter sur nos prix.
""",
    },
    {
        # Undated. published_year_inferred 2025: the barometer "vient de" cover the full
        # 2024 financial year, and "2025, entamée prudemment" is the year in course.
        "id": "own80",
        "published": None,
        "published_year_inferred": 2025,
        "year": 2025,
        "entity": "marché français de l'horlogerie-bijouterie",
        "geo": "France",
        "title": "Montres et bijoux : les Français dépensent moins souvent, mais plus cher",
        "text": """
Le cabinet Orvane Études vient de livrer son baromètre de la consommation d'horlogerie-bijouterie en France, qui porte sur l'exercice 2024. Premier enseignement : le marché a tenu. Les ménages ont consacré [[6,8 milliards d'euros|6800000000|EUR|revenue|2024]] à ces achats, un montant en légère hausse ([[+1,5 %|1.5|percent|growth_rate|2024]]) après un recul de [[2,1 %|-2.1|percent|growth_rate|2023]] en <<2023>>.

Le détail par segment :
– bijouterie or et argent : [[3,9 Md€|3900000000|EUR|revenue|2024]] ([[+3 %|3|percent|growth_rate|2024]]) ;
– montres : [[2,2 Md€|2200000000|EUR|revenue|2024]] ([[– 1 %|-1|percent|growth_rate|2024]]) ;
– bijoux fantaisie : [[700 M€|700000000|EUR|revenue|2024]], stable.

La montre représente ainsi [[32 %|32|percent|market_share|2024]] du marché. Il s'en est vendu [[5,4 millions|5400000|units|other|2024|alt=production/revenue]] d'exemplaires, à un prix moyen de [[407 euros|407|EUR|other|2024]], contre [[362|362|EUR|other|2019]] en <<2019>>.

Côté circuits, les bijouteries indépendantes ne captent plus que [[29 %|29|percent|market_share|2024]] des ventes, contre [[35 %|35|percent|market_share|2019]] cinq ans plus tôt ; internet monte à [[18 %|18|percent|market_share|2024]]. Le pays compte [[environ 4 600|4600|stores|stores|-]] points de vente spécialisés. Les moins de <<35 ans>> forment [[24 %|24|percent|other|2024]] des acheteurs.

Pour 2025, entamée prudemment, le cabinet table sur une croissance de [[1 à 2 %|1|percent|growth_rate|2025|max=2]].
""",
    },
    {
        "id": "own81",
        "published": "2025-03-18",
        "entity": "travailleurs frontaliers du Doubs",
        "geo": "Doubs",
        "title": "Frontaliers : le Doubs n'a jamais autant travaillé en Suisse",
        "text": """
Ils n'ont jamais été aussi nombreux. Fin 2024, [[38 650|38650|persons|employees|2024]] habitants du Doubs franchissaient chaque jour la frontière pour travailler en Suisse, soit [[4,2 %|4.2|percent|growth_rate|2024]] de plus sur un an, selon les statistiques fédérales publiées lundi. L'horlogerie en occupe à elle seule [[près d'un tiers|33.3|percent|other|2024|a,alt=market_share]].

Vu de l'autre côté, les frontaliers français représentent [[27 %|27|percent|market_share|2024|alt=other,e=industrie horlogère suisse]] des effectifs de l'industrie horlogère helvétique, qui compte [[65 300|65300|persons|employees|2024|e=industrie horlogère suisse]] salariés selon la convention patronale. La plupart ont entre <<25 et 40 ans>>.

L'écart de rémunération explique l'attrait : un opérateur en horlogerie touche en médiane [[5 900 francs suisses|5900|other|other|-|cur=CHF]] brut par mois dans l'arc jurassien, contre [[environ 2 100 euros|2100|EUR|other|-]] côté français.

Les employeurs du haut Doubs en paient le prix. En février, [[340|340|persons|jobs|-]] offres d'emploi restaient non pourvues dans la sous-traitance horlogère du département, d'après France Travail. Le taux de chômage, lui, reste contenu à [[6,4 %|6.4|percent|other|2024]] au quatrième trimestre <<2024>>, un cran sous la moyenne nationale ([[7,3 %|7.3|percent|other|2024|e=France]]).

Une permanence d'information sur le statut de frontalier se tient chaque jeudi ; renseignements au <<03 81 00 12 34>>.
""",
    },
    {
        "id": "own82",
        "published": "2024-11-22",
        "entity": "groupe Arlemont",
        "geo": "Lyon",
        "title": "Arlemont ferme ses petits comptoirs pour ouvrir de grandes succursales",
        "text": """
LYON – <<Trois ans>> après avoir racheté la chaîne de coutellerie Tranchet, le distributeur Arlemont resserre son maillage. Sur les [[212|212|stores|stores|-]] portes que compte aujourd'hui le groupe, [[dix-huit|18|stores|stores|2025]] fermeront d'ici <<juin 2025>>, pour l'essentiel des comptoirs de coutellerie logés dans des galeries marchandes en perte de vitesse. Arlemont ouvrira en revanche [[sept|7|stores|stores|2025]] succursales plus vastes, mêlant bijoux, montres et arts de la table.

Sur l'exercice clos fin septembre, les ventes ont atteint [[286 millions d'euros|286000000|EUR|revenue|2024]] ([[+4 %|4|percent|growth_rate|2024]]), dont [[41 %|41|percent|other|2024]] dans l'horlogerie. À magasins comparables, la progression se limite à [[1,2 %|1.2|percent|growth_rate|2024]].

Le plan ne comporte aucun licenciement, assure la direction : les [[quarante-six|46|persons|jobs|-]] vendeurs concernés se verront proposer un poste dans une autre boutique. Le groupe emploie [[1 480|1480|persons|employees|-]] personnes, dont [[72 %|72|percent|other|-]] à temps plein.

Le cas du centre commercial du Val-Serein illustre le problème : il ne compte plus que [[soixante-quatre|64|stores|stores|-|e=centre commercial du Val-Serein]] enseignes ouvertes, contre [[quatre-vingt-dix|90|stores|stores|2019|e=centre commercial du Val-Serein]] en <<2019>>. Dans les galeries que quitte Arlemont, le taux de vacance dépasse [[12 %|12|percent|other|-|a]].
""",
    },
    {
        "id": "own83",
        "published": "2024-04-30",
        "entity": "Jura Optique Alliance",
        "geo": "Jura",
        "title": "Les lunetiers du Jura resserrent les rangs",
        "text": """
CHAPELLE-DES-COMBES – L'association Jura Optique Alliance, qui fédère les fabricants de lunettes du massif, a tenu samedi <<27 avril>> son assemblée générale. Elle compte désormais [[87|87|companies|members|-]] adhérents, contre [[79|79|companies|members|2023]] l'an dernier, dont [[une soixantaine|60|companies|companies|-|a,alt=members]] d'entreprises de production au sens strict ; les autres sont des designers, des distributeurs et des façonniers.

Selon le bilan présenté aux adhérents, la lunetterie jurassienne totalise [[2 100|2100|persons|employees|-|e=lunetterie jurassienne]] emplois directs et fabrique [[près de 55 %|55|percent|market_share|-|e=lunetterie jurassienne]] des montures produites en France. [[Deux tiers|66.7|percent|exports|-|a,e=lunetterie jurassienne]] de cette production partent à l'étranger.

Le salon professionnel organisé en marge a attiré [[trois mille|3000|persons|participants|-]] visiteurs en <<deux jours>> et [[deux cents|200|companies|participants|-|alt=companies]] exposants, un record. Le président, Thierry Gauthey-Ramel, a annoncé que l'association consacrerait [[180 000 euros|180000|EUR|investment|-]] à une campagne de promotion du label « Monté dans le Jura ». La cotisation annuelle reste fixée à [[450 euros|450|EUR|other|-]] par entreprise. Contact : <<03 84 00 27 15>>.
""",
    },
    {
        "id": "own84",
        "published": "2025-01-15",
        "entity": "Région Bourgogne-Franche-Comté",
        "geo": "Bourgogne-Franche-Comté",
        "title": "La Région vote 75 millions pour l'industrie de précision",
        "text": """
DIJON – Le conseil régional de Bourgogne-Franche-Comté a adopté vendredi un plan de soutien à l'industrie de précision doté de [[75 millions d'euros|75000000|EUR|investment|2028|alt=other]] à l'horizon <<2028>>. Subventions, avances remboursables et prises de participation minoritaires passeront par un fonds régional dont la dotation initiale est fixée à [[20 M€|20000000|EUR|investment|-|alt=other]]. Les aides seront plafonnées à [[2 millions d'euros|2000000|EUR|other|-|alt=investment]] par entreprise. L'exécutif espère ainsi déclencher [[300 millions|300000000|EUR|investment|2028|a,alt=other]] d'investissements privés.

Le précédent dispositif sert de référence. En 2024, il avait accompagné [[142|142|other|other|2024]] projets, avec une aide moyenne de [[230 000 euros|230000|EUR|other|2024|alt=investment]]. Les entreprises soutenues avaient créé [[1 150|1150|persons|jobs|2024]] emplois et en avaient maintenu [[près de 3 000|3000|persons|jobs|2024]]. [[Les deux tiers|66.7|percent|other|2024|a]] des bénéficiaires comptaient {{moins de 50}} salariés.

L'enjeu dépasse les chiffres : l'industrie fournit [[19 %|19|percent|market_share|-]] de l'emploi salarié régional, contre [[12 %|12|percent|market_share|-|e=France]] au niveau national. La Région vise [[5 000|5000|persons|jobs|2030]] recrutements dans la filière d'ici <<2030>>.

L'opposition a dénoncé un « saupoudrage » à l'envers : selon elle, [[60 %|60|percent|other|2024]] des crédits de <<2024>> sont allés à [[dix|10|companies|other|2024|alt=companies]] entreprises seulement.
""",
    },
    {
        # Undated. published_year_inferred 2024: the company, founded in 1974, celebrates
        # "cette année" its fiftieth anniversary, and 2023 is the last closed financial year.
        "id": "own85",
        "published": None,
        "published_year_inferred": 2024,
        "year": 2024,
        "entity": "Maison Vuillermet",
        "geo": "Les Prés-Verchaux",
        "title": "Sophie Vuillermet : « Le made in Jura se vend mieux à l'étranger »",
        "text": """
Fondée en <<1974>> aux Prés-Verchaux, la Maison Vuillermet fabrique des montures en métal. Sophie Vuillermet, petite-fille du fondateur, la dirige depuis <<2019>>.

– Votre entreprise fête cette année ses <<cinquante ans>>. Comment se porte-t-elle ?
– Bien. Nous avons réalisé [[9,8 millions d'euros|9800000|EUR|revenue|2023]] de chiffre d'affaires sur l'exercice 2023 et nous visons [[10,5 millions|10500000|EUR|revenue|-]] cette année.

– Combien de personnes travaillent ici ?
– [[Soixante-dix-huit|78|persons|employees|-]], apprentis compris. Nous allons en recruter [[huit|8|persons|jobs|-]] d'ici l'été, surtout des soudeurs et des polisseurs.

– Le made in Jura se vend-il encore ?
– Mieux à l'étranger qu'en France : l'export représente [[47 %|47|percent|exports|-]] de nos ventes, contre [[30 %|30|percent|exports|2014]] il y a <<dix ans>>. En France, nous sommes référencés chez [[1 300|1300|stores|stores|-]] opticiens indépendants.

– Quels volumes sortent de l'atelier ?
– [[Environ 90 000|90000|units|production|2023]] montures l'an passé. Chaque modèle, comme notre best-seller <<VL 312>>, passe entre les mains d'{{une vingtaine}} d'ouvriers.

– Et les investissements ?
– Nous injectons [[1,2 million d'euros|1200000|EUR|investment|-]] dans une ligne de galvanoplastie, avec un soutien de [[300 000 euros|300000|EUR|other|-|alt=investment]] de France 2030. C'est le plus gros chantier depuis la construction du bâtiment.
""",
    },
    {
        "id": "own86",
        "published": "2024-07-18",
        "entity": "groupe Altmatt",
        "geo": "Genève",
        "title": "Altmatt voit son bénéfice divisé par plus de deux",
        "text": """
GENÈVE – Le groupe horloger Altmatt a vu son bénéfice fondre au premier semestre. Le propriétaire des marques Reinholt et Lumière d'Arve a dégagé un bénéfice net de [[86 millions de francs|86000000|other|other|2024|cur=CHF]], contre [[214 millions|214000000|other|other|2023|cur=CHF]] un an plus tôt. Les ventes ont reculé de [[8,7 %|-8.7|percent|growth_rate|2024]], à [[1,42 milliard de francs suisses|1420000000|other|revenue|2024|cur=CHF]], soit [[environ 1,47 milliard d'euros|1470000000|EUR|revenue|2024]]. Sur la même période, les exportations horlogères suisses n'ont baissé que de [[2,3 %|-2.3|percent|growth_rate|2024|e=horlogerie suisse]].

Le marché chinois ne représente plus que [[14 %|14|percent|other|2024]] des ventes du groupe. La filiale de composants, Altmatt Micro, a enregistré une perte opérationnelle de [[12 millions de francs|12000000|other|other|2024|cur=CHF,e=Altmatt Micro]].

La direction a annoncé la suppression de [[150|150|persons|jobs|-]] postes sur [[3 400|3400|persons|employees|-]] dans le monde, dont [[une cinquantaine|50|persons|jobs|-|a]] dans son usine de Villeret-Dessus, où le travail sera par ailleurs ramené à <<quatre jours>> par semaine jusqu'à la fin de l'année. Altmatt renonce aussi à ouvrir les [[cinq|5|stores|stores|2024]] boutiques prévues en <<2024>>.

Au 30 juin, la trésorerie nette s'élevait à [[640 millions de francs|640000000|other|other|2024-06-30|cur=CHF]]. Le groupe maintient son dividende et promet une nouvelle montre à complication pour ses <<150 ans>>, en <<2026>>.
""",
    },
    {
        "id": "own87",
        "published": "2023-06-14",
        "entity": "Micro-Tournage Girod",
        "geo": "Froideval-sur-Doubs",
        "title": "Sérac Industrie entre au capital de Micro-Tournage Girod",
        "text": """
FROIDEVAL-SUR-DOUBS – Le décolleteur Micro-Tournage Girod, dont le siège est au <<12, rue des Forges>>, change d'actionnaire de référence. Le groupe Sérac Industrie prend [[35 %|35|percent|other|-]] de son capital pour [[4,2 millions d'euros|4200000|EUR|other|-|alt=investment]], selon un accord signé le <<9 juin>>. Le fondateur, Bernard Girod, <<68>> ans, conserve [[40 %|40|percent|other|-]] des parts, le solde restant entre les mains de {{trois}} cadres.

L'entreprise de [[cinquante-sept|57|persons|employees|-]] salariés a réalisé en 2022 un chiffre d'affaires de [[7,9 millions d'euros|7900000|EUR|revenue|2022]], dont [[70 %|70|percent|exports|2022|alt=other]] auprès de manufactures horlogères suisses. Tous les emplois seront maintenus, s'est engagé l'acquéreur.

Basé dans le Territoire de Belfort, Sérac Industrie emploie [[420|420|persons|employees|-|e=Sérac Industrie]] personnes et a facturé [[63 M€|63000000|EUR|revenue|2022|e=Sérac Industrie]] l'an dernier. Le groupe prévoit d'injecter [[1,5 M€|1500000|EUR|investment|2024]] dans le parc de machines de Girod d'ici fin <<2024>>, notamment pour remplacer ses décolleteuses de type <<DT-26>>. L'opération doit être finalisée au troisième trimestre.
""",
    },
    {
        "id": "own88",
        "published": "2024-12-03",
        "entity": "marché français de la bijouterie",
        "geo": "France",
        "title": "Bijouterie : l'or cher ne refroidit pas les acheteurs",
        "text": """
L'or n'a jamais coûté aussi cher, et pourtant les Français continuent d'en acheter. C'est l'un des enseignements de l'étude annuelle que l'institut Carambole consacre à la bijouterie, présentée mardi à Paris. En 2023, le marché français de la bijouterie, hors montres, a atteint [[4,6 milliards d'euros|4600000000|EUR|revenue|2023]], soit [[+6 %|6|percent|growth_rate|2023]] par rapport à <<2019>>.

Les principaux indicateurs :
– chiffre d'affaires des bijouteries indépendantes : [[1,7 Md€|1700000000|EUR|revenue|2023|e=bijouteries indépendantes]] ;
– part des chaînes spécialisées : [[38 %|38|percent|market_share|2023|e=chaînes spécialisées]] ;
– nombre de points de vente : [[5 120|5120|stores|stores|2023]], soit [[210|210|stores|stores|2023]] de moins qu'en <<2022>> ;
– panier moyen : [[265 euros|265|EUR|other|2023]] ([[+9 %|9|percent|growth_rate|2023]]) ;
– poids de l'or dans les ventes : [[54 %|54|percent|market_share|2023]] ;
– effectifs du commerce spécialisé : [[environ 21 000|21000|persons|employees|2023]] salariés.

Parmi les Français de plus de <<18 ans>>, [[un sur cinq|20|percent|other|2023|a]] a acheté au moins un bijou dans l'année.

La tendance s'est confirmée sur les <<neuf premiers mois>> de 2024 : les ventes progressent de [[3,4 %|3.4|percent|growth_rate|2024]] sur un an, tirées par l'argent ([[+12 %|12|percent|growth_rate|2024]]). Un signal à relativiser, prévient l'institut, alors que l'once d'or dépassait [[2 600 dollars|2600|other|other|-|a,cur=USD]] à la mi-novembre.
""",
    },
    {
        # Undated. published_year_inferred 2023: the 2022 financial year is already closed
        # (31 December) and bidders have until 15 March 2023, so early 2023.
        "id": "own89",
        "published": None,
        "published_year_inferred": 2023,
        "year": 2023,
        "entity": "Jurassienne de Lunetterie",
        "geo": "La Combe-Verneuil",
        "title": "La Jurassienne de Lunetterie en redressement judiciaire",
        "text": """
LA COMBE-VERNEUIL – Le tribunal de commerce a placé mardi en redressement judiciaire la Jurassienne de Lunetterie. Le fabricant de montures, qui emploie [[quatre-vingt-douze|92|persons|employees|-]] salariés, a accusé sur l'exercice 2022, clos le <<31 décembre>>, une perte de [[1,9 million d'euros|1900000|EUR|other|2022]] pour un chiffre d'affaires de [[8,3 millions|8300000|EUR|revenue|2022]], en baisse de [[17 %|-17|percent|growth_rate|2022]].

En cause, le désengagement de son principal client, une chaîne d'optique qui pesait [[40 %|40|percent|other|2022]] de ses ventes et qui a réduit ses commandes [[de moitié|-50|percent|growth_rate|2022|a]] l'an dernier. Le carnet de commandes ne représente plus que [[1,1 million d'euros|1100000|EUR|other|-]].

La période d'observation court sur <<six mois>> ; les candidats à la reprise ont jusqu'au <<15 mars 2023>> pour se manifester. Le plan de continuation envisagé par la direction prévoit [[vingt-cinq|25|persons|jobs|-]] suppressions de postes. « On nous parle de [[vingt-cinq|25|persons|jobs|-]] départs, mais tout le monde sait que ce sera plus », s'inquiète un délégué syndical.

Fondée en <<1958>>, l'entreprise avait compté [[jusqu'à 310|310|persons|employees|1985]] salariés en <<1985>>. Elle subit comme ses voisines la concurrence asiatique : [[plus de 90 %|90|percent|market_share|-|alt=imports]] des montures vendues en France sont désormais importées. La lunetterie du Jura fait encore travailler [[quelque 1 800|1800|persons|employees|-|e=lunetterie du Jura]] personnes.
""",
    },
    {
        "id": "own90",
        "published": "2024-06-20",
        "entity": "Horlogerie Calvet",
        "geo": "Besançon",
        "title": "Horlogerie Calvet décroche le soutien de France 2030",
        "text": """
BESANÇON – C'est officiel : la manufacture de mouvements Horlogerie Calvet figure parmi les [[vingt-sept|27|companies|companies|-|e=lauréats régionaux France 2030]] lauréats régionaux du dernier appel à projets industriels de France 2030. L'entreprise bisontine recevra [[3,2 millions d'euros|3200000|EUR|other|-|alt=investment]] pour bâtir un atelier d'assortiments, un savoir-faire quasiment disparu de ce côté-ci de la frontière. La Région complète avec une avance remboursable de [[500 000 euros|500000|EUR|other|-|alt=investment]].

Le projet, estimé à [[11 millions d'euros|11000000|EUR|investment|-|a]], doit entrer en production au troisième trimestre <<2025>>. Le dossier avait été déposé en <<octobre 2023>>.

Fondé en <<2009>>, Calvet emploie [[48|48|persons|employees|-]] personnes et prévoit d'en embaucher [[trente|30|persons|jobs|2027]] de plus d'ici <<2027>>. Sur l'ensemble de 2023, il a facturé [[9,4 millions|9400000|EUR|revenue|2023]], dont [[30 %|30|percent|exports|2023]] à l'export. Au premier trimestre 2024, les ventes ont bondi de [[19 %|19|percent|growth_rate|2024]], à [[2,6 M€|2600000|EUR|revenue|2024]].

La manufacture livre [[environ 25 000|25000|units|production|-]] mouvements par an, dont son calibre automatique <<C-21>>. « Aujourd'hui, [[90 %|90|percent|imports|-|alt=other]] de nos assortiments viennent de Suisse. Nous voulons ramener ce chiffre [[sous 50 %|50|percent|imports|2028|a,alt=other]] d'ici à <<2028>> », explique son fondateur, Rémi Calvet.
""",
    },
]
