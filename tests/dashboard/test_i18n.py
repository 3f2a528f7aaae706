"""The one formatter and the catalogue: exact texts a reader sees, in French and English."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from dashboard import figures, i18n, queries
from dashboard.components import graph_config

N = "\u202f"  # narrow no-break space

EXAMPLES = [
    # value, unit, French, English
    (423e6, "EUR", f"423{N}M€", "€423M"),
    (1.2e9, "EUR", f"1,2{N}Md€", "€1.2bn"),
    (1.05e6, "EUR", f"1,05{N}M€", "€1.05M"),
    (999_999_999.7, "EUR", f"1{N}Md€", "€1bn"),
    (12_500, "EUR", f"12{N}500{N}€", "€12,500"),
    (12e6, "CHF", f"12{N}M{N}CHF", "CHF\u00a012M"),
    (3000, "persons", f"3{N}000 personnes", "3,000 people"),
    (1_234_567, "persons", f"1{N}234{N}567 personnes", "1,234,567 people"),
    (78, "companies", "78 entreprises", "78 companies"),
    (3.2, "percent", f"3,2{N}%", "3.2%"),
    (-9.1, "percent", f"-9,1{N}%", "-9.1%"),
    (12, "other", "12", "12"),
    (3, "rank", "3e", "3rd"),
    (None, "EUR", "–", "–"),
]


@pytest.mark.parametrize(("value", "unit", "fr", "en"), EXAMPLES)
def test_format_value_in_both_languages(value, unit, fr, en) -> None:
    assert i18n.format_value(value, unit, "fr") == fr
    assert i18n.format_value(value, unit, "en") == en


def test_changes_and_precision() -> None:
    assert i18n.format_change(3.24) == f"+3,2{N}%"
    assert i18n.format_change(-9.13, "en") == "-9.1%"
    assert i18n.format_index(103.25, "en") == "103.2"
    assert i18n.format_value(423e6, "EUR", "fr", precision=1) == f"423,0{N}M€"


def test_no_raw_unit_or_status_code_in_french() -> None:
    for unit in ("persons", "other", "companies", "establishments", "units", "stores"):
        assert i18n.unit_label(unit, "fr") not in {"persons", "other", "units", "stores"}
    assert i18n.status_label("official", "fr") == "Source officielle"
    assert i18n.status_label("secondary", "en") == "Relayed by the press"
    assert i18n.status_label("reported", "fr") == "Extrait d'une actualité, vérifié"
    assert i18n.and_others(14, "fr") == "et 14 autres"
    assert i18n.and_others(14, "en") == "and 14 others"


def test_modebar_speaks_french_and_never_offers_the_cloud() -> None:
    config = graph_config("fr")
    assert config["locale"] == "fr"
    assert "sendChartToCloud" in config["modeBarButtonsToRemove"]
    assert config["locales"]["fr"]["dictionary"]["Share chart..."].startswith("Partager")
    assert graph_config("en")["locale"] == "en"
    assert i18n.dropdown_labels("fr")["search"] == "Rechercher"


def _points(values: dict[int, float]) -> pl.DataFrame:
    given = {
        "period": [str(y) for y in values],
        "year": list(values),
        "period_start": [date(y, 1, 1) for y in values],
        "value": list(values.values()),
        "status": "official",
        "approximate": False,
        "n_sources": 1,
        "disagree": False,
    }
    n = len(values)
    data = {
        col: given.get(col, [None] * n) if not isinstance(given.get(col), str | bool | int)
        else [given[col]] * n
        for col in queries.POINT_SCHEMA
    }  # fmt: skip
    return pl.DataFrame(data, schema=queries.POINT_SCHEMA)


@pytest.mark.parametrize(("lang", "expected"), [("fr", f"2024 : 423{N}M€"), ("en", "2024: €423M")])
def test_hover_shows_the_stored_value_not_the_axis_value(lang: str, expected: str) -> None:
    """Regression: the hover said `2024 : 423 000 Md€` (value multiplied by the axis divisor)."""
    frame = figures.Frame("Titre", "EUR", "Source", lang)
    pts = queries.with_gaps(_points({2023: 400e6, 2024: 423e6}))
    fig = figures.series_figure(pts, pl.DataFrame(), None, frame, "EUR")
    markers = next(tr for tr in fig.data if tr.mode == "markers")
    hover = markers.hovertext[-1].replace("<b>", "").replace("</b>", "")
    assert hover.startswith(expected), hover
    assert fig.layout.yaxis.title.text == ("M€" if lang == "fr" else "€M")


@pytest.mark.parametrize(
    ("mode", "lang", "expected"),
    [("yoy", "fr", f"2024 : +5,8{N}%"), ("yoy", "en", "2024: +5.8%"),
     ("index", "fr", "2024 : 105,8"), ("index", "en", "2024: 105.8")],
)  # fmt: skip
def test_hover_in_change_and_index_modes(mode: str, lang: str, expected: str) -> None:
    """The hover of a year-on-year or index point says a change or an index, never an amount."""
    frame = figures.Frame("Titre", "EUR", "Source", lang)
    shown = 5.78 if mode == "yoy" else 105.78
    pts = queries.with_gaps(_points({2023: 100.0 if mode == "index" else 1.0, 2024: shown}))
    fig = figures.series_figure(pts, pl.DataFrame(), None, frame, "EUR", mode=mode)
    markers = next(tr for tr in fig.data if tr.mode == "markers")
    hover = markers.hovertext[-1].replace("<b>", "").replace("</b>", "")
    assert hover.startswith(expected), hover
