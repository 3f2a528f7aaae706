"""Marked-up texts of the fourth own generalisation set (own91-own120): fictional companies,
people and small places, our own words, written and labelled by the rules of LABELS.md by two
helpers who read neither the extractor, the dev texts nor the earlier own sets. See build_set.py
for the mark-up. These figures are test data, never shipped data.

Undated articles (published None) carry "published_year_inferred", worked out from the text
(each article's comment says how): own93 2024, own98 2025, own101 2023, own110 2025, own114 2023,
own117 2024.
"""

ARTICLES = [
    {
        "id": "own91",
        "published": "2024-02-08",
        "entity": "Lhermier",
        "geo": "Besançon",
        "title": "Lhermier, la belle endormie, remonte ses ressorts",
        "text": """
BESANÇON – Fondée en <<1868>>, endormie depuis <<1979>>, la marque Lhermier se réveille. Le fonds familial lyonnais Castelroc a racheté le nom, les archives et [[quelque 3.000|3000|units|other|-|a]] pièces détachées d'époque, pour une somme que l'on dit proche de [[1,8 million d'euros|1800000|EUR|other|-|a,alt=investment]].
« Nous ne voulons pas faire du vintage de musée », prévient Hugo Marchetti, <<47>> ans, qui pilote la relance. Le plan tient en deux chiffres : [[1 200|1200|units|production|2024]] montres assemblées cette année dans un atelier de la rue des Cordiers, puis [[5 000|5000|units|production|2027]] en <<2027>>. Les prix s'étageront [[de 890 à 2 400 euros|890|EUR|other|-|max=2400]] pour la collection permanente, baptisée « <<1868>> ». Une série limitée du chronographe <<L-52>>, [[188|188|units|production|2024]] exemplaires en tout, sera proposée à [[6 500 €|6500|EUR|other|-]].
Pour y parvenir, Castelroc met [[4 millions d'euros|4000000|EUR|investment|-]] sur la table, dont [[1,1 million|1100000|EUR|investment|-]] pour l'outillage. L'équipe ? [[Onze|11|persons|employees|-]] personnes aujourd'hui, [[vingt-cinq|25|persons|employees|2026|alt=jobs]] espérées fin <<2026>>.
À l'horizon <<2027>> toujours, la marque vise [[une quarantaine|40|stores|stores|2027|a]] de détaillants agréés (France, Suisse, Belgique) et [[30 %|30|percent|exports|2027]] de ventes réalisées hors de l'Hexagone. Reste une inconnue : le mouvement. Le calibre maison, abandonné au début des années <<1970>>, ne sera pas ressuscité avant <<2028>>.
""",
    },
    {
        "id": "own92",
        "published": "2023-10-17",
        "entity": "Sovimed",
        "geo": "Doubs",
        "title": "Dans le Doubs, la microtechnique se soigne au médical",
        "text": """
Des vis de {{2 mm}} pour la chirurgie de la main, des inserts d'implants dentaires, des pignons de pompes à insuline... À Aubrey-sur-Doubs, la société Sovimed a changé de métier sans changer de machines. Le médical représente désormais [[68 %|68|percent|other|-]] de son activité, contre [[à peine 20 %|20|percent|other|2013|a]] il y a <<dix ans>>.
Créée en <<1972>> pour tailler des pièces de montres, l'entreprise a bouclé l'exercice <<2022>> sur un chiffre d'affaires de [[23,6 M€|23600000|EUR|revenue|2022]] ([[+11 %|11|percent|growth_rate|2022]]). Ses salariés ? [[185|185|persons|employees|-]] aujourd'hui, [[140|140|persons|employees|2019]] en <<2019>>. Une partie d'entre eux travaille en salle blanche, en blouse et charlotte.
Sovimed n'est pas seule. Selon le pôle de compétitivité régional, le Doubs compte [[une soixantaine|60|companies|companies|-|a]] d'entreprises positionnées sur les dispositifs médicaux, qui emploient [[environ 2 800|2800|persons|employees|-|a]] personnes ; l'entreprise pèse ainsi [[6,6 %|6.6|percent|market_share|-]] des effectifs de cette filière.
La certification ISO <<13485>> lui a coûté [[près de 250 000 euros|250000|EUR|other|-|a,alt=investment]]. « Un implant rachidien, c'est {{jusqu'à quarante}} opérations d'usinage et zéro droit à l'erreur », résume le directeur industriel, Romain Guyon.
L'an prochain, [[3,2 millions d'euros|3200000|EUR|investment|2024]] seront consacrés à une seconde salle blanche et à {{quatre}} centres d'usinage. [[Une vingtaine|20|persons|jobs|2024|a]] de recrutements sont prévus ; le carnet de commandes couvre <<neuf mois>> d'activité.
""",
    },
    # Undated. Inferred 2024: "créée il y a trois ans, en 2021", 2023 is the last closed
    # year ("premier exercice complet") and the revenue target is for "l'an prochain".
    {
        "id": "own93",
        "published": None,
        "published_year_inferred": 2024,
        "year": 2024,
        "entity": "Cerclea",
        "geo": "Besançon",
        "title": "Cerclea boucle une levée de 2,4 millions d'euros",
        "text": """
La jeune pousse bisontine Cerclea vient de boucler une levée de fonds de [[2,4 millions d'euros|2400000|EUR|investment|-|alt=other]] auprès d'un fonds régional, de [[deux|2|other|other|-]] business angels suisses et de la banque publique d'investissement. Créée il y a <<trois ans>>, en <<2021>>, par un trio d'ingénieurs, elle glisse sous le fond des montres mécaniques une puce NFC qui en certifie l'authenticité. [[Dix-sept|17|companies|companies|-]] marques l'utilisent déjà, dont [[quatre|4|companies|companies|-]] suisses.
L'opération valorise l'entreprise [[11 millions|11000000|EUR|other|-]] ; les fondateurs gardent [[58 %|58|percent|other|-]] du capital.
Les comptes restent modestes. En <<2023>>, premier exercice complet, Cerclea a facturé [[310 000 euros|310000|EUR|revenue|2023]]. Elle espère dépasser [[1 million d'euros|1000000|EUR|revenue|2025]] de chiffre d'affaires l'an prochain.
Priorité aux embauches : l'équipe, [[neuf|9|persons|employees|-]] personnes aujourd'hui, doit en compter [[vingt|20|persons|employees|2025|alt=jobs]] fin <<2025>>. Une enveloppe de [[400 000 euros|400000|EUR|investment|-]] financera par ailleurs une ligne pilote capable d'encoder [[5 000|5000|units|production|-]] puces par mois.
« La contrefaçon coûterait à l'horlogerie suisse [[près de 2 milliards de francs|2000000000|other|other|-|a,cur=CHF]] par an », rappelle la cofondatrice, Inès Brouard, <<34>> ans. Le créneau visé, l'authentification des montres d'occasion, pèserait [[450 millions d'euros|450000000|EUR|revenue|-|a]] en Europe.
""",
    },
    {
        "id": "own94",
        "published": "2025-01-22",
        "entity": "travailleurs frontaliers",
        "geo": "Doubs",
        "title": "Le franc fort dope la fiche de paie des frontaliers",
        "text": """
MORTEAU – Un euro s'échange désormais contre [[0,93 franc suisse|0.93|other|other|-|cur=CHF]]. Début <<2022>>, il en valait encore [[1,08|1.08|other|other|2022|cur=CHF]]. Pour les [[35 000|35000|persons|employees|-]] frontaliers du Doubs, l'effet est mécanique : un salaire brut de [[6 000 francs|6000|other|other|-|cur=CHF]] rapporte aujourd'hui [[environ 6 450 euros|6450|EUR|other|-|a]], soit [[près de 900 euros|900|EUR|other|-|a]] de plus qu'il y a <<trois ans>>.
L'an dernier, le salaire médian des frontaliers de l'horlogerie a atteint [[6 320 CHF|6320|other|other|2024|cur=CHF]] ([[+2,4 %|2.4|percent|growth_rate|2024]] sur un an), selon l'observatoire statistique transfrontalier. Leur nombre a progressé de [[5,1 %|5.1|percent|growth_rate|2024]] dans l'arc jurassien ; [[un peu plus de 1 900|1900|persons|jobs|2024|a]] permis G ont été délivrés à des résidents du Haut-Doubs.
Côté français, le contraste agace. Un régleur en décolletage touche [[2 300 euros|2300|EUR|other|-]] net en moyenne dans la vallée. « On forme les jeunes, et la Suisse les recrute », peste le patron d'une PME de [[cinquante|50|persons|employees|-]] salariés. Selon la chambre de métiers, [[43 %|43|percent|other|-]] des entreprises du secteur ont un poste vacant depuis plus de <<six mois>> ; les agences d'intérim de Morteau affichent [[deux cents|200|persons|jobs|-]] offres non pourvues.
Le taux de chômage de la zone d'emploi plafonne à [[4,1 %|4.1|percent|other|-]], {{deux fois}} moins que la moyenne nationale.
""",
    },
    {
        "id": "own95",
        "published": "2023-02-14",
        "entity": "Décolletages Perrenot",
        "geo": "Jura",
        "title": "Électricité : la facture qui fait vaciller les petits industriels",
        "text": """
SAINT-VALBERT-LE-HAUT (Jura) – Chez Perrenot, une PME de décolletage de [[38|38|persons|employees|-]] salariés, la facture d'électricité est passée de [[92 000 euros|92000|EUR|other|2021]] en <<2021>> à [[410 000 euros|410000|EUR|other|2023]] prévus pour cette année. « Cela fait [[7 %|7|percent|other|2023]] de notre chiffre d'affaires, contre [[1,5|1.5|percent|other|2021]] avant la crise. C'est plus que notre marge », souffle Denis Perrenot, qui a repris l'entreprise familiale en <<2009>>.
Le cas n'a rien d'isolé. Une enquête de l'union des industries métallurgiques du Jura, menée en janvier auprès de [[deux cents|200|companies|companies|-|alt=members/participants,e=UIMM du Jura (enquête)]] entreprises adhérentes, en témoigne : [[61 %|61|percent|other|-|e=UIMM du Jura (enquête)]] des répondants ont vu leur facture au moins doubler, et [[une sur cinq|20|percent|other|-|e=UIMM du Jura (enquête)]] envisage de réduire ses horaires de production.
Les contrats proposés aux PME pour <<2023>> affichent un mégawattheure [[entre 250 et 600 euros|250|EUR|other|2023|max=600]], quand il tournait autour de [[50 euros|50|EUR|other|2021|a]] <<deux ans>> plus tôt.
Les aides publiques amortissent le choc. Pour Perrenot, l'amortisseur électricité devrait représenter [[60 000 euros|60000|EUR|other|2023|a,alt=investment]] cette année. L'entreprise consacre de son côté [[180 000 euros|180000|EUR|investment|2023]] à une centrale photovoltaïque de {{250 kWc}} posée sur ses toits ; elle couvrira [[15 %|15|percent|other|-]] de ses besoins, soit une partie des {{1,9 GWh}} consommés chaque année.
""",
    },
    {
        "id": "own96",
        "published": "2024-07-11",
        "entity": "économie régionale",
        "geo": "Bourgogne-Franche-Comté",
        "title": "Baromètre CCI : le moral des chefs d'entreprise reste en berne",
        "text": """
DIJON – Deuxième trimestre morose pour l'économie régionale. Selon le baromètre de conjoncture de la chambre régionale de commerce et d'industrie, qui fédère [[près de 120 000|120000|companies|companies|-|a,alt=members]] entreprises ressortissantes, [[31 %|31|percent|other|2024]] des dirigeants ont vu leur activité baisser entre avril et juin, contre [[24 %|24|percent|other|2024]] au premier trimestre. Seuls [[18 %|18|percent|other|2024]] constatent une progression. Le solde d'opinion tombe à [[-13 points|-13|other|other|2024]].
L'enquête a été menée du <<3 au 21 juin>> auprès de [[1 140|1140|companies|companies|2024|alt=participants]] entreprises.
Dans l'industrie, c'est pire : [[la moitié|50|percent|other|2024]] des chefs d'entreprise déclarent une activité en repli. Les carnets de commandes ? Jugés insuffisants par [[42 %|42|percent|other|2024]] des industriels ; ils étaient [[35 %|35|percent|other|2023]] un an plus tôt.
Trois préoccupations dominent : la demande ([[54 %|54|percent|other|2024]]), le recrutement ([[38 %|38|percent|other|2024]]), l'énergie ([[27 %|27|percent|other|2024]]). Sur le front de l'emploi, [[12 %|12|percent|other|2024]] seulement des sondés prévoient d'embaucher d'ici à la fin de l'année, et [[9 %|9|percent|other|2024]] de réduire leurs effectifs.
Le commerce de détail fait un peu mieux, avec un chiffre d'affaires en hausse de [[1,2 %|1.2|percent|growth_rate|2024|e=commerce de détail]] sur le trimestre par rapport à la même période de <<2023>>. « Les ménages épargnent, ils n'ont pas disparu », nuance le président de la commission commerce. Prochaine publication : le <<15 octobre>>.
""",
    },
    {
        "id": "own97",
        "published": "2024-09-03",
        "entity": "bijouterie-joaillerie en ligne",
        "geo": "France",
        "title": "Bijoux : le clic grignote la vitrine",
        "text": """
Le marché français de la bijouterie-joaillerie a pesé [[6,9 milliards d'euros|6900000000|EUR|revenue|2023]] en <<2023>>, selon l'étude annuelle d'un cabinet parisien publiée mardi. La vente en ligne en représente [[17 %|17|percent|market_share|2023]], contre [[11 %|11|percent|market_share|2019]] en <<2019>> — soit [[environ 1,2 Md€|1200000000|EUR|revenue|2023|a]], en hausse de [[9 %|9|percent|growth_rate|2023]] sur un an.
Qui clique ? Des femmes, pour [[63 %|63|percent|other|2023]] des acheteurs ; [[près d'un tiers|33.3|percent|other|2023|a]] des clients ont moins de <<35 ans>>. Le panier moyen sur internet s'établit à [[148 euros|148|EUR|other|2023]], bien en deçà de celui des bijouteries physiques ([[265 €|265|EUR|other|2023]]).
Le gâteau numérique se partage ainsi : pure players, [[38 %|38|percent|market_share|2023]] ; sites des enseignes traditionnelles, [[45 %|45|percent|market_share|2023]] ; places de marché, [[17 %|17|percent|market_share|2023]].
Pendant ce temps, les vitrines se raréfient. Au 31 décembre <<2023>>, la France comptait [[4 870|4870|stores|stores|2023-12-31]] bijouteries indépendantes, [[310|310|stores|stores|2023|alt=other]] de moins qu'un an auparavant. Les chaînes, elles, exploitent [[2 150|2150|stores|stores|2023-12-31]] magasins.
« Une bague à [[3 000 euros|3000|EUR|other|-]], on l'essaie encore en boutique. Une créole en argent à [[59 euros|59|EUR|other|-]], plus du tout », résume l'auteur de l'étude. À l'horizon <<2028>>, il voit la part du web grimper à [[25 %|25|percent|market_share|2028]].
""",
    },
    # Undated. Inferred 2025: the brand, founded in 1926, turns a hundred "l'an prochain"
    # (2026), and "l'an dernier" is its first full year after the March 2023 takeover (2024).
    {
        "id": "own98",
        "published": None,
        "published_year_inferred": 2025,
        "year": 2025,
        "entity": "Vaudrey",
        "geo": "Jura",
        "title": "Vaudrey, bientôt centenaire et déjà ressuscitée",
        "text": """
Elle soufflera l'an prochain ses <<cent>> bougies. Fondée en <<1926>> à Bellefontaine-sur-Orbe, dans le Haut-Jura, la marque Vaudrey avait tout arrêté en <<1988>>, après avoir produit [[jusqu'à 300 000|300000|units|production|1965|a]] montres en <<1965>>, son année record.
Depuis mars <<2023>>, elle appartient à l'entrepreneur genevois Marc-Olivier Stähli, dont la holding détient [[80 %|80|percent|other|-]] du capital, le reste demeurant dans la famille fondatrice. Premier bilan : l'an dernier, pour son premier exercice complet, Vaudrey a vendu [[2 600|2600|units|production|2024|alt=revenue]] montres et réalisé un chiffre d'affaires de [[3,1 millions de francs suisses|3100000|other|revenue|2024|cur=CHF]]. [[Deux tiers|66.7|percent|exports|2024|a]] de ces ventes ont été conclues hors de France. Prix moyen d'une pièce : [[1 190 francs|1190|other|other|2024|cur=CHF]].
L'atelier jurassien emploie [[quatorze|14|persons|employees|-]] horlogers et en recrutera [[six|6|persons|jobs|-]] de plus cette année. La marque est distribuée par [[vingt-deux|22|stores|stores|-]] détaillants, auxquels s'ajoute une succursale à Genève.
Le cap est fixé : [[10 000|10000|units|production|2028]] pièces en <<2028>>, dont [[la moitié|50|percent|other|2028]] animées par un calibre assemblé en France. « Nous refusons le luxe inaccessible ; rien ne dépassera [[4 000 francs|4000|other|other|-|cur=CHF]] », promet le nouveau propriétaire.
""",
    },
    {
        "id": "own99",
        "published": "2022-06-30",
        "entity": "Orthalys",
        "geo": "Besançon",
        "title": "Orthalys pose la première pierre de son usine d'implants",
        "text": """
BESANÇON – Un chantier à [[17 millions d'euros|17000000|EUR|investment|-]]. Le fabricant d'implants orthopédiques Orthalys a posé mardi la première pierre de sa future usine, zone des Grands-Prés. Le bâtiment, de {{9 000 m²}}, regroupera dès <<2024>> les [[trois|3|sites|other|-|alt=companies]] ateliers que l'entreprise exploite aujourd'hui dans l'agglomération.
Sur l'enveloppe, [[5,5 M€|5500000|EUR|investment|-]] iront aux machines. La Région apporte [[1,2 M€|1200000|EUR|other|-|alt=investment]] de subvention ; l'État, via le plan de relance, [[800 000|800000|EUR|other|-|alt=investment]].
Filiale à [[100 %|100|percent|other|-]] d'un groupe du Minnesota depuis <<2017>>, Orthalys emploie [[245|245|persons|employees|-]] personnes. En <<2021>>, elle a réalisé [[48 millions d'euros|48000000|EUR|revenue|2021]] de chiffre d'affaires, dont [[72 %|72|percent|exports|2021]] à l'export ; les États-Unis comptent à eux seuls pour [[41 %|41|percent|other|2021|alt=exports]] des ventes. Elle a fabriqué [[plus de 400 000|400000|units|production|2021|a]] implants cette année-là.
[[Quarante-deux|42|persons|jobs|2026]] postes seront créés d'ici <<2026>> : opérateurs sur centres d'usinage, contrôleurs, ingénieurs qualité. « Nous avons déjà du mal à recruter nos [[quinze|15|persons|jobs|2022]] alternants de l'année », reconnaît la directrice du site, Émilie Rochat. Le bassin bisontin compte [[environ 4 000|4000|persons|employees|-|a,e=microtechniques bisontines]] emplois dans les microtechniques, dont [[un quart|25|percent|market_share|-|a,e=microtechniques médicales]] dans le médical.
""",
    },
    {
        "id": "own100",
        "published": "2024-11-05",
        "entity": "Optimonde",
        "geo": "Jura",
        "title": "Série A : Optimonde lève six millions pour ses montures imprimées",
        "text": """
[[Six millions d'euros|6000000|EUR|investment|-|alt=other]]. C'est le montant de la série A que vient de boucler Optimonde, start-up jurassienne qui imprime en <<3D>> des montures de lunettes sur mesure. Un fonds lyonnais mène le tour de table, rejoint par [[quatre|4|other|other|-]] investisseurs historiques. Créée en <<2019>> à Val-d'Orbeline, la société avait levé [[1,5 million|1500000|EUR|investment|2021|alt=other]] en <<2021>>.
Ses montures, facturées [[entre 290 et 450 euros|290|EUR|other|-|max=450]] aux opticiens, sont désormais vendues par [[près de 600|600|stores|stores|-|a]] magasins d'optique, contre [[180|180|stores|stores|2023]] fin <<2023>>. Le chiffre d'affaires devrait atteindre [[4,2 M€|4200000|EUR|revenue|2024|a]] cette année, contre [[1,5|1500000|EUR|revenue|2023]] l'an passé ; l'Allemagne et le Benelux en assurent [[12 %|12|percent|exports|2024]].
L'argent ? [[Un tiers|33.3|percent|other|-|a]] ira à la R&D, le reste à l'industrialisation. Optimonde, qui emploie [[trente-quatre|34|persons|employees|-]] salariés, prévoit [[une vingtaine|20|persons|jobs|2025|a]] d'embauches en <<2025>>.
Le créneau reste étroit. Le marché français de l'optique a pesé [[7,3 milliards d'euros|7300000000|EUR|revenue|2023|e=optique]] l'an dernier, et la monture sur mesure en représente [[moins de 1 %|1|percent|market_share|-|a,e=monture sur mesure]]. « Mais [[70 %|70|percent|other|-]] des porteurs de lunettes disent avoir déjà renoncé à un modèle parce qu'il ne leur allait pas », argue le cofondateur, Thomas Bailly.
""",
    },
    # Undated. Inferred 2023: the latest data quoted are "fin 2022" and "au quatrième
    # trimestre 2022", and the franc's move is given for the whole of 2022.
    {
        "id": "own101",
        "published": None,
        "published_year_inferred": 2023,
        "year": 2023,
        "entity": "travailleurs frontaliers",
        "geo": "Bourgogne-Franche-Comté",
        "title": "Travail frontalier : l'arc jurassien sous tension",
        "text": """
Ils n'ont jamais été aussi nombreux. Fin <<2022>>, [[41 800|41800|persons|employees|2022]] habitants de Bourgogne-Franche-Comté travaillaient en Suisse, selon l'office fédéral de la statistique ([[+6,3 %|6.3|percent|growth_rate|2022]] sur un an), soit [[près de deux mille cinq cents|2500|persons|jobs|2022|a]] de plus qu'un an auparavant. Le Doubs en fournit à lui seul [[près des trois quarts|75|percent|market_share|2022|a]].
{{Un frontalier sur trois}} dans l'horlogerie ? Un peu plus, en réalité : [[34 %|34|percent|other|2022]]. Les manufactures de l'arc jurassien versent à un opérateur qualifié un salaire médian de [[6 050 francs|6050|other|other|2022|cur=CHF]] par mois ; côté français, l'équivalent plafonne à [[2 150 euros|2150|EUR|other|2022]] net.
Et le franc n'arrange rien. Sur l'ensemble de l'année <<2022>>, l'euro a perdu [[4,6 %|-4.6|percent|growth_rate|2022|e=euro face au franc suisse]] face à la devise helvétique.
Résultat, les industriels français du Haut-Doubs peinent à garder leurs troupes : [[plus de 70 %|70|percent|other|-|a]] d'entre eux citent la concurrence suisse comme premier frein au recrutement, d'après une enquête de la chambre de métiers. Le taux de chômage de la zone d'emploi de Pontarlier s'établissait à [[4,3 %|4.3|percent|other|2022]] au quatrième trimestre <<2022>>, contre [[7,1 %|7.1|percent|other|2022]] pour la France entière.
Les cantons de l'arc jurassien reversent aux communes françaises [[4,5 %|4.5|percent|other|-]] de la masse salariale des frontaliers ; les élus en réclament [[6|6|percent|other|-]].
""",
    },
    {
        "id": "own102",
        "published": "2022-12-06",
        "entity": "Coutellerie Bréval",
        "geo": "Haute-Saône",
        "title": "Gaz : la coutellerie Bréval éteint ses fours un à un",
        "text": """
VILLERS-LA-FORGE (Haute-Saône) – Depuis le <<14 novembre>>, la coutellerie Bréval tourne au ralenti : [[la moitié|50|percent|other|-]] de ses fours de trempe sont éteints. En cause, le prix du gaz. Le mégawattheure, que l'entreprise payait [[35|35|EUR|other|2021]] à l'été <<2021>>, lui est facturé [[190 euros|190|EUR|other|2022]] depuis octobre.
« Sur l'année, la note énergétique va frôler [[700 000 €|700000|EUR|other|2022|a]] », calcule Xavier Bréval, petit-fils du fondateur. C'est [[9 %|9|percent|other|2022]] des ventes, attendues à [[7,8 M€|7800000|EUR|revenue|2022|a]] pour <<2022>> ([[-3 %|-3|percent|growth_rate|2022]]). L'usine, qui a produit [[1,1 million|1100000|units|production|2021]] de couteaux l'an dernier, n'en sortira pas plus de [[900 000|900000|units|production|2022|a]] cette année.
Sur les [[quatre-vingt-six|86|persons|employees|-]] salariés, [[une douzaine|12|persons|other|-|a,alt=jobs]] sont en chômage partiel. Pas de licenciements pour l'instant.
La PME va investir [[1,3 million d'euros|1300000|EUR|investment|2023]] en <<2023>> dans un four à induction électrique, subventionné à hauteur de [[40 %|40|percent|other|2023]] par l'Ademe.
Toute la filière souffre. La fédération de la coutellerie, qui revendique [[cent dix|110|companies|members|-|e=fédération de la coutellerie]] entreprises adhérentes, estime que [[plus de 40 %|40|percent|other|-|a,e=fédération de la coutellerie]] de ses membres ont vu leur facture énergétique progresser de plus de {{150 %}} depuis <<2021>>.
""",
    },
    {
        "id": "own103",
        "published": "2023-11-28",
        "entity": "économie du Jura",
        "geo": "Jura",
        "title": "Conjoncture : le Jura tient, l'horlogerie marque le pas",
        "text": """
JURA – Au troisième trimestre <<2023>>, l'indicateur du climat des affaires calculé par la chambre de commerce et d'industrie du Jura s'est établi à [[97|97|other|other|2023]], sous sa moyenne de long terme ({{100}}). Sur les [[628|628|companies|companies|2023|alt=participants]] établissements ayant répondu, [[44 %|44|percent|other|2023]] font état d'une activité stable, [[29 %|29|percent|other|2023]] d'une hausse, [[27 %|27|percent|other|2023]] d'un recul.
L'horlogerie et sa sous-traitance ? Moins bien loties : le recul y touche [[quatre entreprises sur dix|40|percent|other|2023]]. Le secteur emploie [[2 900|2900|persons|employees|-|e=horlogerie jurassienne]] salariés dans le département, soit [[6,8 %|6.8|percent|market_share|-|e=horlogerie jurassienne]] de l'emploi privé.
Les effectifs résistent pourtant : [[81 %|81|percent|other|2023]] des dirigeants n'envisagent aucun changement d'ici mars. Les intentions d'investissement, elles, fléchissent. [[36 %|36|percent|other|2023]] des entreprises comptent investir dans les <<douze prochains mois>>, contre [[45 %|45|percent|other|2022]] au même trimestre de l'année précédente ; pour celles-là, le montant moyen envisagé atteint [[85 k€|85000|EUR|investment|2023]], et [[12 k€|12000|EUR|investment|2023]] seulement pour les commerces.
Le Jura compte [[13 200|13200|companies|companies|-]] entreprises inscrites au registre du commerce, dont [[quelque 1 150|1150|companies|companies|-|a]] dans l'industrie. « On n'est pas dans la crise, on est dans l'attente », résume le président de la chambre, élu jusqu'en <<2026>>.
""",
    },
    {
        "id": "own104",
        "published": "2025-03-18",
        "entity": "Ysaline",
        "geo": "France",
        "title": "Ysaline, le bijou en ligne qui voulait des boutiques",
        "text": """
Née sur internet en <<2016>>, la marque de bijoux en or recyclé Ysaline a réalisé en <<2024>> un chiffre d'affaires de [[27,4 millions d'euros|27400000|EUR|revenue|2024]], contre [[19,9 millions|19900000|EUR|revenue|2023]] l'année précédente ([[+38 %|38|percent|growth_rate|2024]]). Son site marchand en assure [[83 %|83|percent|other|2024]], le reste provenant de [[trois|3|stores|stores|-]] boutiques ouvertes à Paris, Lyon et Besançon, et de [[vingt-huit|28|stores|stores|-]] corners dans des grands magasins.
Les commandes en ligne ? [[Plus de 130 000|130000|other|other|2024|a]] l'an dernier, pour un panier moyen de [[212 euros|212|EUR|other|2024]]. L'étranger (Belgique, Allemagne, Suisse) pèse [[14 %|14|percent|exports|2024]] des ventes.
Tout n'est pas rose. L'entreprise a perdu [[1,6 M€|1600000|EUR|other|2024]] sur l'exercice, plombée par les ouvertures de boutiques et un budget marketing qui avale [[22 %|22|percent|other|2024]] du chiffre d'affaires. Et l'or coûte cher : l'once a gagné [[27 %|27|percent|growth_rate|2024|e=once d'or]] en <<2024>>, obligeant la marque à relever ses prix de [[6 %|6|percent|growth_rate|2025|alt=other]] au <<1er janvier>>.
Pour <<2025>>, la fondatrice, Ysaline Moreau, <<39>> ans, vise [[35 millions|35000000|EUR|revenue|2025]] de ventes et [[sept|7|stores|stores|2025]] points de vente en propre. Elle prévoit [[vingt|20|persons|jobs|2025]] recrutements ; la société compte aujourd'hui [[115|115|persons|employees|-]] collaborateurs, dont [[71 %|71|percent|other|-]] de femmes.
""",
    },
    {
        "id": "own105",
        "published": "2024-04-04",
        "entity": "salon Micromedica",
        "geo": "Besançon",
        "title": "Micromedica : le dispositif médical, nouvelle vitrine des microtechniques",
        "text": """
BESANÇON – Pour sa <<6e>> édition, ouverte mardi au parc des expositions, le salon Micromedica accueille [[312|312|companies|participants|-|alt=companies]] exposants venus de {{quatorze}} pays. Les organisateurs attendent [[environ 9 000|9000|persons|participants|-|a]] visiteurs professionnels d'ici jeudi, contre [[7 400|7400|persons|participants|2022]] lors de la précédente édition, en <<2022>>. Le badge coûte [[45 €|45|EUR|other|-]] la journée.
Le thème est porteur. D'après une étude présentée en ouverture, les [[145|145|companies|companies|-|e=filière microtechnique du Doubs]] entreprises de la filière microtechnique du Doubs consacrent [[près de 30 %|30|percent|other|-|a,e=filière microtechnique du Doubs]] de leur production au médical, contre [[18 %|18|percent|other|2018|e=filière microtechnique du Doubs]] en <<2018>>. Ce débouché leur a rapporté [[640 millions d'euros|640000000|EUR|revenue|2023|e=filière microtechnique du Doubs]] l'an dernier.
Les jeunes pousses y trouvent aussi leur compte. [[Une dizaine|10|companies|companies|-|a,e=start-up medtech]] de start-up medtech implantées entre Besançon et la frontière ont levé [[38 M€|38000000|EUR|investment|2023|alt=other,e=start-up medtech]] en <<2023>>, dont [[12|12000000|EUR|investment|2023|alt=other,e=Nanoserre]] pour la seule Nanoserre, spécialiste des micro-aiguilles.
Reste l'éternelle question des bras. La filière emploie [[6 300|6300|persons|employees|-|e=filière microtechnique du Doubs]] personnes ; [[500|500|persons|jobs|-|e=filière microtechnique du Doubs]] postes y sont non pourvus, selon l'union patronale de la métallurgie. « Un diplômé de BTS microtechniques se voit proposer [[2 100 euros|2100|EUR|other|-]] brut chez nous, et {{le double}} à <<vingt kilomètres>>, de l'autre côté de la frontière », soupire un exposant.
""",
    },
    {
        "id": "own106",
        "published": "2024-02-08",
        "entity": "Atelier Sarrazin Orfèvres",
        "geo": "Besançon",
        "title": "Chez Sarrazin, l'or se travaille encore au marteau",
        "text": """
BESANÇON – Dans l'arrière-cour du <<14>>, rue des Granges, on entend d'abord le marteau. L'Atelier Sarrazin, fondé en <<1961>> par un compagnon orfèvre, fabrique bagues, alliances et pièces de table pour une clientèle de plus en plus lointaine. Des artisans ? Ils sont [[dix-neuf|19|persons|employees|-]] aujourd'hui, contre [[onze|11|persons|employees|2019]] en <<2019>>.
Le chiffre d'affaires de l'an dernier ? [[2,4 millions d'euros|2400000|EUR|revenue|2023]], dont [[38 %|38|percent|exports|2023]] réalisés hors de France (Suisse et Japon en tête). « On a doublé en <<cinq ans>>, sans jamais faire de publicité », résume Hélène Sarrazin, petite-fille du fondateur, <<47>> ans.
Pour tenir les délais, la maison met [[450 000 euros|450000|EUR|investment|-]] sur la table : un four de fonte sous vide et un laser de soudure, financés à [[30 %|30|percent|other|-]] par la Région. L'atelier a transformé en 2023 [[près de 40 kilos|40|other|production|2023|a,alt=other]] d'or <<18>> carats, une matière dont le prix a grimpé de [[14 %|14|percent|growth_rate|2023]] sur l'exercice.
Il accueille aussi [[quatre|4|persons|employees|-]] apprentis et compte en embaucher [[deux|2|persons|jobs|-]] autres à la rentrée. Le carnet de commandes, lui, court jusqu'en <<septembre>>.
""",
    },
    {
        "id": "own107",
        "published": "2023-09-19",
        "entity": "Chronoservice",
        "geo": "Morteau",
        "title": "Le service après-vente, nouvel eldorado du Haut-Doubs",
        "text": """
MORTEAU – Une montre mécanique se révise tous les <<cinq ans>> environ. Multipliez par les {{millions}} de pièces vendues depuis <<vingt ans>>, et vous obtenez un marché. Chronoservice l'a compris tôt. Le centre de réparation, installé depuis <<2012>> dans une ancienne fromagerie de la route de Pontarlier, a traité l'an dernier [[31 500|31500|units|other|2022|alt=production]] montres, soit [[un quart|25|percent|growth_rate|2022|a]] de plus qu'en <<2021>>.
Qui sont ses clients ? Pour [[60 %|60|percent|other|2022]] de l'activité, des marques suisses qui lui sous-traitent leur SAV français. Le reste se partage entre particuliers et [[près de 140|140|companies|other|-|a,alt=companies]] bijoutiers-horlogers indépendants.
Une révision complète coûte [[290 euros|290|EUR|other|-]] en moyenne, hors pièces, et le délai est tombé à <<trois semaines>>. Les pièces détachées, elles, représentent [[18 %|18|percent|other|2022]] des recettes.
L'équipe est passée de [[22|22|persons|employees|2020]] horlogers rhabilleurs en <<2020>> à [[37|37|persons|employees|-]] aujourd'hui. « J'en prendrais [[dix|10|persons|jobs|-]] de plus demain matin, mais les profils n'existent pas », regrette le gérant, Thibault Marchal.
Chiffre d'affaires : [[2,9 M€|2900000|EUR|revenue|2022]] en <<2022>>. L'objectif, [[4 M€|4000000|EUR|revenue|2025]], est fixé à l'horizon <<2025>>.
""",
    },
    {
        "id": "own108",
        "published": "2024-06-11",
        "entity": "Vautrin Genève",
        "geo": "Paris",
        "title": "Rue de la Paix : Vautrin s'offre une vitrine parisienne",
        "text": """
PARIS – Après Genève, Londres et Tokyo, l'horloger Vautrin plante son drapeau à deux pas de la place Vendôme, au <<9>>, rue de la Paix (<<IIe>> arrondissement). La boutique de {{420 m²}}, sur {{deux}} niveaux, a nécessité un investissement de [[12 millions d'euros|12000000|EUR|investment|-]], travaux et droit au bail compris.
C'est la <<cinquième>> adresse en propre de la marque en Europe. Dans le monde, le réseau compte [[vingt-trois|23|stores|stores|-]] boutiques en nom propre et [[environ 310|310|stores|stores|-|a]] points de vente multimarques.
Pourquoi Paris ? Les touristes, d'abord, qui assurent [[près de 70 %|70|percent|market_share|-|a,alt=other]] des ventes de montres de luxe dans la capitale, selon le cabinet Lumen Retail. Ce marché parisien pèse [[1,1 Md€|1100000000|EUR|revenue|2023]] (chiffres <<2023>>), [[+9 %|9|percent|growth_rate|2023]] sur un an.
Vautrin y vise [[15 millions d'euros|15000000|EUR|revenue|2025]] de ventes dès <<2025>>. L'équipe réunit [[quinze|15|persons|employees|-]] conseillers et [[deux|2|persons|employees|-]] horlogers chargés du service après-vente sur place. « Une montre achetée ici doit pouvoir y revenir », insiste la directrice France, Laure Emery.
Le loyer n'a pas été dévoilé ; dans la rue, les valeurs locatives dépassent [[20 000 euros|20000|EUR|other|-|a]] le mètre carré par an.
""",
    },
    {
        "id": "own109",
        "published": "2023-04-27",
        "entity": "Décolletage Rivaud",
        "geo": "Jura",
        "title": "Rivaud ferme son usine des Orvaux",
        "text": """
Le couperet est tombé mardi, lors d'un comité social et économique extraordinaire. Décolletage Rivaud, sous-traitant spécialisé dans les platines et les ponts de montres, va fermer son usine des Orvaux (Jura, <<39>>) d'ici à l'automne. Le plan de sauvegarde de l'emploi (PSE) touche [[87|87|persons|jobs|-]] des [[112|112|persons|employees|-]] salariés du site ; les [[25|25|persons|jobs|-]] autres se verront proposer un poste à Morez, à {{40 kilomètres}}.
La direction invoque un effondrement des commandes ([[–34 %|-34|percent|growth_rate|2022]] en <<2022>>) et des pertes cumulées de [[6,8 millions d'euros|6800000|EUR|other|-]] sur les <<trois>> derniers exercices.
Côté accompagnement, l'enveloppe atteint [[4,2 M€|4200000|EUR|other|-|alt=investment]]. Elle comprend :
- une prime supra-légale de [[25 000 euros|25000|EUR|other|-]] par salarié, majorée de [[1 000 euros|1000|EUR|other|-]] par année d'ancienneté ;
- un congé de reclassement de <<douze mois>> ;
- une aide à la création d'entreprise plafonnée à [[15 000 euros|15000|EUR|other|-]].
« Sur [[87|87|persons|jobs|-]] personnes, on en a [[une vingtaine|20|persons|other|-|a]] qui ont plus de <<58>> ans. Qui va les embaucher ? », s'inquiète Sophie Lambert, déléguée CFDT.
Le site, ouvert en <<1974>>, avait employé jusqu'à [[300|300|persons|employees|1991|a]] ouvriers en <<1991>>. Avec cette fermeture, le département ne compte plus que [[neuf|9|companies|companies|-]] décolleteurs.
""",
    },
    {
        "id": "own110",
        "published": None,
        "published_year_inferred": 2025,
        "year": 2025,
        "entity": "Musée de l'Horlogerie de Villers-la-Combe",
        "geo": "Villers-la-Combe",
        "title": "Le musée de l'Horlogerie bat son record",
        "text": """
Le musée de l'Horlogerie de Villers-la-Combe a bouclé la meilleure saison de son histoire. En <<2024>>, [[41 320|41320|persons|participants|2024]] visiteurs ont franchi ses portes, contre [[35 900|35900|persons|participants|2023]] l'année précédente (soit [[+15 %|15|percent|growth_rate|2024]]).
Les scolaires ? [[Un peu plus de 6 000|6000|persons|participants|2024|a]], venus de toute la région. Quant aux étrangers – Suisses et Allemands en tête –, ils représentent [[28 %|28|percent|other|2024]] de la fréquentation.
Les tarifs n'ont pas bougé : [[9 euros|9|EUR|other|-]] en plein tarif, [[6,50 euros|6.5|EUR|other|-]] en tarif réduit, gratuité pour les moins de <<12 ans>>. La billetterie a rapporté [[312 000 euros|312000|EUR|revenue|2024]] sur l'année, la boutique [[environ 95 000|95000|EUR|revenue|2024|a]].
Le musée emploie [[huit|8|persons|employees|-]] permanents, renforcés l'été par [[une dizaine|10|persons|employees|-|a]] de saisonniers. « Nos automates restent la star, mais les ateliers de démontage pour enfants ont tout changé », sourit la conservatrice, Mathilde Roux.
Pour cette année <<2025>>, l'équipe table sur [[45 000|45000|persons|participants|2025]] entrées, portée par une exposition consacrée aux chronomètres de marine. Un chantier de [[780 000 euros|780000|EUR|investment|2025]], financé pour {{moitié}} par le Département, doit aussi rendre l'étage accessible aux fauteuils roulants.
""",
    },
    {
        "id": "own111",
        "published": "2024-10-03",
        "entity": "emploi salarié",
        "geo": "Doubs",
        "title": "Doubs : l'industrie pèse encore lourd dans l'emploi",
        "text": """
Selon la dernière note de conjoncture de l'Institut régional de la statistique, le Doubs comptait [[198 400|198400|persons|employees|2023-12-31]] emplois salariés au <<31 décembre 2023>>. L'industrie en concentre [[19,6 %|19.6|percent|market_share|2023-12-31]], contre [[12,4 %|12.4|percent|market_share|2023-12-31]] en moyenne en France métropolitaine.
Le détail par branche est parlant :
- fabrication de matériels de transport : [[14 200|14200|persons|employees|2023-12-31]] postes ;
- horlogerie, bijouterie et instruments de précision : [[8 900|8900|persons|employees|2023-12-31]] ([[+3,2 %|3.2|percent|growth_rate|2023]] sur un an) ;
- métallurgie et produits métalliques : [[7 600|7600|persons|employees|2023-12-31]] ([[–1,4 %|-1.4|percent|growth_rate|2023]]).
À elle seule, l'horlogerie du département rassemble [[près de la moitié|50|percent|market_share|2023-12-31|a]] des effectifs de la branche en Bourgogne-Franche-Comté. Les femmes, elles, occupent [[41 %|41|percent|other|2023-12-31]] des emplois industriels.
Les services marchands continuent de tirer l'ensemble : [[+1 850|1850|persons|jobs|2023]] postes en un an. Le taux de chômage départemental s'établit à [[6,1 %|6.1|percent|other|2024]] au deuxième trimestre <<2024>>.
À noter : les travailleurs frontaliers – [[environ 38 000|38000|persons|employees|-|a,alt=other]] habitants du département employés en Suisse – n'apparaissent pas dans ces statistiques. La note, publiée le <<2 octobre>>, est la <<quatrième>> d'une série consacrée aux zones d'emploi.
""",
    },
    {
        "id": "own112",
        "published": "2024-03-06",
        "entity": "Groupe Helvor",
        "geo": "Suisse",
        "title": "Helvor résiste au franc fort, pas son bénéfice",
        "text": """
BIENNE – Le groupe horloger Helvor, coté à la Bourse suisse, a publié mardi des comptes <<2023>> en demi-teinte. Le chiffre d'affaires net s'est établi à [[3,42 milliards de francs suisses|3420000000|other|revenue|2023|cur=CHF]], en progression de [[4,6 %|4.6|percent|growth_rate|2023]] – et même de [[9,1 %|9.1|percent|growth_rate|2023]] à taux de change constants.
Le bénéfice net, en revanche, recule à [[512 millions|512000000|other|other|2023|cur=CHF]] (contre [[587 millions|587000000|other|other|2022|cur=CHF]] un an plus tôt). « Nous avons gagné des parts de marché partout, sauf en Chine continentale », a commenté le directeur général, Marc Jaquier.
Par région, l'Asie reste le premier débouché avec [[41 %|41|percent|other|2023]] des ventes, devant l'Europe ([[33 %|33|percent|other|2023]]) et les Amériques ([[22 %|22|percent|other|2023]]). Les {{sept}} marques du groupe ont toutes progressé, à l'exception de la ligne d'entrée de gamme <<Nova 20>>.
Fin décembre, Helvor employait [[17 850|17850|persons|employees|2023]] collaborateurs, dont [[environ 11 000|11000|persons|employees|2023|a]] en Suisse. Le conseil d'administration proposera un dividende de [[6,50 francs|6.5|other|other|2023|cur=CHF]] par action, contre [[7|7|other|other|2022|cur=CHF]] au titre de l'exercice précédent.
Pour <<2024>>, la direction ne donne pas d'objectif chiffré, mais prévoit d'investir [[environ 280 millions de francs|280000000|other|investment|2024|a,cur=CHF]] dans ses manufactures du Jura bernois et de la vallée de Joux. Le titre a cédé [[3,8 %|-3.8|percent|growth_rate|-|alt=other]] à la clôture.
""",
    },
    {
        "id": "own113",
        "published": "2024-11-15",
        "entity": "commerce de luxe genevois",
        "geo": "Genève",
        "title": "Rue du Rhône : les vitrines se vident, les loyers tiennent",
        "text": """
GENÈVE – Sur les {{800 mètres}} de la rue du Rhône, combien de vitrines vides ? [[Onze|11|stores|other|-|alt=stores]], selon le dernier pointage de Rhône-Cité, l'association des commerçants du quartier, qui en dénombrait [[quatre|4|stores|other|2023|alt=stores]] l'an dernier. L'association fédère [[143|143|companies|members|-]] enseignes, dont [[une soixantaine|60|companies|members|-|a]] dans l'horlogerie et la joaillerie.
Le loyer moyen d'une arcade en rez-de-chaussée s'y établit à [[9'200 francs|9200|other|other|-|cur=CHF]] le mètre carré par an, quasi stable ([[–0,5 %|-0.5|percent|growth_rate|-]]). La fréquentation piétonne a en revanche reculé de [[7 %|-7|percent|growth_rate|2024]] sur les <<neuf>> premiers mois de l'année.
« Les touristes chinois ne sont revenus qu'à [[60 %|60|percent|other|-]] de leur niveau de <<2019>> », note Pascal Dufaux, président de Rhône-Cité.
Côté ventes, les horlogers-bijoutiers de la ville auraient encaissé [[1,7 milliard de francs|1700000000|other|revenue|2023|a,cur=CHF]] en <<2023>>, selon une estimation de la banque cantonale, soit [[près d'un quart|25|percent|market_share|2023|a]] du commerce de détail horloger en Suisse. Les grandes maisons emploient à Genève [[quelque 3'000|3000|persons|employees|-|a]] vendeurs.
Pourtant, ça bouge : [[trois|3|stores|stores|2025]] boutiques doivent ouvrir au printemps <<2025>>, dont un vaisseau amiral de {{350 m²}} pour une maison joaillière parisienne.
""",
    },
    {
        "id": "own114",
        "published": None,
        "published_year_inferred": 2023,
        "year": 2023,
        "entity": "École d'art joaillier Lysandre",
        "geo": "Lyon",
        "title": "Joaillerie : les établis font le plein",
        "text": """
Ils étaient [[312|312|persons|other|-|alt=participants]] à postuler ; [[vingt-quatre|24|persons|participants|-]] ont été retenus. En cette rentrée <<2023>>, l'école d'art joaillier Lysandre, installée sur les pentes de la Croix-Rousse à Lyon, affiche complet pour la <<sixième>> année consécutive.
Le cursus dure <<deux ans>> et coûte [[8 400 euros|8400|EUR|other|-]] par an – une somme prise en charge, pour [[plus de la moitié|50|percent|other|-|a]] des élèves, par un employeur en apprentissage. « Le métier attire des reconversions : [[40 %|40|percent|other|-]] de nos élèves ont plus de <<30 ans>> », explique la fondatrice, Inès Berthier, ancienne sertisseuse place Vendôme.
Les débouchés ne manquent pas. La fédération professionnelle estime qu'il faudra recruter [[2 500|2500|persons|jobs|2030|a]] artisans en bijouterie-joaillerie d'ici <<2030>>, alors que les écoles françaises n'en diplôment qu'[[environ 400|400|persons|other|-|a]] par an.
L'école a investi l'an dernier [[180 000 euros|180000|EUR|investment|2022]] dans un atelier de fonte à la cire perdue. Ses [[onze|11|persons|employees|-]] formateurs sont tous des professionnels en activité. Et ses stages de découverte du week-end ([[390 euros|390|EUR|other|-]] les deux jours) ont accueilli [[260|260|persons|participants|2022]] amateurs l'année dernière.
""",
    },
    {
        "id": "own115",
        "published": "2024-01-23",
        "entity": "Castel-Or",
        "geo": "Montbrézieux",
        "title": "Castel-Or : un plan social et beaucoup de questions",
        "text": """
[[Cent quarante-six|146|persons|jobs|-]]. C'est le nombre de postes que Castel-Or, fabricant de chaînes et d'alliances en or, prévoit de supprimer dans son usine de Montbrézieux. Le site en compte aujourd'hui [[deux cent trente|230|persons|employees|-]]. Le projet de plan de sauvegarde de l'emploi, présenté aux élus le <<18 janvier>>, prévoit aussi [[31|31|persons|jobs|-]] mutations vers l'atelier lyonnais du groupe.
Les raisons ? Le cours de l'or, d'abord : l'once a franchi les [[2 000 dollars|2000|other|other|-|cur=USD]], ce qui renchérit d'autant les bijoux d'entrée de gamme. Les volumes, ensuite : [[1,9 tonne|1.9|other|production|2023]] d'or travaillée en <<2023>>, contre [[2,6 tonnes|2.6|other|production|2022]] l'année précédente. Le chiffre d'affaires a suivi ([[–18 %|-18|percent|growth_rate|2023]]), à [[61 millions d'euros|61000000|EUR|revenue|2023]].
Pour les syndicats, la pilule ne passe pas. « Le groupe a versé [[9 millions|9000000|EUR|other|2023]] de dividendes à son actionnaire l'an dernier », rappelle Karim Benali (CGT). La direction promet un budget d'accompagnement de [[7,5 M€|7500000|EUR|other|-|alt=investment]], soit [[environ 51 000 euros|51000|EUR|other|-|a]] par salarié concerné.
Le bassin n'est pas sinistré pour autant : le taux de chômage y plafonne à [[5,8 %|5.8|percent|other|-]], et [[une vingtaine|20|companies|companies|-|a]] d'entreprises de mécanique de précision recrutent dans un rayon de {{30 kilomètres}}.
""",
    },
    {
        "id": "own116",
        "published": "2024-07-18",
        "entity": "Tessor Holding",
        "geo": "Genève",
        "title": "Semestre en trou d'air pour Tessor",
        "text": """
GENÈVE – Le premier semestre <<2024>> restera comme un trou d'air pour Tessor Holding. Le propriétaire des marques Orlane Genève et Sertis a vu ses ventes fondre de [[12,3 %|-12.3|percent|growth_rate|2024]], à [[CHF 1,18 milliard|1180000000|other|revenue|2024|cur=CHF]]. La Chine continentale, où le groupe réalise [[près d'un tiers|33.3|percent|other|2024|a]] de son activité, a plongé de [[27 %|-27|percent|growth_rate|2024]].
Le résultat opérationnel ? Divisé par deux : [[143 millions de francs|143000000|other|other|2024|cur=CHF]], contre [[291 millions|291000000|other|other|2023|cur=CHF]] au premier semestre <<2023>>. Même le modèle vedette, l'<<Aria 38>>, marque le pas.
Conséquence directe, le groupe gèle les embauches et supprimera « autant que possible par des départs naturels » [[environ 250|250|persons|jobs|-|a]] postes sur ses [[9 400|9400|persons|employees|-]] collaborateurs, surtout dans les fonctions support. Les investissements prévus pour l'année sont ramenés de [[190|190000000|other|investment|2024|cur=CHF]] à [[140 millions de francs|140000000|other|investment|2024|cur=CHF]].
Seule éclaircie, le réseau de boutiques en propre – [[118|118|stores|stores|-]] adresses, soit [[six|6|stores|stores|2024]] de plus qu'en janvier – affiche des ventes stables.
À la Bourse suisse, l'action a perdu [[8,4 %|-8.4|percent|growth_rate|-|alt=other]] dans la journée. Les analystes de Meyrin & Cie tablent désormais sur un chiffre d'affaires annuel de [[2,4 milliards|2400000000|other|revenue|2024|a,cur=CHF]].
""",
    },
    {
        "id": "own117",
        "published": None,
        "published_year_inferred": 2024,
        "year": 2024,
        "entity": "Réseau Horlomédic",
        "geo": "France",
        "title": "Horlomédic veut un réparateur dans chaque ville moyenne",
        "text": """
Changer une pile, remplacer un verre, réviser un mouvement automatique : le quotidien des [[58|58|stores|stores|-]] comptoirs Horlomédic n'a rien de spectaculaire. Il fait pourtant vivre [[quelque 170|170|persons|employees|-|a]] techniciens. Créée en <<2014>> à Dijon par {{deux}} anciens horlogers de grande surface, la franchise fête cette année ses <<dix>> ans.
Le principe est simple : le franchisé apporte [[entre 60 000 et 90 000 euros|60000|EUR|investment|-|max=90000]] (dont un apport personnel d'[[au moins 25 k€|25000|EUR|other|-|a]]), le réseau fournit l'outillage, la formation et les contrats avec [[une trentaine|30|companies|companies|-|a]] de marques horlogères.
En <<2023>>, les comptoirs ont réalisé [[218 000|218000|units|other|2023|alt=production]] interventions, pour un chiffre d'affaires cumulé de [[14,6 millions d'euros|14600000|EUR|revenue|2023]] ([[+11 %|11|percent|growth_rate|2023]]). Le ticket moyen ? [[67 euros|67|EUR|other|2023]]. Mais les révisions complètes, facturées [[entre 180 et 450 euros|180|EUR|other|-|max=450]], pèsent [[37 %|37|percent|other|2023]] des recettes.
L'objectif affiché : [[100|100|stores|stores|2027]] points de service à l'horizon <<2027>>, dont [[une quinzaine|15|stores|stores|2027|a]] en Belgique et en Suisse romande. « Des horlogers qualifiés, j'en cherche en permanence. Rien que cette année, il m'en faudrait [[vingt-cinq|25|persons|jobs|-]] », confie le fondateur, Rémi Sauvageot.
""",
    },
    {
        "id": "own118",
        "published": "2023-06-29",
        "entity": "travailleurs frontaliers",
        "geo": "Bourgogne-Franche-Comté",
        "title": "Frontaliers : le cap des 40 000 franchi",
        "text": """
Ils sont désormais [[41 700|41700|persons|employees|2022|alt=other]] à franchir chaque matin la frontière pour aller travailler en Suisse. Ce chiffre, arrêté fin <<2022>> par l'observatoire statistique transfrontalier, marque une hausse de [[5,3 %|5.3|percent|growth_rate|2022]] en un an – soit [[2.100|2100|persons|jobs|2022|alt=other]] de plus – et de [[près de 60 %|60|percent|growth_rate|2022|a]] depuis <<2012>>.
Le Doubs fournit à lui seul [[71 %|71|percent|market_share|2022|alt=other]] de ces travailleurs, loin devant le Jura ([[16 %|16|percent|market_share|2022|alt=other]]) et le Territoire de Belfort. Côté suisse, [[trois quarts|75|percent|other|2022|a]] d'entre eux sont employés dans les cantons de Neuchâtel et de Vaud, et [[un sur trois|33.3|percent|other|2022|a]] dans l'horlogerie. Salaire médian : [[6 300 francs|6300|other|other|2022|cur=CHF]] brut par mois.
Dans les communes de la bande frontalière, la part des frontaliers dans la population active dépasse [[40 %|40|percent|other|2022|a]].
Conséquence, l'industrie locale peine à recruter. Dans le Haut-Doubs, [[62 %|62|percent|other|-]] des entreprises industrielles interrogées ce printemps par la chambre de commerce déclarent des difficultés d'embauche. L'emploi industriel y représente pourtant [[23,5 %|23.5|percent|market_share|-]] de l'emploi salarié, l'une des proportions les plus élevées de France.
""",
    },
    {
        "id": "own119",
        "published": "2023-12-05",
        "entity": "Maison Delaunay-Ferrand",
        "geo": "Paris",
        "title": "Delaunay-Ferrand rapatrie ses ateliers à Paris",
        "text": """
C'est un retour aux sources. La maison de haute joaillerie Delaunay-Ferrand, fondée en <<1894>> rue Saint-Honoré, va réunir ses ateliers – aujourd'hui dispersés entre Pantin, Annecy et Anvers – dans un immeuble du <<XIe>> arrondissement. Montant de l'opération : [[23 millions d'euros|23000000|EUR|investment|-]], dont [[14|14000000|EUR|other|-|alt=investment]] pour l'acquisition des murs.
Le futur site accueillera [[cent dix|110|persons|employees|2025]] artisans (joailliers, sertisseurs, polisseurs, lapidaires) à partir de <<2025>>. Aujourd'hui, ils sont [[quatre-vingt-cinq|85|persons|employees|-]]. « Nous allons recruter [[vingt-cinq|25|persons|jobs|-]] personnes, dont [[dix|10|persons|jobs|-]] apprentis », précise le directeur industriel, Arnaud Pelletier.
Détenue à [[65 %|65|percent|other|-]] par la famille fondatrice et à [[35 %|35|percent|other|-]] par un fonds luxembourgeois, la maison a réalisé [[212 millions d'euros|212000000|EUR|revenue|2022]] de chiffre d'affaires en <<2022>>. Ses [[neuf|9|stores|stores|-]] boutiques – Paris, Londres, Dubaï, Tokyo… – écoulent [[80 %|80|percent|other|-]] de la production ; le reste passe par [[une quarantaine|40|stores|stores|-|a]] de détaillants agréés.
Le moment n'est pas anodin. À [[plus de 60 000 euros|60000|EUR|other|-|a]] le kilo, l'or n'a jamais été aussi cher, et les ateliers en consomment [[environ 300 kilos|300|other|production|-|a,alt=other]] par an.
""",
    },
    {
        "id": "own120",
        "published": "2024-08-21",
        "entity": "Circuit des Maîtres-Horlogers",
        "geo": "Jura",
        "title": "Tourisme horloger : le circuit des Maîtres-Horlogers change d'échelle",
        "text": """
Combien de visiteurs ? [[Quatre-vingt-sept mille|87000|persons|participants|2023]] l'an dernier, sur l'ensemble des [[quatorze|14|sites|other|-]] étapes du circuit des Maîtres-Horlogers : musées, manufactures ouvertes au public, ateliers de restauration.
Combien de partenaires ? [[Vingt-deux|22|companies|members|-]] entreprises adhèrent à l'association qui l'anime, moyennant une cotisation de [[1 200 euros|1200|EUR|other|-]] par an.
Et combien ça rapporte ? Selon l'agence départementale d'attractivité, chaque visiteur dépense en moyenne [[74 euros|74|EUR|other|2023]], soit des retombées estimées à [[6,4 millions d'euros|6400000|EUR|other|2023|a,alt=investment]] pour le territoire.
La tendance reste bonne : au premier semestre <<2024>>, la fréquentation progresse de [[9 %|9|percent|growth_rate|2024]]. Le musée de la Montre de Saint-Ivry, vaisseau amiral du circuit, revendique à lui seul [[31 000|31000|persons|participants|2023]] entrées en <<2023>> – [[plus d'un tiers|33.3|percent|market_share|2023|a]] du total.
Le billet couplé, lancé cette saison, coûte [[24 euros|24|EUR|other|-]] (au lieu de [[31|31|EUR|other|-]] en achetant les entrées séparément). Prochaine étape : une enveloppe de [[1,3 M€|1300000|EUR|investment|2026]] pour la signalétique et une application mobile, à l'horizon <<2026>>, cofinancée par l'Europe à hauteur de [[40 %|40|percent|other|2026]]. Renseignements au <<03 84 52 17 90>>.
""",
    },
]
