"""News files under data/raw/news -> `NewsItem`s (what each item says, before enrichment).

Formats, chosen by extension:
- `.txt` with a header (`title:`, `outlet:`, `url:`, `published: YYYY-MM-DD`, `topics:`, then a
  blank line and the body): one digest, one item;
- `.txt` without a header: a saved page, split into items by `etl.news.ingest.items`; the outlet is
  the site name the page mentions (e.g. "macommune.info"), else the folder name;
- `.html`/`.htm`: title, dates and address from meta tags and `<time>`; each `<article>` is an
  item, else the page text is split like a saved page;
- `.xml`/`.rss`/`.atom`: a feed (feedparser), one item per entry.
Any unreadable file raises `SourceError` naming the file (and the line for header errors).
Reading is linear in the input: a file over `MAX_FILE_BYTES` or an item over `MAX_ITEM_CHARS`
is an error naming it, and invisible format characters are removed from titles and texts.
Ids: "news-" + sha1 of the item's address, or of outlet + title + date when the address is
not the item's own (a page holding several items, a site's home page, no address).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import feedparser
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from etl.errors import SourceError
from etl.news.ingest.dates import parse_date
from etl.news.ingest.items import PageItem, lead_of, split_page
from etl.news.ingest.topics import checked_topics
from etl.stats.cells import strip_invisible

TEXT_EXT = (".txt",)
HTML_EXT = (".html", ".htm")
FEED_EXT = (".xml", ".rss", ".atom")
NEWS_EXT = TEXT_EXT + HTML_EXT + FEED_EXT
PRECISION_CHARS = {"day": 10, "month": 7, "year": 4}
HEADER_KEYS = ("title", "outlet", "url", "published", "updated", "topics")
_HEADER = re.compile(r"^(\w+):\s*(.*)$")
MAX_FILE_BYTES = 20_000_000
MAX_ITEM_CHARS = 500_000
_SITE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:info|fr|com|net|org|eu|ch|news))\b", re.IGNORECASE)


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


def news_files(news_dir: Path) -> list[Path]:
    """Every news file under `news_dir` (any subfolder), in a stable order."""
    if not news_dir.is_dir():
        return []
    return sorted(p for p in news_dir.rglob("*") if p.is_file() and p.suffix.lower() in NEWS_EXT)


def news_id(
    url: str | None, outlet: str, title: str, published: dt.date | None, own_url: bool
) -> str:
    """Stable id: the item's own address when it has one, else what identifies it in print."""
    key = url if (url and own_url) else f"{outlet}|{title}|{published or ''}"
    return "news-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _is_home(url: str | None) -> bool:
    return not url or urlparse(url).path.strip("/") == ""


def _items(
    page: list[PageItem], outlet: str, url: str | None, raw_path: str, topics: list[str]
) -> list[NewsItem]:
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


def _site_name(text: str, fallback: str) -> str:
    found = _SITE.findall(text)
    return found[-1].lower() if found else fallback


def read_text(path: Path, raw_path: str) -> list[NewsItem]:
    """A digest with a header, or a saved page without one."""
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not UTF-8 text ({exc.reason})", file=raw_path) from None
    lines = content.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    m = _HEADER.match(first.strip())
    if m and m.group(1).lower() in HEADER_KEYS:
        return [_digest(lines, raw_path)]
    page = split_page(content)
    if not page:
        raise SourceError("no news item found (no title followed by a paragraph)", file=raw_path)
    outlet = _site_name(content, path.parent.name)
    url = f"https://www.{outlet.removeprefix('www.')}/" if "." in outlet else None
    return _items(page, outlet, url, raw_path, [])


def _digest(lines: list[str], raw_path: str) -> NewsItem:
    header: dict[str, str] = {}
    row = 0
    for row, line in enumerate(lines, start=1):
        if not line.strip():
            break
        m = _HEADER.match(line.strip())
        if not m or m.group(1).lower() not in HEADER_KEYS:
            raise SourceError(
                f"bad header line (expected one of {', '.join(HEADER_KEYS)})",
                file=raw_path,
                row=row,
                text=line.strip(),
            )
        header[m.group(1).lower()] = m.group(2).strip()
    for key in ("title", "outlet", "published"):
        if not header.get(key):
            raise SourceError(f"header has no '{key}:' line", file=raw_path, row=1)
    published, precision = _iso_date(header["published"], raw_path, lines)
    updated = _iso_date(header["updated"], raw_path, lines)[0] if header.get("updated") else None
    body = "\n".join(lines[row:]).strip()
    if not body:
        raise SourceError("digest has no text after its header", file=raw_path, row=row)
    page = [PageItem(header["title"], body, published, updated, own_date=True)]
    topics = checked_topics(header.get("topics", ""))
    item = _items(page, header["outlet"], header.get("url"), raw_path, topics)[0]
    item.published_precision = precision
    return item


def _iso_date(value: str, raw_path: str, lines: list[str]) -> tuple[dt.date, str]:
    """A header date and its precision: a source may print only the month or the year,
    and a digest says no more than its source (the day or month is then not invented)."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), "year"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return dt.date.fromisoformat(value + "-01"), "month"
        return dt.date.fromisoformat(value), "day"
    except ValueError:
        row = next((i for i, ln in enumerate(lines, 1) if value in ln), None)
        raise SourceError(
            "date is not YYYY-MM-DD, YYYY-MM or YYYY", file=raw_path, row=row, text=value
        ) from None


def _meta(tree: HTMLParser, *selectors: str) -> str | None:
    for sel in selectors:
        node = tree.css_first(sel)
        if node is None:
            continue
        value = node.attributes.get("content") or node.attributes.get("datetime")
        value = value or node.attributes.get("href") or node.text(strip=True)
        if value:
            return value.strip()
    return None


def _date_of(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value)
    return dt.date.fromisoformat(m.group(1)) if m else parse_date(value)


_BLOCKS = frozenset({"h1", "h2", "h3", "h4", "p", "li", "blockquote"})


def _block_text(node: Any) -> str:
    """Text of each block (heading, paragraph, list item, quote) on its own line, in page
    order. One walk over the tree: a block's text stops where a nested block starts (and
    resumes after it), so nested lists are read once, never once per level."""
    segments: list[tuple[str, list[str]]] = []
    stack: list[tuple[Any, list[int] | None, bool]] = [(node, None, False)]
    while stack:
        current, owner, leaving = stack.pop()
        if leaving:  # back in the enclosing block: its text continues on a new line
            if owner is not None:
                segments.append(("", []))
                owner[0] = len(segments) - 1
            continue
        if current.tag == "-text":
            if owner is not None:
                segments[owner[0]][1].append(current.text_content or "")
            continue
        inner = owner
        if current.tag in _BLOCKS:
            segments.append((current.tag, []))
            inner = [len(segments) - 1]
            stack.append((current, owner, True))
        children = []
        child = current.child
        while child is not None:
            children.append((child, inner, False))
            child = child.next
        stack.extend(reversed(children))
    lines = []
    for tag, parts in segments:
        text = " ".join(" ".join(parts).split())
        if text:
            lines.append(("• " if tag == "li" else "") + text)
    return "\n\n".join(lines)


def _outer_articles(root: Any) -> list[Any]:
    """`<article>` elements not inside another one, found in one walk (nested articles are
    read as part of the outer one, never once per level)."""
    found: list[Any] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.tag == "article":
            found.append(node)
            continue
        child = node.child
        children = []
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend(reversed(children))
    return found


def read_html(path: Path, raw_path: str) -> list[NewsItem]:
    """Items of an HTML page: one per `<article>`, else the page text split into items."""
    tree = HTMLParser(path.read_bytes())
    if tree.body is None:
        raise SourceError("HTML page has no body", file=raw_path)
    for junk in tree.css("script, style, nav, header, footer, aside, form, noscript"):
        junk.decompose()
    title = _meta(tree, 'meta[property="og:title"]', "title", "h1")
    url = _meta(tree, 'link[rel="canonical"]', 'meta[property="og:url"]')
    published = _date_of(
        _meta(
            tree,
            'meta[property="article:published_time"]',
            'meta[name="date"]',
            '[itemprop="datePublished"]',
            "time[datetime]",
        )
    )
    updated = _date_of(
        _meta(tree, 'meta[property="article:modified_time"]', '[itemprop="dateModified"]')
    )
    site = _meta(tree, 'meta[property="og:site_name"]')
    outlet = site or (urlparse(url).netloc.removeprefix("www.") if url else path.parent.name)
    articles = _outer_articles(tree.body)
    page: list[PageItem] = []
    for art in articles if len(articles) > 1 else []:
        heading = art.css_first("h1, h2, h3")
        body = _block_text(art)
        if heading is None or not body:
            continue
        head = " ".join(heading.text().split())
        body = body.removeprefix(head).strip()
        when = _date_of(_meta(art, "time[datetime]")) or published
        page.append(PageItem(head, body, when, None, own_date=when is not None))
    if not page:
        root = articles[0] if len(articles) == 1 else tree.body
        text = _block_text(root)
        head = title or ""
        if head and not text.startswith(head):
            text = f"{head}\n\n{text}"
        page = split_page(text, published)
        if len(page) == 1 and published:
            page[0].published_on = published
            page[0].updated_on = page[0].updated_on or updated
    if not page:
        raise SourceError("no news item found in the HTML page", file=raw_path)
    return _items(page, outlet, url, raw_path, [])


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
        items += _items(page, outlet, entry.get("link"), raw_path, [])
    return items


def _struct_date(value: object) -> dt.date | None:
    return dt.date(value.tm_year, value.tm_mon, value.tm_mday) if value else None  # type: ignore[attr-defined]


def read_news_file(path: Path, raw_root: Path) -> list[NewsItem]:
    """Items of one news file; `SourceError` naming the file when it cannot be read."""
    raw_path = path.resolve().relative_to(raw_root.resolve().parent).as_posix()
    suffix = path.suffix.lower()
    if path.stat().st_size > MAX_FILE_BYTES:
        raise SourceError(f"file larger than {MAX_FILE_BYTES:,} bytes", file=raw_path)
    try:
        if suffix in TEXT_EXT:
            return read_text(path, raw_path)
        if suffix in HTML_EXT:
            return read_html(path, raw_path)
        return read_feed(path, raw_path)
    except SourceError:
        raise
    except (OSError, ValueError) as exc:
        raise SourceError(f"unreadable news file ({exc})", file=raw_path) from None
