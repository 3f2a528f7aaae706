"""Compare in the browser (issue 13, items 1 and 3): a share link with several places draws
one labelled line each, the place dropdown adds a line and writes `geo=FR,FR-BFC` into the URL
and the share link, and the scale switch gives a log axis. Headless Chromium against the app
serving the fixture package, in French and English."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser
expect.set_options(timeout=20_000)


def line_labels(page: Page) -> list[str]:
    """Texts of the direct labels at the line ends (plotly annotations named line-label:i)."""
    return page.evaluate(
        """() => document.querySelector('#sector-graph .js-plotly-plot').layout.annotations
            .filter(a => (a.name || '').startsWith('line-label')).map(a => a.text)"""
    )


@pytest.mark.parametrize(
    ("lang", "title", "latest"),
    [("fr", "Emplois – Horlogerie, France / Bourgogne-Franche-Comté", "Dernières valeurs"),
     ("en", "Jobs – Watchmaking, France / Bourgogne-Franche-Comté", "Latest values")],
)  # fmt: skip
def test_share_link_with_two_places_draws_two_labelled_lines(
    page: Page, live_server: str, lang: str, title: str, latest: str
) -> None:
    page.goto(f"{live_server}/secteur?indicator=jobs&geo=FR,FR-BFC&lang={lang}")
    expect(page.locator("#sector-graph .gtitle")).to_have_text(title)
    expect(page.locator("#sector-graph .annotation-text", has_text="Bourgogne-Franche-Comté")
           ).to_have_count(1)  # fmt: skip
    assert line_labels(page) == ["France", "Bourgogne-Franche-Comté"]
    expect(page.locator("#sector-description")).to_contain_text(latest)
    expect(page.locator("#share-link")).to_have_value(re.compile(r"geo=FR,FR-BFC"))
    chips = page.locator("#sector-geo").inner_text()
    assert "France" in chips and "Bourgogne-Franche-Comté" in chips


def test_choosing_a_second_place_adds_a_line_and_the_url_says_it(
    page: Page, live_server: str
) -> None:
    page.goto(f"{live_server}/secteur?indicator=jobs")
    expect(page.locator("#sector-graph .gtitle")).to_have_text(re.compile("^Emplois"))
    page.locator("#sector-geo").click()
    page.get_by_role("option", name="Bourgogne-Franche-Comté").click()
    page.keyboard.press("Escape")
    expect(page).to_have_url(re.compile(r"geo=FR(%2C|,)FR-BFC"))
    expect(page.locator("#sector-graph .gtitle")).to_have_text(
        "Emplois – Horlogerie, France / Bourgogne-Franche-Comté"
    )
    expect(page.locator("#sector-description")).to_contain_text("3 870 personnes")
    share = page.locator("#share-link").input_value()
    page.goto(share)
    expect(page.locator("#sector-graph .gtitle")).to_have_text(
        "Emplois – Horlogerie, France / Bourgogne-Franche-Comté"
    )


def test_log_scale_switch(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/secteur?lang=en")
    expect(page.locator(".scale-switch")).to_contain_text("Scale: linear · logarithmic")
    page.locator(".scale-switch a.scale-log").click()
    expect(page).to_have_url(re.compile(r"scale=log"))
    expect(page.locator(".scale-switch strong")).to_have_text("logarithmic")
    # the graph is redrawn after the URL changes: wait for the new one rather than reading
    # a node that may be between two renders
    page.wait_for_function(
        """() => {
            const gd = document.querySelector('#sector-graph .js-plotly-plot');
            return gd && gd._fullLayout && gd._fullLayout.yaxis.type === 'log';
        }""",
        timeout=20_000,
    )
    # a filter change keeps the log axis
    page.locator("#sector-mode input[value=index]").check()
    expect(page).to_have_url(re.compile(r"mode=index.*scale=log|scale=log.*mode=index"))


@pytest.mark.parametrize(
    ("lang", "play", "pause"), [("fr", "Lecture", "Pause"), ("en", "Play", "Pause")]
)
def test_play_advances_the_end_year_to_the_last_one(
    page: Page, live_server: str, lang: str, play: str, pause: str
) -> None:
    page.goto(f"{live_server}/secteur?lang={lang}&from=2015&to=2018")
    title = page.locator("#sector-graph .gtitle")
    expect(title).to_be_visible()
    button = page.locator("#sector-play")
    expect(button).to_have_text(play)
    button.click()
    expect(button).to_have_text(pause)
    # each step moves the end year to the next year with data: 2019, 2020, ... 2024
    expect(page).to_have_url(re.compile(r"to=2019"))
    expect(page).to_have_url(re.compile(r"to=2020"))
    # the last year means "no end": the parameter leaves the URL and play stops
    expect(page).not_to_have_url(re.compile(r"to="), timeout=30_000)
    expect(page).to_have_url(re.compile(r"from=2015"))
    expect(button).to_have_text(play)
    desc = page.locator("#sector-description")
    expect(desc).to_contain_text("2024")
