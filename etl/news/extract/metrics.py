"""What a figure measures: its unit and metric, from the counted noun and the words around it.

Input: the text, a `NumberToken` and the bounds of its sentence. Output: (unit, metric) in the
vocabulary of LABELS.md. Rules are general lexicons of French economic nouns and verbs (headcount,
job flows, money words, growth words), never strings from a particular article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from etl.news.extract.nouns import Noun, counted_noun
from etl.news.extract.number_tokens import NumberToken
from etl.news.lexicon import ABROAD_WORDS

# Word lists below are matched on lower-cased windows by `_found`; they open with plain letters
# so the regex engine jumps between candidates, and word starts are checked on the match.
_JOB_FLOW = re.compile(
    r"(?:cré[eé]\w*|créations?|supprim\w*|suppressions?|recrut\w*|embauch\w*|menacé\w*|en jeu|"
    r"sauv\w*|maint\w*|sécuris\w*|conserv\w*|repris|reprendre|licenci\w*|départs?|perdre|"
    r"perte|dispar\w*|détruit\w*|destruction|supplémentaires?|formés?|reclass\w*)\b"
)
_GATHER = re.compile(
    r"(?:réuni\w*|rassembl\w*|mobilis\w*|manifest\w*|particip\w*|présents?|accueilli\w*|"
    r"venus|assist\w*|défil\w*|grévist\w*)\b"
)
_MEMBERS = re.compile(r"(?:regroup|rassembl|réuni|fédèr|fédér|adhér)\w*\b")
_WORK = re.compile(r"travaill|employ")
_EMPLOYED = re.compile(
    r"(?:travaill|employ|salari|emploi|effectif|personnel|embauch|recrut|licenci|poste|équipe|"
    r"collaborat|métier|usine|atelier|site|entreprise|société|filière|secteur|groupe|frontali|"
    r"actifs?\b|ouvri|cadres?\b)\w*"
)
_ADHERENT = re.compile(r"(?:adhérent|affilié|membre|cotisant)")
# Bodies whose companies are their members, when they are the subject of the sentence.
_BODY = re.compile(
    r"(?:fédération|confédération|syndicat|association|union|groupement|chambre|cluster|pôle|"
    r"collectif|coopérative|interprofession|amicale|club)s?\b"
)
# A body whose members are firms: trade federations and unions, traders' associations (a
# workers' union, a sports club or a friends' association has people as members).
_FIRM_BODY = re.compile(
    r"(?i:\b(?:(?:fédération|confédération|syndicat|groupement|chambre|interprofession|union|"
    r"association|collectif)s?\b(?![^.;]{0,30}\b(?:salariés|ouvriers|employés|CGT|CFDT|FO|"
    r"Force\s+ouvrière|CFE|Unsa|SUD)\b)[^.;]{0,40}\b(?:commerçants|artisans|fabricants|entreprises|"
    r"industriels|professionnel\w*|patrona\w*|horlog\w*|bijou\w*|joaill\w*|lunet\w*|opticiens|"
    r"décollet\w*|sous-traitants|commerce|métiers|industrie\w*)|cluster|grappe)\b)"
)
# "Le pôle lunetier jurassien rassemble 45 entreprises": a trade's pole in a place counts its
# companies like a sector; a "pôle de compétitivité" is a body with members.
_PLACE_POLE = re.compile(
    r"(?i:\bpôle\s+(?!de\b|d['’ʼ])[a-zéèê-]+(?:ier|ière|er|ère|al|ale|ique)\b)"
)
_FIRMS_AFTER = re.compile(
    r"\s*(?:adhérents?|membres?)?[^.;]{0,40}?\b(?:dont|des|parmi\s+lesquels)\s+(?:[\w'’ʼ-]+\s+){0,3}?"
    r"(?:entreprises|sociétés|revendeurs|fabricants|commerçants|artisans|ateliers|industriels|pme)\b",
    re.IGNORECASE,
)
# A maker's client brands: "livre ses boîtiers à / pour cinq marques" (other, as clients).
_SUPPLIED = re.compile(
    r"(?i:\b(?:pour|fourni\w*|livr\w*|équip\w*)\s+(?:(?:principalement|notamment|surtout|"
    r"près\s+d['’ʼ]|plus\s+d['’ʼ]|environ|quelque|une|un|de|d['’ʼ])\s*)*$)"
)
_MAKES = re.compile(
    r"(?:fabriqu|produi|livr|fourni|usin|assembl|sous-trait|conçoi|réalis|travaill)\w*"
)
_POSSESSIVE = re.compile(r"(?i:\b(?:ses|leurs|nos|son|sa)\s+$)")
_HAS = re.compile(r"(?:compt|réuni|regroup|rassembl|fédèr|représent|accueill|totalis)\w*")
# A group that "réunit douze maisons" owns them: they stay companies, not members.
_OWNER = re.compile(r"(?:groupe|holding|société|entreprise)s?\b")
_SHOPS = re.compile(r"(?:magasins?|boutiques?|points?\s+de\s+vente|enseignes?)\b")
# A sector or a territory that "regroupe" companies just counts them; any other subject (a
# federation, a cluster, a named body) has them as members. The subject is read from the first
# words of the sentence, before any apposition.
_WHOLE = re.compile(
    r"(?:secteur|filière|branche|industrie|région|département|ville|territoire|bassin|vallée|"
    r"agglomération|zone|pays|canton|commune|métropole|économie|communauté|collectivité|"
    r"intercommunalité|profession)s?\b"
)
# A trade named in lower case with its article is a sector ("la lunetterie jurassienne"); the
# capitalised word is a body's name ("France Horlogerie").
_SECTOR_SUBJECT = re.compile(
    r"\b(?:la|l['’ʼ])\s?(?:lunetterie|horlogerie|bijouterie|joaillerie|microtechnique|"
    r"plasturgie|métallurgie|mécanique|décolletage|sous-traitance)\b"
)
# A sentence opened by a time or place phrase ("En 2021, la branche ...") has its subject
# after it; a pronoun subject ("Elle réunit ...") is the subject of the sentence before.
_OPENER = re.compile(
    r"\W*(?:en|au|à|dans|selon|depuis|fin|début|pour|l['’ʼ]an\s+dernier|cette\s+année)\b"
    r"[^,.;]{0,40},\s*",
    re.IGNORECASE,
)
_COMPARED_TO = re.compile(r"(?:\bcontre|\bau\s+lieu\s+de|\bface\s+à)\s*$", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\W*(?:elle|il|elles|ils)\s", re.IGNORECASE)


_MADE = re.compile(r"(?:produi|fabriqu|assembl|manufactur|sort\w*\s+des?\s+ateliers)\w*")
_HYPHENATED = re.compile(r"(?<=[a-zé])- (?=[a-zé])")  # OCR line-break hyphens: "haus- se"


def _found(rx: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether `rx` matches a word start in text[lo:hi] (lower-cased)."""
    window = text[max(lo, 0) : hi].lower()
    if "- " in window:
        window = _HYPHENATED.sub("", window)
    return any(m.start() == 0 or not window[m.start() - 1].isalnum() for m in rx.finditer(window))


# Matched on the lower-cased text: alternatives that begin with plain letters let the regex
# engine jump between candidate positions (five times faster than a case-insensitive scan).
_MONEY = re.compile(
    r"chiffres? d['’ʼ]\s?affaires?|ventes?\b|factur(?!es?\b)\w*|factures?\b|réalis|investi|export"
    r"|import(?:ations?|ée?s?|er|ateurs?|ent)\b|valeur ajoutée|pertes?\b|coût\w*|prix\b|subvention"
    r"|engag\w*|inject\w*|consacr\w*|dédi\w*|partenariat|activité\b|marchés?\b|recettes?\b"
    r"|projets?\b|plans?,?\s+(?:de|d['’ʼ]|estimé|chiffré|évalué)|gén[éè]r\w*|vend\w*|pèse\b|pesait"
    r"|étranger\b|international\b|hors\s+(?:de\s+france|de\s+l['’ʼ]\s?hexagone|d['’ʼ]\s?europe)"
    r"|actifs?\b|budget|dette|rachat|salaires?\b|aides?\b|amende|bénéfice|capital|dons?\b"
    r"|montant|enveloppe|financement|levée|fonds|déficit|charges?\b|soldes?\b|excédents?\b"
    r"|production\b|trésorerie|loyers?\b|mobilis\w*|nécessit\w*"
    r"|programmes?\b|travaux\b|chantiers?\b|débloqu\w*|rénov\w*|modernis\w*|réaménag\w*"
    r"|passif\b|carnets?\s+de\s+commandes|rapport(?:e|ent|é|ée|és|ait|aient|era|eront)\b"
    r"|résultats?\s+(?:net|d['’]exploitation|opérationnel)"
    r"|sur\s+la\s+table\b|(?:les|des|de)\s+retombées|dividendes?\b|primes?\b|indemnit\w*|marges?\b"
    r"|droits?\s+d['’ʼ]\s?entrée|masse\s+salariale|débouchés?\b|encaiss\w*"
)
_CA = re.compile(r"CA\b")
# Capital spent or committed, however phrased: "investit", "engage", "injecte", "consacre",
# "une enveloppe de", "un partenariat de"; a cost is one only when it is a project's or an
# investment's ("le coût du projet", "un investissement qui a coûté"), not a price or a study's.
_MONEY_KIND = (
    (("étranger", "international", "hors", "débouché"), "exports"),
    (
        (
            "chiffre",
            "vente",
            "vend",
            "factur",
            "réalis",
            "activité",
            "marché",
            "recette",
            "génér",
            "génèr",
            "rapport",
            "encaiss",
        ),
        "revenue",
    ),
    (("pèse", "pesait"), "revenue"),
    (("production",), "revenue"),  # output in value: labelled revenue (production as alt)
    (
        (
            "investi",
            "engag",
            "inject",
            "consacr",
            "dédi",
            "enveloppe",
            "partenariat",
            "projet",
            "mobilis",
            "programme",
            "travaux",
            "chantier",
            "débloqu",
            "rénov",
            "modernis",
            "réaménag",
            "sur la table",  # "mettre 3 M€ sur la table"
        ),
        "investment",
    ),
    (("plan",), "investment"),
    (("export",), "exports"),
    (("import",), "imports"),
)


_PROJECT = re.compile(
    r"projet|chantier|travaux|construction|programme|extension|agrandissement|bâtiment|usine|"
    r"investi|aménagement|rénovation|modernisation|site|atelier|locaux|équipement|machine|"
    r"restauration|réhabilitation|centre|plateforme|entrepôt|siège|nouve(?:l|lle|au)\b|"
    r"futur(?:e|s|es)?\b|gymnase|piscine|pôle|opération"
)


def _money_kind(word: str, low: str = "", at: int = 0) -> str:
    if word in ("facture", "factures") and _DETERMINER.search(low, max(0, at - 12), at):
        return "other"  # a bill paid ("la facture d'électricité"), not sales invoiced
    if word.startswith(("coût", "montant", "nécessit", "budget")):  # of a project: investment
        lo, hi = max(0, at - 60), at + 60
        stop = low.find(". ", at, hi)  # the next sentence's "atelier" is no project of this one
        near = low[max(lo, low.rfind(". ", lo, at) + 1) : hi if stop < 0 else stop]
        project = not word.startswith("coûte") and _PROJECT.search(near)
        # "l'extension du site coûtera 5 M€": the verb's subject is a project (a price
        # written with the verb stays other: money_metric reads prices first)
        project = project or (
            word.startswith("coûte") and _PROJECT.search(low, max(0, at - 60), at)
        )
        return "investment" if project else "other"
    for prefixes, kind in _MONEY_KIND:
        if word.startswith(prefixes):
            return kind
    return "other"


_DETERMINER = re.compile(r"\b(?:la|une|sa|leur|notre|votre|cette|les|des|ses|leurs|nos)\s+$")
# "à l'étranger", "à l'international": sales abroad (the word alone is no money word).
_ABROAD_BEFORE = re.compile(r"(?:à|a)\s+l['’ʼ]\s?$")


# Verbs that only say an amount was reached ("réalisé", "généré", "estimé", "pèse") measure
# what their subject names: "les exportations ont réalisé", "les investissements réalisés".
_SUBJECT_VERBS = ("réalis", "génér", "génèr", "pèse", "pesait", "estimé", "chiffré", "évalué")
_SUBJECT_GAP = re.compile(r"[^.;:!?()\d]{0,45}")


def _money_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, metric) of the money words of `text`, in order."""
    low = text.lower()
    hits = []
    for m in _MONEY.finditer(low):
        start, word = m.start(), m.group(0)
        if start and low[start - 1].isalnum():
            continue
        if word in ABROAD_WORDS and not _ABROAD_BEFORE.search(low, max(0, start - 6), start):
            continue
        if word == "production" and low[max(0, start - 3) : start] in ("de ", "en "):
            continue  # "site de production", "en production": no amount of output
        kind = _money_kind(word, low, start)
        if (
            hits
            and word.startswith(_SUBJECT_VERBS)
            and hits[-1][2] != "other"
            and _SUBJECT_GAP.fullmatch(low, hits[-1][1], start)
        ):
            kind = hits[-1][2]
        hits.append((start, m.end(), kind))
    hits += [
        (m.start(), m.end(), "revenue")
        for m in _CA.finditer(text)
        if m.start() == 0 or not text[m.start() - 1].isalnum()
    ]
    return sorted(hits)


# Stems of change words; the look-aheads leave out nouns of the trade that share a stem
# (décolletage, remontoir, montre de plongée, redressement judiciaire, contractuel).
_GROWTH = re.compile(
    r"hausse|baiss|croissance|progress|augment|recul|repli|évolution|variation|bond|chut|diminu|"
    r"fléchi|croît|grimp|régress|contract(?!u)|gagn|perd|ralenti|envol|accr(?!édit)|accroiss|"
    r"accroît|flamb|rebond|redress(?!ement)|décoll(?!et)|accélér|effondr|plong(?!ée)|dégringol|"
    r"glissement|céd|amélior|dégrad|remont(?!oir|age)|doubl|tripl|apprécié|tass|érod|renchéri|"
    r"retrait(?!e)|fond(?:re|u|ent|ait)\b|cèd"
)
_GROWTH_AFTER = re.compile(
    r"\s*(?:(?:de\s+|d['’ʼ]\s?|en\s+)(?:hausse|baisse|croissance|progression|augmentation|recul|"
    r"repli|diminution|chute|plus|moins|mieux)\b|(?:par\s+rapport\s+(?:à|au|aux)|sur\s+un\s+an|"
    r"en\s+un\s+an|en\s+glissement|comparée?\s+à)\b)",
    re.IGNORECASE,
)
_SHARE_AFTER = re.compile(
    r"\s*(?:du|de\s+l['’ʼ´]|des|de\s+la)\s*(?:chiffre d['’ʼ´]\s?affaires?\b|CA\b|effectifs?|"
    r"emplois?(?:\s+salariés)?\b|montres vendues|marché|ventes|production|exportations)"
    r"(?!\s+(?:généré|réalisé|provenant|issu))",
    re.IGNORECASE,
)
_GROWTH_RATE = re.compile(
    r"taux\s+(?:de\s+|d['’ʼ]\s?)(?:croissance|évolution|progression|variation|augmentation)"
)
_RATE = re.compile(r"taux\b|marges?\b|ratio\b|part\s+(?:des|de\s+l|du)\b")


class MoneyWords:
    """The money words of one text (chiffre d'affaires, investissement...), found once and
    queried by range, so classifying many figures stays linear."""

    def __init__(self, text: str) -> None:
        self.hits = _money_hits(text)
        self.starts = [h[0] for h in self.hits]

    def within(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Hits starting in [lo, hi)."""
        return self.hits[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]


# A price or a fee is neither revenue nor investment, whatever money word stands nearby.
_PRICE_AFTER = re.compile(
    r"\s*(?:HT\s+|TTC\s+)?(?:le|la|les|l['’ʼ]|par|pour\s+(?:une?|les?|la))\s*(?:billets?|entrées?|places?|"
    r"tickets?|unités?|pièces?|personnes?|nuits?|nuitées?|repas|mois|ans?|kilos?|kg|litres?|"
    r"m2|m²|heures?|adultes?|enfants?|visiteurs?|participants?|jours?|semaines?|séances?|"
    r"paires?|montres?|modèles?|exemplaires?|mètres?\s+carrés?|onces?|actions?|titres?|"
    r"tonnes?|grammes?|g)\b|\s*(?:pièce|l['’ʼ]\s?unité)\b",
    re.IGNORECASE,
)
# A thing "vendu(e) 6 euros" / "est vendue à 1 200 euros": the unit price, not sales.
_SOLD_AT = re.compile(
    r"(?:(?:\b(?:est|sont|été|était|étaient|sera|seront)\s+|,\s*)(?:\w+\s+)?(?:vendue?s?|"
    r"proposée?s?|cédée?s?|facturée?s?)\s+(?:à\s+|au\s+prix\s+de\s+|environ\s+)?|"
    r"\b(?:vend|vendent|propose|proposent|affiche|affichent)\s+(?:(?!pour\b)[\w'’ʼ-]+\s+){1,4}?"
    r"(?:(?:entre|à|au\s+prix\s+de|autour\s+de)\s+)?|"
    r"\b(?:se|s['’ʼ]\s?(?:y|est|était))\s+(?:vend|négoci|monnay|échang|pay)\w*\s+"
    r"(?:(?:à|entre|autour\s+de|environ|jusqu['’ʼ]\s?à)\s+)?|"
    # "des chronographes vendus plus de 8 000 francs": a participle right after the thing sold
    r"\b[a-zà-ÿ]{3,}s?\s+(?:vendue?s?|facturée?s?|affichée?s?)\s+(?:à\s+|au\s+prix\s+de\s+)?)$",
    re.IGNORECASE,
)
_PRICE_BEFORE = re.compile(
    r"(?:prix|tarifs?|billets?|entrées?|ticket|places?|coûte\w*|vendue?s?\s+(?:à|au)|"
    r"affichée?s?\s+à|payer|payé\w*)\s+(?:[\w'’ʼ]+\s+){0,3}?(?:de|à|:|est\s+de)?\s*$",
    re.IGNORECASE,
)


def money_metric(
    text: str, tok: NumberToken, s_start: int, s_end: int, p_start: int, words: MoneyWords
) -> str:
    """revenue / investment / exports / imports / other from the money words nearest the span."""
    tail = text[tok.end : min(s_end, tok.end + 40)]
    before = _PRICE_BEFORE.search(text, max(s_start, tok.start - 40), tok.start) or _SOLD_AT.search(
        text, max(s_start, tok.start - 40), tok.start
    )
    if (_PRICE_AFTER.match(tail) or before) and tok.value < 100_000:
        return "other"  # a price: "15 euros l'entrée", "vendu au prix de 40 €"
    if tok.value < 100_000 and _found(
        _PRICE_NOUN, text, _clause_start(text, s_start, tok.start), tok.start
    ):
        return "other"  # "le prix moyen d'une montre vendue en France atteint 250 euros"
    m = re.match(r"\s*(?:de|d['’ʼ])\s*(.{0,30})", tail)
    first = _money_hits(m.group(1)) if m else []
    if first and first[0][0] == 0:
        return first[0][2]
    if re.match(r"\s*(?:réalisés?\s+)?(?:à|a)\s+l['’ʼ]\s?(?:export|étranger|international)", tail):
        return "exports"  # "dont 300 M€ à l'export"
    clause_end = min([s_end] + [p for p in (text.find(c, tok.end, s_end) for c in "(;«") if p >= 0])
    for lo, hi in ((s_start, clause_end), (p_start, s_start)):
        best, best_d = "", 10**9
        for start, end, metric in words.within(lo, hi):
            if end > hi:
                continue
            d = tok.start - end if end <= tok.start else start - tok.end + 60
            if 0 <= d < best_d:
                best, best_d = metric, d
        if best:
            return best
    # A block about exports keeps that topic for aggregates (a million or more) that name no
    # money word of their own; a price nearby stays other.
    block = [kind for _, end, kind in words.within(p_start - 500, p_start) if end <= p_start]
    if block and block[-1] in ("exports", "imports") and tok.value >= 1e6:
        return block[-1]
    if s_end - s_start <= _HEADLINE and not block:
        ahead = words.within(s_end, s_end + 200)
        if ahead:
            return ahead[0][2]  # a headline's amount is what the lines under it say it is
    if tok.value >= 1e6 and _firm_size(text, tok, s_start, s_end):
        return "revenue"  # "la PME (70 salariés, 9 M€)", "le groupe affiche 300 M€"
    return "other"


_STAFF = re.compile(r"(?:salariés?|personnes|employés|collaborateurs|emplois)\b")
_LEVEL = re.compile(
    r"(?:affich|atteint|atteign|totalis|revendiqu|dépass|frôl|avoisin)\w*\s+(?:[\w'’ʼ]+\s+){0,2}?$"
)
_FIRM_SUBJECT = re.compile(
    r"(?:entreprise|société|groupe|marque|maison|pme|manufacture|fabricant|sous-traitant|firme|"
    r"enseigne|horloger|lunetier|joaillier)s?\b"
)


def _firm_size(text: str, tok: NumberToken, s_start: int, s_end: int) -> bool:
    """Whether an amount named by no money word is a firm's size, hence its turnover: in a
    profile in brackets beside its headcount, or reached by a firm that is the subject."""
    opened = text.rfind("(", s_start, tok.start)
    closed = text.find(")", tok.end, s_end)
    if opened >= 0 and closed >= 0 and text.find(")", opened, tok.start) < 0:
        return _found(_STAFF, text, opened, closed)
    lo = max(s_start, tok.start - 40)
    return bool(_LEVEL.search(text[lo : tok.start].lower())) and _found(
        _FIRM_SUBJECT, text, s_start, min(tok.start, s_start + 40)
    )


_HEADLINE = 90  # a short verbless line: "Quatre millions pour la fromagerie"
_PRICE_NOUN = re.compile(
    r"(?:prix|tarifs?|panier\s+moyen|ticket\s+moyen|once|gramme|baril|cours\s+de\s+l['’ʼ]\s?or)\b"
)


def export_topic(text: str, tok: NumberToken, s_start: int, words: MoneyWords) -> bool:
    """Whether the money word last named before `tok` (in its sentence or the 500 characters
    before) is about exports: counted pieces in a report on exports are pieces exported."""
    near = [kind for _, end, kind in words.within(s_start - 500, tok.start) if end <= tok.start]
    return bool(near) and near[-1] == "exports"


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause holding `pos` (after the last ", ", ";", ":" or "("; a decimal comma
    does not cut)."""
    cuts = (text.rfind(c, lo, pos) for c in (", ", ";", ":", "("))
    return max([lo] + [i + 1 for i in cuts if i >= 0])


_OF = re.compile(r"\s*(?:du|des|de\s+la|de\s+l['’ʼ´]|d['’ʼ])\s*([^\W\d_][\w-]*)")
_ONE_COMPANY = re.compile(
    r"\s*(?:de\s+(?:son|sa|ses|leur|leurs)\b|de\s+ce\s+chiffre\s+d['’ʼ]\s?affaires\b|de\s+l['’ʼ]\s?(?:entreprise|enteprise|usine|"
    r"établissement)|du\s+(?:groupe|site)\b|de\s+la\s+(?:société|maison|marque)\b)"
)
_WHOLE_OF_PEOPLE = re.compile(
    r"\s*(?:total\w*\s*|salariés?\s*)?(?:[\w-]+\s+)?(?:(?:du|de\s+la|de\s+l['’ʼ]|des)\s*(?:"
    r"secteur|filière|branche|industrie|région|département|pays|territoire|zone|canton|ville|"
    r"bassin|vallée|agglomération|commune|métropole|massif|hexagone|commerce|"
    r"services|fabrication|production)\b|(?:de|en)\s+France\b|"
    r"(?:[\w-]+\s+)?(?:français|françaises|régionaux|"
    r"régionales|nationaux|nationales|privée?s?|industrielle?s?|salariée?s?)\b|total\w*|salariés?\b)",
    re.IGNORECASE,
)
# Verbs by which a part weighs in a whole: "la vallée concentre 58 % des effectifs".
_SHARE_VERB = re.compile(
    r"(?:représent|concentr|pès|pèse|accueill|détient|détien|capt|assur|regroup|rassembl|"
    r"fourni|totalis|abrit)\w*"
)


# Groups of people outside the counted-noun lexicon: a share of them is a split by a trait.
_PEOPLE = re.compile(
    r"(?:chefs?|entrepreneurs?|dirigeants?|population|femmes|hommes|jeunes|seniors|ménages|"
    r"consommateurs|français|habitants|actifs|répondants|sondés|patrons)\b"
)
# The holder of a share of jobs when it is a group of people by a trait ("les femmes occupent
# 45 % des emplois de la filière"): a split of the workforce, not a part held by a territory.
_TRAIT_HOLDER = re.compile(
    r"(?:femmes|hommes|filles|garçons|jeunes|seniors|ouvri(?:ers|ères)|cadres|intérimaires|apprentis|"
    r"frontaliers|étrangers|(?:plus|moins)\s+de\s+\d+\s+ans)\b"
)


# The subject of a share that splits a whole by a trait of people or by a stretch of time.
_SPLIT_HOLDER = re.compile(
    r"\W*(?:les\s+|la\s+|le\s+|l['’ʼ]\s?)(?:femmes|hommes|jeunes|seniors|(?:plus|moins)\s+de\s+"
    r"\d+\s+ans|(?:premier|second|deuxième|troisième|quatrième|dernier)\s+(?:trimestre|semestre)|"
    r"mois\s+de\s+[a-zéû]+|période\s+des\s+fêtes|fêtes\s+de\s+fin\s+d['’ʼ]\s?année)\b"
    r"[^.;:%]{0,80}?(?:représent|pès|pes|fai|font|compt|occup|assur|génér|génèr|réalis|concentr)"
    r"\w*\s+(?:[\w'’ʼ]+\s+){0,3}?$",
    re.IGNORECASE,
)


# Wholes that are a cost, a budget, a stake or a material, never a market, sector or territory.
_NOT_A_MARKET = re.compile(
    r"(?:capital|coûts?|dépenses?|budgets?|frais|charges|financement|montant|prix|tarifs?|"
    r"réduction|remise|rabais|tva|taxes?|impôts?|subventions?|aides?|investissements?|"
    r"travaux|projet|or|argent|titane|acier|platine|cuivre|laiton|aluminium|plastique|masse|"
    r"recettes|fréquentation)$"
)


# A share of a group followed by what its members say or report: a split of those asked.
_ANSWERED = re.compile(
    r"\s*(?:des|de\s+la|du|de\s+l['’ʼ]|d['’ʼ])\s*[^.;:,%]{0,60}?\b(?:déclarent|disent|estiment|"
    r"jugent|prévoient|envisagent|anticipent|comptent|constatent|signalent|affirment|pensent|"
    r"font\s+état|redoutent|craignent|ont\s+(?:vu|déclaré|constaté|signalé|subi|dû))\b",
    re.IGNORECASE,
)


# "L'étranger (Belgique, Suisse) pèse 14 % des ventes": sales abroad as the subject.
_ABROAD_SUBJECT = re.compile(
    r"\W*l['’ʼ]\s?(?:étranger|international|export)\b[^.;:%]{0,60}$", re.IGNORECASE
)
# "la moitié de ses fours": a part of counted things, whatever change word stands before.
_OF_THINGS = re.compile(r"\s+(?:de\s+(?:ses|leurs|ces|nos)|des)\s+[a-zéèêàç]+s\b")
_MARKET_SHARED = re.compile(r"\b(?:marché|gâteau|secteur)\b[^.;:]{0,40}\bpartag", re.IGNORECASE)


def _whole_after(text: str, end: int, s_end: int) -> str | None:
    """Metric of "N % de <X>" from what X is: a share of a market, a sector, a territory's
    total or a quantity sold is `market_share`; of one company's own total, or a split of a
    group of people ("42 % des salariés") without a sector or territory, is `other`."""
    m = _OF.match(text, end, min(s_end, end + 60))
    if not m:
        return None
    word = m.group(1).lower()
    if _GROWTH.match(word) or word in ("plus", "moins"):
        return None
    if _NOT_A_MARKET.match(word):
        return "other"  # "51 % du capital", "40 % du coût", "18 % d'or": no market's total
    if m.group(1)[0].isupper() or _PEOPLE.match(word) or word == "entre":
        return "other"  # "24 % des Renault 5", "47 % des dirigeants", "d'entre eux"
    rest = m.end()
    segment = word.startswith(_AMOUNT_NOUNS) and _SEGMENT_OF.match(text, rest, rest + 30)
    if word in ("un", "une") or segment or _ONE_COMPANY.match(text, rest, min(s_end, rest + 40)):
        return "other"  # "7 % d'un chiffre d'affaires", "30 % du CA réalisé par les bracelets"
    noun = counted_noun(text, m.start(1), 30)
    counted = isinstance(noun, Noun) and noun.unit in ("persons", "companies", "stores", "sites")
    if counted and (
        _PLACED.match(text, rest, min(s_end, rest + 80))
        or _WORK_IN_SECTOR.match(text, rest, min(s_end, rest + 80))
    ):
        return "market_share"  # "40 % des ateliers sont installés dans le Doubs": a territory's
    if counted and not _WHOLE_OF_PEOPLE.match(text, rest, min(s_end, rest + 40)):
        return "split"  # a split of a group: "38 % des entreprises prévoient une baisse"
    return "market_share"


# A part located in a named territory: the territory's share of the whole ("travaillent dans
# le Jura", "sont implantées en Alsace").
_PLACED = re.compile(
    r"[\s),]*(?:[\w'’ʼ-]+\s+){0,3}?(?:travaill|install|implant|situ|trouv|localis|bas|concentr)"
    r"\w*\s+(?:dans|à|en|au|sur)\s+(?:le\s+|la\s+|les\s+|l['’ʼ]\s?)?[A-ZÀ-Ý]"
)
# Totals a segment "generates" (its share of a firm's sales); people "issus de" a place are no
# segment.
_AMOUNT_NOUNS = ("chiffre", "ca", "vente", "activité", "revenu", "recette", "résultat", "export")
_SEGMENT_OF = re.compile(r"(?:\s+d['’ʼ]\s?affaires)?\s+(?:généré|réalisé|provenant|issu)")
_OF_EXPORTS = re.compile(r"\s*(?:des|de\s+ses|de\s+leurs)\s+export")
_DONT = re.compile(r"\bdont\s+$")
_GOVERNED = re.compile(r"\b(?:de|d['’ʼ])\s*$")  # "un repli de 6 %": the change itself
_SOIT = re.compile(r"\bsoit\s+(?:une?\s+)?$")
_PEOPLE_SHARE = re.compile(r"effectif|emploi")
_SECTORS = (
    r"(?:industrie|commerce|services?|construction|btp|agriculture|artisanat|tertiaire|"
    r"secteur|filière|branche|santé|administration|horlogerie|métallurgie|médical|automobile|"
    r"aéronautique|luxe|bijouterie|joaillerie|lunetterie|optique|microtechniques?|décolletage|"
    r"mécanique|électronique|agroalimentaire|textile)"
)
_IN_SECTOR = re.compile(
    r"\s*(?:(?:sont|est)\s+(?:\w+\s+){0,2}?)?(?:dans|en)\s+(?:l['’ʼ]|le\s|la\s|les\s)?\s*"
    + _SECTORS
)
# People of a whole who work in a sector: the sector's share of that whole ("28 % des salariés
# du Jura travaillent dans l'industrie").
_WORK_IN_SECTOR = re.compile(
    r"[\s),]*(?:[\w'’ʼ-]+\s+){0,4}?(?:travaill\w*|employé\w*|sont|exercent)\s+(?:dans|en)\s+"
    r"(?:l['’ʼ]\s?|le\s+|la\s+|les\s+)?" + _SECTORS
)
# "la part de l'industrie dans l'emploi": the holder's share of an economy-wide total.
_PART_IN = re.compile(
    r"\bparts?\s+(?:de\s+l['’ʼ]\s?|du\s+|des\s+|de\s+la\s+|d['’ʼ]\s?)(?P<holder>[\w-]+)[^,;.]{0,40}?"
    r"\s+dans\s+(?:l['’ʼ]\s?|le\s+|la\s+|les\s+)(?:emploi|effectifs?|marché|ventes|production|"
    r"économie|industrie|valeur\s+ajoutée|pib)\b"
)
# Sales abroad: the place phrase must qualify what is sold ("ventes hors de France", "chiffre
# d'affaires à l'international"), not where things are made ("fabriquées à l'étranger").
_IMPORTS = re.compile(r"\bimport(?:e|ent|ait|aient|é|ée|és|ées|er)\s+(?:\w+\s+){0,2}?$")
_IN_PLACE = re.compile(
    r"\s*(?:(?:sont|est)\s+(?:\w+\s+){0,2}?)?(?:dans|à|en|au)\s+(?:le\s+|la\s+|les\s+|"
    r"l['’ʼ]\s?)?[A-ZÀ-Ý]"
)
_ABROAD = re.compile(
    r"(?:export\w*|%\s+(?:(?:sont\s+)?réalisée?s?\s+)?(?:(?:à|a)\s+l['’ʼ]\s?(?:étranger|"
    r"international)|hors\s+de\s+france)|(?:vend\w*|ventes?|réalisée?s?|destinée?s?|écoulée?s?|affaires|activité|"
    r"part(?:ent|ait|aient|ira|iront)|conclue?s?|signée?s?|"
    r"production)\s+(?:(?:à|a)\s+l['’ʼ]\s?(?:étranger|international)|hors\s+(?:de\s+(?:france|"
    r"l['’ʼ]\s?hexagone|l['’ʼ]\s?union)|d['’ʼ]\s?europe|des\s+frontières)))"
)


_DIGIT = re.compile(r"\d")
# A change of a named rate or price "to" a level: the level, not the change.
_LEVEL_OF = re.compile(
    r"\b(?:baisse|hausse|réduction|relèvement|abaissement|augmentation)\s+(?:de\s+la|du|des|"
    r"de\s+l['’ʼ])\s*[^,;\d]{1,40}?\s+(?:à|a)\s+$",
    re.IGNORECASE,
)
_LEVEL_AT = re.compile(r"\b(?:à|a)\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?$")
_GROWTH_NOUN = re.compile(
    r"(?:croissance|hausse|progression|augmentation|inflation|baisse|recul|repli|chute|"
    r"diminution|évolution|variation|contraction)\b"
)
# The holder of a share is a territory: a place noun as the subject, or people placed in a
# named place ("les frontaliers domiciliés dans le Doubs").
_TERRITORY_SUBJECT = re.compile(
    r"\W*(?:les?\s+|la\s+|l['’ʼ]\s?)(?:cantons?|départements?|régions?|villes?|communes?|"
    r"territoires?|vallées?|bassins?|pays|métropoles?|agglomérations?|zones?)\b",
    re.IGNORECASE,
)
_LIVING_IN = re.compile(
    r"(?:domicilié|résid|habit|install|implant|situé|basé|localisé)\w*\s+(?:dans|à|en|au|aux|sur)"
    r"\s+(?:le\s+|la\s+|les\s+|l['’ʼ]\s?)?[A-ZÀ-Ý]"
)


def _territory_holder(text: str, s_start: int, pos: int) -> bool:
    """Whether the subject holding the share at `pos` is a territory."""
    if _TERRITORY_SUBJECT.match(text, s_start, pos):
        return True
    return bool(_LIVING_IN.search(text, s_start, pos))


# A share named again without its whole ("la proportion atteint 80 %", "cette part monte à"):
# it is a share of what the previous percentage was a share of.
_SHARE_AGAIN = re.compile(
    r"\b(?:la|cette|leur|sa)\s+(?:proportion|part|pourcentage|quote-part)\s+(?:\w+\s+){0,3}?"
    r"(?:atteint|atteindrait|monte|grimpe|passe|dépasse|s['’ʼ]élève|est|serait|avoisine|frôle)"
    r"\w*\s+(?:à\s+|de\s+)?(?:plus\s+de\s+|près\s+de\s+|environ\s+)?$",
    re.IGNORECASE,
)


_SHARES = ("market_share", "exports")


# A firm's own total named bare ("des ventes", "du total", "de l'activité"): with no market,
# sector or place after it nor a market in view, the share splits one company's business.
_BARE_TOTAL = re.compile(
    r"\s*(?:(?P<ours>de\s+(?:notre|nos|votre|vos)\b)|des\s+ventes|du\s+(?:chiffre\s+d['’ʼ]\s?"
    r"affaires|ca|total)|de\s+l['’ʼ]\s?activité|de\s+la\s+(?:production|fabrication))\b"
    r"(?P<rest>[^.;:]{0,40})",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(
    r"\s*(?:en\s+(?:valeur|volume)\s*)?(?!de\s+(?:décembre|janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|l['’ʼ]année|l['’ʼ]exercice)\b)"
    r"(?:de\s|d['’ʼ]|du\s|des\s|en\s+France|mondia|français|"
    r"national|régional|hors|à\s+l['’ʼ]|sur\s+le\s+marché|réalisé|généré|total)",
    re.IGNORECASE,
)
_MARKET_IN_VIEW = re.compile(r"\b(?:marchés?|secteur|filière|segments?|panel|étude)\b", re.I)
_IN_VIEW = 400  # characters read back for a market the text speaks of


def _own_total(text: str, end: int, s_start: int, s_end: int) -> bool:
    """Whether the percentage ending at `end` is a share of one company's own total: "de notre
    activité", or a total named bare ("des ventes", "du total") with no market, sector or place
    after it nor a market in view (in its sentence or the text just before)."""
    m = _BARE_TOTAL.match(text, end, min(s_end, end + 80))
    if not m:
        return False
    if m.group("ours"):
        return True
    if _QUALIFIED.match(m.group("rest")):
        return False  # "des ventes de montres en France", "du total régional"
    return not _MARKET_IN_VIEW.search(text, max(0, s_start - _IN_VIEW), s_end)


def refers_back(text: str, pos: int, s_start: int) -> bool:
    """Whether the percentage at `pos` names a share already given ("la part atteint 70 %")."""
    return bool(_SHARE_AGAIN.search(text, max(s_start, pos - 80), pos))


def _after_last_number(text: str, lo: int, pos: int) -> int:
    """Just after the last digit of text[lo:pos], else `lo`."""
    last = lo
    for m in _DIGIT.finditer(text, lo, pos):
        last = m.end()
    return last


def percent_metric(
    text: str,
    tok: NumberToken,
    s_start: int,
    s_end: int,
    elided: str | None = None,
    earlier: str | None = None,
) -> str:
    """growth_rate / market_share / other for a percentage; `elided` is the metric of the
    percentage it follows in a list ("+12 % en Chine, 8 % au Japon"), taken when this one has
    no cue of its own; `earlier` that of a percentage shortly before, taken by a share named
    again ("la part atteint 70 %")."""
    clause_start = _clause_start(text, s_start, tok.start)
    if _ANSWERED.match(text, tok.end, min(s_end, tok.end + 90)):
        return "other"  # "43 % des entreprises déclarent un poste vacant": a survey's answers
    if tok.kind == "fraction":  # "un tiers", "une paire sur deux … à l'exportation"
        if _found(_ABROAD, text, clause_start, min(s_end, tok.end + 60)):
            return "exports"
        read = percent_metric(text, replace(tok, kind="digits"), s_start, s_end, elided, earlier)
        if read == "growth_rate" and (
            " sur " in text[tok.start : tok.end] or _OF_THINGS.match(text, tok.end)
        ):
            read = "other"  # "le recul touche quatre entreprises sur dix": a share, no change
        of = _OF.match(text, tok.end, min(s_end, tok.end + 60))
        placed = _PLACED.match(text, of.end() if of else tok.end, min(s_end, tok.end + 120))
        sector = _DONT.search(text, max(s_start, tok.start - 8), tok.start) and _IN_SECTOR.match(
            text, tok.end, min(s_end, tok.end + 50)
        )  # "5 200 emplois, dont un tiers dans le médical"
        if read == "market_share" and not (_SHARE_AFTER.match(text, tok.end) or placed or sector):
            return "other"  # "un client sur cinq", "un tiers des frontaliers": a split
        return read
    if re.fullmatch(r"\s*(?:de|d['’ʼ]|à|)\s*", text[clause_start : tok.start]):
        clause_start = _clause_start(text, s_start, max(s_start, clause_start - 1))
    if re.search(r"parts? de marché", text[s_start:s_end].lower()):
        return "market_share"
    if earlier in _SHARES and refers_back(text, tok.start, s_start):
        return earlier  # "la part grimpe à 68 %": the new level of the share named before
    if _found(_GROWTH_RATE, text, clause_start, tok.start):
        return "growth_rate"  # "le taux de croissance annuel atteint 4 %"
    part = _PART_IN.search(text, max(s_start, tok.start - 120), tok.start)
    if part and not _ONE_COMPANY.match(text, part.end(), min(s_end, part.end() + 40)):
        holder = part.group("holder").lower()
        trait = _TRAIT_HOLDER.match(holder) or _PEOPLE.match(holder)
        return "other" if trait else "market_share"  # "la part de l'industrie dans l'emploi"
    rate_in_clause = _found(_RATE, text, clause_start, tok.start)
    # A growth word already followed by a number governs that one, not this: "les ventes à
    # l'étranger progressent de 11 % et pèsent 60 % du chiffre d'affaires".
    growth_lo = _after_last_number(text, clause_start, tok.start)
    growth_before = _found(_GROWTH, text, growth_lo, tok.start)
    if growth_before and not tok.signed and _LEVEL_OF.search(text, growth_lo, tok.start):
        return "other"  # "une baisse de la TVA à 5,5 %": the level the rate is brought to
    if growth_before and not tok.signed and _LEVEL_AT.search(text, growth_lo, tok.start):
        # "le chômage recule à 6,1 %": the level reached, not the change (unless the subject
        # is itself a growth: "la croissance ralentit à 2 %")
        growth_before = _found(_GROWTH_NOUN, text, clause_start, tok.start)
        if not growth_before:
            return elided if elided == "market_share" else "other"
    # A percentage in brackets belongs to the phrase before it: "la France (35 %) et l'export".
    bracketed = text.rfind("(", clause_start, tok.start) >= 0
    abroad_lo = clause_start
    if text[clause_start : tok.start].strip() == "soit":  # "a exporté 90 M€, soit 55 % de"
        abroad_lo = _clause_start(text, s_start, max(s_start, clause_start - 1))
    abroad_hi = tok.start if bracketed else min(s_end, tok.end + 60)
    abroad = _found(_ABROAD, text, abroad_lo, abroad_hi)
    of_exports = _OF_EXPORTS.match(text, tok.end, tok.end + 24)
    if of_exports and not tok.signed:
        return "market_share"  # "8 % des exportations suisses": a part of all exports
    if not (tok.signed or growth_before) and _IMPORTS.search(
        text, max(clause_start, tok.start - 40), tok.start
    ):
        return "imports"  # "la France importe 80 % des montres qu'elle achète"
    abroad = abroad or _ABROAD_SUBJECT.match(text, s_start, tok.start)
    if abroad and not (tok.signed or growth_before or _GROWTH_AFTER.match(text, tok.end)):
        return "exports"  # "exporte 60 % de sa production", "80 % des ventes à l'étranger"
    if _ONE_COMPANY.match(text, tok.end, min(s_end, tok.end + 40)) and not growth_before:
        return "other"  # "les bracelets font 15 % de son chiffre d'affaires": one firm's own total
    if _DONT.search(text, max(s_start, tok.start - 8), tok.start) and _IN_SECTOR.match(
        text, tok.end, min(s_end, tok.end + 50)
    ):
        return "market_share"  # "21 000 salariés, dont 38 % dans l'industrie": a sector's share
    if (
        _DONT.search(text, max(s_start, tok.start - 8), tok.start)
        and _IN_PLACE.match(text, tok.end, min(s_end, tok.end + 50))
        and _found(_WHOLE, text, s_start, min(tok.start, s_start + 40))
    ):
        return "market_share"  # "la région compte 9 000 emplois, dont 60 % dans le Doubs"
    if not (tok.signed or growth_before) and _SPLIT_HOLDER.match(text, s_start, tok.start):
        # "les moins de 25 ans représentent 14 % des inscrits", "le troisième trimestre a fait
        # 30 % des ventes": a split by a trait of people or by time, not a part of a market
        return "other"
    share = _SHARE_AFTER.match(text, tok.end)
    if share and _ONE_COMPANY.match(text, share.end(), min(s_end, share.end() + 40)):
        return "other"  # "15 % de l'effectif de l'entreprise": one company's own total
    if not (tok.signed or growth_before) and _own_total(text, tok.end, s_start, s_end):
        return "other"  # "la joaillerie ne pèse plus que 14 % des ventes" of the group
    people = share and _PEOPLE_SHARE.search(share.group(0).lower())
    weighs = _found(_SHARE_VERB, text, clause_start, tok.start)
    whole_after = (
        _WHOLE_OF_PEOPLE.match(text, share.end(), min(s_end, share.end() + 60)) if share else None
    )
    if (
        people
        and "emploi" in share.group(0).lower()
        and _SOIT.search(text, max(s_start, tok.start - 12), tok.start)
        and not _found(_TRAIT_HOLDER, text, s_start, tok.start)
        and not _found(_JOB_FLOW, text, s_start, tok.start)
    ):
        return "market_share"  # "fait vivre 15 000 personnes, soit 17 % des emplois"
    if people and not (weighs or whole_after):
        return "other"  # "42 % des emplois" held by women: a split of a group of people
    if people and _found(_TRAIT_HOLDER, text, s_start, tok.start):
        return "other"  # "les femmes occupent 45 % des emplois du secteur"
    if share and not rate_in_clause:
        return "market_share"
    whole = _whole_after(text, tok.end, s_end)
    if whole == "split" and weighs and _territory_holder(text, s_start, tok.start):
        return "market_share"  # "les cantons du Jura concentrent 90 % des navetteurs"
    if whole == "split" and not (growth_before and _GOVERNED.search(text, s_start, tok.start)):
        return "other"  # a part of counted things is no change, whatever verb: "céder 10 % des"
    if whole and not rate_in_clause and not growth_before:
        return whole
    if rate_in_clause or _found(_RATE, text, max(s_start, tok.start - 90), tok.start):
        return "other"
    growth = growth_before
    if tok.signed or growth or _GROWTH_AFTER.match(text, tok.end):
        return "growth_rate"
    colon = text.rfind(":", s_start, tok.start)
    if colon >= 0 and not growth and _MARKET_SHARED.search(text, s_start, colon):
        return "market_share"  # "le marché se partage ainsi : pure players, 38 % ; (...)"
    if weighs and not elided:
        return "market_share"  # "le canton pèse 55 %": a part weighing in a whole
    if _SOIT.search(text, max(s_start, tok.start - 12), tok.start) and _PLACED.match(
        text, tok.end, min(s_end, tok.end + 80)
    ):
        return "market_share"  # "120 des 400 salariés (soit 30 %) travaillent à Morteau"
    if _SOIT.search(text, clause_start, tok.start) and _found(_GROWTH, text, s_start, clause_start):
        return "growth_rate"  # "les ventes progressent de 12 M€, soit 8 %": the change in percent
    return elided or "other"


# People who, as the subject, become buyers of a business are bidders, not a headcount.
_BUYERS = re.compile(
    r"(?:port\w*|dev\w*|sont|seront|être|positionn\w*)\s+(?:[\w'’ʼ]+\s+){0,2}?"
    r"(?:acquéreurs?|repreneurs?|candidats?)\b"
)
_SUBJECT_LEAD = re.compile(r"\W*(?:[\w'’ʼ-]+\W+){0,2}")


# Pupils, children, tourists welcomed by a workshop, a museum or a show are its participants.
_CHILDREN = re.compile(r"\s+enfants\b")
_LEARNERS = frozenset(("élève", "étudiant", "lycéen", "collégien", "écolier", "touriste"))
_WELCOMED = re.compile(r"(?i:\b(?:accueilli|reçu|initié|sensibilisé|attiré)\w*\s+(?:\S+\s+){0,3}$)")

# A firm as the subject gathers its staff; an event gathers participants.
_EMPLOYER = re.compile(
    r"(?:entreprise|société|groupe|usine|site|atelier|manufacture|fabricant|maison|pme|firme)s?\b"
)
_EVENT = re.compile(
    r"(?:salon|forum|foire|réunion|manifestation|journée|visite|conférence|assemblée|rencontre|"
    r"festival|exposition|concert|rassemblement|cortège|défilé|portes\s+ouvertes|grève|"
    r"cérémonie|soirée|inauguration)s?\b"
)


_STOCK_BEFORE = re.compile(
    r"\b(?:emploi\w*|compt\w*|occup\w*|fait\s+travailler|fait\s+vivre)\s+"
    r"(?:(?:aujourd['’ʼ]\s?hui|désormais|actuellement|encore|déjà|près\s+de|plus\s+de|environ|"
    r"quelque)\s+)*$",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(r",|;|\bet\b|\bmais\b|\bqui\b|\bpuis\b")


def persons_metric(text: str, noun: Noun, tok: NumberToken, s_start: int, s_end: int) -> str:
    """employees / jobs / participants / members / other for a count of people."""
    lo, hi = max(s_start, tok.start - 80), min(s_end, tok.end + 80)
    if _SUBJECT_LEAD.fullmatch(text, s_start, tok.start) and _found(
        _BUYERS, text, tok.end, min(s_end, tok.end + 150)
    ):
        return "other"  # "Trois cadres de l'usine se portent acquéreurs de l'entreprise"
    if (
        noun.metric == "participants"
        and noun.word == "acteur"
        and not _found(_GATHER, text, lo, hi)
    ):
        return "employees"
    if noun.word in _LEARNERS and _WELCOMED.search(text, lo, tok.start):
        return "participants"  # "l'atelier a accueilli 300 écoliers": visitors of an event
    if noun.metric != "employees":
        return noun.metric
    if noun.word == "personne" and _found(_GATHER, text, lo, hi):
        employer = _found(_EMPLOYER, text, s_start, min(tok.start, s_start + 40))
        if not employer or _found(_EVENT, text, s_start, s_end):
            return "participants"
    if _STOCK_BEFORE.search(text, max(s_start, tok.start - 40), tok.start):
        # "emploie 28 horlogers et en recrutera six": a flow in the next clause is not this
        # count's; only one before the number or in its own clause is
        cut = _CLAUSE_CUT.search(text, tok.end, hi)
        if not _found(_JOB_FLOW, text, lo, cut.start() if cut else hi):
            return "employees"
    if _found(_JOB_FLOW, text, lo, hi):
        return "jobs"
    if noun.word == "personne" and not _found(_EMPLOYED, text, lo, hi):
        return "other"  # "20 000 personnes" with no work around them: visitors, residents...
    return "employees"


def classify(
    text: str,
    tok: NumberToken,
    noun: Noun | None,
    bounds: tuple[int, int, int],
    words: MoneyWords,
    elided: str | None = None,
    earlier: str | None = None,
) -> tuple[str, str]:
    """(unit, metric) of a figure; bounds = (sentence start, sentence end, previous sentence
    start); `elided`: the metric of the percentage a percentage follows in a list; `earlier`:
    that of a percentage up to 400 characters before."""
    s_start, s_end, p_start = bounds
    if tok.percent:
        return "percent", percent_metric(text, tok, s_start, s_end, elided, earlier)
    if tok.currency:
        unit = "EUR" if tok.currency == "EUR" else "other"
        return unit, money_metric(text, tok, s_start, s_end, p_start, words)
    if tok.physical:
        return "other", "production"
    if (
        noun is not None
        and noun.unit == "units"
        and not _found(_MADE, text, s_start, s_end)
        and export_topic(text, tok, s_start, words)
    ):
        return "units", "exports"
    if noun is None:
        if _CHILDREN.match(text, tok.end) and _WELCOMED.search(
            text, max(0, tok.start - 60), tok.start
        ):
            return "persons", "participants"  # "le musée a accueilli 900 enfants"
        if _found(_WORK, text, tok.end, min(s_end, tok.end + 60)):
            return "persons", "employees"
        return "other", "other"
    if noun.unit == "persons":
        if noun.word in ("adhérent", "membre") and (
            _FIRM_BODY.search(text, p_start, tok.start) or _FIRMS_AFTER.match(text, tok.end)
        ):
            # "la fédération des bijoutiers compte 80 adhérents", "(...) 140 adhérents, des
            # revendeurs et des ateliers"
            return "companies", "members"
        if noun.word == "habitant" and _found(_WORK, text, tok.end, min(s_end, tok.end + 80)):
            return "persons", "employees"
        return "persons", persons_metric(text, noun, tok, s_start, s_end)
    if noun.word == "établissement" and _found(_SHOPS, text, tok.start - 400, tok.start):
        return "stores", "stores"  # a retailer's "établissements" are its shops
    if noun.unit == "companies" and noun.metric == "other":
        return "companies", "other"  # bidders and buyers: "une dizaine de repreneurs"
    supplied = _SUPPLIED.search(text, max(s_start, tok.start - 30), tok.start)
    if noun.unit == "companies" and supplied and _found(_MAKES, text, s_start, tok.start):
        return "companies", "other"  # "fabrique des cadrans pour une vingtaine de marques"
    if noun.word == "manufacture" and _POSSESSIVE.search(text, max(0, tok.start - 8), tok.start):
        return "sites", "other"  # "ses deux manufactures": a firm's plants
    if noun.unit == "companies":
        # the verb governing this count: after any number before it in the clause
        lo = max(s_start, tok.start - 60)
        if not _COMPARED_TO.search(text, max(s_start, tok.start - 14), tok.start):
            lo = _after_last_number(text, lo, tok.start)  # "230 adhérents, contre 190": shared
        subj = s_start
        opener = _OPENER.match(text, s_start, tok.start)
        pronoun = _PRONOUN_SUBJECT.match(text, s_start, tok.start) and p_start < s_start
        if opener:
            subj = opener.end()
        elif pronoun:
            subj = p_start
        comma = text.find(",", subj, tok.start)
        subject_end = min(tok.start, subj + 40, comma if comma >= 0 else tok.start)
        if pronoun and not opener:  # the subject of the sentence before the pronoun
            subject_end = min(s_start, subj + 120)
        owner = (
            _PLACE_POLE.search(text, subj, subject_end)
            or _found(_WHOLE, text, subj, subject_end)
            or _found(_OWNER, text, subj, subject_end)
            or _SECTOR_SUBJECT.search(text, subj, subject_end)
        )
        if _found(_MEMBERS, text, lo, tok.start) and not owner:
            return "companies", "members"
        if _found(_ADHERENT, text, tok.end, min(s_end, tok.end + 40)):
            return "companies", "members"
        body = _found(_BODY, text, s_start, subject_end) and not _PLACE_POLE.search(
            text, subj, subject_end
        )
        if body and _found(_HAS, text, lo, tok.start):
            return "companies", "members"  # "la fédération compte 300 entreprises"
        return "companies", "companies"
    return noun.unit, noun.metric
