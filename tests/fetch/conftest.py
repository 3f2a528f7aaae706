"""Fixtures of the fetch tests: a local site, feed lists pointing at it, a fetch runner.

Nothing here reaches any host but 127.0.0.1; the shipped feed list is never read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from etl.fetch.archive import Archive
from etl.fetch.facts import FactReader
from etl.fetch.feed_run import FeedReport, FeedRun, select_feeds
from etl.fetch.feeds import load_feed_list
from etl.fetch.relevance import RELEVANCE_FILE, load_rules
from tests.fetch.feedlist import feed_toml
from tests.fetch.site import LocalSite

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"


@pytest.fixture
def site() -> Iterator[LocalSite]:
    s = LocalSite().start()
    yield s
    s.stop()
    assert len(s.hits) < 3000, "the fetcher made far more requests than the test needs"


_FACTS: list[FactReader] = []


def _shared_facts() -> FactReader:
    """One gazetteer for the whole session: loading it is the slow part of a small fetch."""
    if not _FACTS:
        _FACTS.append(FactReader(RAW))
    return _FACTS[0]


class Fetcher:
    """Writes a feed list into tmp_path and runs fetches against one archive."""

    def __init__(self, tmp: Path) -> None:
        self.feeds_path = tmp / "feeds.toml"
        self.archive_dir = tmp / "fetched"
        self.facts = _shared_facts()
        self.rules = load_rules(RAW / "reference" / RELEVANCE_FILE)

    def write(self, feeds: list[dict], **kw: object) -> None:
        self.feeds_path.write_text(feed_toml(feeds, **kw), encoding="utf-8")

    def run(
        self, only: list[str] | None = None, env: dict | None = None, since: dt.date | None = None
    ) -> dict[str, FeedReport]:
        feeds = load_feed_list(self.feeds_path, env=env or {})
        archive = Archive(self.archive_dir)
        due, _ = select_feeds(feeds, archive, only, dt.datetime.now(dt.UTC))
        reports = FeedRun(feeds, archive, self.rules, self.facts, since=since).run(due)
        return {r.feed: r for r in reports}


@pytest.fixture
def fetcher(tmp_path: Path) -> Fetcher:
    return Fetcher(tmp_path)
