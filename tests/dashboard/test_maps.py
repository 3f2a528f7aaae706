"""Maps of values: an indicator by region and by department for a year, only figures whose place
is exactly that region or department, "pas de donnée" (never 0) where there is none, coverage,
unit, legend and sources. The fixture has jobs in 2018 for five regions (of six on its map), two
departments, the former Franche-Comté, a company's row and a commune's row."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from dashboard import charts
from dashboard.data import load
from dashboard.view import View
from tests.dashboard.fixture_package import DEPARTMENT_JOBS_2018, REGION_JOBS_2018

TIDY = Path(__file__).resolve().parents[2] / "data" / "tidy"
N = "\u202f"


def tile_labels(fig) -> dict[str, str]:
    """Tile code -> the text drawn on it."""
    tiles = next(t for t in fig.data if t.name == "tiles")
    return dict(zip(tiles.customdata, tiles.text, strict=True))


def notes(fig) -> list[str]:
    return [a.text for a in fig.layout.annotations]


def test_regions_map_shows_values_no_data_and_coverage(pkg) -> None:
    chart = charts.CHARTS["regions_values"]
    fig = chart.build(pkg, View(indicator="jobs"))
    assert fig.layout.title.text == "Emplois par région, 2018"
    labels = tile_labels(fig)
    assert labels["FR-BFC"] == f"BFC<br>3{N}870"  # the region's own figure, not FR-FC's 2000
    assert labels["FR-ARA"] == f"ARA<br>1{N}200"
    # A company's 55 jobs in Nouvelle-Aquitaine are not the region's jobs.
    assert labels["FR-NAQ"] == "NAQ<br>pas de<br>donnée"  # on two lines, to fit a small tile
    assert set(labels) == {"FR-ARA", "FR-BFC", "FR-GES", "FR-IDF", "FR-NAQ", "FR-PAC"}
    assert "5 régions sur 6 renseignées" in notes(fig)
    assert notes(fig)[-1].startswith("Sources : FNAMAC (2018) et Insee (2018)")
    scale = next(t for t in fig.data if t.name == "scale")
    assert scale.marker.colorbar.title.text == "personnes"  # the unit, on the legend
    assert [t.name for t in fig.data if t.showlegend is not False] == ["pas de donnée"]
    table = chart.table(pkg, View(indicator="jobs"))
    assert dict(zip(table["code"], table["value"], strict=True)) == {
        k: float(v) for k, v in REGION_JOBS_2018.items()
    }


def test_regions_map_in_english(pkg) -> None:
    fig = charts.CHARTS["regions_values"].build(pkg, View(indicator="jobs", lang="en"))
    assert fig.layout.title.text == "Jobs by region, 2018"
    assert tile_labels(fig)["FR-NAQ"] == "NAQ<br>no data"
    assert tile_labels(fig)["FR-BFC"] == "BFC<br>3,870"
    assert "5 of 6 regions with data" in notes(fig)
    describe = charts.CHARTS["regions_values"].describe(pkg, View(indicator="jobs", lang="en"))
    assert describe.startswith("Jobs by region, 2018. 5 of 6 regions with data: ")
    assert "Bourgogne-Franche-Comté (3,870 people)" in describe


def test_departments_are_their_own_figures_never_communes_added_up(pkg) -> None:
    chart = charts.CHARTS["departments_values"]
    fig = chart.build(pkg, View(indicator="jobs"))
    bars = fig.data[0]
    shown = dict(zip(bars.y, bars.text, strict=True))
    assert shown == {"Doubs": f"2{N}500", "Jura": "900"}  # Besançon's 120 is not added to Doubs
    assert fig.layout.title.text == "Emplois par département, 2018 – Bourgogne-Franche-Comté"
    assert "2 départements sur 2 renseignés" in notes(fig)
    table = chart.table(pkg, View(indicator="jobs"))
    assert sorted(table["value"].to_list()) == sorted(map(float, DEPARTMENT_JOBS_2018.values()))


def test_a_region_without_department_figures_reads_no_data(pkg) -> None:
    fig = charts.CHARTS["departments_values"].build(pkg, View(indicator="jobs", geo="FR-ARA"))
    bars = fig.data[0]
    assert dict(zip(bars.y, bars.text, strict=True)) == {"Haute-Savoie": "pas de donnée"}
    assert list(bars.x) == [0]  # no bar, and the label says why
    assert "0 département sur 1 renseigné" in notes(fig)


def test_year_choice_and_single_place_coverage(pkg) -> None:
    fig = charts.CHARTS["regions_values"].build(pkg, View(indicator="jobs", end=2016))
    assert fig.layout.title.text == "Emplois par région, 2016"
    assert tile_labels(fig)["FR-BFC"] == f"BFC<br>3{N}700"
    assert tile_labels(fig)["FR-ARA"] == "ARA<br>pas de<br>donnée"
    assert "1 région sur 6 renseignée" in notes(fig)
    fig = charts.CHARTS["regions_values"].build(pkg, View(indicator="establishments"))
    assert "1 région sur 6 renseignée" in notes(fig)


def test_news_count_is_its_own_clearly_titled_view(pkg) -> None:
    fig = charts.CHARTS["regions_news"].build(pkg, View())
    assert html.unescape(fig.layout.title.text) == "Nombre d'articles par région"
    assert tile_labels(fig)["FR-BFC"] == "BFC<br>3"  # N1, N2, N4 name a place in BFC
    assert tile_labels(fig)["FR-IDF"] == "IDF<br>0"  # a count of items: 0 is a true zero


@pytest.mark.browser
def test_territories_page_in_the_browser(page: Page, live_server: str) -> None:
    page.goto(live_server + "/territoires")
    graph = page.locator("#territories-graph")
    expect(graph.locator(".gtitle")).to_have_text("Emplois par région, 2018")
    no_data = graph.locator("text", has_text=re.compile(r"pas de\s*donnée"))
    expect(no_data.first).to_be_visible()  # the tile reads "pas de / donnée"
    expect(graph).to_contain_text("5 régions sur 6 renseignées")
    expect(graph).to_contain_text("Sources : FNAMAC (2018) et Insee (2018)")
    expect(page.locator("#territories-departments-graph")).to_contain_text(
        "2 départements sur 2 renseignés"
    )
    panel = page.locator("#territories-sources .sources-panel")
    panel.locator("summary").click()
    expect(panel.locator("code.citation").first).to_contain_text("(consulté le 1er novembre 2026)")
    # Choosing another region redraws the departments and puts the choice in the URL.
    page.locator("#territories-region").click()
    page.get_by_role("option", name=re.compile("Auvergne")).first.click()
    expect(page.locator("#territories-departments-graph .gtitle")).to_have_text(
        "Emplois par département, 2018 – Auvergne-Rhône-Alpes"
    )
    expect(page.locator("#territories-departments-graph")).to_contain_text("pas de donnée")
    expect(page.locator("#share-link")).to_have_value(re.compile(r"geo=FR-ARA"))
    page.goto(live_server + "/territoires?lang=en")
    expect(page.locator("#territories-graph .gtitle")).to_have_text("Jobs by region, 2018")
    expect(page.locator("#territories-graph")).to_contain_text("no data")
    expect(page.locator("#territories-graph")).to_contain_text("5 of 6 regions with data")


@pytest.fixture(scope="module")
def real_pkg():
    if not (TIDY / "datapackage.json").is_file():
        pytest.skip("data/tidy is not built (python -m etl build)")
    return load(TIDY)


def test_real_package_maps_values_not_record_counts(real_pkg) -> None:
    """Regression (issue 8): Territoires mapped the number of database records ('BFC 108',
    'Source : Cadran'), not an economic value."""
    fig = charts.CHARTS["regions_values"].build(real_pkg, View(indicator="jobs"))
    labels = tile_labels(fig)
    assert len(labels) >= 13
    known = {code: text for code, text in labels.items() if "pas de<br>donnée" not in text}
    assert list(known) == ["FR-BFC"]  # the only region with its own jobs figure
    assert "1 région sur 13 renseignée" in notes(fig)
    assert "Cadran" not in notes(fig)[-1]
    rows = real_pkg["observations"].filter(
        (real_pkg["observations"]["indicator"] == "jobs")
        & (real_pkg["observations"]["geo"] == "FR-BFC")
        & real_pkg["observations"]["entity"].is_null()
    )
    year = fig.layout.title.text.rsplit(", ", 1)[1]
    assert any(f"{v:,.0f}".replace(",", N) in known["FR-BFC"]
               for v in rows.filter(rows["period"] == year)["value"].to_list())  # fmt: skip


def test_both_maps_show_the_same_year(pkg) -> None:
    """The departments take the year of the map (2016 has a region figure, no department one):
    every department reads "pas de donnée" for 2016, not another year's figures."""
    fig = charts.CHARTS["departments_values"].build(pkg, View(indicator="jobs", end=2016))
    assert fig.layout.title.text == "Emplois par département, 2016 – Bourgogne-Franche-Comté"
    assert set(fig.data[0].text) == {"pas de donnée"}
    assert "0 département sur 2 renseigné" in notes(fig)
