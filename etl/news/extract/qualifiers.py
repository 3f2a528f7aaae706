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
SIGN_RE = re.compile(r"(?P<sign>[+\-–−]|\bmoins)\s?$", re.IGNORECASE)


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
            return Left(new_start - (len(head) - m.start()), None, True, negative, currency)
    m = QUALIFIER_RE.search(head)
    if m:
        q = m.group("q").lower().replace("’", "'").replace("ʼ", "'").replace("‘", "'")
        return Left(new_start - (len(head) - m.start()), QUALIFIERS.get(q, q), currency=currency)
    return Left(new_start, currency=currency) if currency else None
