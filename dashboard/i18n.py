"""The one catalogue of reader-facing words and the one number formatter, French and English.

Every string a reader sees (pages, hovers, cards, map labels, images, the workbook and the deck)
comes from here, and every number is turned into text by `format_value`: `423 M€`, `1,2 Md€`,
`3 000 personnes`, `3,2 %` in French; `€423M`, `€1.2bn`, `3,000 people`, `3.2%` in English.
The Excel and PowerPoint number formats are derived from the same `number_style`, so a figure
reads the same everywhere. This is also the only module that compares a language code: other
modules ask it (`pick`, `lang_query`, `label_column`...). Pure functions, no state.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

LANGS = ("fr", "en")
NBSP = "\u202f"  # narrow no-break space: French thousands separator, before units and colons
EN_NBSP = "\u00a0"  # no-break space after an English currency code (`CHF 12M`)
TOLERANCE = 0.004  # a shown amount reads back within 0.4 % of the stored one (0.5 % promised)
MAX_DECIMALS = 6

WORDS: dict[str, tuple[str, str]] = {
    "app_title": (
        "Cadran : l'horlogerie française en chiffres",
        "Cadran: French watchmaking in figures",
    ),
    "overview": ("Vue d'ensemble", "Overview"),
    "sector": ("Secteur", "Sector"),
    "news": ("Actualités", "News"),
    "territories": ("Territoires", "Territories"),
    "data": ("Données", "Data"),
    "sources": ("Sources et méthode", "Sources and method"),
    "lang_switch": ("English", "Français"),
    "indicator": ("Indicateur", "Indicator"),
    "segment": ("Segment", "Segment"),
    "geo": ("Territoire", "Place"),
    "entity": ("Organisme", "Organisation"),
    "mode": ("Affichage", "Show"),
    "level": ("Niveau", "Level"),
    "yoy": ("Variation annuelle (%)", "Year-on-year change (%)"),
    "index": ("Indice (base 100)", "Index (base 100)"),
    "base_year": ("Année de base", "Base year"),
    "period": ("Période", "Period"),
    "period_from": ("Période (début)", "Period (from)"),
    "period_to": ("Période (fin)", "Period (to)"),
    "source": ("Source", "Source"),
    "sources_word": ("Sources", "Sources"),
    "updated": ("mise à jour", "updated"),
    # Statuses of a figure (package contract 2.0): what a reader can rely on.
    "official": ("Source officielle", "Official source"),
    "secondary": ("Repris par la presse", "Relayed by the press"),
    # reported = approved on the review page or an exact repeat of a table figure (issue 12)
    "reported": ("Extrait d'une actualité, vérifié", "Extracted from a news item, verified"),
    "candidate": ("À vérifier", "To be checked"),
    "rejected": ("Rejeté", "Rejected"),
    "extracted": ("Extrait de l'article", "Extracted from the article"),
    "approx": ("environ", "about"),
    "disagree": ("⚠ sources en désaccord", "⚠ sources disagree"),
    "share": ("Lien de partage", "Share link"),
    "download": ("Télécharger", "Download"),
    "describe": ("Description du graphique", "Chart description"),
    "no_data": ("Aucune donnée pour cette sélection.", "No data for this selection."),
    "no_value": ("pas de donnée", "no data"),
    "fallback": ("Paramètre inconnu ignoré", "Unknown parameter ignored"),
    "latest_news": ("Dernières actualités", "Latest news"),
    "no_news": ("Aucun article pour l'instant.", "No news items yet."),
    "no_news_period": ("Aucun article pour cette période.", "No news item for this period."),
    "revenue": ("Chiffre d'affaires", "Revenue"),
    "jobs": ("Emplois", "Jobs"),
    "companies": ("Entreprises", "Companies"),
    "vs": ("par rapport à", "vs"),
    "original": ("Article original", "Original article"),
    "search": ("Recherche", "Search"),
    "region": ("Région", "Region"),
    "department": ("Département", "Department"),
    "topic": ("Thème", "Topic"),
    "has_figures": ("Avec des chiffres", "With figures"),
    "items": ("articles", "items"),
    "observations": ("observations", "observations"),
    "feeds": ("Alimente", "Feeds"),
    "news_band": ("Actualités", "News"),
    "status": ("Statut", "Status"),
    "all": ("Tous", "All"),
    "all_lower": ("tous", "all"),
    "rows_shown": ("lignes affichées sur", "rows shown of"),
    "publisher": ("Éditeur", "Publisher"),
    "licence": ("Licence", "Licence"),
    "date": ("Date", "Date"),
    "figures": ("chiffres", "figures"),
    "more": ("Plus d'articles", "More items"),
    "value": ("Valeur", "Value"),
    "unit": ("Unité", "Unit"),
    "count": ("nombre", "count"),
    "locator": ("Emplacement dans la source", "Place in the source"),
    "values_table": ("Tableau des valeurs et de leurs sources", "Values and their sources"),
    "explore": ("Explorer dans Secteur", "Explore in Sector"),
    "method": ("Méthode", "Method"),
    "caveats": ("Précautions", "Caveats"),
    "top": ("En tête", "Top"),
    "first_items": ("premiers", "first"),
    "footer_tagline": (
        "données ouvertes, sources citées sur chaque graphique",
        "open data, sources named on every chart",
    ),
    "data_unavailable": ("Données indisponibles", "Data unavailable"),
    "see_on_cadran": ("Voir sur Cadran", "See it on Cadran"),
    "news_of_period": ("Actualités de la période", "News of the period"),
    "exported_on": ("Exporté le", "Exported on"),
    "data_package": ("paquet de données", "data package"),
    "rounded_figures": ("chiffres arrondis", "rounded figures"),
    "different_perimeters": ("périmètres différents", "different perimeters"),
    "latest_value": ("Dernière valeur", "Latest value"),
    "summary_by": ("Résumé rédigé par Cadran", "Summary written by Cadran"),
    # Sources of a chart, news annotations, maps of values (helper H4b).
    "see_sources": ("voir Sources", "see Sources"),
    "share_alike": (
        "données {who} sous licence {licence} (partage à l'identique)",
        "{who} data under the {licence} licence (share alike)",
    ),
    "accessed": ("consulté le", "accessed"),
    "figures_by": ("chiffres de {producer}", "figures by {producer}"),
    "chart_sources": ("Sources de ce graphique", "Sources of this chart"),
    "values_given": ("valeurs données", "values given"),
    "cite_as": ("Citer", "Cite as"),
    "citation": ("Citation", "Citation"),
    "display_name": ("Nom", "Name"),
    "producer": ("Producteur des chiffres", "Producer of the figures"),
    "news_related": ("Actualités liées", "Related news"),
    "more_news": ("+{n} autres", "+{n} more"),
    "hide_news": ("Masquer les actualités", "Hide the news"),
    "show_news": ("Afficher les actualités", "Show the news"),
    "year": ("Année", "Year"),
    "by_region": ("{what} par région, {year}", "{what} by region, {year}"),
    "by_department": ("{what} par département, {year}", "{what} by department, {year}"),
    "coverage_region_1": ("{n} région sur {total} renseignée", "{n} of {total} regions with data"),
    "coverage_region_n": (
        "{n} régions sur {total} renseignées",
        "{n} of {total} regions with data",
    ),
    "coverage_dept_1": (
        "{n} département sur {total} renseigné",
        "{n} of {total} departments with data",
    ),
    "coverage_dept_n": (
        "{n} départements sur {total} renseignés",
        "{n} of {total} departments with data",
    ),
    "news_by_region": ("Nombre d'articles par région", "Number of news items by region"),
    "news_by_department": (
        "Nombre d'articles par département",
        "Number of news items by department",
    ),
    "map_values": ("Valeurs", "Values"),
    "map_news": ("Nombre d'articles", "News item count"),
    "few_values": (
        "moins de deux valeurs : à lire comme un chiffre isolé",
        "fewer than two values: read it as a single figure",
    ),
    # Series semantics (H4a): comparable changes, entity scope, cards, descriptions.
    "not_comparable": ("Non comparable", "Not comparable"),
    "no_change_given": ("pas de variation calculée", "no change computed"),
    "whole_sector": ("Ensemble du secteur", "Whole sector"),
    "card_revenue": ("Chiffre d'affaires de l'horlogerie, France", "Watchmaking revenue, France"),
    "card_jobs": ("Emplois de l'horlogerie, France", "Watchmaking jobs, France"),
    "card_companies": ("Entreprises de l'horlogerie, France", "Watchmaking companies, France"),
    "card_members": ("Entreprises adhérentes de {entity}", "Member companies of {entity}"),
    "values_count": ("valeurs", "values"),
    "against": ("contre", "against"),
    "latest_change": ("Dernière variation annuelle", "Latest year-on-year change"),
    "latest_index": ("Dernier indice", "Latest index"),
    "index_base_word": ("base 100 en", "base 100 in"),
    "index_word": ("indice", "index"),
    "years_without_data": (
        "Années sans donnée (non interpolées)",
        "Years without data (not interpolated)",
    ),
    "sources_disagree": ("Sources en désaccord", "Sources disagree"),
    "not_compared_years": ("Variation non calculée", "Change not computed"),
    "no_comparable_change": ("Aucune variation calculable", "No change can be computed"),
    "see_in_data": ("voir dans Données", "see in Data"),
    # Review of extracted figures (/revue) and reviewer accounts.
    "review": ("Revue des chiffres", "Figure review"),
    "review_intro": (
        "Chiffres extraits des actualités, pas encore vérifiés : ils n'apparaissent sur les "
        "graphiques qu'une fois approuvés. La décision s'applique à la prochaine construction.",
        "Figures extracted from news items, not yet checked: they reach the charts only once "
        "approved. A decision applies at the next build.",
    ),
    "review_queue": ("À examiner", "To review"),
    "review_empty": ("Aucun chiffre à examiner.", "No figure to review."),
    "review_pick": ("Chiffre examiné", "Figure under review"),
    "review_proposed": ("Proposition", "Proposed"),
    "review_feeds": ("Alimenterait", "Would feed"),
    "review_conflict": ("Désaccord avec", "Disagrees with"),
    "review_agrees": ("Même valeur que", "Same value as"),
    "review_no_table": ("aucun chiffre des tableaux statistiques", "no statistics-table figure"),
    "review_previous": (
        "Décision précédente (extraction modifiée depuis)",
        "Previous decision (extraction changed since)",
    ),
    "review_reason": ("Motif (obligatoire pour rejeter)", "Reason (required to reject)"),
    "review_approve": ("Approuver", "Approve"),
    "review_reject": ("Rejeter", "Reject"),
    "review_correct": ("Corriger et approuver", "Correct and approve"),
    "review_approved": ("Approuvé", "Approved"),
    "review_rejected": ("Rejeté", "Rejected"),
    "review_corrected": ("Corrigé et approuvé", "Corrected and approved"),
    "review_needs_reason": ("Indiquez un motif pour rejeter.", "Give a reason to reject."),
    "review_bad_value": ("Valeur corrigée invalide", "Invalid corrected value"),
    "review_no_change": ("Aucun champ modifié.", "No field changed."),
    "review_needs_fields": (
        "Il manque l'indicateur, le lieu ou la période : corrigez-les avant d'approuver.",
        "The indicator, place or period is missing: correct them before approving.",
    ),
    "review_saved_by": ("enregistré par", "saved by"),
    "review_login_needed": (
        "Connectez-vous pour examiner les chiffres extraits.",
        "Log in to review extracted figures.",
    ),
    "review_value": ("Valeur", "Value"),
    "review_unit": ("Unité", "Unit"),
    "review_metric": ("Mesure", "Metric"),
    "review_indicator": ("Indicateur", "Indicator"),
    "review_period": ("Période", "Period"),
    "review_entity": ("Entité", "Entity"),
    "review_place": ("Lieu", "Place"),
    "review_segment": ("Segment", "Segment"),
    "login": ("Connexion", "Log in"),
    "login_why": (
        "Réservé aux relecteurs des chiffres extraits.",
        "For the reviewers of extracted figures.",
    ),
    "login_name": ("Identifiant", "Name"),
    "login_password": ("Mot de passe", "Password"),
    "login_submit": ("Se connecter", "Log in"),
    "login_failed": ("Identifiant ou mot de passe incorrect.", "Wrong name or password."),
    "login_throttled": (
        "Trop d'essais : réessayez dans quelques minutes.",
        "Too many attempts: try again in a few minutes.",
    ),
    "login_expired": ("Formulaire expiré : rechargez la page.", "Form expired: reload the page."),
    "logout": ("Se déconnecter", "Log out"),
    # Compare, scales and time (Secteur)
    "compare_hint": (
        "Plusieurs choix possibles : une ligne par territoire, segment ou organisme.",
        "Several choices allowed: one line per place, segment or organisation.",
    ),
    "latest_values": ("Dernières valeurs", "Latest values"),
    "scale": ("Échelle", "Scale"),
    "scale_linear": ("linéaire", "linear"),
    "scale_log": ("logarithmique", "logarithmic"),
    "play": ("Lecture", "Play"),
    "pause": ("Pause", "Pause"),
    "change_title": ("Variation entre deux années", "Change between two years"),
    "change_note": (
        "Première et dernière année avec une donnée dans la période choisie ; une variation "
        "n'est donnée qu'entre chiffres comparables (exacts, d'un même producteur).",
        "First and last year with data in the period chosen; a change is given only between "
        "comparable figures (exact, from one producer).",
    ),
    "change_series": ("Série", "Series"),
    "change_unit": ("Unité", "Unit"),
    "change_year_a": ("Année A", "Year A"),
    "change_value_a": ("Valeur A", "Value A"),
    "change_year_b": ("Année B", "Year B"),
    "change_value_b": ("Valeur B", "Value B"),
    "change_abs": ("Variation", "Change"),
    "change_pct": ("Variation (%)", "Change (%)"),
    "change_reason": ("Pas de variation car", "No change because"),
    "change_download": ("Télécharger le tableau (CSV)", "Download the table (CSV)"),
    "columns_shown": ("Colonnes affichées", "Columns shown"),
    "your_words": ("Vos mots sur le graphique", "Your words on the chart"),
    "your_title": ("Titre", "Title"),
    "your_subtitle": ("Sous-titre", "Subtitle"),
    "your_note": ("Note", "Note"),
    "your_marks": ("Repères (année ou période : texte ; …)", "Marks (year or period: text; …)"),
    "your_marks_hint": (
        "ex. 2020:Covid;1973-1976:reprise de Lip",
        "e.g. 2020:Covid;1973-1976:Lip taken over",
    ),
    "apply": ("Appliquer", "Apply"),
    "marks_line": ("Repères", "Marks"),
    "download_rows": ("Télécharger les lignes filtrées", "Download the filtered rows"),
    "csv_excel_fr": (
        "CSV pour Excel en français (point-virgule, virgule décimale, UTF-8 avec BOM)",
        "CSV for French Excel (semicolons, decimal comma, UTF-8 with BOM)",
    ),
    "csv_standard": (
        "CSV standard (virgules, point décimal, UTF-8)",
        "Standard CSV (commas, decimal point, UTF-8)",
    ),
    "xlsx_file": ("Classeur Excel (.xlsx)", "Excel workbook (.xlsx)"),
}

TOPICS: dict[str, tuple[str, str]] = {
    "watchmaking": ("Horlogerie", "Watchmaking"),
    "economy": ("Économie", "Economy"),
    "other": ("Autre", "Other"),
}

# The workbook and the deck: sheet names, column headers and their other words.
EXPORT_WORDS: dict[str, tuple[str, str]] = {
    "sheet_readme": ("Lisez-moi", "Read me"),
    "sheet_data": ("Données", "Data"),
    "sheet_series": ("Séries", "Series"),
    "sheet_changes": ("Variations", "Changes"),
    "sheet_charts": ("Graphiques", "Charts"),
    "sheet_news": ("Actualités", "News"),
    "sheet_sources": ("Sources", "Sources"),
    "col_period": ("Période", "Period"),
    "col_indicator": ("Indicateur", "Indicator"),
    "col_segment": ("Segment", "Segment"),
    "col_geo": ("Territoire", "Place"),
    "col_entity": ("Entité", "Entity"),
    "col_value": ("Valeur", "Value"),
    "col_unit": ("Unité", "Unit"),
    "col_status": ("Statut", "Status"),
    "col_approximate": ("Approximatif", "Approximate"),
    "col_publisher": ("Source", "Source"),
    "col_source_title": ("Titre de la source", "Source title"),
    "col_source_url": ("Lien de la source", "Source link"),
    "col_locator": ("Emplacement dans la source", "Place in the source"),
    "col_original_text": ("Texte original", "Original text"),
    "col_note": ("Note", "Note"),
    "col_indicator_code": ("Code indicateur", "Indicator code"),
    "col_segment_code": ("Code segment", "Segment code"),
    "col_geo_code": ("Code territoire", "Place code"),
    "col_id": ("Identifiant", "Identifier"),
    "col_year": ("Année", "Year"),
    "col_date": ("Date", "Date"),
    "col_title": ("Titre", "Title"),
    "col_outlet": ("Média", "Outlet"),
    "col_lead": ("Chapô", "Lead"),
    "col_published": ("Publié le", "Published"),
    "col_licence": ("Licence", "Licence"),
    "col_kind": ("Type", "Kind"),
    "col_link": ("Lien", "Link"),
    "col_rows_cited": ("Lignes citées", "Rows cited"),
    "yes": ("oui", "yes"),
    "no": ("non", "no"),
    "charts_note": (
        "Graphiques natifs : leurs séries pointent sur l'onglet Séries.",
        "Native charts: their series point at the Series sheet.",
    ),
    "no_series": ("Aucune série annuelle dans cette vue.", "No yearly series in this view."),
    "kind_news": ("actualité", "news item"),
    "kind_publication": ("publication", "publication"),
    "intro": (
        "Rapport Excel d'une vue du tableau de bord Cadran.",
        "Excel report of a view of the Cadran dashboard.",
    ),
    "years": ("Années", "Years"),
    "all_years": ("toutes les années disponibles", "every year available"),
    "display": ("Affichage", "Display"),
    "mode_level": ("niveaux", "levels"),
    "mode_yoy": (
        "variation annuelle (%) sur les graphiques du tableau de bord",
        "year-on-year change (%) on the dashboard's charts",
    ),
    "mode_index": (
        "indice base 100 sur les graphiques du tableau de bord",
        "index (base 100) on the dashboard's charts",
    ),
    "mode_note": (
        "les feuilles gardent les valeurs publiées (niveaux)",
        "the sheets keep the published values (levels)",
    ),
    "labels_lang": ("Langue des libellés", "Language of the labels"),
    "lang_name": ("français", "English"),
    "package": ("Paquet de données", "Data package"),
    "version": ("Version du paquet", "Package version"),
    "created": ("Paquet créé le", "Package created on"),
    "cite": ("Comment citer", "How to cite"),
    "rows": ("Lignes (Données)", "Rows (Data)"),
    "series": ("Séries (Séries)", "Series (Series)"),
    "units": ("Unités", "Units"),
    "units_note": (
        "Valeurs en unités de base (euros, personnes, points de pourcentage) ; les formats "
        "affichent M€ sans arrondir les cellules.",
        "Values in base units (euros, people, percentage points); number formats show €M "
        "without rounding the cells.",
    ),
    "sheets": ("Onglets", "Sheets"),
    "sheets_note": (
        "Données : une ligne par chiffre et sa source. Séries : années x séries, valeur retenue "
        "par année comme sur les graphiques. Variations : variation entre deux années de chaque "
        "série. Graphiques : graphiques natifs modifiables. "
        "Actualités : articles de la période. Sources : liens.",
        "Data: one row per figure and its source. Series: years x series, the value kept "
        "each year as on the charts. Changes: each series' change between two years. Charts: "
        "native, editable charts. News: news items of "
        "the period. Sources: links.",
    ),
    "cite_text": (
        "Cadran, « {title} », paquet de données version {version} du {created}, extrait le "
        "{today} ; chaque chiffre reste celui de sa source (onglet Sources).",
        "Cadran, “{title}”, data package version {version} of {created}, extracted on "
        "{today}; every figure remains its source's (Sources sheet).",
    ),
}


def export_word(key: str, lang: str | None = "fr") -> str:
    """A word of the workbook or the deck."""
    return pick(EXPORT_WORDS[key], lang)


SHEET_KEYS = ("sheet_readme", "sheet_data", "sheet_series", "sheet_changes", "sheet_charts",
              "sheet_news", "sheet_sources")  # fmt: skip


def sheet_names(lang: str | None = "fr") -> tuple[str, ...]:
    """The workbook's sheet names in order, in the reader's language."""
    return tuple(export_word(key, lang) for key in SHEET_KEYS)


# AG Grid's own words (pagination, filter menus), in French on the French page.
GRID_TEXT_FR = {
    "page": "Page", "of": "sur", "to": "à", "more": "plus", "next": "Suivante",
    "last": "Dernière", "first": "Première", "previous": "Précédente", "pageSizeSelectorLabel":
    "Lignes par page :", "filterOoo": "Filtrer…", "equals": "Égal à", "notEqual": "Différent de",
    "contains": "Contient", "notContains": "Ne contient pas", "startsWith": "Commence par",
    "endsWith": "Se termine par", "blank": "Vide", "notBlank": "Non vide", "lessThan":
    "Inférieur à", "greaterThan": "Supérieur à", "inRange": "Entre", "andCondition": "ET",
    "orCondition": "OU", "noRowsToShow": "Aucune ligne", "loadingOoo": "Chargement…",
}  # fmt: skip


def grid_text(lang: str | None = "fr") -> dict[str, str]:
    """dash-ag-grid `localeText`: its own words in French on the French page (English is its
    default)."""
    return {} if is_english(lang) else GRID_TEXT_FR


# Sources et méthode page: how figures are read and shown, then what to keep in mind.
METHOD: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = (
    (("Comment les chiffres sont lus", "How figures are read"),
     ("Chaque chiffre vient d'une source nommée : statistiques publiées, publications "
      "professionnelles ou articles de presse. Il est gardé tel que la source l'a imprimé, "
      "avec l'endroit exact où il a été lu (feuille et cellule, ligne d'un fichier, passage "
      "d'un article).",
      "Every figure comes from a named source: published statistics, trade publications or "
      "press articles. It is kept as printed, with the exact place it was read from (sheet "
      "and cell, row of a file, passage of an article).")),
    (("D'où vient chaque chiffre", "Where each figure comes from"),
     ("Chaque chiffre dit d'où il vient : « Source officielle » quand l'organisme qui l'a "
      "produit le publie (offices statistiques, organismes publics, fédérations "
      "professionnelles), même quand une autre publication le cite ; « Repris par la presse » "
      "quand la presse ou un site le relaie ; « Extrait d'une actualité » quand il a été lu "
      "automatiquement dans un article (marqueurs creux). Un chiffre extrait ne remplace "
      "jamais un chiffre officiel.",
      "Every figure says where it comes from: 'Official source' when the body that produced "
      "it publishes it (statistics offices, public bodies, trade federations), even when "
      "another publication cites it; 'Relayed by the press' when the press or a website "
      "relays it; 'Extracted from a news item' when it was read automatically from an article "
      "(hollow markers). An extracted figure never replaces an official one.")),
    (("Réconciliation", "Reconciliation"),
     ("Quand plusieurs sources donnent une valeur pour la même période et le même périmètre, "
      "le graphique montre d'abord une source officielle, puis une reprise par la presse, puis "
      "un chiffre extrait ; à rang égal, la publication la plus récente. Toutes les sources "
      "restent lisibles au survol, et un cercle rouge signale un désaccord de plus de 0,5 %.",
      "When several sources give a value for the same period and perimeter, the chart shows "
      "an official source first, then a figure relayed by the press, then an extracted one; "
      "at equal rank, the latest publication. Every source stays readable on hover, and a red "
      "ring flags a disagreement above 0.5%.")),
    (("Variations", "Changes"),
     ("Une variation ou un indice n'est calculé qu'entre deux chiffres du même périmètre "
      "(indicateur, segment, territoire, organisme) ; si l'un des deux est arrondi ou si les "
      "périmètres diffèrent, aucun pourcentage n'est donné et la raison est dite.",
      "A change or an index is computed only between two figures of the same perimeter "
      "(indicator, segment, place, organisation); when either is rounded or the perimeters "
      "differ, no percentage is given and the reason is said.")),
    (("Pas d'interpolation", "No interpolation"),
     ("Une année sans chiffre publié reste un trou dans la courbe : rien n'est estimé.",
      "A year with no published figure stays a gap in the line: nothing is estimated.")),
)  # fmt: skip

CAVEATS: tuple[tuple[str, str], ...] = (
    ("Le nombre d'entreprises dépend du périmètre : adhérents d'une fédération, entreprises "
     "de la branche, ou toutes les unités immatriculées. Ce sont des faits datés, pas une série.",
     "Company counts depend on the perimeter: members of a federation, firms of the branch, "
     "or every registered unit. They are dated facts, not one series."),
    ("Les exportations sont publiées avec ou sans les réexportations : les deux chiffres "
     "coexistent et ne se comparent pas.",
     "Exports are published with or without re-exports: both figures coexist and do not "
     "compare."),
    ("Le chiffre d'affaires de l'horlogerie française manque pour 2012-2014 et 2016-2017 : "
     "ces années restent vides.",
     "French watchmaking revenue is missing for 2012-2014 and 2016-2017: those years stay "
     "empty."),
    ("Certaines valeurs sont approximatives (« environ », « près de ») : elles sont marquées.",
     "Some values are approximate ('about', 'nearly'): they are marked as such."),
)  # fmt: skip


def method_sections(lang: str | None = "fr") -> list[tuple[str, str]]:
    """(heading, paragraph) of the method, in the reader's language."""
    return [(pick(head, lang), pick(text, lang)) for head, text in METHOD]


def caveats(lang: str | None = "fr") -> list[str]:
    return [pick(c, lang) for c in CAVEATS]


# The charts' download menu and the embed pages.
MENU_WORDS: dict[str, tuple[str, str]] = {
    "excel": ("Rapport Excel (.xlsx)", "Excel report (.xlsx)"),
    "png": ("Image PNG 16:9", "PNG image 16:9"),
    "svg": ("Image SVG", "SVG image"),
    "pdf": ("PDF", "PDF"),
    "deck": ("Diaporama PowerPoint (.pptx)", "PowerPoint deck (.pptx)"),
    "data": ("Données CSV + Parquet (.zip)", "Data CSV + Parquet (.zip)"),
    "html": ("Page HTML autonome", "Standalone HTML page"),
    "embed": ("Intégrer (iframe)", "Embed (iframe)"),
    "label": ("Télécharger / partager", "Download / share"),
    "embed_head": ("Intégrer ce graphique", "Embed this chart"),
    "embed_hint": ("Copiez ce code dans votre page :", "Copy this code into your page:"),
    "embed_preview": ("Aperçu", "Preview"),
}


def menu_word(key: str, lang: str | None = "fr") -> str:
    """A word of the download menu or the embed pages."""
    return pick(MENU_WORDS[key], lang)


# What a figure found in a news item measures (news_figures.metric).
METRICS: dict[str, tuple[str, str]] = {
    "revenue": ("chiffre d'affaires", "revenue"),
    "employees": ("salariés", "employees"),
    "jobs": ("emplois", "jobs"),
    "companies": ("entreprises", "companies"),
    "members": ("adhérents", "members"),
    "stores": ("magasins", "stores"),
    "exports": ("exportations", "exports"),
    "imports": ("importations", "imports"),
    "production": ("production", "production"),
    "market_share": ("part de marché", "market share"),
    "growth_rate": ("taux de croissance", "growth rate"),
    "participants": ("participants", "participants"),
    "other": ("autre mesure", "other measure"),
}

FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Counted things: the word after the number, and the unit's name in tables and filters.
UNIT_SUFFIX: dict[str, tuple[str, str]] = {
    "persons": ("personnes", "people"),
    "companies": ("entreprises", "companies"),
    "establishments": ("établissements", "establishments"),
    "units": ("unités", "units"),
    "brands": ("marques", "brands"),
    "stores": ("magasins", "stores"),
    "sites": ("sites", "sites"),
    "countries": ("pays", "countries"),
    "points": ("points", "points"),
}
COUNT_UNITS = frozenset(UNIT_SUFFIX) - {"points"}
# Units named in tables and filters but printed after no number ("other": the unit is unknown).
UNIT_NAMES: dict[str, tuple[str, str]] = {
    "percent": ("%", "%"),
    "EUR": ("€", "€"),
    "CHF": ("CHF", "CHF"),
    "USD": ("$", "$"),
    "rank": ("rang", "rank"),
    "other": ("autre unité", "other unit"),
}

# Currency: French symbol after the number (`423 M€`, `12 M CHF`), English before (`€423M`).
# (French space between scale word and symbol, French symbol, English prefix)
CURRENCIES: dict[str, tuple[str, str, str]] = {
    "EUR": ("", "€", "€"),
    "CHF": (NBSP, "CHF", f"CHF{EN_NBSP}"),
    "USD": ("", "$", "$"),
}
# (divisor, French scale word, English scale word), largest first.
MONEY_SCALES: tuple[tuple[float, str, str], ...] = ((1e9, "Md", "bn"), (1e6, "M", "M"))

LICENCES: dict[str, tuple[str, str]] = {
    "etalab-2.0": (
        "Licence Ouverte 2.0 (Etalab) pour la compilation ; chaque chiffre reste celui de "
        "son éditeur",
        "Open Licence 2.0 (Etalab) for the compilation; every figure remains its publisher's",
    ),
}

# dcc.Dropdown `labels` (its built-in words are English).
DROPDOWN_LABELS: dict[str, tuple[str, str]] = {
    "select_all": ("Tout sélectionner", "Select All"),
    "deselect_all": ("Tout désélectionner", "Deselect All"),
    "selected_count": ("{num_selected} sélectionnés", "{num_selected} selected"),
    "search": ("Rechercher", "Search"),
    "clear_search": ("Effacer la recherche", "Clear search"),
    "clear_selection": ("Effacer la sélection", "Clear selection"),
    "no_options_found": ("Aucun choix trouvé", "No options found"),
}

# plotly.js modebar words that npm plotly.js-locales' French file does not translate yet.
MODEBAR_FR: dict[str, str] = {
    "Download plot as JSON": "Télécharger le graphique en JSON",
    "Draw circle": "Tracer un cercle",
    "Draw closed freeform": "Tracer une forme libre fermée",
    "Draw line": "Tracer une ligne",
    "Draw open freeform": "Tracer une forme libre ouverte",
    "Draw rectangle": "Tracer un rectangle",
    "Erase active shape": "Effacer la forme active",
    "Image download succeeded": "Image téléchargée",
    "JSON download succeeded": "JSON téléchargé",
    "Preparing image - this may take a few seconds": "Préparation de l'image, quelques secondes",
    "Share chart...": "Partager le graphique…",
    "Sorry, there was a problem downloading your JSON file!": "Échec du téléchargement du JSON",
    "Sorry, there was a problem downloading your image!": "Échec du téléchargement de l'image",
    "Toggle Spike Lines": "Afficher les lignes de repère",
    "Toggle show closest data on hover": "Afficher les données les plus proches au survol",
}


# --- choosing a language -------------------------------------------------------------------


def lang_of(lang: str | None) -> str:
    """`en` or `fr`: anything that is not English is read in French."""
    return "en" if lang == "en" else "fr"


def is_english(lang: str | None) -> bool:
    return lang_of(lang) == "en"


def pick(pair: tuple[str, str] | list[str], lang: str | None = "fr") -> str:
    """The French or English member of a `(fr, en)` pair."""
    return pair[1] if is_english(lang) else pair[0]


def other_lang(lang: str | None) -> str:
    return "fr" if is_english(lang) else "en"


def lang_query(lang: str | None, sep: str = "?") -> str:
    """Query-string part that keeps the language in a link: `?lang=en` or `` (French is default)."""
    return f"{sep}lang=en" if is_english(lang) else ""


def lang_param(lang: str | None) -> str | None:
    """The `lang` parameter value to put in a URL (None in French, the default)."""
    return "en" if is_english(lang) else None


def label_column(lang: str | None) -> str:
    """Name of the package's label column in this language (`label_fr`, `label_en`)."""
    return f"label_{lang_of(lang)}"


def plotly_locale(lang: str | None) -> str:
    return lang_of(lang)


def plotly_separators(lang: str | None) -> str:
    """plotly `layout.separators`: decimal then thousands (`1,5` and `3 000` in French)."""
    return pick((", ", ".,"), lang)


def t(key: str, lang: str | None = "fr") -> str:
    """The word for `key` in `lang` (French when the language is unknown)."""
    return pick(WORDS[key], lang)


def colon(lang: str | None = "fr") -> str:
    """French typography puts a space before the colon; English does not."""
    return pick((" : ", ": "), lang)


def semicolon(lang: str | None = "fr") -> str:
    """French typography puts a space before the semicolon too."""
    return pick((" ; ", "; "), lang)


def topic_label(code: str, lang: str | None = "fr") -> str:
    return pick(TOPICS.get(code, (code, code)), lang)


def status_label(status: str | None, lang: str | None = "fr") -> str:
    """Reader words for a figure's status (`official` -> `Source officielle`)."""
    if status in ("official", "secondary", "reported", "candidate", "rejected", "extracted"):
        return t(status, lang)
    return status or "–"


def metric_label(code: str | None, lang: str | None = "fr") -> str:
    """What a news figure measures, in words (`employees` -> `salariés`)."""
    return pick(METRICS.get(code or "", (code or "–", code or "–")), lang)


def licence_label(name: str | None, fallback: str | None, lang: str | None = "fr") -> str:
    """A licence in the reader's language; an unknown one keeps the package's own words."""
    if name in LICENCES:
        return pick(LICENCES[name], lang)
    return fallback or name or "–"


# Licence lines of the sources, as the ETL writes them (French), and their English words.
SOURCE_LICENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Résumé rédigé par Cadran ; article original © (?P<who>.+)$"),
     "Summary written by Cadran; original article © {who}"),
    (re.compile(r"^Chiffres cités avec leur source ; texte © l'éditeur de chaque publication$"),
     "Figures cited with their source; text © each publication's publisher"),
    (re.compile(r"^Chiffres cités avec leur source ; texte © l'éditeur$"),
     "Figures cited with their source; text © the publisher"),
    (re.compile(r"^ODbL 1\.0 \(Open Database License\) ; données (?P<who>.+)$"),
     "ODbL 1.0 (Open Database License); data {who}"),
    (re.compile(r"^CC BY 4\.0 \(politique de réutilisation d'Eurostat\)$"),
     "CC BY 4.0 (Eurostat's reuse policy)"),
    (re.compile(r"^Licence Ouverte 2\.0 \(Etalab\) ; base Sirene$"),
     "Open Licence 2.0 (Etalab); Sirene database"),
)  # fmt: skip


def source_licence(text: str | None, lang: str | None = "fr") -> str:
    """A source's licence line in the reader's language (unknown lines stay verbatim)."""
    if not text or not is_english(lang):
        return text or "–"
    for pattern, english in SOURCE_LICENCES:
        match = pattern.match(text)
        if match:
            return english.format(**match.groupdict())
    return text


def page_title(page: str, lang: str | None = "fr") -> str:
    """Browser tab title of a page (`Cadran · Secteur` / `Cadran · Sector`)."""
    return f"Cadran · {t(page, lang)}"


def dropdown_labels(lang: str | None = "fr") -> dict[str, str]:
    """`labels` for dcc.Dropdown, so its search box and buttons speak the page's language."""
    return {key: pick(pair, lang) for key, pair in DROPDOWN_LABELS.items()}


def modebar_locales(lang: str | None = "fr") -> dict:
    """dcc.Graph `config.locales`: modebar words missing from plotly's own French locale."""
    return {"fr": {"dictionary": MODEBAR_FR}} if not is_english(lang) else {}


def and_others(n: int, lang: str | None = "fr") -> str:
    """`et 3 autres` / `and 3 others` (one: `et 1 autre`)."""
    word = pick(("autre", "other") if n == 1 else ("autres", "others"), lang)
    return f"{pick(('et', 'and'), lang)} {n} {word}"


def join_words(items: list[str], lang: str | None = "fr") -> str:
    """`A, B et C` / `A, B and C`."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {pick(('et', 'and'), lang)} {items[-1]}"


# --- numbers -------------------------------------------------------------------------------


def group_digits(text: str, lang: str | None) -> str:
    """Apply thousands and decimal separators to a Python-formatted `1,234.5` string."""
    if is_english(lang):
        return text
    return text.replace(",", NBSP).replace(".", ",")


def format_number(value: float | None, lang: str | None = "fr", decimals: int | None = None) -> str:
    """`3000` -> `3 000`, `1.5` -> `1,5` (French) or `3,000`, `1.5` (English)."""
    if value is None:
        return "–"
    if decimals is None:
        decimals = 0 if abs(value) >= 100 or float(value).is_integer() else 1
    text = f"{value:,.{decimals}f}"
    if text.lstrip("-").strip("0,.") == "":
        text = text.lstrip("-")  # no "-0"
    return group_digits(text, lang)


def decimals_for(value: float, tolerance: float = TOLERANCE) -> int:
    """Fewest decimals that keep `value` within `tolerance` (relative) once rounded."""
    if value == 0 or not math.isfinite(value):
        return 0
    for d in range(MAX_DECIMALS + 1):
        if abs(float(f"{value:.{d}f}") - value) <= tolerance * abs(value):
            return d
    return MAX_DECIMALS


@dataclass(frozen=True)
class NumberStyle:
    """How a number is shown: divided by `divisor`, `decimals` digits, wrapped in prefix/suffix.

    `format_value` prints with it; `dashboard.exports.formats` turns it into an Excel or
    PowerPoint number format, so the workbook and the deck read like the page.
    """

    divisor: float = 1.0
    decimals: int = 0
    prefix: str = ""
    suffix: str = ""


def _money_style(magnitude: float, unit: str, lang: str) -> tuple[float, str, str]:
    """Divisor, prefix and suffix of an amount: `M€` after it in French, `€…M` in English."""
    fr_sep, fr_symbol, en_prefix = CURRENCIES[unit]
    divisor, fr_word, en_word = next(
        (scale for scale in MONEY_SCALES if magnitude >= scale[0]), (1.0, "", "")
    )
    if is_english(lang):
        return divisor, en_prefix, en_word
    return divisor, "", f"{NBSP}{fr_word}{fr_sep if fr_word else ''}{fr_symbol}"


def unit_suffix(unit: str, lang: str | None = "fr") -> str:
    """What follows a number of `unit` (`\u202f%`, ` personnes`); empty for unknown units."""
    if unit == "percent":
        return pick((f"{NBSP}%", "%"), lang)
    if unit in UNIT_SUFFIX:
        return " " + pick(UNIT_SUFFIX[unit], lang)
    return ""


def number_style(
    magnitude: float, unit: str, lang: str | None = "fr", precision: int | None = None
) -> NumberStyle:
    """The style for a number of `unit` whose absolute value is `magnitude`."""
    lang = lang_of(lang)
    magnitude = abs(magnitude)
    if unit in CURRENCIES:
        divisor, prefix, suffix = _money_style(magnitude, unit, lang)
    else:
        divisor, prefix, suffix = 1.0, "", unit_suffix(unit, lang)
    if precision is not None:
        decimals = precision
    elif unit in COUNT_UNITS and float(magnitude).is_integer():
        decimals = 0  # counts are exact
    else:
        decimals = decimals_for(magnitude / divisor)
    return NumberStyle(divisor, decimals, prefix, suffix)


def _ordinal(value: float, lang: str) -> str:
    n = int(value)
    if is_english(lang):
        tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{tail}"
    return f"{n}er" if n == 1 else f"{n}e"


def format_value(
    value: float | None, unit: str, lang: str | None = "fr", precision: int | None = None
) -> str:
    """THE way a number is shown: `423000000, EUR` -> `423 M€` / `€423M`; `3000, persons` ->
    `3 000 personnes` / `3,000 people`; `3.2, percent` -> `3,2 %` / `3.2%`.

    Amounts keep the decimals needed to read back within 0.5 % (`1,05 M€`, not `1 M€`); whole
    counts are exact; `precision` forces the number of decimals of the shown number.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    lang = lang_of(lang)
    if unit == "rank" and float(value).is_integer() and value > 0:
        return _ordinal(value, lang)
    style = number_style(value, unit, lang, precision)
    shown = value / style.divisor
    if unit in CURRENCIES and precision is None:
        # 999.9996 M€ rounds to 1 000 M€: show it on the next scale (1 Md€) instead.
        rounded = float(f"{abs(shown):.{style.decimals}f}") * style.divisor
        if any(style.divisor < divisor <= rounded for divisor, _, _ in MONEY_SCALES):
            return format_value(math.copysign(rounded, value), unit, lang)
    number = format_number(abs(shown), lang, style.decimals)
    sign = "-" if value < 0 and number.strip("0,.\u202f") else ""
    return f"{sign}{style.prefix}{number}{style.suffix}"


def format_change(value: float | None, lang: str | None = "fr", precision: int = 1) -> str:
    """A signed percent change: `+3,2 %` / `+3.2%`."""
    if value is None:
        return "–"
    text = format_value(abs(value), "percent", lang, precision)
    zero = float(f"{abs(value):.{precision}f}") == 0
    return text if zero else ("+" if value > 0 else "-") + text


def format_index(value: float | None, lang: str | None = "fr", precision: int = 1) -> str:
    """An index value (base 100): `103,2` / `103.2`."""
    return format_number(value, lang, precision)


def scale_for(unit: str, magnitude: float, lang: str | None = "fr") -> tuple[float, str]:
    """Divisor and axis unit for values of `unit` up to `magnitude`: `M€`, `Md€` (`€M`, `€bn`)."""
    if unit not in CURRENCIES:
        return 1.0, unit
    divisor, prefix, suffix = _money_style(abs(magnitude), unit, lang_of(lang))
    return divisor, (prefix + suffix).strip(f"{NBSP}{EN_NBSP} ") or unit


def unit_label(unit: str, lang: str | None = "fr") -> str:
    """Readable unit for axes, tables and filters (never a raw code such as `persons`)."""
    if unit in UNIT_SUFFIX:
        return pick(UNIT_SUFFIX[unit], lang)
    return pick(UNIT_NAMES.get(unit, (unit, unit)), lang)


# --- dates ---------------------------------------------------------------------------------


def format_date(day: date | None, lang: str | None = "fr") -> str:
    """`2025-10-01` -> `1er octobre 2025` (French) or `1 October 2025`."""
    if day is None:
        return "–"
    if is_english(lang):
        return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {FR_MONTHS[day.month - 1]} {day.year}"


def format_published(day: date | None, precision: str | None, lang: str | None = "fr") -> str:
    """A publication date as precisely as its source gives it: `janvier 2025`, not `1er janvier`."""
    if day is None or precision not in ("month", "year"):
        return format_date(day, lang)
    return str(day.year) if precision == "year" else format_period(day.isoformat()[:7], lang)


def format_period(period: str | None, lang: str | None = "fr") -> str:
    """ISO period to words: `2024` stays, `2024-03` -> `mars 2024`, a date -> `1er mars 2024`."""
    if not period:
        return "–"
    if "/" in period:
        a, b = period.split("/", 1)
        return f"{format_period(a, lang)}–{format_period(b, lang)}"
    parts = period.split("-")
    try:
        if len(parts) == 2:
            return f"{pick((FR_MONTHS, EN_MONTHS), lang)[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 3:
            return format_date(date.fromisoformat(period), lang)
    except (ValueError, IndexError):
        return period
    return period
