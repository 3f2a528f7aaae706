"""One statistics source folder -> checked observations and citations.

Loads the manifest, reads each table, then gives every record its geography code, canonical
unit, period start and stable id, checking indicator and segment codes against the reference
tables. Any problem raises a SourceError naming file, sheet, row and column.

Status: a table's figures are `official` or `secondary` as the kind of their source's
producer says (`data/raw/reference/publishers.csv`, or `stated_producers.csv` for a
publication that names whose figures it gives); the manifest's `status` only holds
figures back (`candidate`, `rejected`), it never makes a relayed figure official. A cited
publisher missing from publishers.csv is an error naming it and the file to edit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
from openpyxl.utils import get_column_letter

from etl.errors import SourceError
from etl.publishers import Publishers, unknown_publisher
from etl.reference import Reference
from etl.schema import OBSERVATIONS
from etl.stats.fetched import build_input
from etl.stats.grid import read_grid
from etl.stats.layouts import Record, read_table
from etl.stats.manifest import Citation, Manifest, load_manifest


@dataclass
class SourceOutput:
    observations: pl.DataFrame
    citations: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)


def period_start(period: str | None) -> dt.date | None:
    """First day of an ISO period: '2024' -> 2024-01-01, '2023-09' -> 2023-09-01."""
    if not period:
        return None
    first = period.split("/")[0]
    parts = [int(p) for p in first.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def observation_id(record: Record) -> str:
    """Stable across builds: depends on what the figure is and who said it, not on row order."""
    key = "|".join(
        str(record.get(k) or "")
        for k in ("source_id", "indicator", "period", "geo", "segment", "entity")
    )
    return "obs-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _error(record: Record, message: str, text: object) -> SourceError:
    col = record.get("_col")
    return SourceError(
        message,
        file=record.get("_file"),
        sheet=record.get("_sheet"),
        row=record.get("_row"),
        column=get_column_letter(col) if col else None,
        text=None if text is None else str(text),
    )


def _citation_row(c: Citation, raw_path: str) -> dict[str, Any]:
    return {**asdict(c), "raw_path": raw_path}


def finalise(
    records: list[Record], reference: Reference, prefer_region: str | None = "FR-BFC"
) -> tuple[list[Record], list[str]]:
    """Resolve and check each record; return them with warnings (unit differs from canonical)."""
    warnings: list[str] = []
    seen: dict[str, Record] = {}
    units = reference.indicator_units
    for rec in records:
        if rec["indicator"] not in units:
            raise _error(
                rec,
                "unknown indicator (add it to data/raw/reference/indicators.csv)",
                rec["indicator"],
            )
        if rec["segment"] not in reference.segment_codes:
            raise _error(
                rec, "unknown segment (add it to data/raw/reference/segments.csv)", rec["segment"]
            )
        geo = reference.resolve_geo(rec["geo"], prefer_region)
        if geo is None:
            raise _error(
                rec,
                "unknown or ambiguous place (use a code, or add a zone to data/raw/reference/zones.csv)",
                rec["geo"],
            )
        rec["geo"] = geo
        rec["unit"] = rec["unit"] or units[rec["indicator"]]
        if rec["unit"] != units[rec["indicator"]]:
            warnings.append(
                f"{rec['locator']}: unit {rec['unit']} differs from {rec['indicator']}'s {units[rec['indicator']]}"
            )
        rec["period_start"] = period_start(rec["period"])
        rec["observation_id"] = observation_id(rec)
        if rec["observation_id"] in seen:
            other = seen[rec["observation_id"]]
            raise _error(
                rec,
                f"same indicator, period, geo, segment and entity as {other['locator']}",
                rec["original_text"],
            )
        seen[rec["observation_id"]] = rec
    return records, warnings


TABLE_STATUSES = ("official", "secondary")  # derived from the publisher; others are kept


def apply_publisher_kinds(
    records: list[Record], manifest: Manifest, publishers: Publishers
) -> None:
    """Give each table figure the status of its source's producer kind.

    Raises the unknown-publisher error at the citation that names the publisher: the data row
    of a records table, or the manifest for its own sources.
    """
    own = {c.source_id: c for c in (manifest.source, *manifest.extra_sources)}
    for rec in records:
        citation = rec.get("_citation") or own[rec["source_id"]]
        described = publishers.describe(citation.publisher, citation.url)
        if described is None:
            from_row = rec.get("_citation") is not None
            raise unknown_publisher(
                citation.publisher,
                str(rec.get("_file")) if from_row else str(manifest.path),
                rec.get("_row") if from_row else None,
            )
        if rec["status"] in TABLE_STATUSES:
            rec["status"] = described.producer_kind


def _unverified(manifest: Manifest) -> list[str]:
    if manifest.remote is None or manifest.remote.verified:
        return []
    return ["remote manifest not verified against the producer yet (verified = false)"]


def read_source(manifest_path: Path, reference: Reference, raw_root: Path) -> SourceOutput:
    """Everything one manifest yields; raises SourceError on the first bad input."""
    manifest: Manifest = load_manifest(manifest_path)
    records: list[Record] = []
    remote_notes: list[str] = []
    for spec in manifest.tables:
        if manifest.remote is not None:  # the table fetched by `etl fetch --stats`
            path, info = build_input(raw_root.parent / "fetched", manifest.source.source_id)
            grid = read_grid(path, None, "utf-8", ",")
            remote_notes = [*info.get("notes", []), *_unverified(manifest)]
        else:
            grid = read_grid(manifest.folder / spec.file, spec.sheet, spec.encoding, spec.delimiter)
        records.extend(read_table(manifest, spec, grid, reference))
    records, warnings = finalise(records, reference)
    warnings = [*remote_notes, *warnings]
    apply_publisher_kinds(records, manifest, reference.publishers)
    raw_path = manifest.folder.resolve().relative_to(raw_root.resolve().parent).as_posix()
    citations = {
        c.source_id: _citation_row(c, raw_path) for c in (manifest.source, *manifest.extra_sources)
    }
    for rec in records:
        if rec.get("_citation") is not None:
            citations.setdefault(
                rec["_citation"].source_id, _citation_row(rec["_citation"], raw_path)
            )
    used = {r["source_id"] for r in records}
    frame = pl.DataFrame(
        [{k: v for k, v in r.items() if not k.startswith("_")} for r in records] or None,
        schema=OBSERVATIONS.schema,
    )
    return SourceOutput(
        observations=OBSERVATIONS.conform(frame),
        citations=[c for sid, c in sorted(citations.items()) if sid in used],
        warnings=warnings,
    )
