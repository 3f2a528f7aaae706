"""Marked-up texts of the own generalisation set (fictional companies and places; our own words).

See build_set.py for the mark-up. These figures are test data, never shipped data.
"""

ARTICLES = [
    {
        "id": "own01",
        "published": "2024-03-14",
        "entity": "Manufacture Orbelle",
        "geo": "Val-de-Brenne",
        "title": "Manufacture Orbelle change de braquet",
        "text": """
VAL-DE-BRENNE – La Manufacture Orbelle accélère. L'horloger, fondé en <<1987>> par {{deux}} anciens \
régleurs, a réalisé l'an dernier un chiffre d'affaires de [[42,5 millions d'euros|42500000|EUR|\
revenue|2023]], en hausse de [[18 %|18|percent|growth_rate|2023]]. L'entreprise emploie \
aujourd'hui [[210|210|persons|employees|-]] salariés et compte en recruter [[une trentaine|30|\
persons|jobs|-|a]] d'ici à la fin de l'année. « Nous avons assemblé [[près de 60 000|60000|units|\
production|2023|a]] montres en 2023, contre [[48 000|48000|units|production|2022]] un an plus tôt », \
détaille sa directrice générale, Claire Vernet, <<52>> ans. Pour suivre la demande, la société va \
consacrer [[8 millions d'euros|8000000|EUR|investment|-]] à un nouvel atelier de {{3 500 m²}}, \
qui doit ouvrir ses portes au printemps <<2025>>. Le mouvement maison, baptisé Calibre <<O-14>>, \
équipe déjà [[40 %|40|percent|other|-]] des modèles de la marque.
""",
    },
    {
        "id": "own02",
        "published": "2024-05-02",
        "entity": "Bijouteries Mirelle",
        "geo": "France",
        "title": "Mirelle pousse ses pions dans les centres-villes",
        "text": """
Le bijoutier lyonnais Mirelle poursuit son maillage. L'enseigne exploite désormais \
[[86|86|stores|stores|-]] boutiques en France, dont [[douze|12|stores|stores|2023]] ouvertes \
en 2023, et vise [[une centaine|100|stores|stores|2026|a]] de points de vente d'ici <<2026>>. Sur \
son dernier exercice, le groupe a dégagé [[128 millions d'euros|128000000|EUR|revenue|2023]] de \
ventes ([[+7 %|7|percent|growth_rate|2023]]). Les bijoux en or pèsent [[62 %|62|percent|other|\
2023]] de ce chiffre d'affaires, la montre [[15 %|15|percent|other|2023]]. « Le panier moyen \
tourne autour de [[180 euros|180|EUR|other|-|a]], mais une bague de fiançailles se vend plutôt \
[[1 200 euros|1200|EUR|other|-]] », observe le directeur commercial. Le réseau emploie \
[[640|640|persons|employees|-]] collaborateurs, dont [[80 %|80|percent|other|-]] de femmes. \
L'ouverture d'un magasin coûte en moyenne [[350 000 euros|350000|EUR|investment|-|alt=other]].
""",
    },
    {
        "id": "own03",
        "published": "2023-11-20",
        "entity": "filière horlogère",
        "geo": "Bourgogne-Franche-Comté",
        "title": "L'horlogerie, petit poids lourd de l'emploi régional",
        "text": """
Selon une étude de l'observatoire régional publiée lundi, la filière horlogère de \
Bourgogne-Franche-Comté compte [[5 200|5200|persons|employees|-]] salariés, soit \
[[3,1 %|3.1|percent|market_share|-]] de l'emploi industriel de la région. Elle réunit \
[[quelque 190|190|companies|companies|-|a]] entreprises, pour la plupart de \
{{moins de dix}} salariés. Les femmes occupent [[58 %|58|percent|other|-]] des \
postes, et [[un tiers|33.3|percent|other|-|a]] des effectifs a plus de <<50>> ans. Le secteur \
assure à lui seul [[70 %|70|percent|market_share|-]] de la production nationale de montres. \
Dans le Doubs (<<25>>), où se concentre l'essentiel des ateliers, le taux de chômage s'établit \
à [[5,4 %|5.4|percent|other|-]], contre [[7,2 %|7.2|percent|other|-]] en moyenne nationale.
""",
    },
    {
        "id": "own04",
        "published": "2024-09-05",
        "entity": "Dalmex",
        "geo": "Saint-Aubin-des-Forges",
        "title": "Dalmex : quarante-deux postes menacés",
        "text": """
Coup dur à Saint-Aubin-des-Forges. Le sous-traitant en décolletage Dalmex a présenté mardi un \
plan social prévoyant la suppression de [[quarante-deux|42|persons|jobs|-]] postes sur les \
[[cent vingt|120|persons|employees|-]] que compte le site. La direction invoque une chute de \
[[35 %|-35|percent|growth_rate|-]] de ses commandes depuis janvier. Les salariés concernés se \
verront proposer [[vingt|20|persons|jobs|-]] reclassements dans les [[deux|2|sites|other|-]] autres usines du \
groupe, situées à Pontlieu et à Mirande. Les syndicats réclament une prime de départ de \
[[15 000 euros|15000|EUR|other|-]] par personne. « Nous avons déjà perdu {{trois}} clients \
majeurs en <<six>> mois », reconnaît le président, qui a repris l'entreprise familiale il y a \
<<dix-huit>> ans. Une réunion est prévue le <<17>> septembre à la sous-préfecture.
""",
    },
    {
        "id": "own05",
        "published": "2024-02-08",
        "entity": "Techniverre",
        "geo": "Haute-Saône",
        "title": "Techniverre met le paquet sur sa verrerie",
        "text": """
Le verrier Techniverre va injecter [[22 millions d'euros|22000000|EUR|investment|-]] dans la \
modernisation de son usine de Haute-Saône. Ce programme, estimé au total à \
[[26 M€|26000000|EUR|investment|-|a]] avec les travaux de voirie, comprend un nouveau four et une \
ligne de trempe. La Région apporte une aide de [[1,5 million d'euros|1500000|EUR|other|-|\
alt=investment]], l'État une avance remboursable de [[900 000 euros|900000|EUR|other|-|\
alt=investment]]. En parallèle, le groupe a engagé [[3,4 millions|3400000|EUR|investment|-]] \
dans la décarbonation de ses chaudières. « Sans cette enveloppe, le site aurait fermé d'ici \
<<cinq>> ans », assure le directeur de l'usine. La verrerie produit \
[[quelque 180 000 tonnes|180000|other|production|-|a]] de verre par an et emploie \
[[450|450|persons|employees|-]] personnes. Le projet doit permettre de créer \
[[35|35|persons|jobs|-]] emplois.
""",
    },
    {
        "id": "own06",
        "published": "2024-10-12",
        "entity": "Fédération régionale de la bijouterie",
        "geo": "Auvergne-Rhône-Alpes",
        "title": "Les bijoutiers font salon",
        "text": """
La Fédération régionale de la bijouterie a tenu son salon annuel ce week-end. L'organisation \
rassemble [[140|140|companies|members|-]] entreprises adhérentes, sur les \
[[320|320|companies|companies|-]] que compte la profession dans la région. Le salon a attiré \
[[2 300|2300|persons|participants|-]] visiteurs professionnels et \
[[quatre-vingt-quinze|95|companies|participants|-|alt=companies]] exposants. Pour sa présidente, \
la conjoncture reste tendue : « {{Six}} bijoutiers sur {{dix}} ont \
vu leur fréquentation baisser cette année. » Le cours de l'or, qui dépasse \
[[2 300 dollars|2300|other|other|-|a]] l'once, renchérit les pièces. La fédération, créée en \
<<1952>>, forme chaque année [[une quarantaine|40|persons|other|-|a,alt=jobs]] d'apprentis. \
Rendez-vous est pris pour la <<12>>e édition, en octobre prochain.
""",
    },
    {
        "id": "own07",
        "published": "2024-04-18",
        "entity": "horlogerie française",
        "geo": "France",
        "title": "Les exportations horlogères en forme",
        "text": """
Les exportations horlogères françaises ont atteint [[410 millions d'euros|410000000|EUR|\
exports|2023]] en 2023, un record. Elles progressent de [[9,5 %|9.5|percent|growth_rate|2023]] \
sur un an, quand les importations reculent de [[– 2,1 %|-2.1|percent|growth_rate|2023]] à \
[[1,1 milliard|1100000000|EUR|imports|2023]]. La Suisse reste le premier client, avec \
[[45 %|45|percent|exports|2023|alt=market_share/other]] des ventes à l'étranger, devant \
l'Allemagne ([[12 %|12|percent|exports|2023|alt=market_share/other]]). Les fabricants de \
boîtiers et de bracelets exportent [[près des trois quarts|75|percent|exports|2023|a]] de leur \
production. Pour la fédération professionnelle, ces bons chiffres masquent des disparités : \
[[une vingtaine|20|companies|companies|-|a]] d'ateliers réalisent à eux seuls \
[[80 %|80|percent|market_share|2023|alt=exports]] du total exporté.
""",
    },
    {
        "id": "own08",
        "published": "2024-06-25",
        "entity": "marché de la montre",
        "geo": "France",
        "title": "Le marché de la montre tient bon",
        "text": """
Le marché français de la montre a pesé [[1,6 milliard d'euros|1600000000|EUR|revenue|2023]] \
l'an dernier, selon le cabinet Horizon Conso. En volume, [[5,4 millions|5400000|units|\
production|2023|alt=revenue/other]] de montres ont été vendues, un chiffre stable. Les modèles \
connectés représentent [[22 %|22|percent|market_share|2023]] des pièces écoulées mais \
[[31 %|31|percent|market_share|2023]] de la valeur. Le prix moyen d'une montre mécanique \
atteint [[1 450 euros|1450|EUR|other|2023]]. Les bijouteries indépendantes réalisent \
[[à peine 28 %|28|percent|market_share|2023]] des ventes, loin derrière les chaînes. \
« Le haut de gamme résiste, l'entrée de gamme souffre », résume l'analyste. Pour l'année en \
cours, le cabinet table sur une croissance de [[1 à 2 %|1|percent|growth_rate|-|max=2]].
""",
    },
    {
        "id": "own09",
        "published": "2024-04-30",
        "entity": "bassin d'emploi du Haut-Plateau",
        "geo": "Haut-Plateau",
        "title": "Les industriels du Haut-Plateau cherchent des bras",
        "text": """
Les employeurs du bassin du Haut-Plateau envisagent [[1 850|1850|persons|jobs|-]] projets de \
recrutement cette année, d'après l'enquête annuelle de l'agence pour l'emploi. L'industrie en \
concentre [[640|640|persons|jobs|-]], dont [[plus de 300|300|persons|jobs|-|a]] dans la \
micromécanique. {{Près de six}} projets sur {{dix}} sont jugés difficiles à \
pourvoir. Le bassin compte [[23 400|23400|persons|employees|-]] salariés du privé et \
[[4 100|4100|persons|other|-]] demandeurs d'emploi. « Nous formons [[quarante|40|persons|other|-]] \
opérateurs par session, c'est insuffisant », admet le responsable de l'agence. Les embauches \
saisonnières, elles, ne représentent que [[8 %|8|percent|market_share|-|alt=other]] des intentions, contre \
[[15 %|15|percent|market_share|-|alt=other]] en moyenne régionale.
""",
    },
    {
        "id": "own10",
        "published": "2023-07-03",
        "entity": "Boîtes Lanvert",
        "geo": "Les Fontenelles",
        "title": "Un siècle de boîtes de montre",
        "text": """
Fondée en <<1923>> aux Fontenelles, la maison Boîtes Lanvert a fêté samedi ses <<cent>> ans \
en présence de [[400|400|persons|participants|-]] invités. Quatrième génération aux commandes, Julien Lanvert, \
<<41>> ans, dirige une équipe de [[soixante-dix|70|persons|employees|-]] personnes. \
L'atelier a livré [[12 000|12000|units|production|2022]] boîtiers l'an dernier, \
principalement pour [[cinq|5|companies|other|-]] marques suisses. Le chiffre d'affaires \
approche [[9 millions d'euros|9000000|EUR|revenue|-|a]]. En <<2019>>, un incendie avait \
détruit une partie des machines ; l'entreprise a depuis renouvelé [[la moitié|50|percent|\
other|-|a]] de son parc. Ses boîtiers en or <<750>> sont poinçonnés sur place. Contact \
visites : <<03 81 44 27 10>>, du lundi au vendredi de <<9>> heures à <<17>> heures.
""",
    },
    {
        "id": "own11",
        "published": "2024-01-22",
        "entity": "branche de la lunetterie",
        "geo": "Jura",
        "title": "Lunetterie : l'année 2022 en chiffres",
        "text": """
Le rapport de branche vient de paraître, avec un an de retard. En 2022, la lunetterie \
jurassienne a réalisé un chiffre d'affaires de [[310 millions d'euros|310000000|EUR|revenue|\
2022]], employé [[2 900|2900|persons|employees|2022]] salariés et fédéré \
[[180|180|companies|companies|2022]] entreprises. Les ventes hors de France en représentaient \
[[38 %|38|percent|exports|2022]]. Les investissements productifs avaient atteint \
[[14 millions|14000000|EUR|investment|2022]], en repli de [[6 %|-6|percent|growth_rate|2022]]. \
Depuis, la situation s'est dégradée : la branche estime avoir perdu [[250|250|persons|jobs|-]] \
emplois. Aujourd'hui, les ateliers n'emploient plus que [[2 650|2650|persons|employees|-|a]] \
personnes environ, et [[sept|7|companies|companies|-]] entreprises ont été placées en \
redressement judiciaire depuis le <<1er>> janvier.
""",
    },
    {
        "id": "own12",
        "published": "2025-02-10",
        "entity": "Groupe Stellane",
        "geo": None,
        "title": "Stellane termine l'année sur une bonne note",
        "text": """
Le groupe de joaillerie Stellane a publié hier ses ventes annuelles. Au second semestre \
<<2024>>, elles ont progressé de [[5,2 %|5.2|percent|growth_rate|2024]], après un premier \
semestre en repli de [[1,8 %|-1.8|percent|growth_rate|2024]]. Sur l'ensemble de l'exercice, \
le chiffre d'affaires s'élève à [[96,4 millions d'euros|96400000|EUR|revenue|2024]], contre \
[[91,2|91200000|EUR|revenue|2023]] un an plus tôt. Le quatrième trimestre, porté par les fêtes, \
a représenté à lui seul [[34 %|34|percent|other|2024]] des ventes. Pour <<2025>>, la direction \
vise [[100 millions|100000000|EUR|revenue|2025]] et prévoit l'ouverture de \
[[quatre|4|stores|stores|2025]] boutiques, à Lille, Nantes, Rennes et Metz. L'action a gagné \
[[3 %|3|percent|growth_rate|-|alt=other]] à la clôture.
""",
    },
    {
        "id": "own13",
        "published": "2024-07-09",
        "entity": "zone d'activités des Grands Prés",
        "geo": "Les Grands Prés",
        "title": "Zone des Grands Prés : les travaux chiffrés",
        "text": """
L'agrandissement de la zone d'activités des Grands Prés coûtera \
[[entre 18 et 22 millions d'euros|18000000|EUR|investment|-|max=22000000]] selon le bureau \
d'études. Les lots, de {{2 000 à 8 000 m²}}, seront vendus de \
[[25 à 40 euros|25|EUR|other|-|max=40]] le mètre carré. La communauté de communes espère y \
accueillir [[10 à 12|10|companies|companies|-|max=12]] entreprises, pour [[150 à 200|150|\
persons|jobs|-|max=200]] emplois à terme. Les aides à l'implantation iront de \
[[5 000 à 50 000 euros|5000|EUR|other|-|max=50000,alt=investment]] par projet. « Nous avons \
déjà [[trois|3|other|other|-]] dossiers sérieux », confie le vice-président chargé de \
l'économie. Les premiers terrains seront livrés en <<2026>>, la seconde tranche vers <<2028>>.
""",
    },
    {
        "id": "own14",
        "published": "2024-03-06",
        "entity": "Valtoris",
        "geo": "Suisse",
        "title": "Valtoris digère la baisse du marché chinois",
        "text": """
Le groupe horloger suisse Valtoris a vu son chiffre d'affaires reculer à \
[[1,2 milliard de francs suisses|1200000000|other|revenue|2023|cur=CHF]] en 2023, en baisse \
de [[4 %|-4|percent|growth_rate|2023]]. Le bénéfice net fond à [[CHF 85 millions|85000000|\
other|other|2023|cur=CHF]]. En Chine, les ventes ont chuté de [[plus de 20 %|-20|percent|\
growth_rate|2023|a]]. Le groupe emploie [[6 800|6800|persons|employees|-]] personnes dans le \
monde, dont [[1 100|1100|persons|employees|-]] en France, dans ses [[deux|2|sites|other|-]] \
manufactures de la frontière. Il prévoit de supprimer [[jusqu'à 150|150|persons|jobs|-|a]] \
postes administratifs. Le dividende proposé est de [[2,50 francs|2.5|other|other|2023|\
cur=CHF]] par action. Son modèle phare, la Valtoris <<300>> M, reste produit à Bienne.
""",
    },
    {
        "id": "own15",
        "published": "2024-11-14",
        "entity": "sous-traitance horlogère",
        "geo": "Haut-Doubs",
        "title": "La sous-traitance horlogère vieillit",
        "text": """
Le constat est partagé par les chefs d'entreprise réunis jeudi à la chambre de commerce : la \
sous-traitance horlogère du Haut-Doubs peine à se renouveler. [[Un tiers|33.3|percent|other|\
-|a]] des salariés partira à la retraite dans les <<dix>> prochaines années. \
[[Les trois quarts|75|percent|exports|-|a]] de la production sont vendus en Suisse. « Nous \
avons formé [[douze|12|persons|other|-|alt=jobs]] apprentis cette année, il en faudrait le \
double », note un décolleteur. Le secteur rassemble [[une soixantaine|60|companies|companies|\
-|a]] d'entreprises et [[environ 1 900|1900|persons|employees|-|a]] salariés. Les salaires \
d'embauche y sont inférieurs de [[20 %|20|percent|other|-]] à ceux pratiqués de l'autre côté \
de la frontière, où travaillent [[près de 8 000|8000|persons|employees|-|a]] frontaliers du \
département.
""",
    },
    {
        "id": "own16",
        "published": "2024-04-04",
        "entity": "Coutellerie Barrand",
        "geo": "Thiers-sur-Loue",
        "title": "Barrand affûte ses ambitions",
        "text": """
La Coutellerie Barrand a bouclé un exercice solide : [[18,7 millions d'euros|18700000|EUR|\
revenue|2023]] de chiffre d'affaires en 2023, contre [[16,9|16900000|EUR|revenue|2022]] en \
2022, et un résultat net de [[1,1 million|1100000|EUR|other|2023]]. L'entreprise a vendu \
[[310 000|310000|units|production|2023|alt=revenue]] couteaux, dont [[45 %|45|percent|\
exports|2023]] à l'export. Elle a embauché [[quatorze|14|persons|jobs|2023]] personnes l'an \
passé et compte désormais [[132|132|persons|employees|-]] salariés. Ses produits sont \
distribués dans [[1 500|1500|stores|stores|-]] points de vente, dont [[une cinquantaine|50|\
stores|stores|-|a]] au Japon. Un couteau pliant de la gamme Alpage se vend \
[[89 euros|89|EUR|other|-]]. La famille Barrand détient [[100 %|100|percent|other|-]] du \
capital.
""",
    },
    {
        "id": "own17",
        "published": "2024-08-29",
        "entity": "commerce de centre-ville",
        "geo": "Montrevel",
        "title": "À Montrevel, le centre-ville reprend des couleurs",
        "text": """
Les commerçants de Montrevel respirent. En 2023, la fréquentation du centre-ville a augmenté \
de [[6 %|6|percent|growth_rate|2023]] par rapport à <<2019>>, selon les capteurs installés \
par la ville. Le taux de vacance commerciale est tombé à [[9,5 %|9.5|percent|other|-]], \
contre [[14 %|14|percent|other|2020]] il y a <<quatre>> ans. [[Dix-sept|17|stores|stores|-]] \
commerces ont ouvert depuis janvier, dont [[trois|3|stores|stores|-]] bijouteries. \
L'association des commerçants compte [[115|115|companies|members|-]] adhérents sur \
[[environ 260|260|stores|stores|-|a,alt=companies]] magasins. Le loyer moyen atteint \
[[160 euros|160|EUR|other|-]] le mètre carré par an. La ville a débloqué \
[[400 000 euros|400000|EUR|investment|-]] pour rénover les façades, une opération qui doit \
s'étaler sur <<trois>> ans.
""",
    },
    {
        "id": "own18",
        "published": "2024-05-21",
        "entity": "Optika Nova",
        "geo": "France",
        "title": "Optika Nova densifie son réseau",
        "text": """
Le réseau d'opticiens Optika Nova annonce [[vingt-cinq|25|stores|stores|-]] ouvertures de \
magasins cette année, ce qui portera son parc à [[312|312|stores|stores|-]] points de vente. \
L'enseigne compte [[188|188|stores|stores|-]] franchisés et [[124|124|stores|stores|-]] \
succursales. Elle revendique [[8,5 %|8.5|percent|market_share|-]] du marché français de \
l'optique, derrière les deux leaders. Chaque ouverture représente un investissement de \
[[300 000 à 450 000 euros|300000|EUR|investment|-|max=450000]] pour le franchisé. Le réseau a \
réalisé [[410 millions d'euros|410000000|EUR|revenue|2023]] de ventes en 2023 \
([[+ 5 %|5|percent|growth_rate|2023]]) et recrute [[200|200|persons|jobs|-]] opticiens \
diplômés. Une paire de lunettes progressives y coûte en moyenne \
[[520 euros|520|EUR|other|-]].
""",
    },
    {
        "id": "own19",
        "published": "2024-10-03",
        "entity": "Aciéries du Val",
        "geo": "Val-de-Saône",
        "title": "Les Aciéries du Val relancent un four",
        "text": """
Les Aciéries du Val ont rallumé lundi leur deuxième four électrique, à l'arrêt depuis \
<<dix-huit>> mois. Le groupe, qui exploite [[trois|3|sites|other|-]] usines dans la vallée, \
prévoit de produire [[420 000 tonnes|420000|other|production|-]] d'acier cette année, contre \
[[310 000|310000|other|production|2023]] en 2023. Le redémarrage a nécessité \
[[12 millions d'euros|12000000|EUR|investment|-]] de travaux. Le four consomme \
{{90 MW}} à pleine charge, autant qu'une ville de {{80 000 habitants}}. La facture \
d'électricité représente [[près de 30 %|30|percent|other|-|a]] des coûts de production. \
L'entreprise a rappelé [[85|85|persons|jobs|-]] salariés en chômage partiel et emploie au \
total [[1 240|1240|persons|employees|-]] personnes. La tonne d'acier recyclé se négocie \
autour de [[650 euros|650|EUR|other|-|a]].
""",
    },
    {
        "id": "own20",
        "published": "2025-01-30",
        "entity": "marché du travail",
        "geo": "Doubs",
        "title": "Chômage : le Doubs résiste",
        "text": """
Le nombre de demandeurs d'emploi sans activité s'établissait à [[12 480|12480|persons|other|\
2024]] dans le Doubs au quatrième trimestre <<2024>>, en baisse de [[3,4 %|-3.4|percent|\
growth_rate|2024]] sur un an. Le taux de chômage départemental atteint \
[[6,1 %|6.1|percent|other|2024]], contre [[7,3 %|7.3|percent|other|2024]] au niveau national. \
Les moins de <<25>> ans représentent [[14 %|14|percent|other|2024]] des inscrits. L'emploi \
salarié privé a progressé de [[0,8 %|0.8|percent|growth_rate|2024]], soit \
[[1 300|1300|persons|jobs|2024]] postes supplémentaires, principalement dans l'industrie et \
l'intérim. La plateforme départementale recense en outre [[2 700|2700|persons|jobs|-]] offres \
d'emploi non pourvues.
""",
    },
    {
        "id": "own21",
        "published": "2024-12-03",
        "entity": "Ressorts Mayet",
        "geo": "Brévilliers-le-Haut",
        "title": "Ressorts Mayet trouve un repreneur",
        "text": """
Le tribunal de commerce a validé lundi la reprise des Ressorts Mayet par le groupe alsacien \
Kessmann. Le repreneur conserve [[85|85|persons|jobs|-]] des [[112|112|persons|employees|-]] \
salariés et débourse [[2,3 millions d'euros|2300000|EUR|other|-|alt=investment]] pour les \
actifs. Il s'engage à investir [[4 millions|4000000|EUR|investment|-]] sur <<trois>> ans dans \
l'outil de production. Placée en redressement en <<juin>>, l'entreprise affichait un passif \
de [[7,8 millions d'euros|7800000|EUR|other|-]]. [[Deux|2|other|other|-]] autres offres avaient \
été déposées. L'an dernier, les Ressorts Mayet avaient réalisé [[14 millions d'euros|14000000|\
EUR|revenue|2023]] de chiffre d'affaires, en baisse d'[[un quart|-25|percent|growth_rate|\
2023|a]] par rapport à l'année précédente. Kessmann, qui emploie déjà [[plus de 600|600|\
persons|employees|-|a]] personnes, dispose de [[cinq|5|sites|other|-]] usines en France.
""",
    },
    {
        "id": "own22",
        "published": "2024-09-23",
        "entity": "Salon Temps & Métiers",
        "geo": "Besanceau",
        "title": "Temps & Métiers bat son record",
        "text": """
La <<9>>e édition du salon Temps & Métiers a refermé ses portes dimanche soir sur un record : \
[[14 500|14500|persons|participants|-]] entrées en <<trois>> jours, contre [[11 200|11200|persons|\
participants|2023]] l'an dernier. [[Cent vingt|120|companies|participants|-|alt=companies]] \
exposants, dont [[une quarantaine|40|companies|participants|-|a,alt=companies]] venus de \
Suisse, occupaient {{6 000 m²}} de halls. Le billet d'entrée coûtait [[12 euros|12|EUR|other|\
-]], [[8 euros|8|EUR|other|-]] en tarif réduit. La billetterie a rapporté \
[[environ 150 000 euros|150000|EUR|revenue|-|a]] aux organisateurs, pour un budget total de \
[[620 000 euros|620000|EUR|other|-]]. Les ateliers d'initiation ont accueilli \
[[1 300|1300|persons|participants|-]] enfants. Selon la chambre de métiers, les retombées \
pour l'hôtellerie locale dépasseraient [[2 millions d'euros|2000000|EUR|other|-|a,\
alt=investment]].
""",
    },
    {
        "id": "own23",
        "published": "2024-02-27",
        "entity": "pôle lunetier",
        "geo": "Jura",
        "title": "Le pôle lunetier mise sur le recyclage",
        "text": """
Le pôle lunetier jurassien rassemble [[45|45|companies|companies|-]] entreprises et \
[[1 700|1700|persons|employees|-]] emplois. Ensemble, elles fabriquent [[près de 40 %|40|\
percent|market_share|-|a]] des montures produites en France. La filière \
veut désormais réduire ses déchets. Son projet de recyclage \
des chutes d'acétate mobilise [[3,2 millions d'euros|3200000|EUR|investment|-]] sur <<quatre>> ans, \
dont [[1 million|1000000|EUR|other|-|alt=investment]] de subventions européennes. \
[[Onze|11|companies|companies|-|alt=participants/members]] entreprises y participent. Les \
exportations représentent [[55 %|55|percent|exports|-]] des ventes du pôle, qui a réalisé \
[[230 millions d'euros|230000000|EUR|revenue|2023]] de chiffre d'affaires en 2023. Les \
ouvriers qualifiés constituent [[la moitié|50|percent|other|-|a]] des effectifs.
""",
    },
    {
        "id": "own24",
        "published": "2024-06-11",
        "entity": "Union des horlogers indépendants",
        "geo": "France",
        "title": "Les horlogers indépendants s'organisent",
        "text": """
L'Union des horlogers indépendants a tenu son assemblée générale à Paris. Le syndicat compte \
[[230|230|companies|members|-]] entreprises adhérentes, contre [[190|190|companies|members|\
2023]] l'an dernier, soit une hausse de [[21 %|21|percent|growth_rate|-]]. Ses membres \
exploitent au total [[310|310|stores|stores|-]] magasins et emploient [[1 450|1450|persons|\
employees|-]] personnes. La cotisation annuelle est fixée à [[450 euros|450|EUR|other|-]]. \
« {{Près d'un adhérent sur deux}} réalise moins de \
{{500 000 euros}} de chiffre d'affaires », rappelle la présidente, élue pour <<trois>> ans. \
Le syndicat revendique [[12 %|12|percent|market_share|-]] des ventes de montres en France. Il \
réclame une baisse de la TVA à [[5,5 %|5.5|percent|other|-]] sur les réparations.
""",
    },
    {
        "id": "own25",
        "published": "2024-03-28",
        "entity": "communauté de communes du Plateau",
        "geo": "Plateau",
        "title": "Un budget tourné vers l'économie",
        "text": """
Le conseil communautaire du Plateau a adopté mardi un budget de [[48 millions d'euros|48000000|\
EUR|other|2024]] pour <<2024>>. La collectivité consacrera [[2,5 millions|2500000|EUR|investment|\
2024]] à l'extension de la zone artisanale et [[800 000 euros|800000|EUR|investment|2024]] à la \
pépinière d'entreprises. Le futur pôle de formation aux métiers de précision, dont le coût est \
estimé à [[7 millions d'euros|7000000|EUR|investment|-|a]], sera financé à \
[[60 %|60|percent|other|-]] par la Région. Les élus ont voté une subvention de \
[[150 000 euros|150000|EUR|other|2024|alt=investment]] à l'office de tourisme. Les taux \
d'imposition restent inchangés. La communauté, qui regroupe {{32}} communes et \
{{41 000 habitants}}, accueille [[environ 1 800|1800|companies|companies|-|a]] \
établissements, dont [[240|240|companies|companies|-]] dans l'industrie.
""",
    },
    {
        "id": "own26",
        "published": "2024-08-06",
        "entity": "Maison Fériaud",
        "geo": "Cluses-les-Bains",
        "title": "Fériaud double la mise",
        "text": """
La Maison Fériaud, spécialiste des bracelets de montre en cuir, va construire un deuxième \
atelier à Cluses-les-Bains. [[Quinze millions d'euros|15000000|EUR|investment|2027]] seront \
investis et [[deux cents|200|persons|jobs|2027]] emplois créés d'ici <<2027>>. L'entreprise \
emploie aujourd'hui [[cent quarante|140|persons|employees|-]] personnes sur \
[[trois|3|sites|other|-]] sites. « Nous fabriquons [[près d'un million|1000000|units|\
production|-|a]] de bracelets par an, pour [[une cinquantaine|50|companies|other|-|a]] de \
marques », explique le fondateur, <<58>> ans. [[Une bonne centaine|100|persons|jobs|2025|a]] de \
postes seront ouverts dès l'an prochain. La tannerie partenaire livre [[quatre-vingts|80|\
other|production|-]] tonnes de peaux chaque année. Le carnet de commandes couvre \
<<dix-huit>> mois d'activité.
""",
    },
    {
        "id": "own27",
        "published": "2024-01-16",
        "entity": "centre commercial Les Arcades",
        "geo": "Dolemont",
        "title": "Les Arcades ont fait le plein en décembre",
        "text": """
Le centre commercial Les Arcades, à Dolemont, a accueilli [[1,2 million|1200000|persons|other|\
2023|alt=participants]] de visiteurs en 2023, une fréquentation en hausse de [[9 %|9|percent|\
growth_rate|2023]]. En décembre, le panier moyen a atteint [[85 euros|85|EUR|other|2023]]. \
Les [[soixante-deux|62|stores|stores|-]] boutiques de la galerie ont réalisé un chiffre \
d'affaires cumulé de [[118 millions d'euros|118000000|EUR|revenue|2023]]. L'hypermarché \
génère à lui seul [[55 %|55|percent|other|2023|alt=market_share]] des ventes du site. « Nous \
visons [[1,3 million|1300000|persons|other|2024|alt=participants]] de visiteurs cette année », \
indique le directeur. Le propriétaire, une foncière belge, prévoit de rénover le mail pour \
[[6 millions d'euros|6000000|EUR|investment|-]]. Le parking compte {{1 400}} places.
""",
    },
    {
        "id": "own28",
        "published": "2024-05-15",
        "entity": "Précitec Saône",
        "geo": None,
        "title": "Précitec Saône sous pression",
        "text": """
Le fabricant de composants Précitec Saône a essuyé une perte nette de [[3,2 millions d'euros|\
3200000|EUR|other|2023]] en 2023, après un bénéfice de [[0,6 million|600000|EUR|other|2022]] \
l'année précédente. Son chiffre d'affaires s'est contracté de [[11 %|-11|percent|growth_rate|\
2023]], à [[27 millions|27000000|EUR|revenue|2023]]. La trésorerie ne s'élevait plus qu'à \
[[1,1 million d'euros|1100000|EUR|other|2023-12-31]] au <<31>> décembre. Les actionnaires vont \
apporter [[5 millions|5000000|EUR|other|-|alt=investment]] de fonds propres, portant le \
capital à [[9,5 millions d'euros|9500000|EUR|other|-]]. La marge brute est tombée à \
[[22 %|22|percent|other|2023]]. Le groupe, qui emploie [[310|310|persons|employees|-]] \
salariés, n'exclut pas de fermer l'un de ses [[quatre|4|sites|other|-]] \
sites.
""",
    },
    {
        "id": "own29",
        "published": "2025-06-18",
        "entity": "Atelier Corvel",
        "geo": "Morvillars-sur-Doubs",
        "title": "Corvel tire profit du retour du mécanique",
        "text": """
L'Atelier Corvel, spécialiste de la restauration de montres anciennes, a restauré \
[[4 200|4200|units|production|2024]] pièces l'an dernier, soit [[30 %|30|percent|growth_rate|\
2024]] de plus que l'année précédente. Il y a <<deux>> ans, l'atelier n'en traitait que \
[[2 600|2600|units|production|2023]]. Son chiffre d'affaires a atteint \
[[3,1 millions d'euros|3100000|EUR|revenue|2024]] en 2024, contre [[1,9 million|1900000|EUR|\
revenue|2019]] en 2019. L'entreprise prévoit [[3,6 millions|3600000|EUR|revenue|2026]] l'an \
prochain et espère franchir le cap des [[cinq millions|5000000|EUR|revenue|2030]] d'ici 2030. \
Elle emploie [[vingt-huit|28|persons|employees|-]] horlogers et en recrutera \
[[six|6|persons|jobs|-]] cet été. Une révision complète est facturée \
[[à partir de 390 euros|390|EUR|other|-|a]].
""",
    },
    {
        "id": "own30",
        "published": "2025-04-09",
        "entity": "Groupe Altimer",
        "geo": None,
        "title": "Altimer : les chiffres clés de l'exercice",
        "text": """
Le groupe Altimer, spécialisé dans les instruments de mesure, a présenté ses résultats annuels. \
Les chiffres clés au <<31>> décembre <<2024>> :
– chiffre d'affaires : [[58 M€|58000000|EUR|revenue|2024]] ([[+11 %|11|percent|growth_rate|\
2024]]) ;
– effectif : [[340|340|persons|employees|2024-12-31]] salariés ;
– part de l'export : [[65 %|65|percent|exports|2024]] ;
– investissements : [[4,2 M€|4200000|EUR|investment|2024]] ;
– carnet de commandes : [[31 M€|31000000|EUR|other|2024-12-31]].
Pour <<2025>>, le directeur financier anticipe une croissance comprise [[entre 6 et 8 %|6|\
percent|growth_rate|2025|max=8]] et l'embauche de [[vingt-cinq|25|persons|jobs|2025]] \
techniciens. Le groupe, coté depuis <<2011>>, compte [[sept|7|sites|other|-]] sites de \
production et [[neuf|9|companies|companies|-|alt=other]] filiales à l'étranger.
""",
    },
]
