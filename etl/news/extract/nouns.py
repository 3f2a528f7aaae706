"""Counted nouns: which economic thing a number counts ("40 salariés", "14 magasins").

Input: the text and an offset. Output: a `Noun` (lemma, unit, default metric) read from a
lexicon of French economic nouns: the word right after a number (skipping de/des, adjectives
and one number, as in "16 des 40 salariés"), or the last such noun before it (ellipsis).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.news.lexicon import COUNTED_NOUNS, LINK_WORDS, NOUN_SKIP

_NOUNISH = re.compile(r"[^\W\d_][\w-]{2,}")
_WORD = re.compile(r"[\s'’ʼ]*([\w-]+|[^\w\s])")
# The rest of a number written with thousands separators ("9 000", "2.815", "100'000").
_THOUSANDS = re.compile(r"(?:[ .\u00a0\u202f'’]\d{3}(?!\d))+")
_UNITS = (
    "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    "vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille"
)
_ARTICLES = frozenset(("un", "une", "le", "la", "les"))
_ADVERBS = frozenset(("très", "assez", "plutôt", "fort"))  # "50 très petites entreprises"
_FULL_TIME = re.compile(r"\s+(?:à\s+)?temps\s+plein", re.IGNORECASE)
_NUMBER_WORD = re.compile(rf"(?:{_UNITS})(?:-(?:et-)?(?:un|une|{_UNITS}))*")
# Offers, intentions, declarations or projects whose complement names a hiring count jobs:
# "12 000 déclarations préalables à l'embauche", "300 offres d'emploi", "2 000 projets de
# recrutement" (not "trois cabinets de recrutement").
_HIRING_HEADS = frozenset(
    ("offre", "intention", "promesse", "déclaration", "demande", "proposition", "besoin", "projet")
)
_JOB_COMPLEMENT = re.compile(
    r"(?:\s+[a-zéèêàç]+){0,2}?\s+(?:à\s+l['’ʼ]\s?|d['’ʼ]\s?|de\s+l['’ʼ]\s?|de\s+)"
    r"(embauches?|emplois?|recrutements?)\b"
    r"|\s+(?:d['’ʼ]\s?emploi\s+)?non\s+pourvue?s?\b"  # "200 offres non pourvues": vacancies
)


@dataclass(slots=True)
class Noun:
    """The counted noun after a number: its lemma and what it implies."""

    word: str
    unit: str
    metric: str
    start: int


# A plural agent noun outside the lexicon ("chaudronniers", "vitriers", "pâtissiers") is a
# trade counted like staff when hiring or employment is spoken of around it.
_AGENT_PLURAL = re.compile(r"[a-zéèêàâçôûîï]{3,}(?:iers|ières|eurs|euses|trices|iens|iennes|istes)")
_NOT_AGENT_WORDS = (
    "secteurs facteurs moteurs indicateurs ordinateurs valeurs couleurs heures dossiers quartiers "
    "chantiers métiers paliers liens biens moyens entretiens acheteurs repreneurs investisseurs "
    "actionnaires créanciers fournisseurs clients visiteurs spectateurs concurrents leaders "
    "partenaires lecteurs électeurs auditeurs téléspectateurs supporters amateurs collectionneurs "
    "premiers derniers entiers particuliers dernières premières particulières extérieurs "
    "intérieurs supérieurs inférieurs meilleurs plusieurs ailleurs milliers centaines "
    "locaux sièges gisements candidats mutuelles banquiers assureurs"
)
_NOT_AGENTS = frozenset(_NOT_AGENT_WORDS.split())
_HIRED_BEFORE = re.compile(
    r"(?:recrut|embauch|licenci|emploi|emploie|emploient|emploiera|forme|forment|formera|reclass)"
    r"\w*(?:\s+[\w'’ʼ-]+){1,5}\s*$"
)
_HIRED_AFTER = re.compile(
    r"\s+(?:ont|sont|seront|vont|doivent|devraient)\s+(?:été\s+|être\s+)?"
    r"(?:recrut|embauch|licenci|reclass|formé|employé)"
)


# "Ils étaient deux cents à manifester": people counted by what they do.
_FEW = frozenset(("deux", "trois", "quatre", "cinq", "2", "3", "4", "5"))  # founders, partners
_TO_DO = re.compile(r"\s+[a-zéèêâîôû]+(?:er|ir|re)\b")
# A firm's head speaking of its staff: "Nous sommes 120 contre 95 l'an dernier".
_WE_ARE = re.compile(
    r"\b[Nn]ous\s+(?:sommes|étions|serons)\s+(?:(?:désormais|aujourd['’ʼ]hui|maintenant|déjà|"
    r"actuellement|près\s+de|plus\s+de|environ)\s+)*\d[\d\s]*$"
)
_HOW_MANY = re.compile(
    r"\b[Cc]ombien\s+(?=d)(?P<noun>[^?]{2,60})\?\s*(?:[–—-]\s*)?"
    r"(?:(?:près\s+de|plus\s+de|environ|quelque)\s+)?[\w-]+(?:[\s-][\w-]+){0,3}$"
)
_THEY_WERE = re.compile(
    r"(?i:\b(?:ils|elles|nous)\s+(?:sont|étaient|seront|furent|ont\s+été|sommes|étions)\s+"
    r"(?:(?:près\s+d[e'’ʼ]|plus\s+d[e'’ʼ]|environ|quelque|déjà|encore|aujourd['’ʼ]hui)\s*)*(?:[\w-]+\s+){0,3}(?P<n>[\w-]+)$)"
)


def _lemma(word: str) -> str:
    w = word.lower()
    if w in COUNTED_NOUNS:
        return w
    for cut in ("s", "x", "es"):
        if w.endswith(cut) and w[: -len(cut)] in COUNTED_NOUNS:
            return w[: -len(cut)]
    if w.endswith("aux") and w[:-3] + "al" in COUNTED_NOUNS:
        return w[:-3] + "al"
    if "-" in w:  # "horlogers-bijoutiers": each part takes the plural
        joined = "-".join(_lemma(part) for part in w.split("-"))
        if joined in COUNTED_NOUNS:
            return joined
        bare = "-".join(p[:-1] if p.endswith(("s", "x")) else p for p in w.split("-"))
        if bare in COUNTED_NOUNS:  # "bijouteries-horlogeries"
            return bare
    return w


def counted_noun(text: str, pos: int, limit: int = 60) -> Noun | bool | None:
    """The lexicon noun right after `pos` (skipping de/des/adjectives/numbers), None if the next
    content word is unknown, False if nothing follows before punctuation."""
    end = min(len(text), pos + limit)
    start = pos
    numbers = 0
    if _WE_ARE.search(text, max(0, pos - 60), pos - 1 if pos else 0):
        return Noun("salarié", "persons", "employees", pos)  # "nous sommes 120" in a firm
    asked = _HOW_MANY.search(text, max(0, pos - 120), pos)
    if asked:  # "Combien de visiteurs ? Quatre-vingt-sept mille": the noun asked about
        return counted_noun(text, asked.start("noun") - 1, 40)
    for _ in range(8):
        if pos >= end:
            break
        m = _WORD.match(text, pos)
        if not m:
            return False
        word = m.group(1)
        pos = m.end()
        if not (word[0].isalnum()):
            return False
        low = word.lower()
        if low in ("autres", "autre"):
            after = _WORD.match(text, pos)
            nxt = after.group(1).lower() if after else ""
            if not nxt or not nxt[0].isalnum() or nxt in LINK_WORDS:
                # "45 autres ont accepté": more of what was counted before
                return noun_before(text, start - 300, start, counted_first=True) or False
            continue
        if low.rstrip("s") in ("ouverture", "fermeture") and not _COMPLEMENT_NEXT.match(text, pos):
            # "une quinzaine d'ouvertures prévues": openings with no complement are shops'
            return Noun("ouverture", "stores", "stores", m.start(1))
        if low in NOUN_SKIP or low in _ADVERBS:
            continue
        if word[0].isdigit() or _NUMBER_WORD.fullmatch(low):
            numbers += 1
            if numbers > 1:
                return False
            if word[0].isdigit():  # "3 300 des 9 000 salariés": one number, not two
                rest = _THOUSANDS.match(text, pos)
                pos = rest.end() if rest else pos
            continue
        if low in _ARTICLES and numbers == 0:
            return False  # a new noun phrase: "contre 1,1 un an plus tôt"
        if low in ("équivalent", "équivalents") and _FULL_TIME.match(text, pos):
            return Noun("etp", "persons", "employees", m.start(1))  # "35 équivalents temps plein"
        if low in ("unité", "unités") and _PLANT.match(text, pos):
            return Noun("usine", "sites", "other", m.start(1))  # "deux unités de production"
        if low in ("point", "points", "lieu", "lieux") and _OF_SALE.match(text, pos):
            return Noun("point de vente", "stores", "stores", m.start(1))
        if low == "sous" and re.match(r"\s+(?:l['’ʼ]\s?)?enseigne", text[pos : pos + 14]):
            return Noun("enseigne", "stores", "stores", m.start(1))  # "37 sous enseigne X"
        if low.rstrip("s") in _HIRING_HEADS and _JOB_COMPLEMENT.match(text, pos, pos + 50):
            return Noun("embauche", "persons", "jobs", m.start(1))
        they = low == "à" and _THEY_WERE.search(text, max(0, start - 50), start)
        if they and _TO_DO.match(text, pos) and they.group("n").lower() not in _FEW:
            return Noun("personne", "persons", "employees", m.start(1))  # "ils étaient 200 à"
        lemma = _lemma(word)
        if lemma in COUNTED_NOUNS:
            unit, metric = _sense(text, lemma, m.start(1), m.end(1))
            return Noun(lemma, unit, metric, m.start(1))
        if word.islower() and low.endswith("ent") and _WORD.match(text, start).end() == pos:
            return False  # a plural verb right after the number: "deux mille travaillent"
        if word.islower() and low.endswith(("s", "x")):
            after = _WORD.match(text, pos)  # "cinq belles boutiques": a plural adjective first
            nxt = _lemma(after.group(1)) if after else ""
            if nxt in COUNTED_NOUNS and after.group(1).endswith(("s", "x")):
                unit, metric = COUNTED_NOUNS[nxt]
                return Noun(nxt, unit, metric, after.start(1))
        if _AGENT_PLURAL.fullmatch(low) and low not in _NOT_AGENTS:
            # "recrute trois soudeurs et deux chaudronniers", "cinq vitriers ont été embauchés"
            hired = _HIRED_BEFORE.search(text[max(0, start - 50) : start].lower())
            if hired or _HIRED_AFTER.match(text, pos):
                return Noun(low, "persons", "employees", m.start(1))
        return None
    return False


# Nouns whose meaning depends on the sentence: a "maison" opened in a street is a shop, a
# "maison" of a group is a company; "sites" of a retailer are its shops; "enseignes" a group
# owns are companies; "candidats" to a takeover are companies.
_RETAIL_NOUNS = re.compile(
    r"magasins?\b|boutiques?\b|points?\s+de\s+vente|commerces?\b|vitrines?\b|"
    r"centres?[\s-]commercia|galeries?\s+marchand|centres?-villes?\b|franchis"
)
_RETAIL_VERB = re.compile(r"(?:ouv[re]\w*|inaugur\w*|ferm\w*)\s+(?:\S+\s+){0,2}$")
_INDUSTRY = re.compile(r"usines?\b|production|industri|fabricat|logisti|ateliers?\b|entrepôts?")
_HOUSING = re.compile(r"logements?\b|habitat|immobili|lotissement|construi\w*\s|individuelles")
_OWNED = re.compile(
    r"(?:possèd|détien|détient|regroup|réuni|rachet|rachat|acqui|portefeuille|\bgroupe\b|holding)"
)
_TAKEOVER = re.compile(r"repr(?:ise|endre|eneur)|rachat|racheter|acquéreur|propriétaires?\b")
_SENSES = {"maison", "site", "enseigne", "candidat"}
# Trades that name a shop and the person who works in it: people when hired or employed
# ("recrute 200 opticiens"), shops otherwise ("un réseau de 300 opticiens").
_TRADE_SHOPS = frozenset(
    ("opticien", "bijoutier", "horloger-bijoutier", "bijoutier-horloger", "bijoutier-joaillier")
)
_STAFFED = re.compile(
    r"(?:recrut|embauch|emploi|emploie|licenci|form|salari|compte\s+parmi\s+ses)\w*\s+"
    r"(?:[\w'’ʼ-]+\s+){0,4}$"
)
_PLANT = re.compile(r"\s+(?:de\s+(?:production|fabrication|assemblage)|industrielles|de\s+prod)")
_OF_SALE = re.compile(r"\s+de\s+(?:vente|service)")


def _sense(text: str, lemma: str, start: int, end: int) -> tuple[str, str]:
    """(unit, metric) of a lexicon noun, read in its sentence when the noun has several."""
    unit, metric = COUNTED_NOUNS[lemma]
    if lemma in _TRADE_SHOPS:
        staffed = _STAFFED.search(text, max(0, start - 50), start)
        return ("persons", "employees") if staffed else (unit, metric)
    if lemma not in _SENSES:
        return unit, metric
    lo = max(0, start - 200)
    for cut in (".", "\n"):  # the sentence holding the noun, at most 200 characters back
        lo = max(lo, text.rfind(cut, lo, start) + 1)
    before = text[lo:start].lower()
    around = before + text[end : min(len(text), end + 120)].split(".")[0].lower()
    retail = bool(_RETAIL_NOUNS.search(around))
    if lemma == "candidat":
        return ("companies", "other") if _TAKEOVER.search(around) else (unit, metric)
    if lemma == "maison":
        if _HOUSING.search(around):
            return "other", "other"  # houses being built
        if _RETAIL_VERB.search(before[-60:]) or (retail and not _OWNED.search(around)):
            return "stores", "stores"
        return unit, metric
    if lemma == "site":
        if retail and not _INDUSTRY.search(around):
            return "stores", "stores"
        return unit, metric
    # enseigne: the shops of a network, unless a group owns or gathers them as brands
    if _OWNED.search(before[-80:]) and not retail:
        return "companies", "companies"
    return unit, metric


def noun_before(
    text: str, lo: int, pos: int, counted_first: bool = False, plural: bool = False
) -> Noun | None:
    """The last lexicon noun of the counted kinds between `lo` and `pos` (ellipsis: "On en
    dénombre 363" after "établissements"); with `counted_first`, the last one written after a
    number if any ("120 intérimaires du site (...) 45 autres": intérimaires); `plural`: only a
    noun written in the plural (what "ils" stands for)."""
    found: Noun | None = None
    counted: Noun | None = None  # the last one written after a number: what was counted
    head_end = -1  # end of the last noun found: "demandeurs d'emploi" counts demandeurs
    lo = max(0, lo, pos - 200)
    for m in _NOUNISH.finditer(text, lo, pos):
        lemma = _lemma(m.group(0))
        hit = COUNTED_NOUNS.get(lemma)
        if hit and hit[0] in ("persons", "companies", "stores", "sites", "units"):
            if plural and not m.group(0).endswith(("s", "x")):
                continue
            if _COMPLEMENT.fullmatch(text, head_end, m.start()):
                continue  # the complement of the noun before, not a new count
            head_end = m.end()
            found = Noun(lemma, hit[0], hit[1], m.start())
            if _COUNTED_BEFORE.search(text, max(lo, m.start() - 24), m.start()):
                counted = found
    return (counted or found) if counted_first else found


_COMPLEMENT = re.compile(r"\s+(?:de|d['’ʼ])\s*")
_COMPLEMENT_NEXT = re.compile(r"\s*(?:de|d['’ʼ]|des|du)\b(?!['’ʼ]?\s?ici\b)", re.IGNORECASE)
_SKIP_ALT = "|".join(sorted((re.escape(w) for w in NOUN_SKIP), key=len, reverse=True))
_COUNTED_BEFORE = re.compile(rf"\d\s+(?:(?:{_SKIP_ALT})(?:\s+|['’ʼ]\s?))*$", re.IGNORECASE)


_ITEM_START = re.compile(r"[:;,]\s*$")
_LAST_COUNT = re.compile(r"\d(?:[\d \u00a0\u202f.'’]*\d)?(?=\s+[^\d:;]{1,40}$)")


def listed_noun(text: str, lo: int, pos: int) -> Noun | None:
    """The counted noun of a list the item at `pos` belongs to: "1 480 points de vente :
    1 020 Lumio, (...) ; 310 Verano" counts shops however each item is named. Items may be cut
    by "; " (sentence ends for the layout), so `lo` may lie before the item's sentence."""
    lo = max(0, lo)
    if not _ITEM_START.search(text, max(lo, pos - 4), pos):
        return None
    lo = max(lo, text.rfind("\n", lo, pos) + 1, text.rfind(". ", lo, pos) + 1)
    colon = text.rfind(":", lo, pos)
    if colon < 0:
        return None
    count = _LAST_COUNT.search(text, max(lo, colon - 50), colon)
    if count:
        found = counted_noun(text, count.end())
        return found if isinstance(found, Noun) else None
    return noun_before(text, max(lo, colon - 40), colon)


# A number in words standing alone counts what was counted before only after a clause opener
# ("Parmi eux, deux mille travaillent", "dont trois en Suisse", "on en dénombre quatre"),
# never after an article or a noun ("les deux", "à deux", "flambant neuf").
_ELLIPTIC_OPENER = re.compile(
    r"(?:^|[,;:(]|\b(?:dont|et|ou|mais|soit|puis|en\s+(?:compt|dénombr|recens)\w*"
    r"(?:\s+(?:aujourd['’ʼ]hui|encore|désormais|actuellement|déjà|plus\s+que))?)|"
    # "ils sont dix-neuf aujourd'hui", "elles ne sont plus que six"
    r"\b(?:ils|elles|nous)\s+(?:ne\s+|n['’ʼ]\s?)?(?:sont|étaient|sommes|étions|seront|restent)"
    r"(?:\s+(?:plus\s+que|encore|désormais|aujourd['’ʼ]hui|déjà))?|"
    # "en" before a conjugated verb points back to what was counted: "et en recrutera six",
    # "n'en garde que trois" (not a gerund: "en divisant par deux")
    r"\ben\s+(?:(?:a|ont|avait|avaient|aura|auront)\s+)?(?!\w+ant\b)[a-zéèêû]{3,}\s+"
    r"(?:que\s+|encore\s+|bientôt\s+)?)\s*$",
    re.IGNORECASE,
)


def elliptic_words(text: str, start: int) -> bool:
    """Whether a number in words at `start` with no noun after it may count the noun of the
    sentence before ("5 200 collaborateurs. Parmi eux, deux mille travaillent en France")."""
    if text.startswith(("neuf", "Neuf"), start) and _ADJECTIVE_NEUF.match(text, start + 4):
        return False  # "le bâtiment, neuf et lumineux": the adjective
    return bool(_ELLIPTIC_OPENER.search(text, max(0, start - 24), start))


_ADJECTIVE_NEUF = re.compile(r"\s*(?:[,.;)]|et\b|ou\b)")
