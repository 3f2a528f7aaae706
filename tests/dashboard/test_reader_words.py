"""Your words on the chart (issue 13, item 4): the reader's title, subtitle, note and marks of
a year or a period, kept in the URL and drawn in the app (browser, fr and en); the images
and the deck: tests/exports/test_export_words.py."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from dashboard import charts
from dashboard.view import parse_view

WORDS = "title=Mon+titre&subtitle=Chiffres+de+la+fili%C3%A8re&note=Provisoire&marks=2020:Covid;2009-2010:Crise"


def test_words_round_trip_and_bad_marks_are_noticed() -> None:
    view, notices = parse_view(WORDS + ";zz:oops")
    assert (view.title, view.subtitle, view.note) == ("Mon titre", "Chiffres de la filière",
                                                      "Provisoire")  # fmt: skip
    assert view.marks == ((2020, 2020, "Covid"), (2009, 2010, "Crise"))
    assert [(n.param, n.given) for n in notices] == [("marks", "zz:oops")]
    assert parse_view(view.to_query())[0] == view
    long, _ = parse_view("title=" + "x" * 500)
    assert len(long.title or "") == 120


def test_words_on_the_figure(pkg) -> None:
    view = parse_view(WORDS, charts.choices_for(pkg))[0]
    fig = charts.build_series(pkg, view)
    assert fig.layout.title.text == "Mon titre"
    assert fig.layout.title.subtitle.text == "Chiffres de la filière"
    texts = [a.text for a in fig.layout.annotations]
    assert "Covid" in texts and "Crise" in texts
    assert any(t.startswith("Note : Provisoire · Sources :") for t in texts)
    bands = sorted((s.x0, s.x1) for s in fig.layout.shapes)
    assert [(a.year, b.year) for a, b in bands] == [(2009, 2010), (2020, 2020)]
    compared = charts.build_series(pkg, view.with_(indicator="jobs", more_geos=("FR-BFC",)))
    assert compared.layout.title.text == "Mon titre" and len(compared.layout.shapes) == 2


@pytest.mark.browser
@pytest.mark.parametrize(
    ("lang", "summary", "apply", "note"),
    [("fr", "Vos mots sur le graphique", "Appliquer", "Note : Reprise"),
     ("en", "Your words on the chart", "Apply", "Note: Reprise")],
)  # fmt: skip
def test_words_typed_in_the_app(
    page: Page, live_server: str, lang: str, summary: str, apply: str, note: str
) -> None:
    page.goto(f"{live_server}/secteur?lang={lang}")
    expect(page.locator("#sector-graph .gtitle")).to_be_visible()
    page.get_by_text(summary).click()
    page.locator("#sector-words-title").fill("Horlogerie en France")
    page.locator("#sector-words-subtitle").fill("Ventes des fabricants")
    page.locator("#sector-words-note").fill("Reprise")
    page.locator("#sector-words-marks").fill("2020:Covid;2009-2010:Crise")
    page.get_by_role("button", name=apply).click()
    expect(page.locator("#sector-graph .gtitle")).to_have_text("Horlogerie en France")
    expect(page.locator("#sector-graph .gtitle-subtitle")).to_have_text("Ventes des fabricants")
    graph = page.locator("#sector-graph")
    expect(graph.locator(".annotation-text", has_text="Covid")).to_have_count(1)
    expect(graph.locator(".annotation-text", has_text=note)).to_have_count(1)
    expect(page).to_have_url(re.compile(r"title=Horlogerie"))
    expect(page).to_have_url(re.compile(r"marks=2020"))
    share = page.locator("#share-link").input_value()
    page.goto(share)
    expect(page.locator("#sector-graph .gtitle")).to_have_text("Horlogerie en France")
    # a filter change keeps the words
    page.locator("#sector-mode input[value=index]").check()
    expect(page).to_have_url(re.compile(r"mode=index"))
    expect(page.locator("#sector-graph .gtitle")).to_have_text("Horlogerie en France")
