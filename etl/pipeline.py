"""The build, in stage order: every source under data/raw -> one tidy data package.

1. Statistics (`etl.stats.collect`): each `source.toml` folder read into observations.
2. News (`etl.news.stage`): news items, their figures, and reported observations checked
   against the statistics.
3. Publish (`etl.publish`): the tables written as a package, checked against their own
   descriptor (`etl.validate`) and swapped in atomically, one build at a time.

Reference tables and the gazetteer are loaded once and shared by both reading stages; each
stage reports every source through `etl.report.SourceReport`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from etl.geo.gazetteer import load_gazetteer
from etl.news.stage import build_news
from etl.publish import LOCK_WAIT, build_lock, write_package
from etl.publishers import describe_sources
from etl.reference import REFERENCE_DIR, Reference, load_reference
from etl.report import SourceReport
from etl.schema import GEOGRAPHIES, INDICATORS, OBSERVATIONS, SEGMENTS, SOURCES, TOPICS, Table
from etl.stats.collect import code_digest, collect_statistics, digest, discover

__all__ = ["BuildResult", "build", "collect", "discover"]


@dataclass
class BuildResult:
    reports: list[SourceReport]
    tables: list[tuple[Table, pl.DataFrame]]
    sources: list[dict[str, Any]]
    extra: dict[str, Any]

    @property
    def failed(self) -> list[SourceReport]:
        return [r for r in self.reports if r.status in ("failed", "kept")]


def _citations_frame(rows: list[dict[str, Any]]) -> pl.DataFrame:
    frame = pl.DataFrame(rows or None, schema={f.name: pl.String() for f in SOURCES.fields})
    return frame.with_columns(pl.col("retrieved_on").str.to_date("%Y-%m-%d"))


def collect(
    raw_dir: Path,
    cache_dir: Path,
    full: bool = False,
    progress: Callable[[str], None] | None = None,
    previous: Path | None = None,
) -> BuildResult:
    """Read every source (from cache where unchanged) and assemble the package tables.

    `previous` is the last published package: a failing source keeps its rows from there
    when the cache has none."""
    gazetteer = load_gazetteer()
    reference: Reference = load_reference(raw_dir, gazetteer)
    shared = (
        code_digest() + digest(list((raw_dir / REFERENCE_DIR).glob("*.csv"))) + gazetteer.version
    )
    stats = collect_statistics(
        raw_dir, reference, shared, cache_dir, full=full, progress=progress, previous=previous
    )
    news = build_news(
        raw_dir / "news",
        reference,
        stats.observations,
        cache_dir / "news",
        full=full,
        fetched_dir=raw_dir.parent / "fetched",  # the fetch archive beside data/raw
        previous=previous,
    )
    observations = pl.concat([stats.observations, news.observations])
    citations = {**stats.citations, **{c["source_id"]: c for c in news.citations}}
    reports = [*stats.reports, *news.reports]
    sources = _citations_frame(
        [{k: (str(v) if v is not None else None) for k, v in c.items()} for c in citations.values()]
    )
    sources = describe_sources(sources, reference.publishers)
    geos = reference.geographies(set(observations["geo"].unique().to_list()) | news.geo_codes)
    tables = [
        (SOURCES, sources),
        (INDICATORS, reference.indicators),
        (SEGMENTS, reference.segments),
        (GEOGRAPHIES, geos),
        (OBSERVATIONS, observations),
        *news.tables,
        (TOPICS, reference.topics.frame()),
    ]
    package_sources = [
        {"title": f"{c['publisher']}: {c['title']}", "path": c["url"]}
        for _, c in sorted(citations.items())
    ]
    extra = {
        "gazetteer": {
            "package": gazetteer.package,
            "version": gazetteer.version,
            "licence": gazetteer.licence,
        },
        "failed_sources": [r.name for r in reports if r.status in ("failed", "kept")],
    }
    return BuildResult(reports, tables, package_sources, extra)


def build(
    raw_dir: Path,
    out_dir: Path,
    cache_dir: Path,
    full: bool = False,
    progress: Callable[[str], None] | None = None,
    wait: float = LOCK_WAIT,
    notify: Callable[[str], None] | None = None,
) -> BuildResult:
    """Collect, then publish, holding the package's lock throughout."""
    with build_lock(out_dir, wait, notify):
        result = collect(raw_dir, cache_dir, full=full, progress=progress, previous=out_dir)
        write_package(out_dir, result.tables, result.sources, result.extra)
    return result
