"""One language per page: every page, in French and in English, shows no common interface word
of the other language (headless Chromium, real default package).

Text is read from every text node (HTML and the charts' SVG), from the attributes a reader
meets (placeholder, title, aria-label, the modebar's tooltips) and from each dropdown once
opened (its search box). Content quoted in its own language (a French news title on the English
page, a publisher's name, a source's own title) is marked in the HTML (`data-content`
attribute, `source-text` class, or a `lang` attribute) and skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.dashboard.real_server import require_real_package, serve
from tests.dashboard.ui_words import leaks

pytestmark = pytest.mark.browser
expect.set_options(timeout=20_000)

PAGES = ["/", "/secteur", "/actualites", "/territoires", "/donnees", "/sources"]

COLLECT = """
(lang) => {
  const own = (el) => {
    const marked = el.closest('[lang]');
    return !(el.closest('[data-content], .source-text') || (marked && marked.getAttribute('lang') !== lang
             && marked.tagName !== 'HTML'));
  };
  const out = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
    if (own(el) && node.textContent.trim()) out.push(node.textContent.trim());
  }
  const attrs = ['placeholder', 'title', 'aria-label', 'data-title', 'alt'];
  for (const el of document.querySelectorAll(attrs.map(a => `[${a}]`).join(','))) {
    if (!own(el)) continue;
    for (const a of attrs) { const v = el.getAttribute(a); if (v) out.push(v); }
  }
  return out;
}
"""


@pytest.fixture(scope="module")
def real_server() -> Iterator[str]:
    folder = require_real_package()
    with serve(folder) as url:
        yield url


def page_texts(page: Page, base: str, path: str, lang: str) -> list[str]:
    page.goto(base + path + ("?lang=en" if lang == "en" else ""))
    expect(page.locator("main h1")).to_be_visible()
    page.wait_for_load_state("networkidle")
    texts = page.evaluate(COLLECT, lang)
    for i in range(page.locator(".dash-dropdown").count()):  # their search box and buttons
        dropdown = page.locator(".dash-dropdown").nth(i)
        if not dropdown.is_visible():
            continue
        dropdown.click()
        page.wait_for_timeout(150)
        texts += page.evaluate(COLLECT, lang)
        page.keyboard.press("Escape")
    return texts


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_page_speaks_one_language(page: Page, real_server: str, path: str, lang: str) -> None:
    texts = page_texts(page, real_server, path, lang)
    assert len(texts) > 20, texts  # the page was read
    found = leaks_in_context(texts, lang)
    assert not found, "\n".join(found)


def leaks_in_context(texts: list[str], lang: str) -> list[str]:
    """Each leak with the text it was found in, to say where to look."""
    return [
        f"{word!r} in {text[:160]!r}" for text in dict.fromkeys(texts) for word in leaks(text, lang)
    ]


@pytest.mark.parametrize(
    ("lang", "status", "value"),
    [("fr", "Source officielle", "423\u202fM€"), ("en", "Official source", "€423M")],
)
def test_data_grid_shows_words_and_the_formatted_value(
    page: Page, real_server: str, lang: str, status: str, value: str
) -> None:
    """Regression: the grid showed status `official` and `423 000 000` on both pages."""
    query = "indicator=revenue&geo=FR&status=official" + ("&lang=en" if lang == "en" else "")
    page.goto(f"{real_server}/donnees?{query}")
    cells = page.locator('.ag-center-cols-container [col-id="status"]')
    expect(cells.first).to_have_text(status)
    values = page.locator('.ag-center-cols-container [col-id="value"]').all_inner_texts()
    assert value in values, values


@pytest.mark.parametrize(
    ("lang", "reset"), [("fr", "Réinitialiser les axes"), ("en", "Reset axes")]
)
def test_chart_toolbar_speaks_the_page_language(
    page: Page, real_server: str, lang: str, reset: str
) -> None:
    """Regression: 'Share chart…' (an upload to Plotly's cloud) in the French toolbar."""
    page.goto(f"{real_server}/secteur" + ("?lang=en" if lang == "en" else ""))
    graph = page.locator("#sector-graph .js-plotly-plot")
    expect(graph).to_be_attached()
    graph.hover()
    titles = page.locator("#sector-graph .modebar-btn").evaluate_all(
        "els => els.map(e => e.getAttribute('data-title'))"
    )
    assert reset in titles, titles
    assert not any("Share" in (x or "") or "Partager" in (x or "") for x in titles), titles
    assert not leaks("\n".join(x for x in titles if x), lang), titles


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_login_page_speaks_one_language(page: Page, real_server: str, lang: str) -> None:
    """The review's login page (served outside Dash) follows `?lang=` too."""
    page.goto(f"{real_server}/connexion" + ("?lang=en" if lang == "en" else ""))
    expect(page.locator("h1")).to_be_visible()
    texts = page.evaluate(COLLECT, lang)
    assert len(texts) > 5, texts
    found = leaks_in_context(texts, lang)
    assert not found, "\n".join(found)
