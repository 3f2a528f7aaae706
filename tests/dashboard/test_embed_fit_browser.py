"""Embeds that fit (issue 13, item 5): `/embed/<chart>` laid out at 360, 440, 800 and 1200 px
wide in headless Chromium: the title is never covered, the source line never cut, no two
labels (annotations, map tile labels) overlap; the iframe snippet keeps the chart's aspect."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser
expect.set_options(timeout=20_000)

SIZES = [(360, 480), (440, 320), (800, 450), (1200, 675)]
CHARTS = ["sector", "sector?indicator=jobs&geo=FR,FR-BFC", "regions_values?indicator=jobs"]

OVERLAPS = """(selector) => {
  const boxes = [...document.querySelectorAll(selector)]
    .map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
  const hits = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
      hits.push([i, j]);
  }
  return hits;
}"""


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("chart", CHARTS)
def test_embed_fits_its_width(page: Page, live_server: str, chart: str, size) -> None:
    width, height = size
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{live_server}/embed/{chart}")
    expect(page.locator("#chart .main-svg").first).to_be_visible()
    title = page.locator("#head h1")
    expect(title).not_to_be_empty()
    head = title.bounding_box()
    assert head is not None and head["x"] >= 0 and head["x"] + head["width"] <= width
    legend = page.locator("#chart .legend")
    if legend.count():
        box = legend.first.bounding_box()
        assert box is None or box["y"] >= head["y"] + head["height"] - 1  # never over the title
    source = page.locator("#source")
    expect(source).to_contain_text(re.compile("Sources? :|Mise à jour"))
    box = source.bounding_box()
    assert box is not None and box["y"] + box["height"] <= height + 1  # never cut
    assert source.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
    assert page.evaluate(OVERLAPS, "#chart .annotation-text") == []
    assert page.evaluate(OVERLAPS, "#chart .textpoint text") == []


def test_snippet_keeps_the_aspect(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/export/iframe/regions_values?indicator=jobs&format=text")
    snippet = page.locator("body").inner_text()
    assert "aspect-ratio:1 / 1" in snippet
    page.goto(f"{live_server}/export/iframe/sector?format=text")
    snippet = page.locator("body").inner_text()
    assert "aspect-ratio:16 / 10" in snippet
    for width in (360, 1200):
        page.set_viewport_size({"width": width, "height": 900})
        page.set_content(f"<body style='margin:0'>{snippet}</body>")
        box = page.locator("iframe").bounding_box()
        assert box is not None and abs(box["height"] - max(320, width * 10 / 16)) < 3
