"""`.txt` news files: a digest (a header, a blank line, the text) or a saved page without one."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from etl.errors import SourceError
from etl.news.ingest.items import PageItem, split_page
from etl.news.ingest.news_item import NewsItem, items_of
from etl.news.ingest.topics import checked_topics

HEADER_KEYS = ("title", "outlet", "url", "published", "updated", "topics")
_HEADER = re.compile(r"^(\w+):\s*(.*)$")
_SITE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:info|fr|com|net|org|eu|ch|news))\b", re.IGNORECASE)


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
    return items_of(page, outlet, url, raw_path, [])


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
    item = items_of(page, header["outlet"], header.get("url"), raw_path, topics)[0]
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
