"""`python -m etl fetch`: fetch the due feeds into the archive, print a summary table.

Exit code 0 when every feed fetched (or was not modified), 1 when any failed, 2 when the
feed list or the relevance rules cannot be used. `--dry-run` makes no request at all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from etl.fetch.archive import Archive, ArchiveBusy
from etl.fetch.facts import FactReader
from etl.fetch.feed_run import FeedReport, FeedRun, default_paths, select_feeds
from etl.fetch.feeds import FeedList, FeedListError, load_feed_list
from etl.fetch.relevance import RELEVANCE_FILE, RelevanceError, load_rules

ROOT = Path(__file__).resolve().parents[2]


def since_date(value: str) -> dt.date:
    """'2026-11-01', or a span back from today: '7d', '2w'."""
    m = re.fullmatch(r"(\d+)([dw])", value.strip())
    if m:
        days = int(m.group(1)) * (7 if m.group(2) == "w" else 1)
        return dt.date.today() - dt.timedelta(days=days)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD or 7d / 2w, got {value!r}") from None


def add_parsers(sub: argparse._SubParsersAction) -> None:
    feeds, archive, raw = default_paths(ROOT)
    f = sub.add_parser("fetch", help="fetch the due news feeds into data/fetched")
    f.add_argument("--feeds", type=Path, default=feeds, help="feed list (TOML)")
    f.add_argument("--archive", type=Path, default=archive, help="fetch archive folder")
    f.add_argument("--raw", type=Path, default=raw, help="folder of the sources (reference)")
    f.add_argument(
        "--feed",
        action="append",
        metavar="ID",
        help="fetch this feed (or remote source), due or not",
    )
    f.add_argument(
        "--since", type=since_date, help="keep only entries published since this date (or 7d)"
    )
    f.add_argument("--dry-run", action="store_true", help="say what would be fetched; no request")
    f.add_argument(
        "--stats",
        action="store_true",
        help="fetch the remote statistics sources ([remote] manifests) instead of the feeds",
    )
    f.set_defaults(func=run_fetch)


def _plan(console: Console, feeds: FeedList, due: list, later: list) -> None:
    table = RichTable(title="Cadran fetch (dry run: nothing requested)")
    for col in ("feed", "url", "kind", "plan"):
        table.add_column(col)
    for feed in feeds.feeds:
        plan = "fetch" if feed in due else "not due yet" if feed in later else "not selected"
        if feed in due and not feeds.settings.contact and not feed.allow_private:
            plan = "refused: no contact set"
        table.add_row(*(escape(v) for v in (feed.id, feed.url, feed.kind, plan)))
    console.print(table)


def _summary(console: Console, reports: list[FeedReport], later: list) -> None:
    table = RichTable(title="Cadran fetch")
    for col in ("feed", "new", "unchanged", "failed", "why"):
        table.add_column(col, justify="right" if col in ("new", "unchanged", "failed") else "left")
    for r in reports:
        why = r.reason
        if r.set_aside:
            why = "; ".join(filter(None, [why, f"{r.set_aside} archived, not shown"]))
        style = "red" if r.failed else ""
        cells = [r.feed, str(r.new), str(r.unchanged), str(r.failed), why]
        table.add_row(*(escape(c) for c in cells), style=style or None)
    for feed in later:
        table.add_row(escape(feed.id), "0", "0", "0", "not due yet")
    console.print(table)


def _decisions(console: Console, decisions: list, archive: Path, limit: int = 40) -> None:
    """Why each new item is shown or archived (all of them are in decisions.jsonl)."""
    for feed, title, d in decisions[:limit]:
        word = "shown   " if d.shown else "archived"
        console.print(f"{word} {escape(feed)}: {escape(title)}: {escape(d.why)}")
    if len(decisions) > limit:
        console.print(
            f"... and {len(decisions) - limit} more in {escape(str(archive))}/decisions.jsonl"
        )


def run_fetch(args: argparse.Namespace) -> int:
    if getattr(args, "stats", False):
        from etl.remote.fetch_cli import run_stats_command

        return run_stats_command(args)
    console = Console(stderr=True, highlight=False)
    try:
        feeds = load_feed_list(args.feeds)
        rules = load_rules(args.raw / "reference" / RELEVANCE_FILE)
        archive = Archive(args.archive)
        due, later = select_feeds(feeds, archive, args.feed, dt.datetime.now(dt.UTC))
    except (FeedListError, RelevanceError) as exc:
        console.print(f"error: {escape(str(exc))}")
        return 2
    if args.dry_run:
        _plan(console, feeds, due, later)
        return 0
    run = FeedRun(
        feeds,
        archive,
        rules,
        FactReader(args.raw),
        since=args.since,
        progress=lambda msg: console.print(f"fetching {escape(msg)}"),
    )
    for warning in archive.warnings:
        console.print(f"warning: {escape(warning)}")
    try:
        reports = run.run(due)
    except ArchiveBusy as exc:
        console.print(f"error: {escape(str(exc))}; nothing was fetched")
        return 2
    _summary(console, reports, later)
    _decisions(console, run.decisions, args.archive)
    new = sum(r.new for r in reports)
    console.print(f"{new} new item(s) shown; archive in {escape(str(args.archive))}")
    return 1 if any(r.failed for r in reports) else 0
