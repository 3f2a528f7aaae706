"""Every statistics source folder under data/raw -> observations, citations and reports.

Incremental: a source whose manifest, files, reference data and ETL code are unchanged is
taken from the build cache. One bad source never stops the others: it is reported as one
line (never a traceback, whatever the input) and its last good rows are kept (from the
cache, else from the last published package). Two sources declaring one id both fail,
naming both folders. An observation id used twice across sources is reported and kept once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from etl.cache import BuildCache
from etl.errors import SourceError
from etl.reference import REFERENCE_DIR, Reference
from etl.report import SourceReport
from etl.schema import OBSERVATIONS
from etl.stats.fetched import NotFetched, input_digest
from etl.stats.manifest import MANIFEST_NAME, load_manifest
from etl.stats.source import SourceOutput, read_source

ETL_DIR = Path(__file__).resolve().parents[1]
ROWS = "observations.parquet"  # a source's rows in its cache entry


@dataclass
class Statistics:
    """What the statistics stage hands on: rows, citations by source id, one report each."""

    observations: pl.DataFrame
    citations: dict[str, dict[str, Any]]
    reports: list[SourceReport]


def discover(raw_dir: Path) -> list[Path]:
    """Manifests of the statistics sources, in a stable order."""
    return sorted(p for p in raw_dir.rglob(MANIFEST_NAME) if REFERENCE_DIR not in p.parts)


def digest(paths: list[Path]) -> str:
    """One hash of these files' paths and bytes (in a stable order)."""
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def code_digest() -> str:
    return digest([p for p in ETL_DIR.rglob("*.py")])


def source_key(manifest: Path, shared: str) -> str:
    files = [p for p in manifest.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    return hashlib.sha256((shared + digest(files)).encode()).hexdigest()


def _cached_rows(cache: BuildCache, name: str, key: str | None) -> SourceOutput | None:
    """A source's rows from its cache entry (see etl/cache.py), or None."""
    entry = cache.get(name, key)
    if entry is None:
        return None
    try:
        frame = pl.read_parquet(entry.folder / ROWS)
        return SourceOutput(frame, entry.meta["citations"], entry.meta["warnings"])
    except (OSError, KeyError, TypeError, pl.exceptions.PolarsError):
        return None


def _cache_rows(cache: BuildCache, name: str, key: str, out: SourceOutput) -> None:
    meta = {"citations": out.citations, "warnings": out.warnings}
    cache.put(name, key, meta, lambda folder: out.observations.write_parquet(folder / ROWS))


def _declared_ids(manifests: list[Path], raw_dir: Path) -> dict[str, str]:
    """Folder name -> error, for sources whose ids another folder also declares."""
    owners: dict[str, list[str]] = {}
    for manifest in manifests:
        name = manifest.parent.relative_to(raw_dir).as_posix()
        try:
            loaded = load_manifest(manifest)
        except SourceError:
            continue  # reported when the source is read
        for citation in (loaded.source, *loaded.extra_sources):
            owners.setdefault(citation.source_id, []).append(name)
    errors: dict[str, str] = {}
    for source_id, names in sorted(owners.items()):
        folders = sorted(set(names))
        if len(folders) > 1:
            for name in folders:
                errors.setdefault(
                    name,
                    f"{raw_dir / name / MANIFEST_NAME}: source id '{source_id}' is declared by "
                    f"several folders: {', '.join(folders)} (each source needs its own id)",
                )
    return errors


def _published_rows(previous: Path | None, raw_path: str) -> SourceOutput | None:
    """A source's rows in the last published package, found by its folder (raw_path)."""
    if previous is None:
        return None
    try:
        sources = pl.read_parquet(previous / "sources.parquet")
        observations = pl.read_parquet(previous / "observations.parquet")
    except (OSError, pl.exceptions.PolarsError):
        return None
    mine = sources.filter(pl.col("raw_path") == raw_path)
    if mine.height == 0:
        return None
    rows = observations.filter(pl.col("source_id").is_in(mine["source_id"].implode()))
    try:
        rows = rows.select(OBSERVATIONS.columns).cast(OBSERVATIONS.schema)  # type: ignore[arg-type]
    except pl.exceptions.PolarsError:
        return None
    citations = [
        {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in c.items()}
        for c in mine.to_dicts()
    ]
    return SourceOutput(rows, citations, [])


def _remote_digest(manifest: Path, raw_dir: Path) -> str:
    """A remote source's cache key includes its archived table (a new fetch rebuilds it)."""
    try:
        loaded = load_manifest(manifest)
    except SourceError:
        return ""
    if loaded.remote is None:
        return ""
    return input_digest(raw_dir.parent / "fetched", loaded.source.source_id)


def _read_one(manifest: Path, reference: Reference, raw_dir: Path) -> SourceOutput:
    """One source, any failure turned into a one-line SourceError (never a traceback)."""
    try:
        return read_source(manifest, reference, raw_dir)
    except (SourceError, NotFetched):
        raise
    except RecursionError:
        raise SourceError("input nested too deeply to read", file=str(manifest)) from None
    except Exception as exc:  # bad input must never abort the build: name it and go on
        raise SourceError(
            f"unexpected {type(exc).__name__} while reading this source: {str(exc)[:200]}",
            file=str(manifest),
        ) from None


def collect_statistics(
    raw_dir: Path,
    reference: Reference,
    shared: str,
    cache_dir: Path,
    full: bool = False,
    progress: Callable[[str], None] | None = None,
    previous: Path | None = None,
) -> Statistics:
    """Read every statistics source (from the cache where unchanged).

    `shared` is the part of every cache key common to all sources (code, reference data);
    `previous` is the last published package, where a failing source's rows are found when
    the cache has none."""
    cache = BuildCache(cache_dir)
    reports: list[SourceReport] = []
    outputs: list[SourceOutput] = []
    manifests = discover(raw_dir)
    clashes = _declared_ids(manifests, raw_dir)
    for manifest in manifests:
        name = manifest.parent.relative_to(raw_dir).as_posix()
        key = source_key(manifest, shared + _remote_digest(manifest, raw_dir))
        out = None if full or name in clashes else _cached_rows(cache, name, key)
        if out is not None:
            reports.append(SourceReport(name, "cached", out.observations.height, out.warnings))
        else:
            try:
                if name in clashes:
                    raise SourceError(clashes[name])
                out = _read_one(manifest, reference, raw_dir)
                _cache_rows(cache, name, key, out)
                reports.append(SourceReport(name, "built", out.observations.height, out.warnings))
            except NotFetched as exc:  # a remote source never fetched: a note, not a failure
                reports.append(SourceReport(name, "skipped", 0, warnings=[str(exc)]))
            except SourceError as exc:
                raw_path = manifest.parent.resolve().relative_to(raw_dir.resolve().parent)
                out = _cached_rows(cache, name, None) or _published_rows(
                    previous, raw_path.as_posix()
                )
                status = "kept" if out is not None else "failed"
                reports.append(
                    SourceReport(
                        name, status, out.observations.height if out else 0, error=str(exc)
                    )
                )
        if out is not None:
            outputs.append(out)
        if progress is not None:
            progress(name)
    observations = pl.concat([o.observations for o in outputs]) if outputs else OBSERVATIONS.empty()
    citations = {c["source_id"]: c for o in outputs for c in o.citations}
    observations = _drop_duplicate_ids(observations, reports)
    return Statistics(observations, citations, reports)


def _drop_duplicate_ids(observations: pl.DataFrame, reports: list[SourceReport]) -> pl.DataFrame:
    dupes = observations.filter(pl.col("observation_id").is_duplicated())
    if dupes.height:
        for row in dupes.unique("observation_id").iter_rows(named=True):
            reports.append(
                SourceReport(
                    "(package)",
                    "failed",
                    error=f"{row['locator']}: id {row['observation_id']} used twice across sources",
                )
            )
        observations = observations.unique("observation_id", keep="first", maintain_order=True)
    return observations
