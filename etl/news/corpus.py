"""News files -> items with places, topics and figures, through a per-file cache.

Input: the news folder, the reference tables (gazetteer, zones), a cache folder. Output:
`(item, figures)` pairs and one `SourceReport` per file (built, cached or failed). A file is
re-read and re-extracted only when its bytes, the news/geo code, the gazetteer version or the
reference zones change; extraction runs on all cores when many items are pending.
A file that fails (unreadable, a symbolic link, any error) is reported in one line and keeps
the items and figures of its last good read when the cache holds one ("kept").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

import polars as pl

from etl.cache import BuildCache
from etl.errors import SourceError
from etl.news.extract.pool import map_in_order
from etl.news.ingest.files import news_files, read_news_file
from etl.news.ingest.news_item import NewsItem
from etl.news.ingest.places import find_places, place_codes
from etl.news.ingest.topics import topics_of
from etl.reference import Reference
from etl.report import SourceReport

ETL_DIR = Path(__file__).resolve().parents[1]
FIGURE_FIELDS = (
    "span", "start", "end", "value", "value_max", "unit", "metric", "period", "entity", "geo",
    "approximate", "qualifier", "currency", "sentence",
)  # fmt: skip


def zone_names(reference: Reference) -> dict[str, str]:
    """Names and aliases of the reference zones (countries included) -> zone code."""
    out: dict[str, str] = {}
    for row in reference.zones.iter_rows(named=True):
        for name in [row["label_fr"], *(row["aliases"] or "").split("|")]:
            if name and name.strip() and "(" not in name and "+" not in name:
                out[name.strip()] = row["code"]
    return out


def _shared_key(reference: Reference) -> str:
    h = hashlib.sha256(reference.gazetteer.version.encode())
    for p in sorted([*ETL_DIR.glob("news/**/*.py"), *ETL_DIR.glob("geo/*.py")]):
        h.update(p.read_bytes())
    h.update(reference.zones.write_csv().encode())
    h.update(reference.topics.frame().write_csv().encode())
    h.update("\n".join(t.pattern.pattern for t in reference.topics.topics if t.pattern).encode())
    return h.hexdigest()


def _enrich(item: NewsItem, reference: Reference, zones: dict[str, str]) -> None:
    hits = find_places(f"{item.title}\n{item.text}", reference.gazetteer, zones)
    item.places, item.geo = place_codes(hits)
    found = sorted(set(item.given_topics) | set(topics_of(item.title, item.text, reference.topics)))
    item.topics = [t for t in found if t != "other"] or ["other"]


def _item_json(item: NewsItem) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in asdict(item).items()}


def _item_from(data: dict[str, Any]) -> NewsItem:
    for k in ("published_on", "updated_on"):
        data[k] = dt.date.fromisoformat(data[k]) if data[k] else None
    return NewsItem(**data)


def _read_items(path: Path, raw_root: Path) -> list[NewsItem]:
    """Items of one news file; any failure is a one-line SourceError."""
    raw_path = path.relative_to(raw_root.parent).as_posix()
    try:
        return read_news_file(path, raw_root)
    except SourceError:
        raise
    except RecursionError:
        raise SourceError("page nested too deeply to read", file=raw_path) from None
    except Exception as exc:  # bad input never aborts the build: name it and go on
        raise SourceError(
            f"unreadable news file ({type(exc).__name__}: {str(exc)[:200]})", file=raw_path
        ) from None


_FINDER: dict[str, Any] = {}  # the gazetteer place finder, set before a pool forks


_COUNTRY_ADJECTIVES = re.compile(r"\b(français|française|françaises|suisses?)\b", re.IGNORECASE)


def gazetteer_finder(reference: Reference, zones: dict[str, str]) -> Any:
    """A place finder for the extractor: (offset, name) of the gazetteer places and zones
    named in text[lo:hi], read with the context rules of `etl.news.ingest.places`, plus "française"
    and "suisse" standing for their country ("la filière horlogère française")."""
    seen: dict[str, list[tuple[int, str]]] = {}

    def finder(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
        if text not in seen:
            seen.clear()  # one text at a time: the extractor asks about one item's ranges
            hits = [(h.start, h.name) for h in find_places(text, reference.gazetteer, zones)]
            hits += [
                (m.start(), "Suisse" if m.group(1).lower().startswith("suisse") else "France")
                for m in _COUNTRY_ADJECTIVES.finditer(text)
            ]
            seen[text] = sorted(hits)
        return [(start, name) for start, name in seen[text] if lo <= start < hi]

    return finder


def _figures_of(record: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """Every field of every figure of one item, the cited source included."""
    from etl.news.extract.figures import extract_figures

    found = extract_figures(
        record["text"], record["published"], _FINDER.get("finder"), record["title"]
    )
    return record["id"], [f.to_record() for f in found]


def _extract(pending: list[tuple[str, list[NewsItem]]]) -> dict[str, list[dict[str, Any]]]:
    """Figures of every pending item, keyed by `name|index`, on all cores when there are many.

    `extract_many` gives the CLI form of a figure, which leaves the cited source out, so the
    stage runs the public `extract_figures` through the same pool (`pool.map_in_order`).
    """
    records = [
        {
            "id": f"{name}|{i}",
            "text": it.text,
            "title": it.title,
            "published": it.published
            if it.published_precision == "day"
            else str(it.published_on.year)
            if it.published_on
            else None,
        }
        for name, items in pending
        for i, it in enumerate(items)
    ]
    return dict(map_in_order(_figures_of, records))


def _bytes(path: Path, name: str) -> bytes:
    """A file's bytes for its cache key; a link (its target may be anywhere) is refused."""
    if path.is_symlink():
        raise SourceError("symbolic link refused: copy the file into the news folder", file=name)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(f"unreadable news file ({exc.strerror})", file=name) from None


def _published_items(
    previous: Path | None, raw_path: str
) -> tuple[list[NewsItem], list[list[dict[str, Any]]]] | None:
    """A file's items and figures as the last published package holds them (no cache)."""
    if previous is None:
        return None
    try:
        sources = pl.read_parquet(previous / "sources.parquet")
        items = pl.read_parquet(previous / "news_items.parquet")
        figures = pl.read_parquet(previous / "news_figures.parquet")
    except (OSError, pl.exceptions.PolarsError):
        return None
    ids = sources.filter(pl.col("raw_path") == raw_path)["source_id"]
    rows = items.filter(pl.col("news_id").is_in(ids.implode())).sort("news_id")
    if rows.height == 0:
        return None
    kept_items, kept_figures = [], []
    fields = set(NewsItem.__dataclass_fields__)
    for row in rows.iter_rows(named=True):
        data = {k: v for k, v in row.items() if k in fields}
        kept_items.append(NewsItem(**{**data, "raw_path": raw_path, "given_topics": row["topics"]}))
        mine = figures.filter(pl.col("news_id") == row["news_id"]).sort("start")
        kept_figures.append(
            [
                {**{k: _plain(f[k]) for k in FIGURE_FIELDS if k in f}, "source": f["cited_source"]}
                for f in mine.iter_rows(named=True)
            ]
        )
    return kept_items, kept_figures


def _plain(value: Any) -> Any:
    """Whole numbers as the extractor gives them (int), so figure ids come out the same."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _from_cache(data: dict[str, Any], status: str) -> tuple[list[NewsItem], list, str]:
    return [_item_from(d) for d in data["items"]], data["figures"], status


def _cached(cache: BuildCache, name: str, key: str | None) -> dict[str, Any] | None:
    """A file's cached read (see etl/cache.py); its last good read when `key` is None."""
    entry = cache.get(name, key)
    if entry is None or not {"items", "figures"} <= entry.meta.keys():
        return None
    return entry.meta


def read_corpus(
    news_dir: Path,
    raw_root: Path,
    reference: Reference,
    cache_dir: Path,
    full: bool,
    previous: Path | None = None,
) -> tuple[list[tuple[NewsItem, list[dict[str, Any]]]], list[SourceReport]]:
    """(item, its figures) for every readable news file, and one report per file."""
    shared = _shared_key(reference)
    zones = zone_names(reference)
    cache = BuildCache(cache_dir)
    done: dict[str, tuple[list[NewsItem], list[list[dict[str, Any]]], str]] = {}
    pending: list[tuple[str, list[NewsItem], str]] = []
    reports: dict[str, SourceReport] = {}
    failed: dict[str, str] = {}
    for path in news_files(news_dir):
        name = path.relative_to(raw_root).as_posix()
        try:
            key = hashlib.sha256(shared.encode() + _bytes(path, name)).hexdigest()
            cached = None if full else _cached(cache, name, key)
            if cached is not None:
                done[name] = _from_cache(cached, "cached")
                continue
            items = _read_items(path, raw_root)
        except SourceError as exc:
            last = _cached(cache, name, None)
            published = None if last else _published_items(previous, f"{raw_root.name}/{name}")
            if last is not None:
                done[name] = _from_cache(last, "kept")
                failed[name] = str(exc)
            elif published:
                done[name] = (*published, "kept")
                failed[name] = str(exc)
            else:
                reports[name] = SourceReport(name, "failed", error=str(exc))
            continue
        for it in items:
            _enrich(it, reference, zones)
        pending.append((name, items, key))
    _FINDER["finder"] = gazetteer_finder(reference, zones)
    extracted = _extract([(name, items) for name, items, _ in pending])
    for name, items, key in pending:
        figures = [extracted[f"{name}|{i}"] for i in range(len(items))]
        done[name] = (items, figures, "built")
        cache.put(name, key, {"items": [_item_json(i) for i in items], "figures": figures})
    out: list[tuple[NewsItem, list[dict[str, Any]]]] = []
    for name in sorted(done):
        items, figures, status = done[name]
        count = sum(len(f) for f in figures)
        reports[name] = SourceReport(name, status, count, error=failed.get(name))
        out.extend(zip(items, figures, strict=True))
    return out, [reports[n] for n in sorted(reports)]
