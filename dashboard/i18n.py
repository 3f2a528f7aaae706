"""Interface words in French and English, and French-first number and date formatting.

Numbers stay numbers in the data; this module turns them into display strings only:
`423 M€`, `3 000`, `1,5 %`, `1er octobre 2025`. Pure functions, no state.
"""

from __future__ import annotations

from datetime import date

LANGS = ("fr", "en")
NBSP = "\u202f"  # narrow no-break space, the French thousands separator

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
    "mode": ("Affichage", "Show"),
    "level": ("Niveau", "Level"),
    "yoy": ("Variation annuelle (%)", "Year-on-year change (%)"),
    "index": ("Indice (base 100)", "Index (base 100)"),
    "base_year": ("Année de base", "Base year"),
    "period": ("Période", "Period"),
    "source": ("Source", "Source"),
    "sources_word": ("Sources", "Sources"),
    "updated": ("mise à jour", "updated"),
    "official": ("officiel", "official"),
    "reported": ("rapporté par la presse", "reported by the press"),
    "candidate": ("à vérifier", "to be checked"),
    "approx": ("environ", "about"),
    "disagree": ("⚠ sources en désaccord", "⚠ sources disagree"),
    "share": ("Lien de partage", "Share link"),
    "download": ("Télécharger", "Download"),
    "describe": ("Description du graphique", "Chart description"),
    "no_data": ("Aucune donnée pour cette sélection.", "No data for this selection."),
    "fallback": ("Paramètre inconnu ignoré", "Unknown parameter ignored"),
    "latest_news": ("Dernières actualités", "Latest news"),
    "no_news": ("Aucun article pour l'instant.", "No news items yet."),
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
    "rows_shown": ("lignes affichées sur", "rows shown of"),
    "publisher": ("Éditeur", "Publisher"),
    "licence": ("Licence", "Licence"),
    "date": ("Date", "Date"),
    "figures": ("chiffres", "figures"),
    "more": ("Plus d'articles", "More items"),
    "value": ("Valeur", "Value"),
    "locator": ("Emplacement dans la source", "Place in the source"),
    "values_table": ("Tableau des valeurs et de leurs sources", "Values and their sources"),
    "explore": ("Explorer dans Secteur", "Explore in Sector"),
}

TOPICS: dict[str, tuple[str, str]] = {
    "watchmaking": ("Horlogerie", "Watchmaking"),
    "economy": ("Économie", "Economy"),
    "other": ("Autre", "Other"),
}

FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

UNIT_SUFFIX: dict[str, tuple[str, str]] = {
    "persons": ("personnes", "people"),
    "companies": ("entreprises", "companies"),
    "units": ("unités", "units"),
    "brands": ("marques", "brands"),
}


def t(key: str, lang: str = "fr") -> str:
    """The word for `key` in `lang` (French when the language is unknown)."""
    fr, en = WORDS[key]
    return en if lang == "en" else fr


def colon(lang: str = "fr") -> str:
    """French typography puts a space before the colon; English does not."""
    return ": " if lang == "en" else " : "


def topic_label(code: str, lang: str = "fr") -> str:
    fr, en = TOPICS.get(code, (code, code))
    return en if lang == "en" else fr


def group_digits(text: str, lang: str) -> str:
    """Apply thousands and decimal separators to a Python-formatted `1,234.5` string."""
    if lang == "en":
        return text
    return text.replace(",", NBSP).replace(".", ",")


def format_number(value: float | None, lang: str = "fr", decimals: int | None = None) -> str:
    """`3000` -> `3 000`, `1.5` -> `1,5` (French) or `3,000`, `1.5` (English)."""
    if value is None:
        return "–"
    if decimals is None:
        decimals = 0 if abs(value) >= 100 or float(value).is_integer() else 1
    return group_digits(f"{value:,.{decimals}f}", lang)


def scale_for(unit: str, magnitude: float) -> tuple[float, str]:
    """Divisor and display unit: euros above a million are shown in M€ (or Md€)."""
    symbol = {"EUR": "€", "CHF": "CHF", "USD": "$"}.get(unit)
    if symbol is None:
        return 1.0, unit
    if magnitude >= 1e10:
        return 1e9, f"Md{symbol}" if symbol == "€" else f"Md {symbol}"
    if magnitude >= 1e6:
        return 1e6, f"M{symbol}" if symbol == "€" else f"M {symbol}"
    return 1.0, symbol


def unit_label(unit: str, lang: str = "fr") -> str:
    """Readable unit for axes and cards."""
    if unit == "percent":
        return "%"
    fr, en = UNIT_SUFFIX.get(unit, (unit, unit))
    return en if lang == "en" else fr


def format_value(value: float | None, unit: str, lang: str = "fr") -> str:
    """`423000000, EUR` -> `423 M€`; `3000, persons` -> `3 000 personnes`; `9, percent` -> `9 %`."""
    if value is None:
        return "–"
    divisor, shown = scale_for(unit, abs(value))
    if divisor != 1.0 or unit in ("EUR", "CHF", "USD"):
        number = value / divisor
        return f"{format_number(number, lang)}{NBSP if lang == 'fr' else ' '}{shown}"
    return f"{format_number(value, lang)} {unit_label(unit, lang)}"


def format_date(day: date | None, lang: str = "fr") -> str:
    """`2025-10-01` -> `1er octobre 2025` (French) or `1 October 2025`."""
    if day is None:
        return "–"
    if lang == "en":
        return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {FR_MONTHS[day.month - 1]} {day.year}"


def format_published(day: date | None, precision: str | None, lang: str = "fr") -> str:
    """A publication date as precisely as its source gives it: `janvier 2025`, not `1er janvier`."""
    if day is None or precision not in ("month", "year"):
        return format_date(day, lang)
    return str(day.year) if precision == "year" else format_period(day.isoformat()[:7], lang)


def format_period(period: str | None, lang: str = "fr") -> str:
    """ISO period to words: `2024` stays, `2024-03` -> `mars 2024`, a date -> `1er mars 2024`."""
    if not period:
        return "–"
    if "/" in period:
        a, b = period.split("/", 1)
        return f"{format_period(a, lang)}–{format_period(b, lang)}"
    parts = period.split("-")
    try:
        if len(parts) == 2:
            months = EN_MONTHS if lang == "en" else FR_MONTHS
            return f"{months[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 3:
            return format_date(date.fromisoformat(period), lang)
    except (ValueError, IndexError):
        return period
    return period
