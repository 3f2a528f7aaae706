"""A feed list pointing at the local site: fetch, build, the new items and their figures are
in the package (figure sentences, not the article); a second fetch is conditional, adds
nothing, and the command prints one summary line per feed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest

from etl.cli import main
from tests.fetch.conftest import RAW
from tests.fetch.content import SPORT, WATCH, rss
from tests.fetch.feedlist import feed_toml

QUIET = "La direction se dit confiante pour la suite des opérations."


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A raw folder with the reference tables and no news, the fetch archive beside it."""
    shutil.copytree(RAW / "reference", tmp_path / "raw" / "reference")
    (tmp_path / "raw" / "news").mkdir()
    return tmp_path


def _fetch(checkout: Path, capsys) -> tuple[int, str]:
    code = main(
        [
            "fetch",
            "--feeds", str(checkout / "feeds.toml"),
            "--archive", str(checkout / "fetched"),
            "--raw", str(checkout / "raw"),
        ]
    )  # fmt: skip
    return code, capsys.readouterr().err


def _row(out: str, feed: str) -> list[str]:
    """The cells of a feed's line in the summary table."""
    for line in out.splitlines():
        cells = [c.strip() for c in line.strip().strip("│").split("│")]
        if cells and cells[0] == feed:
            return cells
    raise AssertionError(f"no summary line for {feed}:\n{out}")


def _build(checkout: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    out = checkout / "tidy"
    code = main(
        [
            "build",
            "--raw", str(checkout / "raw"),
            "--out", str(out),
            "--cache", str(checkout / "cache"),
        ]
    )  # fmt: skip
    assert code == 0
    return pl.read_parquet(out / "news_items.parquet"), pl.read_parquet(
        out / "news_figures.parquet"
    )


def test_fetch_then_build_shows_new_items_with_their_figures(site, checkout, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    items = [
        {"title": "Duval recrute à Besançon", "link": site.url("/a/duval"), "text": f"{WATCH} {QUIET}"},
        {"title": "Victoire du club de handball", "link": site.url("/a/hand"), "text": SPORT},
    ]  # fmt: skip
    site.add("/feed.xml", rss(items), ctype="application/rss+xml", etag='"v1"')
    site.add("/down.xml", "unavailable", ctype="text/plain", status=500)
    (checkout / "feeds.toml").write_text(
        feed_toml(
            [
                {"id": "courrier", "url": site.url("/feed.xml"), "name": "Le Courrier", "kind": "rss"},
                {"id": "down", "url": site.url("/down.xml"), "name": "Down", "kind": "rss"},
            ]
        ),
        encoding="utf-8",
    )  # fmt: skip

    code, out = _fetch(checkout, capsys)
    assert code == 1  # one feed failed ...
    assert "feed" in out and "new" in out and "unchanged" in out and "why" in out
    assert _row(out, "courrier") == ["courrier", "1", "0", "0", "1 archived, not shown"]
    assert _row(out, "down") == ["down", "0", "0", "1", "HTTP 500"]  # ... one line
    assert "shown    courrier: Duval recrute à Besançon: shown by rule sector" in out
    assert "archived courrier: Victoire du club de handball: no rule matched: topics" in out

    news, figures = _build(checkout)
    row = news.filter(pl.col("title") == "Duval recrute à Besançon").to_dicts()
    assert len(row) == 1 and news.height == 1  # the handball item is archived, not shown
    item = row[0]
    assert item["outlet"] == "Le Courrier" and item["url"] == site.url("/a/duval")
    assert str(item["published_on"]) == "2026-11-10"
    assert "watchmaking" in item["topics"] and item["places"]
    assert QUIET not in item["text"]  # the full article stays in the archive
    archived = next((checkout / "fetched" / "items").rglob("*.txt")).read_text(encoding="utf-8")
    assert QUIET in archived
    mine = figures.filter(pl.col("news_id") == item["news_id"])
    spans = set(mine["span"].to_list())
    assert {"120", "14 millions d'euros"} <= spans
    for fig in mine.iter_rows(named=True):
        assert item["text"][fig["start"] : fig["end"]] == fig["span"]
        assert fig["sentence"] in item["text"]

    code, out = _fetch(checkout, capsys)
    assert _row(out, "courrier") == ["courrier", "0", "2", "0", "not modified (304)"]
    feed_hits = [h for h in site.hits if h.path == "/feed.xml"]
    assert len(feed_hits) == 2 and feed_hits[1].headers.get("If-None-Match") == '"v1"'
    lines = (checkout / "fetched" / "decisions.jsonl").read_text().splitlines()
    assert len(lines) == 2 and all(json.loads(x)["why"] for x in lines)
    again, _ = _build(checkout)
    assert again.height == 1 and again["text"].to_list() == news["text"].to_list()


def test_dry_run_makes_no_request_and_no_contact_refuses_public_hosts(
    site, checkout, capsys, monkeypatch
):
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("CADRAN_CONTACT", raising=False)
    (checkout / "feeds.toml").write_text(
        feed_toml(
            [
                {"id": "public", "url": "https://news.example.org/feed", "name": "P", "kind": "rss", "delay": 5, "allow_private": False},
                {"id": "local", "url": site.url("/feed.xml"), "name": "L", "kind": "rss"},
            ],
            contact=None,
        ),
        encoding="utf-8",
    )  # fmt: skip
    code = main(["fetch", "--dry-run", "--feeds", str(checkout / "feeds.toml"), "--archive", str(checkout / "fetched")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0 and site.hits == []
    assert _row(err, "public")[-1] == "refused: no contact set"
    assert _row(err, "local")[-1] == "fetch"
    assert not (checkout / "fetched").exists()


def test_a_feed_not_due_is_skipped_unless_named(site, checkout, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    site.add("/feed.xml", rss([]), ctype="application/rss+xml")
    feeds = [
        {"id": "daily", "url": site.url("/feed.xml"), "name": "D", "kind": "rss", "every": "1d"}
    ]
    (checkout / "feeds.toml").write_text(feed_toml(feeds), encoding="utf-8")
    assert _fetch(checkout, capsys)[0] == 0
    code, out = _fetch(checkout, capsys)
    assert code == 0 and _row(out, "daily") == ["daily", "0", "0", "0", "not due yet"]
    assert [h.path for h in site.hits].count("/feed.xml") == 1
    args = ["--feeds", str(checkout / "feeds.toml"), "--archive", str(checkout / "fetched")]
    assert main(["fetch", *args, "--raw", str(checkout / "raw"), "--feed", "daily"]) == 0
    assert [h.path for h in site.hits].count("/feed.xml") == 2


def test_without_contact_public_feeds_are_refused_and_stay_due(checkout, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("CADRAN_CONTACT", raising=False)
    public = {"id": "public", "url": "https://news.example.org/feed", "name": "P", "kind": "rss"}
    feeds = [{**public, "delay": 5, "allow_private": False, "every": "6h"}]
    (checkout / "feeds.toml").write_text(feed_toml(feeds, contact=None), encoding="utf-8")
    for _ in range(2):  # refused twice: a refusal does not count as an attempt
        code, out = _fetch(checkout, capsys)
        assert code == 1 and _row(out, "public")[3:] == [
            "1",
            "no contact set: set CADRAN_CONTACT or contact in [settings] of feeds.toml before fetching public hosts",
        ]
    assert not list((checkout / "fetched").glob("*.jsonl"))  # no response at all
