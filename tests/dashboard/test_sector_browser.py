"""Browser tests of what a reader sees on Secteur and the overview cards (issue 8, items 2-4
and 9): legend entries for every marker style, cards that give a change only between
comparable figures, the organisation choice, descriptions in the displayed mode, ranges over
the years that have data. Headless Chromium against the app serving the fixture package."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from dashboard.i18n import t

pytestmark = pytest.mark.browser
expect.set_options(timeout=20_000)


def legend(page: Page) -> list[str]:
    entries = page.locator("#sector-graph .legend .legendtext")
    expect(entries.first).to_be_visible()
    return [entries.nth(i).text_content() or "" for i in range(entries.count())]


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fr", ["Source officielle", "⚠ sources en désaccord"]),
     ("en", ["Official source", "⚠ sources disagree"])],
)  # fmt: skip
def test_every_marker_style_has_a_legend_entry(
    page: Page, live_server: str, lang: str, words: list[str]
) -> None:
    page.goto(f"{live_server}/secteur?lang={lang}")
    expect(page.locator("#sector-graph .gtitle")).to_be_visible()
    shown = legend(page)
    for word in words:
        assert word in shown, shown
    # the hollow marker of a figure extracted from a news item has its own entry
    page.goto(f"{live_server}/secteur?indicator=jobs&geo=25056&lang={lang}")
    expect(page.locator("#sector-graph .gtitle")).to_be_visible()
    assert t("reported", lang) in legend(page)  # "Extrait d'une actualité, vérifié"


def test_jobs_card_gives_no_change_between_rounded_figures(page: Page, live_server: str) -> None:
    page.goto(live_server + "/")
    card = page.locator(".stat-card", has_text="Emplois de l'horlogerie, France")
    expect(card).to_contain_text("2 830 personnes")
    expect(card).to_contain_text("pas de variation calculée par rapport à 2015 : chiffres arrondis")
    assert "%" not in card.inner_text()
    page.goto(live_server + "/?lang=en")
    card = page.locator(".stat-card", has_text="Watchmaking jobs, France")
    expect(card).to_contain_text("no change computed vs 2015: rounded figures")
    assert "%" not in card.inner_text()


def test_members_of_a_trade_body_are_their_own_card_and_choice(
    page: Page, live_server: str
) -> None:
    page.goto(live_server + "/")
    sector_card = page.locator(".stat-card", has_text="Entreprises de l'horlogerie, France")
    expect(sector_card).to_contain_text("78 entreprises")
    members = page.locator(".stat-card", has_text="Entreprises adhérentes de France Horlogerie")
    expect(members).to_contain_text("environ 100 entreprises")
    expect(members).to_contain_text("2024")
    # On Secteur, the organisation choice shows the members' series, named in the title.
    page.goto(live_server + "/secteur?indicator=companies")
    expect(page.locator("#sector-description")).to_contain_text("78 entreprises")
    page.locator("#sector-entity").click()
    page.get_by_role("option", name="France Horlogerie").click()
    # the choice is a compare (issue 13): the whole sector and the members, two lines
    expect(page.locator("#sector-graph .gtitle")).to_have_text(
        re.compile("Ensemble du secteur / France Horlogerie"))  # fmt: skip
    # the members alone: the whole sector unchosen
    page.get_by_role("option", name="Ensemble du secteur").click()
    page.keyboard.press("Escape")
    expect(page.locator("#sector-graph .gtitle")).to_have_text(re.compile("France Horlogerie$"))
    expect(page.locator("#sector-description")).to_contain_text("100 entreprises")
    expect(page.locator("#sector-description")).not_to_contain_text("78 entreprises")
    expect(page).to_have_url(re.compile(r"entity=France\+Horlogerie"))
    # back to the whole sector
    page.locator("#sector-entity").click()
    page.get_by_role("option", name="Ensemble du secteur").click()
    page.get_by_role("option", name="France Horlogerie").click()
    page.keyboard.press("Escape")
    expect(page.locator("#sector-description")).to_contain_text("78 entreprises")
    expect(page).not_to_have_url(re.compile("entity="))


@pytest.mark.parametrize(
    ("lang", "latest", "level"),
    [("fr", "Dernière variation annuelle : +3,2 % (2024 par rapport à 2023)", "Dernière valeur"),
     ("en", "Latest year-on-year change: +3.2% (2024 vs 2023)", "Latest value")],
)  # fmt: skip
def test_description_follows_the_displayed_mode(
    page: Page, live_server: str, lang: str, latest: str, level: str
) -> None:
    page.goto(f"{live_server}/secteur?mode=yoy&lang={lang}")
    desc = page.locator("#sector-description")
    expect(desc).to_contain_text(latest)
    expect(desc).not_to_contain_text(level)
    expect(desc).not_to_contain_text("423")
    page.locator("#sector-mode input[value=index]").check()
    expect(desc).to_contain_text("base 100")
    expect(desc).not_to_contain_text(level)


def test_base_years_and_period_run_over_the_years_with_data(page: Page, live_server: str) -> None:
    page.goto(live_server + "/secteur?indicator=jobs")
    expect(page.locator("#sector-graph .gtitle")).to_have_text(re.compile("^Emplois"))
    handles = page.locator("#sector-years [role=slider]")
    expect(handles.first).to_have_attribute("aria-valuemin", "2015")
    expect(handles.first).to_have_attribute("aria-valuemax", "2018")
    base = page.locator("#sector-base")
    base.click()
    expect(base).to_have_attribute("aria-expanded", "true")
    menu = page.locator(f"[id='{base.get_attribute('aria-controls')}']")
    options = menu.get_by_role("option")
    expect(options).to_have_count(2)
    assert [options.nth(i).inner_text() for i in range(2)] == ["2015", "2018"]


def test_readers_never_see_internal_ids(page: Page, live_server: str) -> None:
    paths = ("/", "/secteur", "/secteur?indicator=jobs&geo=25056", "/secteur?mode=yoy",
             "/actualites?item=N2")  # fmt: skip
    for path in paths:
        page.goto(live_server + path)
        expect(page.locator("main h1")).to_be_visible()
        page.wait_for_load_state("networkidle")
        visible = page.locator("main").inner_text()
        # the values table (a data table) may show places in the source; nothing else may
        outside = visible.split("Tableau des valeurs")[0]
        assert not re.search(r"\bO\d{4}\b|\bobs-", outside), path
        hovers = page.evaluate(
            "() => [...document.querySelectorAll('#sector-graph, #headline-graph')]"
            ".flatMap(g => (g.data || []).flatMap(t => [].concat(t.hovertext || [])))"
        )
        assert not any(re.search(r"\bO\d{4}\b|obs-", h or "") for h in hovers), path


def test_real_package_cards_legend_and_yoy_description(page: Page) -> None:
    """The same reader checks on the shipped package (skipped, saying why, when unbuilt)."""
    from tests.dashboard.real_server import require_real_package, serve

    with serve(require_real_package()) as base:
        page.goto(base + "/")
        jobs = page.locator(".stat-card", has_text="Emplois de l'horlogerie, France")
        expect(jobs).to_contain_text("chiffres arrondis")
        assert "%" not in jobs.inner_text()  # was "-9,1 %" between two rounded figures
        members = page.locator(".stat-card", has_text="Entreprises adhérentes de France Horlogerie")
        expect(members).to_contain_text("environ 100 entreprises")
        page.goto(base + "/secteur?mode=yoy")
        desc = page.locator("#sector-description")
        expect(desc).to_contain_text("Dernière variation annuelle : +3,2\u202f% (2024 par rapport")
        expect(desc).not_to_contain_text("Dernière valeur")
        assert "Non comparable" in legend(page)
        page.goto(base + "/secteur")
        shown = legend(page)
        for word in ("Source officielle", "Repris par la presse", "⚠ sources en désaccord"):
            assert word in shown, shown
        page.goto(base + "/secteur?indicator=companies&entity=France+Horlogerie")
        expect(page.locator("#sector-graph .gtitle")).to_have_text(re.compile("France Horlogerie"))
        expect(page.locator("#sector-description")).to_contain_text("100 entreprises")
