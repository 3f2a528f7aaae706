"""What the hover says, point by point, on the real package, in French and in English.

Every marker of several series (M€, Md€, CHF, counts, percent) is hovered in headless
Chromium (plotly's own `Fx.hover`, so the label read is the one drawn), and the value on the
label's first line is compared with the package's values for that year, formatted by the one
formatter. Regression: the 2024 revenue point read "2024 : 423 000 Md€" for 423 M€.
"""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl
import pytest
from playwright.sync_api import Page, expect

from dashboard.i18n import colon, format_period, format_value
from tests.dashboard.real_server import require_real_package, serve

pytestmark = pytest.mark.browser
expect.set_options(timeout=20_000)

SERIES = [
    # indicator, segment, geo: what the series shows
    ("revenue", "watchmaking", "FR"),  # M€
    ("revenue", "watchmaking_jewellery", "FR"),  # Md€
    ("swiss_watch_exports_total", "watchmaking", "CH"),  # CHF (Md CHF)
    ("jobs", "watchmaking", "FR"),  # persons
    ("market_sales_growth_yoy", "watches", "FR"),  # percent
    ("units_sold", "watches", "FR"),  # counts in millions, exact
    ("average_price", "watches", "FR"),  # euros below a thousand
    ("swiss_watch_exports_to_france", "watches", "CH"),  # M CHF
]
SHOWN_STATUSES = ("official", "secondary", "reported")

HOVER_ALL = """
async () => {
  const gd = document.querySelector('#sector-graph .js-plotly-plot');
  const out = [];
  for (let c = 0; c < gd.data.length; c++) {
    const tr = gd.data[c];
    if (tr.hoverinfo !== 'text' || !tr.mode || !tr.mode.includes('markers')) continue;
    if (tr.yaxis === 'y2') continue;  // the news band is not a value
    for (let p = 0; p < tr.x.length; p++) {
      window.Plotly.Fx.hover(gd, [{curveNumber: c, pointNumber: p}]);
      const lines = [...document.querySelectorAll('.hoverlayer .hovertext text.nums tspan.line')]
        .map(t => t.textContent);
      const text = document.querySelector('.hoverlayer .hovertext text.nums');
      out.push({x: String(tr.x[p]), lines: lines.length ? lines : [text ? text.textContent : '']});
      window.Plotly.Fx.unhover(gd);
    }
  }
  return out;
}
"""


@pytest.fixture(scope="module")
def real_server() -> Iterator[str]:
    folder = require_real_package()
    with serve(folder) as url:
        yield url


@pytest.fixture(scope="module")
def observations() -> pl.DataFrame:
    folder = require_real_package()
    return pl.read_parquet(folder / "observations.parquet")


def hovers(page: Page, base: str, indicator: str, segment: str, geo: str, lang: str) -> list[dict]:
    query = f"indicator={indicator}&segment={segment}&geo={geo}" + (
        "&lang=en" if lang == "en" else ""
    )
    page.goto(f"{base}/secteur?{query}")
    expect(
        page.locator("#sector-graph .js-plotly-plot .scatterlayer .point").first
    ).to_be_attached()
    page.wait_for_load_state("networkidle")
    return page.evaluate(HOVER_ALL)


def package_values(obs: pl.DataFrame, indicator: str, segment: str, geo: str) -> pl.DataFrame:
    return obs.filter(
        (pl.col("indicator") == indicator) & (pl.col("segment") == segment)
        & (pl.col("geo") == geo) & pl.col("entity").is_null()
        & pl.col("status").is_in(SHOWN_STATUSES) & pl.col("value").is_not_null()
    )  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("indicator", "segment", "geo"), SERIES)
def test_every_hovered_value_is_a_package_value(
    page: Page, real_server: str, observations: pl.DataFrame,
    indicator: str, segment: str, geo: str, lang: str,
) -> None:  # fmt: skip
    rows = package_values(observations, indicator, segment, geo)
    assert rows.height, f"no {indicator}/{segment}/{geo} row in the package"
    unit = rows["unit"][0]
    hovered = hovers(page, real_server, indicator, segment, geo, lang)
    periods = set(rows["period"].to_list())
    assert len(hovered) == len(periods), (len(hovered), sorted(periods))
    by_label = {format_period(p, lang): p for p in periods}
    for point in hovered:
        head = point["lines"][0]
        label, _, shown = head.partition(colon(lang))
        assert label in by_label, head
        stored = rows.filter(pl.col("period") == by_label[label])["value"].to_list()
        expected = {format_value(v, unit, lang) for v in stored}
        about = {f"{w} {e}" for e in expected for w in ("environ", "about")}
        assert shown in expected | about, (head, expected)


@pytest.mark.parametrize(
    ("lang", "expected"), [("fr", "2024 : 423\u202fM€"), ("en", "2024: €423M")]
)
def test_revenue_2024_hover(page: Page, real_server: str, lang: str, expected: str) -> None:
    """Regression: '2024 : 423 000 Md€' for the stored 423 M€."""
    hovered = hovers(page, real_server, "revenue", "watchmaking", "FR", lang)
    heads = [p["lines"][0] for p in hovered]
    assert expected in heads, heads
