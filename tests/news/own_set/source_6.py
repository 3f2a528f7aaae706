"""Marked-up texts of the sixth own generalisation set (own151-own180): fictional companies,
people and small places, our own words, written and labelled by the rules of LABELS.md by two
helpers who read neither the extractor, the dev texts nor the earlier own sets. No rule was
written from this set: it is the last unseen measure. See build_set.py for the mark-up. These
figures are test data, never shipped data.

Undated articles (published None) carry "published_year_inferred", worked out from the text
(each article's comment says how): own155 2025, own160 2024, own163 2023, own170 2024, own174
2023, own180 2024.
"""

ARTICLES = [
    {
        "id": "own151",
        "published": "2024-02-08",
        "entity": "Horlogerie Brézolles",
        "geo": "Besançon",
        "title": "Brézolles signe une année record",
        "text": """
BESANÇON – Année record pour Horlogerie Brézolles. La manufacture bisontine, fondée en <<1962>> dans le quartier de Battant, a clos l'exercice 2023 sur un chiffre d'affaires de [[31,8 M€|31800000|EUR|revenue|2023]] ([[+12 %|12|percent|growth_rate|2023]]), contre [[28,4 M€|28400000|EUR|revenue|2022]] un an plus tôt. L'international pèse désormais [[55 %|55|percent|exports|2023]] des ventes, tiré par l'Asie et l'Amérique du Nord.
Les ateliers du <<7>> rue des Cerisiers emploient [[176|176|persons|employees|-]] personnes. [[Une vingtaine|20|persons|jobs|2024|a]] de recrutements sont programmés cette année, surtout des horlogers rhabilleurs et des polisseurs. Pour les accueillir, la direction va consacrer [[2,3 millions d'euros|2300000|EUR|investment|-]] à l'agrandissement du site, dont [[400 000 euros|400000|EUR|investment|-]] pour un laboratoire de contrôle qualité. La Région apporte une aide de [[350 000 euros|350000|EUR|other|-|alt=investment]].
Le modèle phare de la maison, le chronographe <<B-62>>, est affiché à [[2 450 euros|2450|EUR|other|-]]. Il représente à lui seul [[un quart|25|percent|other|2023|a]] des montres livrées l'an passé.
""",
    },
    {
        "id": "own152",
        "published": "2024-06-19",
        "entity": "Boîtes Jacquemot",
        "geo": "Morteau",
        "title": "À Morteau, le boîtier horloger broie du noir",
        "text": """
MORTEAU – Dans l'atelier de polissage, plusieurs établis sont vides. Chez Boîtes Jacquemot, fabricant de boîtiers de montres installé au bord du Doubs depuis <<1948>>, l'hiver a été rude. Des salariés ? Il en reste [[140|140|persons|employees|-]]. Ils étaient [[212|212|persons|employees|2021]] en <<2021>>, au sommet de la vague des commandes suisses.
Le plan de sauvegarde de l'emploi présenté en mars prévoit [[trente-huit|38|persons|jobs|-]] suppressions supplémentaires. « Nos clients horlogers ont réduit leurs commandes de [[40 %|-40|percent|growth_rate|-]] en un an », explique le PDG, Hervé Jacquemot, <<61>> ans. Le chiffre d'affaires a suivi la même pente : [[17,2 millions d'euros|17200000|EUR|revenue|2023]] l'an dernier, contre [[24 millions|24000000|EUR|revenue|2022]] l'année précédente.
Les syndicats dénoncent un plan « disproportionné ». Selon eux, [[une dizaine|10|persons|jobs|-|a]] de postes pourraient être sauvés si l'entreprise rapatriait le polissage confié à un sous-traitant portugais. La direction promet [[12 000 euros|12000|EUR|other|-]] de prime extra-légale par salarié licencié et [[six|6|persons|jobs|-]] reclassements dans l'usine sœur de Villers-le-Lac.
Dans le Haut-Doubs, où la sous-traitance horlogère emploie [[près de 3 000|3000|persons|employees|-|e=sous-traitance horlogère]] personnes, l'inquiétude gagne. Le taux de chômage de la zone d'emploi reste pourtant bas, à [[4,8 %|4.8|percent|other|-]]. Beaucoup de licenciés espèrent retrouver un poste de l'autre côté de la frontière, à <<vingt>> minutes de route.
""",
    },
    {
        "id": "own153",
        "published": "2023-10-05",
        "entity": "Orfeo Bijoux",
        "geo": "France",
        "title": "Orfeo veut franchir le cap des 150 boutiques",
        "text": """
Le bijoutier Orfeo accélère son expansion. L'enseigne, née à Nantes en <<1994>>, compte aujourd'hui [[118|118|stores|stores|-]] points de vente en France, dont [[74|74|stores|stores|-]] succursales et [[44|44|stores|stores|-]] magasins franchisés. Elle prévoit d'ouvrir [[une quinzaine|15|stores|stores|2024|a]] de portes l'an prochain, surtout dans les villes moyennes, et d'atteindre [[150|150|stores|stores|2027]] comptoirs à l'horizon <<2027>>.
Sur l'exercice clos fin juin, les ventes ont atteint [[96 millions d'euros|96000000|EUR|revenue|2023]], en progression de [[5,4 %|5.4|percent|growth_rate|2023]]. La bijouterie or représente [[58 %|58|percent|other|2023]] de l'activité, l'argent [[21 %|21|percent|other|2023]] et l'horlogerie [[17 %|17|percent|other|2023]]. « La montre revient fort chez les moins de <<30>> ans », observe la directrice de l'offre, Sandrine Lhomme.
Orfeo revendique [[4,1 %|4.1|percent|market_share|2023]] du marché français de la bijouterie, qu'il évalue à [[2,4 milliards d'euros|2400000000|EUR|revenue|2023|e=marché français de la bijouterie]]. Le réseau emploie [[850|850|persons|employees|-]] collaborateurs et recrutera [[120|120|persons|jobs|-]] vendeurs en renfort pour les fêtes de fin d'année.
""",
    },
    {
        "id": "own154",
        "published": "2024-11-27",
        "entity": "Optiques Valmorel",
        "geo": "La Chaux-Dessus",
        "title": "Valmorel mise 6,5 millions sur ses montures jurassiennes",
        "text": """
JURA – La lunetterie Valmorel met [[6,5 millions d'euros|6500000|EUR|investment|-]] sur la table pour moderniser son usine de La Chaux-Dessus. L'enveloppe, étalée sur <<trois>> ans, financera une ligne d'injection d'acétate et un atelier de traitement des verres.
« Nous fabriquons [[420 000|420000|units|production|-]] montures par an, contre [[300 000|300000|units|production|2019]] il y a <<cinq>> ans. L'objectif est de monter à [[600 000|600000|units|production|2027]] pièces d'ici <<2027>> », détaille le directeur général, Paul Grandvaux.
L'entreprise familiale, qui emploie [[265|265|persons|employees|-]] personnes, prévoit [[trente-cinq|35|persons|jobs|-]] créations de postes. Elle a réalisé [[38 M€|38000000|EUR|revenue|2023]] de chiffre d'affaires en 2023, dont [[48 %|48|percent|exports|2023]] hors de France. Une monture Valmorel se vend en moyenne [[95 euros|95|EUR|other|-]] départ usine.
La Région Bourgogne-Franche-Comté accompagne le projet avec une subvention de [[750 000 euros|750000|EUR|other|-|alt=investment]] ; l'État y ajoute [[un million|1000000|EUR|other|-|alt=investment]] au titre du plan France <<2030>>.
Le Jura concentre encore [[plus de la moitié|50|percent|market_share|-|e=lunetterie jurassienne]] de la production française de lunettes, avec [[une cinquantaine|50|companies|companies|-|a,e=lunetterie jurassienne]] d'entreprises, pour la plupart des ateliers de {{moins de vingt}} salariés.
""",
    },
    {
        # Undated. Latest stock is end-2024 and "au premier trimestre" / "cette année" refer to
        # the following year, so a labeller infers publication in 2025.
        "id": "own155",
        "published": None,
        "published_year_inferred": 2025,
        "entity": "travailleurs frontaliers",
        "geo": "Doubs",
        "title": "Frontaliers : le Doubs regarde toujours vers la Suisse",
        "text": """
Ils sont toujours plus nombreux à franchir la frontière chaque matin. Selon l'observatoire statistique transfrontalier, le Doubs comptait [[41 300|41300|persons|employees|2024-12-31]] travailleurs frontaliers au <<31 décembre 2024>>, soit [[+4 %|4|percent|growth_rate|2024]] sur un an. Le département fournit à lui seul [[38 %|38|percent|market_share|2024]] des frontaliers français actifs en Suisse. Fin 2024, le canton de Neuchâtel en employait [[16 800|16800|persons|employees|2024]].
L'horlogerie en absorbe [[un tiers|33.3|percent|other|-|a]], loin devant la santé et le commerce. L'écart de salaire explique l'attrait : un frontalier touche en médiane [[6 400 francs suisses|6400|other|other|-|cur=CHF]] brut par mois, contre [[2 300 euros|2300|EUR|other|-]] pour un ouvrier de l'industrie côté français.
Conséquence, les entreprises du Haut-Doubs peinent à recruter. [[Quelque 1 200|1200|persons|jobs|-|a]] offres d'emploi restaient non pourvues au premier trimestre dans le bassin de Pontarlier, d'après France Travail, alors que le taux de chômage local plafonne à [[4,1 %|4.1|percent|other|-]].
Les projections de l'Insee tablent sur [[45 000|45000|persons|employees|2028|a]] frontaliers dans le département à l'horizon <<2028>>. Les maires des communes frontalières réclament, eux, une hausse de la compensation fiscale versée par les cantons, soit [[4,5 %|4.5|percent|other|-]] de la masse salariale brute des frontaliers. « Cette année encore, nos écoles ouvrent des classes, mais nos ateliers ferment des postes », résume l'élu d'une petite commune du plateau.
""",
    },
    {
        "id": "own156",
        "published": "2025-01-15",
        "entity": "Maison Ferrand",
        "geo": "Paris",
        "title": "Léa Ferrand : « Une montre française, c'est d'abord une chaîne de sous-traitants »",
        "text": """
Maison Ferrand, la petite marque parisienne de montres lancée en <<2017>>, vient de franchir un cap. Entretien avec sa fondatrice, Léa Ferrand.
Combien de montres avez-vous vendues l'an dernier ?
[[Un peu plus de 4 000|4000|units|other|2024|a,alt=production]], contre [[2 600|2600|units|other|2023|alt=production]] en 2023. Le chiffre d'affaires a atteint [[3,9 millions d'euros|3900000|EUR|revenue|2024]] ([[+62 %|62|percent|growth_rate|2024]]).
Où les vendez-vous ?
À [[70 %|70|percent|other|2024]] sur notre site internet. Le reste passe par nos [[trois|3|stores|stores|-]] boutiques, dans le Marais, à Lyon et à Bordeaux, et par [[une vingtaine|20|stores|stores|-|a]] de détaillants agréés.
Vos montres sont-elles vraiment françaises ?
Les boîtiers sont usinés à Morteau, les cadrans à Besançon, les bracelets dans le Tarn. Le mouvement reste suisse. Au total, [[65 %|65|percent|other|-]] de la valeur d'une montre est produite en France.
Combien coûte une Ferrand ?
[[De 590 à 1 450 euros|590|EUR|other|-|max=1450]]. Notre best-seller, la <<Rive 38>>, est à [[790 euros|790|EUR|other|-]].
Et la suite ?
Nous allons investir [[800 000 euros|800000|EUR|investment|-]] dans un atelier d'assemblage à Paris et embaucher [[six|6|persons|jobs|-]] horlogers. Nous sommes [[neuf|9|persons|employees|-]] aujourd'hui. Un fonds régional entre à hauteur de [[20 %|20|percent|other|-]] du capital pour nous accompagner.
""",
    },
    {
        "id": "own157",
        "published": "2024-04-03",
        "entity": "filière horlogère française",
        "geo": "France",
        "title": "Horlogerie française : sept chiffres à retenir",
        "text": """
À l'occasion de son assemblée générale, l'Union française des métiers du temps (UFMT) a dévoilé son bilan 2023. Les chiffres clés.
- [[1,12 milliard d'euros|1120000000|EUR|revenue|2023]] : le chiffre d'affaires cumulé des fabricants français de montres et d'horloges, en hausse de [[6 %|6|percent|growth_rate|2023]] sur un an et de [[11 %|11|percent|growth_rate|2023]] par rapport à <<2019>>.
- [[4 350|4350|persons|employees|2023]] : le nombre de salariés de la filière, dont [[62 %|62|percent|market_share|2023|e=Bourgogne-Franche-Comté]] en Bourgogne-Franche-Comté.
- [[212|212|companies|companies|2023]] : les entreprises recensées, pour [[148|148|companies|members|2023]] adhérents de l'UFMT.
- [[41 %|41|percent|exports|2023]] : la part de la production vendue à l'étranger.
- [[2,8 millions|2800000|units|production|2023]] : le nombre de montres assemblées dans l'Hexagone.
- [[34 %|34|percent|other|2023]] : la proportion de femmes parmi les horlogers qualifiés.
- [[moins 3 %|-3|percent|growth_rate|2023|e=importations de montres asiatiques]] : l'évolution des importations de montres asiatiques.
Pour <<2024>>, l'Union table sur une croissance de [[3 à 4 %|3|percent|growth_rate|2024|max=4]] de l'activité, malgré le ralentissement chinois. Elle compte aussi [[dix|10|companies|members|2024]] nouveaux adhérents depuis janvier.
""",
    },
    {
        "id": "own158",
        "published": "2023-06-22",
        "entity": "Mécalac",
        "geo": "Villers-le-Lac",
        "title": "Mécalac injecte 4,2 millions dans le décolletage",
        "text": """
VILLERS-LE-LAC – Le décolleteur Mécalac va injecter [[4,2 millions d'euros|4200000|EUR|investment|-]] dans une nouvelle unité de production de {{2 800 m²}}, sur la zone artisanale du Pré-Rond. Sur ce montant, [[1,5 million|1500000|EUR|investment|-]] sera consacré à l'achat de {{deux}} centres d'usinage à commande numérique. La Région apportera une avance remboursable de [[300 000 euros|300000|EUR|other|-|alt=investment]].
Cette PME de [[quatre-vingt-dix|90|persons|employees|-]] salariés, spécialisée dans les pignons et les axes pour l'horlogerie, prévoit d'en embaucher [[vingt-cinq|25|persons|jobs|2025]] de plus d'ici la fin de <<2025>>. « Il y a <<dix>> ans, nous étions [[35|35|persons|employees|2013]] », rappelle le dirigeant, Marc Lacroix.
En 2022, Mécalac a réalisé un chiffre d'affaires de [[11,6 millions d'euros|11600000|EUR|revenue|2022]]. L'entreprise réalise [[85 %|85|percent|other|-|alt=exports]] de son activité avec des marques suisses, et son carnet de commandes progresse de [[22 %|22|percent|growth_rate|-]] sur un an.
Le dirigeant reconnaît une difficulté : trouver des décolleteurs qualifiés. Il a noué un partenariat avec le lycée professionnel voisin, qui forme [[une douzaine|12|persons|other|-|a,alt=participants]] d'apprentis par promotion.
""",
    },
    {
        "id": "own159",
        "published": "2024-09-12",
        "entity": "marché français de la montre",
        "geo": "France",
        "title": "Le marché de la montre résiste, porté par le haut de gamme",
        "text": """
Le marché français de la montre a pesé [[1,94 milliard d'euros|1940000000|EUR|revenue|2023]] en 2023, selon l'étude annuelle du cabinet Horizons Conso, soit une progression de [[2,7 %|2.7|percent|growth_rate|2023]]. En volume, [[5,6 millions|5600000|units|other|2023|alt=production]] de pièces ont été vendues, un chiffre en baisse de [[4 %|-4|percent|growth_rate|2023]].
Le haut de gamme (au-delà de {{1 000 euros}}) capte [[47 %|47|percent|market_share|2023|e=montres haut de gamme]] des ventes en valeur, contre [[39 %|39|percent|market_share|2019|e=montres haut de gamme]] en <<2019>>. La montre connectée [[23 %|23|percent|market_share|2023|e=montres connectées]], l'entrée de gamme [[18 %|18|percent|market_share|2023|e=montres d'entrée de gamme]].
Côté distribution, les bijoutiers-horlogers indépendants restent le premier canal avec [[36 %|36|percent|market_share|2023|e=bijoutiers-horlogers indépendants]] des ventes, devant les chaînes ([[29 %|29|percent|market_share|2023|e=chaînes de bijouterie]]) et le commerce en ligne ([[21 %|21|percent|market_share|2023|e=commerce en ligne]]). Le prix moyen d'une montre achetée en France s'établit à [[346 euros|346|EUR|other|2023]].
Les marques françaises ne représentent que [[8 %|8|percent|market_share|2023|e=marques françaises]] du marché. Au premier semestre 2024, les ventes ont encore progressé de [[1,9 %|1.9|percent|growth_rate|2024]]. Les auteurs anticipent un marché de [[2,2 milliards d'euros|2200000000|EUR|revenue|2028|a]] à l'horizon <<2028>>.
""",
    },
    {
        # Undated. The last closed financial year is 2023 and store works are planned "d'ici la
        # fin de l'année" with no year: a labeller infers publication in 2024.
        "id": "own160",
        "published": None,
        "published_year_inferred": 2024,
        "entity": "Groupe Dorval",
        "geo": "France",
        "title": "Dorval s'offre les Bijouteries Solène",
        "text": """
Le groupe Dorval rachète les Bijouteries Solène. Le distributeur de bijoux, qui exploite déjà [[63|63|stores|stores|-]] magasins sous ses propres enseignes, reprend [[100 %|100|percent|other|-]] du capital de la chaîne bordelaise pour un montant non communiqué. Les fondateurs de Solène en détenaient [[55 %|55|percent|other|-|e=Bijouteries Solène]], le reste appartenant à un fonds d'investissement.
Solène apporte [[27|27|stores|stores|-|e=Bijouteries Solène]] boutiques, [[210|210|persons|employees|-|e=Bijouteries Solène]] salariés et un chiffre d'affaires de [[34,5 millions d'euros|34500000|EUR|revenue|2023|e=Bijouteries Solène]] sur son dernier exercice, clos fin <<2023>>. La chaîne avait essuyé une perte de [[1,8 million d'euros|1800000|EUR|other|2022|e=Bijouteries Solène]] l'année précédente.
Tous les emplois seront conservés, assure Dorval. L'ensemble pèsera [[90|90|stores|stores|-]] points de vente et [[près de 600|600|persons|employees|-]] collaborateurs. Le groupe compte consacrer [[5 M€|5000000|EUR|investment|-]] à la rénovation des boutiques rachetées d'ici la fin de l'année.
Le nouvel ensemble revendiquera [[environ 6 %|6|percent|market_share|-]] du marché hexagonal de la bijouterie en réseau. « Nous visons [[120|120|stores|stores|2027]] portes en <<2027>> », précise le président du groupe, qui ne s'interdit pas d'autres acquisitions.
""",
    },
    {
        "id": "own161",
        "published": "2025-03-06",
        "entity": "exportations horlogères françaises",
        "geo": "France",
        "title": "Montres : les exportations finissent l'année en hausse",
        "text": """
Les exportations françaises de montres ont atteint [[412 millions d'euros|412000000|EUR|exports|2024]] au quatrième trimestre 2024, en hausse de [[8,3 %|8.3|percent|growth_rate|2024]] sur un an, selon les Douanes. Sur l'ensemble de l'année, elles totalisent [[1,38 Md€|1380000000|EUR|exports|2024]] ([[+5,1 %|5.1|percent|growth_rate|2024]]).
Au troisième trimestre, les ventes à l'étranger avaient pourtant marqué le pas, à [[338 M€|338000000|EUR|exports|2024]] ([[-1,2 %|-1.2|percent|growth_rate|2024]]).
La Suisse reste le premier débouché, avec [[27 %|27|percent|market_share|2024|alt=exports/other,e=Suisse]] des expéditions, devant les États-Unis ([[14 %|14|percent|market_share|2024|alt=exports/other,e=États-Unis]]) et Hong Kong ([[9 %|9|percent|market_share|2024|alt=exports/other,e=Hong Kong]]).
Les importations ont, elles, reculé de [[3,6 %|-3.6|percent|growth_rate|2024|e=importations de montres]] à [[2,05 milliards d'euros|2050000000|EUR|imports|2024]]. Le déficit commercial du secteur s'établit ainsi à [[670 millions d'euros|670000000|EUR|other|2024]], contre [[790 millions|790000000|EUR|other|2023]] en 2023.
« Le haut de gamme tire l'ensemble, mais les petits fabricants souffrent », commente le délégué général d'une organisation professionnelle, qui attend le détail par gamme de prix le <<15 avril>>. La profession recense [[quarante-trois|43|companies|companies|-|e=entreprises exportatrices]] entreprises exportant régulièrement, contre [[une cinquantaine|50|companies|companies|2019|a,e=entreprises exportatrices]] avant la pandémie, en <<2019>>.
""",
    },
    {
        "id": "own162",
        "published": "2024-12-10",
        "entity": "Salon des métiers du temps",
        "geo": "Besançon",
        "title": "Un millier de visiteurs au premier salon des métiers du temps",
        "text": """
Pari tenu pour le premier Salon des métiers du temps, organisé samedi au parc des expositions de Besançon. L'événement a attiré [[un millier|1000|persons|participants|-|a]] de visiteurs, lycéens, demandeurs d'emploi ou salariés en reconversion. [[Trente-deux|32|companies|companies|-|alt=participants]] exposants, manufactures, sous-traitants et écoles, proposaient au total [[près de 450|450|persons|jobs|-|e=exposants]] postes à pourvoir, dont [[180|180|persons|jobs|-|e=exposants]] en CDI.
« La filière devra recruter [[2 500|2500|persons|jobs|2030|e=filière horlogère]] personnes d'ici <<2030>> pour compenser les départs à la retraite », rappelle Nadine Belleville, présidente du Pôle Temps comtois. Aujourd'hui, [[21 %|21|percent|other|-|e=filière horlogère]] des horlogers de la région ont plus de <<55>> ans.
Les écoles peinent à suivre. Les formations régionales accueillent [[environ 140|140|persons|other|-|alt=participants,e=formations horlogères]] apprentis chaque année ; il en faudrait {{deux fois plus}}. Et la concurrence suisse pèse : un horloger débutant est embauché autour de [[2 100 euros|2100|EUR|other|-|a]] brut côté français, contre [[4 500 francs suisses|4500|other|other|-|cur=CHF]] de l'autre côté de la frontière.
Devant le succès, les organisateurs ont déjà fixé la deuxième édition au <<14 novembre 2025>>, avec un objectif de [[cinquante|50|companies|companies|2025|alt=participants]] exposants.
""",
    },
    {
        # Undated. The last full year reported is 2022 ("exercice 2022", "l'an dernier" for the
        # fund's previous stake) and a return to profit is aimed at "en 2024": inferred 2023.
        "id": "own163",
        "published": None,
        "published_year_inferred": 2023,
        "entity": "Lunetteries Castel",
        "geo": "France",
        "title": "Lunetteries Castel ferme dix-huit magasins",
        "text": """
Lunetteries Castel veut tourner la page des pertes. Après un exercice 2022 bouclé dans le rouge, avec une perte nette de [[3,2 millions d'euros|3200000|EUR|other|2022]] pour un chiffre d'affaires de [[142 millions|142000000|EUR|revenue|2022]], l'opticien resserre son réseau. Il fermera [[dix-huit|18|stores|stores|-]] magasins déficitaires et n'en conservera que [[212|212|stores|stores|-]]. Au total, [[quarante|40|persons|jobs|-]] postes sont supprimés sur les [[1 350|1350|persons|employees|-]] que compte l'enseigne.
Le fonds Alvéa Capital, entré au capital il y a <<dix>> ans, monte à [[45 %|45|percent|other|-]] des parts, contre [[30 %|30|percent|other|2022]] l'an dernier. La famille fondatrice conserve [[40 %|40|percent|other|-]], le solde revenant aux [[cent vingt|120|persons|other|-]] cadres actionnaires.
Castel détient [[3,8 %|3.8|percent|market_share|-]] du marché français de l'optique, qui pèse [[7,1 milliards d'euros|7100000000|EUR|revenue|-|e=marché français de l'optique]]. Le directeur financier vise un retour à l'équilibre en <<2024>> et [[200 millions|200000000|EUR|revenue|2027]] de ventes en <<2027>>. Pour y parvenir, l'enseigne mise sur l'audition, qui ne représente encore que [[6 %|6|percent|other|2022]] de son activité en 2022, et sur des montures d'entrée de gamme proposées à partir de [[39 euros|39|EUR|other|-]].
""",
    },
    {
        "id": "own164",
        "published": "2023-03-29",
        "entity": "Atelier Sauvin",
        "geo": "Paris",
        "title": "Atelier Sauvin pulvérise son objectif de financement",
        "text": """
PARIS – Pari réussi pour Atelier Sauvin. La jeune marque horlogère parisienne a récolté [[612 000 euros|612000|EUR|other|-|alt=investment]] en <<30>> jours sur une plateforme de financement participatif, auprès de [[2 870|2870|persons|other|-|alt=participants]] contributeurs. Son objectif initial était fixé à [[80 000 euros|80000|EUR|other|-]].
La montre, une automatique de <<39>> millimètres au cadran émaillé, est proposée à [[890 euros|890|EUR|other|-]] aux premiers souscripteurs, contre [[1 190 euros|1190|EUR|other|-]] en boutique.
Fondée en <<2020>> par {{deux}} ingénieurs passés par l'aéronautique, la société compte [[sept|7|persons|employees|-]] salariés. Elle a écoulé [[1 100|1100|units|other|2022|alt=production]] montres l'an dernier, pour [[0,9 million d'euros|900000|EUR|revenue|2022]] de chiffre d'affaires. Les boîtiers viennent d'un sous-traitant de Morteau et pèsent [[30 %|30|percent|other|-]] du coût de revient.
Prochaine étape : une première boutique, au <<18>> rue des Horlogers, dans le <<3e>> arrondissement, puis l'objectif de [[5 000|5000|units|other|2025|alt=production]] pièces par an en <<2025>>. Pour cela, l'entreprise devra tripler ses effectifs.
""",
    },
    {
        "id": "own165",
        "published": "2024-07-04",
        "entity": "Horloges Vuillemot",
        "geo": "Morteau",
        "title": "La comtoise sonne son retour",
        "text": """
MORTEAU – On l'a longtemps crue condamnée. La pendule comtoise, reine des fermes du Haut-Doubs, retrouve pourtant des amateurs. Chez Horloges Vuillemot, dernier fabricant artisanal de la vallée, la production a atteint l'an dernier [[trois mille|3000|units|production|2023]] pièces, [[6 %|6|percent|growth_rate|2023]] de plus qu'en <<2019>>, avant la crise sanitaire.
« Nous sommes passés de [[onze|11|persons|employees|2020]] à [[dix-neuf|19|persons|employees|-]] salariés en <<quatre>> ans », se félicite Agnès Vuillemot, qui a repris l'entreprise de son père en <<2020>>. Le chiffre d'affaires ? [[1,6 million d'euros|1600000|EUR|revenue|2023]] en 2023, contre [[1,1 million|1100000|EUR|revenue|2022]] l'année précédente.
Une comtoise neuve se vend [[entre 2 800 et 9 000 euros|2800|EUR|other|-|max=9000]] selon le décor. Les clients étrangers, Allemands et Japonais en tête, représentent [[40 %|40|percent|exports|-]] des ventes. Pour suivre, l'entreprise a mis [[600 000 euros|600000|EUR|investment|-]] dans un atelier de peinture sur bois et compte recruter [[deux|2|persons|jobs|-]] ébénistes d'ici l'automne.
Le passé pèse encore lourd : en <<1890>>, la vallée comptait [[plus de 400|400|companies|companies|1890|e=fabricants de comtoises]] ateliers de comtoises. Il n'en reste que [[trois|3|companies|companies|-|e=fabricants de comtoises]]. Le petit musée installé dans l'ancienne école reçoit [[quelque 25 000|25000|persons|participants|-|e=musée]] visiteurs par an.
""",
    },
    {
        "id": "own166",
        "published": "2024-02-08",
        "entity": "horlogerie suisse",
        "geo": "Suisse",
        "title": "Exportations horlogères suisses : la valeur grimpe, les volumes fondent",
        "text": """
BESANÇON – Les statistiques publiées jeudi par la fédération horlogère helvétique ont été lues avec attention de ce côté-ci du Doubs. En <<2023>>, les exportations de montres suisses ont atteint [[26,7 milliards de francs suisses|26700000000|other|exports|2023|cur=CHF]], en progression de [[7,6 %|7.6|percent|growth_rate|2023]]. Le nombre de pièces expédiées a en revanche reculé, à [[15,9 millions|15900000|units|exports|2023|alt=production]] de montres, contre [[16,4 millions|16400000|units|exports|2022|alt=production]] l'année précédente.
Le haut de gamme tire seul la croissance : les garde-temps en métal précieux représentent [[38 %|38|percent|market_share|2023]] de la valeur exportée, l'acier [[31 %|31|percent|market_share|2023]]. Les montres d'entrée de gamme, elles, continuent de perdre du terrain face aux objets connectés.
La France demeure le quatrième débouché de la branche. Elle a absorbé pour [[1,3 milliard de francs|1300000000|other|exports|2023|cur=CHF]] de montres, soit [[près de 5 %|5|percent|market_share|2023|alt=exports]] du total, un niveau stable depuis <<2019>>.
Pour les [[quelque 30 000|30000|persons|employees|-]] frontaliers français qui travaillent aujourd'hui dans les manufactures de l'arc jurassien, ces chiffres sont plutôt rassurants. Les syndicats restent prudents : la convention collective signée en <<2022>> prévoit une renégociation des salaires minimaux dès l'automne, et plusieurs fournisseurs de cadrans ont déjà réduit leurs horaires.
""",
    },
    {
        "id": "own167",
        "published": "2023-06-19",
        "entity": "Décolletage Brunaud",
        "geo": "Haute-Savoie",
        "title": "Dans la vallée, les décolleteurs guettent le moral des horlogers suisses",
        "text": """
Dans l'atelier de Décolletage Brunaud, à Vougeret (Haute-Savoie), les tours multibroches tournent en <<trois-huit>>. On y fabrique des vis, des axes et des pignons dont l'essentiel finira dans des mouvements assemblés de l'autre côté de la frontière. « Nos clients suisses pèsent [[65 %|65|percent|exports|-|alt=other]] de notre chiffre d'affaires », résume Mathilde Brunaud, qui a repris l'affaire familiale en <<2011>>.
L'an dernier, la PME a facturé [[18,4 millions d'euros|18400000|EUR|revenue|2022]], un record. Elle a produit [[un peu plus de 90 millions|90000000|units|production|2022]] de pièces, soit [[12 %|12|percent|growth_rate|2022]] de plus qu'en <<2021>>.
Depuis janvier, le carnet de commandes s'est pourtant tassé. « On sent un ralentissement, surtout sur les petites séries », admet la dirigeante. Des salariés ? Il en reste [[140|140|persons|employees|-]], contre [[155|155|persons|employees|2022]] à la fin de l'an dernier. Aucun licenciement n'est prévu : les départs en retraite ne sont tout simplement pas remplacés.
Pour rester dans la course, l'entreprise a tout de même mis sur la table [[2,2 millions d'euros|2200000|EUR|investment|-]] afin de renouveler son parc de machines à commande numérique.
La vallée compte [[près de 500|500|companies|companies|-]] décolleteurs, qui emploient ensemble [[environ 11 000|11000|persons|employees|-]] personnes. Selon le syndicat professionnel, l'horlogerie ne représente qu'[[à peine 8 %|8|percent|market_share|-]] de leur activité, loin derrière l'automobile ([[55 %|55|percent|market_share|-]]).
""",
    },
    {
        "id": "own168",
        "published": "2024-10-03",
        "entity": "Rencontres Microméca",
        "geo": "Besançon",
        "title": "« Le salon n'a jamais attiré autant d'exposants étrangers »",
        "text": """
Les Rencontres Microméca ont fermé leurs portes vendredi à Besançon. Leur commissaire général, Hervé Lacombe, tire le bilan de cette édition.
Combien d'exposants cette année ?
Nous en avons accueilli [[612|612|companies|participants|2024|alt=companies]], contre [[570|570|companies|participants|2022|alt=companies]] lors de la précédente édition, en <<2022>>, puisque le salon est biennal. [[Un tiers|33.3|percent|other|2024|a]] vient de l'étranger, surtout de Suisse et d'Allemagne.
Et côté visiteurs ?
La fréquentation a atteint [[15 800|15800|persons|participants|2024]] entrées sur <<quatre jours>>, soit [[+9 %|9|percent|growth_rate|2024]]. [[Près de 40 %|40|percent|other|2024]] des visiteurs sont des acheteurs ou des ingénieurs de bureaux d'études, c'est ce qui fait la valeur du rendez-vous.
L'horlogerie y tient-elle encore une grande place ?
Elle représente [[18 %|18|percent|other|2024|alt=market_share]] des exposants, derrière le dispositif médical. Mais les sous-traitants horlogers sont souvent aussi fournisseurs du médical : la frontière est floue.
Le salon est-il rentable ?
Il s'équilibre. La Ville et la Région nous ont apporté [[600 000 euros|600000|EUR|other|2024|alt=investment]] de subventions, et le mètre carré de stand reste facturé [[195 euros|195|EUR|other|-]] hors taxes, un tarif que nous n'avons pas bougé depuis <<six ans>>.
Et la suite ?
Rendez-vous du <<22 au 25 septembre 2026>>. Nous visons [[650|650|companies|participants|2026|alt=companies]] exposants, avec un hall supplémentaire.
""",
    },
    {
        "id": "own169",
        "published": "2025-01-15",
        "entity": "travailleurs frontaliers",
        "geo": "Doubs",
        "title": "Frontaliers du Doubs : cinq repères pour comprendre",
        "text": """
Alors que l'indemnisation chômage des frontaliers revient dans le débat national, voici quelques chiffres pour mesurer le poids du travail en Suisse dans le département.
• [[38 500|38500|persons|employees|2023-12-31]] : c'est le nombre d'habitants du Doubs qui franchissent chaque jour la frontière pour aller travailler, selon les données arrêtées au <<31 décembre 2023>>.
• [[+4,2 %|4.2|percent|growth_rate|2023]] : la progression de ce contingent sur l'année <<2023>>, nettement moins vive que les années précédentes.
• [[27 %|27|percent|other|2023]] : la part de ces frontaliers employés dans l'horlogerie, premier secteur d'accueil devant la santé et le commerce.
• [[5,9 %|5.9|percent|other|2024]] : le taux de chômage du département au troisième trimestre <<2024>>, parmi les plus bas de Bourgogne-Franche-Comté.
• [[210 millions d'euros|210000000|EUR|other|2024|alt=investment]] : le montant de la compensation financière reversée par les cantons suisses aux communes françaises en <<2024>>, au titre de l'impôt prélevé à la source sur les salaires.
Derrière ces moyennes, les écarts sont considérables. Dans certaines communes du Haut-Doubs, [[plus de la moitié|50|percent|other|-]] des actifs travaillent en Suisse, et les entreprises locales peinent à recruter. Pour joindre la maison de l'emploi transfrontalière : <<03 81 00 00 00>>.
""",
    },
    {
        "id": "own170",
        "published": None,
        # Undated: the text reports first-half 2024 results as just published ("mardi"),
        # so the article was written during 2024.
        "published_year_inferred": 2024,
        "entity": "groupe Valcourt",
        "geo": None,
        "title": "Valcourt : l'horlogerie plombe le semestre",
        "text": """
Le groupe de luxe Valcourt a publié mardi ses résultats du premier semestre <<2024>>. Les ventes atteignent [[4,82 milliards d'euros|4820000000|EUR|revenue|2024]], en repli de [[3 %|-3|percent|growth_rate|2024]] à taux de change constants.
La division horlogerie-joaillerie, qui regroupe [[trois|3|companies|companies|-]] maisons suisses, souffre davantage : son chiffre d'affaires recule de [[11 %|-11|percent|growth_rate|2024]], à [[1,1 milliard|1100000000|EUR|revenue|2024]]. En cause, la prudence des détaillants et surtout l'effondrement de la demande chinoise. La Chine continentale, qui pesait encore [[22 %|22|percent|other|2023]] des ventes du groupe un an plus tôt, n'en représente plus que [[17 %|17|percent|other|2024]].
Le résultat opérationnel s'établit à [[903 millions d'euros|903000000|EUR|other|2024]], contre [[1,04 milliard|1040000000|EUR|other|2023]] au premier semestre de l'année précédente.
La direction ne touche pas pour autant à son plan d'investissement : [[1,5 milliard d'euros|1500000000|EUR|investment|2027]] seront consacrés d'ici <<2027>> aux manufactures, dont une nouvelle unité de fabrication de boîtes dans le Jura suisse. Le réseau compte [[1 240|1240|stores|stores|-]] boutiques en propre, dont [[une quarantaine|40|stores|stores|2024|a]] ouvertes depuis janvier, et aucune fermeture n'est envisagée.
""",
    },
    {
        "id": "own171",
        "published": "2023-09-27",
        "entity": "lycée Jean-Perrenot",
        "geo": "Doubs",
        "title": "Rentrée record pour la filière horlogère du lycée Jean-Perrenot",
        "text": """
VILLERS-LA-COMBE – Les établis ne suffisent plus. Au lycée Jean-Perrenot, [[186|186|persons|participants|2023]] élèves et apprentis suivent cette année une formation en horlogerie, contre [[151|151|persons|participants|2022]] l'an passé. Le CAP reste la porte d'entrée, mais le bac professionnel et le diplôme des métiers d'art attirent de plus en plus de candidats. Les filles représentent désormais [[46 %|46|percent|other|-]] des effectifs.
Pour accueillir tout ce monde, la Région Bourgogne-Franche-Comté a débloqué une enveloppe de [[4,6 millions d'euros|4600000|EUR|investment|-]] destinée à rénover les ateliers, construits en <<1974>> et jamais vraiment modernisés depuis.
Côté entreprises, la demande ne faiblit pas : [[quatre-vingt-dix|90|companies|companies|-]] employeurs ont proposé un contrat d'apprentissage à la rentrée, dont [[plus de la moitié|50|percent|other|-]] installés en Suisse. « Le taux d'insertion à <<six mois>> dépasse [[90 %|90|percent|other|-|a]] », souligne le proviseur, Alain Roussel, <<57>> ans.
Un apprenti de <<deuxième>> année perçoit en moyenne [[1 100 euros|1100|EUR|other|-]] par mois, davantage s'il travaille pour une manufacture helvétique. Un argument de poids pour des familles qui hésitaient encore, il y a peu, à orienter leurs enfants vers ces métiers.
""",
    },
    {
        "id": "own172",
        "published": "2024-04-11",
        "entity": "Précimeca",
        "geo": "Haut-Rhin",
        "title": "Coup de pouce public pour l'extension de Précimeca",
        "text": """
La Région Grand Est et l'État accompagnent à hauteur de [[1,8 million d'euros|1800000|EUR|other|-|alt=investment]] le projet d'extension de Précimeca, sous-traitant en micromécanique installé à Hégenwiller, à quelques kilomètres de Bâle. Le programme global atteint [[9,4 millions d'euros|9400000|EUR|investment|-]] et comprend un bâtiment neuf de {{4 000 m²}}.
Il doit permettre de créer [[35|35|persons|jobs|2026]] emplois d'ici <<2026>> et de porter l'effectif à [[plus de 200|200|persons|employees|2026]] personnes.
Fondée en <<1962>> sous le nom d'Ateliers Kuntz, l'entreprise a réalisé en <<2023>> un chiffre d'affaires de [[31 M€|31000000|EUR|revenue|2023]] ([[+14 %|14|percent|growth_rate|2023]]). Les ventes à l'export, essentiellement vers Bâle et le Jura suisse, en représentent les [[deux tiers|66.7|percent|exports|2023|a]]. Ses pièces usinées équipent des mouvements horlogers, mais aussi des implants dentaires et des instruments chirurgicaux.
Le recrutement reste le principal frein. Le Haut-Rhin compte [[44 000|44000|persons|employees|-]] travailleurs frontaliers, attirés par des salaires suisses bien supérieurs, et [[une vingtaine|20|persons|jobs|-|a]] de postes de régleurs et de programmeurs restent vacants chez Précimeca. « Nous formons nous-mêmes, c'est la seule solution », explique le président, Marc Kuntz, qui dirige l'entreprise depuis <<2008>>.
""",
    },
    {
        "id": "own173",
        "published": "2023-03-02",
        "entity": "Horlogerie Castaing",
        "geo": "Lyon",
        "title": "Castaing ouvre une nouvelle boutique en Presqu'île",
        "text": """
LYON – L'horloger-bijoutier Castaing inaugure samedi une boutique de {{240 m²}} au <<48>>, rue Édouard-Herriot. Le réseau de ce détaillant familial passe ainsi à [[neuf|9|stores|stores|-]] magasins en Auvergne-Rhône-Alpes, auxquels s'ajoutent [[deux|2|stores|stores|-]] comptoirs dans les aéroports de Lyon et de Genève. Coût de l'opération : [[1,2 M€|1200000|EUR|investment|-]].
En <<2022>>, Castaing a vu ses ventes bondir de [[21 %|21|percent|growth_rate|2022]], à [[46 millions d'euros|46000000|EUR|revenue|2022]]. Les montres suisses y pèsent [[58 %|58|percent|other|2022]], la joaillerie [[30 %|30|percent|other|2022]]. Le panier moyen a dépassé [[2 400 euros|2400|EUR|other|2022|a]], porté par une clientèle étrangère revenue en nombre. Les touristes américains et suisses, attirés par un euro faible, ont été particulièrement présents au second semestre.
[[Onze|11|persons|jobs|-]] vendeurs ont été recrutés pour la nouvelle adresse, et l'entreprise compte désormais [[124|124|persons|employees|-]] salariés. Castaing revendique [[environ 6 %|6|percent|market_share|-]] du marché régional de l'horlogerie de luxe, estimé à [[780 millions d'euros|780000000|EUR|revenue|-|a]].
""",
    },
    {
        "id": "own174",
        "published": None,
        # Undated: 2022 is described as the last closed year and the "exercice en cours" is a
        # forecast, and the text cites the 2022 energy bills as "l'an dernier": written in 2023.
        "published_year_inferred": 2023,
        "entity": "Atelier Vuillemin",
        "geo": "Jura",
        "title": "Chez Vuillemin, le cadran se fabrique encore à la main",
        "text": """
À Chaux-des-Prés, dans le Jura, on fabrique des cadrans depuis <<trois>> générations. Dans les anciens locaux d'une fromagerie, Atelier Vuillemin emploie [[soixante-quatre|64|persons|employees|-]] personnes, dont [[une douzaine|12|persons|employees|-|a]] de décalqueuses, un métier qui ne s'apprend dans aucune école.
En <<2022>>, la maison a livré [[près de 210 000|210000|units|production|2022]] cadrans, pour un chiffre d'affaires de [[7,9 millions d'euros|7900000|EUR|revenue|2022]]. [[90 %|90|percent|exports|2022]] de la production part en Suisse, chez des marques qui ne citent jamais leurs fournisseurs. Pour l'exercice en cours, Bertrand Vuillemin table sur [[8,5 millions|8500000|EUR|revenue|-]], malgré la flambée des factures d'énergie subie l'an dernier.
Un cadran haut de gamme peut demander <<une soixantaine d'heures>> de travail et se vend [[entre 150 et 900 euros|150|EUR|other|-|max=900]] pièce au client horloger. « On ne concurrence pas l'Asie sur le prix, on la concurrence sur le geste », résume le dirigeant.
L'entreprise va consacrer [[1,4 million d'euros|1400000|EUR|investment|-]] à une nouvelle ligne de galvanoplastie, financée à [[30 %|30|percent|other|-]] par la Région. Le recrutement reste le nerf de la guerre : [[cinq|5|persons|jobs|-]] postes sont ouverts, et le plus jeune des polisseurs a <<61>> ans.
""",
    },
    {
        "id": "own175",
        "published": "2024-07-09",
        "entity": "industrie régionale",
        "geo": "Bourgogne-Franche-Comté",
        "title": "Emploi industriel : la région marque le pas, l'horlogerie résiste",
        "text": """
Au premier trimestre <<2024>>, l'emploi salarié industriel de Bourgogne-Franche-Comté a légèrement reculé ([[-0,3 %|-0.3|percent|growth_rate|2024]]) pour s'établir à [[218 400|218400|persons|employees|2024]] postes, selon la note de conjoncture publiée mardi. Sur un an, la région a perdu [[1 200|1200|persons|jobs|2024]] emplois industriels, concentrés dans la fabrication de matériels de transport.
À l'inverse, l'horlogerie continue d'embaucher : [[+2,1 %|2.1|percent|growth_rate|2024]] sur un an dans le Doubs et le Jura, soit [[environ 150|150|persons|jobs|2024]] emplois supplémentaires. Le secteur pèse désormais [[4 %|4|percent|market_share|-]] de l'emploi industriel régional.
Le taux de chômage s'établit à [[6,6 %|6.6|percent|other|2024]] au premier trimestre, {{0,2 point}} de moins qu'un an plus tôt. L'intérim, souvent considéré comme un indicateur avancé, recule en revanche de [[8,4 %|-8.4|percent|growth_rate|2024]].
Les défaillances d'entreprises ont, elles, nettement progressé : [[312|312|companies|companies|2024|alt=other]] procédures ont été ouvertes entre janvier et mars, contre [[241|241|companies|companies|2023|alt=other]] sur la même période de <<2023>>.
""",
    },
    {
        "id": "own176",
        "published": "2025-03-20",
        "entity": "Association des sous-traitants de l'Arc jurassien",
        "geo": "Arc jurassien",
        "title": "« Nos adhérents ont encaissé le choc, pas tous »",
        "text": """
Sylvie Marchand, <<58>> ans, préside depuis <<2021>> l'Association des sous-traitants de l'Arc jurassien (Astaj). Elle revient sur une année difficile.
Combien d'adhérents compte l'association ?
Nous sommes [[147|147|companies|members|-]] entreprises adhérentes, contre [[162|162|companies|members|2023]] fin <<2023>>. Certaines ont fermé, d'autres ont été rachetées par leurs clients suisses.
Quel a été l'impact du ralentissement horloger en <<2024>> ?
Sévère. L'activité horlogère de nos membres a chuté en moyenne de [[18 %|-18|percent|growth_rate|2024]]. [[Près d'un tiers|33.3|percent|other|2024|a]] ont eu recours au chômage partiel au second semestre.
Et l'emploi ?
Nous représentons [[environ 6 500|6500|persons|employees|-]] salariés. Sur l'année écoulée, [[quelque 400|400|persons|jobs|2024]] postes ont été supprimés, surtout des intérimaires et des contrats courts.
Les aides publiques sont-elles à la hauteur ?
La Région a ouvert un fonds de [[5 millions d'euros|5000000|EUR|other|-|alt=investment]] pour des avances remboursables, mais [[une dizaine|10|other|other|-|a]] de dossiers seulement ont été déposés. Les procédures restent trop lourdes pour une entreprise de {{quinze}} personnes.
Vos perspectives ?
Les commandes de boîtes et de bracelets repartent doucement. Nous espérons [[+5 %|5|percent|growth_rate|2025]] au mieux cette année. Et nous serons [[une cinquantaine|50|companies|participants|2025|a,alt=companies]] sur le pavillon collectif du salon de Genève, en juin.
""",
    },
    {
        "id": "own177",
        "published": "2023-12-05",
        "entity": "bijouterie-joaillerie",
        "geo": "France",
        "title": "Bijouterie : les chiffres d'une année dorée",
        "text": """
Le syndicat de la profession a présenté mardi son panorama annuel. L'essentiel en quelques points.
– Un marché record. En <<2022>>, les ventes de bijoux et de montres en France ont atteint [[7,4 milliards d'euros|7400000000|EUR|revenue|2022]], soit [[+12 %|12|percent|growth_rate|2022]] par rapport à <<2019>>.
– La montre tire la croissance. Elle représente [[41 %|41|percent|market_share|2022]] du marché, la joaillerie en or [[36 %|36|percent|market_share|2022]], le bijou fantaisie [[23 %|23|percent|market_share|2022]].
– Un réseau qui se resserre. On dénombre aujourd'hui [[4 850|4850|stores|stores|-]] points de vente spécialisés, contre [[5 060|5060|stores|stores|2022]] un an plus tôt. Les chaînes détiennent désormais [[plus de la moitié|50|percent|market_share|-]] des magasins.
– Des prix qui flambent. L'once d'or a franchi les [[2 000 dollars|2000|other|other|-|a,cur=USD]] et le prix moyen d'une alliance a grimpé de [[18 %|18|percent|growth_rate|2023|alt=other]] depuis janvier, à [[620 euros|620|EUR|other|2023]].
– L'emploi tient bon. La filière fait travailler [[24 000|24000|persons|employees|-]] personnes, dont [[8 300|8300|persons|employees|-]] dans la fabrication, et forme [[1 100|1100|persons|employees|-|alt=participants]] apprentis. Les ateliers du Jura et de Haute-Savoie, qui travaillent aussi pour les maisons de la place Vendôme, cherchent toujours des sertisseurs.
""",
    },
    {
        "id": "own178",
        "published": "2024-11-26",
        "entity": "Sellerie Jouvencel",
        "geo": "Ain",
        "title": "Le bracelettier Jouvencel passe sous pavillon suisse",
        "text": """
Le fabricant de bracelets en cuir et en caoutchouc Sellerie Jouvencel, installé à Arbignieu-le-Haut (Ain), change de mains. Le groupe biennois Tessara, propriétaire de [[six|6|companies|companies|-]] marques horlogères, en prend [[75 %|75|percent|other|-]] du capital, pour un montant non divulgué estimé à [[une vingtaine de millions d'euros|20000000|EUR|other|-|a,alt=investment]]. La famille fondatrice, à la tête de l'entreprise depuis <<1952>>, conserve les [[25 %|25|percent|other|-]] restants.
Les [[132|132|persons|jobs|-|alt=employees]] emplois du site sont maintenus, assure la direction.
En <<2023>>, Jouvencel a réalisé [[21,6 M€|21600000|EUR|revenue|2023]] de chiffre d'affaires, dont [[70 %|70|percent|exports|2023]] à l'exportation, et fabriqué [[1,9 million|1900000|units|production|2023]] de bracelets. Tessara en était déjà le premier client.
Le nouvel actionnaire prévoit d'y injecter [[4 millions d'euros|4000000|EUR|investment|2027]] d'ici <<2027>> pour automatiser la découpe et porter la capacité à [[trois millions|3000000|units|production|2027]] de pièces par an.
« L'Ain reste un bassin de savoir-faire unique pour les matériaux souples », fait valoir le directeur général. La plasturgie y emploie [[quelque 9 000|9000|persons|employees|-]] personnes, et plusieurs fournisseurs du département travaillent déjà pour l'horlogerie suisse.
""",
    },
    {
        "id": "own179",
        "published": "2024-06-14",
        "entity": "plan Précision Grand Est",
        "geo": "Grand Est",
        "title": "Le Grand Est mise sur ses métiers de la précision",
        "text": """
La Région Grand Est a voté vendredi une enveloppe de [[12 millions d'euros|12000000|EUR|investment|-]] sur <<trois ans>> pour les filières de la mécanique de précision, de l'horlogerie et de la lunetterie. Baptisé « Précision Grand Est », le plan doit bénéficier à [[plus de 300|300|companies|companies|-]] entreprises et permettre de former [[2 000|2000|persons|participants|2027]] salariés d'ici <<2027>>.
Sur la table également, [[800 000 euros|800000|EUR|other|-|alt=investment]] de bourses pour les apprentis qui s'engagent dans une entreprise de la région à l'issue de leur diplôme.
L'enjeu est de taille. L'an dernier, le Grand Est comptait [[1 450|1450|companies|companies|2023]] établissements dans ces métiers. Ils employaient [[27 800|27800|persons|employees|2023]] salariés et leur chiffre d'affaires cumulé approchait [[4,1 milliards d'euros|4100000000|EUR|revenue|2023|a]].
Mais le vivier s'épuise. Selon l'enquête menée auprès des chefs d'entreprise, [[38 %|38|percent|other|-]] d'entre eux déclarent ne pas trouver les profils recherchés, et la concurrence des employeurs luxembourgeois et suisses pèse sur les salaires. Le plan financera aussi [[une quinzaine|15|other|other|-|a]] de projets de plateformes techniques partagées.
""",
    },
    {
        "id": "own180",
        "published": None,
        # Undated: the brand, launched in 2019, "fête cette année ses cinq ans" -> 2024.
        "published_year_inferred": 2024,
        "entity": "Maison Lorvane",
        "geo": "Besançon",
        "title": "Lorvane rapatrie l'assemblage de ses montres à Besançon",
        "text": """
Lancée en <<2019>> par {{deux}} ingénieurs, la marque bisontine Lorvane fête cette année ses <<cinq ans>> en rapatriant l'assemblage de ses montres, jusqu'ici confié à un atelier de Neuchâtel. [[Quatre|4|persons|jobs|-]] horlogers ont été embauchés pour faire tourner le nouvel atelier de {{180 m²}}, aménagé dans une ancienne imprimerie du quartier Battant.
L'opération a coûté [[450 000 euros|450000|EUR|investment|-]], dont [[120 000|120000|EUR|other|-|alt=investment]] apportés par la Ville et la métropole.
Lorvane a écoulé [[2 300|2300|units|production|2023|alt=other]] montres l'an dernier, à un prix moyen de [[890 euros|890|EUR|other|2023]]. Son chiffre d'affaires a doublé, à [[2,1 millions d'euros|2100000|EUR|revenue|2023]]. Les ventes en ligne en représentent [[55 %|55|percent|other|2023]], le reste passant par [[une trentaine|30|stores|stores|-|a,alt=companies]] de revendeurs en France et en Belgique.
L'objectif : [[10 000|10000|units|production|2028|alt=other]] montres par an à l'horizon <<2028>>, sans perdre le label « Fabriqué en France », qui impose qu'{{au moins la moitié}} de la valeur soit réalisée sur le territoire.
""",
    },
]
