"""Change between two years (issue 13, item 2): one row per series, value at A and at B,
absolute and relative change only between comparable figures (else the reason), in the
app (sortable table, CSV download) in French and English."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from playwright.sync_api import Page, expect

from dashboard import charts
from dashboard.change_table import change_frame, change_table
from dashboard.changes import PERIMETER, ROUNDED
from dashboard.i18n import t
from dashboard.layouts import sector
from dashboard.view import parse_view


def points(values: dict[int, float], approx=(), producer="Francéclat", other=()) -> pl.DataFrame:
    years = sorted(values)
    return pl.DataFrame({
        "period": [str(y) for y in years], "year": years,
        "period_start": [date(y, 1, 1) for y in years], "value": [values[y] for y in years],
        "approximate": [y in approx for y in years],
        "producer": ["Presse" if y in other else producer for y in years],
    })  # fmt: skip


def test_change_only_between_comparable_figures() -> None:
    table = change_table(
        [("exact", "EUR", points({2018: 321e6, 2020: 271e6, 2024: 423e6})),
         ("rounded", "persons", points({2015: 3000, 2018: 2830}, approx={2015})),
         ("two bodies", "companies", points({2020: 78, 2024: 100}, other={2024})),
         ("single", "persons", points({2018: 3870}))],
        None, None,
    )  # fmt: skip
    rows = {r["series"]: r for r in table.iter_rows(named=True)}
    exact = rows["exact"]
    assert (exact["year_a"], exact["year_b"], exact["change"]) == (2018, 2024, 102e6)
    assert exact["change_pct"] == pytest.approx(31.775, abs=1e-3)
    assert rows["rounded"]["reason"] == ROUNDED and rows["rounded"]["change_pct"] is None
    assert rows["two bodies"]["reason"] == PERIMETER and rows["two bodies"]["change"] is None
    assert rows["single"]["year_a"] is None and rows["single"]["value_b"] == 3870


def test_period_chooses_the_two_years(pkg) -> None:
    view = parse_view("from=2018&to=2023", charts.choices_for(pkg))[0]
    row = change_frame(pkg, view).row(0, named=True)
    assert (row["year_a"], row["value_a"], row["year_b"], row["value_b"]) == (
        2018, 321e6, 2023, 410e6)  # fmt: skip
    rows, columns = sector.change_records(change_frame(pkg, view), "fr")
    assert rows[0]["value_a"] == 321e6 and rows[0]["value_a_text"] == "321\u202fM€"
    assert rows[0]["change_pct_text"].startswith("+27,7")
    assert [c["headerName"] for c in columns][:3] == ["Série", "Année A", "Valeur A"]


@pytest.mark.browser
@pytest.mark.parametrize(
    ("lang", "title", "pct", "reason", "header"),
    [("fr", "Variation entre deux années", "+31,8", "chiffres arrondis", "Valeur B"),
     ("en", "Change between two years", "+31.8", "rounded figures", "Value B")],
)  # fmt: skip
def test_change_table_in_the_browser(
    page: Page, live_server: str, lang: str, title: str, pct: str, reason: str, header: str
) -> None:
    page.goto(f"{live_server}/secteur?from=2018&lang={lang}")
    section = page.locator(".change-table")
    expect(section.locator("h2")).to_have_text(title)
    table = page.locator("#sector-change-table")
    expect(table).to_contain_text(pct)
    expect(table).to_contain_text("321")
    expect(table).to_contain_text("423")
    # two places: the region's change is computed, France's is not (rounded 2015 figure)
    page.goto(f"{live_server}/secteur?indicator=jobs&geo=FR,FR-BFC&lang={lang}")
    expect(table).to_contain_text(reason)
    first = table.locator('.ag-row[row-index="0"] .ag-cell[col-id="series"]')
    expect(table.locator('.ag-cell[col-id="series"]')).to_have_count(2)
    # sortable: by value at year B, ascending puts France first, descending the region
    head = table.locator('.ag-header-cell[col-id="value_b"]')
    expect(head).to_contain_text(header)
    head.locator(".ag-header-cell-label").click()
    expect(first).to_have_text("France")
    head.locator(".ag-header-cell-label").click()
    expect(first).to_have_text("Bourgogne-Franche-Comté")
    with page.expect_download() as info:
        page.locator("#sector-change-download").click()
    text = Path(info.value.path()).read_text(encoding="utf-8")
    rows = {r[t("change_series", lang)]: r for r in csv.DictReader(io.StringIO(text))}
    bfc = rows["Bourgogne-Franche-Comté"]
    assert (bfc[t("change_value_a", lang)], bfc[t("change_value_b", lang)]) == ("3700.0", "3870.0")
    assert bfc[t("change_abs", lang)] == "170.0"
    assert float(bfc[t("change_pct", lang)]) == pytest.approx(4.5946, abs=1e-3)
    assert rows["France"][t("change_reason", lang)] == reason
    assert rows["France"][t("change_pct", lang)] == ""
