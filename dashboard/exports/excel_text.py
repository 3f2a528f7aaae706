"""The report's text sheets: Lisez-moi (what, filters, package, licence, how to cite),
Actualités (news items of the period, hyperlinked) and Sources (every cited source, linked).

Inputs: a write-only openpyxl workbook, the package, the scope and its rows. Each function adds
one sheet; nothing is returned.
"""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
from openpyxl import Workbook
from openpyxl.styles import Font

from dashboard import citations
from dashboard.data import Package
from dashboard.exports.scope import ExportScope
from dashboard.exports.xlsx_cells import BOLD, LEFT, WRAP, cell, header, link, widths
from dashboard.i18n import (
    EXPORT_WORDS,
    format_date,
    licence_label,
    semicolon,
    source_licence,
    t,
)
from dashboard.i18n import export_word as w


def readme_sheet(
    wb: Workbook, title_: str, pkg: Package, scope: ExportScope, rows: pl.DataFrame, n_series: int
) -> None:
    """Lisez-moi: what the file holds, in the view's language (every word from the catalogue)."""
    ws = wb.create_sheet(title_)
    widths(ws, [30, 110])
    desc = pkg.descriptor
    lang = scope.lang
    now = datetime.now(UTC)
    lic = (desc.get("licenses") or [{}])[0]
    view = scope.view
    title = desc.get("title") or "Cadran"
    first, last = rows["year"].min(), rows["year"].max()
    years = f"{view.start or first} – {view.end or last}"
    if not (view.start or view.end):
        years += f" ({w('all_years', lang)})"
    tables = {"indicator": "indicators", "segment": "segments", "geo": "geographies"}

    def shown(key: str) -> str:
        code = getattr(scope, key)
        if code is None:
            return t("all_lower", lang)
        return f"{pkg.labels(tables[key], lang).get(code, code)} ({code})"

    version = str(desc.get("version") or "–")
    created = str(desc.get("created") or "–")
    mode = w(f"mode_{view.mode}", lang) if f"mode_{view.mode}" in EXPORT_WORDS else view.mode
    today = format_date(now.date(), lang)
    cite = w("cite_text", lang).format(title=title, version=version, created=created[:10],
                                        today=today)  # fmt: skip
    ws.append([cell(ws, title, font=Font(bold=True, size=14))])
    ws.append([w("intro", lang)])
    ws.append([])
    lines: list[tuple[str, object]] = [
        (t("indicator", lang), shown("indicator")),
        (t("segment", lang), shown("segment")),
        (t("geo", lang), shown("geo")),
        (w("years", lang), years),
        (w("display", lang), f"{mode}{semicolon(lang)}{w('mode_note', lang)}"),
        (w("labels_lang", lang), w("lang_name", lang)),
        (t("exported_on", lang), now.strftime("%Y-%m-%d %H:%M UTC")),
        (w("package", lang), desc.get("name") or "–"),
        (w("version", lang), version),
        (w("created", lang), created),
        (t("licence", lang),
         link(ws, licence_label(lic.get("name"), lic.get("title"), lang), lic.get("path"))),
        (w("cite", lang), cite),
        (w("rows", lang), rows.height),
        (w("series", lang), n_series),
        (w("units", lang), w("units_note", lang)),
        (w("sheets", lang), w("sheets_note", lang)),
    ]  # fmt: skip
    for label, value in lines:
        if isinstance(value, str):
            value = cell(ws, value, alignment=WRAP)
        elif isinstance(value, int):
            value = cell(ws, value, alignment=LEFT)
        ws.append([cell(ws, label, font=BOLD), value])


def news_sheet(wb: Workbook, title_: str, news: pl.DataFrame, lang: str = "fr") -> None:
    ws = wb.create_sheet(title_)
    ws.freeze_panes = "A2"
    widths(ws, [12, 70, 24, 90])
    ws.append(header(ws, [w(k, lang) for k in ("col_date", "col_title", "col_outlet", "col_lead")]))
    if news.is_empty():
        ws.append(["", t("no_news_period", lang)])
    for r in news.iter_rows(named=True):
        ws.append([
            cell(ws, r["published_on"], number_format=DATE_FORMATS[r.get("published_precision") or "day"]),
            link(ws, r["title"], r["url"]), r["outlet"], r["lead"],
        ])  # fmt: skip


# A source that prints only a month or a year is shown no more precisely.
DATE_FORMATS = {"day": "yyyy-mm-dd", "month": "yyyy-mm", "year": "yyyy"}


def sources_sheet(
    wb: Workbook, title_: str, pkg: Package, rows: pl.DataFrame, lang: str = "fr"
) -> None:
    """One row per source cited by the export, official producers first, with its display
    name, the producer of its figures, the years it gives and a citation ready to paste."""
    ws = wb.create_sheet(title_)
    ws.freeze_panes = "A2"
    counts = rows.group_by("source_id").agg(pl.len().alias("n"))
    cited = pkg["sources"].join(counts, on="source_id", how="inner")
    uses = {u.source_id: u for u in citations.source_uses(rows, pkg["sources"], lang)}
    order = {sid: i for i, sid in enumerate(uses)}
    cited = cited.sort(pl.col("source_id").replace_strict(order, default=len(order)), "source_id")
    widths(ws, [28, 70, 30, 14, 40, 14, 60, 10, 30, 30, 40, 110])
    ws.append(header(ws, [w("col_id", lang), w("col_title", lang), t("publisher", lang),
                           w("col_published", lang), w("col_licence", lang), w("col_kind", lang),
                           w("col_link", lang), w("col_rows_cited", lang), t("display_name", lang),
                           t("producer", lang), t("values_given", lang).capitalize(),
                           t("citation", lang)]))  # fmt: skip
    for r in cited.iter_rows(named=True):
        published = r["published_on"]
        use = uses.get(r["source_id"])
        given = ", ".join(use.periods) if use else ""
        ws.append([
            r["source_id"], link(ws, r["title"], r["url"]), r["publisher"],
            r.get("published_on_text") or (str(published) if published is not None else None),
            source_licence(r["licence"], lang), _kind(r["kind"], lang),
            link(ws, r["url"], r["url"]), r["n"], r.get("publisher_name"), r.get("producer"),
            given, use.citation if use else citations.citation(r, lang),
        ])  # fmt: skip


def _kind(kind: str | None, lang: str) -> str:
    """`news` / `publication` in the reader's words."""
    key = f"kind_{kind}"
    return w(key, lang) if key in EXPORT_WORDS else (kind or "")
