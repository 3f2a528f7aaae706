"""The feed list and the address rules, without any request."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from etl.fetch.client import PoliteClient
from etl.fetch.feeds import FeedListError, Settings, load_feed_list
from etl.fetch.guard import Guard, Refused, canonical
from tests.fetch.conftest import ROOT
from tests.fetch.feedlist import feed_toml

SHIPPED = ROOT / "data" / "raw" / "news" / "feeds.toml"


def test_shipped_feed_list_names_real_regional_outlets_all_unverified():
    feeds = load_feed_list(SHIPPED, env={})
    names = {f.name for f in feeds.feeds}
    assert {"macommune.info", "France 3 Bourgogne-Franche-Comté", "L'Est Républicain"} <= names
    assert "Traces Écrites" in names
    assert all(not f.verified and not f.allow_private and f.delay > 0 for f in feeds.feeds)
    assert feeds.settings.contact is None  # each installation sets its own
    assert load_feed_list(SHIPPED, env={"CADRAN_CONTACT": "mailto:a@b.c"}).settings.contact


@pytest.mark.parametrize(
    ("feed", "message"),
    [
        ({"kind": "json"}, "kind must be one of rss, atom, page"),
        ({"delay": 0, "allow_private": False}, "0 is allowed only with allow_private"),
        ({"folow": True}, "unknown key 'folow' (did you mean 'follow'?)"),
        ({"url": "file:///etc/passwd"}, "url must be an http(s) address"),
        ({"every": "soon"}, "expected a duration"),
        ({"follow": "yes"}, "'follow' must be true or false"),
        ({"id": "Bad Id"}, "must be lower-case letters"),
    ],
)
def test_bad_feed_entries_are_refused_with_the_key(tmp_path: Path, feed: dict, message: str):
    base = {"id": "f", "url": "http://127.0.0.1:9/feed", "name": "F", "kind": "rss"}
    path = tmp_path / "feeds.toml"
    path.write_text(feed_toml([{**base, **feed}]), encoding="utf-8")
    with pytest.raises(FeedListError, match=re.escape(message)):
        load_feed_list(path, env={})


def test_guard_allows_only_listed_http_hosts_and_private_addresses_on_request():
    guard = Guard({"127.0.0.1", "news.example.org"}, resolver=lambda h: {"news.example.org": ["93.184.216.34"]}.get(h, [h]))  # fmt: skip
    for url, reason in [
        ("file:///etc/passwd", "only http(s)"),
        ("ftp://news.example.org/x", "only http(s)"),
        ("http://elsewhere.example.net/", "neither in the feed list"),
        ("http://127.0.0.1:8000/feed", "private or loopback"),
    ]:
        with pytest.raises(Refused, match=re.escape(reason)):
            guard.check(url, allow_private=False)
    assert guard.check("http://127.0.0.1:8000/feed", allow_private=True) is True
    assert guard.check("https://news.example.org/feed", allow_private=False) is False


def test_public_hosts_are_refused_while_no_contact_is_set():
    from etl.fetch.feeds import Feed

    asked: list[str] = []
    guard = Guard({"news.example.org"}, resolver=lambda h: asked.append(h) or ["93.184.216.34"])
    feed = Feed("p", "https://news.example.org/feed", "P", "rss")
    with (
        PoliteClient(Settings(contact=None), guard) as client,
        pytest.raises(Refused, match="no contact set"),
    ):
        client.get(feed.url, feed)
    assert client.requests == 0 and asked == []  # not even the host name was resolved
    private_ok = Feed("q", "https://news.example.org/feed", "Q", "rss", allow_private=True)
    with (
        PoliteClient(Settings(contact=None), guard) as client,
        pytest.raises(Refused, match="no contact set"),
    ):
        client.get(private_ok.url, private_ok)  # resolved: a public address, so refused
    assert client.requests == 0 and asked == ["news.example.org"]


def test_canonical_address_drops_tracking_fragment_and_default_port():
    assert canonical("HTTPS://Www.Example.org:443/a?utm_source=rss&id=3#top") == (
        "https://www.example.org/a?id=3"
    )
