"""What stands just before a number: a qualifier ("plus de", "près d'une", "environ"), a sign
("+ 8%", "– 2,1 %", "moins 0,3 %") or a currency written first ("CHF 2,5 milliards").

Input: the text and the offset where a number starts. Output: a `Left` with the new start of
the span and what was read, or None. A cheap look at the last word comes first, so most
numbers cost one string split and no regex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.news.lexicon import QUALIFIERS

_Q_ALT = "|".join(sorted((k.replace("'", "['’ʼ‘´`]") for k in QUALIFIERS), key=len, reverse=True))
_Q_LAST = {k.split()[-1].rstrip("'") for k in QUALIFIERS} | {"d", "d’", "d'", "d‘", "dʼ", "moins"}
_SIGN_CHARS = "+-–−'’ʼ‘´`"
_CUR_BEFORE = re.compile(r"(?<!\w)(?:CHF|€|EUR|USD|\$)\s?$")
QUALIFIER_RE = re.compile(rf"(?i:(?P<q>{_Q_ALT})\s*)$")
SIGN_RE = re.compile(r"(?P<sign>[+\-–−]|(?<!au )(?<!du )\bmoins)\s?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Left:
    """Left context of a number: span start and what it adds."""

    start: int
    qualifier: str | None = None
    signed: bool = False
    negative: bool = False
    currency: str | None = None


def _currency(text: str, start: int) -> tuple[int, str | None]:
    cur = _CUR_BEFORE.search(text, max(0, start - 5), start)
    if not cur:
        return start, None
    return cur.start(), {"C": "CHF", "€": "EUR", "E": "EUR"}.get(cur.group(0)[0], "USD")


def read_left(text: str, start: int, money_or_percent: bool) -> Left | None:
    """Qualifier, sign or leading currency before the number at `start` (None if nothing).
    A sign counts only on money and percentages ("– Lip" is punctuation)."""
    new_start, currency = (start, None) if money_or_percent else _currency(text, start)
    head = text[max(0, new_start - 30) : new_start]
    tail = head.rstrip()
    last = tail.rsplit(None, 1)[-1].lower().replace("’", "'").replace("ʼ", "'") if tail else ""
    last = re.sub(r'^[«»"(\[]+', "", last)
    if not tail or (tail[-1] not in _SIGN_CHARS and last not in _Q_LAST):
        return Left(new_start, currency=currency) if currency else None
    m = SIGN_RE.search(head)
    if m and (money_or_percent or currency):
        glued = m.start() == 0 or not head[m.start() - 1].isalnum()
        if glued:
            negative = m.group("sign") != "+"
            start = new_start - (len(head) - m.start())
            q = QUALIFIER_RE.search(head, 0, m.start())  # "autour de -8 %"
            if q and m.group("sign") != "moins":
                name = _normal(q.group("q"))
                return Left(start - (m.start() - q.start()), name, True, negative, currency)
            return Left(start, None, True, negative, currency)
    m = QUALIFIER_RE.search(head)
    if m:
        return Left(new_start - (len(head) - m.start()), _normal(m.group("q")), currency=currency)
    return Left(new_start, currency=currency) if currency else None


def _normal(written: str) -> str:
    q = written.lower().replace("’", "'").replace("ʼ", "'").replace("‘", "'")
    return QUALIFIERS.get(q, q)


# A bound written after the number ("250 voire plus", "20 000 et plus") or a verb of
# approaching or passing before it ("dépassait en 2011 les 115 millions", "avoisine une
# production de 1 200"): the figure is approximate, its span unchanged.
_BOUND_AFTER = re.compile(
    r"(?:\s+[^\W\d][\w-]*){0,2}?\s*,?\s*(?:voire|ou|et)\s+(?:plus|davantage|au-delà)\b"
    r"(?!\s*(?:de\b|d['’ʼ]))"
)
# "environ" closing the figure ("1 200 personnes environ"), not opening the next one ("12 salariés
# et environ 30 intérimaires").
_ABOUT_AFTER = re.compile(
    r"(?:\s+(?!et\b|ou\b)[^\W\d][\w'’ʼ-]*){0,2}?\s+environ\b(?!\s*(?:\d|de\b|d['’ʼ]|[\w-]+aines?\b))"
)
_NEAR_VERB = re.compile(
    r"(?i:\b(?:dépass|avoisin|frôl|approch|excéd)\w*\s+(?!de\s|d['’ʼ])"
    r"(?:[^\W\d][\w'’ʼ]*\s+|(?:19|20)\d\d\s+){0,4}$)"
)


def approximate_around(text: str, start: int, end: int) -> bool:
    """Whether words around the number at [start, end) make it approximate. Plain searches for
    the key words come first, so most numbers cost no full pattern."""
    tail = text[end : end + 50]
    if ("plus" in tail or "davantage" in tail or "au-del" in tail) and _BOUND_AFTER.match(tail):
        return True
    if "environ" in tail and _ABOUT_AFTER.match(tail):
        return True  # "2 400 salariés environ"
    lo = max(0, start - 60)
    if not _NEAR_STEM.search(text, lo, start):
        return False
    return bool(_NEAR_VERB.search(text[lo:start]))


# Plain case-sensitive alternatives: five times faster than an IGNORECASE scan or classes.
_NEAR_STEM = re.compile(r"dépass|avoisin|frôl|approch|excéd|Dépass|Avoisin|Frôl|Approch|Excéd")
