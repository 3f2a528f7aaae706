"""Numbers that are not figures: dates, years, times, durations, ages, phone numbers, addresses,
département numbers, ordinals, product names, page counters, purity marks, widget readings.

Input: the text and a `NumberToken`; output: the reason to drop it, or None. `blocked_spans`
precomputes the stretches where no figure may start (phone numbers, numeric dates and times,
blocks of short widget lines such as a weather box).
"""

from __future__ import annotations

import bisect
import difflib
import re
from functools import lru_cache

from etl.news.extract.nouns import Noun, counted_noun
from etl.news.extract.number_tokens import NumberToken
from etl.news.lexicon import FUNCTION_WORDS, MONTHS, NUMBER_LABELS, YEAR_LEAD_WORDS

_MONTH_ALT = "|".join(MONTHS) + r"|janv|févr?|fevrier|aout|sept|oct|nov|déc|dec"
_AFTER_DATE = re.compile(
    rf"\s?(?:er|re)?(?:\s+(?:et|au|à|-|–)\s+(?:le\s+)?[0-3]?\d(?:er)?)?\s+(?:{_MONTH_ALT})\b",
    re.IGNORECASE,
)
_OF_THE_MONTH = re.compile(r"\s+(?:du\s+mois|de\s+ce\s+mois)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+(?:er\s+)?([a-zéèêûôîç]{4,10})\b")
_ORDINAL = re.compile(r"(?:e|è|ème|eme|er|ère|re|nd|nde|ième|°)(?!\w)", re.IGNORECASE)
_DURATION = re.compile(
    r"\s*(?:d['’ʼ]\s?|de\s+)?(?:(?:derni[eè]re?s|premi[eè]re?s|prochaine?s|bonnes?|longues?|"
    r"petites?|courtes?|autres)\s+)?(?:ans?|années?|mois|semaines?|jours?|heures?|h|"
    r"minutes?|min|secondes?|siècles?|décennies?|exercices?|trimestres?|semestres?|saisons?|"
    r"bougies|éditions?|épisodes?|fois|nuits?|km|kilomètres?|mètres?|m|m2|m²|m3|cm|mm|ha|"
    r"hectares?|mw|gw|kw|kwh|mwh|gwh|hpa|°c|°|degrés|places?|ares?|étoiles?|sur\s+\d+|"
    r"carats?|‰|voix|points?(?!\s+de\s+(?:vente|service))|buts?|commentaires?|réactions?|partages?|vues|"
    r"likes?|photos?|vidéos?|min\s+de\s+lecture|[-–]\d+\s*(?:ans|h|heures))(?![\w²])",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r",?\s*(?:bis\s+|ter\s+)?(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|route|"
    r"quai|cours|square|faubourg|grande[- ]rue)\b",
    re.IGNORECASE,
)


# After a model number: a verb or a conjunction, not a counted noun ("la Clio 4 est").
_NAME_END = re.compile(r"\s*(?:et|ou|est|sont|a|ont|sera|seront|reste|restent)\b")
_MODEL_PAIR = re.compile(r"[A-Z][\w-]+\s+\d{2,4}\s+(?:et|ou)\s+$")
_LOWER = re.compile(r"\s*[a-zéèêàç]")
_BLOCKED = re.compile(
    r"(?=[\d+])(?<![\d,])(?:(?:\+33\s?|0)\d(?:[ .\-]?\d{2}){4}"  # phone numbers
    r"|\+\d{2,3}(?:[ .\-]?\d{2,3}){3,5}"  # "+41 32 555 18 40"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}/\d{1,2}|\d{4}-\d{2}-\d{2}"  # numeric dates
    r"|\d{1,2}\s?[h:]\s?\d{2}|\d{1,2}h(?!\w))(?!\d)",  # times
    re.IGNORECASE,
)


# Hallmarks of precious metals: the number after the metal is its fineness in thousandths.
_METALS = frozenset(("or", "argent", "platine", "palladium", "vermeil"))
_HALLMARK = re.compile(r"\bpoinçons?\b|\btitre\s+(?:de\s+l['’ʼ]\s?or|légal)", re.IGNORECASE)
_FINENESS = frozenset(("375", "585", "750", "800", "833", "875", "900", "916", "925", "950", "999"))


@lru_cache(maxsize=2048)
def close_month(word: str) -> str | None:
    """The month a (possibly misspelt) word stands for: "janveir" -> "janvier"."""
    w = word.lower()
    if w in MONTHS:
        return w
    if len(w) < 4:
        return None
    found = difflib.get_close_matches(w, MONTHS, n=1, cutoff=0.8)
    return found[0] if found else None


def _widget_spans(text: str) -> list[tuple[int, int]]:
    """Runs of at least four consecutive short lines (weather boxes, counters, menus)."""
    spans: list[tuple[int, int]] = []
    run_start, run_len, pos, last_end = -1, 0, 0, 0
    for line in text.split("\n"):
        end = pos + len(line)
        if 0 < len(line.strip()) <= 24 and not line.rstrip().endswith((".", ":", ";")):
            if run_len == 0:
                run_start = pos
            run_len += 1
            last_end = end
        elif line.strip():
            if run_len >= 4:
                spans.append((run_start, last_end))
            run_len = 0
        pos = end + 1
    if run_len >= 4:
        spans.append((run_start, last_end))
    return spans


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, possibly overlapping stretches in which no figure may be taken."""
    spans = [m.span() for m in _BLOCKED.finditer(text)]
    spans.extend(_widget_spans(text))
    spans.sort()
    return spans


def in_blocked(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of `spans` (`starts` = their start offsets, sorted)."""
    i = bisect.bisect_right(starts, b) - 1
    while i >= 0:
        s, e = spans[i]
        if e > a and s < b:
            return True
        if s < a - 400:
            break
        i -= 1
    return False


def _is_bare(tok: NumberToken) -> bool:
    return not (tok.percent or tok.currency or tok.raw_scale or tok.physical)


def _sentence_start_before(text: str, pos: int) -> bool:
    head = text[max(0, pos - 3) : pos]
    return pos == 0 or bool(re.search(r"(?:[.!?:;»\"]\s+|\n\s*|^\s*)$", head))


def exclusion_reason(text: str, tok: NumberToken) -> str | None:
    """Why `tok` is not an economic figure, or None when it may be one."""
    core = text[tok.core_start : tok.core_end]
    after = text[tok.end : tok.end + 40]
    before = text[max(0, tok.core_start - 40) : tok.core_start]
    bare = _is_bare(tok)
    if tok.kind == "digits":
        if tok.end < len(text) and (text[tok.end].isalnum() or text[tok.end] == "°"):
            return "ordinal" if _ORDINAL.match(text, tok.end) else "glued to letters"
        if before.endswith("-") and len(before) > 1 and before[-2].isalpha():
            return "name with digits"
        if bare and core[0] == "0" and len(core) > 1 and "," not in core:
            return "leading zero"
        if bare and re.fullmatch(r"\d+\.\d{1,2}", core):
            return "decimal point reading"
    if (
        bare
        and tok.value <= 31
        and (_AFTER_DATE.match(text, tok.end) or _OF_THE_MONTH.match(text, tok.end))
    ):
        return "date"  # not "l'atelier en comptait 96 au 31 décembre"
    if bare:
        m = _NEXT_WORD.match(text, tok.end)
        if m and m.group(1) not in FUNCTION_WORDS and close_month(m.group(1)) and tok.value <= 31:
            return "date (misspelt month)"
    measured = not tok.percent or tok.kind == "fraction"  # "trois quarts d'heure"
    if _DURATION.match(text, tok.end) and not tok.currency and measured:
        return "duration, age, time or measure"
    if bare and _ADDRESS.match(after):
        return "address"
    stripped = before.rstrip(' «»"(\u00a0')
    words = stripped.rsplit(None, 1) if len(before) - len(stripped) <= 2 else []
    prev_raw = words[-1].strip(',;:«»"(') if words else ""
    prev = prev_raw.lower()
    if bare and prev in NUMBER_LABELS:
        return "page, rank, decade or code"
    if bare and prev in _METALS and core in _FINENESS:
        return "purity mark"  # "des boîtiers en or 750", "argent 925"
    if bare and core in _FINENESS and _HALLMARK.search(text, max(0, tok.start - 120), tok.start):
        return "purity mark"  # "le poinçon 750 reste roi, (...) vers le 375"
    if bare and tok.kind == "digits" and tok.value_max is None and "," not in core:
        yearish = 1500 <= tok.value <= 2100 and len(core) == 4
        if yearish and prev in YEAR_LEAD_WORDS:
            return "year"  # "la reprise en 2012 des ateliers": a year, whatever follows
        part = prev == "dont" or tok.qualifier in ("près de", "environ", "presque")
        if yearish and not part and not isinstance(counted_noun(text, tok.end), Noun):
            return "year"  # but "3 000 salariés dont 1800 en France" is a part of a count
        if len(core) == 5 and core.isdigit() and re.match(r"\s+[A-Z]", after):
            return "postcode"
        if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after) and len(core) <= 3:
            return "département number"
        acronym = len(prev_raw) >= 2 and prev_raw.isalpha() and prev_raw.isupper()
        if acronym and not isinstance(counted_noun(text, tok.end), Noun):
            return "name with digits"  # CAC 40, SBF 120, RN 57: an acronym's number
        # A name glued to its number ("Visio 2000"), not one closing a clause ("Verano, 95").
        glued = bool(words) and words[-1][-1:] not in ",;:"
        named = glued and prev_raw[:1].isupper() and prev not in FUNCTION_WORDS
        prev_at = tok.core_start - len(before) + before.rfind(prev_raw) if named else 0
        plain_after = not _LOWER.match(after) or _NAME_END.match(after)
        model = named and plain_after and not _sentence_start_before(text, prev_at)
        if model and not isinstance(counted_noun(text, tok.end), Noun):
            return "product or model name"
        if _MODEL_PAIR.search(before) and not isinstance(counted_noun(text, tok.end), Noun):
            return "product or model name"  # "les Renault 4 et 5"
        line_start = text.rfind("\n", 0, tok.start) + 1
        line_end = text.find("\n", tok.end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if line.strip() == core:
            return "counter alone on a line"
    years = tok.value_max is not None and 1500 <= tok.value <= tok.value_max <= 2100
    if years and bare and not isinstance(counted_noun(text, tok.end), Noun):
        return "year range"
    return None
