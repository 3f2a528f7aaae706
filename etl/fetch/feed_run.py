"""One fetch run: each due feed, its entries, their pages when the feed follows them.

A feed that fails (refused, timeout, HTTP error, malformed XML, wrong type, oversize, lying
encoding) is one report with its reason; the others go on. State is saved after each feed,
so an interrupted run keeps what it fetched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from etl.fetch.archive import Archive, content_hash, now_iso
from etl.fetch.client import NO_CONTACT, FetchFailed, PoliteClient, Response
from etl.fetch.facts import FactReader
from etl.fetch.feeds import Feed, FeedList
from etl.fetch.guard import Guard, Refused, canonical
from etl.fetch.parse import Entry, parse_article, parse_feed, parse_page
from etl.fetch.relevance import Decision, Rule, judge


@dataclass
class FeedReport:
    feed: str
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    set_aside: int = 0
    why: list[str] = field(default_factory=list)
    entry_errors: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        """The feed's own reasons, then at most three distinct entry failures."""
        errors = list(dict.fromkeys(self.entry_errors))
        more = f" and {len(errors) - 3} more" if len(errors) > 3 else ""
        entries = [f"{len(self.entry_errors)} entries failed: " + "; ".join(errors[:3]) + more]
        return "; ".join([*dict.fromkeys(self.why), *(entries if errors else [])])


def is_due(feed: Feed, archive: Archive, now: dt.datetime) -> bool:
    last = archive.feed_state(feed.id).get("attempted_at")
    try:
        return (now - dt.datetime.fromisoformat(last)).total_seconds() >= feed.every
    except (TypeError, ValueError):  # never attempted, or a time we cannot read: due
        return True


def digest_text(entry: Entry, outlet: str, topics: tuple[str, ...]) -> str:
    """The item in the digest format the news reader reads (header, blank line, body)."""
    header = [
        f"title: {entry.title}",
        f"outlet: {' '.join(outlet.split())}",
        f"url: {entry.url}",
        f"published: {entry.published.isoformat() if entry.published else ''}",
    ]
    if topics:
        header.append(f"topics: {', '.join(topics)}")
    return "\n".join(header) + "\n\n" + entry.text.strip() + "\n"


def _url_key(entry: Entry) -> str:
    base = canonical(entry.url)
    return base if entry.own_url else f"{base}|{entry.title}|{entry.published}"


class FeedRun:
    """Fetches feeds through one polite client into one archive."""

    def __init__(
        self,
        feeds: FeedList,
        archive: Archive,
        rules: list[Rule],
        facts: FactReader,
        since: dt.date | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> None:
        self.feeds = feeds
        self.archive = archive
        self.rules = rules
        self.facts = facts
        self.since = since
        self.progress = progress or (lambda _msg: None)
        self.decisions: list[tuple[str, str, Decision]] = []  # (feed, title, decision) this run
        self.guard = Guard({f.host for f in feeds.feeds})
        self.client = PoliteClient(
            feeds.settings,
            self.guard,
            on_response=lambda feed, resp: archive.store_response(feed.id, resp),
        )

    def run(self, selected: list[Feed]) -> list[FeedReport]:
        reports = []
        with self.client, self.archive.locked():
            for feed in selected:
                try:
                    reports.append(self.fetch_feed(feed))
                except Exception as exc:  # a bug or an odd input in one feed never stops the others
                    failed = FeedReport(feed.id, failed=1)
                    failed.why.append(f"unexpected {type(exc).__name__}: {str(exc)[:200]}")
                    reports.append(failed)
                self.archive.save_state()
        return reports

    def _get(self, url: str, feed: Feed, headers: dict[str, str] | None = None) -> Response:
        return self.client.get(url, feed, headers)

    def fetch_feed(self, feed: Feed) -> FeedReport:
        report = FeedReport(feed.id)
        if not self.feeds.settings.contact and not feed.allow_private:
            # refused before any request; the feed stays due for the run after a contact is set
            report.failed = 1
            report.why.append(NO_CONTACT)
            return report
        state = self.archive.feed_state(feed.id)
        state["attempted_at"] = now_iso()
        self.progress(f"{feed.id}: {feed.url}")
        headers = {}
        if state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state.get("last_modified"):
            headers["If-Modified-Since"] = state["last_modified"]
        try:
            resp = self._get(feed.url, feed, headers)
            if resp.status == 304:
                report.unchanged = state.get("entries", 0)
                report.why.append("not modified (304)")
                state["status"] = 304
                return report
            if resp.status != 200:
                raise FetchFailed(f"HTTP {resp.status}")
            entries = (
                parse_page(resp)
                if feed.kind == "page"
                else parse_feed(resp, self.feeds.settings.max_entries)
            )
        except (FetchFailed, Refused) as exc:
            report.failed += 1
            report.why.append(str(exc))
            state["status"] = "failed"
            state["error"] = str(exc)
            return report
        state.update(
            status=200,
            fetched_at=now_iso(),
            entries=len(entries),
            etag=resp.headers.get("etag"),
            last_modified=resp.headers.get("last-modified"),
            error=None,
        )
        for entry in entries:
            try:
                self._entry(feed, entry, report)
            except Exception as exc:  # one odd entry never stops its feed
                report.failed += 1
                report.entry_errors.append(f"unexpected {type(exc).__name__}: {str(exc)[:200]}")
        return report

    def _entry(self, feed: Feed, entry: Entry, report: FeedReport) -> None:
        if not entry.url or urlsplit(entry.url).scheme not in ("http", "https"):
            entry.url, entry.own_url = feed.url, False
        if self.since and entry.published and entry.published < self.since:
            return
        key = _url_key(entry)
        if self.archive.seen_url(key):
            report.unchanged += 1
            return
        if feed.follow and entry.own_url:
            host = urlsplit(entry.url).hostname
            if host:
                self.guard.allow_host(host)
            try:
                resp = self._get(entry.url, feed)
                if resp.status != 200:
                    raise FetchFailed(f"HTTP {resp.status} for {entry.url}")
                page = parse_article(resp)
            except (FetchFailed, Refused) as exc:
                report.failed += 1
                report.entry_errors.append(str(exc))
                return
            if page is not None:  # the page's own address (after redirects) is the item's
                entry = Entry(
                    page.title or entry.title,
                    page.url,
                    entry.published or page.published,
                    page.text,
                )
                final_key = _url_key(entry)
                if final_key != key and self.archive.seen_url(final_key):
                    self.archive.remember(key, "", self.archive.seen_url(final_key))
                    report.unchanged += 1
                    return
        digest = content_hash(entry.title, entry.text)
        if self.archive.seen_hash(digest):
            self.archive.remember(key, digest, self.archive.seen_hash(digest))
            report.unchanged += 1
            return
        decision = self._decide(feed, entry)
        name = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        file = self.archive.write_item(
            feed.id, name, digest_text(entry, feed.name, feed.topics), decision.shown
        )
        self.archive.remember(key, digest, file)
        self.archive.remember(_url_key(entry), digest, file)
        self.archive.log_decision(
            {
                "feed": feed.id,
                "key": key,
                "final_key": _url_key(entry),
                "url": entry.url,
                "title": entry.title,
                "published": entry.published,
                "content_sha256": digest,
                "retrieved_at": now_iso(),
                "shown": decision.shown,
                "why": decision.why,
                "file": file,
            }
        )
        self.decisions.append((feed.id, entry.title, decision))
        if decision.shown:
            report.new += 1
        else:
            report.set_aside += 1

    def _decide(self, feed: Feed, entry: Entry) -> Decision:
        if not entry.title:
            return Decision(False, "not shown: no title")
        if not entry.text.strip():
            return Decision(False, "not shown: no text")
        if entry.published is None:
            return Decision(False, "not shown: no publication date on the entry or its page")
        facts = self.facts.facts(
            entry.title, entry.text, entry.published.isoformat(), feed.topics, feed.region
        )
        return judge(self.rules, facts)


def select_feeds(
    feeds: FeedList, archive: Archive, only: list[str] | None, now: dt.datetime
) -> tuple[list[Feed], list[Feed]]:
    """(feeds to fetch, feeds not due yet); `--feed` names are fetched even when not due."""
    if only:
        return [feeds.get(i) for i in only], []
    due = [f for f in feeds.feeds if is_due(f, archive, now)]
    return due, [f for f in feeds.feeds if f not in due]


def default_paths(root: Path) -> tuple[Path, Path, Path]:
    """(feed list, archive, raw folder) of a checkout."""
    return (
        root / "data" / "raw" / "news" / "feeds.toml",
        root / "data" / "fetched",
        root / "data" / "raw",
    )
