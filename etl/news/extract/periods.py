"""Time expressions in French news and the period ("YYYY" or "YYYY-MM-DD") they give a figure.

Input: the text and a reference date (the publication date, or a date the item states).
Output: `TimeExpr`s with offsets (explicit years, "l'an dernier", "en novembre", "le 1er octobre
2025", "le 28 novembre dernier", "années 1970", "d'ici 2030", "au T3", "il y a dix ans"); the
period of a figure from the expressions of its sentence (`sentence_period`, which sets aside
years of digressions, detached participle clauses and forecasts after a finished past); the
time frame of a sentence (`sentence_frame`: now, forecast, conditional, past, present); and
`resolve_date` for one date string. Comparison bases ("contre 16,9 en 2022", "contre 11 200 l'an
dernier", "contre 14 % il y a quatre ans") date their elliptical figure only (`TimeExpr.base`);
a fronted year outranks "par rapport à 2019"; a participle right after a figure dates it
("deux cents emplois créés d'ici 2027"); a planned event in a relative clause after a figure
does not; a present clause joined after a dated past clause is current. The hot path uses compiled regexes and difflib (misspelt months); dateparser is only a
fallback inside `resolve_date`, called on a date-like candidate, never per token.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from etl.news.extract.exclusions import close_month
from etl.news.extract.numerals import words_value
from etl.news.lexicon import FUNCTION_WORDS, MONTHS, ORDINALS, SMALL_NUMBERS

_DAY_MONTH = re.compile(
    r"(?=\d)(?<![\d,.])(?P<day>[0-3]?\d)(?:er)?\s+(?P<month>[a-zA-Zéûèô]{3,10})\b"
    r"(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?(?:\s+(?P<rel>dernier|prochain))?"
)
_YEAR = re.compile(r"(?=[12])(?<![\w.,/])(?P<year>(?:19|20)\d\d)(?!\d|,\d|\s?%|\s\d{3}\b)")
# These run on the lower-cased text; alternatives that begin with plain letters let the regex
# engine jump between candidates. `_at_word` checks the word boundary afterwards.
_YEAR_SPAN = re.compile(r"(?:entre|de)\s+(?:19|20)\d\d\s+(?:et|à)\s+(?P<year>(?:19|20)\d\d)(?!\d)")
_DECADE = re.compile(r"années\s+(?P<year>(?:19|20)\d0)\b")
_RELATIVE = re.compile(
    r"l['’ʼ]\s?(?:an|année|exercice)\s+(?:(?P<past>dernier|dernière|passée?)|"
    r"(?P<next>prochaine?))"
)
# "Il y a dix ans, l'usine employait 300 personnes": that many years before the reference,
# when it opens the sentence or clause ("partie il y a deux ans" dates a side event).
_YEARS_AGO = re.compile(r"il\s+y\s+a\s+(?P<n>[a-z-]+|\d{1,2})\s+ans\b")
# "sur son dernier exercice": the last closed year.
_LAST_ACCOUNTS = re.compile(r"(?:son|leur|le|du|au|ce|cet)\s+dernier\s+exercice\b")
_THIS_SEASON = re.compile(r"(?:cet\s+(?:été|hiver|automne)|ce\s+printemps)\b")
_THIS_YEAR = re.compile(r"cette\s+année|l['’ʼ]année\s+en\s+cours")
# Relative to the year the text has just named: "l'année précédente", "l'année suivante",
# "un an plus tôt" opening a clause.
# Both are found from their last, rarer word and read backwards from there, so the scan jumps
# between few candidates.
_CONTEXT_WORD = re.compile(r"(?:précédente?|suivante?|plus\s+t(?:ôt|ard)|auparavant)\b")
_CONTEXT_YEAR = re.compile(
    r"(?:l['’ʼ]\s?(?:an|année|exercice)\s+(?:(?P<before>précédente?)|(?P<after>suivante?))|"
    r"(?P<earlier>un\s+an\s+(?:plus\s+tôt|auparavant))|(?P<later>un\s+an\s+plus\s+tard))$"
)
# "contre 3,5 M€ un an plus tôt": the figure right before is the earlier year's.
_AFTER_FIGURE = re.compile(r"(?:\d|€|%|euros?|millions?|milliards?)\s*$")
_PART_WORD = re.compile(
    r"(?P<word>(?:tri|se)mestres?)\b(?!\s+(?:de\s+l['’ʼ]année\s+)?(?:19|20)\d\d)(?:\s+(?P<rel>dernier|précédent))?"
)
# "premier trimestre", "trois premiers trimestres", "dernier trimestre" (the year's last);
# "le trimestre dernier" (the one before the reference date) is read from `rel` above.
_PART_OF_YEAR = re.compile(
    r"(?P<n>premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e|dernier|"
    r"(?:deux|trois)\s+premiers)\s+(?P<part>trimestre|semestre)s?$"
)
_PART_COUNTS = {"dernier": 0, "deux premiers": 2, "trois premiers": 3}
# "au T3", "sur le S1" without a year (with one, "T3 2023" is a year after an account word).
# Found from the code itself (rare), then checked for "au", "du" or "le" before it.
_PART_CODE_BEFORE = re.compile(r"(?:^|.*\W)(?:au|du|le) ", re.S)
_PART_CODE = re.compile(r"(?P<p>[TS])(?P<n>[1-4])\b(?!\s*(?:19|20)\d\d)")
_MONTH_ONLY = re.compile(
    r"(?:en|dès|depuis|fin|début|mi-?)\s+(?P<month>" + "|".join(MONTHS) + r")\b(?!\s+\d)"
)
_IGNORE_BEFORE = re.compile(
    r"(?:\b(?:née?s?|fondée?s?|créée?s?|lancée?s?|installée?s?|implantée?s?|rachetée?s?|"
    r"reprise?s?|repris|depuis|jusqu['’ʼ]en|dès|avant|crise\s+(?:\w+\s+)?de|ans\s+après|rapport\s+à|comparée?s?\s+à|qu['’ʼ]en|"
    r"ouverte?s?|inaugurée?s?|construite?s?|bâtie?s?|établie?s?|arrivée?s?|entrée?s?)\s+(?:[^\s.,;:!?]+\s+){0,4}?)$",  # a comma ends the founding clause
    re.IGNORECASE,
)
# A figure compared with an earlier year is the year after it ("+12 % par rapport à 2018");
# compared with "l'année passée" it is current.
_COMPARED_TO = re.compile(
    r"(?:rapport\s+(?:à|au)|comparée?s?\s+(?:à|au)|comparativement\s+à|vs\.?)\s+"
    r"(?:(?:fin|début|mi-?)\s+)?(?:[a-zéû]+\s+)?$",
    re.IGNORECASE,
)
_BASE_BEFORE = re.compile(
    r"(?:rapport\s+(?:à|au|aux)|comparée?s?\s+(?:à|au)|que|qu['’ʼ]à|qu['’ʼ]en|qu['’ʼ]au|sur|depuis)"
    # "par rapport au même mois de l'an passé"
    r"\s+(?:(?:même|mois|période|trimestre|semestre|de|d['’ʼ]|la|le|l['’ʼ])\s*)*$",
    re.IGNORECASE,
)
# "contre 16,9 en 2022", "contre 11 200 l'an dernier", "contre 14 % il y a quatre ans": the
# comparison base of an elliptical figure; its year is that figure's only. A decimal comma may
# stand inside, no other comma.
_CONTRE_BASE = re.compile(
    r"\b(?:contre\s(?=[^.;,]{0,12}(?:\d|\b(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent)))|après\s(?=\d))"
    r"(?:[^.;,]|(?<=\d),(?=\d)){1,45}?"
    r"(?:,?\s(?:en|pour|fin|à\s+fin|au\s+cours\s+de))?\s*$",
    re.IGNORECASE,
)
# "deux cents emplois créés d'ici 2027", "dont douze ouvertes en 2023": a participle right after
# a figure dates that figure, not a founding of something else.
_FIGURE_BEFORE = re.compile(
    r"(?:\d|%|€|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cents?|mille|"
    r"[a-z]+aines?|milliers?|millions?|milliards?))\s+(?:[a-zà-ÿ'’-]+\s+){0,2}$"
)
# The base of a comparison with a part of a year: "qu'au premier semestre 2023".
_PART_BASE = re.compile(
    r"(?:qu['’ʼ]\s?(?:au|en|à)|que\s+(?:lors\s+d[eu]|pendant|durant)|rapport\s+(?:au|à)|"
    r"comparée?s?\s+(?:au|à))\s+(?:l['’ʼ]\s?|le\s+|la\s+)?$"
)
# "de moins qu'au premier semestre 2023", "qu'au mois de mars 2023": the same part of an earlier
# year, the base of a change over a year.
_PERIOD_BASE = re.compile(
    r"qu['’ʼ]\s?au\s+(?:premier|second|deuxième|troisième|quatrième|dernier|même|mois)\s+"
    r"(?:[^\s.,;:!?]+\s+){0,2}?$"
)
_AGO_THEN = re.compile(r"il\s+y\s+a\s+(?:[\w-]+\s+){1,3}ans\s*,?\s+en\s+$")
_CLOSED_ON = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*,?\s+(?:clos|clôturé|arrêté)e?s?\s+(?:le|au|à\s+fin|en)?\s*$",
    re.IGNORECASE,
)
_AS_IN = re.compile(r"\bcomme\s+(?:en\s+)?$", re.IGNORECASE)
# "en dix ans", "depuis 12 ans": a change up to now. "depuis 2015" is no marker: a change since a
# year ends in the year that frames the text (the lead's or the previous sentence's), else now.
_CUMULATIVE = re.compile(
    r"(?:en|sur|depuis)\s+(?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt)\s+"
    r"(?:ans|années|mois)\b"
)
_SAME_YEAR = re.compile(
    r"la\s+même\s+année|cette\s+année-là|la\s+même\s+période|au\s+cours\s+de\s+la\s+même\s+année"
    r"|à\s+l['’ʼ]\s?époque|à\s+cette\s+époque|à\s+cette\s+date|à\s+son\s+arrivée|à\s+ses\s+débuts"
    r"|l['’ʼ]ensemble\s+de\s+l['’ʼ](?:exercice|année)|cet\s+exercice"
)
_UNTIL_THEN = re.compile(r"d['’ʼ]\s?ici\s+là\b")
# Between a figure and a later year, another figure only breaks the link when it is not
# coordinated with the first ("2 000 salariés et 40 000 abonnés en 2005") nor an aside
# in parentheses ("1,2 milliard d'euros (+5 %) en 2023").
_COORDINATED = re.compile(r"\s*(?:\(|(?:[\w'’-]+\s+){0,2}(?:et|ou|,))\s*")
_A_JOIN = re.compile(r"\s*à\s*")
_CURRENT = re.compile(r"aujourd['’ʼ]\s?hui|actuellement\b|à\s+ce\s+jour\b|désormais\b")


# Capitalised words a year qualifies rather than names: "CA 2015", "PIB 2022", "T1 2024".
_ACCOUNT_WORDS = frozenset(
    ("CA", "PIB", "EBE", "EBITDA", "ETP", "PNB", "HT", "TTC", "T1", "T2", "T3", "T4", "S1", "S2")
)
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?:;«»\"(\n]|--?|–)\s*$")


def _named(text: str, pos: int) -> bool:
    """Whether the year at `pos` ends a name ("Visio 2000", "Horizon 2030"): it follows a
    capitalised word that is neither a month, a function word nor the first of its clause."""
    end = pos
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    if end == pos or end == 0 or not text[end - 1].isalpha():
        return False
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
        start -= 1
    word = text[start:end]
    if not word[0].isupper() or not word[0].isalpha() or word in _ACCOUNT_WORDS:
        return False
    opens = _CLAUSE_OPEN.search(text, max(0, start - 3), start)
    return not (word.lower() in FUNCTION_WORDS or close_month(word) or opens)


def _lower(text: str) -> str:
    """Lower-cased text with the same offsets (the text itself if lowering changes lengths)."""
    low = text.lower()
    return low if len(low) == len(text) else text


_FRONTED = re.compile(
    r"(?:^|[.;!?\n»]\s*|,\s+)(?:(?:en|dès|fin|début|mi-?|au\s+cours\s+de(?:\s+l['’]année)?|le|ce|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*)*$",
    re.IGNORECASE,
)


def _fronted(text: str, pos: int) -> bool:
    """Whether the time expression at `pos` opens its sentence or clause ("En 2024, ...")."""
    return bool(_FRONTED.search(text[max(0, pos - 40) : pos]))


def _at_word(text: str, rx: re.Pattern[str], lo: int = 0, hi: int | None = None):
    """Matches of `rx` in text[lo:hi] that start a word."""
    for m in rx.finditer(text, lo, len(text) if hi is None else hi):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            yield m


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression found in the text and the period it stands for."""

    start: int
    end: int
    period: str  # YYYY or YYYY-MM-DD; "" for "aujourd'hui" (current)
    explicit_date: bool = False  # day, month and year all written
    governs: bool = False  # fronted ("En 2024, ...") or relative ("l'an dernier"): may rule a block
    relative: bool = False  # "l'an dernier": the year a review looks back on
    stated: bool = False  # a year written out ("en 2012", "le 3 mars 2021"), not inferred
    ahead: bool = False  # a forecast or target year ("prévisions 2010", "d'ici 2030")
    base: int = -1  # "contre 16,9 en 2022": where "contre" opens; the year dates only that figure
    compared: bool = False  # "+6 % par rapport à 2019": the year after a comparison base


def parse_reference(published: str | None) -> date | None:
    """`YYYY-MM-DD` -> that day; `YYYY` -> 1 July of that year; None/garbage -> None."""
    if not published:
        return None
    try:
        if len(published) == 4:
            return date(int(published), 7, 1)
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _day_month(m: re.Match[str], ref: date | None) -> tuple[str, bool] | None:
    month = close_month(m.group("month"))
    if month is None:
        return None
    mon, day = MONTHS.index(month) + 1, int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    elif ref is None:
        return None
    else:
        year = ref.year
        try:
            when = date(year, mon, day)
        except ValueError:
            return None
        soon = 0 < (when - ref).days <= 60 and not m.group("rel")
        if m.group("rel") == "prochain" and when <= ref:
            year += 1
        elif m.group("rel") != "prochain" and when > ref and not soon:
            year -= 1
    try:
        return date(year, mon, day).isoformat(), bool(m.group("year"))
    except ValueError:
        return None


_PUBLISHED_LINE = re.compile(
    r"[Pp]ublié\s+le\s*:?\s*(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)"
)


_ISSUE_LINE = re.compile(
    r"^[^\n]{0,60}?\b(?P<month>" + "|".join(MONTHS) + r")\s+(?P<y>(?:19|20)\d\d)[^\n\w]{0,3}$",
    re.IGNORECASE | re.MULTILINE,
)


def stated_publication(text: str) -> date | None:
    """The date a page states for itself near its top ("Publié le 02/10/2025"), or the month
    of an issue given on a short header line ("Journal n° 152 - Février 2010"), if any."""
    m = _PUBLISHED_LINE.search(text, 0, 600)
    if not m:
        issue = _ISSUE_LINE.search(text, 0, 200)
        if issue is None:
            return None
        month = MONTHS.index(issue.group("month").lower()) + 1
        return date(int(issue.group("y")), month, 15)
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


_LAST_YEAR = re.compile(
    r"l['’ʼ]\s?(?:an|année|exercice)\s+(?:dernier|dernière|passée?)\b|un\s+an\s+plus\s+tôt"
)
_AHEAD = re.compile(
    r"(?:d['’ʼ]ici|horizon|prévue?s?\s+(?:pour|en)|à\s+partir\s+de|dès|jusqu['’ʼ]en|"
    r"objectifs?|prévisions?(?:\s+pour)?|perspectives?(?:\s+\w+)?\s+pour)\s+(?:l['’ʼ]an\s+|fin\s+|mi-?)?$"
)


_N_YEARS = r"(?:(?:tout\s+juste|exactement|déjà|près\s+de|plus\s+de)\s+)?(?P<n>\d{1,3}|[a-z-]+(?:\s+[a-z-]+)?)"
# Spans of time tied to a year, which date the writing: "il y a cinquante ans, en 1974",
# "quatre ans après la crise de 2020", "fondée en 1999 (...) célébrer cette année ses 25 ans".
_ANCHORS = (
    re.compile(
        r"il\s+y\s+a\s+" + _N_YEARS + r"\s+ans\s*,?\s+(?:en|depuis)\s+(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(
        r"\b(?:en|depuis)\s+(?P<y>(?:19|20)\d\d)\s*,?\s+il\s+y\s+a\s+" + _N_YEARS + r"\s+ans\b"
    ),
    re.compile(r"\b" + _N_YEARS + r"\s+ans\s+après\s+[^.;]{0,60}?\b(?P<y>(?:19|20)\d\d)\b"),
    re.compile(
        r"\b(?P<y>(?:19|20)\d\d)\b[^.;]{0,80}?\b(?:célébr|fêt|souffl)\w*\s+(?:cette\s+année\s+)?"
        r"(?:ses|son|leurs?)\s+" + _N_YEARS + r"\s+(?:ans|bougies)\b"
    ),
)


# A target set in the sentence before a year: "le cap est fixé : 10 000 pièces en 2028".
_TARGET_BEFORE = re.compile(
    r"\b(?:objectifs?|cap|vise\w*|ambition\w*|prévoi\w*|table\s+sur|espère\w*|horizon|"
    r"d['’ʼ]\s?ici)\b"
)


_FOUNDED = re.compile(
    r"\b(?:fondée?s?|créée?s?|née?s?|établie?s?|construite?s?|bâtie?s?)\s+(?:[^\s.,;:!?]+\s+){0,3}?$"
)


def _anchored_year(low: str) -> int | None:
    """The year a text is written in, from a span of time it ties to a stated year."""
    for rx in _ANCHORS:
        m = rx.search(low)
        if not m:
            continue
        n = m.group("n")
        years = int(n) if n.isdigit() else words_value(n)
        if years and 0 < years < 200:
            return int(m.group("y")) + int(years)
    return None


def inferred_reference(text: str) -> date | None:
    """For a text without a publication date: the year it ties a span of time to ("il y a dix
    ans, en 2014"), else, when it looks back on "l'an dernier", the year after the latest year
    it states (horizons such as "d'ici 2030" and names such as "Visio 2000" left out), since
    such a review is written once that year is over."""
    low = _lower(text)
    anchored = _anchored_year(low) if " ans" in low or "bougies" in low else None
    if anchored:
        return date(anchored, 7, 1)
    if not any(True for _ in _at_word(low, _LAST_YEAR)):
        return None
    years = [
        int(m.group("year"))
        for m in _YEAR.finditer(text)
        if not _AHEAD.search(low, max(0, m.start() - 30), m.start())
        and not _named(text, m.start())
        and not _TARGET_BEFORE.search(low, max(0, low.rfind(". ", 0, m.start())), m.start())
        and not _FOUNDED.search(low, max(0, m.start() - 40), m.start())  # "fondée en 1973"
    ]
    return date(max(years) + 1, 7, 1) if years else None


def resolve_date(expr: str, reference: str | None = None) -> str | None:
    """ISO date for a French date string: "le 28 novembre dernier" against 2026-01-27 ->
    "2025-11-28"; "le 1er octobre 2025" -> "2025-10-01". dateparser is the fallback."""
    ref = parse_reference(reference)
    m = _DAY_MONTH.search(expr)
    if m:
        got = _day_month(m, ref)
        if got:
            return got[0]
    import dateparser  # slow import and call: only reached for a candidate string

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
    if ref is not None:
        settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day)
    found = dateparser.parse(expr, languages=["fr"], settings=settings)
    return found.date().isoformat() if found else None


def _part_year(last_month: int, ref: date) -> int:
    """The year of a part of a year ending with `last_month` and named without a year: the
    reference's year once that part is (nearly) over, else the year before."""
    return ref.year if last_month <= ref.month + 1 else ref.year - 1


def find_time_exprs(
    text: str, ref: date | None, lo: int = 0, hi: int | None = None
) -> list[TimeExpr]:
    """All time expressions in text[lo:hi], resolved against `ref` where relative."""
    hi = len(text) if hi is None else hi
    low = _lower(text)
    out: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for m in _DAY_MONTH.finditer(text, lo, hi):
        got = _day_month(m, ref)
        if got:
            fronted = _fronted(text, m.start())
            out.append(TimeExpr(m.start(), m.end(), got[0], got[1], fronted, stated=got[1]))
            taken.append(m.span())
        elif m.group("year") and close_month(m.group("month")):
            taken.append(m.span())
            out.append(TimeExpr(m.start("year"), m.end("year"), m.group("year"), stated=True))
    for rx in (_YEAR_SPAN, _DECADE):
        for m in _at_word(low, rx, lo, hi):
            out.append(TimeExpr(m.start(), m.end(), m.group("year"), stated=rx is _YEAR_SPAN))
            taken.append(m.span())
    named_years: list[TimeExpr] = []
    covered = set()
    for a, b in taken:
        covered.update(range(a, b))
    for m in _YEAR.finditer(text, lo, hi):
        if m.start() in covered:
            continue
        window = low[max(lo, m.start() - 40) : m.start()]
        compared = (
            ("rapport" in window or "compar" in window or "vs" in window)
            and _COMPARED_TO.search(text, max(lo, m.start() - 40), m.start())
        ) or ("qu" in window and _PERIOD_BASE.search(low, max(lo, m.start() - 40), m.start()))
        if compared:
            year = int(m.group("year")) + 1
            if ref is None or year <= ref.year:
                out.append(TimeExpr(m.start(), m.end(), str(year), compared=True))
            continue
        ignored = _IGNORE_BEFORE.search(text, max(lo, m.start() - 40), m.start())
        if _AGO_THEN.search(low, max(lo, m.start() - 50), m.start()):
            named_years.append(TimeExpr(m.start(), m.end(), m.group("year")))
            continue  # "il y a trente ans, en 1994": when something began, no figure's year
        if ignored and not _figure_participle(low, ignored.start()):
            named_years.append(TimeExpr(m.start(), m.end(), m.group("year")))
            continue  # a founding year is no figure's period, but "à l'époque" may point to it
        if _AS_IN.search(text, max(lo, m.start() - 12), m.start()):
            continue  # "stable à 3 %, comme en 2014": the figure is not 2014's
        if _named(text, m.start()):
            continue
        fronted = _fronted(text, m.start())
        ahead = bool(_AHEAD.search(low, max(lo, m.start() - 30), m.start()))
        year = m.group("year")
        out.append(TimeExpr(m.start(), m.end(), year, False, fronted, stated=True, ahead=ahead))
    for m in _at_word(low, _UNTIL_THEN, lo, hi) if "ici l" in low else ():
        ahead = [e for e in out if e.end <= m.start() and e.ahead and len(e.period) >= 4]
        if ahead:  # "d'ici là": the horizon just named
            last = max(ahead, key=lambda e: e.end)
            out.append(TimeExpr(m.start(), m.end(), last.period[:4], stated=True, ahead=True))
    for m in _at_word(low, _SAME_YEAR, lo, hi):
        before = [e for e in out + named_years if e.end <= m.start() and len(e.period) >= 4]
        if before:
            last = max(before, key=lambda e: e.end)
            out.append(TimeExpr(m.start(), m.end(), last.period[:4], stated=True))
    if "ourd" in low or "actuel" in low or "ce jour" in low or "désormais" in low:
        for m in _at_word(low, _CURRENT, lo, hi):
            out.append(TimeExpr(m.start(), m.end(), ""))  # "aujourd'hui": current, period None
    if ref is not None:
        for m in _at_word(low, _RELATIVE, lo, hi):
            if _BASE_BEFORE.search(low, max(lo, m.start() - 40), m.start()):
                continue  # "8 % de plus que l'an dernier": the base of a comparison
            if m.group("past"):
                out.append(TimeExpr(m.start(), m.end(), str(ref.year - 1), False, True, True))
            else:  # "l'an prochain": a forecast year, which rules no block of present facts
                out.append(TimeExpr(m.start(), m.end(), str(ref.year + 1), stated=True, ahead=True))
        for m in _at_word(low, _LAST_ACCOUNTS, lo, hi) if "dernier exercice" in low else ():
            out.append(TimeExpr(m.start(), m.end(), str(ref.year - 1), False, True, True))
        for m in _at_word(low, _THIS_YEAR, lo, hi):
            out.append(TimeExpr(m.start(), m.end(), str(ref.year), False, True))
        for m in (
            _at_word(low, _THIS_SEASON, lo, hi) if "ce printemps" in low or "cet " in low else ()
        ):
            out.append(TimeExpr(m.start(), m.end(), ""))  # "cet été": current, no block
        for m in _at_word(low, _YEARS_AGO, lo, hi) if "il y a" in low else ():
            n = m.group("n")
            n_years = int(n) if n.isdigit() else SMALL_NUMBERS.get(n) or words_value(n)
            if n_years and (
                _fronted(text, m.start())
                or _CONTRE_BASE.search(low, max(lo, m.start() - 60), m.start())
                or _FIGURE_BEFORE.search(low, max(lo, m.start() - 40), m.start())
            ):  # opening its clause, the base of a comparison or right after the figure it
                # dates ("il en produisait 120 000 il y a dix ans"), not a side event
                rules = _fronted(text, m.start())  # a block, not only the figure before it
                year = str(ref.year - int(n_years))
                out.append(TimeExpr(m.start(), m.end(), year, False, rules))
        for w in _PART_WORD.finditer(low, lo, hi) if "mestre" in low else ():
            months = 3 if low.startswith("tri", w.start()) else 6
            if w.group("rel"):  # "le trimestre dernier": the part before the reference's
                year = ref.year if ref.month > months else ref.year - 1
                out.append(TimeExpr(w.start(), w.end(), str(year)))
                continue
            m = _PART_OF_YEAR.search(low, max(lo, w.start() - 20), w.end("word"))
            if not m or (m.start() > 0 and low[m.start() - 1].isalnum()):
                continue
            n = _PART_COUNTS.get(m.group("n"), ORDINALS.get(m.group("n"), 0)) or 12 // months
            year = _part_year(n * months, ref)
            if _PART_BASE.search(low, max(lo, m.start() - 30), m.start()):
                # "1,2 % de moins qu'au premier semestre 2023": the change up to a year later
                out.append(TimeExpr(m.start(), m.end(), str(year + 1), compared=True))
                continue
            out.append(TimeExpr(m.start(), m.end(), str(year)))
        for m in _PART_CODE.finditer(text, lo, hi):
            months = 3 if m.group("p") == "T" else 6
            before = low[max(0, m.start() - 4) : m.start()]
            if (m.group("p") == "S" and m.group("n") > "2") or not _PART_CODE_BEFORE.fullmatch(
                before
            ):
                continue  # "au T3", "le S1"; not "bureau T3" nor "un T3"
            year = _part_year(int(m.group("n")) * months, ref)
            out.append(TimeExpr(m.start(), m.end(), str(year)))
        for m in _at_word(low, _MONTH_ONLY, lo, hi):
            mon = MONTHS.index(m.group("month").lower()) + 1
            year = ref.year - 1 if mon > ref.month else ref.year
            out.append(TimeExpr(m.start(), m.end(), str(year)))
    out.sort(key=lambda e: e.start)
    return _mark_bases(low, _closing_dates(text, _context_years(text, low, out, ref, lo, hi)), lo)


def _closing_dates(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """ "l'exercice 2022, clos le 31 décembre", "premier semestre 2024, clos fin juin": a closing
    date with no year of its own is in the year just named."""
    if "clos" not in text and "arrêté" not in text:
        return exprs
    out = []
    for e in exprs:
        m = _CLOSED_ON.search(text, max(0, e.start - 40), e.start)
        if m and e.period and not text[e.start : e.end].rstrip().endswith(m.group("year")):
            e = replace(e, period=m.group("year") + e.period[4:], stated=True, governs=False)
        out.append(e)
    return out


def _figure_participle(low: str, at: int) -> bool:
    """Whether the word at `at`, before a year, is a participle right after a figure ("deux
    cents emplois créés d'ici 2027"): the year then dates the figure, it founds nothing."""
    if low.startswith(
        ("depuis", "jusqu", "dès", "avant", "crise", "rapport", "compar", "qu", "ans"), at
    ):
        return False
    return bool(_FIGURE_BEFORE.search(low, max(0, at - 40), at))


def _mark_bases(low: str, exprs: list[TimeExpr], lo: int) -> list[TimeExpr]:
    """Mark the expressions that close a "contre <figure> ..." comparison base with where
    "contre" stands (`TimeExpr.base`)."""
    if "contre" not in low:
        return exprs
    out = []
    for e in exprs:
        m = _CONTRE_BASE.search(low, max(lo, e.start - 60), e.start) if e.period else None
        out.append(replace(e, base=m.start()) if m else e)
    return out


def _context_years(
    text: str, low: str, exprs: list[TimeExpr], ref: date | None, lo: int, hi: int
) -> list[TimeExpr]:
    """Add "l'année précédente" / "l'année suivante" / "Un an plus tôt," / "un an plus tard"
    resolved against the last year named before them (else the reference date, but never for
    "plus tard"); a mid-sentence "un an plus tôt" is the base of a comparison and adds
    nothing."""
    added: list[TimeExpr] = []
    if not any(k in low for k in ("précéd", "suivant", "tôt", "tard", "auparavant")):
        return exprs
    for w in _CONTEXT_WORD.finditer(low, lo, hi):
        m = _CONTEXT_YEAR.search(low, max(lo, w.start() - 20), w.end())
        if not m or (m.start() > 0 and low[m.start() - 1].isalnum()):
            continue
        if m.group("earlier") and not (
            _fronted(text, m.start())
            or _AFTER_FIGURE.search(low, max(lo, m.start() - 16), m.start())
        ):
            continue  # "par rapport au même mois un an plus tôt": a comparison base
        if _BASE_BEFORE.search(low, max(lo, m.start() - 40), m.start()):
            continue  # "+12 % par rapport à l'année précédente": a comparison base
        k = bisect.bisect_left(exprs, m.start(), key=lambda e: e.start)
        named = [e for e in exprs[max(0, k - 6) : k] if len(e.period) >= 4 and e.end <= m.start()]
        if named and m.start() - named[-1].end <= 400:
            base = int(named[-1].period[:4])
        elif ref is not None and not m.group("later"):
            base = ref.year
        else:
            continue
        delta = 1 if m.group("after") or m.group("later") else -1
        added.append(TimeExpr(m.start(), m.end(), str(base + delta)))
    if not added:
        return exprs
    return sorted(exprs + added, key=lambda e: e.start)


def no_period_markers(text: str) -> list[int]:
    """Sorted offsets of words saying a figure is cumulative ("en dix ans", "depuis 2023") or
    current ("aujourd'hui"): a sentence holding one takes no block period."""
    low = _lower(text)
    return sorted(m.start() for rx in (_CUMULATIVE, _CURRENT) for m in _at_word(low, rx))


# Between a figure and its own year: a comma, up to three words of the counted noun
# ("20,6 millions de montres en 2019"), then "en", "pour", "sur", "l'année"...
_RIGHT_AFTER = re.compile(
    r"(?:\s*,)?(?:\s*(?:de|d['’ʼ]|des)?\s*[a-zà-ÿ]+(?=[\s,])){0,3}?"
    r"\s*(?:en|pour|sur|au titre de|à\s+l['’ʼ]\s?horizon(?:\s+de)?|d['’ʼ]\s?ici(?:\s+à)?)?\s*"
    r"(?:l['’ʼ](?:année|exercice)\s*)?",
    re.I,
)


_ASIDE_DASH = re.compile(r"\s[–—-]\s")
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
# A clause opening on a past participle, detached by commas from the main clause: the event it
# dates (a nomination, a listing, an election) is not the main clause's figure.
_DETACHED_PARTICIPLE = re.compile(
    r"[,\s«\"]*(?!(?i:marché|côté|société|activité|qualité|comité|été|santé|clé|employé|"
    r"salarié|associé|délégué|député|année|idée|entrée|journée|durée|musée|lycée|pensée)s?\b)"
    r"(?:[A-ZÀ-Ýa-zà-ÿ]+(?:é|ée|és|ées)|[EÉée]lue?s?|[Pp]romue?s?|[Dd]evenue?s?|"
    r"[Rr]econnue?s?|[Pp]artie?s?)\s"
)
_MUST = re.compile(r"\bdoi(?:t|vent)\b")
_RELATIVE_AFTER = re.compile(r",\s*(?:qui|dont|où|lequel|laquelle)\s")
_RELATIVE_OPEN = re.compile(r",\s*(?:qui|dont|où|lequel|laquelle|lesquel(?:le)?s)\b", re.I)


def in_detached_clause(text: str, e: TimeExpr, s_start: int, s_end: int) -> bool:
    """Whether `e` sits in a clause that opens on a past participle and that a comma closes
    before `s_end` ("Classé en 1986, le bâtiment...", "la halle, classée en 1986, ...")."""
    comma = text.rfind(",", s_start, e.start)
    opener = comma if comma >= 0 else s_start
    return bool(
        _DETACHED_PARTICIPLE.match(text, opener, e.start)
        and _CLAUSE_COMMA.search(text, e.end, s_end)
    )


def in_closed_aside(
    text: str, exprs: list[TimeExpr], e: TimeExpr, start: int, s_start: int, figures: list[int]
) -> bool:
    """Whether the expression `e`, before a figure at `start`, belongs to an aside closed before
    that figure, so its year is not that figure's: a clause opening on a past participle and
    closed by a comma ("Nommé en 2015 à la tête de l'usine, il a porté..."); a relative clause
    between commas telling an
    event before a main clause that looks ahead or speaks of now (", dont la construction a
    débuté en 2021, emploiera 150 personnes"); or, holding a figure of its own, a digression
    between dashes ("– 4 000 sociétés en 2000 – la production a crû de
    16 %"), or a later year of a bracket comparing years ("(26 % en 2021, 29 % en 2020), puis
    la Belgique (15 %)": the bracket's first year still frames the list)."""
    gap = text[e.end : start]
    comma = text.rfind(",", s_start, e.start)
    closing = _CLAUSE_COMMA.search(gap)
    if closing and in_detached_clause(text, e, s_start, start):
        return True  # "Nommé en 2015 à la tête de l'usine, il a porté les ventes à 12 M€"
    if closing and comma >= 0 and _RELATIVE_OPEN.match(text, comma, e.start):
        main = text[e.end + closing.end() : start + 80].lower()
        return sentence_frame(main, 0, len(main)) in ("future", "now")
    close = gap.find(")")
    bracket = close >= 0 and "(" not in gap[:close]
    if bracket:
        opener = text.rfind("(", s_start, e.start)
        if opener < 0:
            return False
        k = bisect.bisect_right(exprs, opener, key=lambda x: x.start)
        if exprs[k] is e:
            return False  # the bracket's first year
    else:
        dash = _ASIDE_DASH.search(gap)
        if dash is None or len(_ASIDE_DASH.findall(text, s_start, e.start)) % 2 == 0:
            return False
        close = dash.start()
        opener = max(m.start() for m in _ASIDE_DASH.finditer(text, s_start, e.start))
    k = bisect.bisect_right(figures, opener)
    return k < len(figures) and figures[k] < e.end + close


_CLAUSE_EDGE = re.compile(r"[;:(]|(?<!\d),|,(?!\d)")


def forecast_after_past(text: str, e: TimeExpr, start: int, end: int, s_start: int) -> bool:
    """Whether `e` is a forecast year written after a figure whose own clause tells a finished
    past ("un repli de 6,8 %, les prévisions 2010 sont meilleures"): not the figure's year."""
    if not e.ahead or e.start < end:
        return False
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(text, max(s_start, start - 200), start)]
    lo = edges[-1] if edges else max(s_start, start - 200)
    after = _CLAUSE_EDGE.search(text, end, e.start)
    clause = text[lo : after.start() if after else e.start].lower()
    return sentence_frame(clause, 0, len(clause)) == "past"


def _later_event(text: str, e: TimeExpr, end: int) -> bool:
    """Whether `e`, after a figure ending at `end`, dates a planned event told in a relative
    clause opened after the figure (", qui doit ouvrir ses portes en 2025")."""
    rel = _RELATIVE_AFTER.search(text, end, e.start)
    if rel is None:
        return False
    clause = text[rel.end() : e.start].lower()
    return (
        e.ahead or bool(_MUST.search(clause)) or sentence_frame(clause, 0, len(clause)) == "future"
    )


# A present-tense verb of a clause (3rd person): "emploie", "recrute", "compte", "vend"...
_VERB_NOW = re.compile(
    r"^\s*(?:[a-zéèêûôîç]+(?:e|ent|it|ient|ond|end|ient)|est|sont|a|ont|fait|font)\b"
)
_CLAUSE_JOIN = re.compile(r"\s(?:et|mais)\s")


def _tense_switch(text: str, e: TimeExpr, start: int) -> bool:
    """Whether a year before a figure dates a finished past told in an earlier clause, joined
    by "et"/"mais" to the figure's own clause in the present ("a réalisé 12 M€ en 2023 et
    emploie 80 salariés")."""
    if start - e.end > 200:
        return False
    joins = list(_CLAUSE_JOIN.finditer(text, e.end, start))
    if not joins:
        return False
    own = text[joins[-1].end() : start].lower()
    if sentence_frame(own, 0, len(own)) != "present" or not _VERB_NOW.search(own):
        return False
    k = text.rfind(",", max(0, e.start - 200), e.start)
    earlier = text[max(k + 1, e.start - 200) : joins[-1].start()].lower()
    return sentence_frame(earlier, 0, len(earlier)) == "past"


def _in_relative_clause(text: str, s_start: int, start: int, end: int, later: int) -> bool:
    """Whether the figure at start..end sits in a relative clause (", qui ...") that closes
    with a comma before `later`."""
    opens = list(_RELATIVE_OPEN.finditer(text, max(s_start, start - 80), start))
    if not opens or "," in text[opens[-1].end() : start]:
        return False
    return "," in text[end:later]


def sentence_period(
    text: str,
    markers: list[int],
    exprs: list[TimeExpr],
    figure_starts: list[int],
    span: tuple[int, int],
    sentence: tuple[int, int],
) -> tuple[str | None, bool]:
    """(period, decided) for a figure at `span` in `sentence`. An expression after the figure
    counts only when no other figure stands between them ("4 % après un recul de 6 % en 2016":
    2016 belongs to the 6 %). decided=False: the sentence says nothing, a block period may
    apply."""
    (start, end), (s_start, s_end) = span, sentence
    best: TimeExpr | None = None
    best_d = 10**9
    lo = bisect.bisect_left(exprs, s_start - 40, key=lambda e: e.start)
    # a fronted year before the figure outranks "par rapport à 2019" -> 2020
    framed = any(
        e.governs
        and (e.stated or e.relative)
        and not e.compared
        and e.base < 0
        and s_start <= e.start
        and e.end <= start
        for e in exprs_in(exprs, s_start, start)
    )
    for e in exprs[lo:]:
        if e.start >= s_end:
            break
        if e.end <= s_start or (e.start < end and e.end > start):
            continue
        if e.base >= 0 and not (e.base <= start and end <= e.start):
            continue  # "contre 16,9 en 2022": 2022 dates the elliptical figure only
        if e.start >= end and _later_event(text, e, end):
            continue  # "8 M€ pour un atelier, qui doit ouvrir en 2025": the atelier's date
        if e.compared and framed:
            continue
        if e.end <= start and not e.governs and _tense_switch(text, e, start):
            continue  # "a réalisé 410 M€ en 2023 et recrute 200 opticiens": a clause of now
        if e.end <= start and in_closed_aside(text, exprs, e, start, s_start, figure_starts):
            continue
        if forecast_after_past(text, e, start, end, s_start):
            continue
        if e.start >= end and _in_relative_clause(text, s_start, start, end, e.start):
            continue  # "le fabricant, qui emploie 92 salariés, a perdu en 2022 (...)"
        if e.start >= end:
            k = bisect.bisect_left(figure_starts, end)
            other = figure_starts[k] if k < len(figure_starts) else e.start
            if other < e.start and not _COORDINATED.fullmatch(text, end, other):
                continue
        d = start - e.end if e.end <= start else e.start - end + 1
        if end <= e.start <= end + 40 and _RIGHT_AFTER.fullmatch(text, end, e.start):
            d = 0  # "12 M€ en 2019": a year written right after the figure is its own
        if d < best_d:
            best, best_d = e, d
    if best is not None:
        return best.period or None, True
    i = bisect.bisect_left(markers, s_start)
    if i < len(markers) and markers[i] < s_end:
        return None, True
    return None, False


def change_pairs(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Indexes i where spans i and i+1 read "passe de X à Y" (X is the earlier state)."""
    out = []
    for i in range(len(spans) - 1):
        (a0, a1), (b0, _) = spans[i], spans[i + 1]
        if b0 - a1 > 6 or not _A_JOIN.fullmatch(text, a1, b0):
            continue
        head = text[max(0, a0 - 80) : a0]
        if re.search(r"\bde\s*$", head) and re.search(r"\b(?:pass|évolu)\w*", head, re.I):
            out.append(i)
    return out


def exprs_in(exprs: list[TimeExpr], lo: int, hi: int) -> list[TimeExpr]:
    """The expressions (sorted by start) that start in [lo, hi)."""
    a = bisect.bisect_left(exprs, lo, key=lambda e: e.start)
    b = bisect.bisect_left(exprs, hi, key=lambda e: e.start)
    return exprs[a:b]


def full_date(exprs: list[TimeExpr], s_start: int, s_end: int) -> str | None:
    """The explicit full date (day, month, year written) in a sentence, if any."""
    for e in exprs_in(exprs, s_start, s_end):
        if e.explicit_date:
            return e.period
    return None


# What a sentence says about its own time, to decide whether a year stated just before still
# frames it. Present-time words bring the text back to now; a future or conditional verb looks
# ahead; a compound past (avoir + participle, a pronominal "s'est"), an imperfect or a simple
# past tells a finished period. Found on the lower-cased sentence only.
_NOW = re.compile(
    r"\b(?:aujourd['’ʼ]\s?hui|actuellement|désormais|dorénavant|à\s+présent|maintenant|"
    r"en\s+ce\s+moment|à\s+ce\s+jour|cette\s+(?:année|semaine)|ce\s+mois|"
    r"(?:la|cette)\s+semaine\s+dernière|le\s+mois\s+dernier|récemment|dernièrement|"
    r"il\s+y\s+a\s+(?:[a-z]+\s+){0,3}(?:ans?|mois|semaines?|jours?)|"
    r"(?:a|ont)\s+depuis|depuis\s+(?:lors|cette\s+date|ce\s+moment)|depuis(?=\s*,))\b"
)
# A news report of the day in the compound past ("le groupe a annoncé 40 suppressions"): an
# event at publication, which a year stated for an earlier sentence does not date.
_REPORTED = re.compile(
    r"\b(?:a|ont)\s+(?:[a-z]+ment\s+|aussi\s+|également\s+|déjà\s+)?(?:annoncé|présenté|"
    r"dévoilé|inauguré|indiqué|précisé|confirmé|signé|déclaré|expliqué|souligné|affirmé|"
    r"révélé|communiqué|officialisé)\b"
)
# Every word _NOW finds holds one of these (a cheap test before the regex).
_NOW_KEYS = (
    "aujourd",
    "actuel",
    "désormais",
    "dorénavant",
    "présent",
    "maintenant",
    "moment",
    "ce jour",
    "cette",
    "ce mois",
    "derni",
    "récemment",
    "il y a",
    "depuis",
)
# A forecast: a future verb, "devrait"/"pourrait", a verb of planning or a target word.
_FUTURE = re.compile(
    r"\b(?:[a-zéèêûôîç]+er(?:a|ai|ont)|(?:s|au|f|pour|dev|voud|faud|sau|viend|tiend|ver|vaud)"
    r"r(?:a|ai|ont)|(?:dev|pour)r(?:ait|aient)|ira|iront|va|vont|prévoi(?:t|ent)|envisagen?t?|"
    r"projett?e(?:nt)?|ambitionnen?t?|visen?t?|espèren?t?|tablen?t?\s+sur|objectifs?|à\s+terme|"
    r"prochainement|d['’ʼ]ici)\b"
)
# A conditional of hearsay or hypothesis ("l'investissement serait de 40 millions").
_CONDITIONAL = re.compile(
    r"\b(?:[a-zéèêûôîç]+er(?:ait|aient)|(?:s|au|f|voud|faud|sau|viend|tiend|ver|vaud)"
    r"r(?:ait|aient))\b"
)
_PAST = re.compile(
    r"\b(?:(?:a|ont|avait|avaient|eut|eurent|s['’ʼ]est|se\s+sont|s['’ʼ]était|s['’ʼ]étaient)"
    r"\s+(?:[a-zé]+ment\s+|déjà\s+|encore\s+|pas\s+|été\s+)?[a-zéèêûôîç]+(?:é|ée|és|ées|i|is|u|"
    r"us|it|ert|int|ait)|(?:est|sont|était|étaient)\s+(?:passée?s?|tombée?s?|restée?s?|"
    r"devenue?s?|revenue?s?|arrivée?s?|montée?s?|descendue?s?|retombée?s?)|"
    r"[a-zéèêûôîç]{2,}(?:ait|aient|èrent))\b"
)


def reports_the_day(low: str) -> bool:
    """Whether the lower-cased sentence reports an event of the day in the compound past."""
    return "é" in low and bool(_REPORTED.search(low))


def sentence_frame(low: str, start: int, end: int) -> str:
    """How the sentence low[start:end] (lower-cased text) places itself in time: "now" (a
    present-time word), "future" (a forecast or plan), "mixed" (a forecast beside a finished
    past: "deux sites ont été identifiés, ce qui constituera..."), "conditional" (hearsay or
    hypothesis),
    "past" (a finished-period verb) or "present" (none of these)."""
    part = low[start:end]
    if any(k in part for k in _NOW_KEYS) and _NOW.search(part):
        return "now"
    if _FUTURE.search(part):
        return "mixed" if _PAST.search(part) else "future"
    if "rai" in part and _CONDITIONAL.search(part):
        return "conditional"
    if _PAST.search(part):
        return "past"
    return "present"
