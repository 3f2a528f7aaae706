"""PowerPoint deck: native chart parts carry the categories and values the dashboard shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Emu

from dashboard import queries
from dashboard.exports.deck import WIDTH, write_deck
from dashboard.exports.scope import EmptyViewError, ExportError, scope_from_query
from dashboard.view import View


def charts_of(path: Path) -> list:
    prs = Presentation(path)
    return [sh.chart for slide in prs.slides for sh in slide.shapes if sh.has_chart]


@pytest.fixture(scope="module")
def deck(pkg, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deck") / "d.pptx"
    return write_deck(pkg, scope_from_query(pkg, ""), out, ["sector", "regions_news"])


def test_slides_are_16_9_with_title_charts_and_news(deck: Path) -> None:
    prs = Presentation(deck)
    assert prs.slide_width == Emu(WIDTH) and round(prs.slide_width / prs.slide_height, 2) == 1.78
    assert len(prs.slides) == 5  # title, two charts, sources, news digest
    assert prs.slides[0].shapes.title.text
    assert prs.slides[0].placeholders[1].text.startswith("Chiffre d'affaires · Horlogerie · France")


def test_series_chart_is_a_native_line_with_the_shown_values(deck: Path, pkg) -> None:
    chart = charts_of(deck)[0]
    assert chart.chart_type == XL_CHART_TYPE.LINE_MARKERS
    plot = chart.plots[0]
    points, _ = queries.series(pkg["observations"], pkg["sources"], View())
    shown = queries.transform(points, "level").points
    assert list(plot.categories) == shown["period"].to_list()
    assert list(plot.series[0].values) == shown["value"].to_list()
    assert plot.series[0].values[-1] == 423e6 and plot.series[0].values[3] is None  # 2012 gap
    assert chart.value_axis.tick_labels.number_format == '#,##0,,\\ "M€"'
    assert chart.value_axis.tick_labels.number_format_is_linked is False


def test_count_chart_is_clustered_columns(deck: Path, pkg) -> None:
    chart = charts_of(deck)[1]
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    values = list(chart.plots[0].series[0].values)
    assert values == sorted(values, reverse=True) and 0 not in values and values


def test_footnote_and_news_links(deck: Path) -> None:
    prs = Presentation(deck)
    texts = [sh.text_frame.text for sh in prs.slides[1].shapes if sh.has_text_frame]
    assert any(t.startswith("Sources : Francéclat") for t in texts)
    news = prs.slides[-1]
    links = [
        r.hyperlink.address
        for sh in news.shapes if sh.has_text_frame
        for p in sh.text_frame.paragraphs for r in p.runs if r.hyperlink.address
    ]  # fmt: skip
    assert links == ["https://example.org/n5"]  # the news of the French revenue chart


def test_yoy_mode_uses_percent_format(pkg, tmp_path: Path) -> None:
    out = write_deck(pkg, scope_from_query(pkg, "mode=yoy"), tmp_path / "y.pptx", ["sector"])
    (chart,) = charts_of(out)
    assert chart.value_axis.tick_labels.number_format == '#,##0.0\\ "%"'
    values = list(chart.plots[0].series[0].values)
    assert values[0] is None and round(values[1], 3) == round((232 / 230 - 1) * 100, 3)


def test_empty_and_unknown(pkg, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown chart 'nope'"):
        write_deck(pkg, scope_from_query(pkg, ""), tmp_path / "x.pptx", ["nope"])
    with pytest.raises(EmptyViewError):
        write_deck(pkg, scope_from_query(pkg, "from=1990&to=1991"), tmp_path / "x.pptx",
                   ["sector"])  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def test_identical_charts_give_one_slide(pkg, tmp_path: Path) -> None:
    scope = scope_from_query(pkg, "")
    same = write_deck(pkg, scope, tmp_path / "a.pptx", ["sector", "headline"])
    assert len(charts_of(same)) == 1  # the default view is the headline series
    jobs = scope_from_query(pkg, "indicator=jobs")
    both = write_deck(pkg, jobs, tmp_path / "b.pptx", ["sector", "headline"])
    assert len(charts_of(both)) == 2
