"""Two numbers that form one quantity: ranges ("200 à 250", "entre 25 et 100 000 €",
"30% à 50%"), as opposed to changes between two states ("passée de 43 à 47"), where the bare
first state takes the unit written on the second ("passé de 20 à 25 %").

Input: the text and two adjacent `NumberToken`s. Output: the merged ranged token, or None.
"""

from __future__ import annotations

import re

from etl.news.extract.tokens import NumberToken
from etl.news.lexicon import MONTHS

RANGE_JOIN_RE = re.compile(r"\s?(?:à|-|–|et|au|ou)\s")
CHANGE_RE = re.compile(
    r"(?i:\b(?:pass|évolu|augment|grimp|chut|tomb|baiss|recul|progress|ramen|fondu|bondi|"
    r"amélior|diminu|crû|cr[ûu]e?s?\b|mont)\w*\s+(?:\S+\s+){0,3}?d(?:e\s+|['’ʼ]))$"
)
ENTRE_RE = re.compile(r"(?i:\bentre\s+)$")
# A day before a month name is a date: "2 M€ au 31 décembre" is no range.
_MONTH_AFTER = re.compile(r"\s*(?:(?:1er|er)\s+)?(?i:" + "|".join(MONTHS) + r")\b")


def _share_unit(a: NumberToken, b: NumberToken) -> None:
    """Give the bare first state of a change the scale and unit written on the second."""
    a.percent, a.currency, a.physical = b.percent, b.currency, b.physical
    if b.raw_scale and a.kind == "digits":
        a.value *= b.scale
        a.scale, a.raw_scale = b.scale, True


def merge_range(text: str, a: NumberToken, b: NumberToken) -> NumberToken | None:
    """Join "200 à 250", "entre 25 et 100 000 €", "30% à 50%" into one ranged token."""
    if a.kind not in ("digits", "words") or b.kind not in ("digits", "words") or a.qualifier:
        return None
    yearish = a.kind == "digits" and not a.raw_scale and 1500 <= a.value <= 2100
    if yearish and (b.raw_scale or b.value * 10 < a.value):
        return None  # "de 12 millions en 2015 à 14 en 2016": a year, then the next state
    join = text[a.end : b.start]
    if CHANGE_RE.search(text, max(0, a.start - 60), a.start):
        if join.strip() == "à" and not (a.percent or a.currency or a.raw_scale or a.physical):
            _share_unit(a, b)  # "passé de 20 à 25 %": the earlier state is a percentage too
        return None
    if b.kind == "digits" and b.value <= 31 and _MONTH_AFTER.match(text, b.end):
        return None  # "1,1 million d'euros au 31 décembre": a stock's reference date
    entre = ENTRE_RE.search(text, max(0, a.start - 8), a.start)
    if not RANGE_JOIN_RE.fullmatch(join) or (join.strip() == "et") != bool(entre):
        return None
    lo, hi = a.value, b.value
    if not a.raw_scale and b.raw_scale:
        lo *= b.scale
    elif not a.raw_scale and a.kind == "digits" and hi >= 1000 and lo * 1000 <= hi:
        lo *= 1000
    elif a.kind == b.kind == "words" and lo < 10 <= hi:  # "deux à trois cents": 200 to 300
        last = text[b.core_start : b.core_end].lower().rsplit(None, 1)[-1].rstrip("s")
        lo *= {"cent": 100, "mille": 1000}.get(last, 1)
    if a.percent != b.percent and a.percent:
        return None
    lo, hi = min(lo, hi), max(lo, hi)
    out = NumberToken(a.start, b.end, lo, a.kind, value_max=hi, approximate=True)
    out.scale, out.raw_scale = b.scale, a.raw_scale or b.raw_scale
    out.currency, out.percent = b.currency or a.currency, b.percent or a.percent
    out.physical, out.core_start, out.core_end = b.physical, a.core_start, b.core_end
    if entre:
        out.start = entre.start()
    return out
