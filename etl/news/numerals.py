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
}
FRACTIONS = {"quart": 25.0, "quarts": 25.0, "tiers": 100 / 3}
SCALES = {"milliard": 1e9, "million": 1e6, "mille": 1e3, "md": 1e9, "mds": 1e9, "mrd": 1e9}
SCALES.update({"mrds": 1e9, "me": 1e6, "m": 1e6, "k": 1e3})


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
