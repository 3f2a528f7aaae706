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
Each format has its module (`text_files`, `pages`, `feeds`); `news_item` holds `NewsItem`,
its id and the checks every item passes.
"""

from __future__ import annotations

from pathlib import Path

from etl.errors import SourceError
from etl.news.ingest.feed_files import read_feed
from etl.news.ingest.news_item import NewsItem
from etl.news.ingest.pages import read_html
from etl.news.ingest.text_files import read_text

TEXT_EXT = (".txt",)
HTML_EXT = (".html", ".htm")
FEED_EXT = (".xml", ".rss", ".atom")
NEWS_EXT = TEXT_EXT + HTML_EXT + FEED_EXT
MAX_FILE_BYTES = 20_000_000


def news_files(news_dir: Path) -> list[Path]:
    """Every news file under `news_dir` (any subfolder), in a stable order."""
    if not news_dir.is_dir():
        return []
    return sorted(p for p in news_dir.rglob("*") if p.is_file() and p.suffix.lower() in NEWS_EXT)


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
