"""The news stage of the build: data/raw/news -> news_items, news_figures, reported observations.

Called once by `etl.build.collect` with the statistics observations. Steps: read every news
file (one failed report per unreadable file, the others go on), give items places, geo
codes and topics, extract figures (`extract_many`, parallel on large corpora) for files not
in the cache, map figures to sector indicators, apply `data/news_decisions.txt`, then merge
reported figures into observations and flag conflicts with official ones.

Cache: one JSON file per news file under `cache_dir`, keyed by the file's bytes, the news and
gazetteer code, the gazetteer version and the reference zones, so unchanged news is neither
re-read nor re-extracted. Output is sorted and ids are content hashes: builds are repeatable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections import Counter
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from etl.errors import SourceError
from etl.news.decisions import apply_decisions, parse_decisions
from etl.news.indicators import map_figure
from etl.news.ingest import NewsItem, news_files, news_id, read_news_file
from etl.news.places import DEFAULT_REGION, find_places, place_codes
from etl.news.reported import reported_observations
from etl.news.topics import topics_of
from etl.reference import Reference
from etl.schema import NEWS_FIGURES, NEWS_ITEMS, OBSERVATIONS, Table

if TYPE_CHECKING:
    from etl.build import SourceReport

ETL_DIR = Path(__file__).resolve().parents[1]
DECISIONS = Path(__file__).resolve().parents[2] / "data" / "news_decisions.txt"
LICENCE = "Résumé rédigé par Cadran ; article original © {outlet}"
PARALLEL_FROM = 2000  # items; below this a process pool costs more than it saves
GEO_ALIASES = {"BFC": "FR-BFC", "IDF": "FR-IDF", "PACA": "FR-PAC", "AURA": "FR-ARA"}


@dataclass
class NewsBuild:
    tables: list[tuple[Table, pl.DataFrame]]
    observations: pl.DataFrame
    citations: list[dict[str, Any]]
    reports: list[SourceReport]
    geo_codes: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)


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
    for p in sorted([*ETL_DIR.glob("news/*.py"), *ETL_DIR.glob("geo/*.py")]):
        h.update(p.read_bytes())
    h.update(reference.zones.write_csv().encode())
    return h.hexdigest()


def _enrich(item: NewsItem, reference: Reference, zones: dict[str, str]) -> None:
    hits = find_places(f"{item.title}\n{item.text}", reference.gazetteer, zones)
    item.places, item.geo = place_codes(hits)
    found = sorted(set(item.given_topics) | set(topics_of(item.title, item.text)))
    item.topics = [t for t in found if t != "other"] or ["other"]


def _item_json(item: NewsItem) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in asdict(item).items()}


def _item_from(data: dict[str, Any]) -> NewsItem:
    for k in ("published_on", "updated_on"):
        data[k] = dt.date.fromisoformat(data[k]) if data[k] else None
    return NewsItem(**data)


def _read_cache(path: Path, key: str) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    return data if data.get("key") == key else None


def _figures_of(record: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """Every field of every figure of one item, the cited source included."""
    from etl.news.figures import extract_figures

    found = extract_figures(record["text"], record["published"])
    return record["id"], [f.to_record() for f in found]


def _extract(pending: list[tuple[str, list[NewsItem]]]) -> dict[str, list[dict[str, Any]]]:
    """Figures of every pending item, keyed by `name|index`, on all cores when there are many.

    `extract_many` gives the CLI form of a figure, which leaves the cited source out, so the
    stage runs the public `extract_figures` through the same kind of pool (fork, in order).
    """
    records = [
        {
            "id": f"{name}|{i}",
            "text": it.text,
            "published": it.published_on.isoformat() if it.published_on else None,
        }
        for name, items in pending
        for i, it in enumerate(items)
    ]
    workers = os.cpu_count() or 1
    if len(records) <= PARALLEL_FROM or workers == 1:
        return dict(map(_figures_of, records))
    with get_context("fork" if os.name == "posix" else "spawn").Pool(workers) as pool:
        return dict(pool.imap(_figures_of, records, chunksize=64))


def _cache_file(cache_dir: Path, name: str) -> Path:
    return cache_dir / (hashlib.sha1(name.encode()).hexdigest()[:20] + ".json")


def _read_all(
    news_dir: Path, raw_root: Path, reference: Reference, cache_dir: Path, full: bool
) -> tuple[list[tuple[NewsItem, list[dict[str, Any]]]], list[SourceReport]]:
    """(item, its figures) for every readable news file, and one report per file."""
    from etl.build import SourceReport

    shared = _shared_key(reference)
    zones = zone_names(reference)
    cache_dir.mkdir(parents=True, exist_ok=True)
    done: dict[str, tuple[list[NewsItem], list[list[dict[str, Any]]], str]] = {}
    pending: list[tuple[str, list[NewsItem], str]] = []
    reports: dict[str, SourceReport] = {}
    for path in news_files(news_dir):
        name = path.relative_to(raw_root).as_posix()
        key = hashlib.sha256(shared.encode() + path.read_bytes()).hexdigest()
        cached = None if full else _read_cache(_cache_file(cache_dir, name), key)
        if cached is not None:
            done[name] = ([_item_from(d) for d in cached["items"]], cached["figures"], "cached")
            continue
        try:
            items = read_news_file(path, raw_root)
        except SourceError as exc:
            reports[name] = SourceReport(name, "failed", error=str(exc))
            continue
        for it in items:
            _enrich(it, reference, zones)
        pending.append((name, items, key))
    extracted = _extract([(name, items) for name, items, _ in pending])
    for name, items, key in pending:
        figures = [extracted[f"{name}|{i}"] for i in range(len(items))]
        done[name] = (items, figures, "built")
        payload = {"key": key, "items": [_item_json(i) for i in items], "figures": figures}
        _cache_file(cache_dir, name).write_text(
            json.dumps(payload, ensure_ascii=False), encoding="utf-8"
        )
    out: list[tuple[NewsItem, list[dict[str, Any]]]] = []
    for name in sorted(done):
        items, figures, status = done[name]
        reports[name] = SourceReport(name, status, sum(len(f) for f in figures))
        out.extend(zip(items, figures, strict=True))
    return out, [reports[n] for n in sorted(reports)]


def _unique_ids(pairs: list[tuple[NewsItem, list[dict[str, Any]]]], warnings: list[str]) -> list:
    """Items sharing an address get ids from outlet, title and date; true repeats are dropped."""
    counts = Counter(it.news_id for it, _ in pairs)
    seen: set[str] = set()
    out = []
    for it, figs in pairs:
        if counts[it.news_id] > 1:
            it.news_id = news_id(None, it.outlet, it.title, it.published_on, own_url=False)
        if it.news_id in seen:
            warnings.append(f"{it.raw_path}: item {it.title!r} repeats another item; skipped")
            continue
        seen.add(it.news_id)
        out.append((it, figs))
    return out


def _geo_code(name: str | None, reference: Reference, region: str) -> str | None:
    if not name:
        return None
    text = name.strip()
    return GEO_ALIASES.get(text) or reference.resolve_geo(text, region)


def _figure_rows(pairs: list, reference: Reference) -> list[dict[str, Any]]:
    units: dict[str, str] = reference.indicator_units  # type: ignore[attr-defined]
    zones = zone_names(reference)
    gaz = reference.gazetteer

    def is_place(name: str) -> bool:
        return name in zones or gaz.is_place_name(name)

    rows: list[dict[str, Any]] = []
    for it, figures in pairs:
        regions = Counter(g for g in it.geo if g.startswith("FR-") and g in gaz.regions)
        region = regions.most_common(1)[0][0] if regions else DEFAULT_REGION
        year = it.published_on.year if it.published_on else None
        for fig in figures:
            fig = {**fig, "geo_code": _geo_code(fig.get("geo"), reference, region)}
            m = map_figure(fig, it.topics, it.places, year, units, is_place, it.title)
            key = f"{it.news_id}|{fig['start']}|{fig['end']}|{fig['value']!r}"
            rows.append(
                {
                    **{k: fig.get(k) for k in NEWS_FIGURES.columns if k in fig},
                    "figure_id": "fig-" + hashlib.sha1(key.encode()).hexdigest()[:16],
                    "news_id": it.news_id,
                    "geo": fig["geo_code"],
                    "cited_source": fig.get("source"),
                    "indicator": m.indicator,
                    "status": m.status,
                    "obs_entity": m.entity,
                    "obs_geo": m.geo,
                    "obs_period": m.period,
                    "segment": m.segment,
                    "published_on": it.published_on,
                    "why": m.why,
                }
            )
    return rows


def build_news(
    news_dir: Path,
    reference: Reference,
    observations: pl.DataFrame,
    cache_dir: Path,
    full: bool = False,
    decisions_path: Path | None = None,
) -> NewsBuild:
    """Everything the news adds to the package (see the module docstring)."""
    warnings: list[str] = []
    pairs, reports = _read_all(news_dir, news_dir.parent, reference, cache_dir, full)
    pairs = _unique_ids(pairs, warnings)
    rows = _figure_rows(pairs, reference)
    by_id = {r["figure_id"]: r for r in rows}
    decisions_file = decisions_path or DECISIONS
    decisions, bad = parse_decisions(decisions_file)
    warnings += bad + apply_decisions(
        by_id, decisions, set(reference.indicator_units), decisions_file.name
    )  # type: ignore[attr-defined]
    for r in rows:
        if (
            r["status"] == "reported"
            and r["obs_geo"] not in (None, "FR")
            and reference.resolve_geo(r["obs_geo"]) is None
        ):
            warnings.append(f"{r['figure_id']}: unknown geo {r['obs_geo']!r}; left as candidate")
            r["status"] = "candidate"
    units: dict[str, str] = reference.indicator_units  # type: ignore[attr-defined]
    obs_rows = [
        {
            **r,
            "entity": r["obs_entity"],
            "geo": reference.resolve_geo(r["obs_geo"]),
            "period": r["obs_period"],
        }
        for r in rows
        if r["status"] == "reported"
    ]
    reported, feeds = reported_observations(obs_rows, observations, units)
    for r in rows:
        r["observation_id"] = feeds.get(r["figure_id"])
    if decisions or warnings:
        from etl.build import SourceReport

        reports.append(SourceReport("news curation", "built", len(decisions), warnings))
    items = [it for it, _ in pairs]
    return NewsBuild(
        tables=[(NEWS_ITEMS, _items_frame(items)), (NEWS_FIGURES, _figures_frame(rows))],
        observations=reported,
        citations=[_citation(it) for it in sorted(items, key=lambda i: i.news_id)],
        reports=reports,
        geo_codes={r["geo"] for r in rows if r["geo"]} | set(reported["geo"].to_list()),
        warnings=warnings,
    )


def _items_frame(items: list[NewsItem]) -> pl.DataFrame:
    records = [{**asdict(it), "source_id": it.source_id} for it in items]
    frame = pl.DataFrame(records or None, schema_overrides=NEWS_ITEMS.schema, strict=False)
    return NEWS_ITEMS.conform(frame) if records else NEWS_ITEMS.empty()


def _figures_frame(rows: list[dict[str, Any]]) -> pl.DataFrame:
    if not rows:
        return NEWS_FIGURES.empty()
    records = [{k: r.get(k) for k in NEWS_FIGURES.columns} for r in rows]
    return NEWS_FIGURES.conform(pl.DataFrame(records, schema=NEWS_FIGURES.schema))


def _citation(item: NewsItem) -> dict[str, Any]:
    return {
        "source_id": item.source_id,
        "title": item.title,
        "publisher": item.outlet,
        "url": item.url,
        "published_on": item.published_on.isoformat() if item.published_on else None,
        "retrieved_on": None,
        "licence": LICENCE.format(outlet=item.outlet),
        "kind": "news",
        "raw_path": item.raw_path,
    }


__all__ = ["OBSERVATIONS", "NewsBuild", "build_news"]
