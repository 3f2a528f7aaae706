"""HTML news pages: title, dates and address from meta tags and `<time>`; one item per
`<article>`, else the page's block text split into items.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from etl.errors import SourceError
from etl.news.ingest.dates import parse_date
from etl.news.ingest.items import PageItem, split_page
from etl.news.ingest.news_item import NewsItem, items_of


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
    return items_of(page, outlet, url, raw_path, [])
