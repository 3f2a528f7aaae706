"""The news stage of the build: data/raw/news -> news_items, news_figures, reported observations.

Called once by `etl.pipeline.collect` with the statistics observations. Steps: read the news
(`etl.news.corpus`: items with places, geo codes, topics and figures, cached per file, one
failed report per unreadable file), give every item a unique id, map figures to sector
indicators (`etl.news.extract.indicators`), apply the review decisions
(`data/news_decisions.txt` and the review store, `etl.news.decision_store`; only approved
figures, or exact repeats of a statistics-table figure, stay reported, the others are
candidates), then merge reported figures into observations and flag conflicts with official
ones (`etl.news.reported`).
Output is sorted and ids are content hashes: builds are repeatable.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from etl.news.corpus import read_corpus, zone_names
from etl.news.decision_store import all_decisions, store_path
from etl.news.decisions import apply_decisions, fingerprint, item_ref, review_key
from etl.news.extract.indicators import map_figure
from etl.news.fetched_items import read_fetched
from etl.news.ingest.news_item import NewsItem, news_id
from etl.news.ingest.places import DEFAULT_REGION
from etl.news.reported import repeats_table, reported_observations
from etl.reference import Reference
from etl.report import SourceReport
from etl.schema import NEWS_FIGURES, NEWS_ITEMS, Table

DECISIONS = Path(__file__).resolve().parents[2] / "data" / "news_decisions.txt"
LICENCE = "Résumé rédigé par Cadran ; article original © {outlet}"
GEO_ALIASES = {"BFC": "FR-BFC", "IDF": "FR-IDF", "PACA": "FR-PAC", "AURA": "FR-ARA"}


@dataclass
class NewsBuild:
    tables: list[tuple[Table, pl.DataFrame]]
    observations: pl.DataFrame
    citations: list[dict[str, Any]]
    reports: list[SourceReport]
    geo_codes: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)


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
    units: dict[str, str] = reference.indicator_units
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
                    "review_key": review_key(
                        item_ref(it.news_id, it.url), fig["sentence"], fig["span"]
                    ),
                    "review": None,
                    "previous_decision": None,
                }
            )
            rows[-1]["extraction"] = fingerprint(rows[-1])
    return rows


def build_news(
    news_dir: Path,
    reference: Reference,
    observations: pl.DataFrame,
    cache_dir: Path,
    full: bool = False,
    decisions_path: Path | None = None,
    fetched_dir: Path | None = None,
    previous: Path | None = None,
    store: Path | None = None,
) -> NewsBuild:
    """Everything the news adds to the package (see the module docstring); `fetched_dir` is
    the fetch archive, a declared news root whose items are cut to their figure sentences;
    `previous` the last published package, where a failing file without cache keeps its items."""
    warnings: list[str] = []
    pairs, reports = read_corpus(news_dir, news_dir.parent, reference, cache_dir, full, previous)
    if fetched_dir is not None:
        fetched, fetched_reports = read_fetched(fetched_dir, reference, cache_dir / "fetched", full)
        pairs, reports = pairs + fetched, reports + fetched_reports
    pairs = _unique_ids(pairs, warnings)
    rows = _figure_rows(pairs, reference)
    decisions, bad = all_decisions(decisions_path or DECISIONS, store or store_path())
    units: dict[str, str] = reference.indicator_units
    warnings += bad + apply_decisions(rows, decisions, set(units))
    needs_review(rows, observations, reference)
    for r in rows:
        if (
            r["status"] == "reported"
            and r["obs_geo"] not in (None, "FR")
            and reference.resolve_geo(r["obs_geo"]) is None
        ):
            warnings.append(f"{r['figure_id']}: unknown geo {r['obs_geo']!r}; left as candidate")
            r["status"] = "candidate"
        elif r["status"] == "reported" and (reason := out_of_range(r, reference)):
            warnings.append(f"{r['figure_id']}: {reason}; left as candidate")
            r["status"] = "candidate"
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


def needs_review(rows: list[dict[str, Any]], tables: pl.DataFrame, reference: Reference) -> None:
    """A figure mapped to an indicator reaches the charts only when approved or, by rule, when
    it exactly repeats a statistics-table figure; every other one stays a candidate."""
    for r in rows:
        if r["status"] != "reported" or r["review"] in ("approved", "corrected"):
            continue
        target = {
            **r,
            "entity": r["obs_entity"],
            "geo": reference.resolve_geo(r["obs_geo"]) if r["obs_geo"] else None,
            "period": r["obs_period"],
        }
        if r["review"] != "stale" and repeats_table(target, tables):
            r["review"] = "rule"
        else:
            r["status"] = "candidate"


def out_of_range(row: dict[str, Any], reference: Reference) -> str | None:
    """Why a news figure cannot be its indicator's value (outside the plausible range of
    indicators.csv, in the indicator's own unit), or None. Such figures stay candidates."""
    low, high = reference.ranges.get(row.get("indicator") or "", (None, None))
    units: dict[str, str] = reference.indicator_units
    if row.get("unit") not in (None, units.get(row.get("indicator") or "")):
        return None
    for value in (row.get("value"), row.get("value_max")):
        if value is None:
            continue
        if (low is not None and value < low) or (high is not None and value > high):
            return f"value {value:g} is outside the plausible range of {row['indicator']}"
    return None


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
        "published_on": item.published,
        "retrieved_on": None,
        "licence": LICENCE.format(outlet=item.outlet),
        "kind": "news",
        "raw_path": item.raw_path,
    }
