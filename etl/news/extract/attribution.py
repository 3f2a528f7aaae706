"""Who and where a figure is about, and who is quoted for it: entity, geo and cited source.

Input: the text (indexed once by `Attribution`, so look-ups are bisections and the whole
extraction stays linear) and sentence bounds. Output: short strings (or None). Places come
from a pluggable finder (`PlaceFinder`, called once on the whole text): the default reads
capitalised names after place prepositions ("à Besançon", "en Bourgogne-Franche-Comté",
"(Doubs)"); the news stage passes a gazetteer-backed finder to `extract_figures` instead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from etl.news.lexicon import NOT_PLACE_WORDS

PlaceFinder = Callable[[str, int, int], list[tuple[int, str]]]

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’ʼ-]*"
_NAME = rf"{_CAP}(?:(?:\s|-|\s(?:de|du|des|en|sur|sous|le|la|les|et|lès|d['’])\s?|d['’]){_CAP})*"
# Patterns start with a character class (no leading \b) so the regex engine skips ahead fast;
# word starts are checked on the match.
_PLACE = re.compile(
    rf"(?:à|À|en|En|dans\s+(?:le|la|les|l['’])\s?|au|de\s+la\s+région|"
    rf"du\s+Grand|sur\s+le\s+territoire\s+de)\s+(?P<name>{_NAME})|\((?P<paren>{_NAME})\)"
)
_SOURCE = re.compile(r"[SsDd](?:elon|['’ʼ]après|ource\s?:)\s+(?P<src>[^,;.!?\n()]{2,80})")
_PROPER = re.compile(rf"{_CAP}(?:\s(?:de\s|du\s|des\s|d['’])?{_CAP})*")
_ENTITY_LEAD = re.compile(
    r"[lL](?:e\s+groupe|a\s+société|['’ʼ]entreprise|a\s+marque|e\s+fabricant|['’ʼ]horloger|"
    r"a\s+maison|e\s+lunetier|e\s+sous-traitant|['’ʼ]usine)\s+(?P<name>" + _NAME + ")"
)
_SECTOR = re.compile(
    r"[lL](?:a\s+filière|e\s+secteur|['’ʼ]industrie|e\s+marché|['’ʼ]horlogerie)"
    r"(?:\s+[a-zéèêç-]+(?:ère|aise|ienne|ique|ale|elle|oise|ée|ive|ais|ois|ier))?"
)


def default_place_finder(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, name) of capitalised place names after place prepositions in text[lo:hi]."""
    out: list[tuple[int, str]] = []
    for m in _PLACE.finditer(text, lo, hi):
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        key = "name" if m.group("name") else "paren"
        name = m.group(key).strip()
        first = name.split()[0].split("-")[0]
        if first in NOT_PLACE_WORDS or (name.isupper() and len(name) <= 3) or name[0].isdigit():
            continue
        out.append((m.start(key), name))
    return out


def _source_name(phrase: str) -> str | None:
    names = [n for n in _PROPER.findall(phrase) if n not in NOT_PLACE_WORDS]
    if names:
        return names[-1] if len(names) > 1 and names[0] in ("M", "Mme") else names[0]
    return phrase.strip()[:60] or None


class _Hits:
    """Sorted (start, end, label) matches of one pattern over the text, queried by range."""

    def __init__(self, hits: list[tuple[int, int, str]]) -> None:
        self.hits = hits
        self.starts = [h[0] for h in hits]

    def within(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        a = bisect.bisect_left(self.starts, lo)
        b = bisect.bisect_left(self.starts, hi)
        return self.hits[a:b]


def _index(rx: re.Pattern[str], text: str, group: str | int = 0) -> _Hits:
    return _Hits([(m.start(), m.end(), m.group(group)) for m in _at_word(rx, text)])


def _at_word(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    for m in rx.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            yield m


class Attribution:
    """Entity, geo and source look-ups for one text, from patterns run once over it."""

    def __init__(self, text: str, finder: PlaceFinder | None = None) -> None:
        self.text = text
        found = (finder or default_place_finder)(text, 0, len(text))
        self.places = _Hits(sorted((pos, pos, name) for pos, name in found))
        self.place_names = {name for _, name in found}
        self.sources = _Hits(
            [
                (m.start(), m.end(), _source_name(m.group("src")) or "")
                for m in _at_word(_SOURCE, text)
            ]
        )
        self.leads = _index(_ENTITY_LEAD, text, "name")
        self.sectors = _index(_SECTOR, text)
        self.propers = _index(_PROPER, text)

    def geo(self, pos: int, sentence: tuple[int, int], paragraph: tuple[int, int]) -> str | None:
        """The place nearest to `pos` in its sentence, else in its paragraph."""
        for lo, hi in (sentence, paragraph):
            a = bisect.bisect_left(self.places.starts, lo)
            b = bisect.bisect_left(self.places.starts, hi)
            if a < b:
                i = min(max(bisect.bisect_left(self.places.starts, pos, a, b), a + 1), b - 1)
                near = self.places.hits[max(i - 1, a) : i + 1]
                return min(near, key=lambda h: abs(h[0] - pos))[2]
        return None

    def source(self, sentence: tuple[int, int]) -> str | None:
        """The cited source of a sentence: "selon Francéclat" -> "Francéclat"."""
        found = self.sources.within(*sentence)
        return found[0][2] or None if found else None

    def entity(self, pos: int, sentence: tuple[int, int], previous: tuple[int, int]) -> str | None:
        """What the figure is about: a named company/organisation, else a sector phrase."""
        for lo, hi in (sentence, previous):
            lead = self.leads.within(lo, hi)
            if lead:
                return lead[0][2]
            sector = self.sectors.within(lo, pos if lo <= pos < hi else hi)
            if sector:
                return sector[0][2]
            source = self.source((lo, hi))
            for start, _, name in self.propers.within(lo, hi)[:20]:
                if start == lo and " " not in name and not name.isupper():
                    continue
                if name.split()[0] in NOT_PLACE_WORDS or len(name) < 2:
                    continue
                if name not in self.place_names and name != source:
                    return name
            sector = self.sectors.within(lo, hi)
            if sector:
                return sector[0][2]
        return None
