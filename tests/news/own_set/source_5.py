"""Marked-up texts of the fifth own generalisation set (own121-own150): fictional companies,
people and small places, our own words, written and labelled by the rules of LABELS.md by two
helpers who read neither the extractor, the dev texts nor the earlier own sets (regional daily
briefs; national business and trade press). See build_set.py for the mark-up. These figures are
test data, never shipped data.

Undated articles (published None) carry "published_year_inferred", worked out from the text
(each article's comment says how): own124 2024, own128 2023, own133 2024, own139 2024, own143
2024, own147 2023.
"""

ARTICLES = [
    {
        "id": "own121",
        "published": "2024-02-08",
        "entity": "Vuillemin Décolletage",
        "geo": "Fresnois-le-Val",
        "title": "Haute-Saône : le décolletage recrute à tour de bras",
        "text": """
[[Quarante|40|persons|jobs|-]] embauches en vue chez Vuillemin Décolletage
FRESNOIS-LE-VAL. Opérateurs sur tours à commande numérique, régleurs, [[deux|2|persons|jobs|-]] techniciens qualité : l’entreprise de décolletage installée dans la zone des Épinottes depuis <<1974>> ouvre les vannes du recrutement. Les postes sont à pourvoir d’ici l’été.
La PME, qui emploie aujourd’hui [[185|185|persons|employees|-]] personnes, sort d’une année record. Son chiffre d’affaires a atteint [[31,4 M€|31400000|EUR|revenue|2023]] en <<2023>>, contre [[26,9|26900000|EUR|revenue|2022]] l’année précédente, porté par le médical et la connectique. Les commandes ont bondi de [[22 %|22|percent|growth_rate|2023]] sur la même période.
« Le problème, ce n’est pas le travail, c’est la main-d’œuvre », résume Thierry Vuillemin, <<58>> ans, qui a repris l’affaire familiale en <<2009>>. [[Près de 30 %|30|percent|other|2030|a]] des effectifs partiront à la retraite d’ici <<2030>>. L’entreprise forme donc en interne : [[une douzaine|12|persons|employees|-|a,alt=other]] d’apprentis y préparent actuellement un CAP ou un bac pro.
Pour loger ses nouvelles machines, la société va aussi consacrer [[2,5 millions d’euros|2500000|EUR|investment|-]] à une extension de {{3 000 m²}}. Candidatures au <<03 84 27 51 60>>.
""",
    },
    {
        "id": "own122",
        "published": "2023-06-15",
        "entity": "Chambre syndicale des bijoutiers-horlogers du Doubs",
        "geo": "Doubs",
        "title": "Les bijoutiers-horlogers du Doubs font le dos rond",
        "text": """
CHAUX-DES-PRÉS. L’assemblée générale de la chambre syndicale des bijoutiers-horlogers du Doubs a réuni [[une soixantaine|60|persons|participants|-|a]] de professionnels, mardi soir, à la salle des fêtes. Le constat est connu : le métier se resserre. La chambre compte [[112|112|companies|members|-]] adhérents, contre [[131|131|companies|members|2018]] il y a <<cinq ans>>.
En <<2022>>, [[19|19|stores|stores|2022]] magasins ont baissé le rideau dans le département, soit [[8 %|8|percent|other|2022]] du parc, pour [[sept|7|stores|stores|2022]] ouvertures seulement. Les ventes de montres ont pourtant progressé de [[4,5 %|4.5|percent|growth_rate|2022]], quand la bijouterie en or reculait de [[2 %|-2|percent|growth_rate|2022]]. « Avec l’once [[autour de 1 800 euros|1800|EUR|other|-|a]], nos clients achètent moins lourd », constate le président, Gérard Moutot, reconduit pour <<trois ans>>.
Rendez-vous est pris pour le salon Montres & Merveilles, les <<14 et 15 octobre>>. Les organisateurs tablent sur [[3 000 à 3 500|3000|persons|participants|-|max=3500]] visiteurs et [[45|45|companies|participants|-|alt=companies]] exposants, dont [[une dizaine|10|companies|participants|-|a,alt=companies]] venus de Suisse. Le stand coûte [[450 €|450|EUR|other|-]] aux adhérents, le double aux autres.
""",
    },
    {
        "id": "own123",
        "published": "2024-09-27",
        "entity": "Horlogerie Vuithier SA",
        "geo": "Neuchâtel",
        "title": "Coup de frein chez Vuithier : des postes supprimés",
        "text": """
LES COMBETTES (NE) – La nouvelle est tombée jeudi en fin de journée. Horlogerie Vuithier SA supprime [[45|45|persons|jobs|-]] postes sur les [[320|320|persons|employees|-]] que compte son site de production. La direction invoque l’effondrement de la demande chinoise et un franc fort qui « rogne les marges ».
L’entreprise, fondée en <<1921>>, avait pourtant bouclé l’exercice <<2023>> sur un chiffre d’affaires de [[87 millions de francs|87000000|other|revenue|2023|cur=CHF]], en hausse de [[5 %|5|percent|growth_rate|2023]]. Mais le retournement a été brutal : [[12'000|12000|units|production|2024]] montres seulement sont sorties des ateliers au premier semestre, contre [[17'500|17500|units|production|2023]] un an plus tôt. Depuis <<juillet>>, [[une centaine|100|persons|other|-|a,alt=jobs]] de collaborateurs sont en réduction de l’horaire de travail (RHT).
Le cas n’est pas isolé. Selon les statistiques de la branche, les exportations horlogères suisses ont reculé de [[6,8 %|-6.8|percent|growth_rate|2024]] sur les <<huit premiers mois>> de l’année. Dans le canton, l’horlogerie fait vivre [[près de 15'000|15000|persons|employees|-|a]] personnes, soit [[17 %|17|percent|market_share|-]] des emplois. Chez Vuithier, les frontaliers représentent [[40 %|40|percent|other|-]] de l’effectif. Le syndicat réclame des indemnités d’au moins {{six mois}} de salaire.
""",
    },
    {
        # Undated. Inferred 2024: the shop opened in 2021 and "fête ses trois ans" now.
        "id": "own124",
        "published": None,
        "published_year_inferred": 2024,
        "entity": "L’Heure Bleue",
        "geo": "Lavans-la-Côte",
        "title": "L’Heure Bleue souffle ses bougies",
        "text": """
Ouverte en <<2021>> rue du Pont, la boutique L’Heure Bleue fête ses <<trois ans>> ce samedi. <<Trois ans>> et un pari gagné pour Élodie Grandclément, ancienne acheteuse d’un grand magasin lyonnais, revenue dans son Jura natal. « Tout le monde me disait qu’une horlogerie-bijouterie n’avait plus sa place dans un bourg de {{2 000}} habitants », sourit-elle.
Les chiffres lui donnent raison. Le chiffre d’affaires a dépassé les [[600 000 euros|600000|EUR|revenue|2023|a]] l’an dernier, dont [[30 %|30|percent|other|2023]] réalisés sur le site internet. Les montres, vendues entre [[89 et 450 euros|89|EUR|other|-|max=450]] pour la plupart, assurent l’essentiel du passage en magasin.
Fort de ce succès, le commerce s’agrandit : [[120 000 €|120000|EUR|investment|-]] ont été investis dans un atelier de réparation attenant, et [[deux|2|persons|jobs|-]] vendeuses ont été embauchées au printemps, ce qui porte l’équipe à [[cinq|5|persons|employees|-]] salariés. L’enseigne compte désormais [[quatre|4|stores|stores|-]] points de vente dans le Jura (<<39>>), après [[trois|3|stores|stores|-]] ouvertures en <<dix-huit mois>>. Prochaine étape ? « Un comptoir en Suisse, peut-être. Mais pas avant d’avoir remboursé la banque. »
""",
    },
    {
        "id": "own125",
        "published": "2022-11-03",
        "entity": "commune de Rougeval-les-Forges",
        "geo": "Rougeval-les-Forges",
        "title": "Rougeval mise sur sa zone artisanale",
        "text": """
ROUGEVAL-LES-FORGES. Le conseil municipal a adopté, lundi soir, le budget primitif <<2023>>. Il s’élève à [[14,2 millions d’euros|14200000|EUR|other|2023]], dont [[3,8 millions|3800000|EUR|investment|2023]] en section d’investissement. Priorité affichée : l’économie.
La commune va consacrer [[650 000 euros|650000|EUR|investment|2023]] à l’extension de la zone artisanale des Tilleuls, saturée depuis <<2019>>. [[Cinq|5|companies|companies|-]] entreprises attendent un terrain, dont un sous-traitant horloger qui prévoit [[une quinzaine|15|persons|jobs|-|a]] d’embauches. Une subvention de [[80 000 €|80000|EUR|other|2023|alt=investment]] ira par ailleurs à la pépinière d’entreprises, qui héberge [[onze|11|companies|companies|-]] jeunes pousses.
Les sociétés de la zone emploient [[environ 900|900|persons|employees|-|a]] personnes, soit [[plus de la moitié|50|percent|market_share|-|a]] des emplois de cette commune de {{4 300}} habitants. « Sans elles, pas de commerces, pas d’école », a martelé le maire, Jean-Luc Perrot.
Côté fiscalité, le taux de la taxe foncière reste fixé à [[21,5 %|21.5|percent|other|2023]]. L’endettement ? [[612 euros|612|EUR|other|-]] par habitant, contre [[740|740|EUR|other|2018]] en <<2018>>. L’opposition a voté contre, jugeant l’enveloppe consacrée à l’économie « trop timide ».
""",
    },
    {
        "id": "own126",
        "published": "2025-01-21",
        "entity": "salon Horlogerie & Joaillerie",
        "geo": "Besançon",
        "title": "Le salon de l’horlogerie voit plus grand",
        "text": """
BESANÇON. Les chiffres : [[8 200|8200|persons|participants|2024]] visiteurs en <<2024>>, contre [[7 100|7100|persons|participants|2023]] un an plus tôt. Fort de cette progression ([[+15 %|15|percent|growth_rate|2024]]), le salon Horlogerie & Joaillerie, dont ce sera la <<12e>> édition, investira le parc des expositions du <<7 au 9 mars>>.
Les organisateurs ont déjà vendu [[120|120|companies|participants|-|alt=companies]] stands, dont [[35|35|companies|participants|-|alt=companies]] à des exposants suisses, un record. Le jeudi sera réservé aux scolaires : [[près de 3.000|3000|persons|participants|-|a]] élèves sont attendus dans les ateliers d’initiation au sertissage, limités à {{12}} personnes par session.
Sur les trois jours, les exposants avaient réalisé l’an dernier [[environ 1,5 million d’euros|1500000|EUR|revenue|2024|a]] de ventes, selon une estimation de la chambre de commerce. [[Un tiers|33.3|percent|other|2024|a]] des visiteurs arrivaient de Suisse.
L’entrée reste à [[8 euros|8|EUR|other|-]], gratuite pour les moins de <<18 ans>>. Le budget de l’événement atteint [[420 000 euros|420000|EUR|other|-|alt=investment]], dont [[90 000|90000|EUR|other|-|alt=investment]] apportés par la Ville.
""",
    },
    {
        "id": "own127",
        "published": "2023-03-09",
        "entity": "Coutellerie de la Lanterne",
        "geo": "Saint-Loup-en-Lanterne",
        "title": "Saint-Loup-en-Lanterne : la coutellerie taille dans ses effectifs",
        "text": """
[[Soixante-deux|62|persons|jobs|-]] postes vont disparaître à la Coutellerie de la Lanterne. La direction a présenté mardi un plan de sauvegarde de l’emploi aux représentants du personnel. L’usine, passée sous pavillon italien en <<2016>>, emploie [[248|248|persons|employees|-]] salariés.
En <<2022>>, le chiffre d’affaires a chuté de [[19 %|-19|percent|growth_rate|2022]], à [[17,3 millions d’euros|17300000|EUR|revenue|2022]]. La perte nette atteint [[2,1 M€|2100000|EUR|other|2022]]. En cause : la flambée des prix de l’énergie, la facture de gaz ayant triplé, et la concurrence asiatique sur l’entrée de gamme, qui représente [[45 %|45|percent|other|2022]] des volumes.
« On nous annonce [[un tiers|33.3|percent|other|-|a]] de l’atelier de polissage en moins. C’est le cœur du métier qu’on arrache », dénonce Karine Jobard, déléguée syndicale. [[Une vingtaine|20|persons|jobs|-|a]] de reclassements internes seront proposés ; les salariés de plus de <<57>> ans pourront bénéficier d’un dispositif de préretraite.
La coutellerie, qui produisait encore [[1,2 million|1200000|units|production|2019]] de couteaux en <<2019>>, n’en a fabriqué que [[850 000|850000|units|production|2022]] l’an dernier. Les négociations doivent durer <<quatre mois>>.
""",
    },
    {
        # Undated. Inferred 2023: the 2022 edition of the fair was "une première participation"
        # and the next one is "en novembre prochain".
        "id": "own128",
        "published": None,
        "published_year_inferred": 2023,
        "entity": "Atelier Marguet",
        "geo": "Vernois-le-Haut",
        "title": "Dans son atelier, Denis Marguet grave encore à la main",
        "text": """
Des salariés ? Il en reste [[trois|3|persons|employees|-]], dont son fils. Il y a <<vingt ans>>, l’atelier de gravure et de bijouterie de Vernois-le-Haut comptait [[neuf|9|persons|employees|2003]] ouvriers. Denis Marguet, <<61>> ans, ne s’en cache pas : la profession a fondu. « On était [[une quarantaine|40|companies|companies|2003|a]] d’ateliers comme le nôtre dans le Haut-Doubs. On doit être [[six ou sept|6|companies|companies|-|max=7]] aujourd’hui. »
L’atelier vit surtout de la sous-traitance. Une chaîne de bijouteries de l’Est lui achète [[70 %|70|percent|other|-]] de sa production, soit [[40 à 60|40|units|production|-|max=60]] bagues gravées par mois. Le chiffre d’affaires reste modeste : [[180 000 euros|180000|EUR|revenue|2022]] l’an dernier, contre [[210 000|210000|EUR|revenue|2021]] l’année d’avant. Avec le gramme d’or [[autour de 55 euros|55|EUR|other|-|a]], les clients réclament des bijoux plus fins, donc moins chers.
Pour assurer la relève, le graveur exposera de nouveau au Salon des métiers d’art de Besançon en novembre prochain. « L’édition <<2022>>, notre première participation, nous avait rapporté [[une dizaine|10|other|other|2022|a]] de commandes. Cette fois, c’est un apprenti que je viens chercher. »
""",
    },
    {
        "id": "own129",
        "published": "2024-06-04",
        "entity": "travailleurs frontaliers",
        "geo": "Doubs",
        "title": "Frontaliers : une nouvelle barre en vue dans le Doubs",
        "text": """
Ils étaient [[39 600|39600|persons|employees|2023-12-31]] au <<31 décembre 2023>>, soit [[4,2 %|4.2|percent|growth_rate|2023]] de plus qu’un an plus tôt. Selon l’observatoire statistique transfrontalier, qui publie ce mardi sa note annuelle, le nombre d’habitants du Doubs travaillant en Suisse devrait franchir la barre des [[40 000|40000|persons|employees|-|a]] avant l’été.
L’horlogerie reste le premier employeur : [[25 %|25|percent|other|-]] d’entre eux y travaillent, devant la santé ([[11 %|11|percent|other|-]]) et le commerce. Le canton de Neuchâtel en accueille à lui seul [[12 800|12800|persons|employees|-]], dont [[8 900|8900|persons|employees|-]] dans l’industrie.
Le salaire médian d’un frontalier atteint [[6 200 francs|6200|other|other|-|cur=CHF]] brut par mois, près du double de celui pratiqué de ce côté-ci de la frontière. De quoi vider les ateliers français : dans la zone d’emploi du Haut-Doubs, le taux de chômage plafonne à [[4,1 %|4.1|percent|other|-]], contre [[7,3 %|7.3|percent|other|-]] au niveau national. Les entreprises locales déclarent [[plus de 1 500|1500|persons|jobs|-|a]] offres non pourvues.
""",
    },
    {
        "id": "own130",
        "published": "2022-04-12",
        "entity": "Lunettes Cattin",
        "geo": "La Chaux-Mourel",
        "title": "Lunettes Cattin met des millions sur la table",
        "text": """
LA CHAUX-MOUREL. Le lunetier jurassien passe à la vitesse supérieure. Lunettes Cattin a présenté vendredi son projet de nouvelle usine, à la sortie du village : un bâtiment de {{6 500 m²}}, dont la première pierre sera posée en <<septembre>>. L’entreprise met sur la table [[4,5 millions d’euros|4500000|EUR|investment|-]], dont [[1,2 million|1200000|EUR|investment|-]] pour les machines de découpe laser. La Région apporte une aide de [[400 000 euros|400000|EUR|other|-|alt=investment]].
À l’horizon <<2025>>, [[trente|30|persons|jobs|2025]] postes doivent être créés, portant l’effectif à [[environ 140|140|persons|employees|2025|a]] salariés. « Nous refusons des commandes faute de place », explique le gérant, Olivier Cattin, <<quatrième>> génération à la tête de la maison créée en <<1898>>.
L’an dernier, [[250 000|250000|units|production|2021]] montures sont sorties des ateliers ([[+12 %|12|percent|growth_rate|2021]]). L’export pèse [[55 %|55|percent|exports|2021]] des ventes, l’Allemagne et le Japon en tête. En France, la marque revendique [[3 %|3|percent|market_share|-]] des montures vendues chez les opticiens indépendants. Le chiffre d’affaires : [[16,8 M€|16800000|EUR|revenue|2021]], un niveau jamais atteint.
""",
    },
    {
        "id": "own131",
        "published": "2023-10-18",
        "entity": "Groupement des industries microtechniques du Haut-Doubs",
        "geo": "Haut-Doubs",
        "title": "Microtechniques : le Haut-Doubs cherche des bras",
        "text": """
[[Quelque 150|150|persons|participants|-|a]] chefs d’entreprise ont assisté, jeudi, à l’assemblée générale du Groupement des industries microtechniques du Haut-Doubs (GIMHD), organisée dans les locaux d’un fabricant de ressorts. Le groupement fédère [[147|147|companies|members|-]] entreprises adhérentes, qui emploient au total [[8 600|8600|persons|employees|-]] salariés.
Premier sujet de préoccupation : la main-d’œuvre. Selon l’enquête présentée par la présidente, Nathalie Courvoisier, les adhérents prévoient [[entre 1 200 et 1 500|1200|persons|jobs|2028|max=1500]] recrutements d’ici <<2028>>, départs à la retraite compris. [[Deux tiers|66.7|percent|other|-|a]] d’entre eux disent peiner à recruter.
Deuxième sujet : l’activité. Après une année <<2022>> record, les carnets de commandes ont reculé de [[3 %|-3|percent|growth_rate|2023]] au troisième trimestre. Les entreprises continuent pourtant d’investir, à hauteur de [[6 %|6|percent|other|2022]] de leur chiffre d’affaires en moyenne l’an dernier. Le secteur pèse [[plus de 2 milliards d’euros|2000000000|EUR|revenue|2022|a]] de chiffre d’affaires cumulé, dont [[60 %|60|percent|exports|2022]] à l’exportation.
Le groupement ouvrira en janvier une école de production : [[vingt-quatre|24|persons|other|2024|alt=participants]] jeunes composeront la première promotion.
""",
    },
    {
        "id": "own132",
        "published": "2025-03-05",
        "entity": "commerce de centre-ville",
        "geo": "Saint-Rémy-sur-Ognon",
        "title": "Saint-Rémy : le centre-ville reprend des couleurs",
        "text": """
SAINT-RÉMY-SUR-OGNON. [[Cinq|5|stores|stores|2024]] ouvertures, [[neuf|9|stores|stores|2024]] fermetures : le bilan <<2024>> du commerce de centre-ville, présenté lundi par la manageuse de centre-ville, reste dans le rouge, mais l’hémorragie ralentit. En <<2023>>, la commune avait perdu [[quatorze|14|stores|stores|2023]] enseignes.
Le taux de vacance commerciale s’établit à [[12,5 %|12.5|percent|other|-]] : [[17|17|stores|stores|-]] cellules vides sur [[136|136|stores|stores|-]] locaux commerciaux. Il culminait à [[15 %|15|percent|other|2022]] en <<2022>>. Parmi les nouveaux venus, une horlogerie-bijouterie, un opticien et un comptoir de réparation de montres tenu par un ancien salarié d’une manufacture suisse.
La fréquentation, mesurée par des capteurs rue de la République, a progressé de [[6 %|6|percent|growth_rate|2024]] sur un an. Le marché du samedi attire toujours [[un millier|1000|persons|participants|-|a]] de chalands.
Pour accélérer, la municipalité reconduit son aide à l’installation : [[jusqu’à 5 k€|5000|EUR|other|-|alt=investment]] par commerce pour les travaux de vitrine, soit une enveloppe de [[60 000 euros|60000|EUR|investment|2025|alt=other]] inscrite au budget <<2025>>. [[Douze|12|other|other|-]] dossiers ont déjà été déposés.
""",
    },
    {
        # Undated. Inferred 2024: half-year results "au premier semestre 2024, clos fin juin"
        # published "mardi", so in the second half of 2024.
        "id": "own133",
        "published": None,
        "published_year_inferred": 2024,
        "entity": "Brenet Horlogerie SA",
        "geo": "Neuchâtel",
        "title": "Brenet résiste mieux que la branche",
        "text": """
Le fabricant neuchâtelois de montres mécaniques Brenet Horlogerie SA a publié mardi ses résultats semestriels. Au premier semestre <<2024>>, clos fin juin, ses ventes ont atteint [[48,6 millions de francs|48600000|other|revenue|2024|cur=CHF]] ([[+9 %|9|percent|growth_rate|2024]]), alors que les exportations horlogères suisses reculaient sur la même période.
La marque a livré [[3 200|3200|units|production|2024]] montres, dont [[1 100|1100|units|production|2024]] équipées de son calibre <<BR-07>>. L’Asie pèse [[28 %|28|percent|other|2024]] du chiffre d’affaires, contre [[35 %|35|percent|other|2023]] un an plus tôt. L’Europe prend le relais, portée par les [[neuf|9|stores|stores|-]] boutiques en nom propre, dont [[deux|2|stores|stores|-]] ouvertes ce printemps à Genève et Munich.
Le directeur financier, Marc-Antoine Jeanneret, se veut prudent pour le second semestre : « Nous visons une croissance annuelle de [[5 à 7 %|5|percent|growth_rate|2024|max=7]]. » La société, qui emploie [[210|210|persons|employees|-]] collaborateurs, maintient son plan d’investissement de [[15 millions de francs|15000000|other|investment|-|cur=CHF]] sur <<trois ans>>. Elle mise aussi sur le marché de l’occasion certifiée, estimé à [[2,3 Md€|2300000000|EUR|revenue|-|a]] en Europe.
""",
    },
    {
        "id": "own134",
        "published": "2024-11-28",
        "entity": "Vernier Précision",
        "geo": "Pouilley-la-Grange",
        "title": "Vernier Précision quitte Besançon pour s’agrandir",
        "text": """
POUILLEY-LA-GRANGE. C’est un déménagement de quelques kilomètres, mais un vrai changement d’échelle. Le spécialiste de l’usinage de précision Vernier Précision, jusqu’ici installé au <<12>>, rue des Tanneurs à Besançon, emménagera à l’automne <<2025>> dans une usine neuve de {{8 000 m²}} sur la zone des Grands-Prés. Coût de l’opération : [[11 M€|11000000|EUR|investment|-]], dont [[3 M€|3000000|EUR|investment|-]] de machines. La communauté de communes a cédé le terrain pour [[420 000 euros|420000|EUR|other|-|alt=investment]].
L’entreprise emploie [[une bonne centaine|100|persons|employees|-|a]] de salariés et prévoit [[entre 15 et 20|15|persons|jobs|2025|max=20]] recrutements en <<2025>> : usineurs, programmeurs, contrôleurs. Son chiffre d’affaires, [[19 M€|19000000|EUR|revenue|2023]] en <<2023>>, devrait franchir la barre des [[22 M€|22000000|EUR|revenue|2024|a]] cette année. Les donneurs d’ordres suisses pèsent [[80 %|80|percent|exports|2023|alt=other]] de l’activité ; le reste se partage entre le médical et l’aéronautique.
« À Besançon, on travaillait dans [[trois|3|sites|other|-]] ateliers dispersés dans le quartier », rappelle le dirigeant, Pascal Vernier. [[Trois mille|3000|units|production|2025]] pièces par jour : c’est la capacité visée dans le nouveau site.
""",
    },
    {
        "id": "own135",
        "published": "2023-01-25",
        "entity": "Cadrans Billod",
        "geo": "Villers-Chevrey",
        "title": "Les Cadrans Billod en liquidation judiciaire",
        "text": """
VILLERS-CHEVREY. Le couperet est tombé mardi. Le tribunal de commerce de Besançon a prononcé la liquidation judiciaire des Cadrans Billod, avec poursuite d’activité jusqu’au <<28 février>>. Le fabricant de cadrans, fondé en <<1962>>, employait encore [[34|34|persons|employees|-]] personnes.
L’entreprise n’avait jamais retrouvé son niveau d’avant-crise. Son chiffre d’affaires était passé de [[4,6|4600000|EUR|revenue|2021]] à [[3,9 millions d’euros|3900000|EUR|revenue|2022]] entre <<2021>> et <<2022>>, pour un passif évalué à [[1,8 million d’euros|1800000|EUR|other|-|a]].
[[Deux|2|other|other|-]] offres de reprise ont été déposées. La plus solide, portée par un groupe horloger suisse, conserverait [[vingt-deux|22|persons|jobs|-]] emplois et reprendrait le stock pour [[350 000 francs|350000|other|other|-|cur=CHF,alt=investment]]. « [[Douze|12|persons|jobs|-]] de nos collègues vont rester sur le carreau », regrette un régleur, entré chez Billod il y a <<trente ans>>.
Avec cette fermeture, le Doubs ne compte plus que [[trois|3|companies|companies|-]] cadraniers, contre [[onze|11|companies|companies|2005]] en <<2005>>.
""",
    },
    {
        "id": "own136",
        "published": "2024-02-08",
        "entity": "marché français de l'horlogerie",
        "geo": "France",
        "title": "Horlogerie : le marché français a tenu bon en 2023",
        "text": """
Le marché français de la montre a mieux résisté que prévu. D'après la note de conjoncture publiée par l'organisme interprofessionnel de la filière, les ventes au détail ont atteint [[1,52 milliard d'euros|1520000000|EUR|revenue|2023]] en 2023, en progression de [[3,4 %|3.4|percent|growth_rate|2023]] sur un an, soit [[11 %|11|percent|growth_rate|2023]] de plus qu'en <<2019>>. En volume, le tableau est moins flatteur : [[5,8 millions|5800000|units|production|2023|alt=other]] de pièces ont été écoulées, contre [[6,1 millions|6100000|units|production|2022|alt=other]] l'année précédente.

La mécanique tire l'ensemble. Elle pèse désormais [[38 %|38|percent|market_share|2023]] du marché en valeur, contre [[29 %|29|percent|market_share|2019]] quatre ans plus tôt, pour un prix moyen de [[1 240 euros|1240|EUR|other|2023]]. À l'inverse, le quartz d'entrée de gamme recule de [[9 %|-9|percent|growth_rate|2023]].

Côté distribution, l'Hexagone comptait au 31 décembre [[4 870|4870|stores|stores|2023]] points de vente spécialisés, après [[210|210|stores|stores|2023]] fermetures nettes sur l'exercice. Les chaînes de bijouterie-horlogerie réalisent [[44 %|44|percent|market_share|2023]] des ventes, les indépendants [[31 %|31|percent|market_share|2023]] ; le solde revient aux grands magasins et à la vente en ligne, dont la part a doublé depuis la crise sanitaire pour atteindre [[14 %|14|percent|market_share|2023]].

Pour 2024, les professionnels anticipent une hausse limitée, [[entre 1 et 2 %|1|percent|growth_rate|2024|max=2]]. Ils restent néanmoins [[62 %|62|percent|other|-]] à se déclarer confiants pour leur propre activité, selon le sondage joint à la note.
""",
    },
    {
        "id": "own137",
        "published": "2023-06-21",
        "entity": "horlogerie française",
        "geo": "France",
        "title": "Commerce extérieur : l'horlogerie tricolore creuse son déficit",
        "text": """
Les douanes ont livré leurs chiffres définitifs pour 2022, et ils confirment une tendance ancienne. Les exportations françaises de montres et de mouvements ont atteint [[412 M€|412000000|EUR|exports|2022]] ([[+8,7 %|8.7|percent|growth_rate|2022]]), quand les importations bondissaient à [[2,34 Md€|2340000000|EUR|imports|2022]], en hausse de [[14 %|14|percent|growth_rate|2022]]. Le déficit commercial se creuse ainsi à [[1,93 Md€|1930000000|EUR|other|2022]], contre [[1,62 Md€|1620000000|EUR|other|2021]] un an plus tôt.

Sans surprise, la Suisse reste le premier fournisseur : elle assure à elle seule [[71 %|71|percent|market_share|2022|alt=imports]] des montres importées, loin devant la Chine ([[9 %|9|percent|market_share|2022|alt=imports]]). Elle est aussi le premier débouché, avec [[138 millions d'euros|138000000|EUR|exports|2022]] de composants et de boîtiers livrés aux marques helvétiques, un flux qui a presque doublé depuis <<2015>>. Suivent Hong Kong, à [[47 millions|47000000|EUR|exports|2022]], et les États-Unis, à [[39 millions|39000000|EUR|exports|2022]].

En volume, [[2,9 millions|2900000|units|exports|2022]] de pièces ont quitté le territoire, un chiffre stable. Le prix moyen à l'exportation a en revanche grimpé à [[142 euros|142|EUR|other|2022]], contre [[118 euros|118|EUR|other|2019]] trois ans plus tôt.

Pour la bijouterie-joaillerie, le constat est inverse : le secteur dégage un excédent de [[1,1 milliard|1100000000|EUR|other|2022]], porté par les grandes maisons parisiennes, qui vendent hors de France [[plus des trois quarts|75|percent|exports|2022|a]] de leur production.
""",
    },
    {
        "id": "own138",
        "published": "2024-09-18",
        "entity": "Groupe Arvelle",
        "geo": "France",
        "title": "Arvelle : un premier semestre en demi-teinte",
        "text": """
Le bijoutier Arvelle a publié mardi ses comptes semestriels. Au premier semestre 2024, son chiffre d'affaires ressort à [[187,4 millions d'euros|187400000|EUR|revenue|2024]], en repli de [[2,3 %|-2.3|percent|growth_rate|2024]] à périmètre constant. Les montres, qui représentent [[27 %|27|percent|other|2024]] de l'activité, ont mieux résisté ([[+1,8 %|1.8|percent|growth_rate|2024]]) que la bijouterie en or, pénalisée par la flambée du métal jaune : l'once a dépassé les [[2 400 dollars|2400|other|other|2024|cur=USD]] en mai.

La marge opérationnelle courante tombe à [[6,1 %|6.1|percent|other|2024]], contre [[7,9 %|7.9|percent|other|2023]] un an plus tôt, et l'exercice se solde par une perte nette de [[3,2 M€|3200000|EUR|other|2024]].

Au 30 juin, le réseau comptait [[412|412|stores|stores|2024]] magasins, dont [[58|58|stores|stores|2024]] franchisés. [[Neuf|9|stores|stores|2024]] succursales jugées non rentables ont été fermées depuis janvier, et [[quatre|4|stores|stores|2024]] ouvertures sont programmées avant la fin de l'année. Le groupe maintient son plan d'investissement : [[22 millions|22000000|EUR|investment|2024]] seront consacrés cette année à la rénovation des boutiques et à la plateforme logistique de Corbelin-la-Plaine. Les effectifs s'établissent à [[2 150|2150|persons|employees|2024]] salariés.

En Bourse, le titre a perdu [[18 %|-18|percent|growth_rate|-|alt=other]] depuis le <<1er janvier>>, ce qui valorise l'ensemble à [[moins de 150 millions d'euros|150000000|EUR|other|-|a]]. L'actionnaire familial, qui détient [[41 %|41|percent|other|-]] du capital, a réaffirmé son soutien à la direction.
""",
    },
    {
        # Undated. Year inferred: "l'exercice 2023, clos en décembre dernier" -> written in 2024.
        "id": "own139",
        "published": None,
        "published_year_inferred": 2024,
        "entity": "Boîtes Vauchard",
        "geo": "Doubs",
        "title": "Boîtes Vauchard va construire une deuxième usine dans le Doubs",
        "text": """
Le fabricant de boîtes de montres Vauchard a tranché. Sa deuxième usine sortira de terre aux Combes-Hautes, à quelques kilomètres de la frontière suisse, sur un terrain de {{2,4 hectares}} cédé par la communauté de communes. L'entreprise met sur la table [[31 millions d'euros|31000000|EUR|investment|-]], dont [[19 millions|19000000|EUR|investment|-]] pour les machines d'usinage et de polissage. La Région apporte une aide de [[2,5 M€|2500000|EUR|other|-|alt=investment]], l'État [[1,2 M€|1200000|EUR|other|-|alt=investment]] au titre du programme de relocalisation.

Le site doit créer [[quatre-vingts|80|persons|jobs|2027]] emplois d'ici <<2027>>, puis [[une quarantaine|40|persons|jobs|2029|a]] d'autres à l'horizon <<2029>> si la seconde tranche est déclenchée. La capacité passera de [[180 000|180000|units|production|-]] à [[320 000|320000|units|production|2027]] boîtiers par an.

Vauchard emploie aujourd'hui [[265|265|persons|employees|-]] personnes. Sur l'exercice <<2023>>, clos en décembre dernier, il a réalisé [[48,7 millions d'euros|48700000|EUR|revenue|2023]] de chiffre d'affaires, contre [[39,2 millions|39200000|EUR|revenue|2022]] en 2022 et [[27 millions|27000000|EUR|revenue|2019]] en <<2019>>, avant la crise sanitaire. [[Près de 90 %|90|percent|exports|2023|a]] de la production part en Suisse, où la société livre [[une vingtaine|20|companies|companies|-|a,alt=other]] de marques.

Reste à recruter. Dans la zone d'emploi, le taux de chômage plafonne à [[4,1 %|4.1|percent|other|-]] et les frontaliers sont légion. L'entreprise a donc ouvert une école interne, qui accueillera [[24|24|persons|jobs|-|alt=other]] apprentis par promotion.
""",
    },
    {
        "id": "own140",
        "published": "2025-01-23",
        "entity": "filière horlogère",
        "geo": "Bourgogne-Franche-Comté",
        "title": "Emploi : la filière horlogère embauche, la Suisse aspire les talents",
        "text": """
L'observatoire de la métallurgie a dévoilé jeudi son baromètre annuel. Fin 2024, la filière horlogère et microtechnique de Bourgogne-Franche-Comté employait [[8 430|8430|persons|employees|2024]] salariés, soit [[310|310|persons|jobs|2024]] de plus qu'un an auparavant ([[+3,8 %|3.8|percent|growth_rate|2024]]). Le Doubs en concentre les [[deux tiers|66.7|percent|market_share|2024|a]]. Les entreprises ont signé l'an dernier [[1 140|1140|persons|jobs|2024]] embauches en CDI, un record depuis <<2008>>, et accueilli [[385|385|persons|jobs|2024|alt=other]] apprentis. Les femmes représentent [[46 %|46|percent|other|2024]] des effectifs, les plus de <<55>> ans [[19 %|19|percent|other|2024]].

Mais la fuite vers la Suisse se poursuit. Selon la statistique fédérale, [[41 200|41200|persons|employees|2024|alt=other]] frontaliers résidant dans le département franchissaient chaque jour la frontière à la fin de l'année, contre [[33.500|33500|persons|employees|2019|alt=other]] en 2019. Dans les manufactures du canton de Neuchâtel, les résidents français pèsent [[près de 24 %|24|percent|other|-|a]] des effectifs. Un régleur débutant y gagne [[3 900 francs|3900|other|other|-|cur=CHF]] brut par mois, contre [[environ 1 900 euros|1900|EUR|other|-|a]] de ce côté-ci du Doubs.

Conséquence : [[62 %|62|percent|other|2024]] des entreprises interrogées font état de difficultés de recrutement, et [[environ 450|450|persons|jobs|2024|a]] postes restaient non pourvus en décembre. Pour enrayer l'hémorragie, la Région va injecter [[4,5 millions d'euros|4500000|EUR|investment|-|alt=other]] sur <<trois ans>> dans un plan « compétences » destiné aux métiers de l'habillage et du réglage.
""",
    },
    {
        "id": "own141",
        "published": "2022-11-17",
        "entity": "exportations horlogères suisses",
        "geo": "France",
        "title": "La France, marché refuge des horlogers suisses",
        "text": """
Les statistiques de la fédération horlogère helvétique l'attestent : l'Hexagone a retrouvé des couleurs. Sur les dix premiers mois de l'année, les exportations de montres suisses vers la France se sont élevées à [[1,08 milliard de francs|1080000000|other|exports|2022|cur=CHF]], en hausse de [[17,5 %|17.5|percent|growth_rate|2022]] par rapport à la même période de <<2021>> et de [[22 %|22|percent|growth_rate|2022]] par rapport à <<2019>>. Le seul mois d'octobre affiche [[+24,3 %|24.3|percent|growth_rate|2022]], à [[121,7 millions de francs|121700000|other|exports|2022|cur=CHF]].

La France se hisse ainsi au <<7e>> rang des débouchés de la branche. Avec [[4,6 %|4.6|percent|market_share|2022|alt=exports]] des exportations totales, elle dépasse désormais l'Italie ([[4,1 %|4.1|percent|market_share|2022|alt=exports]]).

Le mouvement profite surtout au haut de gamme. Les montres de plus de {{3 000 francs}} prix export représentent [[78 %|78|percent|market_share|2022|alt=exports]] de la valeur expédiée vers la France, mais à peine [[12 %|12|percent|market_share|2022|alt=exports]] des volumes. En nombre de pièces, les envois atteignent [[1,37 million|1370000|units|exports|2022]] ([[-3 %|-3|percent|growth_rate|2022]]). Le prix moyen d'une montre suisse exportée dans l'Hexagone grimpe donc à [[788 francs|788|other|other|2022|cur=CHF]], contre [[610|610|other|other|2019|cur=CHF]] trois ans plus tôt.

Les marques helvétiques emploient en France [[environ 2 800|2800|persons|employees|-|a]] personnes, entre filiales commerciales et centres de service. Leurs détaillants, qui exploitent [[quelque 1 200|1200|stores|stores|-|a]] portes agréées, restent prudents : la fédération table sur une croissance de [[5 à 7 %|5|percent|growth_rate|2023|max=7]] l'an prochain.
""",
    },
    {
        "id": "own142",
        "published": "2024-04-11",
        "entity": "marché français de la bijouterie-joaillerie",
        "geo": "France",
        "title": "Bijouterie : l'or fait grimper la facture, pas les volumes",
        "text": """
Le marché français de la bijouterie-joaillerie a pesé [[6,9 milliards d'euros|6900000000|EUR|revenue|2023]] l'an passé, selon le panel publié ce jeudi par un cabinet spécialisé. C'est [[4,2 %|4.2|percent|growth_rate|2023]] de plus qu'en <<2022>> et [[+19 %|19|percent|growth_rate|2023]] face à 2019. Mais l'essentiel de la hausse tient au métal : le gramme d'or <<18 carats>> s'échangeait à [[41 euros|41|EUR|other|2023]] en décembre, contre [[33 euros|33|EUR|other|2022]] un an plus tôt. En volume, les ventes ont reculé de [[5 %|-5|percent|growth_rate|2023]], à [[31 millions|31000000|units|production|2023|alt=other]] de pièces.

La joaillerie au-delà de {{5 000 euros}} capte [[36 %|36|percent|market_share|2023]] du marché en valeur, la bijouterie fantaisie [[22 %|22|percent|market_share|2023]], l'argent [[9 %|9|percent|market_share|2023]]. La vente en ligne atteint [[12,5 %|12.5|percent|market_share|2023]] des achats. Le panier moyen s'établit à [[214 euros|214|EUR|other|2023]], et [[58 %|58|percent|other|2023]] des clientes déclarent acheter pour elles-mêmes.

Le nombre de bijouteries indépendantes poursuit sa décrue : on en recensait [[3 150|3150|stores|stores|2023]] fin <<2023>>, contre [[près de 4 000|4000|stores|stores|2013|a]] dix ans plus tôt. Les enseignes nationales ont, elles, gagné [[145|145|stores|stores|2023]] magasins nets sur l'exercice. La fabrication emploie pour sa part [[près de 11 800|11800|persons|employees|-|a]] personnes dans l'Hexagone, dont une bonne part dans les ateliers parisiens et lyonnais.
""",
    },
    {
        # Undated. Year inferred: the show just held follows "l'édition 2023" and the next one is
        # announced for September 2025 -> written in 2024.
        "id": "own143",
        "published": None,
        "published_year_inferred": 2024,
        "entity": "salon Horéa",
        "geo": "Lyon",
        "title": "Salon Horéa : affluence en hausse, carnets de commandes prudents",
        "text": """
Rideau sur la <<27e>> édition d'Horéa, le salon professionnel de l'horlogerie, de la bijouterie et de l'optique organisé au parc des expositions de Lyon. En <<quatre jours>>, [[18 650|18650|persons|participants|-]] visiteurs professionnels ont franchi les portiques, soit [[+7 %|7|percent|growth_rate|-]] par rapport à l'édition 2023. Les organisateurs tablaient sur [[17 000|17000|persons|participants|-]]. Les étrangers représentent [[14 %|14|percent|other|-]] de ce public.

Côté exposants, ils étaient [[412|412|companies|participants|-|alt=companies]], dont [[138|138|companies|participants|-|alt=companies]] venus de l'étranger, de Suisse et d'Italie pour l'essentiel. [[Un tiers|33.3|percent|other|-|a]] participait pour la première fois. Les ateliers de démonstration ont réuni [[quelque 2 300|2300|persons|participants|-|a]] personnes, les conférences [[un millier|1000|persons|participants|-|a]] d'auditeurs.

L'ambiance commerciale est plus mitigée. Selon l'enquête flash menée auprès des exposants, [[48 %|48|percent|other|-]] jugent leurs prises de commandes satisfaisantes, contre [[61 %|61|percent|other|2023]] l'an dernier. Le montant moyen d'une commande passée sur place atteint [[8 400 euros|8400|EUR|other|-]], en baisse de [[6 %|-6|percent|growth_rate|-]].

Le budget de l'événement, [[2,1 M€|2100000|EUR|other|-]], est couvert à [[85 %|85|percent|other|-]] par la location des stands ; un emplacement de {{9 m²}} se loue [[3 200 euros|3200|EUR|other|-]] hors taxes. La prochaine édition se tiendra du <<14 au 17 septembre 2025>>.
""",
    },
    {
        "id": "own144",
        "published": "2023-03-29",
        "entity": "Horlogerie Sélestrand",
        "geo": "Besançon",
        "title": "Sélestrand signe une année record et muscle son outil industriel",
        "text": """
L'horloger bisontin Sélestrand a présenté mercredi des comptes <<2022>> au-delà des attentes. Le chiffre d'affaires consolidé atteint [[96,3 M€|96300000|EUR|revenue|2022]], en croissance de [[21 %|21|percent|growth_rate|2022]], après [[79,6 M€|79600000|EUR|revenue|2021]] en 2021 et [[58 M€|58000000|EUR|revenue|2020]] en 2020, année des rideaux baissés. L'Ebitda double presque, à [[14,2 M€|14200000|EUR|other|2022]].

La marque a vendu [[cent dix mille|110000|units|production|2022|alt=other]] montres l'an dernier. L'international en absorbe désormais [[54 %|54|percent|exports|2022]], contre [[trente-neuf pour cent|39|percent|exports|2019]] en 2019, et l'Asie pèse à elle seule [[18 %|18|percent|other|2022]] des ventes du groupe. Le dividende est porté à [[1,10 euro|1.1|EUR|other|2022]] par action.

Le groupe emploie [[quatre cent vingt|420|persons|employees|-]] personnes, dont [[trois cents|300|persons|employees|-]] à Besançon, et a recruté [[soixante-cinq|65|persons|jobs|2022]] collaborateurs sur l'exercice. Il va consacrer [[12 millions d'euros|12000000|EUR|investment|2025]] d'ici <<2025>> à la modernisation de son atelier de mouvements, qui produira à terme [[40 000|40000|units|production|-]] calibres par an.

Sa distribution repose sur [[31|31|stores|stores|-]] boutiques en propre et [[environ 650|650|stores|stores|-|a]] revendeurs multimarques. « Nous ne voulons pas grandir trop vite », prévient le président, Étienne Sélestrand, <<58>> ans, petit-fils du fondateur.
""",
    },
    {
        "id": "own145",
        "published": "2021-12-09",
        "entity": "horlogerie française",
        "geo": "France",
        "title": "Horlogerie : après le trou d'air, un rebond plus fort que prévu",
        "text": """
Cette année restera celle du rattrapage pour les horlogers français. Rappel : en 2020, la production nationale s'était effondrée à [[2,1 millions|2100000|units|production|2020]] de montres, en chute de [[31 %|-31|percent|growth_rate|2020]], et le chiffre d'affaires des fabricants était tombé à [[268 millions d'euros|268000000|EUR|revenue|2020]].

Selon les estimations de l'interprofession, ils devraient terminer l'exercice en cours autour de [[355 millions|355000000|EUR|revenue|2021|a]], soit [[+6 %|6|percent|growth_rate|2021]] par rapport à <<2019>>, dernière année de référence, quand ils avaient facturé [[335 millions|335000000|EUR|revenue|2019]]. La production, elle, ne retrouvera pas son niveau d'avant-crise : [[environ 2,8 millions|2800000|units|production|2021|a]] de pièces sont attendues, contre [[3,05 millions|3050000|units|production|2019]] deux ans plus tôt.

Les effectifs ont mieux tenu qu'on ne le craignait. La filière compte [[4 750|4750|persons|employees|-]] salariés, [[à peine 120|120|persons|jobs|-|a]] de moins qu'avant la pandémie, grâce à l'activité partielle, qui a concerné [[jusqu'à 70 %|70|percent|other|2020|a]] des salariés au printemps <<2020>>. Les entreprises ont souscrit [[48 millions d'euros|48000000|EUR|other|2020|alt=investment]] de prêts garantis par l'État, dont [[un quart|25|percent|other|-|a]] est déjà remboursé.

Sur le front de l'investissement, [[dix-sept|17|other|other|2021]] projets ont été retenus cette année au titre du plan de relance, pour une enveloppe totale de [[23,4 M€|23400000|EUR|investment|2021]], dont [[9,6 M€|9600000|EUR|other|2021|alt=investment]] d'aides publiques. Signe de la montée en gamme, le prix moyen d'une montre fabriquée en France est passé de [[96 euros|96|EUR|other|2019]] en 2019 à [[127 euros|127|EUR|other|2021]] aujourd'hui.
""",
    },
    {
        "id": "own146",
        "published": "2025-05-14",
        "entity": "Orlinde",
        "geo": "France",
        "title": "Orlinde taille dans son réseau après un premier trimestre difficile",
        "text": """
Le distributeur de bijoux et de montres Orlinde a fait état mardi d'un chiffre d'affaires de [[64,8 millions d'euros|64800000|EUR|revenue|2025]] au premier trimestre, en baisse de [[4,6 %|-4.6|percent|growth_rate|2025]] sur un an. À magasins comparables, le recul atteint [[6,2 %|-6.2|percent|growth_rate|2025]]. L'horlogerie résiste mieux ([[-1 %|-1|percent|growth_rate|2025]]) que l'or ([[-9 %|-9|percent|growth_rate|2025]]).

Au quatrième trimestre 2024, période des fêtes, les ventes avaient pourtant progressé de [[2,1 %|2.1|percent|growth_rate|2024]], à [[112 M€|112000000|EUR|revenue|2024]]. Sur l'ensemble de l'exercice, l'enseigne avait encaissé [[301 millions|301000000|EUR|revenue|2024]] et essuyé une perte nette de [[5,4 millions|5400000|EUR|other|2024]].

La direction annonce la fermeture de [[vingt-deux|22|stores|stores|2025]] points de vente d'ici à la fin de l'année, essentiellement des comptoirs en galerie marchande, sur un parc de [[318|318|stores|stores|-]] magasins. Le plan menace [[cent quarante|140|persons|jobs|2025]] postes. Des vendeurs, le groupe en emploie aujourd'hui [[1 870|1870|persons|employees|-]], dont une partie sera reclassée dans les boutiques de centre-ville.

Orlinde entend consacrer [[15 M€|15000000|EUR|investment|2025]] cette année au numérique, canal qui lui apporte déjà [[11 %|11|percent|other|-]] de ses ventes. À l'horizon <<2027>>, le groupe vise [[300|300|stores|stores|2027]] succursales et une part de marché de [[8 %|8|percent|market_share|2027]] dans la bijouterie française, contre [[6,5 %|6.5|percent|market_share|-]] à ce jour.
""",
    },
    {
        # Undated. Year inferred: founded in 1973 and "souffle cette année ses cinquante bougies";
        # "l'an dernier" is the 2022 financial year -> written in 2023.
        "id": "own147",
        "published": None,
        "published_year_inferred": 2023,
        "entity": "Précimeca Valorge",
        "geo": "Jura",
        "title": "Précimeca Valorge, le décolleteur jurassien qui vit à l'heure suisse",
        "text": """
Fondée en <<1973>> par Lucien Valorge, l'entreprise de décolletage de Saint-Ormel (Jura) souffle cette année ses <<cinquante>> bougies. Elle a réalisé l'an dernier [[23,6 millions d'euros|23600000|EUR|revenue|2022]] de chiffre d'affaires ([[+12 %|12|percent|growth_rate|2022]]), dont [[68 %|68|percent|other|2022]] avec l'horlogerie, le reste avec le médical et la connectique. Ses donneurs d'ordres suisses pèsent [[81 %|81|percent|exports|2022|alt=other]] des facturations. Le résultat net a atteint [[1,9 million|1900000|EUR|other|2022]].

L'atelier tourne en <<3x8>> avec [[142|142|persons|employees|-]] salariés et [[96|96|other|other|-]] tours à commande numérique. Il sort [[environ 45 millions|45000000|units|production|-|a]] de pièces par an : vis, axes, pignons, dont certaines pèsent moins de {{0,02 gramme}}.

Après un exercice record, le carnet de commandes a fondu de [[30 %|-30|percent|growth_rate|-]] depuis janvier, sous l'effet du déstockage des marques. « Nous avons <<six semaines>> de visibilité, contre <<quatre mois>> il y a un an », confie le dirigeant, Thomas Valorge, <<44>> ans. Pour éviter les licenciements, [[une trentaine|30|persons|other|-|a,alt=jobs]] d'opérateurs sont passés en activité partielle. Le plan d'investissement de [[3,8 M€|3800000|EUR|investment|-]] prévu cette année est toutefois maintenu, dont [[1,1 M€|1100000|EUR|investment|-]] pour un robot de chargement.

Dans le Jura, le décolletage réunit [[quelque 70|70|companies|companies|-|a]] entreprises et [[2 600|2600|persons|employees|-]] salariés. Précimeca Valorge, <<troisième>> du département, en assure à elle seule [[5,5 %|5.5|percent|market_share|-]] des emplois.
""",
    },
    {
        "id": "own148",
        "published": "2024-11-06",
        "entity": "plan régional pour la filière horlogère",
        "geo": "Bourgogne-Franche-Comté",
        "title": "La Région déploie un plan inédit pour ses horlogers",
        "text": """
La Région Bourgogne-Franche-Comté a dévoilé lundi à Besançon son plan « Temps fort » pour la filière horlogère. Elle y consacrera [[40 millions d'euros|40000000|EUR|investment|2030|alt=other]] d'ici <<2030>>, contre [[26 millions|26000000|EUR|investment|2019|alt=other]] pour le dispositif lancé en <<2019>>. [[Un quart|25|percent|other|2030|a]] de la somme ira à la formation.

L'objectif affiché : créer [[1 500|1500|persons|jobs|2030]] emplois d'ici la fin de la décennie et porter les effectifs de la filière à [[10 000|10000|persons|employees|2030]], contre [[8 200|8200|persons|employees|2023]] fin 2023. Les fonds serviront d'abord à cofinancer [[une soixantaine|60|other|other|2030|a]] de projets industriels. [[Dix-huit|18|other|other|-]] dossiers sont déjà sur la table, pour un montant cumulé d'investissements de [[135 M€|135000000|EUR|investment|-]]. Parmi eux, la future usine de cadrans de Lumarin à Pontcourt-sur-Doubs : [[17,5 M€|17500000|EUR|investment|-]] et [[65|65|persons|jobs|-]] recrutements prévus.

La filière régionale a pesé [[1,9 Md€|1900000000|EUR|revenue|2023]] de chiffre d'affaires l'an dernier, dont [[près de 60 %|60|percent|exports|2023|a]] réalisés à l'export. Elle rassemble [[230|230|companies|companies|-]] entreprises, dont [[145|145|companies|members|-]] adhèrent au syndicat professionnel, et représente [[7 %|7|percent|market_share|-]] de l'emploi industriel du Doubs. Le président de l'association des sous-traitants, Marc Daubigny, <<61>> ans, salue un effort « sans précédent », tout en regrettant des délais d'instruction de <<six mois>>.
""",
    },
    {
        "id": "own149",
        "published": "2023-09-27",
        "entity": "Cadrans Ferlac",
        "geo": "Jura",
        "title": "Le cadranier Ferlac passe sous pavillon suisse",
        "text": """
Le tribunal de commerce a validé mardi la reprise de Cadrans Ferlac par le groupe suisse Sorvane. Placée en redressement judiciaire au printemps, l'entreprise de Morbier-le-Bas (Jura), fondée en <<1952>>, fournit [[environ 15 %|15|percent|market_share|-|a]] des cadrans fabriqués en France. [[Trois|3|other|other|-]] offres avaient été déposées.

Sorvane conserve [[87|87|persons|jobs|-]] des [[112|112|persons|employees|-]] salariés, soit [[près de 78 %|78|percent|other|-|a]] des effectifs. Pour les [[vingt-cinq|25|persons|jobs|-]] autres, une cellule de reclassement sera ouverte. Le repreneur a mis [[1,6 million d'euros|1600000|EUR|other|-|alt=investment]] sur la table pour le fonds de commerce et les machines, et s'engage à injecter [[4 M€|4000000|EUR|investment|-]] sur <<trois ans>> dans la modernisation de l'atelier de galvanoplastie.

Ferlac avait réalisé [[14,3 M€|14300000|EUR|revenue|2022]] de chiffre d'affaires en 2022, contre [[19,8 M€|19800000|EUR|revenue|2019]] en 2019, et accusé une perte de [[2,7 M€|2700000|EUR|other|2022]]. Son passif atteignait [[9 millions|9000000|EUR|other|-]] à l'ouverture de la procédure.

Le nouvel actionnaire, qui détiendra [[100 %|100|percent|other|-]] du capital, emploie [[1 400|1400|persons|employees|-]] personnes dans [[cinq|5|sites|other|-|alt=companies]] usines en Suisse et réalise [[340 millions de francs|340000000|other|revenue|-|cur=CHF]] de ventes. « Nous cherchions une capacité de production de cadrans hors de nos frontières », explique son directeur général, joint par téléphone au <<+41 32 555 18 40>>.
""",
    },
    {
        "id": "own150",
        "published": "2024-12-03",
        "entity": "marché français de la montre connectée",
        "geo": "France",
        "title": "La montre connectée grignote le poignet des Français",
        "text": """
Les Français ont acheté [[3,4 millions|3400000|units|production|2023|alt=other]] de montres connectées en 2023, pour un marché de [[1,05 milliard d'euros|1050000000|EUR|revenue|2023]], selon une étude publiée mardi par un institut de conjoncture. Les montres traditionnelles plafonnent à [[5,2 millions|5200000|units|production|2023|alt=other]] de pièces. Sur les neuf premiers mois de 2024, le segment connecté progresse encore de [[6 %|6|percent|growth_rate|2024]], quand la montre classique cède [[2,5 %|-2.5|percent|growth_rate|2024]].

En valeur, les objets connectés captent désormais [[41 %|41|percent|market_share|-]] des dépenses horlogères des ménages, contre [[17 %|17|percent|market_share|2018]] en <<2018>>. Leur prix moyen s'établit à [[309 euros|309|EUR|other|-]], et les {{deux}} premiers fabricants, un américain et un coréen, concentrent [[64 %|64|percent|market_share|-]] du segment. La grande distribution et les opérateurs télécoms en écoulent [[46 %|46|percent|market_share|-]], les horlogers-bijoutiers [[à peine 8 %|8|percent|market_share|-|a]].

Côté acheteurs, [[53 %|53|percent|other|2023]] sont des hommes et [[près d'un tiers|33.3|percent|other|2023|a]] a moins de <<35>> ans.

Les horlogers français tentent de riposter : [[une douzaine|12|companies|companies|-|a]] de marques tricolores proposent un modèle hybride, et la filière a consacré [[environ 6 millions d'euros|6000000|EUR|investment|2023|a]] à la recherche dans ce domaine en 2023. L'étude table sur un marché de [[1,3 Md€|1300000000|EUR|revenue|2027]] à l'horizon <<2027>>.
""",
    },
]
