"""A polite HTTP client: one request at a time, the feed's delay between two requests to a
host, robots.txt honoured, timeouts, a size cap, redirects capped and checked hop by hop.

Every failure is a `FetchFailed` (or `Refused`) whose message is the summary's "why".
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from etl.fetch.feeds import Feed, Settings
from etl.fetch.guard import Guard, Refused, canonical

REDIRECTS = (301, 302, 303, 307, 308)
VERSION = "0.1"
NO_CONTACT = (
    "no contact set: set CADRAN_CONTACT or contact in [settings] of feeds.toml "
    "before fetching public hosts"
)


class FetchFailed(Exception):
    """A response could not be had or used; the message says why in a few words."""


@dataclass
class Response:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    retrieved_at: str
    redirects: list[str] = field(default_factory=list)


def user_agent(settings: Settings) -> str:
    contact = settings.contact or "no contact set"
    return f"{settings.user_agent}/{VERSION} (+{contact})"


class PoliteClient:
    """Fetches one address at a time for the feeds of one run."""

    def __init__(
        self,
        settings: Settings,
        guard: Guard,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        on_response: Callable[[Feed, Response], object] | None = None,
    ) -> None:
        self.settings = settings
        self.on_response = on_response  # sees every response: redirects and robots.txt too
        self.guard = guard
        self.sleep = sleep
        self.clock = clock
        self.agent = user_agent(settings)
        self.client = httpx.Client(
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=False,
            headers={"User-Agent": self.agent},
            trust_env=False,  # no proxy or .netrc from the environment
        )
        self.last_request: dict[str, float] = {}
        self.robots: dict[str, Protego | bool] = {}
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, feed: Feed, headers: dict[str, str] | None = None) -> Response:
        """The response at the end of at most `max_redirects` checked redirects."""
        return self._chain(url, feed, headers or {}, robots=True)

    def _chain(self, url: str, feed: Feed, headers: dict[str, str], robots: bool) -> Response:
        current, hops, seen = url, [], {canonical(url)}
        no_contact = Refused(NO_CONTACT)
        if not self.settings.contact and not feed.allow_private:
            raise no_contact  # such a feed reaches only public hosts: not even a DNS query
        for _ in range(self.settings.max_redirects + 1):
            private = self.guard.check(current, feed.allow_private)
            if not private and not self.settings.contact:
                raise no_contact
            if robots:
                self._check_robots(current, feed)
            resp = self._one(current, feed, headers)
            location = resp.headers.get("location")
            if resp.status not in REDIRECTS or not location:
                resp.url, resp.redirects = url, hops
                self._seen(feed, resp)
                return resp
            self._seen(feed, resp)
            target = urljoin(current, location)
            if canonical(target) in seen:
                raise FetchFailed(f"redirect loop ({current} -> {target})")
            seen.add(canonical(target))
            hops.append(current)
            current = target
        raise FetchFailed(f"more than {self.settings.max_redirects} redirects")

    def _seen(self, feed: Feed, resp: Response) -> None:
        if self.on_response is not None:
            self.on_response(feed, resp)

    def _check_robots(self, url: str, feed: Feed) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.robots:
            self.robots[origin] = self._load_robots(origin, feed)
        rules = self.robots[origin]
        if rules is False:
            raise Refused(f"robots.txt of {parts.netloc} could not be read: treated as disallow")
        if isinstance(rules, Protego) and not rules.can_fetch(url, self.settings.user_agent):
            raise Refused(f"robots.txt disallows {parts.path or '/'}")

    def _load_robots(self, origin: str, feed: Feed) -> Protego | bool:
        """RFC 9309: a 4xx means no rules, a 5xx or no answer means disallow everything."""
        try:
            resp = self._chain(f"{origin}/robots.txt", feed, {}, robots=False)
        except (FetchFailed, Refused):
            return False
        if 400 <= resp.status < 500:
            return True
        if resp.status != 200:
            return False
        return Protego.parse(resp.body.decode("utf-8", errors="replace"))

    def _delay(self, feed: Feed, host: str) -> float:
        rules = self.robots.get(host)
        crawl = rules.crawl_delay(self.settings.user_agent) if isinstance(rules, Protego) else None
        return max(feed.delay, float(crawl or 0))

    def _one(self, url: str, feed: Feed, headers: dict[str, str]) -> Response:
        parts = urlsplit(url)
        host = parts.netloc.lower()
        wait = self.last_request.get(host, -1e9) + self._delay(feed, f"{parts.scheme}://{host}")
        now = self.clock()
        if wait > now:
            self.sleep(wait - now)
        self.requests += 1
        retrieved_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        started = self.clock()
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.settings.max_bytes:
                    raise FetchFailed(
                        f"oversize: {declared} bytes declared, cap {self.settings.max_bytes}"
                    )
                body = bytearray()
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > self.settings.max_bytes:
                        raise FetchFailed(
                            f"oversize: over the cap of {self.settings.max_bytes} bytes"
                        )
                    if self.clock() - started > self.settings.total_timeout:
                        raise FetchFailed(f"too slow: over {self.settings.total_timeout:g} s")
                return Response(
                    url, url, r.status_code, dict(r.headers.items()), bytes(body), retrieved_at
                )
        except httpx.TimeoutException:
            raise FetchFailed(f"timeout after {self.settings.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise FetchFailed(f"connection failed ({type(exc).__name__})") from None
        finally:
            self.last_request[host] = self.clock()
