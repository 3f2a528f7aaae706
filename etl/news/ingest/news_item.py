"""One news item as the package stores it, its stable id, and page items -> news items."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlparse

from etl.errors import SourceError
from etl.news.ingest.items import PageItem, lead_of
from etl.stats.cells import strip_invisible

PRECISION_CHARS = {"day": 10, "month": 7, "year": 4}
MAX_ITEM_CHARS = 500_000


@dataclass
class NewsItem:
    """One news item as the package stores it; places, geo and topics are filled by `stage`."""

    news_id: str
    outlet: str
    url: str
    published_on: dt.date | None
    updated_on: dt.date | None
    title: str
    lead: str
    text: str
    raw_path: str
    places: list[str] = field(default_factory=list)
    geo: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    given_topics: list[str] = field(default_factory=list)
    published_precision: str = "day"

    @property
    def source_id(self) -> str:
        return self.news_id

    @property
    def published(self) -> str | None:
        """The publication date as precisely as it is known: YYYY-MM-DD, YYYY-MM or YYYY."""
        if self.published_on is None:
            return None
        return self.published_on.isoformat()[: PRECISION_CHARS[self.published_precision]]


def news_id(
    url: str | None, outlet: str, title: str, published: dt.date | None, own_url: bool
) -> str:
    """Stable id: the item's own address when it has one, else what identifies it in print."""
    key = url if (url and own_url) else f"{outlet}|{title}|{published or ''}"
    return "news-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _is_home(url: str | None) -> bool:
    return not url or urlparse(url).path.strip("/") == ""


def items_of(
    page: list[PageItem], outlet: str, url: str | None, raw_path: str, topics: list[str]
) -> list[NewsItem]:
    """One file's page items as news items: invisible characters removed, an item over
    `MAX_ITEM_CHARS` refused, the id from the item's own address when it has one."""
    own = len(page) == 1 and not _is_home(url)
    for p in page:
        p.title, p.text = strip_invisible(p.title), strip_invisible(p.text)
        if len(p.text) > MAX_ITEM_CHARS:
            raise SourceError(
                f"item {p.title[:60]!r} is longer than {MAX_ITEM_CHARS:,} characters "
                f"(cut it at character {MAX_ITEM_CHARS:,} or split the file)",
                file=raw_path,
            )
    return [
        NewsItem(
            news_id=news_id(url, outlet, p.title, p.published_on, own),
            outlet=outlet,
            url=url or raw_path,
            published_on=p.published_on,
            updated_on=p.updated_on,
            title=p.title,
            lead=lead_of(p.text),
            text=p.text,
            raw_path=raw_path,
            given_topics=topics,
        )
        for p in page
    ]
