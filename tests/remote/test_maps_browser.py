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

from etl.cli import main
from tests.dashboard.real_server import serve
from tests.remote.fixtures import (
    URSSAF_DATASET,
    make_checkout,
    point_at,
    sdmx_series,
    sirene_items,
    urssaf_rows,
)
from tests.remote.producers import Producers


@pytest.fixture(autouse=True, scope="module")
def patient_expect() -> Iterator[None]:
    """Two shared cores: a first render can take a while; the default comes back after."""
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


@pytest.fixture(scope="module")
def fetched_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    producers = Producers()
    producers.ods[URSSAF_DATASET] = urssaf_rows()
    producers.sdmx["sbs_ovw_act"] = sdmx_series()
    producers.sirene = sirene_items()
    producers.start()
    checkout = make_checkout(tmp_path_factory.mktemp("remote-browser"))
    with pytest.MonkeyPatch.context() as mp:
        point_at(mp, producers.base)
        mp.delenv("INSEE_API_KEY", raising=False)
        fetched = main(["fetch", "--stats", "--raw", str(checkout / "raw"), "--archive",
                        str(checkout / "fetched"), "--feeds", str(checkout / "none.toml")])  # fmt: skip
        built = main(["build", "--raw", str(checkout / "raw"), "--out", str(checkout / "tidy"),
                      "--cache", str(checkout / "cache")])  # fmt: skip
    producers.stop()
    assert fetched == 0 and built == 0
    yield checkout / "tidy"


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
