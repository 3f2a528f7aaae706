"""Remote tables in the fetch archive (`data/fetched/stats/<source id>/`).

- `tables/<sha256>.csv`: each distinct normalised table once (geo, indicator, period,
  value, level), named by its hash; never overwritten;
- `current.json`: the table the build reads, with its hash, retrieval time, query, the
  requests made, row count and notes (rows left out, totals withheld);
- `fetches.jsonl`: one line per attempt (new, unchanged or failed, and why).
The producers' raw answers are in the archive's `bodies/` and `responses.jsonl`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import polars as pl

STATS = "stats"
COLUMNS = ("geo", "indicator", "period", "value", "level")


def source_dir(archive_root: Path, source_id: str) -> Path:
    return archive_root / STATS / source_id


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def table_bytes(rows: list[dict]) -> bytes:
    """The CSV the build reads: rows sorted, so one content always gives one hash."""
    frame = pl.DataFrame(
        rows or None,
        schema={"geo": pl.String, "indicator": pl.String, "period": pl.String,
                "value": pl.Float64, "level": pl.String},
    ).sort("indicator", "level", "geo", "period")  # fmt: skip
    return frame.write_csv().encode("utf-8")


def current(archive_root: Path, source_id: str) -> dict[str, Any] | None:
    path = source_dir(archive_root, source_id) / "current.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def current_table(archive_root: Path, source_id: str) -> tuple[Path, dict[str, Any]] | None:
    """The archived table a build reads for a source, or None when never fetched."""
    info = current(archive_root, source_id)
    if not info or not info.get("file"):
        return None
    path = source_dir(archive_root, source_id) / info["file"]
    return (path, info) if path.is_file() else None


def log(archive_root: Path, source_id: str, record: dict[str, Any]) -> None:
    folder = source_dir(archive_root, source_id)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "fetches.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def save(
    archive_root: Path, source_id: str, rows: list[dict], meta: dict[str, Any]
) -> tuple[bool, str]:
    """Keep a fetched table; returns (new?, hash). An unchanged table adds no file."""
    data = table_bytes(rows)
    digest = hashlib.sha256(data).hexdigest()
    folder = source_dir(archive_root, source_id)
    previous = current(archive_root, source_id) or {}
    is_new = previous.get("sha256") != digest
    rel = f"tables/{digest}.csv"
    if not (folder / rel).exists():
        _write(folder / rel, data)
    info = {
        **previous,
        **meta,
        "file": rel,
        "sha256": digest,
        "rows": len(rows),
        "changed_at": meta["retrieved_at"] if is_new else previous.get("changed_at"),
    }
    _write(folder / "current.json", json.dumps(info, indent=1, ensure_ascii=False).encode())
    return is_new, digest


def mark_attempt(archive_root: Path, source_id: str, **fields: Any) -> None:
    """Remember when a source was last asked (due times), keeping its table."""
    info = current(archive_root, source_id) or {}
    info.update(fields)
    path = source_dir(archive_root, source_id) / "current.json"
    _write(path, json.dumps(info, indent=1, ensure_ascii=False).encode())


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class NotFetched(Exception):
    """A remote source has no archived table yet: the build skips it, saying so."""


def build_input(archive_root: Path, source_id: str) -> tuple[Path, dict[str, Any]]:
    """The archived table and its record for the build; NotFetched when there is none."""
    found = current_table(archive_root, source_id)
    if found is None:
        raise NotFetched(
            f"remote source '{source_id}' not fetched yet: run `python -m etl fetch --stats` "
            "(skipped; nothing published for it)"
        )
    return found


def input_digest(archive_root: Path, source_id: str) -> str:
    """What the build cache keys a remote source on: its current table's hash."""
    info = current(archive_root, source_id) or {}
    return str(info.get("sha256") or "not-fetched")
