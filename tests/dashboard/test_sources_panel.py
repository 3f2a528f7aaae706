"""Sources you can cite: the source line under a chart names its sources by display name and
years, and every chart has a sources panel with a citation ready to paste (publisher, title,
date, URL, consulted on). Read as the reader sees them, in French and English."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from playwright.sync_api import Page, expect

from dashboard import charts, citations
from dashboard.data import PackageError, load
from dashboard.view import View
from tests.dashboard.fixture_package import write_package

TIDY = Path(__file__).resolve().parents[2] / "data" / "tidy"
UPDATED = date(2026, 11, 20)


def six_sources() -> tuple[pl.DataFrame, pl.DataFrame]:
    """Rows given by six publishers (one with two documents), most points first."""
    names = ["Francéclat", "Europa Star", "Insee", "Les Echos", "Statista", "FH"]
    sources = pl.DataFrame({
        "source_id": [f"s{i}" for i in range(6)] + ["s0b"],
        "publisher": [*names, "Francéclat"],
        "publisher_name": [*names, "Francéclat"],
        "producer": [*names, "Francéclat"],
        "producer_kind": ["official", "secondary", "official", "secondary", "secondary",
                          "official", "official"],
        "title": [f"Titre {i}" for i in range(7)],
        "url": [f"https://example.org/{i}" for i in range(7)],
        "published_on": [date(2025, 1, 1)] * 7,
        "retrieved_on": [date(2026, 11, 1)] * 7,
    })  # fmt: skip
    periods = {"s0": range(2018, 2023), "s0b": range(2023, 2025), "s1": range(2009, 2012),
               "s2": [2015], "s3": [2016], "s4": [2017], "s5": [2008]}  # fmt: skip
    rows = pl.DataFrame(
        [(sid, str(y)) for sid, years in periods.items() for y in years],
        schema={"source_id": pl.String, "period": pl.String}, orient="row",
    )  # fmt: skip
    return rows, sources


def test_source_line_names_sources_with_years_and_points_to_the_panel() -> None:
    rows, sources = six_sources()
    fr = citations.source_line(citations.source_uses(rows, sources, "fr"), UPDATED, "fr")
    assert fr == (
        "Sources : Francéclat (2018–2024), Insee (2015) et 4 autres — voir Sources · "
        "mise à jour : 20 novembre 2026"
    )
    en = citations.source_line(citations.source_uses(rows, sources, "en"), UPDATED, "en")
    assert en.startswith("Sources: Francéclat (2018–2024), Insee (2015) and 4 others — see Sources")
    footer = citations.footer_lines(citations.source_uses(rows, sources, "fr"), UPDATED, "fr")
    assert footer[0] == (
        "Sources : Francéclat (2018–2024), Insee (2015), FH (2008), Europa Star (2009–2011), "
        "Statista (2017), Les Echos (2016)."
    )


def test_three_sources_or_fewer_are_all_named() -> None:
    rows, sources = six_sources()
    few = rows.filter(pl.col("source_id").is_in(["s0", "s1", "s2"]))
    line = citations.source_line(citations.source_uses(few, sources, "fr"), UPDATED, "fr")
    assert line.startswith(
        "Sources : Francéclat (2018–2022), Insee (2015) et Europa Star (2009–2011) ·"
    )
    assert "autres" not in line


def test_citation_names_display_name_carrier_and_producer(pkg) -> None:
    uses = charts.CHARTS["regions_values"].sources(pkg, View(indicator="jobs"))
    by_id = {u.source_id: u for u in uses}
    assert by_id["fnamac"].citation == (
        "FNAMAC [FNAMAC (reprise Francéclat)] (chiffres de Francéclat), « L'emploi horloger par "
        "région », 1er mars 2019, https://example.org/fnamac (consulté le 1er novembre 2026)."
    )
    en = {u.source_id: u for u in charts.CHARTS["regions_values"].sources(
        pkg, View(indicator="jobs", lang="en"))}  # fmt: skip
    assert en["fnamac"].citation == (
        "FNAMAC [FNAMAC (reprise Francéclat)] (figures by Francéclat), “L'emploi horloger par "
        "région”, 1 March 2019, https://example.org/fnamac (accessed 1 November 2026)."
    )


def test_a_package_before_2_0_is_refused_not_cited_half_empty(tmp_path: Path) -> None:
    """A 1.x package lacks the display names every citation reads: refused by its version."""
    folder = write_package(tmp_path / "old")
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    (folder / "datapackage.json").write_text(
        json.dumps({**descriptor, "version": "1.3.0"}), encoding="utf-8"
    )
    with pytest.raises(PackageError, match=r"data package version 1\.3\.0, but this dashboard"):
        load(folder)


def test_every_chart_has_its_sources(pkg) -> None:
    for chart_id, view in [("sector", View()), ("headline", View()),
                           ("regions_values", View(indicator="jobs")),
                           ("departments_values", View(indicator="jobs")),
                           ("regions_news", View()), ("departments_news", View())]:  # fmt: skip
        uses = charts.CHARTS[chart_id].sources(pkg, view)
        assert uses, chart_id
        line = charts.CHARTS[chart_id].build(pkg, view).layout.annotations[-1].text
        assert line.startswith(("Source : ", "Sources : ")) and "Cadran" not in line, chart_id


def test_sector_page_has_the_panel_with_citations(pkg, package_dir: Path) -> None:
    from dashboard.app import app
    from dashboard.data import ENV_VAR
    from dashboard.layouts import sector

    app.server.config[ENV_VAR] = str(package_dir)
    with app.server.test_request_context("/"):
        text = json.dumps(sector.layout({}).to_plotly_json(), default=str, ensure_ascii=False)
        en = json.dumps(sector.layout({"lang": "en"}).to_plotly_json(), default=str,
                        ensure_ascii=False)  # fmt: skip
    assert "Sources de ce graphique (3)" in text
    assert (
        "Francéclat, « Chiffres clés », 1er juin 2025, https://example.org/fc "
        "(consulté le 1er novembre 2026)." in text
    )
    assert "Sources of this chart (3)" in en
    assert "(accessed 1 November 2026)." in en


@pytest.mark.browser
def test_panel_and_source_line_in_the_browser(page: Page, live_server: str) -> None:
    page.goto(live_server + "/secteur")
    line = page.locator("#sector-graph .annotation-text").last
    expect(line).to_have_text(
        "Sources : Francéclat (2009–2024), Insee (2009) et L'Est Républicain (2024) · "
        "mise à jour : 20 novembre 2026"
    )
    panel = page.locator(".sources-panel").first
    panel.locator("summary").click()
    expect(panel.locator("summary")).to_have_text("Sources de ce graphique (3)")
    expect(panel.locator("code.citation").first).to_have_text(
        "Francéclat, « Chiffres clés », 1er juin 2025, https://example.org/fc "
        "(consulté le 1er novembre 2026)."
    )
    expect(panel).to_contain_text("Valeurs données : 2009–2011, 2015, 2018–2024 (11)")
    page.goto(live_server + "/secteur?lang=en")
    panel = page.locator(".sources-panel").first
    panel.locator("summary").click()
    expect(panel.locator("summary")).to_have_text("Sources of this chart (3)")
    expect(panel).to_contain_text("Values given: 2009–2011, 2015, 2018–2024 (11)")
    expect(page.locator("#sector-graph .annotation-text").last).to_contain_text(
        "Sources: Francéclat (2009–2024), Insee (2009) and L'Est Républicain (2024)"
    )


@pytest.fixture(scope="module")
def real_pkg():
    if not (TIDY / "datapackage.json").is_file():
        pytest.skip("data/tidy is not built (python -m etl build)")
    return load(TIDY)


def test_default_revenue_chart_never_ends_in_an_uncitable_and_n_others(real_pkg) -> None:
    """Regression (issue 8): the source line ended in '… et 14 autres', which nobody can cite."""
    for lang, see in (("fr", "— voir Sources"), ("en", "— see Sources")):
        fig = charts.build_series(real_pkg, View(lang=lang))
        line = fig.layout.annotations[-1].text
        named = line.split(" · ")[0]
        assert named.count("(") >= 2  # names come with their years
        if "autres" in named or "others" in named:
            assert see in named
        uses = charts.series_sources(real_pkg, View(lang=lang))
        assert len(uses) >= 3
        assert all(u.url in u.citation and u.name in u.citation for u in uses)


def test_a_long_panel_lists_forty_sources_and_links_to_the_rest() -> None:
    from dashboard.layouts.sources import PANEL_SOURCES, sources_panel

    use = citations.SourceUse("s", "Journal", "Journal", "Titre", "https://example.org", ("2020",),
                              "Journal, « Titre », https://example.org.")  # fmt: skip
    panel = sources_panel([use] * (PANEL_SOURCES + 5), "fr").to_plotly_json()
    summary, listing, more = panel["props"]["children"]
    assert summary.children == f"Sources de ce graphique ({PANEL_SOURCES + 5})"
    assert len(listing.children) == PANEL_SOURCES
    assert more.children.children == "et 5 autres — voir Sources"
    assert more.children.href == "/sources"
    en = sources_panel([use] * (PANEL_SOURCES + 1), "en").to_plotly_json()["props"]["children"]
    assert en[2].children.children == "and 1 other — see Sources"
    assert en[2].children.href == "/sources?lang=en"
