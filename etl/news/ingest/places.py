"""Places named in a news text -> INSEE commune codes and department/region codes.

Input: French text and the gazetteer (`etl.geo.gazetteer`), optionally extra named zones
(code -> names, e.g. the reference zones "Haut-Doubs", "Franche-Comté"). Output: `PlaceHit`s.

Many French communes are named like common words or people ("Baud", "Hermé", "Suisse"), so a
name only counts when it is capitalised and the context says "place": a preposition before
it ("à", "de", "en", "dans le"...) or a department number after it "(25)". Region and
department names with two parts ("Bourgogne Franche-Comté", "Côte-d'Or") need no context.
A capitalised word directly followed or preceded by another capitalised word (not an
acronym) is part of a person or organisation name ("Joël Baud", "France Horlogerie") and is
skipped. When several communes share a name, the one in the text's region wins: the region
of the unambiguous places found, else `default_region`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from etl.geo.gazetteer import Gazetteer, Place, name_key
from etl.news.lexicon import AREA_CONTEXT, MONTHS, PLACE_CONTEXT, WEEKDAYS

_CAP = r"[A-ZÀ-ÖØ-Ý][\w'’ʼ]*(?:[-–][\w'’ʼ]+)*"
_CONNECTOR = r"(?:de|du|des|la|le|les|en|sur|sous|lès|aux|d['’ʼ]|l['’ʼ])"
_SEQUENCE = re.compile(rf"{_CAP}(?:(?:\s+{_CONNECTOR})*\s+{_CAP})*")
_TOKEN = re.compile(_CAP)
_PREVIOUS = re.compile(r"([\w'’ʼ]+)[\s'’ʼ]*$")
_DEPT_AFTER = re.compile(r"^\s*\((?:\d{2}|2[AB]|97\d)\)")

NOT_PLACES = frozenset(name_key(w) for w in [*MONTHS, *WEEKDAYS])
DEFAULT_REGION = "FR-BFC"
MAX_WORDS = 5  # capitalised words in a place name ("Saint-Rémy-en-Bouzemont..." is one word)
_key = lru_cache(maxsize=1 << 16)(name_key)
_LOOKUPS: dict[tuple[int, str], list[Place]] = {}


def _lookup(gazetteer: Gazetteer, name: str) -> list[Place]:
    """`gazetteer.candidates`, memoised: the same names come back in every item."""
    k = (id(gazetteer), _key(name))
    if k not in _LOOKUPS:
        _LOOKUPS[k] = gazetteer.candidates(name)
    return _LOOKUPS[k]


@lru_cache(maxsize=16)
def _zone_keys(zones: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return {name_key(name): code for name, code in zones}


@dataclass(frozen=True)
class PlaceHit:
    """A place named at text[start:end]: its code and level, commune/department/region."""

    name: str
    start: int
    end: int
    code: str
    level: str
    department: str | None
    region: str | None


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _context_word(text: str, start: int) -> str:
    m = _PREVIOUS.search(text[max(0, start - 40) : start])
    return _key(m.group(1)).replace(" ", "'") if m else ""


def _accept(places: list[Place], name: str, text: str, start: int, end: int) -> bool:
    """Does the context make this capitalised name a place?"""
    if _key(name) in NOT_PLACES or len(name) < 3:
        return False
    word = _context_word(text, start).split("'")[0]
    area = places[0].level != "commune"
    if area and (re.search(r"[-–\s]", name) or word in AREA_CONTEXT):
        return True
    return word in PLACE_CONTEXT or bool(_DEPT_AFTER.match(text[end : end + 8]))


def _candidates(text: str) -> list[tuple[str, int, int]]:
    """Capitalised name runs split into the longest parts, left to right, as (name, start, end).

    A part touching a neighbouring capitalised word (space only, no connector, not an
    acronym) belongs to a longer proper name and is only tried as part of it.
    """
    out: list[tuple[str, int, int]] = []
    for seq in _SEQUENCE.finditer(text):
        tokens = [
            (m.start() + seq.start(), m.end() + seq.start()) for m in _TOKEN.finditer(seq.group())
        ]
        for i in range(len(tokens)):
            for j in range(min(len(tokens), i + MAX_WORDS) - 1, i - 1, -1):
                start, end = tokens[i][0], tokens[j][1]
                out.append((text[start:end], start, end))
    return out


def _glued(text: str, start: int, end: int) -> bool:
    """True when a capitalised non-acronym word sits right before or after, space only."""
    before = re.search(rf"({_CAP}) $", text[max(0, start - 40) : start])
    after = re.match(rf" ({_CAP})", text[end : end + 40])
    return any(
        m and not _is_acronym(m.group(1)) and _key(m.group(1)) not in AREA_CONTEXT
        for m in (before, after)
    )


def find_places(
    text: str,
    gazetteer: Gazetteer,
    zones: dict[str, str] | None = None,
    default_region: str = DEFAULT_REGION,
) -> list[PlaceHit]:
    """Every place the text names, in reading order, one hit per mention."""
    zone_keys = _zone_keys(tuple(sorted((zones or {}).items())))
    taken_until = -1  # candidates come left to right: a hit hides what starts before its end
    found: list[tuple[str, int, int, list[Place] | str]] = []
    for name, start, end in _candidates(text):
        if start < taken_until or len(name) < 3:
            continue
        lookup = name.replace("–", "-")
        key = _key(lookup)
        if key in zone_keys and not (" " not in name and _glued(text, start, end)):
            found.append((name, start, end, zone_keys[key]))
            taken_until = end
            continue
        places = _lookup(gazetteer, lookup)
        if not places or not _accept(places, name, text, start, end):
            continue
        multi = bool(re.search(r"\s", name))
        if places[0].level == "commune" and not multi and _glued(text, start, end):
            continue
        found.append((name, start, end, places))
        taken_until = end
    regions = Counter(
        p[0].region
        for *_, p in found
        if not isinstance(p, str) and (len(p) == 1 or p[0].level != "commune")
    )
    region = regions.most_common(1)[0][0] if regions else default_region
    hits: list[PlaceHit] = []
    for name, start, end, places in sorted(found, key=lambda f: f[1]):
        if isinstance(places, str):
            hits.append(PlaceHit(name, start, end, places, "zone", None, None))
            continue
        place = _pick(places, region)
        hits.append(
            PlaceHit(name, start, end, place.code, place.level, place.department, place.region)
        )
    return hits


def _pick(places: list[Place], region: str | None) -> Place:
    """A department or region first; else the commune in `region`, the most populous one."""
    if places[0].level != "commune":
        return places[0]
    local = [p for p in places if p.region == region] or places
    return max(local, key=lambda p: (p.population or 0, p.code))


def place_codes(hits: list[PlaceHit]) -> tuple[list[str], list[str]]:
    """(commune codes, department/region/zone codes) of the hits, sorted and unique."""
    communes = sorted({h.code for h in hits if h.level == "commune"})
    areas: set[str] = set()
    for h in hits:
        if h.level == "commune":
            areas.update(c for c in (h.department, h.region) if c)
        elif not re.fullmatch(r"[A-Z]{2}", h.code):  # countries are not areas of an item
            areas.add(h.code)
            if h.level == "department" and h.region:
                areas.add(h.region)
    return communes, sorted(areas)
