"""The build: every source under data/raw -> one tidy data package in data/tidy.

Load: reference tables and gazetteer, then each source folder (incremental: a source whose
manifest, files, reference data and ETL code are unchanged is taken from `.cache/build`).
Process: check cross-table keys. Save: the package, atomically. One bad source never stops
the others: it is reported as one line (never a traceback, whatever the input), its last
good rows are kept (from the cache, else from the last published package), and the exit
code says something failed. Two sources declaring one id both fail, naming both folders.
A lock file beside the package makes a second concurrent build wait, then stop with a
clear message if the first one takes too long.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from etl.errors import SourceError
from etl.geo.gazetteer import load_gazetteer
from etl.manifest import MANIFEST_NAME, load_manifest
from etl.news.stage import build_news
from etl.package import write_package
from etl.publishers import describe_sources
from etl.reference import REFERENCE_DIR, Reference, load_reference
from etl.remote.store import NotFetched, input_digest
from etl.report import SourceReport
from etl.schema import GEOGRAPHIES, INDICATORS, OBSERVATIONS, SEGMENTS, SOURCES, TOPICS, Table
from etl.sources import SourceOutput, read_source

ETL_DIR = Path(__file__).resolve().parent
LOCK_WAIT = 600.0  # seconds a build waits for another one before it stops


@dataclass
class BuildResult:
    reports: list[SourceReport]
    tables: list[tuple[Table, pl.DataFrame]]
    sources: list[dict[str, Any]]
    extra: dict[str, Any]

    @property
    def failed(self) -> list[SourceReport]:
        return [r for r in self.reports if r.status in ("failed", "kept")]


def discover(raw_dir: Path) -> list[Path]:
    """Manifests of the statistics sources, in a stable order."""
    return sorted(p for p in raw_dir.rglob(MANIFEST_NAME) if REFERENCE_DIR not in p.parts)


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def code_digest() -> str:
    return _digest([p for p in ETL_DIR.rglob("*.py")])


def source_key(manifest: Path, shared: str) -> str:
    files = [p for p in manifest.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    return hashlib.sha256((shared + _digest(files)).encode()).hexdigest()


class Cache:
    """Last good output of each source, keyed by the hash of everything it depends on."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _dir(self, name: str) -> Path:
        return self.root / name.replace("/", "__")

    def get(self, name: str, key: str | None) -> SourceOutput | None:
        folder = self._dir(name)
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            if key is not None and meta["key"] != key:
                return None
            frame = pl.read_parquet(folder / "observations.parquet")
        except (FileNotFoundError, json.JSONDecodeError, KeyError, pl.exceptions.PolarsError):
            return None
        return SourceOutput(frame, meta["citations"], meta["warnings"])

    def put(self, name: str, key: str, out: SourceOutput) -> None:
        folder = self._dir(name)
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        out.observations.write_parquet(tmp / "observations.parquet")
        meta = {"key": key, "citations": out.citations, "warnings": out.warnings}
        (tmp / "meta.json").write_text(
            json.dumps(meta, default=str, ensure_ascii=False), encoding="utf-8"
        )
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)


def _citations_frame(rows: list[dict[str, Any]]) -> pl.DataFrame:
    frame = pl.DataFrame(rows or None, schema={f.name: pl.String() for f in SOURCES.fields})
    return frame.with_columns(pl.col("retrieved_on").str.to_date("%Y-%m-%d"))


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


def collect(
    raw_dir: Path,
    cache_dir: Path,
    full: bool = False,
    progress: Any = None,
    previous: Path | None = None,
) -> BuildResult:
    """Read every source (from cache where unchanged) and assemble the package tables.

    `previous` is the last published package: a failing source keeps its rows from there
    when the cache has none."""
    gazetteer = load_gazetteer()
    reference: Reference = load_reference(raw_dir, gazetteer)
    shared = (
        code_digest() + _digest(list((raw_dir / REFERENCE_DIR).glob("*.csv"))) + gazetteer.version
    )
    cache = Cache(cache_dir)
    reports: list[SourceReport] = []
    outputs: list[SourceOutput] = []
    manifests = discover(raw_dir)
    clashes = _declared_ids(manifests, raw_dir)
    for manifest in manifests:
        name = manifest.parent.relative_to(raw_dir).as_posix()
        key = source_key(manifest, shared + _remote_digest(manifest, raw_dir))
        out = None if full or name in clashes else cache.get(name, key)
        if out is not None:
            reports.append(SourceReport(name, "cached", out.observations.height, out.warnings))
        else:
            try:
                if name in clashes:
                    raise SourceError(clashes[name])
                out = _read_one(manifest, reference, raw_dir)
                cache.put(name, key, out)
                reports.append(SourceReport(name, "built", out.observations.height, out.warnings))
            except NotFetched as exc:  # a remote source never fetched: a note, not a failure
                reports.append(SourceReport(name, "skipped", 0, warnings=[str(exc)]))
            except SourceError as exc:
                raw_path = manifest.parent.resolve().relative_to(raw_dir.resolve().parent)
                out = cache.get(name, None) or _published_rows(previous, raw_path.as_posix())
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
    news = build_news(
        raw_dir / "news",
        reference,
        observations,
        cache_dir / "news",
        full=full,
        fetched_dir=raw_dir.parent / "fetched",  # the fetch archive beside data/raw
        previous=previous,
    )
    observations = pl.concat([observations, news.observations])
    citations.update({c["source_id"]: c for c in news.citations})
    reports.extend(news.reports)
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


@contextmanager
def build_lock(
    out_dir: Path, wait: float = LOCK_WAIT, notify: Callable[[str], None] | None = None
) -> Iterator[None]:
    """One build at a time per package folder: a second one waits up to `wait` seconds, then
    stops with a SourceError saying so (the lock dies with its process: a killed build never
    leaves it held)."""
    lock_path = out_dir.parent / f".{out_dir.name}.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a") as handle:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise SourceError(
                        f"another build is still writing this package (lock held for over "
                        f"{wait:g} s); try again when it has finished",
                        file=str(lock_path),
                    ) from None
                if not told and notify is not None:
                    notify(f"another build is writing {out_dir}; waiting for it to finish")
                    told = True
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build(
    raw_dir: Path,
    out_dir: Path,
    cache_dir: Path,
    full: bool = False,
    progress: Any = None,
    wait: float = LOCK_WAIT,
    notify: Callable[[str], None] | None = None,
) -> BuildResult:
    with build_lock(out_dir, wait, notify):
        result = collect(raw_dir, cache_dir, full=full, progress=progress, previous=out_dir)
        write_package(out_dir, result.tables, result.sources, result.extra)
    return result
