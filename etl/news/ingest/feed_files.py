"""RSS/Atom news feeds (feedparser): one item per entry, the feed's title as the outlet."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlparse

import feedparser
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from etl.errors import SourceError
from etl.news.ingest.items import PageItem
from etl.news.ingest.news_item import NewsItem, items_of


def read_feed(path: Path, raw_path: str) -> list[NewsItem]:
    """One item per RSS/Atom entry; the feed's title is the outlet."""
    parsed = feedparser.parse(path.read_bytes())
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None) or "no entries"
        raise SourceError(f"not a readable RSS/Atom feed ({reason})", file=raw_path)
    outlet = parsed.feed.get("title") or urlparse(parsed.feed.get("link", "")).netloc or path.stem
    items: list[NewsItem] = []
    for n, entry in enumerate(parsed.entries, start=1):
        title = " ".join((entry.get("title") or "").split())
        html = entry["content"][0]["value"] if entry.get("content") else entry.get("summary", "")
        text = "\n\n".join(
            " ".join(line.split())
            for line in HTMLParser(html or "<p></p>").text(separator="\n").split("\n\n")
        ).strip()
        text = re.sub(r"\n{3,}", "\n\n", text)
        if not title or not text:
            raise SourceError(
                "feed entry without title or text", file=raw_path, row=n, text=title or None
            )
        published = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        updated = _struct_date(entry.get("updated_parsed"))
        page = [PageItem(title, text, published, updated if updated != published else None, True)]
        items += items_of(page, outlet, entry.get("link"), raw_path, [])
    return items


def _struct_date(value: object) -> dt.date | None:
    return dt.date(value.tm_year, value.tm_mon, value.tm_mday) if value else None  # type: ignore[attr-defined]
