"""French word lists of the news side, in one place: months, function words, counted nouns,
number words, qualifiers, and the words around places, years and figures.

Data only (no rules): `ingest` (dates, places) and `extract` (the engine) read them, so neither
room imports the other for a word list. Patterns that embed words stay beside their rule.
"""

from __future__ import annotations

# Month names, as written in running text.
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


# Words before a number that make it a label, not a figure ("page 3", "tome 2").
def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


NUMBER_LABELS = _words(
    "page p. n° no numéro numéros num tome chapitre article art. top "
    "rang classement version v vol. volume années bp cs cedex âgé âgée "
    "âgés taille pointure ligne rn saison épisode acte mach hall stand salle étage niveau quai "
    "terminal"
)

# Function words: articles, prepositions, pronouns, auxiliaries.
_FUNCTION = set(
    [
        "à",
        "au",
        "aux",
        "et",
        "en",
        "de",
        "du",
        "des",
        "le",
        "la",
        "les",
        "l",
        "par",
        "pour",
        "sur",
        "avec",
        "dans",
        "qui",
        "que",
        "a",
        "est",
        "ont",
        "sont",
        "puis",
        "mais",
        "ou",
        "où",
        "alors",
        "contre",
        "vers",
        "depuis",
        "jusqu",
        "après",
        "avant",
        "entre",
        "il",
        "elle",
        "on",
        "ils",
        "elles",
        "ce",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
    ]
)
FUNCTION_WORDS = frozenset(_FUNCTION)

# Words before a number that make it a year ("en 2024", "fin 2023").
YEAR_LEAD_WORDS = frozenset(
    [
        "en",
        "depuis",
        "dès",
        "fin",
        "début",
        "mi",
        "année",
        "l'année",
        "printemps",
        "été",
        "automne",
        "hiver",
        "courant",
    ]
)

# Counted nouns: lemma -> (unit, default metric).
COUNTED_NOUNS: dict[str, tuple[str, str]] = {}


def _add(words: str, unit: str, metric: str) -> None:
    for w in words.split():
        COUNTED_NOUNS[w] = (unit, metric)


_add(
    "salarié salariée employé employée emploi poste collaborateur collaboratrice technicien "
    "technicienne horloger horlogère ouvrier ouvrière ingénieur embauche recrutement frontalier "
    "travailleur agent cadre apprenti intérimaire départ licenciement opérateur "
    "opératrice compagnon soignant enseignant chercheur formateur vendeur vendeuse effectif "
    "personne personnel actif saisonnier cdi cdd job artisan reclassement recrue permanent "
    "collègue",
    "persons",
    "employees",
)
_add(
    "participant visiteur manifestant spectateur congressiste invité délégué acteur entrée",
    "persons",
    "participants",
)
_add(
    "client touriste habitant étudiant élève lycéen collégien écolier stagiaire usager abonné patient chômeur demandeur "
    "allocataire retraité consommateur acheteur chef inscrit jeune",
    "persons",
    "other",
)
_add("adhérent membre", "persons", "members")
# Candidates are counted, not classed ("other"); a takeover's are companies (nouns.py reads
# the sense from the sentence).
_add("candidat", "persons", "other")
# Trades and roles counted in workforce news, and companies counted as rivals or failures.
_add(
    "polisseur polisseuse sertisseur sertisseuse régleur régleuse graveur émailleur monteur "
    "monteuse mécanicien soudeur usineur tourneur fraiseur décolleteur chauffeur conducteur "
    "préparateur préparatrice manutentionnaire magasinier logisticien développeur conseiller "
    "conseillère caissier caissière cuisinier serveur dirigeant "
    "manager",
    "persons",
    "employees",
)
_add("bénévole diplômé", "persons", "other")
# Trades, roles and contracts of small firms and shops, counted like their staff.
_add(
    "alternant menuisier électricien plombier maçon "
    "designer informaticien prothésiste couturier "
    "couturière contrôleur électronicien programmeur comptable juriste consultant commercial "
    "assistant assistante animateur animatrice associé",
    "persons",
    "employees",
)
_add("investisseur actionnaire", "persons", "other")
_add("laboratoire", "sites", "other")
_add("pousse holding", "companies", "companies")  # "trois jeunes pousses": start-ups
# "140 portes chez des détaillants": shops in retail speech
_add("flagship outlet porte vitrine", "stores", "stores")
_add("modèle", "units", "production")
_add("concurrent défaillance faillite liquidation employeur donneur", "companies", "companies")
_add("etp", "persons", "employees")  # "120 ETP": full-time equivalents
# More counted products of the region's industries.
_add(
    "bouteille flacon bague collier pendentif vélo bateau avion camion tracteur autocar meule "
    "vêtement chaussure smartphone téléviseur appareil prothèse colis",
    "units",
    "production",
)
_add(
    "entreprise société établissement pme tpe eti start-up startup firme fabricant "
    "sous-traitant industriel exploitation fournisseur prestataire filiale maison marque "
    "manufacture exposant commerçant ferme coopérative",
    "companies",
    "companies",
)
_add(
    "magasin boutique bijouterie agence succursale commerce concession pharmacie restaurant "
    "enseigne franchise officine showroom corner comptoir supérette supermarché hypermarché "
    "épicerie librairie boulangerie bijouterie-horlogerie horlogerie-bijouterie opticien "
    "horloger-bijoutier bijoutier-horloger bijoutier bijoutier-joaillier shop-in-shop "
    "adresse concessionnaire détaillant revendeur franchisé",
    "stores",
    "stores",
)
_add(
    "usine site centre atelier plateforme entrepôt implantation antenne bureau campus",
    "sites",
    "other",
)
_add(
    "montre pièce horloge exemplaire véhicule bijou monture paire lunette produit mouvement "
    "calibre boîtier bracelet voiture pendule réveil cadran article référence unité",
    "units",
    "production",
)
_add(
    # Counts the labels treat as judgment calls (bids, studies, sectors, countries) are left
    # out: "deux offres" is then no figure, "53 projets" still is.
    "projet plan brevet contrat lit logement commande dossier",
    "other",
    "other",
)
# Buyers and bidders for a business are counted but are no headcount nor a sector's companies.
_add("racheteur soumissionnaire", "companies", "other")

# Words skipped between a number and its counted noun.
NOUN_SKIP = set(
    [
        "de",
        "d",
        "des",
        "du",
        "nouveaux",
        "nouvelles",
        "nouveau",
        "nouvelle",
        "supplémentaires",
        "supplémentaire",
        "premiers",
        "premières",
        "autres",
        "derniers",
        "dernières",
        "seuls",
        "seules",
        "grands",
        "grandes",
        "petits",
        "petites",
        "principaux",
        "principales",
        "jeunes",
        "anciens",
        "anciennes",
        "actuels",
        "actuelles",
        "directs",
    ]
)
NOUN_SKIP.update(
    ("indirects", "induits", "nets", "bruts", "temporaires", "permanents", "qualifiés")
)
# A flow noun leaves the count to its complement: "38 suppressions de postes" counts jobs,
# "300 créations d'entreprises" companies.
NOUN_SKIP.update(
    ("suppressions", "suppression", "créations", "création", "ouvertures", "fermetures")
)

# Number words: approximate nouns, fractions and scales.
APPROX_NOUNS = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
    "demi-douzaine": 6,
}
FRACTIONS = {"quart": 25.0, "quarts": 25.0, "tiers": 100 / 3}
SCALES = {"milliard": 1e9, "million": 1e6, "mille": 1e3, "md": 1e9, "mds": 1e9, "mrd": 1e9}
SCALES.update({"mrds": 1e9, "me": 1e6, "m": 1e6, "k": 1e3})

# Small numbers in words, for proportions ("un sur trois").
SMALL_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}
SMALL_NUMBERS.update({"sept": 7, "huit": 8, "neuf": 9, "dix": 10})

# Qualifiers before a number -> their normal form.
QUALIFIERS = {
    "plus de": "plus de",
    "plus d'": "plus de",
    "plus des": "plus de",
    "pas moins de": "plus de",
    "près de": "près de",
    "près d'": "près de",
    "environ": "environ",
    "quelque": "environ",
    "quelques": "environ",
    "jusqu'à": "jusqu'à",
    "à peine": "à peine",
    "presque": "presque",
    "moins de": "moins de",
    "moins d'": "moins de",
    "au moins": "au moins",
    "dès": "dès",
    "autour de": "environ",
    "aux alentours de": "environ",
    "de l'ordre de": "environ",
    "un peu plus de": "plus de",
    "un peu moins de": "moins de",
    "approximativement": "environ",
    "quasiment": "presque",
    "au-delà de": "plus de",
    "pas loin de": "près de",
    "à partir de": "dès",
    "au minimum": "au moins",
    "au minimum de": "au moins",
    "au maximum": "jusqu'à",
    "au maximum de": "jusqu'à",
}

# Words that may follow a bare number in a figure (a verb, a preposition, a link).
LINK_WORDS = set(
    [
        "sont",
        "ont",
        "est",
        "a",
        "pour",
        "de",
        "d",
        "en",
        "à",
        "dans",
        "qui",
        "et",
        "ou",
        "sur",
        "chez",
        "au",
        "aux",
        "selon",
        "soit",
        "dont",
        "voire",
        "ce",
        "cet",
        "cette",
        "aujourd",
        "actuellement",
        "fin",  # "21 870 fin décembre": a date follows, not a noun
        "début",
    ]
)

# Ordinals of a quarter or a half-year.
ORDINALS = {"premier": 1, "1er": 1, "deuxième": 2, "2e": 2, "second": 2, "troisième": 3, "3e": 3}
ORDINALS["quatrième"] = ORDINALS["4e"] = 4

# Money abroad, after "à l'".
ABROAD_WORDS = ("étranger", "international")

# Capitalised words that are no place nor source name.
NOT_PLACE_WORDS = {m.capitalize() for m in MONTHS} | {
    "Le",
    "La",
    "Les",
    "Un",
    "Une",
    "Ce",
    "Cette",
    "Il",
    "Elle",
    "Selon",
    "CA",
    "Euros",
    "Mds",
    "MD",
    "ME",
}

# Month names without accents, to match normalised text.
MONTHS_PLAIN = (
    "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
)  # fmt: skip

# Words before a place name ("à", "près de", "originaire de"); for an area also articles.
PLACE_CONTEXT = frozenset(
    [
        "à",
        "a",
        "au",
        "aux",
        "de",
        "d",
        "du",
        "des",
        "en",
        "dans",
        "sur",
        "près",
        "vers",
        "depuis",
        "pour",
        "entre",
        "par",
        "et",
        "ou",
        "lès",
        "jusqu",
        "jusqu'à",
        "via",
        "vient",
        "venu",
        "originaire",
    ]
)
AREA_CONTEXT = PLACE_CONTEXT | {"le", "la", "les", "l"}

# Days of the week.
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
