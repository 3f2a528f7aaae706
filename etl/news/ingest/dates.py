"""Dates written in a news page: publication stamps and full dates in running text.

Used by the page splitter to date each item: "Publié le 02/10/2025 - 16:47" gives the page
date, and an item's own text ("le 27 janvier 2026", "mardi 27 janveir 2026", "1er octobre
2025") gives the item date. Month names are matched with a spelling tolerance so typing slips
in regional news ("janveir") still count. Pure functions, no I/O.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from functools import lru_cache

from etl.news.lexicon import MONTHS_PLAIN

_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_WRITTEN = re.compile(r"\b(1er|\d{1,2})\s+([A-Za-zÀ-ÿ]{3,10})\.?\s+(\d{4})\b")
_STAMP = re.compile(
    r"^\s*(publi[ée]+|mis à jour|mise à jour|modifi[ée]+|updated|published)\b[^0-9]{0,20}"
    r"(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|(?:1er|\d{1,2})\s+\w+\s+\d{4})",
    re.IGNORECASE,
)


def _plain(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def month_number(word: str) -> int | None:
    """1-12 for a French month name, tolerating accents and one or two typing slips."""
    plain = _plain(word)
    if plain in MONTHS_PLAIN:
        return MONTHS_PLAIN.index(plain) + 1
    if len(plain) < 4:
        return None
    close = difflib.get_close_matches(plain, MONTHS_PLAIN, n=1, cutoff=0.75)
    return MONTHS_PLAIN.index(close[0]) + 1 if close else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The first date in `text`: dd/mm/yyyy or '27 janvier 2026'; None when there is none."""
    found = find_dates(text)
    return found[0] if found else None


def find_dates(text: str) -> list[dt.date]:
    """Every full date (day, month and year) written in `text`, in reading order."""
    hits: list[tuple[int, dt.date]] = []
    for m in _NUMERIC.finditer(text):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        d = _safe_date(year, month, day)
        if d:
            hits.append((m.start(), d))
    for m in _WRITTEN.finditer(text):
        month = month_number(m.group(2))
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        d = _safe_date(int(m.group(3)), month, day) if month else None
        if d:
            hits.append((m.start(), d))
    return [d for _, d in sorted(hits, key=lambda h: h[0])]


def stamp(line: str) -> tuple[str, dt.date] | None:
    """('published' | 'updated', date) for a byline stamp such as 'Publié le 02/10/2025 - 16:47'."""
    m = _STAMP.match(line)
    if not m:
        return None
    d = parse_date(m.group(2))
    if d is None:
        return None
    kind = "published" if m.group(1).lower().startswith(("publi", "published")) else "updated"
    return kind, d


def item_date(text: str, latest_year: int | None = None) -> dt.date | None:
    """The date an item reports on: the latest full date in its text.

    News items date themselves by the event they report ("a annoncé mardi 27 janvier 2026");
    dates far in the future of the page (plans "d'ici 2030") are ignored via `latest_year`.
    """
    dates = [d for d in find_dates(text) if latest_year is None or d.year <= latest_year]
    return max(dates) if dates else None
