"""Economic figures in French news text: the public entry points of the extraction engine.

`extract_figures(text, published, title=...)` is pure: text in, `Figure`s out (span and offsets, value in
base units, unit, metric, period, entity, geo, approximate, qualifier, currency, sentence and the
cited source), following ../shared/news_dev/LABELS.md. `extract_many` runs it over many records,
on all cores when the corpus is large. The work is split across `number_tokens`/`numerals` (tokens
and values), `exclusions` (non-figures), `nouns` and `metrics` (unit/metric), `periods` and
`figure_periods` (time), `layout` (sentences, lead) and `attribution` (entity, geo, source).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from etl.news.extract.attribution import (
    Attribution,
    PlaceFinder,
)
from etl.news.extract.exclusions import blocked_spans, exclusion_reason, in_blocked
from etl.news.extract.figure_periods import FigureSpan, assign_periods
from etl.news.extract.layout import layout
from etl.news.extract.metrics import MoneyWords, classify
from etl.news.extract.nouns import (
    Noun,
    counted_noun,
    elliptic_words,
    listed_noun,
    noun_before,
)
from etl.news.extract.number_tokens import NumberToken, scan_numbers
from etl.news.extract.numerals import proportions
from etl.news.extract.periods import (
    find_time_exprs,
    full_date,
    inferred_reference,
    parse_reference,
    stated_publication,
)
from etl.news.extract.pool import PARALLEL_FROM, map_in_order
from etl.news.extract.qualifiers import read_left
from etl.news.extract.ranges import CHANGE_RE
from etl.news.lexicon import LINK_WORDS

CLI_KEYS = [
    "span",
    "start",
    "end",
    "value",
    "value_max",
    "unit",
    "metric",
    "period",
    "entity",
    "geo",
    "approximate",
    "qualifier",
    "currency",
    "sentence",
]
_NEXT = re.compile(r"[\s'’ʼ]*([\w-]+)")
_CONTRE = re.compile(
    r"(?:\bcontre|\bau lieu de|\bface à|\bsoit|\bet|\bpuis|\bdont)\s*$", re.IGNORECASE
)
# A count compared with the one before it, or the whole it is a part of ("64 postes sur les 210").
_COMPARED = re.compile(r"(?:\bcontre|\bau lieu de|\bface à|\bsur\s+les)\s*$", re.IGNORECASE)
# "1,2 Md de CA", "5 millions d'investissement": a scale whose complement is money.
_TURNOVER_AFTER = re.compile(
    r"\s*(?:de|d['’ʼ])\s*(?:CA\b|chiffre d['’ʼ]\s?affaires|investissements?\b|bénéfices?\b|"
    r"dettes?\b|subventions?\b|budget\b|pertes\b|travaux\b|aides?\b|recettes\b|"
    r"financements?\b|fonds\s+propres|ventes\b|commandes\b|transactions\b)",
    re.IGNORECASE,
)
# A money noun right before a bare scale: "un chiffre d'affaires de 3,2 millions".
_MONEY_BEFORE = re.compile(
    r"(?:chiffre\s+d['’ʼ]\s?affaires|\bCA|investissements?|budget|enveloppe|montant|"
    r"subventions?|levée\s+de\s+fonds|bénéfices?|pertes?|dette|campagne|plan|programme|"
    r"projet|contrat|coût|prêt|emprunt|dotation|fonds|rachat)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:de|d['’ʼ]|à|:|atteint|s['’ʼ]élève\s+à|est\s+de)\s*$",
    re.IGNORECASE,
)
# Sales or a year's accounts brought to a bare scale: "ses ventes ont bondi de 14 %, à 96
# millions", "nous avons terminé l'exercice 2022 à 23,8 millions".
_SALES_TO = re.compile(
    r"\b(?:ventes|exportations|recettes|exercice)\b[^.;:]{0,45}?\b(?:à|a)\s+(?:plus\s+de\s+|"
    r"près\s+de\s+|environ\s+)?$",
    re.IGNORECASE,
)
_MONEY_IN_CLAUSE = re.compile(
    r"\b(?:chiffre\s+d['’ʼ]\s?affaires|CA|ventes|recettes|budget|coût|investi\w*|financ\w*|"
    r"dépens\w*|valeur|bénéfice|perte|résultat|marge|trésorerie|facturé|encaiss\w*|rapporté|"
    r"subvention|aide|enveloppe|montant|levé|levée|valoris\w*|exportations?|importations?)\b",
    re.IGNORECASE,
)
_SWISS_MONEY = re.compile(r"francs|CHF", re.IGNORECASE)


def _currency_in(text: str, sent: tuple[int, int], money_of_text: str) -> str:
    """The currency of a bare amount: Swiss francs when its sentence names them, else that of
    the text's last amount written with one ("30 millions de francs suisses (...) ses ventes,
    à 96 millions"), else euros."""
    if _SWISS_MONEY.search(text, sent[0], sent[1]):
        return "CHF"
    return money_of_text or "EUR"


# A size in millions with nothing counted is money when a market or sales are sized: "le
# marché mondial est estimé à 50 milliards".
_MARKET_SIZE = re.compile(
    r"\b(?:marchés?|ventes|recettes|dépenses|valeur|budgets?|coûts?)\b[^.;]*"
    r"(?:estimée?s?|évaluée?s?|chiffrée?s?|atteint|atteignent|pès\w*|représent\w*|s['’ʼ]élèv\w*)"
    r"\s+(?:à\s+)?(?:près\s+de\s+|plus\s+de\s+|environ\s+)?$",
    re.IGNORECASE,
)
_CUR_AFTER = re.compile(r"\ben\s+(?P<c>francs suisses|euros|dollars)\b", re.IGNORECASE)
_DECREASE = re.compile(
    r"recul\w*|repli\w*|baiss\w*|chut\w*|diminu\w*|fléchi\w*|perd\w*|contract\w*|régress\w*|"
    r"dégringol\w*|plong\w*|reflu\w*|\bcédé|\bcèd\w*|retrait\b|effondr\w*|\bfond(?:re|u|ent|ait)\b|"
    r"inférieure?s?\s+de\s+$|érod\w*|gliss\w*|lâch\w*|décroch\w*|rétréci\w*",
    re.IGNORECASE,
)
_INCREASE = re.compile(
    r"hausse|progress\w*|augment\w*|croissance|grimp\w*|gagn\w*|bond\w*|\bcroît|envol\w*",
    re.IGNORECASE,
)
_RADIUS = 300
# A percentage listed after another one ("+12 % en Chine, 8 % au Japon", "(35 % contre 44 %)")
# means the same kind of thing unless a new clause starts between them.
_ELIDED = ("growth_rate", "market_share", "exports")
_LIST_STEP = re.compile(r"[,;(]|\bet\b|\bcontre\b|\bpuis\b")
_CLAUSE_BREAK = re.compile(r"[.!?]|\b(?:dont|mais|alors|tandis|qui|que)\b")
# Between two items of a list of counts: separators, their years, "et".
_LIST_GAP = re.compile(
    r"(?:\s*(?:[,;:]|et|puis|en\s+(?:19|20)\d\d|\((?:19|20)\d\d\)|"
    r"(?:à|au|aux|en|dans)\s+[A-ZÉÈ][\w'’-]*(?:[\s-]+[A-ZÉÈ][\w'’-]*)*))*\s*"
)
# A list opened right after a counted noun: "les 6 établissements (deux à Lure, ...".
_ENUM_OPEN = re.compile(r"([^\W\d_][\w-]*)\s*[(:]\s*$")
_DENOMINATOR = re.compile(r"\bsur\s+$")
_JOIN = re.compile(r"\s*(?:à|et|ou|-|–)\s*")
_AFTER_CHANGE = re.compile(
    r"\s*(?:de|d['’ʼ]|en)\s+(hausse|baisse|croissance|progression|augmentation|recul|repli|"
    r"diminution|chute|plus|moins)\b",
    re.IGNORECASE,
)
_ESTIMATE = re.compile(r"\bestimée?s?\b|\bévaluée?s?\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Figure:
    """One economic figure found in a text, with its meaning and provenance."""

    span: str
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    metric: str
    period: str | None
    entity: str | None
    geo: str | None
    approximate: bool
    qualifier: str | None
    currency: str | None
    sentence: str
    source: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The keys of the `extract` CLI contract, numbers as ints when whole."""
        out = {k: getattr(self, k) for k in CLI_KEYS}
        for k in ("value", "value_max"):
            v = out[k]
            if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
                out[k] = int(v)
        return out

    def to_record(self) -> dict[str, Any]:
        """Every field, source included (for the data package)."""
        return {**self.to_json(), "source": self.source}


def _clip(bounds: tuple[int, int], pos: int, radius: int) -> tuple[int, int]:
    """`bounds` cut to at most `radius` characters either side of `pos`: keeps every context
    look-up local, so run-on inputs with no sentence breaks stay linear."""
    return max(bounds[0], pos - radius), min(bounds[1], pos + radius)


def _next_word(text: str, pos: int) -> str:
    m = _NEXT.match(text, pos)
    return m.group(1).lower() if m else ""


def _resolve_noun(
    text: str,
    tok: NumberToken,
    nxt: NumberToken | None,
    prev: tuple[NumberToken, Noun | None] | None,
    sent: tuple[int, int],
    prev_sent: tuple[int, int],
    counted: tuple[NumberToken, Noun] | None = None,
) -> Noun | None:
    """What the count `tok` counts; `counted` is the last figure with a counted noun."""
    found = counted_noun(text, tok.end)
    if isinstance(found, Noun):
        return found
    line_start = text.rfind("\n", 0, tok.start) + 1
    if (
        counted is not None
        and _ITEM_LABEL.fullmatch(text, line_start, tok.start)
        and text.rfind("\n", 0, line_start - 1) < counted[0].start < line_start
    ):
        return counted[1]  # "- horlogerie : 8 900" under "- transport : 14 200 postes ;"
    if (
        counted is not None
        and counted[0].start >= sent[0]
        and counted[1].unit == "units"
        and _EN_MADE.search(text, max(sent[0], tok.start - 40), tok.start)
    ):
        return counted[1]  # "1,2 million de couteaux en 2019, (...) n'en a fabriqué que 850 000"
    listed = listed_noun(text, tok.start - _RADIUS, tok.start) if found is None else None
    if listed is not None:
        return listed  # "300 points de vente : 120 Optimo, 90 Lunetterie…"
    following = _next_word(text, tok.end)
    if (
        prev is not None
        and prev[1] is not None
        and prev[0].start >= sent[0]
        and not following.endswith(("s", "x"))
        and _COMPARED.search(text, tok.start - 14, tok.start)
    ):
        return prev[1]  # "45 salariés, contre trente il y a deux ans"
    if (
        found is None
        and prev is not None
        and prev[1] is not None
        and prev[0].start >= sent[0]
        and _PARTICIPLE.fullmatch(following)
        and _DONT_BEFORE.search(text, max(0, tok.start - 8), tok.start)
    ):
        return prev[1]  # "86 boutiques, dont douze ouvertes en 2023": a part of that count
    # "vingt-cinq espérées", "dont quatre suisses": a verb, participle or adjective after
    dont = _DONT_BEFORE.search(text, max(0, tok.start - 8), tok.start)
    verb_next = following.endswith(("ont", "ent", "era", "ait", "aient")) or bool(
        _PAST_PARTICIPLE.fullmatch(following) or (dont and following.endswith("s"))
    )
    elided = tok.kind == "words" and verb_next and elliptic_words(text, tok.start)
    if found is None and following not in LINK_WORDS and not elided:
        if _SOLD_OR_MADE.search(text, max(sent[0], tok.start - 40), tok.start):
            word = _NEXT.match(text, tok.end)
            if word and following.endswith(("s", "x")) and word.group(1).islower():
                return Noun(
                    following, "units", "production", word.start(1)
                )  # "vendu 310 000 couteaux"
        return None
    if nxt is not None and nxt.start - tok.end <= 8 and _JOIN.fullmatch(text, tok.end, nxt.start):
        later = counted_noun(text, nxt.end)
        if isinstance(later, Noun):
            return later
    opened = _ENUM_OPEN.search(text, max(0, tok.start - 40), tok.start)
    if opened:  # "tous les établissements (deux à Lure, ...)", "30 sites : 12 en France"
        listed = counted_noun(text, opened.start(1))
        if isinstance(listed, Noun):
            return listed
    amount_before = prev is not None and prev[1] is None and (prev[0].currency or prev[0].physical)
    if (
        amount_before
        and prev[0].start >= sent[0]
        and _CONTRE.search(text, tok.start - 12, tok.start)
    ):
        return None  # "5 M€ en 2022 puis 7 en 2023": an amount, not a count
    if prev is not None and prev[1] is not None and prev[0].start >= sent[0]:
        if tok.raw_scale and not prev[0].raw_scale:
            return None  # "trois boutiques (...) une campagne de 1,5 million": no count of shops
        return prev[1]
    if (
        prev is not None
        and prev[1] is not None
        and tok.start - prev[0].end <= 40
        and _LIST_GAP.fullmatch(text, prev[0].end, tok.start)
    ):
        return prev[
            1
        ]  # "des 90 000 voitures : 91 200 en 2015 ; 93 400 en 2016", "deux à Dole, deux"
    count_of = _COUNT_OF.search(text, max(sent[0], tok.start - 120), tok.start)
    if count_of and not tok.currency and not tok.raw_scale:
        counted = counted_noun(text, count_of.end())  # "le nombre de demandeurs (...) à 12 480"
        if isinstance(counted, Noun):
            return counted
    words = tok.kind == "words" and tok.value >= 2 and elliptic_words(text, tok.start)
    if (tok.kind == "digits" or words) and not tok.raw_scale:
        # "en" points back past the subject that holds it: "3 100 montres (...) l'atelier
        # n'en réparait que 1 900" counts montres, not ateliers
        subject = _EN_SUBJECT.search(text, sent[0], tok.start)
        they = bool(_THEY.search(text, sent[0], tok.start))  # "ils ne sont plus que 87"
        lo = max(0, prev_sent[0] - 120) if they else prev_sent[0]  # "Des ouvriers ? (...)"
        return noun_before(text, lo, subject.start() if subject else tok.start, plural=they)
    count_of = _COUNT_OF.search(text, max(sent[0], tok.start - 120), tok.start)
    if count_of and not tok.currency:
        counted = counted_noun(text, count_of.end())  # "le nombre de montres ... 12 millions"
        return counted if isinstance(counted, Noun) else None
    return None


_PARTICIPLE = re.compile(r"[a-zéèêàç]+(?:ées|és|ée|ues|us|ies|is|tes|ts)")
_DONT_BEFORE = re.compile(r"\bdont\s+$")
# "1,1 million de couteaux": a scaled count of things the lexicon may not know, unless they are
# money or measures (`_MONEY_THINGS`); `_MADE_BEFORE` says whether they were made or sold.
_SCALED_THINGS = re.compile(r"\s+(?:de|d['’ʼ])\s*([a-zàâçéèêëîïôûù-]{3,}[sx])\b")
_MONEY_THINGS = re.compile(
    r"euros|francs|dollars|livres|ventes|recettes|commandes|transactions|dépenses|"
    r"investissements|subventions|bénéfices|pertes|dettes|travaux|aides|financements|fonds|"
    r"crédits|prêts|retombées|dividendes|primes|charges|salaires|revenus|achats|exportations|"
    r"importations|chiffres|tonnes|litres|kilos|mètres|heures|années|mois|jours"
)
_MADE_BEFORE = re.compile(
    r"\b(?:produi\w*|fabriqu\w*|vend\w*|vendu\w*|livr\w*|assembl\w*|écoul\w*|expédi\w*|sort\w*)\s+"
    r"(?:[\w'’ʼ]+\s+){0,3}?$"
)
# The head of a dashed list item: "- horlogerie et bijouterie : " before its count.
_ITEM_LABEL = re.compile(r"[^\S\n]*[–—•*·▪-][^\n:]{1,80}:\s*")
# A past participle after a count in words: "vingt-cinq espérées" (not "cabinets").
_PAST_PARTICIPLE = re.compile(r"[a-zéèêàç]{3,}(?:ées|és|ée|ues|us|ies|ites|erts|ertes|aits|aites)")
# A count of unknown things after a verb of selling or making counts products.
_MADE_PARTICIPLES = r"(?:vendu|produit|fabriqué|livré|assemblé|écoulé|expédié)"
_SOLD_OR_MADE = re.compile(
    r"\b(?:a|ont|avait|avaient|aura|auront)\s+" + _MADE_PARTICIPLES + r"\s+"
    r"(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+|que\s+)?$|"
    r"\b(?:vend|vendent|produit|produisent|fabrique|fabriquent|livre|livrent|assemble|"
    r"assemblent|écoule|écoulent)\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?$"
)
_EN_SUBJECT = re.compile(
    r"\b(?:l['’ʼ]\s?|le\s+|la\s+|les\s+)[^\W\d_][\w-]*\s+"
    r"(?:(?:de|d['’ʼ]|du|des)\s*[\w-]+\s+|[A-Z][\w&-]*\s+)?"  # "l'atelier de polissage"
    r"(?:ne\s+|n['’ʼ]\s?)?en\s+[^\W\d_]",
    re.IGNORECASE,
)
_EN_MADE = re.compile(
    r"\b(?:n['’ʼ]\s?)?en\s+(?:a|ont|avait|avaient)\s+" + _MADE_PARTICIPLES + r"\s+"
    r"(?:que\s+|plus\s+de\s+|près\s+de\s+|environ\s+)?$"
)
_THEY = re.compile(r"\b(?:[Ii]ls|[Ee]lles)\b")
_COUNT_OF = re.compile(r"nombre\s+(?:total\s+)?(?:de\s+|d['’ʼ])", re.IGNORECASE)
_STATE_GAP = re.compile(r"\s*(?:en\s+(?:19|20)\d\d\s*)?à\s*")


def _scaled_count(
    prev: tuple[NumberToken, Noun | None] | None, noun: Noun | None, tok: NumberToken
) -> bool:
    """Whether `tok`, a bare small number counting the same thing as the scaled count before
    it, is that count's ellipsis and takes its scale."""
    if prev is None or noun is None or prev[1] is not noun or not prev[0].raw_scale:
        return False
    return not tok.raw_scale and not prev[0].currency and tok.kind == "digits" and tok.value < 1000


def _later_state(text: str, first: NumberToken, tok: NumberToken) -> bool:
    """Whether `tok` is the later state of a change whose first state is `first`
    ("passé de 12 millions en 2015 à 14")."""
    if tok.start - first.end > 20 or not _STATE_GAP.fullmatch(text, first.end, tok.start):
        return False
    return bool(CHANGE_RE.search(text, max(0, first.start - 60), first.start))


def _sign_from_verb(text: str, tok: NumberToken, lo: int) -> float:
    after = _AFTER_CHANGE.match(text, tok.end)
    if after:
        return -1.0 if _DECREASE.match(after.group(1)) or after.group(1) == "moins" else 1.0
    head = text[max(lo, tok.start - 60) : tok.start]
    dec = [m.end() for m in _DECREASE.finditer(head)]
    inc = [m.end() for m in _INCREASE.finditer(head)]
    return -1.0 if dec and (not inc or dec[-1] > inc[-1]) else 1.0


def _with_proportions(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """`tokens` with each proportion ("un visiteur sur trois" -> 20 %) in place of the numbers
    it is written with."""
    found = proportions(text)
    if not found:
        return tokens
    kept = [t for t in tokens if not any(a < t.end and t.start < b for a, b, _ in found)]
    for a, b, value in found:
        tok = NumberToken(a, b, value, "fraction", percent=True, approximate=True)
        tok.core_start, tok.core_end = a, b
        left = read_left(text, a, money_or_percent=False)
        if left is not None and left.qualifier:  # "près de trois salariés sur quatre"
            tok.start, tok.qualifier = left.start, left.qualifier
        kept.append(tok)
    return sorted(kept, key=lambda t: t.start)


_STOCKS = frozenset({"employees", "jobs", "stores", "companies", "members"})
# "on vend 40 000 montres par an": a habitual rate, true at publication as much as any year
_HABITUAL = re.compile(
    r"[^.;:]{0,40}?\b(?:par\s+(?:an|jour|semaine|mois)|chaque\s+(?:année|jour|semaine|mois)"
    r"|annuellement)\b",
    re.IGNORECASE,
)


_OF_THAT = re.compile(r"\s*(?:de|d['’ʼ])\s*(?:ce|cet|cette|ces)\b", re.IGNORECASE)


def _is_state(text: str, tok: NumberToken, unit: str, metric: str) -> bool:
    """Whether the figure describes a state rather than a year's flow: a head count, a count
    of stores, companies, members or sites, a unit price ("se vend 89 euros"), a share ("pèse
    80 % de la production"), a habitual rate ("40 000 montres par an"). A year of past results
    frames flows, not states (`figure_periods`)."""
    if metric in _STOCKS or unit in ("persons", "companies", "stores", "sites"):
        return True  # any head count: "le Jura compte 14 210 demandeurs"
    if tok.currency and not tok.raw_scale and metric == "other":
        return True
    if tok.percent:
        # a share is a state too ("le bassin pèse 80 % de la production"), unless it is of
        # the total just named ("38 % de ce chiffre d'affaires")
        return metric in ("market_share", "other") and not _OF_THAT.match(text, tok.end)
    return bool(_HABITUAL.match(text, tok.end))


def extract_figures(
    text: str,
    published: str | None,
    place_finder: PlaceFinder | None = None,
    title: str | None = None,
) -> list[Figure]:
    """All economic figures of `text` (published `YYYY-MM-DD`, `YYYY` or None)."""
    ref = parse_reference(published) or stated_publication(text)
    undated = ref is None
    ref = ref or inferred_reference(text)
    lay = layout(text)
    blocked = blocked_spans(text)
    starts = [s for s, _ in blocked]
    tokens = [
        t
        for t in scan_numbers(text)
        if not in_blocked(blocked, starts, t.core_start, t.core_end)
        and not exclusion_reason(text, t)
    ]
    if " sur " in text:
        tokens = _with_proportions(text, tokens)
    kept: list[tuple[NumberToken, Noun | None, tuple[int, int], tuple[int, int]]] = []
    last_amount: NumberToken | None = None  # the last amount, percentages after it skipped
    money_of_text = ""  # the currency of the last amount written with one
    prev: tuple[NumberToken, Noun | None] | None = None
    counted: tuple[NumberToken, Noun] | None = None  # the last figure with a counted noun
    for i, tok in enumerate(tokens):
        sent = _clip(lay.sentence_of(tok.start), tok.start, _RADIUS)
        prev_sent = _clip(lay.previous_sentence(tok.start), tok.start, _RADIUS)
        written = tok.currency  # the currency the text writes, not one inferred below
        noun = None
        if not (tok.percent or tok.currency or tok.physical):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            noun = _resolve_noun(text, tok, nxt, prev, sent, prev_sent, counted)
            ratio = _DENOMINATOR.search(text, max(0, tok.start - 6), tok.start)
            if ratio and prev and not isinstance(counted_noun(text, tok.end), Noun):
                if tok.value <= 10 or prev[1] is None:
                    continue  # "deux ateliers sur trois": a ratio's denominator
                noun = prev[1]  # "366 magasins sur 830": the whole, counted the same way
            ellipsis = _CONTRE.search(text, max(0, tok.start - 12), tok.start)
            # "540 euros, contre 430 deux ans plus tôt": the base of an amount is an amount
            of_amount = ellipsis and prev and prev[0].currency and not prev[0].percent
            small = tok.kind == "digits" and tok.value < 10 and not tok.raw_scale
            bare_words = tok.kind == "words" and not tok.raw_scale
            small, bare_words = (False, False) if of_amount else (small, bare_words)
            if noun is None and tok.kind == "approx" and not tok.raw_scale:
                # "une trentaine d'entre eux", "une vingtaine restent": an approximation noun
                # is a count on its own; it counts what the text counted just before.
                noun = noun_before(text, prev_sent[0], tok.start)
            elif noun is None and (bare_words or small):  # of_amount: "5 M€ puis 7 en 2023"
                continue
            fresh = noun is None and not tok.raw_scale
            if fresh and ellipsis and prev and prev[0].physical and prev[0].start >= sent[0]:
                tok.physical = prev[0].physical  # "52 000 tonnes, contre 47 000 en 2023"
            if fresh and of_amount:
                tok.value *= prev[0].scale
                tok.currency, tok.scale, tok.raw_scale = prev[0].currency, prev[0].scale, True
            elif ellipsis and _scaled_count(prev, noun, tok):
                tok.value *= prev[0].scale  # "1,2 million de montres, contre 1,1 un an plus tôt"
                tok.scale, tok.raw_scale = prev[0].scale, True
            elif (
                not tok.raw_scale
                and prev
                and prev[0].raw_scale
                and tok.value < 1000
                and _later_state(text, prev[0], tok)
            ):
                tok.value *= prev[0].scale  # "de 12 millions en 2015 à 14 en 2016"
                tok.currency, tok.scale, tok.raw_scale = prev[0].currency, prev[0].scale, True
                noun = prev[1]
            elif (
                fresh
                and prev
                and prev[1] is not None
                and prev[0].start >= sent[0]
                and _COMPARED.search(text, max(0, tok.start - 14), tok.start)
            ):
                noun = prev[1]  # "120 salariés, contre 95": the count is of the same thing
        things = _SCALED_THINGS.match(text, tok.end) if noun is None and tok.raw_scale else None
        if things and not tok.currency and not _MONEY_THINGS.fullmatch(things.group(1)):
            # "1,1 million de couteaux": counted products, whatever the lexicon knows
            made = _MADE_BEFORE.search(text, max(sent[0], tok.start - 50), tok.start)
            noun = Noun(
                things.group(1), "units", "production" if made else "other", things.start(1)
            )
        if tok.raw_scale and not tok.currency and (noun is None or noun.unit == "other"):
            m = _CUR_AFTER.search(text, tok.end, min(sent[1], tok.end + 80))
            if m:
                tok.currency = {"f": "CHF", "e": "EUR", "d": "USD"}[m.group("c")[0].lower()]
            elif _TURNOVER_AFTER.match(text, tok.end):  # "1,2 Md de CA", "5 M d'investissement"
                tok.currency = _currency_in(text, sent, money_of_text)
            elif _MONEY_BEFORE.search(
                text, max(sent[0], tok.start - 60), tok.start
            ) or _SALES_TO.search(text, max(sent[0], tok.start - 70), tok.start):
                # "un chiffre d'affaires de 3,2 millions"
                tok.currency = _currency_in(text, sent, money_of_text)
            elif last_amount and tok.start - last_amount.end < 300:
                # "1,8 milliard d'euros (...) en recul de 18 % à 230 millions"
                tok.currency = last_amount.currency
            elif noun is None and _MARKET_SIZE.search(
                text, max(sent[0], tok.start - 80), tok.start
            ):
                tok.currency = _currency_in(text, sent, money_of_text)
            elif noun is None and _MONEY_IN_CLAUSE.search(text, sent[0], tok.start):
                # "le chiffre d'affaires a bondi de 12 %, à 4,2 millions", "les ventes : 2 Mds":
                # money in the currency the text last wrote, else euros
                tok.currency = _currency_in(text, sent, money_of_text)
        kept.append((tok, noun, sent, prev_sent))
        prev = (tok, noun)
        counted = (tok, noun) if noun is not None else counted
        last_amount = tok if tok.currency else last_amount if tok.percent else None
        if written:
            money_of_text = tok.currency
    if not kept:
        return []
    attribution = Attribution(text, place_finder)
    money = MoneyWords(text if any(k[0].currency for k in kept) else "")
    classes: list[tuple[str, str]] = []  # (unit, metric) per kept figure
    last_pct: tuple[int, str] | None = None  # (end, metric) of the last percentage
    for tok, noun, sent, prev_sent in kept:
        elided = None
        if tok.percent and last_pct is not None and last_pct[1] in _ELIDED:
            gap = text[last_pct[0] : tok.start]
            if len(gap) <= 60 and _LIST_STEP.search(gap) and not _CLAUSE_BREAK.search(gap):
                elided = last_pct[1]
        # a share named again ("la part atteint 70 %") may take the metric of the one before
        earlier = last_pct[1] if last_pct and tok.start - last_pct[0] <= 400 else None
        bounds = (sent[0], sent[1], prev_sent[0])
        classes.append(classify(text, tok, noun, bounds, money, elided, earlier))
        if tok.percent:
            last_pct = (tok.end, classes[-1][1])
    spans = [
        FigureSpan(tok.start, tok.end, tok.percent, _is_state(text, tok, unit, metric))
        for (tok, _, _, _), (unit, metric) in zip(kept, classes, strict=True)
    ]
    exprs = find_time_exprs(text, ref)
    pub_year = None if undated or ref is None else ref.year
    title_years = tuple(
        e.period[:4]
        for e in find_time_exprs(title or "", ref)
        if e.period and e.stated and not e.ahead and e.base < 0
    )
    periods = assign_periods(text, lay, exprs, spans, [k[2] for k in kept], pub_year, title_years)
    out: list[Figure] = []
    for (tok, _, sent, prev_sent), (unit, metric), period in zip(
        kept, classes, periods, strict=True
    ):
        value, vmax = tok.value, tok.value_max
        if metric == "growth_rate" and not tok.signed and value > 0:
            value *= _sign_from_verb(text, tok, sent[0])
        if metric == "participants":
            period = full_date(exprs, sent[0], sent[1]) or period
        clause = text[max(sent[0], tok.start - 40) : tok.start]
        approx = tok.approximate or bool(_ESTIMATE.search(clause))
        out.append(
            Figure(
                span=text[tok.start : tok.end],
                start=tok.start,
                end=tok.end,
                value=round(value, 6),
                value_max=vmax,
                unit=unit,
                metric=metric,
                period=period,
                entity=attribution.entity(tok.start, sent, prev_sent),
                geo=attribution.geo(
                    tok.start, lay.sentence_of(tok.start), lay.paragraph_of(tok.start)
                ),
                approximate=approx,
                qualifier=tok.qualifier,
                currency=tok.currency,
                sentence=text[sent[0] : sent[1]].strip(),
                source=attribution.source(sent),
            )
        )
    return out


def _extract_record(record: dict[str, Any]) -> dict[str, Any]:
    figures = extract_figures(
        record.get("text") or "", record.get("published"), title=record.get("title")
    )
    return {"id": record.get("id"), "figures": [f.to_json() for f in figures]}


def extract_many(
    records: Iterable[dict[str, Any]],
    workers: int | None = None,
    parallel_from: int = PARALLEL_FROM,
) -> Iterator[dict[str, Any]]:
    """`{"id", "figures"}` per `{"id", "text", "published", "title"?}` record, in input order; uses the
    process pool (`pool.map_in_order`) when there are more than `parallel_from` records."""
    yield from map_in_order(_extract_record, list(records), workers, parallel_from)
