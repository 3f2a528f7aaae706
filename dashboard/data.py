"""The only module that reads the data package: cached, read-only, reloaded when it changes.

Input: a folder written by `python -m etl build` (`data/tidy/`): `datapackage.json` plus one
Parquet file per table (sources, indicators, segments, geographies, observations, and, once the
news pipeline has run, news_items and news_figures). Output: a frozen `Package` of polars frames.

The cache is keyed by the folder and the modification time of `datapackage.json`, so a rebuild
is picked up on the next request. Frames are never mutated after loading; nothing per user is
stored here. Missing news (and topics) tables give empty frames with the expected columns.

The contract is the package's own descriptor: a package of another major version than
`PACKAGE_MAJOR` is refused; every column the dashboard reads must be declared in the Parquet
resource's schema with a type it can read (`EXPECTED` lists what it reads and how it holds it
in memory); a column declared `required` (or in the primary key) but missing from its file is
an error, never a column of nulls. Optional columns missing from a file, and columns a package
of an older minor version does not declare (added since), are read as nulls.

Only the columns the app uses are read; low-cardinality observation columns (indicator,
segment, geo, unit, status) and mostly-null ones (entity, original_text, note, ref) are
polars Categoricals (compare them with plain strings; cast to
String before joining them with a String column). Dates stored as text are typed, with the
original text kept in `<column>_text` (partial dates such as 2011-05).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import polars as pl

from dashboard.i18n import lang_of

DEFAULT_DATA_DIR = Path("data/tidy")
ENV_VAR = "CADRAN_DATA"
DESCRIPTOR = "datapackage.json"

_S, _F, _B, _D = pl.String(), pl.Float64(), pl.Boolean(), pl.Date()
_L = pl.List(pl.String())

# The package version this dashboard reads: etl/publish.py's PACKAGE_VERSION, major.minor.
PACKAGE_MAJOR = 2
PACKAGE_MINOR = 0

# Columns the dashboard reads, as it holds them in memory; the descriptor says whether each is
# required and its Table Schema type, which must agree (checked on every load).
EXPECTED: dict[str, dict[str, pl.DataType]] = {
    "sources": {
        "source_id": _S,
        "title": _S,
        "publisher": _S,
        "url": _S,
        "published_on": _D,
        "retrieved_on": _D,
        "licence": _S,
        "kind": _S,
        "raw_path": _S,
        # Package 2.0 (issue 8): display name, producer and its kind, all required.
        "publisher_name": _S,
        "producer": _S,
        "producer_kind": _S,
        "publisher_verified": _B,
    },
    "indicators": {
        "code": _S,
        "label_fr": _S,
        "label_en": _S,
        "unit": _S,
        "description": _S,
        "topics": _L,  # package 2.0: fine news topics bearing on the indicator
    },
    "topics": {"code": _S, "label_fr": _S, "label_en": _S, "description": _S, "kind": _S},
    "segments": {"code": _S, "label_fr": _S, "label_en": _S, "description": _S},
    "geographies": {
        "code": _S,
        "label_fr": _S,
        "label_en": _S,
        "level": _S,
        "parent": _S,
        "insee_code": _S,
    },
    "observations": {
        "observation_id": _S,
        "indicator": _S,
        "value": _F,
        "unit": _S,
        "period": _S,
        "period_start": _D,
        "geo": _S,
        "segment": _S,
        "entity": _S,
        "approximate": _B,
        "status": _S,
        "source_id": _S,
        "locator": _S,
        "original_text": _S,
        "note": _S,
    },
    "news_items": {
        "news_id": _S,
        "outlet": _S,
        "url": _S,
        "published_on": _D,
        "published_precision": _S,
        "updated_on": _D,
        "title": _S,
        "lead": _S,
        "text": _S,
        "places": _L,
        "geo": _L,
        "topics": _L,
        "source_id": _S,
    },
    "news_figures": {
        "figure_id": _S,
        "news_id": _S,
        "span": _S,
        "start": pl.Int64(),
        "end": pl.Int64(),
        "value": _F,
        "value_max": _F,
        "unit": _S,
        "metric": _S,
        "period": _S,
        "entity": _S,
        "geo": _S,
        "approximate": _B,
        "qualifier": _S,
        "currency": _S,
        "sentence": _S,
        "indicator": _S,
        "observation_id": _S,
        "status": _S,
        # Review (/revue): the observation a figure would feed, its key and review state.
        "segment": _S,
        "obs_geo": _S,
        "obs_period": _S,
        "obs_entity": _S,
        "review_key": _S,
        "extraction": _S,
        "review": _S,
        "previous_decision": _S,
    },
}


# Tables an older or news-less package may lack: read as empty frames with the expected columns.
OPTIONAL_TABLES = ("news_items", "news_figures", "topics")


class PackageError(RuntimeError):
    """The data package is missing, unreadable or breaks the contract; the message names the
    file."""


# Table Schema type -> the polars types the dashboard may hold such a column as.
_READABLE: dict[str, tuple[pl.DataType, ...]] = {
    "string": (_S, _D),  # partial dates as text ('2011-05') are typed, the text kept beside
    "number": (_F,),
    "integer": (pl.Int64(), _F),
    "boolean": (_B,),
    "date": (_D,),
    "datetime": (pl.Datetime("us", "UTC"),),
    "any": (_L,),  # Parquet lists of strings are declared `any` (frictionless reads no list)
    "list": (_L,),
}


@dataclass(frozen=True)
class Column:
    """One column the dashboard reads: its in-memory type and whether the package requires it."""

    dtype: pl.DataType
    required: bool


def package_version(descriptor: dict[str, Any], desc_path: Path) -> tuple[int, int]:
    """(major, minor) of the package; PackageError when it is missing or of another major."""
    version = descriptor.get("version")
    parts = str(version).split(".") if isinstance(version, str) else []
    if len(parts) < 2 or not all(p.isdigit() for p in parts[:2]):
        raise PackageError(
            f"{desc_path}: the data package has no version (found {version!r}); this dashboard "
            f"reads version {PACKAGE_MAJOR}.x packages: rebuild it with `python -m etl build`"
        )
    major, minor = int(parts[0]), int(parts[1])
    if major != PACKAGE_MAJOR:
        raise PackageError(
            f"{desc_path}: data package version {version}, but this dashboard reads version "
            f"{PACKAGE_MAJOR}.x packages: rebuild the package with `python -m etl build` of the "
            "same release as the dashboard"
        )
    return major, minor


def parquet_resource(descriptor: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The Parquet resource of table `name` in the descriptor, if listed."""
    for res in descriptor.get("resources", []):
        paths = res.get("path")
        paths = paths if isinstance(paths, list) else [paths]
        for p in paths:
            if isinstance(p, str) and p.endswith(".parquet") and Path(p).stem == name:
                return res
    return None


def contract(
    descriptor: dict[str, Any],
    desc_path: Path,
    reads: tuple[int, int] = (PACKAGE_MAJOR, PACKAGE_MINOR),
) -> dict[str, dict[str, Column]]:
    """The columns to read per table, typed and marked required from the descriptor.

    `reads` is the version this dashboard reads: a package of an older minor version may
    lack columns added since (read as nulls); in any other package a column the dashboard
    reads but the descriptor does not declare is an error (a rename in the ETL fails here,
    instead of blanking charts)."""
    _, minor = package_version(descriptor, desc_path)
    out: dict[str, dict[str, Column]] = {}
    for table, cols in EXPECTED.items():
        resource = parquet_resource(descriptor, table)
        if resource is None:
            out[table] = {c: Column(t, False) for c, t in cols.items()}  # see _read_table
            continue
        schema = resource.get("schema") or {}
        fields = {f.get("name"): f for f in schema.get("fields", []) if isinstance(f, dict)}
        if not fields:
            raise PackageError(f"{desc_path}: resource '{table}' declares no schema fields")
        key = schema.get("primaryKey") or []
        key = [key] if isinstance(key, str) else key
        out[table] = {}
        for col, dtype in cols.items():
            declared = fields.get(col)
            if declared is None:
                if minor < reads[1]:
                    out[table][col] = Column(dtype, False)
                    continue
                raise PackageError(
                    f"{desc_path}: the dashboard reads {table}.{col}, which the package does "
                    "not declare (renamed or removed in the ETL?); rebuild the package or "
                    "update dashboard/data.py"
                )
            kind = str(declared.get("type", "any"))
            if dtype not in _READABLE.get(kind, ()):
                raise PackageError(
                    f"{desc_path}: {table}.{col} is declared {kind}, which the dashboard cannot "
                    f"read as {dtype}"
                )
            required = bool((declared.get("constraints") or {}).get("required")) or col in key
            out[table][col] = Column(dtype, required)
    return out


# Columns held as categoricals: low-cardinality codes (a third of the memory, faster filters)
# and mostly-null texts (4 bytes a row instead of a 16-byte string view).
CATEGORICAL: dict[str, tuple[str, ...]] = {
    "observations": (
        "indicator",
        "segment",
        "geo",
        "unit",
        "status",
        "entity",
        "original_text",
        "note",
        "ref",
    ),
    "news_items": ("outlet",),
}
# Columns kept beyond EXPECTED when the package has them (others are not read at all).
EXTRA_COLUMNS: tuple[str, ...] = ("ref",)


@dataclass(frozen=True, eq=False)
class Package:
    """An immutable snapshot of the data package, with a few derived lookups.

    Hashed by identity, so per-package results can be memoised (`derived`); the memo only
    ever holds values computed from this snapshot, never anything about a user.
    """

    folder: Path
    descriptor: dict[str, Any]
    tables: dict[str, pl.DataFrame] = field(repr=False)
    updated_on: date | None = None
    label_maps: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict, repr=False)
    region_of: dict[str, str] = field(default_factory=dict, repr=False)
    memo: dict[Any, Any] = field(default_factory=dict, repr=False)

    def derived(self, key: Any, compute: Callable[[], Any]) -> Any:
        """Value of `compute()` computed once per package (idempotent, so races are harmless)."""
        try:
            return self.memo[key]
        except KeyError:
            value = self.memo[key] = compute()
            return value

    def codes_used(self, column: str) -> frozenset[str]:
        """Distinct codes of an observations column (indicator, segment, geo, status...)."""
        return self.derived(
            ("codes", column),
            lambda: frozenset(
                self.tables["observations"][column].drop_nulls().unique().cast(pl.String).to_list()
            ),
        )

    def __getitem__(self, name: str) -> pl.DataFrame:
        return self.tables[name]

    @property
    def has_news(self) -> bool:
        return self.tables["news_items"].height > 0

    def labels(self, table: str, lang: str = "fr") -> dict[str, str]:
        """Code -> label in `lang` for indicators, segments or geographies."""
        return self.label_maps.get((table, lang_of(lang)), {})


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder to read: explicit argument, else $CADRAN_DATA, else data/tidy."""
    if explicit is not None:
        return Path(explicit)
    return Path(os.environ.get(ENV_VAR) or DEFAULT_DATA_DIR)


def load(folder: str | os.PathLike[str] | None = None) -> Package:
    """Return the package in `folder`, from cache unless datapackage.json changed on disk."""
    path = data_dir(folder).resolve()
    descriptor = path / DESCRIPTOR
    try:
        stamp = descriptor.stat().st_mtime_ns
    except FileNotFoundError:
        raise PackageError(
            f"{descriptor}: not found; build the package with `python -m etl build`"
        ) from None
    with _LOCK:
        return _load_cached(path, stamp)


def current() -> Package:
    """The package configured for the running app (Flask config CADRAN_DATA, else env)."""
    try:
        from flask import current_app

        folder = current_app.config.get(ENV_VAR)
    except RuntimeError:  # outside a request or app context
        folder = None
    return load(folder)


_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _load_cached(path: Path, stamp: int) -> Package:
    del stamp  # part of the cache key only
    desc_path = path / DESCRIPTOR
    try:
        descriptor = json.loads(desc_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PackageError(f"{desc_path}: cannot be read ({exc})") from exc
    columns = contract(descriptor, desc_path)
    tables = {name: _read_table(path, descriptor, name, cols) for name, cols in columns.items()}
    labels = {
        (table, lang): dict(
            zip(
                tables[table]["code"].to_list(),
                tables[table][f"label_{lang}"].to_list(),
                strict=True,
            )
        )
        for table in ("indicators", "segments", "geographies")
        for lang in ("fr", "en")
    }
    return Package(
        path, descriptor, tables, _updated_on(descriptor, desc_path), labels, _regions(tables)
    )


# Regions before 2016 -> the region they merged into, when the package gives no parent region.
FORMER_REGIONS = {"FR-FC": "FR-BFC"}


def _regions(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    """Geography code -> code of its region (walking up to three parents)."""
    geo = tables["geographies"].select("code", "level", "parent")
    level = dict(zip(geo["code"].to_list(), geo["level"].to_list(), strict=True))
    parent = dict(zip(geo["code"].to_list(), geo["parent"].to_list(), strict=True))
    out: dict[str, str] = {}
    for code in level:
        cur: str | None = code
        for _ in range(4):
            if cur is None or level.get(cur) == "region":
                break
            cur = FORMER_REGIONS.get(cur) or parent.get(cur)
        if cur is not None and level.get(cur) == "region":
            out[code] = cur
    return out


def _resource_file(folder: Path, descriptor: dict[str, Any], name: str) -> Path | None:
    resource = parquet_resource(descriptor, name)
    if resource is not None:
        paths = resource["path"] if isinstance(resource["path"], list) else [resource["path"]]
        return folder / next(p for p in paths if p.endswith(".parquet"))
    return None


def _read_table(
    folder: Path, descriptor: dict[str, Any], name: str, columns: dict[str, Column]
) -> pl.DataFrame:
    cols = {c: column.dtype for c, column in columns.items()}
    file = _resource_file(folder, descriptor, name)
    if file is None or not file.is_file():
        if name in OPTIONAL_TABLES and file is None:
            return pl.DataFrame(schema=cols)
        raise PackageError(f"{folder / (name + '.parquet')}: table '{name}' missing from package")
    try:
        available = pl.read_parquet_schema(file)
    except Exception as exc:  # polars raises several error types for bad files
        raise PackageError(f"{file}: cannot be read as Parquet ({exc})") from exc
    cats = CATEGORICAL.get(name, ())
    lacking = [c for c, column in columns.items() if column.required and c not in available]
    if lacking:
        raise PackageError(
            f"{file}: required column{'s' if len(lacking) > 1 else ''} {', '.join(lacking)} "
            "missing (the file breaks datapackage.json); rebuild the package"
        )
    empty = _all_null_columns(file)
    exprs = []
    for col, dtype in cols.items():
        if col in empty:
            # Not read: a column of nulls still costs 16 bytes a row once loaded.
            exprs.append(pl.lit(None, dtype=dtype).alias(col))
        elif col in available and available[col] == pl.String() and dtype == pl.Date():
            # Dates written as text (some may be partial, 2011-05): typed where complete,
            # the text kept beside for display.
            exprs.append(pl.col(col).str.to_date("%Y-%m-%d", strict=False))
            exprs.append(pl.col(col).alias(f"{col}_text"))
        elif col in available:
            exprs.append(pl.col(col).cast(pl.Categorical if col in cats else dtype, strict=False))
        else:
            exprs.append(pl.lit(None, dtype=dtype).alias(col))
    for col in EXTRA_COLUMNS:
        if col in available and col not in empty:
            exprs.append(pl.col(col).cast(pl.Categorical) if col in cats else pl.col(col))
    try:
        # One lazy pass: only the columns used are read, cast while reading.
        return pl.scan_parquet(file).select(exprs).collect()
    except Exception as exc:
        raise PackageError(f"{file}: cannot be read as Parquet ({exc})") from exc


def _all_null_columns(file: Path) -> set[str]:
    """Columns whose Parquet statistics say every value is null (none when stats are missing)."""
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(file).metadata
    except Exception:  # unreadable metadata: read every column and let polars report errors
        return set()
    if meta.num_rows == 0:
        return set()
    nulls: dict[str, int] = {}
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        for c in range(group.num_columns):
            col = group.column(c)
            stats = col.statistics
            if stats is None or not stats.has_null_count or "." in col.path_in_schema:
                nulls[col.path_in_schema] = -(10**18)  # unknown: keep the column
            else:
                nulls[col.path_in_schema] = nulls.get(col.path_in_schema, 0) + stats.null_count
    return {name for name, n in nulls.items() if n == meta.num_rows}


def _updated_on(descriptor: dict[str, Any], desc_path: Path) -> date | None:
    created = descriptor.get("created") or descriptor.get("updated")
    if isinstance(created, str) and len(created) >= 10:
        try:
            return date.fromisoformat(created[:10])
        except ValueError:
            pass
    return date.fromtimestamp(desc_path.stat().st_mtime)
