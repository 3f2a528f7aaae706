"""`python -m etl fetch --stats`: the summary table of the remote statistics sources.

Exit code 0 when every source fetched (new, unchanged, empty or not due), 1 when any failed,
2 when the archive is busy.
"""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from etl.fetch.archive import ArchiveBusy
from etl.fetch.feeds import CONTACT_ENV, FeedListError, Settings, load_feed_list
from etl.remote.stats_run import StatsReport, plan, run_stats


def _settings(args: argparse.Namespace) -> Settings:
    """The fetch settings of the feed list (contact, timeouts), else the defaults."""
    try:
        return load_feed_list(args.feeds).settings
    except FeedListError:
        import os

        return Settings(contact=(os.environ.get(CONTACT_ENV) or "").strip() or None)


def summary(
    console: Console, reports: list[StatsReport], title: str = "Cadran fetch --stats"
) -> None:
    table = RichTable(title=title)
    for col in ("source", "status", "rows", "requests", "why"):
        table.add_column(col, justify="right" if col in ("rows", "requests") else "left")
    for r in reports:
        cells = [r.source, r.status, str(r.rows), str(r.requests), "; ".join(r.why)]
        table.add_row(*(escape(c) for c in cells), style="red" if r.failed else None)
    console.print(table)


def run_stats_command(args: argparse.Namespace) -> int:
    console = Console(stderr=True, highlight=False)
    if args.dry_run:
        summary(
            console,
            plan(args.raw, args.archive),
            "Cadran fetch --stats (dry run: nothing requested)",
        )
        return 0
    try:
        reports = run_stats(
            args.raw,
            args.archive,
            _settings(args),
            only=args.feed,
            progress=lambda msg: console.print(f"fetching {escape(msg)}"),
        )
    except ArchiveBusy as exc:
        console.print(f"error: {escape(str(exc))}; nothing was fetched")
        return 2
    summary(console, reports)
    return 1 if any(r.failed for r in reports) else 0
