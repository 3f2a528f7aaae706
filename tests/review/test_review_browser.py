"""The review page in headless Chromium (issue 12, items 2 and 6): a reviewer logs in, approves,
rejects with a reason and corrects figures; Dash's own callback posts carry the CSRF token;
an approved figure, once built, is marked "vérifié" on the chart."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from playwright.sync_api import Page, expect

from tests.review.helpers import PASSWORDS, build

pytestmark = pytest.mark.browser
ROUTE = "_dash-update-component"


def log_in(page: Page, base: str, name: str = "alice", lang: str = "") -> None:
    page.goto(f"{base}/revue{lang}")
    page.locator("#review-login-link").click()
    page.fill("#login-name", name)
    page.fill("#login-password", PASSWORDS[name])
    page.locator("button[type=submit]").click()
    expect(page.locator("#review-who")).to_have_text(name, timeout=20_000)


def decisions(state: Path) -> dict:
    from dashboard.review import store

    return store.current(state / "review.sqlite3")


def pick(page: Page, text: str) -> None:
    """Choose the figure whose label holds `text` in the figure picker."""
    page.locator("#review-figure").click()
    page.locator(".dash-dropdown-search").fill(text)
    page.get_by_role("option").filter(has_text=text).first.click()
    expect(page.locator("#review-detail blockquote")).to_contain_text(text)


def test_log_in_approve_reject_and_correct(page: Page, server: str, state: Path) -> None:
    posts: list[dict] = []  # headers of the review callbacks' posts
    page.on(
        "request",
        lambda r: (
            posts.append(r.headers)
            if ROUTE in r.url
            and r.method == "POST"
            and "review-" in json.loads(r.post_data)["output"]
            else None
        ),
    )
    log_in(page, server)
    queue = page.locator("#review-queue .review-card")
    assert queue.count() >= 20
    first = queue.first
    expect(first.locator("mark")).to_be_visible()  # the span, highlighted in its sentence
    expect(first).to_contain_text("Alimenterait")

    pick(page, "11 180")  # cross-border workers read as French watchmaking jobs
    detail = page.locator("#review-detail")
    expect(detail.locator("mark")).to_have_text("11 180")
    proposal = detail.locator(".review-proposal")
    for shown in ("11 180 personnes", "persons", "Emplois", "2017", "France", "watchmaking"):
        expect(proposal).to_contain_text(shown)
    expect(detail.locator(".review-feeds")).to_have_text("Alimenterait : Emplois, France, 2017")
    page.locator("#review-reject").click()
    expect(page.locator("#review-result")).to_have_text("Indiquez un motif pour rejeter.")
    page.fill("#review-reason", "des frontaliers en Suisse, pas des emplois en France")
    page.locator("#review-reject").click()
    expect(page.locator("#review-result")).to_contain_text("Rejeté : 11 180")

    pick(page, "En Franche-Comté, 30 000")  # the former region: today's code is FR-BFC
    expect(page.locator("#review-geo")).to_have_value("FR-FC")
    page.fill("#review-geo", "FR-BFC")
    page.locator("#review-geo").press("Tab")
    page.locator("#review-correct").click()
    expect(page.locator("#review-result")).to_contain_text("Corrigé et approuvé : 30 000")

    pick(page, "Elle représente environ 3 000 emplois")
    page.locator("#review-approve").click()
    expect(page.locator("#review-result")).to_contain_text("Approuvé : environ 3 000")
    expect(page.locator("#review-result")).to_contain_text("enregistré par alice")

    stored = {d.verb: d for d in decisions(state).values()}
    assert set(stored) == {"approve", "reject", "correct"}
    assert stored["reject"].reason.startswith("des frontaliers") and stored["reject"].who == "alice"
    assert stored["correct"].changes == {"geo": "FR-BFC"}
    assert all(d.seen for d in stored.values())  # the extraction decided on
    assert len(posts) >= 7 and all(h.get("x-csrftoken") for h in posts)  # Dash sent the token


def test_the_page_in_english(page: Page, server: str, state: Path) -> None:
    log_in(page, server, "bob", "?lang=en")
    expect(page.locator("main h1")).to_have_text("Figure review")
    expect(page.locator("#review-approve")).to_have_text("Approve")
    page.locator("#review-reject").click()
    expect(page.locator("#review-result")).to_have_text("Give a reason to reject.")
    assert decisions(state) == {}


def test_logged_out_page_offers_only_the_login(page: Page, server: str, state: Path) -> None:
    page.goto(f"{server}/revue")
    expect(page.locator("#review-login-link")).to_be_visible()
    expect(page.locator("#review-queue")).to_have_count(0)
    expect(page.locator("#review-approve")).to_be_hidden()


def test_every_page_links_to_the_review(page: Page, server: str, state: Path) -> None:
    page.goto(f"{server}/secteur?lang=en")
    link = page.locator("header a.nav-link", has_text="Figure review")
    expect(link).to_have_attribute("href", "/revue?lang=en")
    link.click()
    expect(page.locator("header a.nav-link.active")).to_have_text("Figure review")
    expect(page.locator("#review-login-link")).to_be_visible()


def test_an_approved_figure_is_verified_on_the_chart(
    page: Page, server: str, state: Path, unreviewed: tuple[Path, Path], app, tmp_path: Path
) -> None:
    """Approve on the page, build into a temporary package, read the chart's hover: the
    jewellery revenue of 2022 read in a news item is then a verified point."""
    from dashboard.data import ENV_VAR
    from tests.dashboard.test_hover_browser import hovers

    sentence = "La bijouterie-joaillerie a réalisé"
    before = hovers(page, server, "revenue", "jewellery", "FR", "fr")
    assert not any("vérifié" in line for p in before for line in p["lines"]), before
    log_in(page, server)
    pick(page, sentence)
    page.locator("#review-approve").click()
    expect(page.locator("#review-result")).to_contain_text("Approuvé : 4 milliards d'euros")

    out = tmp_path / "pkg" / "tidy"
    build(out, unreviewed[1], state)
    figures = pl.read_parquet(out / "news_figures.parquet")
    approved = figures.filter(review="approved", span="4 milliards d'euros")
    assert approved.height == 1 and approved["status"][0] == "reported"
    app.server.config[ENV_VAR] = str(out)
    after = hovers(page, server, "revenue", "jewellery", "FR", "fr")
    lines = [line for p in after if p["x"].startswith("2022") for line in p["lines"]]
    assert any("4 Md€ (Extrait d'une actualité, vérifié)" in line for line in lines), lines
    english = hovers(page, server, "revenue", "jewellery", "FR", "en")
    lines = [line for p in english if p["x"].startswith("2022") for line in p["lines"]]
    assert any("(Extracted from a news item, verified)" in line for line in lines), lines


def test_two_reviewers_at_once_both_decisions_kept(browser, server: str, state: Path) -> None:
    """Alice and Bob, each in their own browser session, decide at the same moment."""
    pages = []
    for name, figure in (("alice", "Ils étaient 41 000"), ("bob", "La Suisse a exporté 15,3")):
        page = browser.new_context().new_page()
        log_in(page, server, name)
        pick(page, figure)
        pages.append(page)
    pages[1].fill("#review-reason", "exports, not production")
    for page, button in zip(pages, ("#review-approve", "#review-reject"), strict=True):
        page.locator(button).click(no_wait_after=True)
    expect(pages[0].locator("#review-result")).to_contain_text("Approuvé : 41 000")
    expect(pages[1].locator("#review-result")).to_contain_text("Rejeté : 15,3 millions")
    stored = sorted((d.who, d.verb) for d in decisions(state).values())
    assert stored == [("alice", "approve"), ("bob", "reject")]
