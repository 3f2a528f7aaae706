"""News that belong to the chart: a figure feeding it, or a fine topic of its indicator about
its place (a commune item reaches its department's and region's charts, not France's).

Read as the reader sees them: the labels of the chart's annotations, in French and English.
"""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest
from playwright.sync_api import Page, expect

from dashboard import charts
from dashboard.data import load
from dashboard.figures import NEWS_LABELS, place_labels
from dashboard.view import View

TIDY = Path(__file__).resolve().parents[2] / "data" / "tidy"
LIP_DIGEST = (
    Path(__file__).resolve().parents[2]
    / "data/raw/news/digests/2018-05-25-lip-besancon-usine-emplois-1950.txt"
)


def news_labels(fig) -> list[str]:
    """Texts of the news annotations (dates and short titles, and `+N`)."""
    return [a.text for a in fig.layout.annotations if (a.name or "").startswith("news:")]


def news_ids(fig) -> list[str]:
    """Ids of the news marks: the trace on the news axis (y2), whatever its style."""
    marks = [t for t in fig.data if (t.meta or {}).get("cadran_role") == "news" or t.yaxis == "y2"]
    return [i for t in marks for i in (t.customdata or [])]


def test_french_revenue_chart_shows_only_the_item_feeding_it(pkg) -> None:
    fig = charts.build_series(pkg, View())
    assert news_labels(fig) == ["mars 2025 · La filière horlogère à 423…"]
    assert news_ids(fig) == ["N5"]  # its figure is the chart's 2024 press row
    legend = [t.name for t in fig.data if (t.meta or {}).get("cadran_role") == "news"]
    assert legend == ["Actualités liées"]
    en = charts.build_series(pkg, View(lang="en"))
    assert news_labels(en) == ["March 2025 · La filière horlogère à 423…"]
    assert [t.name for t in en.data if (t.meta or {}).get("cadran_role") == "news"] == [
        "Related news"
    ]


def test_local_company_item_reaches_its_region_and_department_not_france(pkg) -> None:
    # N4: Lip in Besançon (commune of the Doubs, in Bourgogne-Franche-Comté), tagged with the
    # revenue and employment topics, but local: never on a France chart without a figure.
    assert "N4" not in news_ids(charts.build_series(pkg, View()))
    assert "N4" in news_ids(charts.build_series(pkg, View(indicator="jobs", geo="FR-BFC")))
    assert "N4" in news_ids(charts.build_series(pkg, View(indicator="jobs", geo="FR-25")))
    labels = news_labels(charts.build_series(pkg, View(indicator="jobs", geo="FR-BFC")))
    assert "mai 2018 · Lip à Besançon : 1 300…" in labels


def test_no_news_when_none_is_relevant_and_the_switch_hides_them(pkg) -> None:
    jobs = charts.build_series(pkg, View(indicator="jobs"))  # no employment item is national
    assert news_labels(jobs) == [] and news_ids(jobs) == []
    hidden = charts.build_series(pkg, View(news=False))
    assert news_labels(hidden) == [] and news_ids(hidden) == []
    assert "yaxis2" not in hidden.to_dict()["layout"]  # no empty band either


def test_labels_never_overlap_and_the_rest_is_counted() -> None:
    from datetime import date, timedelta

    days = [date(2020, 1, 1) + timedelta(days=20 * i) for i in range(12)]
    labels = [f"janvier 2020 · Titre numéro {i}" for i in range(12)]
    placed = place_labels(days, labels, (date(2010, 1, 1), date(2021, 1, 1)))
    assert 0 < len(placed) <= NEWS_LABELS
    rows: dict[int, list[tuple[float, float]]] = {}
    from dashboard.figures import PLOT_PX, _label_px

    for i, row, anchor in placed:
        x = (days[i] - date(2010, 1, 1)).days / (date(2021, 1, 1) - date(2010, 1, 1)).days
        x *= PLOT_PX
        w = _label_px(labels[i])
        box = (x, x + w) if anchor == "left" else (x - w, x)
        assert box[0] >= -1 and box[1] <= PLOT_PX + 1  # inside the plot
        for a, b in rows.get(row, []):
            assert box[1] < a or box[0] > b, "two labels of one row overlap"
        rows.setdefault(row, []).append(box)


def test_more_items_than_labels_say_plus_n() -> None:
    from datetime import date

    from dashboard.figures import news_layer

    n = NEWS_LABELS + 3
    news = pl.DataFrame({
        "news_id": [f"X{i}" for i in range(n)],
        "published_on": [date(2010 + i, 1, 1) for i in range(n)],
        "label": [f"{2010 + i} · T{i}" for i in range(n)],
        "hover": ["h"] * n,
    })  # fmt: skip
    marks, notes = news_layer(news, "fr", (date(2010, 1, 1), date(2020, 1, 1)))
    assert len(marks["customdata"]) == n  # every item stays hoverable and clickable
    texts = [a["text"] for a in notes]
    shown = len(texts) - 1
    assert shown <= NEWS_LABELS and texts[-1] == f"+{n - shown} autres"
    marks, notes = news_layer(news, "en", (date(2010, 1, 1), date(2020, 1, 1)))
    assert notes[-1]["text"] == f"+{n - shown} more"


@pytest.fixture(scope="module")
def real_pkg():
    if not (TIDY / "datapackage.json").is_file():
        pytest.skip("data/tidy is not built (python -m etl build)")
    return load(TIDY)


def test_french_revenue_chart_never_shows_lips_1950_workforce(real_pkg) -> None:
    """Regression (issue 8): clicking a news mark of the French revenue chart opened Lip's 1950
    workforce in Besançon. The item is found by its digest's URL, not by a stored id."""
    head = LIP_DIGEST.read_text(encoding="utf-8").splitlines()[:4]
    url = next(line.split(": ", 1)[1] for line in head if line.startswith("url: "))
    lip = real_pkg["news_items"].filter(pl.col("url") == url)["news_id"].to_list()
    assert len(lip) == 1
    view = View(indicator="revenue", segment="watchmaking", geo="FR")
    for lang in ("fr", "en"):
        fig = charts.build_series(real_pkg, view.with_(lang=lang))
        assert lip[0] not in news_ids(fig)
        assert not any("Lip" in text for text in news_labels(fig))


@pytest.mark.browser
def test_annotations_in_the_browser_open_the_item_and_the_switch_hides_them(
    page: Page, live_server: str
) -> None:
    page.goto(live_server + "/secteur")
    graph = page.locator("#sector-graph")
    label = graph.locator(".annotation", has_text="mars 2025 · La filière horlogère à 423…")
    expect(label).to_have_count(1)
    expect(graph.locator(".legendtext", has_text="Actualités liées")).to_have_count(1)
    expect(graph.locator(".annotation", has_text="Lip")).to_have_count(0)
    label.locator(".annotation-text-g").click()
    expect(page.locator("#sector-news-item h2")).to_have_text("La filière horlogère à 423 millions")
    page.get_by_role("link", name="Masquer les actualités").click()
    expect(page).to_have_url(re.compile(r"news=0"))
    expect(graph.locator(".annotation", has_text="La filière")).to_have_count(0)
    expect(page.get_by_role("link", name="Afficher les actualités")).to_be_visible()
    page.goto(live_server + "/secteur?indicator=jobs&geo=FR-BFC&lang=en")
    expect(
        graph.locator(".annotation", has_text="May 2018 · Lip à Besançon : 1 300…")
    ).to_have_count(1)
    expect(graph.locator(".legendtext", has_text="Related news")).to_have_count(1)
