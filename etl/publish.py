"""Publishing the tidy data package: Parquet + CSV per table, datapackage.json, atomic swap.

Before the swap, the files are checked against the descriptor they were written with
(`etl.validate`): a package that breaks its own `datapackage.json` is never published.
The package folder `data/tidy` is a symbolic link to a complete version folder under
`data/.tidy/`; a new version is written beside it and the link is replaced in one atomic
rename, so a failure or a kill mid-build leaves the previous package as it was. Output is
deterministic: same frames give the same bytes (the `created` stamp is kept from the
previous package when the content is unchanged, or taken from SOURCE_DATE_EPOCH).
A lock file beside the package makes a second concurrent build wait, then stop with a
clear message if the first one takes too long.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import polars as pl

from etl.errors import SourceError
from etl.schema import Table
from etl.validate import check_package

PACKAGE_NAME = "cadran-horlogerie-francaise"
PACKAGE_VERSION = "2.0.0"  # 2: status vocabulary gained `secondary`
DESCRIPTOR = "datapackage.json"
LOCK_WAIT = 600.0  # seconds a build waits for another one before it stops


def write_table(folder: Path, table: Table, frame: pl.DataFrame) -> dict[str, Any]:
    """Write one table as Parquet and CSV; return its two resource descriptors."""
    frame = table.conform(frame)
    parquet = folder / f"{table.name}.parquet"
    frame.write_parquet(parquet, compression="zstd", statistics=False)
    csv_frame = frame.with_columns(
        pl.col(f.name).list.join(";") for f in table.fields if f.type == "list"
    )
    csv_path = folder / f"{table.name}.csv"
    csv_frame.write_csv(csv_path, date_format="%Y-%m-%d", line_terminator="\n")
    base = {"title": table.title, "description": table.description}
    return {
        "parquet": {
            "name": table.name,
            "path": parquet.name,
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "profile": "tabular-data-resource",
            # frictionless cannot count Parquet bytes: the file hash lives under a custom key.
            "cadran_sha256": _sha256(parquet),
            "rows": frame.height,
            **base,
            "schema": table.table_schema("parquet"),
        },
        "csv": {
            "name": f"{table.name}-csv",
            "path": csv_path.name,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "profile": "tabular-data-resource",
            "dialect": {"delimiter": ",", "header": True},
            "hash": _sha256(csv_path),
            "bytes": csv_path.stat().st_size,
            **base,
            "schema": table.table_schema("csv"),
        },
    }


def _sha256(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def _created(content_hash: str, previous: dict[str, Any] | None) -> str:
    if "SOURCE_DATE_EPOCH" in os.environ:
        stamp = dt.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), dt.UTC)
        return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    if previous and previous.get("cadran", {}).get("content_hash") == content_hash:
        return previous["created"]
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_descriptor(package_dir: Path) -> dict[str, Any] | None:
    try:
        return json.loads((package_dir / DESCRIPTOR).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError, NotADirectoryError):
        return None


def _share_alike(tables: list[tuple[Table, pl.DataFrame]]) -> list[dict[str, str]]:
    """An ODbL source (Urssaf open data) makes the package a derived database: say so."""
    sources = next((f for t, f in tables if t.name == "sources"), None)
    if sources is None or "licence" not in sources.columns:
        return []
    odbl = sources.filter(pl.col("licence").str.contains("ODbL"))
    if odbl.is_empty():
        return []
    ids = ", ".join(sorted(odbl["source_id"].cast(pl.String).to_list()))
    return [
        {
            "name": "ODbL-1.0",
            "title": f"Open Database License 1.0 for the figures of {ids}: share alike, credit",
            "path": "https://opendatacommons.org/licenses/odbl/1-0/",
        }
    ]


def write_package(
    target: Path,
    tables: list[tuple[Table, pl.DataFrame]],
    sources: list[dict[str, Any]],
    extra: dict[str, Any],
) -> Path:
    """Write every table into a new version folder, then swap `target` to it atomically."""
    versions = target.parent / ".tidy"
    versions.mkdir(parents=True, exist_ok=True)
    staging = versions / f"staging-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    try:
        parquet, csv = [], []
        for table, frame in tables:
            described = write_table(staging, table, frame)
            parquet.append(described["parquet"])
            csv.append(described["csv"])
        content_hash = hashlib.sha256(
            json.dumps(
                [r.get("hash") or r["cadran_sha256"] for r in parquet + csv] + [extra],
                sort_keys=True,
            ).encode()
        ).hexdigest()
        descriptor = {
            "profile": "data-package",
            "name": PACKAGE_NAME,
            "title": "Cadran : chiffres de la filière horlogère française",
            "description": (
                "Figures of the French watchmaking sector (revenue, jobs, companies, exports) "
                "read from published statistics tables and regional news, each with its source "
                "and where in it. Parquet files are typed; CSV copies are for publication."
            ),
            "version": PACKAGE_VERSION,
            "created": _created(content_hash, read_descriptor(target)),
            "licenses": [
                {
                    "name": "etalab-2.0",
                    "title": "Licence Ouverte 2.0 (compilation); figures remain their publishers'",
                    "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
                },
                *_share_alike(tables),
            ],
            "sources": sources,
            "resources": parquet + csv,
            "cadran": {**extra, "content_hash": content_hash},
        }
        text = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
        (staging / DESCRIPTOR).write_text(text, encoding="utf-8")
        check_package(staging, shown_as=target)  # a package breaking its descriptor stays unseen
        final = versions / hashlib.sha256(text.encode()).hexdigest()[:16]
        if final.exists():
            shutil.rmtree(staging)
        else:
            staging.rename(final)
        _swap_link(target, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _prune(versions, keep=final)
    return final


def _swap_link(target: Path, final: Path) -> None:
    """Point `target` at `final` with one rename (atomic on POSIX)."""
    if target.exists() and not target.is_symlink():
        # A package folder from an older layout: move it aside once so the link can replace it.
        legacy = target.parent / ".tidy" / "legacy"
        shutil.rmtree(legacy, ignore_errors=True)
        target.rename(legacy)
    link = target.parent / f".{target.name}.link-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(os.path.relpath(final, target.parent))
    os.replace(link, target)


def _prune(versions: Path, keep: Path) -> None:
    """Remove old versions and leftovers of killed builds, keeping the live one."""
    for child in versions.iterdir():
        if child != keep and child.is_dir():
            shutil.rmtree(child, ignore_errors=True)


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
