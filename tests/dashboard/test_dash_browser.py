"""Browser tests: headless Chromium (Debian's) against the app served on a free port."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser
# The machine may be busy (two cores shared by several test runs): wait up to 20 s per check.
expect.set_options(timeout=20_000)

PAGES = ["/", "/secteur", "/actualites", "/territoires", "/donnees", "/sources"]


def watch(page: Page, base: str) -> tuple[list[str], list[str]]:
    """Collect console errors and requests leaving the local server."""
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    host = urlparse(base).netloc
    page.on(
        "request",
        lambda r: (
            outside.append(r.url)
            if urlparse(r.url).netloc not in (host, "") and not r.url.startswith("data:")
            else None
        ),
    )
    return errors, outside


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_console_errors(page: Page, live_server: str, path: str) -> None:
    errors, outside = watch(page, live_server)
    page.goto(live_server + path)
    expect(page.locator("main h1")).to_be_visible(timeout=15000)
    page.wait_for_load_state("networkidle")
    assert errors == []
    assert outside == []


def graph_title(page: Page, graph_id: str) -> str:
    return page.locator(f"#{graph_id} .gtitle").inner_text()


def pick(page: Page, dropdown_id: str, label: str) -> None:
    """Choose the option whose text contains `label` in a dcc.Dropdown."""
    page.locator(f"#{dropdown_id}").click()
    page.get_by_role("option", name=re.compile(re.escape(label))).first.click()


def test_filter_change_redraws_the_chart(page: Page, live_server: str) -> None:
    page.goto(live_server + "/secteur")
    expect(page.locator("#sector-graph .gtitle")).to_have_text(re.compile("Chiffre d'affaires"))
    pick(page, "sector-indicator", "Emplois")
    expect(page.locator("#sector-graph .gtitle")).to_have_text(re.compile("^Emplois"))
    expect(page).to_have_url(re.compile(r"indicator=jobs"))
    # The jobs series has two points, the official marker trace holds both.
    expect(page.locator("#sector-graph .scatterlayer .trace:nth-child(2) .point")).to_have_count(2)
    expect(page.locator("#sector-description")).to_contain_text("2 830 personnes")


def test_share_url_restores_the_view(page: Page, live_server: str) -> None:
    page.goto(live_server + "/secteur?indicator=jobs&mode=index&base=2015")
    expect(page.locator("#sector-graph .gtitle")).to_have_text(re.compile("base 100 en 2015"))
    expect(page.locator("#sector-mode input[value=index]")).to_be_checked()
    share = page.locator("#share-link")
    expect(share).to_have_value(re.compile(r"/secteur\?indicator=jobs&mode=index&base=2015$"))
    page.goto(share.input_value())
    expect(page.locator("#sector-graph .gtitle")).to_have_text(re.compile("Emplois.*base 100"))


def test_unknown_parameter_falls_back_with_a_notice(page: Page, live_server: str) -> None:
    page.goto(live_server + "/secteur?indicator=nope&mode=zzz")
    expect(page.locator("#notices")).to_contain_text("indicator='nope'")
    expect(page.locator("#sector-graph .gtitle")).to_have_text(re.compile("^Chiffre d'affaires"))
    expect(page).not_to_have_url(re.compile("nope"))


def test_news_filter_narrows_the_list(page: Page, live_server: str) -> None:
    page.goto(live_server + "/actualites")
    items = page.locator("#news-list article")
    expect(items).to_have_count(5)
    page.locator("#news-search").fill("recrute")
    expect(items).to_have_count(1)
    expect(items.first.locator("mark")).to_have_text("120 personnes")
    expect(page).to_have_url(re.compile(r"q=recrute"))
    page.locator("#news-search").fill("")
    expect(items).to_have_count(5)
    pick(page, "news-region", "Auvergne")
    expect(items).to_have_count(1)
    expect(items.first.locator("h2")).to_have_text("Marché stable en Haute-Savoie")


def test_news_text_is_rendered_as_text(page: Page, live_server: str) -> None:
    page.goto(live_server + "/actualites?department=FR-74")
    text = page.locator("#news-list .news-text")
    expect(text).to_contain_text("<b>reste</b>")
    expect(text.locator("b")).to_have_count(0)


def test_language_toggle(page: Page, live_server: str) -> None:
    page.goto(live_server + "/secteur?indicator=jobs")
    expect(page.locator("nav")).to_contain_text("Secteur")
    page.locator("#lang-link").click()
    expect(page).to_have_url(re.compile(r"indicator=jobs.*lang=en|lang=en.*indicator=jobs"))
    expect(page.locator("nav")).to_contain_text("Sector")
    expect(page.locator("#sector-graph .gtitle")).to_have_text(re.compile("^Jobs"))
    expect(page.locator("#lang-link")).to_have_text("Français")


def test_french_locale_is_served_from_assets(page: Page, live_server: str) -> None:
    page.goto(live_server + "/secteur")
    graph = page.locator("#sector-graph")
    expect(graph.locator(".gtitle")).to_be_visible()
    graph.hover()
    # The mode bar's tooltips come from plotly's locale registry: French when fr.js loaded.
    expect(graph.locator(".modebar-btn[data-title^='Télécharger']")).to_have_count(1)
    page.goto(live_server + "/secteur?lang=en")
    graph.hover()
    expect(graph.locator(".modebar-btn[data-title^='Download']")).to_have_count(1)


def test_clicking_a_news_marker_opens_the_item(page: Page, live_server: str) -> None:
    page.goto(live_server + "/secteur")
    markers = page.locator("#sector-graph .scatterlayer .trace").last.locator(".point")
    expect(markers).to_have_count(1)  # N5: its figure is the chart's 2024 press row
    markers.first.scroll_into_view_if_needed()
    box = markers.first.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    expect(page.locator("#sector-graph .hovertext")).to_contain_text("La filière horlogère")
    page.mouse.click(x, y)
    item = page.locator("#sector-news-item")
    expect(item.locator("h2")).to_have_text("La filière horlogère à 423 millions")
    expect(item.get_by_role("link", name="Article original")).to_have_attribute(
        "href", "https://example.org/n5"
    )


def test_territories_metric_is_a_link_and_slots_get_menus(page: Page, live_server: str) -> None:
    page.goto(live_server + "/territoires")
    expect(page.locator("#territories-graph .gtitle")).to_have_text("Emplois par région, 2018")
    page.get_by_role("link", name="Nombre d'articles", exact=True).click()
    expect(page).to_have_url(re.compile(r"/territoires\?metric=news"))
    expect(page.locator("#territories-graph .gtitle")).to_have_text("Nombre d'articles par région")
    expect(page.locator("#territories-description")).to_contain_text("Bourgogne-Franche-Comté (3)")
    # Every chart card's download slot is filled by the exports' menu.
    slots = page.locator(".download-slot")
    expect(slots).to_have_count(2)
    for i in range(2):
        expect(slots.nth(i).locator("button").first).to_be_visible()


def test_more_button_lists_more_items(page: Page, live_server: str) -> None:
    from dashboard.layouts import news

    page.goto(live_server + "/actualites")
    expect(page.locator("#news-list article")).to_have_count(min(5, news.SHOWN))
    page.locator("#news-more").click()
    expect(page.locator("#news-count")).to_have_text(re.compile(r"^5 articles$"))
