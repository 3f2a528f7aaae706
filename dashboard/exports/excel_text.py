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

from dashboard.data import Package
from dashboard.exports.scope import ExportScope
from dashboard.exports.xlsx_cells import BOLD, LEFT, WRAP, cell, header, link, widths
from dashboard.i18n import format_date, t

MODE_WORDS = {
    "level": "niveaux",
    "yoy": "variation annuelle (%) sur les graphiques du tableau de bord",
    "index": "indice base 100 sur les graphiques du tableau de bord",
}


def readme_sheet(
    wb: Workbook, title_: str, pkg: Package, scope: ExportScope, rows: pl.DataFrame, n_series: int
) -> None:
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
        years += " (toutes les années disponibles)"
    labels = {
        "indicator": pkg.labels("indicators", lang),
        "segment": pkg.labels("segments", lang),
        "geo": pkg.labels("geographies", lang),
    }

    def shown(key: str) -> str:
        code = getattr(scope, key)
        return "tous" if code is None else f"{labels[key].get(code, code)} ({code})"

    version = desc.get("version") or "–"
    created = desc.get("created") or "–"
    cite = (
        f"Cadran, « {title} », paquet de données version {version} du {created[:10]}, "
        f"extrait le {format_date(now.date(), 'fr')} ; chaque chiffre reste celui de sa source "
        "(onglet Sources)."
    )
    ws.append([cell(ws, title, font=Font(bold=True, size=14))])
    ws.append(["Rapport Excel d'une vue du tableau de bord Cadran."])
    ws.append([])
    lines: list[tuple[str, object]] = [
        (t("indicator", "fr"), shown("indicator")),
        (t("segment", "fr"), shown("segment")),
        (t("geo", "fr"), shown("geo")),
        ("Années", years),
        ("Affichage", f"{MODE_WORDS.get(view.mode, view.mode)} ; les feuilles gardent les "
                      "valeurs publiées (niveaux)"),
        ("Langue des libellés", lang),
        ("Exporté le", now.strftime("%Y-%m-%d %H:%M UTC")),
        ("Paquet de données", desc.get("name") or "–"),
        ("Version du paquet", version),
        ("Paquet créé le", created),
        ("Licence", link(ws, lic.get("title") or lic.get("name") or "–", lic.get("path"))),
        ("Comment citer", cite),
        ("Lignes (Données)", rows.height),
        ("Séries (Séries)", n_series),
        ("Unités", "Valeurs en unités de base (euros, personnes, points de pourcentage) ; "
                   "les formats affichent M€ sans arrondir les cellules."),
        ("Onglets", "Données : une ligne par chiffre et sa source. Séries : années x séries, "
                    "valeur retenue par année comme sur les graphiques. Graphiques : graphiques "
                    "natifs modifiables. Actualités : articles de la période. Sources : liens."),
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
            cell(ws, r["published_on"], number_format="yyyy-mm-dd"),
            link(ws, r["title"], r["url"]), r["outlet"], r["lead"],
        ])  # fmt: skip


def sources_sheet(wb: Workbook, title_: str, pkg: Package, rows: pl.DataFrame) -> None:
    ws = wb.create_sheet(title_)
    ws.freeze_panes = "A2"
    counts = rows.group_by("source_id").agg(pl.len().alias("n"))
    cited = pkg["sources"].join(counts, on="source_id", how="inner").sort("source_id")
    widths(ws, [28, 70, 30, 14, 40, 14, 60, 10])
    ws.append(header(ws, ["Identifiant", "Titre", "Éditeur", "Publié le", "Licence", "Type",
                           "Lien", "Lignes citées"]))  # fmt: skip
    for r in cited.iter_rows(named=True):
        published = r["published_on"]
        ws.append([
            r["source_id"], link(ws, r["title"], r["url"]), r["publisher"],
            str(published) if published is not None else None, r["licence"], r["kind"],
            link(ws, r["url"], r["url"]), r["n"],
        ])  # fmt: skip
