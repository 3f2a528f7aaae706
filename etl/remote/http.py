"""Asking a producer's API through the polite fetch client: its host only, robots.txt,
pacing, size caps, every response archived; a 429 waits for Retry-After (capped) and asks
again, any other status than 200 is a `FetchFailed` naming it."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from urllib.parse import urlencode

from etl.fetch.archive import Archive
from etl.fetch.client import FetchFailed, PoliteClient, Response
from etl.fetch.feeds import Feed, Settings
from etl.fetch.guard import Guard
from etl.stats.remote_spec import RemoteSpec

RETRIES_429 = 3
MAX_WAIT = 300.0  # seconds: a longer Retry-After is a failure, asked again next run
MAX_BYTES = 50_000_000


def retry_after(value: str | None, now: float | None = None) -> float:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); 30 when absent."""
    if not value:
        return 30.0
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError):
        return 30.0
    return max(0.0, when - (time.time() if now is None else now))


class NotModified(Exception):
    """The producer says the one answer a source needs has not changed since the last fetch."""


class RemoteClient:
    """One source's requests: every response goes to the archive under the source's id."""

    def __init__(
        self,
        spec: RemoteSpec,
        settings: Settings,
        archive: Archive,
        sleep: Callable[[float], None] = time.sleep,
        validators: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self.spec = spec
        self.archive_root = archive.root  # kinds asking through their own library keep caches here
        self.known = validators or {}  # url -> ETag / Last-Modified of the archived answer
        self.validators: dict[str, dict[str, str]] = {}  # the same, from this run's answers
        self.sleep = sleep
        self.feed = Feed(
            id=spec.source_id,
            url=spec.url,
            name=spec.source_id,
            kind="page",
            delay=spec.delay,
            allow_private=spec.url_from_env,  # only a server named in the environment
        )
        stats_settings = Settings(**{**settings.__dict__, "max_bytes": MAX_BYTES})
        self.client = PoliteClient(
            stats_settings,
            Guard({spec.host}),
            sleep=sleep,
            on_response=lambda feed, resp: archive.store_response(feed.id, resp),
        )
        self.requests: list[str] = []
        self.waited = 0.0

    def close(self) -> None:
        self.client.close()

    def get(
        self, path: str, params: dict[str, str] | None = None, headers: dict | None = None
    ) -> Response:
        url = f"{self.spec.url}{path}"
        if params:
            url += "?" + urlencode(params)
        return self.get_url(url, headers)

    def get_url(self, url: str, headers: dict | None = None, conditional: bool = False) -> Response:
        """The 200 answer at `url`; with `conditional`, asks with the archived answer's ETag /
        Last-Modified and raises NotModified on a 304 (only for kinds asking one address)."""
        headers = dict(headers or {})
        known = self.known.get(url, {}) if conditional else {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        for _ in range(RETRIES_429 + 1):
            self.requests.append(url)
            resp = self.client.get(url, self.feed, headers)
            if resp.status != 429:
                break
            wait = retry_after(resp.headers.get("retry-after"))
            if wait > MAX_WAIT:
                raise FetchFailed(f"HTTP 429: asked to wait {wait:.0f} s (over {MAX_WAIT:.0f} s)")
            self.waited += wait
            self.sleep(wait)
        if resp.status == 429:
            raise FetchFailed(f"HTTP 429 after {RETRIES_429} retries")
        if resp.status == 304 and known:
            self.validators[url] = known
            raise NotModified(f"not modified (304) at {url}")
        if resp.status != 200:
            raise FetchFailed(f"HTTP {resp.status} from {url}")
        tags = {
            "etag": resp.headers.get("etag"),
            "last_modified": resp.headers.get("last-modified"),
        }
        if conditional and any(tags.values()):
            self.validators[url] = {k: v for k, v in tags.items() if v}
        return resp
