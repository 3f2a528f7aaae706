"""Property test: what the formatter shows reads back as the stored value.

French texts are read back with the ETL's own French number parser (`etl.stats.cells`), English
texts with the small parser below. Every amount must read back within 0.5 % of the stored
value, and whole counts below 10^6 exactly.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.i18n import format_value
from etl.stats.cells import parse_cell, parse_number

UNITS = ("EUR", "CHF", "persons", "percent")
FR_SCALES = {
    "M€": 1e6, "Md€": 1e9, "€": 1.0,
    "M CHF": 1e6, "Md CHF": 1e9, "CHF": 1.0,
    "%": 1.0, "personnes": 1.0,
}  # fmt: skip
EN_PREFIXES = ("€", "CHF\u00a0")
EN_SUFFIXES = {"bn": 1e9, "M": 1e6, "%": 1.0, " people": 1.0, "": 1.0}
FR_SPLIT = re.compile(r"^(-?[\d\u202f]+(?:,\d+)?)\u202f?\s?(.*)$")

amounts = st.floats(min_value=0.01, max_value=1e12, allow_nan=False, allow_infinity=False)


def read_french(text: str) -> float:
    """The number and its scale word, the number read by the ETL's parser."""
    match = FR_SPLIT.match(text)
    assert match, text
    number, word = match.groups()
    return parse_number(number) * FR_SCALES[word.replace("\u202f", " ")]


def read_english(text: str) -> float:
    """`€1.2bn`, `CHF 12M`, `3,000 people`, `3.2%` -> the number in base units."""
    rest = text
    for prefix in EN_PREFIXES:
        rest = rest.removeprefix(prefix)
    for suffix, scale in EN_SUFFIXES.items():
        if suffix and rest.endswith(suffix):
            return float(rest.removesuffix(suffix).replace(",", "")) * scale
    return float(rest.replace(",", ""))


def close(shown: float, stored: float) -> bool:
    return abs(shown - stored) <= 0.005 * abs(stored)


@settings(max_examples=400, deadline=None)
@given(value=amounts, unit=st.sampled_from(UNITS))
def test_french_text_reads_back_within_half_a_percent(value: float, unit: str) -> None:
    text = format_value(value, unit, "fr")
    assert close(read_french(text), value), (value, text)
    if unit in ("EUR", "percent"):
        cell = parse_cell(text)  # the ETL reads our whole text, scale and unit included
        assert close(cell.value * (cell.scale or 1.0), value), (value, text, cell)
        assert cell.unit == unit


@settings(max_examples=400, deadline=None)
@given(value=amounts, unit=st.sampled_from(UNITS))
def test_english_text_reads_back_within_half_a_percent(value: float, unit: str) -> None:
    text = format_value(value, unit, "en")
    assert close(read_english(text), value), (value, text)


@settings(max_examples=300, deadline=None)
@given(count=st.integers(min_value=0, max_value=10**6 - 1))
def test_counts_below_a_million_are_exact(count: int) -> None:
    assert read_french(format_value(count, "persons", "fr")) == count
    assert read_english(format_value(count, "persons", "en")) == count


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (1.05e6, "EUR", "1,05\u202fM€"),
        (423e6, "EUR", "423\u202fM€"),
        (1.2e9, "EUR", "1,2\u202fMd€"),
    ],
)
def test_amounts_keep_the_decimals_they_need(value: float, unit: str, text: str) -> None:
    assert format_value(value, unit, "fr") == text
    assert read_french(text) == pytest.approx(value)
