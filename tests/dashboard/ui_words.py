"""Common interface words of each language, to catch the other language leaking into a page,
a workbook or a deck. Proper nouns that carry such words (France Horlogerie, Europa Star...)
are left out; content quoted in its own language is marked in the HTML and skipped.
"""

from __future__ import annotations

import re

FRENCH_UI = (
    "Vue d'ensemble", "Secteur", "Actualités", "Territoires", "Données", "Sources et méthode",
    "Indicateur", "Territoire", "Affichage", "Niveau", "Variation annuelle", "Indice",
    "Année", "Période", "mise à jour", "Source officielle", "Repris par la presse",
    "Extrait d'une actualité", "À vérifier", "Rejeté", "environ", "en désaccord",
    "Lien de partage", "Télécharger", "Description du graphique", "Aucune donnée",
    "Dernières actualités", "Chiffre d'affaires", "Emplois", "Entreprises", "par rapport à",
    "Article original", "Rechercher", "Recherche", "Région", "Département", "Thème",
    "Avec des chiffres", "Alimente", "Statut", "Tous", "lignes affichées", "Éditeur", "Valeur",
    "Emplacement", "Explorer", "Méthode", "Précautions", "En tête", "personnes", "autres",
    "Résumé rédigé", "pas de donnée", "Unité", "Exporté le", "paquet de données", "Lisez-moi",
    "Titre", "Chapô", "Identifiant", "Publié le", "Lignes citées", "officiel", "rapporté",
    "janvier", "février", "avril", "juillet", "décembre", "Sélection", "Réinitialiser",
    "Échelle automatique", "Télécharger le graphique", "Masquer", "Afficher", "Exporté",
)  # fmt: skip

ENGLISH_UI = (
    "Overview", "Sector", "News", "Territories", "Sources and method", "Indicator", "Place",
    "Level", "Year-on-year", "Index", "Base year", "Period", "updated", "Official source",
    "Relayed by", "Extracted from", "To be checked", "Rejected", "about", "disagree",
    "Share link", "Share chart", "Download", "Chart description", "No data", "Latest news",
    "Revenue", "Jobs", "Companies", "Original article", "Search", "Region", "Department",
    "Topic", "With figures", "Feeds", "Status", "rows shown", "Publisher", "Value", "Explore",
    "Method", "Caveats", "Top", "people", "persons", "others", "other", "official", "reported",
    "Summary", "Unit", "Exported", "data package", "Select All", "No options found", "Clear",
    "Zoom in", "Zoom out", "Autoscale", "Reset axes", "Download plot", "January", "February",
    "the", "and", "of", "with", "from", "Show", "Hide", "Sheets", "How to cite", "Years",
)  # fmt: skip


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])")


OTHER_LANGUAGE = {"fr": _pattern(ENGLISH_UI), "en": _pattern(FRENCH_UI)}
# French typography and separators on an English page: "Top :", "3 000", "1,5 %".
FRENCH_MARKS = re.compile(
    r"\w\u00a0?\s:(?:\s|$)"  # a space before a colon
    r"|(?<![\d.,])\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d,.])"  # 3 000, 1 234 567
    r"|\d,\d+\s?\u202f?%"  # 1,5 %
)


# Names that hold a common word but are names in every language.
PROPER_NOUNS = ("Territoire de Belfort",)


def leaks(text: str, lang: str) -> list[str]:
    """Words (and, on English pages, French number marks) of the other language in `text`."""
    for name in PROPER_NOUNS:
        text = text.replace(name, "")
    found = [m.group(0) for m in OTHER_LANGUAGE[lang].finditer(text)]
    if lang == "en":
        found += [f"french mark {m.group(0)!r}" for m in FRENCH_MARKS.finditer(text)]
    return sorted(set(found))
