"""Spreadsheet number formats per unit, shared by the Excel report and the PowerPoint charts.

Values stay numbers in base units (euros, persons, percent points); the format code scales and
labels them. Codes are written in Excel's invariant notation (`,` thousands, `.` decimals);
Excel, LibreOffice and PowerPoint draw them with the reader's locale, so a French reader sees
`423 M€` for 423000000 under `#,##0,,\\ "M€"`.
"""

from __future__ import annotations

CURRENCY_SYMBOL = {"EUR": "€", "CHF": "CHF", "USD": "$"}
COUNT_UNITS = {"persons", "companies", "units", "brands"}


def _currency(symbol: str, magnitude: float, whole: bool) -> str:
    sep = "" if symbol == "€" else " "
    if magnitude >= 1e10:
        return f'#,##0.0,,,\\ "Md{sep}{symbol}"'
    if magnitude >= 1e6:
        digits = "#,##0" if whole or magnitude >= 1e8 else "#,##0.0"
        return f'{digits},,\\ "M{sep}{symbol}"'
    return f'#,##0\\ "{symbol}"'


def number_format(unit: str, magnitude: float = 0.0, whole: bool = True) -> str:
    """Format code for values of `unit` whose largest absolute value is `magnitude`.

    `whole` says whether the values are whole millions (then no decimal is shown in M€).
    """
    symbol = CURRENCY_SYMBOL.get(unit)
    if symbol:
        return _currency(symbol, magnitude, whole)
    if unit == "percent":
        return '#,##0.0\\ "%"'
    if unit in COUNT_UNITS:
        return "#,##0"
    return "#,##0.##"


def column_format(unit: str, values: list[float | None]) -> str:
    """Format for a whole column of one unit (the Séries sheet, a chart's value axis)."""
    present = [abs(v) for v in values if v is not None]
    biggest = max(present, default=0.0)
    whole = all(v % 1e6 == 0 for v in present)
    return number_format(unit, biggest, whole)


def value_format(unit: str, value: float | None) -> str:
    """Format for one cell of the Données sheet."""
    if value is None:
        return "General"
    return number_format(unit, abs(value), abs(value) % 1e6 == 0)


def axis_unit(unit: str, magnitude: float, lang: str = "fr") -> str:
    """Short unit to print next to a chart title: `M€`, `%`, `personnes`."""
    symbol = CURRENCY_SYMBOL.get(unit)
    if symbol:
        sep = "" if symbol == "€" else " "
        if magnitude >= 1e10:
            return f"Md{sep}{symbol}"
        return f"M{sep}{symbol}" if magnitude >= 1e6 else symbol
    from dashboard.i18n import unit_label

    return unit_label(unit, lang)
