"""Every page layout and callback runs with and without the news tables (no browser)."""

from __future__ import annotations

import json
from pathlib import Path

import plotly.io.json as pjson
import pytest

from dashboard.app import app
from dashboard.components import safe_url
from dashboard.data import ENV_VAR
from dashboard.layouts import news, overview, sector, sources, table, territories

LAYOUTS = [overview.layout, sector.layout, news.layout, territories.layout, table.layout,
           sources.layout]  # fmt: skip


@pytest.fixture(autouse=True)
def restore_data_folder():
    """These tests point the app at other folders; give the live server its folder back."""
    before = app.server.config.get(ENV_VAR)
    yield
    app.server.config[ENV_VAR] = before


@pytest.fixture(params=["with_news", "without_news"])
def folder(request, package_dir: Path, package_without_news: Path) -> Path:
    return package_dir if request.param == "with_news" else package_without_news


def render(component) -> dict:
    return json.loads(pjson.to_json_plotly(component))


def test_every_page_renders(folder: Path) -> None:
    app.server.config[ENV_VAR] = str(folder)
    with app.server.test_request_context("/"):
        for layout in LAYOUTS:
            for query in (
                {},
                {"lang": "en"},
                {"indicator": "bogus", "region": "??", "metric": "x"},
            ):
                tree = render(layout(query))
                assert tree["type"] == "Div", layout.__module__


def test_callbacks_answer(folder: Path) -> None:
    app.server.config[ENV_VAR] = str(folder)
    with app.server.test_request_context("/"):
        fig, desc, query, chart_query, values, bases = sector.redraw(
            "jobs", "watchmaking", "FR", "", "yoy", None, [1990, 2025], "lang=en"
        )
        assert bases == [2015, 2018]  # base years: the years with data, not the package span
        assert query == chart_query == "indicator=jobs&mode=yoy&lang=en"
        assert desc.startswith("Jobs")
        assert fig.layout.title.text.startswith("Jobs")
        assert "Values and their sources (2)" in json.dumps(render(values))
        count, cards, query = news.refilter("", "FR-BFC", None, None, None, None, [], 0, "")
        assert query == "region=FR-BFC"
        assert count.split()[0] in ("0", "3")  # N1, N2, N4 are in Bourgogne-Franche-Comté
        assert len(cards) == (3 if count.startswith("3") else 1)  # three items, or "no news" text
        rows, count, query = table.refilter("revenue", None, "official", "")
        assert query == "indicator=revenue&status=official"
        assert all(r["status"] == "Source officielle" for r in rows)  # words, not codes
        assert {r["indicator"] for r in rows} == {"Chiffre d'affaires"}  # labels, not codes
        tree = render(territories.layout({"metric": "news"}))
        slots = [s for s in _ids(tree) if isinstance(s, dict) and s.get("type") == "download-slot"]
        assert {s["chart"] for s in slots} == {"regions_news", "departments_news"}


def test_news_page_shows_one_item_from_its_id(package_dir: Path) -> None:
    app.server.config[ENV_VAR] = str(package_dir)
    with app.server.test_request_context("/"):
        count, cards = news.results(news.current(), news.nq.NewsFilter(), item="N2")
        assert count.startswith("1 ")
        assert len(cards) == 1


def test_only_web_links_leave_the_app() -> None:
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url("javascript:alert(1)") == "#"
    assert safe_url(None) == "#"


def test_cli_names_the_missing_package(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from dashboard.cli import main

    assert main(["--data", str(tmp_path / "nowhere")]) == 1
    assert "nowhere/datapackage.json: not found" in capsys.readouterr().err


def _ids(tree: object) -> list:
    """Every component id in a rendered layout."""
    found = []
    if isinstance(tree, dict):
        props = tree.get("props", {})
        if "id" in props:
            found.append(props["id"])
        for value in props.values():
            found += _ids(value)
    elif isinstance(tree, list):
        for item in tree:
            found += _ids(item)
    return found


def test_segment_and_place_options_follow_the_indicator(pkg) -> None:
    segments, places = sector.available(pkg, "jobs", "fr")
    assert [o["value"] for o in segments] == ["watchmaking"]
    labels = [o["label"] for o in places]
    assert {"Besançon", "France", "Doubs"} <= set(labels) and "Haute-Savoie" not in labels
    assert [o["label"] for o in sector.available(pkg, "revenue", "fr")[1]] == ["France"]
    assert sector.available(pkg, "unknown", "fr") == ([], [])


def test_missing_package_gives_a_message_not_an_error(tmp_path: Path) -> None:
    from dashboard.components import guarded

    app.server.config[ENV_VAR] = str(tmp_path / "empty")
    with app.server.test_request_context("/"):
        tree = render(guarded(overview.layout, {}))
    assert "datapackage.json: not found" in json.dumps(tree)


def test_news_list_is_limited_and_says_so(package_dir: Path) -> None:
    app.server.config[ENV_VAR] = str(package_dir)
    with app.server.test_request_context("/"):
        count, cards = news.results(news.current(), news.nq.NewsFilter(), limit=1)
    assert count == "5 articles (1 premiers)"
    assert len(cards) == 1


def test_new_indicator_keeps_or_resets_segment_and_place(package_dir: Path) -> None:
    app.server.config[ENV_VAR] = str(package_dir)
    with app.server.test_request_context("/"):
        *_, segment, geo = sector.narrow_options("jobs", "watches", "FR-74", "")
        assert (segment, geo) == ("watchmaking", "FR")
        *_, segment, geo = sector.narrow_options("jobs", "watchmaking", "25056", "")
        assert (segment, geo) == ("watchmaking", "25056")
