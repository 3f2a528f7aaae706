"""French number cells: '3 000', '3.000', '1,5', '– 2,1', '423 M€', '423*', 'n.d.'.

`parse_cell` turns the text of one table cell into a value in the cell's own unit plus the
scale and unit printed beside it, a footnote mark, the flags a manifest declares ('295 e':
an estimate in Eurostat's tables) and whether the value is missing. `scale_from_text`
reads a scale from a label or header ('en milliers', '(M€)', 'en millions d'euros', '%').
Values are never guessed: text that is not a number raises `ValueError` with the reason.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

MISSING_MARKS = frozenset(
    {
        "",
        "n.d.",
        "n.d",
        "nd",
        "n/d",
        "-",
        "–",
        "—",
        "−",
        "…",
        "...",
        "s",
        "ns",
        "n.s.",
        "/",
        "x",
        ":",
    }
)  # ':' is Eurostat's
SPACES = "\u0020\u00a0\u202f\u2007\u2009"
MINUS_SIGNS = "-–—−"  # hyphen, en dash, em dash, U+2212

# Invisible format characters (Unicode category Cf: zero-width spaces and joiners, soft hyphen,
# direction marks, word joiner, BOM) change no visible text, so they never change a value.
INVISIBLE = dict.fromkeys(
    [0x00AD, 0x061C, 0x180E, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
     *range(0x2060, 0x2065), *range(0x2066, 0x2070), 0xFEFF],
)  # fmt: skip

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§"

# Scale and unit words printed after a number in a cell, longest first.
_SUFFIXES: tuple[tuple[str, float, str | None], ...] = (
    ("milliards d'euros", 1e9, "EUR"),
    ("millions d'euros", 1e6, "EUR"),
    ("milliers d'euros", 1e3, "EUR"),
    ("milliards €", 1e9, "EUR"),
    ("millions €", 1e6, "EUR"),
    ("milliards", 1e9, None),
    ("milliard", 1e9, None),
    ("millions", 1e6, None),
    ("million", 1e6, None),
    ("milliers", 1e3, None),
    ("euros", 1.0, "EUR"),
    ("meur", 1e6, "EUR"),
    ("mds€", 1e9, "EUR"),
    ("mrd€", 1e9, "EUR"),
    ("md€", 1e9, "EUR"),
    ("mds", 1e9, None),
    ("m€", 1e6, "EUR"),
    ("k€", 1e3, "EUR"),
    ("chf", 1.0, "CHF"),
    ("md", 1e9, None),
    ("€", 1.0, "EUR"),
    ("%", 1.0, "percent"),
    ("m", 1e6, None),
    ("k", 1e3, None),
)

_FOOTNOTE_TAIL = re.compile(r"(?:\s*(?:\(\s*[0-9a-z]{1,2}\s*\)|[" + SUPERSCRIPTS + r"]+))+$")
_NUMBER = re.compile(
    r"^(?P<sign>[+" + re.escape(MINUS_SIGNS) + r"])?[" + SPACES + r"]*"
    r"(?P<int>\d{1,3}(?:(?P<sep>[" + SPACES + r".'’])\d{3})(?:(?P=sep)\d{3})*|\d+)"
    r"(?:[,.](?P<frac>\d+))?"
)

_HEADER_SCALES: tuple[tuple[re.Pattern[str], float, str | None], ...] = tuple(
    (re.compile(p, re.IGNORECASE), s, u)
    for p, s, u in (
        (r"en\s+milliards?\s+d['’]euros", 1e9, "EUR"),
        (r"en\s+millions?\s+d['’]euros", 1e6, "EUR"),
        (r"en\s+milliers?\s+d['’]euros", 1e3, "EUR"),
        (r"en\s+milliards?\b", 1e9, None),
        (r"en\s+millions?\b", 1e6, None),
        (r"en\s+milliers?\b", 1e3, None),
        (r"\bmds?\s*€|\bmrd\s*€", 1e9, "EUR"),
        (r"\bm\s*€|\bmeur\b", 1e6, "EUR"),
        (r"\bk\s*€", 1e3, "EUR"),
        (r"en\s+euros|\(\s*€\s*\)", 1.0, "EUR"),
        (r"en\s+%|\(\s*%\s*\)|\bpourcentage\b", 1.0, "percent"),
    )
)


@dataclass(frozen=True)
class Cell:
    """What a cell says: a number in its printed unit, scale, unit, footnote mark, missing."""

    value: float | None
    scale: float | None = None
    unit: str | None = None
    footnotes: tuple[str, ...] = ()
    missing: bool = False
    flags: tuple[str, ...] = ()


def strip_invisible(text: str) -> str:
    """`text` without invisible format characters ('1\u200b200' reads as '1200')."""
    return text.translate(INVISIBLE)


def normalise(text: str) -> str:
    """NFC, invisible characters removed, curly apostrophes made straight, spaces kept."""
    text = unicodedata.normalize("NFC", strip_invisible(text))
    return text.replace("’", "'").replace("ʼ", "'").strip()


_MARK = re.compile(r"\(\s*([0-9a-z]{1,2})\s*\)|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|([*†‡§])")


def split_footnote(text: str) -> tuple[str, tuple[str, ...]]:
    """'423 (1)' -> ('423', ('1',)); '423 (2)*' -> ('423', ('2', '*')); '2024¹' -> ('2024', ('1',))."""
    match = _FOOTNOTE_TAIL.search(text)
    if not match or match.start() == 0:
        return text, ()
    marks = tuple(
        (m.group(1) or m.group(2) or m.group(3)).translate(
            str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
        )
        for m in _MARK.finditer(match.group(0))
    )
    return text[: match.start()].rstrip(), marks


_FLAG_TAIL = re.compile(r"^(?P<body>.*?)[" + SPACES + r"]+(?P<flag>[a-z]{1,3})$", re.DOTALL)


def split_flags(text: str, flags: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """'295 e' -> ('295', ('e',)) when the manifest declares the flag 'e'; ': c' -> (':', ('c',));
    'bep' -> ('b', 'e', 'p') when each letter is declared. Undeclared letters stay in the text
    (where a unit such as 'k' may read them, or the cell fails)."""
    match = _FLAG_TAIL.match(text) if flags else None
    if match is None:
        return text, ()
    flag = match.group("flag")
    if flag in flags:
        return match.group("body"), (flag,)
    if all(letter in flags for letter in flag):
        return match.group("body"), tuple(flag)
    return text, ()


def parse_number(text: str) -> float:
    """A French-formatted number alone: '3 000', '3.000', '1,5', '– 2,1', "3'000"."""
    value, rest = _leading_number(text)
    if rest:
        raise ValueError(f"unexpected text after the number: {rest!r}")
    return value


def _leading_number(text: str) -> tuple[float, str]:
    match = _NUMBER.match(text)
    if not match:
        raise ValueError("not a number")
    digits = re.sub(r"[^\d]", "", match.group("int"))
    frac = match.group("frac")
    number = float(digits + ("." + frac if frac else ""))
    if not math.isfinite(number):
        raise ValueError("number too large to store")
    if match.group("sign") and match.group("sign") in MINUS_SIGNS:
        number = -number
    return number, text[match.end() :].strip(SPACES)


def parse_cell(
    raw: object, extra_missing: frozenset[str] = frozenset(), flags: frozenset[str] = frozenset()
) -> Cell:
    """Read one table cell; numbers from spreadsheets pass through untouched. `flags` are the
    letters the manifest declares as flags written after a value ('295 e', ': c')."""
    if raw is None:
        return Cell(None, missing=True)
    if isinstance(raw, bool):
        raise ValueError("a boolean is not a number")
    if isinstance(raw, int | float):
        try:
            number = float(raw)
        except OverflowError:
            raise ValueError("number too large to store") from None
        if not math.isfinite(number):
            raise ValueError("number too large to store" if number == number else "not a number")
        return Cell(number)
    text, flagged = split_flags(normalise(str(raw)), flags)
    body, footnotes = split_footnote(text)
    key = body.strip(SPACES).lower()
    if key in MISSING_MARKS or key in extra_missing:
        return Cell(None, footnotes=footnotes, missing=True, flags=flagged)
    number, rest = _leading_number(body.strip(SPACES))
    scale, unit = None, None
    if rest:
        scale, unit = _suffix(rest)
    return Cell(number, scale=scale, unit=unit, footnotes=footnotes, flags=flagged)


def _suffix(rest: str) -> tuple[float, str | None]:
    compact = re.sub(f"[{SPACES}]+", " ", rest.lower()).strip()
    for word, scale, unit in _SUFFIXES:
        if compact == word or compact.replace(" ", "") == word.replace(" ", ""):
            return scale, unit
    raise ValueError(f"unknown unit or scale after the number: {rest!r}")


def scale_from_text(text: str) -> tuple[float, str | None] | None:
    """Scale and unit announced by a label or header, e.g. 'Production (en millions d'euros)'."""
    clean = normalise(text)
    for pattern, scale, unit in _HEADER_SCALES:
        if pattern.search(clean):
            return scale, unit
    return None


def scale_value(spec: str | float | int) -> float:
    """A scale given in a manifest: a number, or a word such as 'M€', 'millions', 'milliers'."""
    if isinstance(spec, int | float):
        return float(spec)
    found = scale_from_text(f"en {spec}") or scale_from_text(f"({spec})")
    if found is None:
        try:
            return _suffix(spec)[0]
        except ValueError:
            raise ValueError(f"unknown scale {spec!r}") from None
    return found[0]
