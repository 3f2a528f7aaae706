"""Responses -> entries: feeds read with XML entities refused, article pages through
trafilatura, pages holding several items through the news page splitter.

An entry is what one item says before relevance is judged: title, address, dates, text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as safe_xml
import feedparser
import trafilatura
from defusedxml import DefusedXmlException
from selectolax.lexbor import LexborHTMLParser

from etl.errors import SourceError
from etl.fetch.client import FetchFailed, Response
from etl.news.ingest.pages import read_html

FEED_TYPES = ("xml", "rss", "atom")
PAGE_TYPES = ("text/html", "application/xhtml")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SINGLE_BYTE = ("latin", "iso8859", "cp125", "windows-125", "iso-8859", "ascii")


@dataclass
class Entry:
    title: str
    url: str
    published: dt.date | None
    text: str
    own_url: bool = True  # False for items of a page that holds several


def content_type(resp: Response) -> str:
    return resp.headers.get("content-type", "").split(";")[0].strip().lower()


def check_type(resp: Response, kind: str) -> None:
    ctype = content_type(resp)
    ok = any(t in ctype for t in FEED_TYPES) if kind != "page" else ctype.startswith(PAGE_TYPES)
    if not ok:
        expected = "an RSS/Atom (XML) type" if kind != "page" else "text/html"
        raise FetchFailed(f"wrong content type {ctype or 'none'} (expected {expected})")


def _declared_charset(resp: Response) -> str | None:
    header = resp.headers.get("content-type", "")
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", header, re.IGNORECASE)
    if m:
        return m.group(1)
    m = _CHARSET.search(resp.body[:4096])
    return m.group(1).decode("ascii") if m else None


def decode_page(resp: Response) -> str:
    """The page's text in its declared encoding; a declaration the bytes contradict is a
    failure (a page mis-decoded would put wrong words, and wrong figures, in the package)."""
    declared = _declared_charset(resp)
    if declared is None:
        try:
            return resp.body.decode("utf-8")
        except UnicodeDecodeError:
            return resp.body.decode("cp1252", errors="replace")
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        raise FetchFailed(f"unknown declared encoding {declared}") from None
    try:
        text = resp.body.decode(name)
    except UnicodeDecodeError:
        raise FetchFailed(f"declared encoding {declared} does not match the bytes") from None
    if (
        name != "utf-8"
        and name.replace("_", "-").startswith(_SINGLE_BYTE)
        and not resp.body.isascii()
    ):
        try:
            resp.body.decode("utf-8")
        except UnicodeDecodeError:
            return text
        raise FetchFailed(f"declared encoding {declared} but the bytes are UTF-8")
    return text


def _html_text(html: str) -> str:
    if not html.strip():
        return ""
    tree = LexborHTMLParser(html)
    blocks = tree.css("p, li, h1, h2, h3, h4, blockquote")
    parts = [" ".join(b.text(separator=" ").split()) for b in blocks] if blocks else []
    if not parts:
        parts = [" ".join(chunk.split()) for chunk in tree.text(separator="\n").split("\n\n")]
    return "\n\n".join(p for p in parts if p)


def _date(value: object) -> dt.date | None:
    return dt.date(value.tm_year, value.tm_mon, value.tm_mday) if value else None  # type: ignore[attr-defined]


def parse_feed(resp: Response, limit: int) -> list[Entry]:
    """Entries of an RSS or Atom feed; entity declarations and malformed XML are refused."""
    check_type(resp, "rss")
    try:
        root = safe_xml.fromstring(
            resp.body, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        raise FetchFailed(f"XML with entity declarations refused ({type(exc).__name__})") from None
    except ParseError as exc:
        raise FetchFailed(f"malformed XML ({exc})") from None
    tag = root.tag.rsplit("}", 1)[-1].lower()
    if tag not in ("rss", "feed", "rdf"):
        raise FetchFailed(f"not an RSS or Atom feed (root element <{tag}>)")
    parsed = feedparser.parse(resp.body, sanitize_html=False, resolve_relative_uris=False)
    entries: list[Entry] = []
    for e in parsed.entries[:limit]:
        html = e["content"][0]["value"] if e.get("content") else e.get("summary", "")
        entries.append(
            Entry(
                title=" ".join((e.get("title") or "").split()),
                url=(e.get("link") or "").strip(),
                published=_date(e.get("published_parsed") or e.get("updated_parsed")),
                text=_html_text(html or ""),
            )
        )
    return entries


def parse_article(resp: Response) -> Entry | None:
    """An article page's title, date and main text (navigation and widgets left out)."""
    check_type(resp, "page")
    html = decode_page(resp)
    doc = trafilatura.bare_extraction(
        html, url=resp.final_url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (doc.text or "").strip():
        return None
    lines = [" ".join(ln.split()) for ln in doc.text.splitlines()]
    title = " ".join((doc.title or "").split())
    lines = [ln for ln in lines if ln]
    if lines and lines[0] == title:
        lines = lines[1:]
    published = dt.date.fromisoformat(doc.date[:10]) if doc.date else None
    return Entry(title, resp.final_url, published, "\n\n".join(lines))


def parse_page(resp: Response) -> list[Entry]:
    """Items of a page that holds several (one per <article>, else the page splitter)."""
    check_type(resp, "page")
    html = decode_page(resp)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(html, encoding="utf-8")
        try:
            items = read_html(path, "page.html")
        except (SourceError, ValueError) as exc:  # the splitter found no item
            raise FetchFailed(f"no item found in the page ({exc})") from None
    return [
        Entry(it.title, resp.final_url, it.published_on, it.text, own_url=False) for it in items
    ]
