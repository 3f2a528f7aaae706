"""Spreadsheet number formats per unit, shared by the Excel report and the PowerPoint charts.

Values stay numbers in base units (euros, persons, percent points); the format code scales and
labels them. The scale, decimals and symbols come from `dashboard.i18n.number_style`, the same
choice `format_value` prints on the page, so `423 M€` (French) or `€423M` (English) reads the
same in the workbook and the deck. Codes are written in Excel's invariant notation (`,`
thousands, `.` decimals); Excel, LibreOffice and PowerPoint draw them with the reader's locale.
"""

from __future__ import annotations

from dashboard.i18n import (
    COUNT_UNITS,
    CURRENCIES,
    EN_NBSP,
    NBSP,
    NumberStyle,
    decimals_for,
    number_style,
    scale_for,
    unit_label,
)

MAX_COLUMN_DECIMALS = 3
CURRENCY_SYMBOL = {code: fr_symbol for code, (_sep, fr_symbol, _en) in CURRENCIES.items()}
SPACES = f"{NBSP}{EN_NBSP} "


def _literal(text: str) -> str:
    """Text in a format code: a leading space is Excel's escaped `\\ `, the rest quoted."""
    core = text.strip(SPACES).replace(NBSP, " ").replace(EN_NBSP, " ")
    if not core:
        return ""
    quoted = f'"{core}"'
    lead = "\\ " if text[:1] in SPACES else ""
    trail = "\\ " if text[-1:] in SPACES else ""
    return f"{lead}{quoted}{trail}"


def excel_format(style: NumberStyle, unit: str) -> str:
    """Format code printing like `format_value` with `style` (counts leave the unit to the
    column header: `#,##0`)."""
    digits = "#,##0" + ("." + "0" * style.decimals if style.decimals else "")
    scaling = {1e6: ",,", 1e9: ",,,"}.get(style.divisor, "")
    suffix = "" if unit in COUNT_UNITS else _literal(style.suffix)
    return f"{_literal(style.prefix)}{digits}{scaling}{suffix}"


def number_format(
    unit: str, magnitude: float = 0.0, lang: str = "fr", decimals: int | None = None
) -> str:
    """Format code for values of `unit` whose largest absolute value is `magnitude`."""
    if unit not in CURRENCIES and unit != "percent" and unit not in COUNT_UNITS:
        return "#,##0.##"
    return excel_format(number_style(magnitude, unit, lang, decimals), unit)


def column_format(unit: str, values: list[float | None], lang: str = "fr") -> str:
    """Format for a whole column of one unit (the Séries sheet, a chart's value axis): the
    scale of the largest value, and the decimals the most demanding value needs."""
    present = [abs(v) for v in values if v is not None]
    biggest = max(present, default=0.0)
    style = number_style(biggest, unit, lang)
    if unit in COUNT_UNITS and all(float(v).is_integer() for v in present):
        decimals = 0
    else:
        needed = (decimals_for(v / style.divisor) for v in present if v)
        decimals = min(MAX_COLUMN_DECIMALS, max(needed, default=0))
    return number_format(unit, biggest, lang, decimals)


def value_format(unit: str, value: float | None, lang: str = "fr") -> str:
    """Format for one cell of the Données sheet: exactly what `format_value` shows."""
    if value is None:
        return "General"
    return number_format(unit, abs(value), lang)


def change_format(lang: str = "fr") -> str:
    """Year-on-year changes in percent with one decimal (`+3,2 %` on the page)."""
    return number_format("percent", 0.0, lang, 1)


def index_format() -> str:
    """Index values (base 100) with one decimal."""
    return "#,##0.0"


def axis_unit(unit: str, magnitude: float, lang: str = "fr") -> str:
    """Short unit to print next to a chart title: `M€`, `€M`, `%`, `personnes`."""
    if unit in CURRENCIES:
        return scale_for(unit, magnitude, lang)[1]
    return unit_label(unit, lang)
