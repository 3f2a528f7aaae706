"""Fetched items reach the reader: fetch from the local site, build, serve the app on that
package and read the news page in headless Chromium, in French and in English."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from etl.cli import main
from tests.dashboard.real_server import serve
from tests.fetch.conftest import RAW
from tests.fetch.content import SPORT, WATCH, rss
from tests.fetch.feedlist import feed_toml

pytestmark = pytest.mark.browser
expect.set_options(timeout=20_000)
QUIET = "La direction se dit confiante pour la suite des opérations."


@pytest.fixture
def fetched_package(site, tmp_path: Path) -> Path:
    shutil.copytree(RAW / "reference", tmp_path / "raw" / "reference")
    (tmp_path / "raw" / "news").mkdir()
    items = [
        {"title": "Duval recrute à Besançon", "link": site.url("/a/duval"), "text": f"{WATCH} {QUIET}"},
        {"title": "Victoire du club de handball", "link": site.url("/a/hand"), "text": SPORT},
    ]  # fmt: skip
    site.add("/feed.xml", rss(items), ctype="application/rss+xml")
    feeds = [{"id": "courrier", "url": site.url("/feed.xml"), "name": "Le Courrier", "kind": "rss"}]
    (tmp_path / "feeds.toml").write_text(feed_toml(feeds), encoding="utf-8")
    args = ["--feeds", str(tmp_path / "feeds.toml"), "--archive", str(tmp_path / "fetched")]
    assert main(["fetch", *args, "--raw", str(tmp_path / "raw")]) == 0
    out = tmp_path / "tidy"
    build = ["build", "--raw", str(tmp_path / "raw"), "--out", str(out)]
    assert main([*build, "--cache", str(tmp_path / "cache")]) == 0
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_news_page_shows_the_fetched_item_with_its_figures(
    page: Page, site, fetched_package: Path, lang: str
):
    with serve(fetched_package) as base:
        page.goto(base + "/actualites" + ("?lang=en" if lang == "en" else ""))
        card = page.locator("article.news-item").filter(has_text="Duval recrute à Besançon")
        expect(card).to_have_count(1)
        expect(card.locator("mark.figure").filter(has_text="14 millions d'euros")).to_have_count(1)
        expect(card.locator("mark.figure").filter(has_text="120")).to_have_count(1)
        expect(card).to_contain_text("Le Courrier")
        expect(card).not_to_contain_text(QUIET)  # the article itself stays in the archive
        expect(page.locator("article.news-item").filter(has_text="handball")).to_have_count(0)
        original = card.locator("a[target=_blank]")
        expect(original).to_have_attribute("href", site.url("/a/duval"))
        expect(original).to_have_text("Article original" if lang == "fr" else "Original article")
