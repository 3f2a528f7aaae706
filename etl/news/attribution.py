"""Who and where a figure is about, and who is quoted for it: entity, geo and cited source.

Input: the text and sentence bounds. Output: short strings (or None). Places come from a
pluggable finder (`PlaceFinder`): the default reads capitalised names after place prepositions
("à Besançon", "en Bourgogne-Franche-Comté", "(Doubs)"); the news ingest can plug in a
gazetteer-backed finder with `set_place_finder`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from etl.news.exclusions import MONTHS

PlaceFinder = Callable[[str, int, int], list[tuple[int, str]]]

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’ʼ-]*"
_NAME = rf"{_CAP}(?:(?:\s|-|\s(?:de|du|des|en|sur|sous|le|la|les|et|lès|d['’])\s?|d['’]){_CAP})*"
_PLACE = re.compile(
    rf"(?:\bà|\bÀ|\ben|\bEn|\bdans\s+(?:le|la|les|l['’])\s?|\bau|\bde\s+la\s+région|"
    rf"\bdu\s+Grand|\bsur\s+le\s+territoire\s+de)\s+(?P<name>{_NAME})|\((?P<paren>{_NAME})\)"
)
_NOT_PLACE = {m.capitalize() for m in MONTHS} | {
    "Le",
    "La",
    "Les",
    "Un",
    "Une",
    "Ce",
    "Cette",
    "Il",
    "Elle",
    "Selon",
    "CA",
    "Euros",
    "Mds",
    "MD",
    "ME",
}
_SOURCE = re.compile(
    r"\b(?:[Ss]elon|d['’ʼ]après|[Ss]ource\s?:)\s+(?P<src>[^,;.!?\n()]{2,80})", re.UNICODE
)
_PROPER = re.compile(rf"{_CAP}(?:\s(?:de\s|du\s|des\s|d['’])?{_CAP})*")
_ENTITY_LEAD = re.compile(
    r"\b(?i:le\s+groupe|la\s+société|l['’ʼ]entreprise|la\s+marque|le\s+fabricant|l['’ʼ]horloger|"
    r"la\s+maison|le\s+lunetier|le\s+sous-traitant|l['’ʼ]usine)\s+(?P<name>" + _NAME + ")"
)
_SECTOR = re.compile(
    r"\b(?:la\s+filière|le\s+secteur|l['’ʼ]industrie|le\s+marché|l['’ʼ]horlogerie)"
    r"(?:\s+[a-zéèêç-]+(?:ère|aise|ienne|ique|ale|elle|oise|ée|ive|ais|ois|ier))?",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def default_place_finder(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, name) of capitalised place names after place prepositions in text[lo:hi]."""
    out: list[tuple[int, str]] = []
    for m in _PLACE.finditer(text, lo, hi):
        key = "name" if m.group("name") else "paren"
        name = m.group(key).strip()
        first = name.split()[0].split("-")[0]
        if first in _NOT_PLACE or (name.isupper() and len(name) <= 3) or name[0].isdigit():
            continue
        out.append((m.start(key), name))
    return out


_place_finder: PlaceFinder = default_place_finder


def set_place_finder(finder: PlaceFinder | None) -> None:
    """Plug a gazetteer-backed place finder in (None restores the default heuristic)."""
    global _place_finder
    _place_finder = finder or default_place_finder


def current_place_finder() -> PlaceFinder:
    """The place finder in use (default heuristic or the plugged-in gazetteer finder)."""
    return _place_finder


def find_geo(
    text: str,
    pos: int,
    sentence: tuple[int, int],
    paragraph: tuple[int, int],
    finder: PlaceFinder | None = None,
) -> str | None:
    """The place nearest to `pos` in its sentence, else in its paragraph."""
    find = finder or _place_finder
    for lo, hi in (sentence, paragraph):
        found = find(text, lo, hi)
        if found:
            return min(found, key=lambda f: abs(f[0] - pos))[1]
    return None


@lru_cache(maxsize=512)
def find_source(text: str, sentence: tuple[int, int]) -> str | None:
    """The cited source of a sentence: "selon Francéclat" -> "Francéclat"."""
    m = _SOURCE.search(text, sentence[0], sentence[1])
    if not m:
        return None
    phrase = m.group("src")
    names = [n for n in _PROPER.findall(phrase) if n not in _NOT_PLACE]
    if names:
        return names[-1] if len(names) > 1 and names[0] in ("M", "Mme") else names[0]
    return phrase.strip()[:60] or None


def find_entity(
    text: str,
    pos: int,
    sentence: tuple[int, int],
    previous: tuple[int, int],
    places: PlaceFinder = default_place_finder,
) -> str | None:
    """What the figure is about: a named company/organisation, else a sector phrase."""
    for lo, hi in (sentence, previous):
        m = _ENTITY_LEAD.search(text, lo, hi)
        if m:
            return m.group("name")
        names = {name for _, name in places(text, lo, hi)}
        names.add(find_source(text, (lo, hi)) or "")
        sector = _SECTOR.search(text, lo, pos if lo <= pos < hi else hi)
        if sector:
            return sector.group(0)
        for pm in _PROPER.finditer(text, lo, hi):
            name = pm.group(0)
            if pm.start() == lo and " " not in name and not name.isupper():
                continue
            if name in names or name.split()[0] in _NOT_PLACE or len(name) < 2:
                continue
            return name
        m = _SECTOR.search(text, lo, hi)
        if m:
            return m.group(0)
    return None
