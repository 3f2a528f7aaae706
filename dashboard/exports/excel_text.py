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
from dashboard.i18n import format_date, t

MODE_WORDS = {
    "level": ("niveaux", "levels"),
    "yoy": ("variation annuelle (%) sur les graphiques du tableau de bord",
            "year-on-year change (%) on the dashboard's charts"),
    "index": ("indice base 100 sur les graphiques du tableau de bord",
              "index (base 100) on the dashboard's charts"),
}  # fmt: skip

# Lisez-moi texts, French then English. Sheet and column names stay French in both languages,
# so formulas and scripts reading the file work whatever the language of the labels.
README_WORDS: dict[str, tuple[str, str]] = {
    "intro": ("Rapport Excel d'une vue du tableau de bord Cadran.",
              "Excel report of a view of the Cadran dashboard."),
    "years": ("Années", "Years"),
    "all_years": ("toutes les années disponibles", "every year available"),
    "all": ("tous", "all"),
    "mode": ("Affichage", "Display"),
    "mode_note": ("les feuilles gardent les valeurs publiées (niveaux)",
                  "the sheets keep the published values (levels)"),
    "lang": ("Langue des libellés", "Language of the labels"),
    "exported": ("Exporté le", "Exported on"),
    "package": ("Paquet de données", "Data package"),
    "version": ("Version du paquet", "Package version"),
    "created": ("Paquet créé le", "Package created on"),
    "licence": ("Licence", "Licence"),
    "cite": ("Comment citer", "How to cite"),
    "rows": ("Lignes (Données)", "Rows (Données)"),
    "series": ("Séries (Séries)", "Series (Séries)"),
    "units": ("Unités", "Units"),
    "units_note": (
        "Valeurs en unités de base (euros, personnes, points de pourcentage) ; les formats "
        "affichent M€ sans arrondir les cellules.",
        "Values in base units (euros, persons, percentage points); number formats show M€ "
        "without rounding the cells.",
    ),
    "sheets": ("Onglets", "Sheets"),
    "sheets_note": (
        "Données : une ligne par chiffre et sa source. Séries : années x séries, valeur retenue "
        "par année comme sur les graphiques. Graphiques : graphiques natifs modifiables. "
        "Actualités : articles de la période. Sources : liens.",
        "Données: one row per figure and its source. Séries: years x series, the value kept "
        "each year as on the charts. Graphiques: native, editable charts. Actualités: news "
        "items of the period. Sources: links.",
    ),
}  # fmt: skip


def _w(key: str, lang: str) -> str:
    fr, en = README_WORDS[key]
    return en if lang == "en" else fr


def _cite(title: str, version: str, created: str, today: str, lang: str) -> str:
    if lang == "en":
        return (
            f"Cadran, “{title}”, data package version {version} of {created[:10]}, extracted on "
            f"{today}; every figure remains its source's (Sources sheet)."
        )
    return (
        f"Cadran, « {title} », paquet de données version {version} du {created[:10]}, "
        f"extrait le {today} ; chaque chiffre reste celui de sa source (onglet Sources)."
    )


def readme_sheet(
    wb: Workbook, title_: str, pkg: Package, scope: ExportScope, rows: pl.DataFrame, n_series: int
) -> None:
    """Lisez-moi: what the file holds, in the view's language."""
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
        years += f" ({_w('all_years', lang)})"
    tables = {"indicator": "indicators", "segment": "segments", "geo": "geographies"}

    def shown(key: str) -> str:
        code = getattr(scope, key)
        if code is None:
            return _w("all", lang)
        return f"{pkg.labels(tables[key], lang).get(code, code)} ({code})"

    version = str(desc.get("version") or "–")
    created = str(desc.get("created") or "–")
    mode_fr, mode_en = MODE_WORDS.get(view.mode, (view.mode, view.mode))
    if lang == "en":
        mode_text = f"{mode_en}; {_w('mode_note', lang)}"
    else:
        mode_text = f"{mode_fr} ; {_w('mode_note', lang)}"
    ws.append([cell(ws, title, font=Font(bold=True, size=14))])
    ws.append([_w("intro", lang)])
    ws.append([])
    lines: list[tuple[str, object]] = [
        (t("indicator", lang), shown("indicator")),
        (t("segment", lang), shown("segment")),
        (t("geo", lang), shown("geo")),
        (_w("years", lang), years),
        (_w("mode", lang), mode_text),
        (_w("lang", lang), lang),
        (_w("exported", lang), now.strftime("%Y-%m-%d %H:%M UTC")),
        (_w("package", lang), desc.get("name") or "–"),
        (_w("version", lang), version),
        (_w("created", lang), created),
        (_w("licence", lang),
         link(ws, lic.get("title") or lic.get("name") or "–", lic.get("path"))),
        (_w("cite", lang), _cite(title, version, created, format_date(now.date(), lang), lang)),
        (_w("rows", lang), rows.height),
        (_w("series", lang), n_series),
        (_w("units", lang), _w("units_note", lang)),
        (_w("sheets", lang), _w("sheets_note", lang)),
    ]  # fmt: skip
    for label, value in lines:
        if isinstance(value, str):
            value = cell(ws, value, alignment=WRAP)
        elif isinstance(value, int):
            value = cell(ws, value, alignment=LEFT)
        ws.append([cell(ws, label, font=BOLD), value])


def news_sheet(wb: Workbook, title_: str, news: pl.DataFrame) -> None:
    ws = wb.create_sheet(title_)
    ws.freeze_panes = "A2"
    widths(ws, [12, 70, 24, 90])
    ws.append(header(ws, ["Date", "Titre", "Média", "Chapô"]))
    if news.is_empty():
        ws.append(["", "Aucun article pour cette période."])
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
    ws.append(header(ws, ["Identifiant", "Titre", "Éditeur", "Publié le", "Licence", "Type",
                           "Lien", "Lignes citées", t("display_name", lang),
                           t("producer", lang), t("values_given", lang).capitalize(),
                           t("citation", lang)]))  # fmt: skip
    for r in cited.iter_rows(named=True):
        published = r["published_on"]
        use = uses.get(r["source_id"])
        given = ", ".join(use.periods) if use else ""
        ws.append([
            r["source_id"], link(ws, r["title"], r["url"]), r["publisher"],
            r.get("published_on_text") or (str(published) if published is not None else None),
            r["licence"], r["kind"],
            link(ws, r["url"], r["url"]), r["n"], r.get("publisher_name"), r.get("producer"),
            given, use.citation if use else citations.citation(r, lang),
        ])  # fmt: skip
