"""Values of French numerals: digits with French separators, number words, approximation
nouns, fractions and scale words.

Input: the written form of one number. Output: its value as a float (None when the words do
not make one number). text2num reads number words; it only ever sees the word run itself,
never a whole text (its `alpha2digit` rewrites "423 millions" as "423 1000000").
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import find_numbers

from etl.news.lexicon import SMALL_NUMBERS


def parse_digits(text: str) -> float:
    """Read "2.000", "3 870", "100'000", "1 178", "9,4", "1.86" as a float."""
    s = re.sub(r"[ \u00a0\u202f'’]", "", text)
    if "," in s:
        whole, frac = s.split(",", 1)
        return float(whole.replace(".", "") + "." + frac)
    if "." in s:
        parts = s.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            return float("".join(parts))
        return float(s)
    return float(s)


class _Tok:
    __slots__ = ("t",)

    def __init__(self, t: str) -> None:
        self.t = t

    def text(self) -> str:
        return self.t

    def not_a_number_part(self) -> bool:
        return False

    def nt_separated(self, previous: object) -> bool:
        return False


@lru_cache(maxsize=4096)
def words_value(words: str) -> float | None:
    """Value of a run of French number words ("deux mille trois cents"), via text2num."""
    tokens = [_Tok(w) for w in re.split(r"[\s]+", words.replace("-", " ").lower()) if w]
    found = find_numbers(tokens, "fr", threshold=0)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(tokens):
        return None
    return float(found[0].value)


# "un visiteur sur trois", "une paire de lunettes sur deux", "2 projets sur 3": a proportion.
# Found from "sur" (rare enough for the scan to jump), then read backwards.
_SUR = re.compile(r"\bsur\s+(?P<b>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,3})\b")
_PART = re.compile(
    r"\b(?P<a>une?|deux|trois|quatre|cinq|six|sept|huit|neuf|\d{1,2})\s+"
    r"(?P<mid>(?:[^\W\d][\w’'-]*\s+){0,4}?)$",
    re.IGNORECASE,
)
_NOT_A_WHOLE = re.compile(r"\s*(?:%|\d|ans\b|mois\b)")
_NOT_A_PART = re.compile(
    r"\b(?:les?|la|l['’]|des|jours?|semaines?|mois|ans?|années?|week-ends?|fois|heures?|"
    r"points?|notes?)\b",
    re.IGNORECASE,
)


def proportions(text: str) -> list[tuple[int, int, float]]:
    """(start, end, percent) of proportions written "A <noun> sur B" with A < B (frequencies
    such as "un week-end sur deux" and wholes such as "sur les 30" left out)."""
    out: list[tuple[int, int, float]] = []
    for m in _SUR.finditer(text):
        b_raw = m.group("b").lower()
        b = SMALL_NUMBERS.get(b_raw) or (int(b_raw) if b_raw.isdigit() else 0)
        if b < 2 or (m.end() < len(text) and _NOT_A_WHOLE.match(text, m.end(), m.end() + 8)):
            continue
        if b > 10 and b_raw.isdigit():
            continue  # "17 cellules vides sur 136 locaux": two counts, not a ratio
        part = _PART.search(text, max(0, m.start() - 60), m.start())
        if not part or _NOT_A_PART.search(part.group("mid")):
            continue
        a_raw = part.group("a").lower()
        a = SMALL_NUMBERS.get(a_raw) or (int(a_raw) if a_raw.isdigit() else 0)
        if 0 < a < b:
            out.append((part.start(), m.end(), round(100 * a / b, 1)))
    return out
