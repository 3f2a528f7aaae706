"""Slide-ready (issue 13, item 7): the deck's title slide is laid out for 16:9, and every
image preset (16x9, 4x3, square, custom) keeps title, subtitle, legend, annotations and the
source line inside the canvas without overlap, measured with getBBox() in Chromium."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import Page
from pptx import Presentation

from dashboard.exports.deck import deck_bytes
from dashboard.exports.images import chart_image, image_spec, parse_size
from dashboard.exports.scope import scope_from_query


def test_title_slide_is_laid_out_for_16x9(pkg) -> None:
    prs = Presentation(io.BytesIO(deck_bytes(pkg, scope_from_query(pkg, ""), ["sector"])))
    assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 1e-3
    first = prs.slides[0]
    for shape in (first.shapes.title, first.placeholders[1]):
        assert shape.left >= 0 and shape.left + shape.width <= prs.slide_width
        assert abs((shape.left + shape.width / 2) - prs.slide_width / 2) < 10_000  # centred
        assert shape.top + shape.height <= prs.slide_height
    title, sub = first.shapes.title, first.placeholders[1]
    assert title.top + title.height <= sub.top  # the title above the subtitle, no overlap
    assert title.width > prs.slide_width * 0.8  # the 16:9 width, not the 4:3 one


MEASURE = """() => {
  const svg = document.querySelector('svg');
  const W = +svg.getAttribute('width'), H = +svg.getAttribute('height');
  const box = (el) => { const r = el.getBoundingClientRect(); return {x: r.left, y: r.top,
      w: r.width, h: r.height}; };
  const parts = {};
  const one = (name, sel) => { const el = svg.querySelector(sel); if (el && el.getBBox().width)
      parts[name] = box(el); };
  one('title', '.g-gtitle .gtitle');
  one('subtitle', '.g-gtitle .gtitle-subtitle');
  one('legend', '.legend');
  const notes = [...svg.querySelectorAll('.annotation')].filter(a => a.getBBox().width > 0);
  notes.forEach((a, i) => parts['annotation' + i] = box(a));
  [...svg.querySelectorAll('.xtick text')].filter(e => e.getBBox().width > 0)
    .forEach((e, i) => parts['tick' + i] = box(e));
  return {W, H, parts};
}"""


def overlap(a: dict, b: dict) -> bool:
    return (a["x"] < b["x"] + b["w"] - 1 and b["x"] < a["x"] + a["w"] - 1
            and a["y"] < b["y"] + b["h"] - 1 and b["y"] < a["y"] + a["h"] - 1)  # fmt: skip


@pytest.mark.browser
@pytest.mark.usefixtures("image_server")
@pytest.mark.parametrize("preset", ["16x9", "4x3", "square", "1200x628"])
@pytest.mark.parametrize(
    "query", ["", "indicator=jobs&geo=FR,FR-BFC&subtitle=Deux+territoires&marks=2016:Rep%C3%A8re"]
)
def test_every_preset_keeps_its_texts_inside_without_overlap(
    page: Page, pkg, preset: str, query: str
) -> None:
    view = scope_from_query(pkg, query).view
    svg = chart_image(pkg, "sector", view, image_spec("svg", preset)).decode()
    page.set_content(f"<body style='margin:0'>{svg}</body>")
    got = page.evaluate(MEASURE)
    width, height = parse_size(preset)
    assert (got["W"], got["H"]) == (width / 2, height / 2)
    parts = got["parts"]
    assert {"title", "subtitle", "legend"} <= set(parts), sorted(parts)
    for name, b in parts.items():
        assert b["x"] >= -1 and b["y"] >= -1, name
        assert b["x"] + b["w"] <= got["W"] + 1 and b["y"] + b["h"] <= got["H"] + 1, name
    fixed = ["title", "subtitle", "legend"]
    for i, a in enumerate(fixed):
        for b in fixed[i + 1 :]:
            assert not overlap(parts[a], parts[b]), (a, b, parts[a], parts[b])
    notes = [k for k in parts if k.startswith("annotation")]
    ticks = [k for k in parts if k.startswith("tick")]
    for a in notes:
        for b in fixed + ticks:  # no label over the title, legend or the axis' years
            assert not overlap(parts[a], parts[b]), (a, b, parts[a], parts[b])
