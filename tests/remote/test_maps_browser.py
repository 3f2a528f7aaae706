"""In the browser: with the producers' stand-in, `fetch --stats` then `build`, the Territoires
page maps jobs and establishments by region and department for a chosen year, a total withheld
for an empty commune cell reads "pas de donnée", and the source line names Urssaf with its
ODbL terms, in French and in English. Every figure is a fictitious test fixture."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.dashboard.real_server import serve
from tests.remote.fixtures import fetched_and_built


@pytest.fixture(autouse=True, scope="module")
def patient_expect() -> Iterator[None]:
    """Two shared cores: a first render can take a while; the default comes back after."""
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


@pytest.fixture(scope="module")
def fetched_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fetched_and_built(tmp_path_factory.mktemp("remote-browser"))


@pytest.fixture(scope="module")
def server(fetched_package: Path) -> Iterator[str]:
    with serve(fetched_package) as url:
        yield url


def test_territories_maps_the_fetched_jobs_by_region_and_department(page: Page, server: str):
    page.goto(server + "/territoires?indicator=jobs")
    regions = page.locator("#territories-graph")
    expect(regions.locator(".gtitle")).to_have_text("Emplois par région, 2024")
    expect(regions).to_contain_text("965")  # Bourgogne-Franche-Comté: 320 + 420 + 160 + 65
    expect(regions).to_contain_text("Urssaf (2024)")
    expect(regions).to_contain_text("données Urssaf sous licence ODbL 1.0")
    departments = page.locator("#territories-departments-graph")
    expect(departments.locator(".gtitle")).to_have_text(
        "Emplois par département, 2024 – Bourgogne-Franche-Comté"
    )
    expect(departments).to_contain_text("Doubs")
    expect(departments).to_contain_text("900")
    expect(departments).to_contain_text("pas de donnée")  # Nièvre: no watchmaking row


def test_a_withheld_total_reads_no_data_for_its_year(page: Page, server: str):
    page.goto(server + "/territoires?indicator=jobs&to=2022")
    regions = page.locator("#territories-graph")
    expect(regions.locator(".gtitle")).to_have_text("Emplois par région, 2022")
    expect(regions.locator("text", has_text=re.compile(r"BFC"))).to_contain_text("pas de")
    expect(regions).to_contain_text("40")  # Auvergne-Rhône-Alpes, complete that year
    departments = page.locator("#territories-departments-graph")
    expect(departments).to_contain_text("60")  # Jura complete; Doubs has an empty cell


def test_establishments_in_english(page: Page, server: str):
    page.goto(server + "/territoires?indicator=establishments&lang=en")
    regions = page.locator("#territories-graph")
    expect(regions.locator(".gtitle")).to_have_text("Establishments by region, 2024")
    expect(regions).to_contain_text("30")
    expect(regions).to_contain_text("Urssaf data under the ODbL 1.0 licence (share alike)")


def test_a_long_map_title_stays_inside_its_half_width_card(page: Page, server: str):
    """Plotly titles never wrap: a region's name after the title once ran past the card's edge."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(server + "/territoires?indicator=jobs")
    for graph in ("#territories-departments-graph", "#territories-graph"):
        expect(page.locator(f"{graph} .gtitle")).not_to_be_empty()
        right, width = page.evaluate(
            """(graph) => {
                const g = document.querySelector(graph);
                const box = g.querySelector('.gtitle').getBBox();
                return [box.x + box.width, g.querySelector('svg.main-svg').getBoundingClientRect().width];
            }""",
            graph,
        )
        assert right <= width, (graph, right, width)
