"""Counted nouns: which economic thing a number counts ("40 salariés", "14 magasins").

Input: the text and an offset. Output: a `Noun` (lemma, unit, default metric) read from a
lexicon of French economic nouns: the word right after a number (skipping de/des, adjectives
and one number, as in "16 des 40 salariés"), or the last such noun before it (ellipsis).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.news.lexicon import COUNTED_NOUNS, NOUN_SKIP

_NOUNISH = re.compile(r"[^\W\d_][\w-]{2,}")
_WORD = re.compile(r"[\s'’ʼ]*([\w-]+|[^\w\s])")


@dataclass(slots=True)
class Noun:
    """The counted noun after a number: its lemma and what it implies."""

    word: str
    unit: str
    metric: str
    start: int


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
    return w


def lemma_of(word: str) -> str:
    """The lexicon lemma of a word ("salariés" -> "salarié"), or the word lower-cased."""
    return _lemma(word)


def unit_of(lemma: str) -> str | None:
    """The unit a lexicon lemma counts, None for a word outside the lexicon."""
    hit = COUNTED_NOUNS.get(lemma)
    return hit[0] if hit else None


def counted_noun(text: str, pos: int, limit: int = 60) -> Noun | bool | None:
    """The lexicon noun right after `pos` (skipping de/des/adjectives/numbers), None if the next
    content word is unknown, False if nothing follows before punctuation."""
    end = min(len(text), pos + limit)
    numbers = 0
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
        if word[0].isdigit():
            numbers += 1
            if numbers > 1:
                return False
            continue
        if low in NOUN_SKIP:
            continue
        if low in ("point", "points") and re.match(r"\s+de\s+vente", text[pos : pos + 12]):
            return Noun("point de vente", "stores", "stores", m.start(1))
        if low == "sous" and re.match(r"\s+(?:l['’ʼ]\s?)?enseigne", text[pos : pos + 14]):
            return Noun("enseigne", "stores", "stores", m.start(1))  # "37 sous enseigne X"
        lemma = _lemma(word)
        if lemma in COUNTED_NOUNS:
            unit, metric = COUNTED_NOUNS[lemma]
            return Noun(lemma, unit, metric, m.start(1))
        if word.islower() and low.endswith(("s", "x")):
            after = _WORD.match(text, pos)  # "cinq belles boutiques": a plural adjective first
            nxt = _lemma(after.group(1)) if after else ""
            if nxt in COUNTED_NOUNS and after.group(1).endswith(("s", "x")):
                unit, metric = COUNTED_NOUNS[nxt]
                return Noun(nxt, unit, metric, after.start(1))
        return None
    return False


def noun_before(text: str, lo: int, pos: int) -> Noun | None:
    """The last lexicon noun of the counted kinds between `lo` and `pos` (ellipsis: "On en
    dénombre 363" after "établissements")."""
    found: Noun | None = None
    lo = max(lo, pos - 200)
    for m in _NOUNISH.finditer(text, lo, pos):
        lemma = _lemma(m.group(0))
        hit = COUNTED_NOUNS.get(lemma)
        if hit and hit[0] in ("persons", "companies", "stores", "sites", "units"):
            found = Noun(lemma, hit[0], hit[1], m.start())
    return found
