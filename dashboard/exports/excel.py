"""Excel report of a view, written with openpyxl in write-only (streaming) mode.

Input: the package and an `ExportScope`. Output: an .xlsx with seven sheets: Lisez-moi (what,
filters, export date, package version, licence, how to cite), Données (an Excel table with
autofilter, frozen header, per-unit number formats, fitted widths; values stay numbers in base
units), Séries (years x series, a column per organisation of the view), Variations (the change
between two years of the view's series, `excel_changes.py`), Graphiques (native line and bar charts whose series point at
Séries cells, editable in Excel and LibreOffice), Actualités (news of the period, hyperlinked,
only when the package has news) and Sources (every cited source, hyperlinked).

Speed: openpyxl writes everything but the Données rows; those are built as XML by polars and
spliced into the saved file (`fast_rows.py`), so 100,000 rows take a fraction of the time of
`polars.DataFrame.write_excel`. URLs in Données stay plain text (Excel allows 65,530 hyperlinks
per sheet); the Sources sheet carries the links.
"""

from __future__ import annotations

import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl
from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from dashboard.change_table import change_frame
from dashboard.charts import marks_line, note_line, series_title
from dashboard.compare import PALETTE
from dashboard.data import Package
from dashboard.exports.atomic import write_atomic
from dashboard.exports.excel_changes import changes_sheet
from dashboard.exports.excel_text import news_sheet, readme_sheet, sources_sheet
from dashboard.exports.fast_rows import rows_xml_chunks, splice_rows
from dashboard.exports.formats import axis_unit, column_format, value_format
from dashboard.exports.scope import (
    ExportScope,
    SeriesColumn,
    news_in_scope,
    require_rows,
    scope_rows,
    scope_series,
)
from dashboard.exports.xlsx_cells import BOLD, cell, header, print_setup, text_width, widths
from dashboard.i18n import export_word, sheet_names, status_label, unit_label

SHEETS = sheet_names("fr")  # in French; `sheet_names(lang)` in the reader's language
MAX_CHARTS = 8
CHART_ROWS = 18  # sheet rows a chart takes on Graphiques (8.5 cm high), a page break after

# (header, column of scope_rows) for the Données sheet.
# (header word in the catalogue, column of scope_rows) for the Données sheet.
DATA_COLUMNS: tuple[tuple[str, str], ...] = (
    ("col_period", "period"),
    ("col_indicator", "indicator_label"),
    ("col_segment", "segment_label"),
    ("col_geo", "geo_label"),
    ("col_entity", "entity"),
    ("col_value", "value"),
    ("col_unit", "unit"),
    ("col_status", "status"),
    ("col_approximate", "approximate"),
    ("col_publisher", "publisher"),
    ("col_source_title", "source_title"),
    ("col_source_url", "source_url"),
    ("col_locator", "locator"),
    ("col_original_text", "original_text"),
    ("col_note", "note"),
    ("col_indicator_code", "indicator"),
    ("col_segment_code", "segment"),
    ("col_geo_code", "geo"),
    ("col_id", "observation_id"),
)


@dataclass
class PendingRows:
    """Données rows to splice into the saved file (see fast_rows.py)."""

    frame: pl.DataFrame
    last_ref: str


def _data_sheet(wb: Workbook, rows: pl.DataFrame, lang: str = "fr") -> PendingRows:
    """Header, widths, table and formats now; the rows go in after saving (fast_rows)."""
    ws = wb.create_sheet(sheet_names(lang)[1])
    ws.freeze_panes = "A2"
    print_setup(ws)
    cols = [c for _, c in DATA_COLUMNS]
    headers = [export_word(key, lang) for key, _ in DATA_COLUMNS]
    frame = rows.with_columns(
        pl.when(pl.col("approximate")).then(pl.lit(export_word("yes", lang)))
        .otherwise(pl.lit(export_word("no", lang))).alias("approximate"),
        pl.col("status").replace({s: status_label(s, lang) for s in rows["status"].unique()}),
    ).select(cols)  # fmt: skip
    widths(ws, [14.0 if c == "value" else text_width(frame, c, h)
                for h, (_, c) in zip(headers, DATA_COLUMNS, strict=True)])  # fmt: skip
    ws.append(header(ws, headers))
    style_of: dict[str, int] = {}
    styles = []
    for unit, value in zip(frame["unit"].to_list(), frame["value"].to_list(), strict=True):
        fmt = value_format(unit, value, lang)
        if fmt not in style_of:  # registers the format in the workbook's stylesheet
            style_of[fmt] = cell(ws, None, number_format=fmt).style_id
        styles.append(style_of[fmt])
    frame = frame.with_columns(
        pl.Series("_style", styles, dtype=pl.Int32),
        pl.col("unit").replace({u: unit_label(u, lang) for u in frame["unit"].unique() if u}),
    )
    last = f"{get_column_letter(len(cols))}{frame.height + 1}"
    table = Table(displayName="Donnees", ref=f"A1:{last}")
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, 1)]
    table.autoFilter = AutoFilter(ref=f"A1:{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    with warnings.catch_warnings():  # write-only mode warns even when columns are given
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)
    return PendingRows(frame, f"A1:{last}")


def _series_sheet(wb: Workbook, wide: pl.DataFrame, columns: list[SeriesColumn], lang: str):
    ws = wb.create_sheet(sheet_names(lang)[2])
    ws.freeze_panes = "B2"
    print_setup(ws)
    widths(ws, [10] + [min(60, max(18, len(c.header) // 2)) for c in columns])
    formats = []
    headers = [export_word("col_year", lang)]
    for i, col in enumerate(columns):
        values = wide[f"s{i}"].to_list()
        formats.append(column_format(col.unit, values, lang))
        biggest = max((abs(v) for v in values if v is not None), default=0.0)
        headers.append(f"{col.header} ({axis_unit(col.unit, biggest, lang)})")
    ws.append(header(ws, headers))
    for row in wide.iter_rows():
        cells: list[object] = [row[0]]
        cells += [
            cell(ws, v, number_format=formats[i]) if v is not None else None
            for i, v in enumerate(row[1:])
        ]
        ws.append(cells)
    return ws, headers, formats


def _chart_sheet(
    wb: Workbook, series_ws: Any, headers: list[str], formats: list[str], n_years: int,
    lang: str = "fr", compare: str = "", log: bool = False, words: tuple[str, ...] = (),
) -> int:  # fmt: skip
    """Native charts: the main series as a line and as bars, then lines for the next ones; a
    compared view (`compare` holds its title) first gets one chart with every series."""
    ws = wb.create_sheet(sheet_names(lang)[4])
    # one row of charts a page: charts start at row 3, 21, 39...; breaks after 20, 38...
    print_setup(ws, header_row=False, breaks_every=CHART_ROWS, offset=2)
    ws.append([cell(ws, export_word("charts_note", lang), font=BOLD)])
    if words:  # the reader's title, subtitle, note and marks (`title=`... in the view)
        ws.append([" · ".join(words)])
    if len(headers) < 2 or n_years == 0:
        ws.append([export_word("no_series", lang)])
        return 0
    cats = Reference(series_ws, min_col=1, min_row=2, max_row=n_years + 1)
    plan = [(1, "line"), (1, "bar")] + [(j, "line") for j in range(2, len(headers))]
    if compare and len(headers) > 2:
        plan.insert(0, (0, "compare"))
    for k, (j, kind) in enumerate(plan[:MAX_CHARTS]):
        if kind == "compare":
            chart = _compare_chart(series_ws, headers, formats, n_years, compare, lang)
            chart.y_axis.scaling.logBase = 10 if log else None
            ws.add_chart(chart, "A3")
            continue
        chart = LineChart() if kind == "line" else BarChart()
        if kind == "bar":
            chart.type = "col"
        data = Reference(series_ws, min_col=j + 1, min_row=1, max_row=n_years + 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        chart.title = words[0] if words and k == 0 and not compare else headers[j]
        chart.y_axis.number_format = formats[j - 1]
        chart.x_axis.title = export_word("col_year", lang)
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        if log and kind == "line":  # the view's `scale=log`
            chart.y_axis.scaling.logBase = 10
        chart.legend = None
        chart.display_blanks = "gap"
        chart.width, chart.height = 18, 8.5
        for s in chart.series:
            if kind == "line":
                s.smooth = False
                s.marker.symbol, s.marker.size = "circle", 7  # at least 5 pt once printed
        col = "A" if k % 2 == 0 else "L"
        ws.add_chart(chart, f"{col}{3 + (k // 2) * CHART_ROWS}")
    return min(len(plan), MAX_CHARTS)


def _compare_chart(
    series_ws: Any, headers: list[str], formats: list[str], n_years: int, title: str, lang: str
) -> LineChart:
    """Every series of a compared view on one line chart, each in its palette colour, with a
    legend (Excel has no direct line labels); markers of 7 pt."""
    chart = LineChart()
    data = Reference(series_ws, min_col=2, max_col=len(headers), min_row=1, max_row=n_years + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(series_ws, min_col=1, min_row=2, max_row=n_years + 1))
    chart.title = title
    chart.y_axis.number_format = formats[0]
    chart.x_axis.title = export_word("col_year", lang)
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.display_blanks = "gap"
    chart.width, chart.height = 18, 8.5
    for i, s in enumerate(chart.series):
        colour = PALETTE[i % len(PALETTE)].lstrip("#")
        s.smooth = False
        s.graphicalProperties.line.solidFill = colour
        s.marker.symbol, s.marker.size = "circle", 7
        s.marker.graphicalProperties.solidFill = colour
        s.marker.graphicalProperties.line.solidFill = colour
    return chart


@dataclass
class Report:
    """An unsaved report: the workbook and the Données rows to splice in after saving."""

    workbook: Workbook
    rows: PendingRows
    data_sheet: str = SHEETS[1]

    def save(self, path: Path) -> None:
        self.workbook.save(path)
        xml = rows_xml_chunks(self.rows.frame, 2, {"value": "_style"})
        splice_rows(path, self.data_sheet, xml, self.rows.last_ref)


def build_report(pkg: Package, scope: ExportScope) -> Report:
    """The report, ready to save (raises EmptyViewError when the view has no row)."""
    rows = scope_rows(pkg, scope)
    require_rows(rows, scope)
    wide, columns = scope_series(pkg, scope, rows)
    wb = Workbook(write_only=True)
    names = sheet_names(scope.lang)
    readme_sheet(wb, names[0], pkg, scope, rows, len(columns))
    pending = _data_sheet(wb, rows, scope.lang)
    series_ws, headers, formats = _series_sheet(wb, wide, columns, scope.lang)
    changes_sheet(wb, names[3], change_frame(pkg, scope.view), scope.lang)
    compared = series_title(pkg, scope.view) if scope.view.compared else ""
    view = scope.view
    words = tuple(x for x in (view.title, view.subtitle, note_line(view), marks_line(view)) if x)
    _chart_sheet(wb, series_ws, headers, formats, wide.height if columns else 0, scope.lang,
                 compared, view.scale == "log", words)  # fmt: skip
    if "news_items" in _resources(pkg):
        news_sheet(wb, names[5], news_in_scope(pkg, rows, scope), scope.lang)
    sources_sheet(wb, names[6], pkg, rows, scope.lang)
    for ws in wb.worksheets:  # the text sheets print like the others (their header repeated)
        if ws.page_setup.orientation != "landscape":
            print_setup(ws, header_row=ws.title != names[0])
    return Report(wb, pending, names[1])


def _resources(pkg: Package) -> set[str]:
    names = {r.get("name") for r in pkg.descriptor.get("resources", [])}
    return names | ({"news_items"} if pkg.has_news else set())


def excel_bytes(pkg: Package, scope: ExportScope) -> bytes:
    report = build_report(pkg, scope)
    with tempfile.TemporaryDirectory(prefix="cadran-xlsx-") as folder:
        path = Path(folder) / "report.xlsx"
        report.save(path)
        return path.read_bytes()


def write_excel(pkg: Package, scope: ExportScope, out: Path) -> Path:
    """Write the report to `out` atomically (a unique temp file, then rename)."""
    report = build_report(pkg, scope)
    return write_atomic(out, report.save)
