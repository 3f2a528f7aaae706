"""The Données page's filtered rows as files: CSV in two dialects and an Excel sheet.

Input: the package and the page's filters (indicator, place, status; each optional) and the
reader's language. Output: bytes. Every matching row, not only the ones the grid pages
through; values stay numbers in base units (euros, people) with their unit beside them.

CSV dialects, named in the file name:
- `standard`: comma separator, decimal point, UTF-8 without BOM (`cadran-donnees-standard.csv`),
  for scripts and spreadsheets set to English;
- `excel-fr`: semicolon separator, decimal comma, UTF-8 with BOM (`cadran-donnees-excel-fr.csv`),
  which French Excel opens in columns with accents intact.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

import polars as pl
from openpyxl import Workbook

from dashboard.data import Package
from dashboard.exports.formats import value_format
from dashboard.exports.xlsx_cells import cell, header, print_setup, widths
from dashboard.i18n import export_word, status_label, unit_label

DIALECTS = ("standard", "excel-fr")
FILTERS = ("indicator", "geo", "status")
# (header word in the catalogue, column)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("col_period", "period"), ("col_indicator", "indicator"), ("col_segment", "segment"),
    ("col_geo", "geo"), ("col_entity", "entity"), ("col_value", "value"), ("col_unit", "unit"),
    ("col_status", "status"), ("col_approximate", "approximate"),
    ("col_publisher", "publisher"), ("col_source_url", "source_url"),
    ("col_locator", "locator"), ("col_id", "observation_id"),
)  # fmt: skip


def filtered_rows(pkg: Package, filters: Mapping[str, str | None], lang: str) -> pl.DataFrame:
    """Every observation matching the filters, with labels, its source and words."""
    obs = pkg["observations"]
    for key in FILTERS:
        if filters.get(key):
            obs = obs.filter(pl.col(key).cast(pl.String) == filters[key])
    src = pkg["sources"].select("source_id", "publisher", pl.col("url").alias("source_url"))

    def label(table: str, col: str) -> pl.Expr:
        code = pl.col(col).cast(pl.String)
        return code.replace_strict(pkg.labels(table, lang), default=code, return_dtype=pl.String)

    statuses = {s: status_label(s, lang) for s in obs["status"].cast(pl.String).unique()}
    units = {u: unit_label(u, lang) for u in obs["unit"].cast(pl.String).unique() if u}
    yes, no = export_word("yes", lang), export_word("no", lang)
    return (
        obs.with_columns(pl.col(pl.Categorical).cast(pl.String))
        .join(src, on="source_id", how="left")
        .with_columns(pl.col("unit").alias("_unit"))  # the code, for number formats
        .with_columns(
            label("indicators", "indicator"), label("segments", "segment"),
            label("geographies", "geo"), pl.col("status").replace(statuses),
            pl.col("unit").replace(units),
            pl.when(pl.col("approximate")).then(pl.lit(yes)).otherwise(pl.lit(no))
            .alias("approximate"),
        )
        .sort("indicator", "geo", "period", "observation_id")
        .select(*[col for _, col in COLUMNS], "_unit")
    )  # fmt: skip


def _headed(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    return frame.drop("_unit", strict=False).rename(
        {col: export_word(word, lang) for word, col in COLUMNS}
    )


def csv_bytes(frame: pl.DataFrame, dialect: str, lang: str) -> bytes:
    """The rows as CSV in one of DIALECTS (see the module docstring)."""
    headed = _headed(frame, lang)
    if dialect == "excel-fr":
        text = headed.write_csv(separator=";", decimal_comma=True)
        return ("\ufeff" + text).encode("utf-8")
    if dialect == "standard":
        return headed.write_csv().encode("utf-8")
    raise ValueError(f"unknown CSV dialect {dialect!r}; known: {', '.join(DIALECTS)}")


def xlsx_bytes(frame: pl.DataFrame, lang: str) -> bytes:
    """The rows on one sheet: header row frozen and filtered, values as numbers with the
    unit's number format (`423 M€` shown, 423 000 000 stored)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(export_word("sheet_data", lang))
    ws.freeze_panes = "A2"
    print_setup(ws)
    widths(ws, [10, 24, 18, 22, 18, 16, 12, 24, 10, 28, 40, 24, 16])
    ws.append(header(ws, [export_word(word, lang) for word, _ in COLUMNS]))
    value_at = [c for _, c in COLUMNS].index("value")
    for row in frame.iter_rows():
        cells: list[object] = list(row[:-1])  # without the unit code
        if row[value_at] is not None:
            fmt = value_format(row[-1] or "", row[value_at], lang)
            cells[value_at] = cell(ws, row[value_at], number_format=fmt)
        ws.append(cells)
    ws.auto_filter.ref = f"A1:{chr(ord('A') + len(COLUMNS) - 1)}{frame.height + 1}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def file_name(filters: Mapping[str, str | None], suffix: str, dialect: str | None = None) -> str:
    """`cadran-donnees-jobs-fr-bfc-excel-fr.csv`: the filters and the dialect in the name."""
    parts = ["cadran-donnees", *(str(filters[k]) for k in FILTERS if filters.get(k))]
    if dialect:
        parts.append(dialect)
    stem = "-".join(parts).lower()
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in stem) + f".{suffix}"
