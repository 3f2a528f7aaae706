"""The workbook's Variations sheet: the *Secteur* page's change between two years
(`dashboard.change_table`), one row per series of the view, numbers kept as numbers.

Values and absolute changes carry their unit's format (`423 M€`), relative changes one decimal
in percent; a row without a change says why in words, as on the page.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from openpyxl import Workbook

from dashboard.change_table import reason_words
from dashboard.exports.formats import change_format, value_format
from dashboard.exports.xlsx_cells import cell, header, print_setup, widths
from dashboard.i18n import t, unit_label

# (catalogue word of the header, column of `change_table.SCHEMA`), in the page's order.
CHANGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("change_series", "series"),
    ("change_unit", "unit"),
    ("change_year_a", "year_a"),
    ("change_value_a", "value_a"),
    ("change_year_b", "year_b"),
    ("change_value_b", "value_b"),
    ("change_abs", "change"),
    ("change_pct", "change_pct"),
    ("change_reason", "reason"),
)


def changes_sheet(wb: Workbook, name: str, frame: pl.DataFrame, lang: str) -> Any:
    """A sheet of the change table `frame` (headers in the reader's language, the page's
    note under the rows)."""
    ws = wb.create_sheet(name)
    ws.freeze_panes = "B2"
    print_setup(ws)
    widths(ws, [60, 14, 10, 16, 10, 16, 16, 14, 30])
    ws.append(header(ws, [t(key, lang) for key, _ in CHANGE_COLUMNS]))
    percent = signed(change_format(lang))
    for r in frame.iter_rows(named=True):
        unit = r["unit"] or ""
        ws.append([
            r["series"], unit_label(unit, lang) if unit else None,
            r["year_a"], _number(ws, r["value_a"], unit, lang),
            r["year_b"], _number(ws, r["value_b"], unit, lang),
            _number(ws, r["change"], unit, lang, signed),
            None if r["change_pct"] is None else cell(ws, r["change_pct"], number_format=percent),
            reason_words(r, lang) or None,
        ])  # fmt: skip
    ws.append([])
    ws.append([t("change_note", lang)])
    return ws


def signed(fmt: str) -> str:
    """The number format `fmt` with a `+` before positive numbers (`+193 M€`, as on the page)."""
    return f"+{fmt};-{fmt};{fmt}"


def _number(ws: Any, value: float | None, unit: str, lang: str, style=lambda f: f) -> object:
    if value is None:
        return None
    return cell(ws, value, number_format=style(value_format(unit, value, lang)))
