"""Excel report: write it, read it back with openpyxl, check every sheet and chart reference."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart, LineChart

from dashboard.data import load
from dashboard.exports.excel import SHEETS, write_excel
from dashboard.exports.scope import EmptyViewError, ExportError, scope_from_query
from dashboard.i18n import sheet_names
from tests.dashboard.fixture_package import HEADLINE


@pytest.fixture(scope="module")
def report(pkg, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("xl") / "rapport.xlsx"
    return write_excel(pkg, scope_from_query(pkg, ""), out)


def test_sheets_in_order(report: Path) -> None:
    assert load_workbook(report).sheetnames == list(SHEETS)


def test_data_sheet_is_a_filtered_table_with_numbers(report: Path) -> None:
    ws = load_workbook(report)["Données"]
    # 11 headline rows + a disagreeing 2009 row + a press-reported 2024 row
    assert ws.max_row == 14
    ((name, ref),) = ws.tables.items()
    assert (name, ref) == ("Donnees", "A1:S14")
    assert ws.tables[name].autoFilter.ref == "A1:S14"
    assert ws.freeze_panes == "A2"
    headers = [c.value for c in ws[1]]
    assert headers[:6] == ["Période", "Indicateur", "Segment", "Territoire", "Entité", "Valeur"]
    rows = {(r[0].value, r[9].value): r for r in ws.iter_rows(min_row=2)}
    cell = rows[("2024", "Francéclat")][5]
    assert cell.value == 423e6 and cell.data_type == "n"  # a number, not text
    assert cell.number_format == '#,##0,,\\ "M€"'
    assert rows[("2009", "Insee")][5].value == 157e6
    assert rows[("2024", "L'Est Républicain")][8].value == "oui"  # approximate
    assert ws.column_dimensions["B"].width >= len("Chiffre d'affaires")


def test_series_sheet_has_years_with_gaps(report: Path, pkg) -> None:
    ws = load_workbook(report)["Séries"]
    years = [c.value for c in ws["A"][1:]]
    assert years == list(range(2009, 2025))
    assert ws["B1"].value == "Chiffre d'affaires – Horlogerie, France (M€)"
    by_year = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(2, ws.max_row + 1)}
    assert by_year[2024].value == 423e6
    assert by_year[2012].value is None  # a gap stays a gap
    assert by_year[2011].number_format == '#,##0,,\\ "M€"'
    assert {y: by_year[y].value for y in HEADLINE if y != 2009} == {
        y: v for y, v in HEADLINE.items() if y != 2009
    }


def test_native_charts_point_at_series_cells(report: Path) -> None:
    charts = load_workbook(report)["Graphiques"]._charts
    assert [type(c) for c in charts] == [LineChart, BarChart]
    for chart in charts:
        (series,) = chart.series
        assert series.val.numRef.f == "'Séries'!$B$2:$B$17"
        assert series.cat.numRef.f == "'Séries'!$A$2:$A$17"
        assert series.tx.strRef.f == "'Séries'!B1"
        assert chart.x_axis.delete is False and chart.y_axis.delete is False
        assert chart.y_axis.number_format.formatCode == '#,##0,,\\ "M€"'
    assert charts[0].series[0].smooth is False


def test_readme_sources_and_news(report: Path, pkg) -> None:
    wb = load_workbook(report)
    readme = {r[0]: r[1] for r in wb["Lisez-moi"].iter_rows(values_only=True) if r and r[0]}
    assert readme["Indicateur"] == "Chiffre d'affaires (revenue)"
    assert readme["Paquet créé le"] == "2026-11-20T10:00:00Z"
    assert "Comment citer" in readme and "Exporté le" in readme
    src = wb["Sources"]
    cited = {r[0].value: r for r in src.iter_rows(min_row=2)}
    assert set(cited) == {"franceclat", "insee_bfc", "press_est"}
    assert cited["insee_bfc"][1].hyperlink.target == "https://example.org/insee"
    news = wb["Actualités"]
    titles = [r[1] for r in news.iter_rows(min_row=2)]
    # the news of the French revenue chart: N5 (its figure is the chart's 2024 press row)
    assert [t.value for t in titles] == ["La filière horlogère à 423 millions"]
    assert [t.hyperlink.target for t in titles] == ["https://example.org/n5"]


def test_whole_package_report(pkg, tmp_path: Path) -> None:
    scope = scope_from_query(pkg, "indicator=all&segment=all&geo=all")
    wb = load_workbook(write_excel(pkg, scope, tmp_path / "all.xlsx"))
    assert wb["Données"].max_row == pkg["observations"].height + 1
    headers = [c.value for c in wb["Séries"][1]]
    assert len(headers) > 3 and headers[0] == "Année"
    formats = {c.number_format for c in wb["Données"]["F"][1:]}
    assert {"#,##0", '#,##0,,\\ "M€"'} <= formats


def test_no_news_sheet_without_news_table(package_without_news: Path, tmp_path: Path) -> None:
    pkg = load(package_without_news)
    out = write_excel(pkg, scope_from_query(pkg, ""), tmp_path / "r.xlsx")
    assert "Actualités" not in load_workbook(out).sheetnames


def test_empty_view_writes_nothing(pkg, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    with pytest.raises(EmptyViewError, match="no data for this view"):
        write_excel(pkg, scope_from_query(pkg, "from=1990&to=1995"), out)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("indicator=nope", "--indicator: 'nope'"),
        ("from=12", "--from: '12' is not a year"),
        ("from=2020&to=2010", "2020 is after 2010"),
        ("mode=sideways", "--mode"),
    ],
)
def test_bad_view_options(pkg, query: str, message: str) -> None:
    with pytest.raises(ExportError, match=message):
        scope_from_query(pkg, query)


@pytest.mark.parametrize("years", ["", "&from=2010&to=2020"])
def test_series_values_are_the_charts_values(pkg, years: str) -> None:
    """Every Séries column equals `dashboard.queries.series` for its (indicator, segment, geo)."""
    import polars as pl

    from dashboard import queries
    from dashboard.exports.scope import scope_rows, scope_series

    scope = scope_from_query(pkg, "indicator=all&segment=all&geo=all" + years)
    wide, columns = scope_series(pkg, scope, scope_rows(pkg, scope))
    # revenue (two segments), jobs and companies of France; jobs of five regions, two
    # departments and the former Franche-Comté; jobs of a company in a region; establishments
    assert len(columns) == 13
    for i, col in enumerate(columns):
        view = scope.view.with_(indicator=col.key[0], segment=col.key[1], geo=col.key[2])
        points, _ = queries.series(pkg["observations"], pkg["sources"], view)
        points = points.filter(pl.col("period").str.len_chars() == 4)
        expected = dict(zip(points["year"], points["value"], strict=True))
        got = {y: v for y, v in zip(wide["year"], wide[f"s{i}"], strict=True) if v is not None}
        assert got == expected and col.points == len(expected)


def test_readme_follows_the_view_language(pkg, tmp_path: Path) -> None:
    out = write_excel(pkg, scope_from_query(pkg, "lang=en&mode=yoy"), tmp_path / "en.xlsx")
    wb = load_workbook(out)
    readme = {r[0]: r[1] for r in wb["Read me"].iter_rows(values_only=True) if r and r[0]}
    assert readme["Indicator"] == "Revenue (revenue)"
    assert readme["How to cite"].startswith("Cadran, “")
    assert readme["Display"].startswith("year-on-year change (%)")
    assert wb.sheetnames == list(sheet_names("en"))  # one language: names and headers too
    assert wb["Data"]["B1"].value == "Indicator" and wb["Data"]["B2"].value == "Revenue"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_series_sheet_has_a_column_per_compared_organisation(pkg, tmp_path: Path, lang) -> None:
    """`entity=,France Horlogerie`: the whole sector's companies and the trade body's members
    each get their column on Séries, headed with the organisation, holding the charts' values."""
    from dashboard import queries

    scope = scope_from_query(pkg, f"indicator=companies&entity=,France Horlogerie&lang={lang}")
    wb = load_workbook(write_excel(pkg, scope, tmp_path / "orgs.xlsx"))
    sheet = wb[sheet_names(lang)[2]]
    rows = [r for r in sheet.iter_rows(values_only=True) if r[0] is not None]
    heads = rows[0][1:]
    assert len(heads) == 2
    assert "France Horlogerie" not in heads[0] and "– France Horlogerie (" in heads[1]
    for i, member in enumerate(scope.view.members()):
        points, _ = queries.series(pkg["observations"], pkg["sources"], member)
        expected = dict(zip(points["year"], points["value"], strict=True))
        got = {r[0]: r[i + 1] for r in rows[1:] if r[i + 1] is not None}
        assert got == expected and got
    assert {r[0]: r[2] for r in rows[1:] if r[2] is not None} == {2023: 70, 2024: 100}


def test_series_sheet_of_one_organisation(pkg, tmp_path: Path) -> None:
    scope = scope_from_query(pkg, "indicator=companies&entity=France Horlogerie")
    sheet = load_workbook(write_excel(pkg, scope, tmp_path / "one.xlsx"))["Séries"]
    assert sheet["B1"].value == "Entreprises – Horlogerie, France – France Horlogerie (entreprises)"
    assert [(r[0], r[1]) for r in sheet.iter_rows(min_row=2, values_only=True)] == [
        (2023, 70), (2024, 100),
    ]  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_changes_sheet_holds_the_change_table(pkg, tmp_path: Path, lang: str) -> None:
    """The Variations sheet (after Séries) gives the *Secteur* page's change between two years:
    per compared series, years and values A and B, the change as numbers in the unit's format,
    and the reason in words where the figures are not comparable (France: rounded figures)."""
    from dashboard.change_table import change_frame

    scope = scope_from_query(pkg, f"indicator=jobs&geo=FR,FR-BFC&lang={lang}")
    wb = load_workbook(write_excel(pkg, scope, tmp_path / "changes.xlsx"))
    names = sheet_names(lang)
    assert wb.sheetnames[2:4] == list(names[2:4])
    assert names[3] == {"fr": "Variations", "en": "Changes"}[lang]
    ws = wb[names[3]]
    heads = [c.value for c in ws[1]]
    assert heads[:4] == {"fr": ["Série", "Unité", "Année A", "Valeur A"],
                         "en": ["Series", "Unit", "Year A", "Value A"]}[lang]  # fmt: skip
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2, max_row=3)}
    expected = {r["series"]: r for r in change_frame(pkg, scope.view).iter_rows(named=True)}
    assert set(rows) == set(expected) == {"France", "Bourgogne-Franche-Comté"}
    for label, row in rows.items():
        want = expected[label]
        assert [c.value for c in row[2:6]] == [want["year_a"], want["value_a"], want["year_b"],
                                               want["value_b"]]  # fmt: skip
    bfc = rows["Bourgogne-Franche-Comté"]
    assert (bfc[6].value, round(bfc[7].value, 2)) == (170, 4.59)
    assert bfc[6].number_format.startswith("+") and bfc[8].value is None
    france = rows["France"]
    assert france[6].value is None and france[7].value is None
    assert france[8].value == {"fr": "chiffres arrondis", "en": "rounded figures"}[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_readme_names_every_sheet(pkg, tmp_path: Path, lang: str) -> None:
    wb = load_workbook(write_excel(pkg, scope_from_query(pkg, f"lang={lang}"), tmp_path / "r.xlsx"))
    readme = {r[0]: r[1] for r in wb.worksheets[0].iter_rows(values_only=True) if r and r[0]}
    note = readme[{"fr": "Onglets", "en": "Sheets"}[lang]]
    colon = {"fr": " :", "en": ":"}[lang]
    assert all(f"{name}{colon}" in note for name in wb.sheetnames[1:])
