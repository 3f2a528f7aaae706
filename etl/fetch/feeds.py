"""The feed list (`data/raw/news/feeds.toml`) -> checked `Feed`s and fetch `Settings`.

Every key is checked: an unknown key, a wrong type or a bad value is a `FeedListError`
naming the feed and the key, so a typo never silently changes what is fetched.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

KINDS = ("rss", "atom", "page")
CONTACT_ENV = "CADRAN_CONTACT"
DEFAULT_DELAY = 5.0  # seconds between two requests to one host
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*(s|m|h|d)$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class FeedListError(ValueError):
    """The feed list cannot be used as written."""


@dataclass(frozen=True)
class Feed:
    id: str
    url: str
    name: str
    kind: str
    topics: tuple[str, ...] = ()
    region: str | None = None
    every: float = 6 * 3600  # seconds between two fetches of this feed
    delay: float = DEFAULT_DELAY
    follow: bool = False
    allow_private: bool = False
    verified: bool = False

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").lower()


@dataclass(frozen=True)
class Settings:
    """How politely and how far to fetch; every value can be set under `[settings]`."""

    contact: str | None = None
    timeout: float = 20.0  # seconds to connect, and between two chunks of a response
    total_timeout: float = 60.0  # seconds for a whole response, slow trickles included
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    max_entries: int = 200  # entries read from one feed per run
    user_agent: str = "Cadran"


@dataclass(frozen=True)
class FeedList:
    feeds: tuple[Feed, ...]
    settings: Settings = field(default_factory=Settings)

    def get(self, feed_id: str) -> Feed:
        for f in self.feeds:
            if f.id == feed_id:
                return f
        known = ", ".join(f.id for f in self.feeds) or "none"
        raise FeedListError(f"no feed with id {feed_id!r} (known: {known})")


def parse_duration(value: object, where: str) -> float:
    """'30m', '6h', '1d', '0s' (or a number of seconds) -> seconds."""
    if isinstance(value, bool):
        raise FeedListError(f"{where}: expected a duration like '6h', got {value!r}")
    if isinstance(value, int | float) and value >= 0:
        return float(value)
    m = _DURATION.match(str(value).strip().lower())
    if not m:
        raise FeedListError(f"{where}: expected a duration like '30m', '6h' or '1d', got {value!r}")
    return float(m.group(1)) * _UNITS[m.group(2)]


def _typed(table: dict, key: str, kind: type | tuple, where: str, default: object = None) -> object:
    if key not in table:
        return default
    value = table[key]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        raise FeedListError(f"{where}: '{key}' must be {_kind_name(kind)}, got {value!r}")
    return value


def _kind_name(kind: type | tuple) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "text", bool: "true or false", int: "a number", float: "a number", list: "a list"}
    return " or ".join(dict.fromkeys(names.get(k, k.__name__) for k in kinds))


def _unknown(table: dict, allowed: tuple[str, ...], where: str) -> None:
    import difflib

    for key in table:
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise FeedListError(f"{where}: unknown key '{key}'{hint}")


FEED_KEYS = (
    "id", "url", "name", "kind", "topics", "region", "every", "delay", "follow",
    "allow_private", "verified",
)  # fmt: skip
SETTING_KEYS = (
    "contact", "timeout", "total_timeout", "max_bytes", "max_redirects", "max_entries",
    "user_agent",
)  # fmt: skip


def _feed(table: object, n: int) -> Feed:
    where = f"feeds.toml [[feeds]] #{n}"
    if not isinstance(table, dict):
        raise FeedListError(f"{where}: expected a table")
    _unknown(table, FEED_KEYS, where)
    for key in ("id", "url", "name", "kind"):
        if not table.get(key):
            raise FeedListError(f"{where}: '{key}' is required")
    feed_id = str(_typed(table, "id", str, where))
    if not _ID.match(feed_id):
        raise FeedListError(f"{where}: id {feed_id!r} must be lower-case letters, digits, - or _")
    where = f"feeds.toml feed {feed_id!r}"
    url = str(_typed(table, "url", str, where))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FeedListError(f"{where}: url must be an http(s) address, got {url!r}")
    kind = str(_typed(table, "kind", str, where))
    if kind not in KINDS:
        raise FeedListError(f"{where}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
    topics = _typed(table, "topics", list, where, [])
    if not all(isinstance(t, str) for t in topics):  # type: ignore[union-attr]
        raise FeedListError(f"{where}: 'topics' must be a list of texts")
    allow_private = bool(_typed(table, "allow_private", bool, where, False))
    delay = float(_typed(table, "delay", (int, float), where, DEFAULT_DELAY))  # type: ignore[arg-type]
    if delay < 0 or (delay == 0 and not allow_private):
        raise FeedListError(
            f"{where}: delay must be > 0 seconds (0 is allowed only with allow_private = true)"
        )
    return Feed(
        id=feed_id,
        url=url,
        name=str(_typed(table, "name", str, where)),
        kind=kind,
        topics=tuple(topics),  # type: ignore[arg-type]
        region=_typed(table, "region", str, where),  # type: ignore[arg-type]
        every=parse_duration(table.get("every", "6h"), f"{where}: 'every'"),
        delay=delay,
        follow=bool(_typed(table, "follow", bool, where, False)),
        allow_private=allow_private,
        verified=bool(_typed(table, "verified", bool, where, False)),
    )


def _settings(table: object, env: dict[str, str]) -> Settings:
    where = "feeds.toml [settings]"
    if not isinstance(table, dict):
        raise FeedListError(f"{where}: expected a table")
    _unknown(table, SETTING_KEYS, where)
    base = Settings()
    values: dict[str, object] = {}
    for key in SETTING_KEYS:
        default = getattr(base, key)
        kind = str if key in ("contact", "user_agent") else (int, float)
        value = _typed(table, key, kind, where, default)
        if kind is not str and value is not None and value <= 0:  # type: ignore[operator]
            raise FeedListError(f"{where}: '{key}' must be > 0, got {value!r}")
        values[key] = value
    for key in ("max_bytes", "max_redirects", "max_entries"):
        values[key] = int(values[key])  # type: ignore[arg-type]
    contact = (env.get(CONTACT_ENV) or "").strip() or (values["contact"] or "").strip()  # type: ignore[union-attr]
    values["contact"] = contact or None
    return Settings(**values)  # type: ignore[arg-type]


def load_feed_list(path: Path, env: dict[str, str] | None = None) -> FeedList:
    """The checked feed list; the contact comes from CADRAN_CONTACT, else `[settings]`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FeedListError(f"{path}: no such feed list") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FeedListError(f"{path}: not valid TOML ({exc})") from None
    _unknown(data, ("feeds", "settings"), path.name)
    raw_feeds = data.get("feeds", [])
    if not isinstance(raw_feeds, list):
        raise FeedListError(f"{path.name}: 'feeds' must be a list of [[feeds]] tables")
    feeds = tuple(_feed(t, n) for n, t in enumerate(raw_feeds, start=1))
    seen: set[str] = set()
    for f in feeds:
        if f.id in seen:
            raise FeedListError(f"{path.name}: feed id {f.id!r} is used twice")
        seen.add(f.id)
    settings = _settings(data.get("settings", {}), dict(os.environ) if env is None else env)
    return FeedList(feeds, settings)
