"""Data bundle of a view: the package's tables cut to the view, as Parquet and CSV, zipped.

Input: the package and an `ExportScope`. Output: a .zip holding `observations` (the scope's
rows, with the package's own columns and types), the `sources` they cite and the indicators,
segments and places they use (so every foreign key resolves), each as .parquet and .csv, plus a
`datapackage.json` whose resources keep the package's Table Schemas, with fresh row counts,
hashes, the view that selected them and the original licence. CSV lists are `;`-joined as in
the package.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

from dashboard.data import Package
from dashboard.exports.atomic import write_bytes_atomic
from dashboard.exports.scope import ExportScope, require_rows, scope_rows

TABLE_ORDER = ("sources", "indicators", "segments", "geographies", "observations")


def _original(pkg: Package, name: str) -> pl.DataFrame:
    """A table as stored in the package (its own columns and types)."""
    path = pkg.folder / f"{name}.parquet"
    return pl.read_parquet(path) if path.is_file() else pkg[name]


def bundle_tables(pkg: Package, scope: ExportScope) -> dict[str, pl.DataFrame]:
    rows = scope_rows(pkg, scope)
    require_rows(rows, scope)
    obs = _original(pkg, "observations").filter(
        pl.col("observation_id").is_in(rows["observation_id"].implode())
    )
    used = {
        "sources": ("source_id", obs["source_id"]),
        "indicators": ("code", obs["indicator"]),
        "segments": ("code", obs["segment"]),
        "geographies": ("code", obs["geo"]),
    }
    out = {
        name: _original(pkg, name).filter(pl.col(key).is_in(codes.unique().implode()))
        for name, (key, codes) in used.items()
    }
    out["observations"] = obs
    return out


def _csv_bytes(frame: pl.DataFrame) -> bytes:
    lists = [c for c, t in frame.schema.items() if isinstance(t, pl.List)]
    flat = frame.with_columns(pl.col(c).list.join(";") for c in lists)
    buf = io.BytesIO()
    flat.write_csv(buf, date_format="%Y-%m-%d", line_terminator="\n")
    return buf.getvalue()


def _parquet_bytes(frame: pl.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame.write_parquet(buf)
    return buf.getvalue()


def _descriptor(
    pkg: Package, scope: ExportScope, files: dict[str, bytes], tables: dict[str, pl.DataFrame]
) -> dict[str, Any]:
    base = pkg.descriptor
    schemas = {r.get("name"): r.get("schema") for r in base.get("resources", [])}
    resources = []
    for fmt in ("parquet", "csv"):
        for name in TABLE_ORDER:
            path = f"{name}.{fmt}"
            res: dict[str, Any] = {
                "name": name if fmt == "parquet" else f"{name}-csv",
                "path": path,
                "format": fmt,
                "mediatype": "application/vnd.apache.parquet" if fmt == "parquet" else "text/csv",
                "profile": "tabular-data-resource",
                "hash": "sha256:" + hashlib.sha256(files[path]).hexdigest(),
                "bytes": len(files[path]),
                "rows": tables[name].height,
            }
            if fmt == "csv":
                res |= {"encoding": "utf-8", "dialect": {"delimiter": ",", "header": True}}
            if schemas.get(name):
                res["schema"] = copy.deepcopy(schemas[name])
            resources.append(res)
    return {
        "profile": "data-package",
        "name": f"{base.get('name', 'cadran')}-extract",
        "title": f"{base.get('title', 'Cadran')} (extrait)",
        "description": f"Extract of the Cadran data package for the view {scope.describe()}.",
        "version": base.get("version"),
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "licenses": base.get("licenses", []),
        "sources": base.get("sources", []),
        "cadran_view": {"query": scope.query(), "filters": scope.describe(),
                        "package_created": base.get("created")},
        "resources": resources,
    }  # fmt: skip


def bundle_bytes(pkg: Package, scope: ExportScope) -> bytes:
    """The zip as bytes (raises EmptyViewError when the view has no row)."""
    tables = bundle_tables(pkg, scope)
    files: dict[str, bytes] = {}
    for name in TABLE_ORDER:
        files[f"{name}.parquet"] = _parquet_bytes(tables[name])
        files[f"{name}.csv"] = _csv_bytes(tables[name])
    descriptor = _descriptor(pkg, scope, files, tables)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", json.dumps(descriptor, ensure_ascii=False, indent=2))
        for path, data in files.items():
            zf.writestr(path, data)
    return buf.getvalue()


def write_bundle(pkg: Package, scope: ExportScope, out: Path) -> Path:
    return write_bytes_atomic(out, bundle_bytes(pkg, scope))
