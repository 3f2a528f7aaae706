"""French number cells: explicit formats and a round trip over every supported format."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.stats.cells import parse_cell, parse_number, scale_from_text, split_footnote

THOUSANDS = [" ", "\u00a0", "\u202f", ".", "'"]
MINUS = ["-", "–", "−", "- ", "– "]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 000", 3000),
        ("3\u00a0000", 3000),
        ("3\u202f000", 3000),
        ("3.000", 3000),
        ("3'000", 3000),
        ("1,5", 1.5),
        ("-2,1", -2.1),
        ("– 2,1", -2.1),
        ("−0,3", -0.3),
        ("+8", 8),
        ("12 345 678,9", 12345678.9),
        ("3.000,5", 3000.5),
    ],
)
def test_french_numbers(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value", "scale", "unit"),
    [
        ("423 M€", 423, 1e6, "EUR"),
        ("2,5 Md€", 2.5, 1e9, "EUR"),
        ("1,8 milliard", 1.8, 1e9, None),
        ("750 k€", 750, 1e3, "EUR"),
        ("15 %", 15, 1.0, "percent"),
        ("– 2,1 %", -2.1, 1.0, "percent"),
        ("423 millions d'euros", 423, 1e6, "EUR"),
        ("423 millions d’euros", 423, 1e6, "EUR"),
    ],
)
def test_scales_in_cells(text: str, value: float, scale: float, unit: str | None) -> None:
    cell = parse_cell(text)
    assert (cell.value, cell.scale, cell.unit) == (pytest.approx(value), scale, unit)


@pytest.mark.parametrize("mark", ["n.d.", "nd", "ND", "-", "–", "…", "s", "", "  "])
def test_missing_marks(mark: str) -> None:
    cell = parse_cell(mark)
    assert cell.missing and cell.value is None


@pytest.mark.parametrize(
    ("text", "value", "marks"),
    [
        ("423*", 423, ("*",)),
        ("423 (1)", 423, ("1",)),
        ("423¹", 423, ("1",)),
        ("1 800 (3)*", 1800, ("3", "*")),
        ("n.d. (2)", None, ("2",)),
    ],
)
def test_footnote_marks(text: str, value: float | None, marks: tuple[str, ...]) -> None:
    cell = parse_cell(text)
    assert cell.value == value
    assert cell.footnotes == marks


def test_spreadsheet_numbers_pass_through() -> None:
    assert parse_cell(423.0).value == 423.0
    assert parse_cell(3000).value == 3000.0
    assert parse_cell(None).missing


@pytest.mark.parametrize("bad", ["abc", "12,3,4", "4 2 3 x", "1e5€x", "True"])
def test_rejects_non_numbers(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_cell(bad)


@pytest.mark.parametrize(
    ("header", "scale", "unit"),
    [
        ("Production (en millions d'euros)", 1e6, "EUR"),
        ("Effectifs, en milliers", 1e3, None),
        ("Chiffre d'affaires (M€)", 1e6, "EUR"),
        ("Exportations (Md€)", 1e9, "EUR"),
        ("Part (en %)", 1.0, "percent"),
    ],
)
def test_scale_from_header(header: str, scale: float, unit: str | None) -> None:
    assert scale_from_text(header) == (scale, unit)


def test_split_footnote_keeps_plain_text() -> None:
    assert split_footnote("Production horlogère") == ("Production horlogère", ())


def _format(value: int, frac: int | None, sep: str, minus: str, decimals: int) -> str:
    digits = f"{abs(value):,}".replace(",", sep)
    text = digits + (f",{frac:0{decimals}d}" if frac is not None else "")
    return (minus if value < 0 else "") + text


@given(
    value=st.integers(min_value=-(10**12), max_value=10**12).filter(lambda v: v != 0),
    frac=st.one_of(st.none(), st.integers(min_value=0, max_value=99)),
    sep=st.sampled_from(THOUSANDS),
    minus=st.sampled_from(MINUS),
    suffix=st.sampled_from(["", " M€", " Md€", " k€", " %", " (1)", "*", "¹", " millions d'euros"]),
)
def test_round_trip_every_format(
    value: int, frac: int | None, sep: str, minus: str, suffix: str
) -> None:
    text = _format(value, frac, sep, minus, 2) + suffix
    cell = parse_cell(text)
    expected = abs(value) + (frac / 100 if frac is not None else 0)
    assert cell.value == pytest.approx(expected if value > 0 else -expected)
