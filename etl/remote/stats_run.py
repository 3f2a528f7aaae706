"""`python -m etl fetch --stats`: each due remote source, fetched through the module made for
its kind, placed on the gazetteer, kept in the archive when it changed.

One source failing (refused, HTTP error, renamed field) is one report line with its reason;
its last archived table stays what the build reads. A source is due when `remote.every`
has passed since it was last asked, or when that attempt failed; `--feed ID` asks it anyway.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from etl.errors import SourceError
from etl.fetch.archive import Archive
from etl.fetch.client import FetchFailed
from etl.fetch.feeds import Settings
from etl.fetch.guard import Refused
from etl.geo.gazetteer import DEFAULT_DIR, load_gazetteer
from etl.remote import insee, opendatasoft, sdmx_source
from etl.remote.http import NotModified, RemoteClient
from etl.remote.remote_places import place_rows
from etl.remote.rows import RemoteFormatError
from etl.stats import fetched
from etl.stats.manifest import MANIFEST_NAME, Manifest, load_manifest
from etl.stats.remote_spec import RemoteSpec

KINDS = {"opendatasoft": opendatasoft, "sdmx": sdmx_source, "insee": insee}


@dataclass
class StatsReport:
    source: str
    status: str  # new, unchanged, empty, failed, not due
    rows: int = 0
    requests: int = 0
    why: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.status == "failed"


def remote_manifests(raw_dir: Path) -> tuple[list[Manifest], list[StatsReport]]:
    """The manifests with a [remote] table; a manifest that cannot be read is a failure."""
    found, broken = [], []
    for path in sorted(raw_dir.rglob(MANIFEST_NAME)):
        if "reference" in path.relative_to(raw_dir).parts:
            continue
        if not _declares_remote(path):
            continue
        try:
            manifest = load_manifest(path)
        except SourceError as exc:
            broken.append(StatsReport(path.parent.name, "failed", why=[str(exc)]))
            continue
        if manifest.remote is not None:
            found.append(manifest)
    return found, broken


def _declares_remote(path: Path) -> bool:
    """Whether a manifest has a `remote` table (however it is written); an unreadable one is
    left to the build to report."""
    try:
        return "remote" in tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return False


def plan(raw_dir: Path, archive_root: Path, now: dt.datetime | None = None) -> list[StatsReport]:
    """What a run would do, asking nobody (`--dry-run`)."""
    manifests, reports = remote_manifests(raw_dir)
    now = now or dt.datetime.now(dt.UTC)
    for manifest in manifests:
        spec = manifest.remote
        assert spec is not None
        due = is_due(spec, archive_root, now)
        why = [f"{spec.kind} {spec.url} {spec.dataset}"]
        if not spec.verified:
            why.append("verified = false")
        reports.append(StatsReport(spec.source_id, "would fetch" if due else "not due", why=why))
    return reports


def is_due(spec: RemoteSpec, archive_root: Path, now: dt.datetime) -> bool:
    info = fetched.current(archive_root, spec.source_id) or {}
    if info.get("error"):  # the last attempt failed: ask again on the next run
        return True
    try:
        last = dt.datetime.fromisoformat(info["attempted_at"])
    except (KeyError, TypeError, ValueError):
        return True
    return (now - last).total_seconds() >= spec.every


def fetch_source(
    manifest: Manifest,
    settings: Settings,
    archive: Archive,
    raw_dir: Path,
    sleep: Callable[[float], None] = time.sleep,
) -> StatsReport:
    spec = manifest.remote
    assert spec is not None
    report = StatsReport(spec.source_id, "failed")
    root = archive.root
    attempted = fetched.now_iso()
    module = KINDS[spec.kind]
    previous = fetched.current(root, spec.source_id) or {}
    known = previous.get("validators", {}) if fetched.current_table(root, spec.source_id) else {}
    client = RemoteClient(spec, settings, archive, sleep=sleep, validators=known)
    try:
        query = module.query_text(spec)
        rows = module.fetch(spec, client)
    except NotModified as exc:
        report.status = "unchanged"
        report.why.append(str(exc))
        rows = None
    except (FetchFailed, Refused, RemoteFormatError) as exc:
        report.why.append(str(exc))
        rows = None
    finally:
        client.close()
        report.requests = len(client.requests)
    record = {"attempted_at": attempted, "requests": client.requests, "waited_s": client.waited}
    if report.status == "unchanged":  # a 304: nothing downloaded, the archived table stands
        fetched.mark_attempt(root, spec.source_id, attempted_at=attempted, error=None)
        fetched.log(root, spec.source_id, {**record, "status": "not modified"})
        return report
    if rows is None:
        fetched.mark_attempt(root, spec.source_id, attempted_at=attempted, error=report.why[0])
        fetched.log(root, spec.source_id, {**record, "status": "failed", "why": report.why})
        return report
    if not rows:
        report.status = "empty"
        report.why.append("the producer answered with no rows; the archived table is unchanged")
        fetched.mark_attempt(root, spec.source_id, attempted_at=attempted, error=None)
        fetched.log(root, spec.source_id, {**record, "status": "empty"})
        return report
    gaz_dir = Path(os.environ.get("CADRAN_GAZETTEER", DEFAULT_DIR))
    placed = place_rows(rows, spec, load_gazetteer(), gaz_dir, raw_dir)
    if not placed.rows:  # every cell empty or every place unknown: nothing to publish
        report.status = "empty"
        report.why.extend(
            [*placed.notes, "no row could be published; the archived table is unchanged"]
        )
        fetched.mark_attempt(root, spec.source_id, attempted_at=attempted, error=None)
        fetched.log(root, spec.source_id, {**record, "status": "empty", "why": report.why})
        return report
    meta = {
        "source_id": spec.source_id,
        "kind": spec.kind,
        "retrieved_at": fetched.now_iso(),
        "attempted_at": attempted,
        "query": query,
        "requests": client.requests,
        "producer_rows": len(rows),
        "notes": placed.notes,
        "verified": spec.verified,
        "validators": client.validators,
        "error": None,
    }
    is_new, digest = fetched.save(root, spec.source_id, placed.rows, meta)
    report.status = "new" if is_new else "unchanged"
    report.rows = len(placed.rows)
    report.why.extend(placed.notes)
    if not is_new:
        report.why.append("same table as the archived one (same hash)")
    fetched.log(root, spec.source_id, {**record, "status": report.status, "sha256": digest})
    return report


def run_stats(
    raw_dir: Path,
    archive_root: Path,
    settings: Settings,
    only: list[str] | None = None,
    now: dt.datetime | None = None,
    sleep: Callable[[float], None] = time.sleep,
    progress: Callable[[str], None] | None = None,
) -> list[StatsReport]:
    manifests, reports = remote_manifests(raw_dir)
    now = now or dt.datetime.now(dt.UTC)
    archive = Archive(archive_root)
    with archive.locked():
        for manifest in manifests:
            spec = manifest.remote
            assert spec is not None
            if only and spec.source_id not in only:
                continue
            if not only and not is_due(spec, archive_root, now):
                reports.append(StatsReport(spec.source_id, "not due"))
                continue
            if progress:
                progress(f"{spec.source_id}: {spec.kind} {spec.url}")
            try:
                reports.append(fetch_source(manifest, settings, archive, raw_dir, sleep))
            except Exception as exc:  # one odd source never stops the others
                why = f"unexpected {type(exc).__name__}: {str(exc)[:200]}"
                reports.append(StatsReport(spec.source_id, "failed", why=[why]))
    return reports
