"""French number tokens: find every quantity-looking stretch of text and read its value.

Input: a text. Output: `NumberToken`s with character offsets, the value in base units (scale
applied), an optional upper bound (ranges), the scale/currency/percent/physical unit written
with it, the leading qualifier and sign. Nothing here decides whether a token is a *figure*
(see `exclusions.py`) or what it measures (see `metrics.py`).

All patterns are linear (no nested quantifiers over the same characters), so adversarial
inputs such as "1.1.1.1..." cannot trigger catastrophic backtracking. Values are read by
`numerals.py`.
"""

from __future__ import annotations

import re

from etl.news.extract.numerals import parse_digits, words_value
from etl.news.extract.qualifiers import approximate_around, read_left
from etl.news.extract.ranges import merge_range
from etl.news.extract.tokens import NumberToken
from etl.news.lexicon import APPROX_NOUNS, FRACTIONS, SCALES

APOS = "['’ʼ‘´`]"


def _broken(word: str) -> str:
    """Pattern for `word` that tolerates OCR hyphenation inside it ("mil- lions")."""
    return "".join(re.escape(ch) + r"(?:-\s{0,3})?" for ch in word[:-1]) + re.escape(word[-1])


# Digits: "2.000", "3 870", "100'000", "9,4", "1.86", "2120". The pattern opens with a single
# \d so the regex engine jumps between digits; what may stand before a number is checked on
# the match (`_starts_number`).
_DIGITS = (
    r"\d(?:\d{0,2}(?:[ .\u00a0\u202f'’]\d{3})+(?!\d)(?:,\d+)?"
    r"|\d*,\d+|\d*\.\d{1,2}(?![\d.])|\d*)(?![\d/:])"
)
UNIT_WORDS = (
    "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    "seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|"
    "mille"
)
# Word forms run on the lower-cased text and open with plain letters (fast candidate search);
# at a number word, the more specific forms (half, approximation noun, fraction) are tried.
_WORDS = rf"(?:{UNIT_WORDS})(?:(?:[ -]|\s+et\s+|-et-)(?:{UNIT_WORDS}))*\b"
_APPROX = rf"(?:une|la|un|le)\s+(?:(?:bonne|petite|grosse|bon|petit|gros)\s+)?(?:{'|'.join(APPROX_NOUNS)})\b"
_FRACTION = r"(?:un|deux|trois|quatre)[ -](?:tiers|quarts?|cinquièmes?|dixièmes?)\b"
# Fifths and tenths beside the lexicon's thirds and quarters: "un cinquième des emplois" 20 %.
_PARTS = {"cinquième": 20.0, "cinquièmes": 20.0, "dixième": 10.0, "dixièmes": 10.0}
_HALF = rf"(?:un\s+)?demi-(?:{_broken('million')}|{_broken('milliard')})s?\b"
_BARE = r"(?:le|la\s+barre\s+du|le\s+cap\s+du)\s+(?:milliard|million)\b"
DIGITS_RE = re.compile(_DIGITS)
WORDS_RE = re.compile(_WORDS)
_AT_WORD = [("half", re.compile(_HALF)), ("approx", re.compile(_APPROX))]
_AT_WORD.append(("fraction", re.compile(_FRACTION)))
_OTHER_FORMS = [
    (
        "approx",
        re.compile(
            rf"l[ae]\s+(?:(?:bonne|petite|grosse|bon|petit|gros)\s+)?(?:{'|'.join(APPROX_NOUNS)})\b"
        ),
    ),
    ("half", re.compile(rf"demi-(?:{_broken('million')}|{_broken('milliard')})s?\b")),
    ("bare", re.compile(_BARE)),
    ("fraction", re.compile(r"la\s+moitié\b")),  # "la moitié des salariés": 50 %
]
# "on a dépassé le milliard": a scale noun with no number counts after a threshold verb.
_THRESHOLD_VERB = re.compile(r"(?i:(dépass|franchi|atteint|frôl|passé)\w*\s+)$")

_SCALE_WORD = (
    rf"(?P<sw>{_broken('milliards')}|{_broken('milliard')}|{_broken('millions')}|"
    rf"{_broken('million')}|mille)\b"
)
_MONEY_NEXT = r"(?=\s?(?:€|d['’ʼ]\s?(?:euros?|€)|de\s+(?:francs|dollars)|CHF|EUR\b|euros?\b))"
_SCALE_ABBR = (
    rf"(?P<sa>MEUR|M[Ee]uros?|[kK][Ee]uros?|Mio|mio{_MONEY_NEXT}|Mds|Mrds?|Md|MD|ME|M{_MONEY_NEXT}|[kK]{_MONEY_NEXT}|mds?{_MONEY_NEXT}"
    rf"|mrds?{_MONEY_NEXT})(?![\w])"
)
SCALE_RE = re.compile(rf"[ \u00a0\u202f]?(?:(?i:{_SCALE_WORD})|{_SCALE_ABBR})")
_EURO = rf"(?:{_broken('euros')}|{_broken('euro')}|€|EUR)"
CURRENCY_RE = re.compile(
    rf"(?i:\s?(?:(?P<eur>(?:d{APOS}\s?|de\s+|d(?=eu))?{_EURO})"
    rf"|(?P<chf>(?:de\s+)?francs?\s+suisses|(?:de\s+)?CHF)|(?P<francs>(?:de\s+)?francs\b)|(?P<usd>(?:de\s+)?dollars|\$|USD))(?!\w))"
)
PERCENT_RE = re.compile(r"\s?(?:%|pour\s?cents?\b|pourcents?\b)", re.IGNORECASE)
PHYSICAL_RE = re.compile(r"\s(?P<phys>tonnes?|kilos|kg|litres|hectolitres|t)\b")


def _core_value(kind: str, s: str) -> tuple[str, float | None]:
    low = s.lower()
    if kind == "digits":
        if sum(ch.isdigit() for ch in s) > 15:
            return kind, None
        return kind, parse_digits(s)
    if kind == "approx":
        return kind, float(APPROX_NOUNS[low.split()[-1]])
    if kind == "fraction":
        if low.endswith("moitié"):
            return kind, 50.0
        num, den = re.split(r"[ -]", low)
        part = FRACTIONS.get(den) or _PARTS[den]
        return kind, round({"un": 1, "deux": 2, "trois": 3, "quatre": 4}[num] * part, 1)
    if kind == "bare":
        return kind, 1e9 if "milliard" in low else 1e6
    if kind == "half":
        return kind, 0.5 * (1e9 if "lliard" in low.replace("- ", "").replace("-", "") else 1e6)
    if len(s) > 80:  # a run-on of number words is not a quantity
        return kind, None
    return kind, words_value(s)


def _scale_of(m: re.Match[str]) -> tuple[float, str | None]:
    word = m.group("sw")
    if word:
        key = re.sub(r"[-\s]", "", word.lower()).rstrip("s")
        return SCALES["mille" if key == "mille" else key], None
    abbr = m.group("sa")
    if abbr in ("MEUR", "Mio", "mio"):  # "12 MEUR", Swiss "3,5 Mio" (millions)
        return 1e6, "EUR" if abbr == "MEUR" else None
    if abbr[1:].lower().startswith("euro"):  # "5 MEuros", "40 keuros"
        return (1e6 if abbr[0] == "M" else 1e3), "EUR"
    return SCALES[abbr.lower()], ("EUR" if abbr.upper() == "ME" else None)


_THOUSANDS_OF = re.compile(r"milliers\b")
_AND_A_HALF = re.compile(r"\s+et\s+demi\b")
_REMAINDER = re.compile(
    r"[ \u00a0\u202f](\d{1,3}(?:[ .\u00a0\u202f]\d{3})+)(?=\s?(?:€|euros?\b|d['’ʼ]\s?euros))"
)
# English-style money, currency sign first: "€5m", "€ 1,2bn" (a bare "m" elsewhere is metres).
_SIGN_BEFORE = re.compile(r"[€$£][ \u00a0\u202f]?$")
_SIGN_SCALE = re.compile(r"[ \u00a0\u202f]?(?P<s>m|mn|bn)\b")
_OF_SCALE = re.compile(r"\s+de\s+(?=mil)")


def _extend_right(text: str, tok: NumberToken) -> None:
    pos = tok.end
    if tok.kind == "approx":  # "une quinzaine de millions de francs"
        of = _OF_SCALE.match(text, pos)
        m = SCALE_RE.match(text, of.end()) if of else None
        if m and m.group("sw"):
            scale, cur = _scale_of(m)
            tok.scale, tok.raw_scale, pos = scale, True, m.end()
        elif of and _THOUSANDS_OF.match(text, of.end()):  # "une dizaine de milliers de montres"
            tok.scale, pos = 1e3, _THOUSANDS_OF.match(text, of.end()).end()
    if tok.kind in ("digits", "words"):
        m = SCALE_RE.match(text, pos)
        if m:
            scale, cur = _scale_of(m)
            tok.scale, tok.raw_scale, pos = scale, True, m.end()
            tok.currency = cur or tok.currency
            half = _AND_A_HALF.match(text, pos) if m.group("sw") else None
            rest = _REMAINDER.match(text, pos) if m.group("sw") and scale >= 1e6 else None
            if half:  # "deux millions et demi"
                tok.value, pos = tok.value + 0.5, half.end()
            elif rest and parse_digits(rest.group(1)) < scale:  # "1 million 200 000 euros"
                tok.value, pos = tok.value + parse_digits(rest.group(1)) / scale, rest.end()
        elif tok.kind == "digits" and _SIGN_BEFORE.search(text, max(0, tok.start - 2), tok.start):
            m = _SIGN_SCALE.match(text, pos)
            if m:
                tok.scale, tok.raw_scale, pos = (
                    (1e9 if m.group("s") == "bn" else 1e6),
                    True,
                    m.end(),
                )
    m = CURRENCY_RE.match(text, pos)
    if m and tok.kind != "fraction":
        tok.currency = "EUR" if m.group("eur") else "CHF" if m.group("chf") else "USD"
        if m.group("francs"):  # bare "francs": Swiss when the text is about Switzerland
            tok.currency = "CHF" if "suisse" in text.lower() else "FRF"
        pos = m.end()
    elif tok.kind in ("digits", "words"):
        m = PERCENT_RE.match(text, pos)
        if m:
            tok.percent, pos = True, m.end()
        else:
            m = PHYSICAL_RE.match(text, pos)
            if m:
                tok.physical, pos = m.group("phys").lower(), m.end()
    tok.end = pos


def _extend_left(text: str, tok: NumberToken) -> None:
    left = read_left(text, tok.start, money_or_percent=bool(tok.percent or tok.currency))
    if not tok.approximate and approximate_around(text, tok.start, tok.end):
        tok.approximate = True
    if left is None:
        return
    tok.start = left.start
    if left.currency and not tok.currency and not tok.percent:
        tok.currency = left.currency
    if left.negative:
        tok.value = -tok.value
    tok.signed = tok.signed or left.signed
    if left.qualifier:
        tok.qualifier, tok.approximate = left.qualifier, True


def _read(text: str, start: int, end: int, kind: str) -> NumberToken | None:
    kind, value = _core_value(kind, text[start:end])
    if value is None:
        return None
    tok = NumberToken(start, end, value, kind, core_start=start, core_end=end)
    if kind in ("approx", "fraction"):
        tok.approximate = True
    if kind == "fraction":
        tok.percent = True
    if kind == "bare":
        verb = _THRESHOLD_VERB.search(text, max(0, start - 20), start)
        if verb is None:
            return None
        tok.raw_scale, tok.approximate = True, True
        tok.qualifier = "dépassé" if verb.group(1).lower().startswith("dépass") else None
    if kind in ("half", "bare"):
        tok.raw_scale = True
        m2 = CURRENCY_RE.match(text, tok.end)
        if m2:
            tok.currency, tok.end = "EUR" if m2.group("eur") else "CHF", m2.end()
        return tok
    _extend_right(text, tok)
    one = kind == "words" and value == 1 and not (tok.raw_scale or tok.currency)
    if one and not _ONE_LOWER_BOUND.match(text, tok.end):  # "un à deux postes": a range
        if not _ONE_AS_ITEM.search(text, max(0, start - 6), start):
            return None  # "un", "une": an article
        if not _ONE_AT_PLACE.match(text, tok.end):
            return None
    one_euro = kind == "words" and value == 1 and tok.currency and not tok.raw_scale
    if one_euro and not _ONE_EURO_BEFORE.search(text, max(0, start - 10), start):
        return None  # "un euro fort": the currency, not an amount
    tok.value *= tok.scale
    return tok


# "un"/"une" is a count only as an item of a list of places ("deux à Lure, un à Dole", "dont
# une à Tokyo") or with a currency ("un euro symbolique"); elsewhere it is an article.
_ONE_AS_ITEM = re.compile(r"(?:[,;(]|\bet|\bdont)\s*$")
_ONE_AT_PLACE = re.compile(r"\s+(?:à|au|aux|en|dans)\s+(?:l['’ʼ]\s?|le\s+|la\s+)?[A-ZÉÈ]")
_ONE_LOWER_BOUND = re.compile(
    r"\s+(?:à|ou)\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b", re.IGNORECASE
)
_ONE_EURO_BEFORE = re.compile(r"(?i:(?:\bpour|\bà|\bcontre|\bd['’ʼ]|\bde|\bpar)\s*)$")
_LETTER = re.compile(r"[^\W\d_]")
_RUN = 12


def _wordless_runs(text: str, matches: list[tuple[int, int, str]]) -> set[int]:
    """Indexes of matches in runs of at least 12 numbers with no word between them (tables,
    counters, digit soup): without words they cannot be told apart, so none is a figure."""
    skip: set[int] = set()
    start = 0
    for i in range(1, len(matches) + 1):
        if i < len(matches) and not _LETTER.search(text, matches[i - 1][1], matches[i][0]):
            continue
        if i - start >= _RUN:
            skip.update(range(start, i))
        start = i
    return skip


_RUN_WORD = re.compile(r"[^\s-]+")


def _numbers_in_run(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The numbers a run of number words is made of when it is not one number: "cinq et six
    mille" -> "cinq", "six mille"; "neuf un" (as in "contre neuf un an plus tôt") -> "neuf".
    Longest readable prefix first; runs over 80 characters are no quantity."""
    if end - start > 80:
        return []
    words = [(m.start(), m.end()) for m in _RUN_WORD.finditer(low, start, end)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            a, b = words[i][0], words[j - 1][1]
            if low[a:b] not in ("et", "un", "une") and words_value(low[a:b]) is not None:
                out.append((a, b))
                i = j
                break
        else:
            i += 1
    return out


def _core_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every number core, in text order."""
    out = [
        (m.start(), m.end(), "digits")
        for m in DIGITS_RE.finditer(text)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,/:")
    ]
    low = text.lower()
    if len(low) != len(text):  # rare characters whose lower case is longer: keep offsets
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)

    def at_word(pos: int) -> bool:
        return pos == 0 or not low[pos - 1].isalnum()

    for m in WORDS_RE.finditer(low):
        if at_word(m.start()):
            kind, end = "words", m.end()
            for name, rx in _AT_WORD:
                hit = rx.match(low, m.start())
                if hit:
                    kind, end = name, hit.end()
                    break
            several = low.find(" ", m.start(), end) >= 0 or low.find("-", m.start(), end) >= 0
            if kind == "words" and several and words_value(low[m.start() : end]) is None:
                out += [(a, b, kind) for a, b in _numbers_in_run(low, m.start(), end)]
            else:
                out.append((m.start(), end, kind))
    for kind, rx in _OTHER_FORMS:
        out += [(m.start(), m.end(), kind) for m in rx.finditer(low) if at_word(m.start())]
    out.sort()
    return out


def scan_numbers(text: str) -> list[NumberToken]:
    """Every number-like token in `text`, ranges merged, left/right context absorbed."""
    raw: list[NumberToken] = []
    last_end = -1
    matches = _core_matches(text)
    skip = _wordless_runs(text, matches)
    for i, (start, end, kind) in enumerate(matches):
        if start < last_end or i in skip:
            continue
        tok = _read(text, start, end, kind)
        if tok is not None:
            raw.append(tok)
            last_end = tok.end
    out: list[NumberToken] = []
    i = 0
    while i < len(raw):
        tok = raw[i]
        if i + 1 < len(raw) and raw[i + 1].start - tok.end <= 4:
            merged = merge_range(text, tok, raw[i + 1])
            if merged is not None:
                tok = merged
                i += 1
        _extend_left(text, tok)
        out.append(tok)
        i += 1
    return out
