"""Fetching from a local site: feeds, pages, conditional requests, dedup, relevance, archive."""

from __future__ import annotations

import itertools
import json

from tests.fetch.content import ECONOMY, SPORT, WATCH, article, atom, rss, several

RSS = "application/rss+xml; charset=utf-8"


def _three_items(site) -> list[dict]:
    return [
        {"title": "Duval recrute à Besançon", "link": site.url("/a/duval"), "text": WATCH},
        {"title": "Martin agrandit son usine", "link": site.url("/a/martin"), "text": ECONOMY},
        {"title": "Victoire du club de handball", "link": site.url("/a/hand"), "text": SPORT},
    ]


def _items(fetcher, folder: str = "items") -> list[str]:
    return sorted(
        p.read_text(encoding="utf-8") for p in (fetcher.archive_dir / folder).rglob("*.txt")
    )


def test_rss_items_are_archived_with_their_decision_and_refetch_is_conditional(site, fetcher):
    site.add("/feed.xml", rss(_three_items(site)), ctype=RSS, etag='"v1"')
    fetcher.write(
        [{"id": "courrier", "url": site.url("/feed.xml"), "name": "Le Courrier", "kind": "rss"}]
    )

    first = fetcher.run()["courrier"]
    assert (first.new, first.set_aside, first.failed) == (2, 1, 0)
    shown = _items(fetcher)
    assert any("title: Duval recrute à Besançon" in t and "120 salariés" in t for t in shown)
    assert all("outlet: Le Courrier" in t and "published: 2026-11-10" in t for t in shown)
    assert any("handball" in t for t in _items(fetcher, "set-aside"))
    decisions = [
        json.loads(line)
        for line in (fetcher.archive_dir / "decisions.jsonl").read_text().splitlines()
    ]
    why = {d["title"]: (d["shown"], d["why"]) for d in decisions}
    assert why["Duval recrute à Besançon"][0] is True
    assert "rule sector" in why["Duval recrute à Besançon"][1]
    shown_flag, reason = why["Victoire du club de handball"]
    assert shown_flag is False and reason.startswith("no rule matched: topics")
    robots, response = (
        json.loads(line)
        for line in (fetcher.archive_dir / "responses.jsonl").read_text().splitlines()
    )
    assert robots["url"] == site.url("/robots.txt") and robots["status"] == 404
    assert response["url"] == response["final_url"] == site.url("/feed.xml")
    assert response["status"] == 200 and response["headers"]["etag"] == '"v1"'
    assert response["retrieved_at"] and len(response["sha256"]) == 64
    body = fetcher.archive_dir / "bodies" / response["sha256"][:2] / response["sha256"]
    assert body.read_bytes() == site.routes["/feed.xml"].body

    second = fetcher.run()["courrier"]
    assert site.hits[-1].headers.get("If-None-Match") == '"v1"'
    assert (second.new, second.failed) == (0, 0) and "304" in second.reason
    assert _items(fetcher) == shown


def test_same_item_under_two_addresses_and_a_known_address_add_nothing(site, fetcher):
    items = _three_items(site)[:1]
    site.add("/one.xml", rss(items), ctype=RSS)
    copy = [{**items[0], "link": site.url("/a/duval?utm_source=rss")}]
    moved = [{**items[0], "link": site.url("/autre/adresse")}]
    site.add("/two.xml", rss(copy + moved), ctype=RSS)
    fetcher.write(
        [
            {"id": "one", "url": site.url("/one.xml"), "name": "Un", "kind": "rss"},
            {"id": "two", "url": site.url("/two.xml"), "name": "Deux", "kind": "rss"},
        ]
    )
    reports = fetcher.run()
    assert reports["one"].new == 1
    # same canonical address (tracking parameter dropped), then same words elsewhere
    assert (reports["two"].new, reports["two"].unchanged) == (0, 2)
    assert len(_items(fetcher)) == 1


def test_atom_entries_followed_to_their_article_pages(site, fetcher):
    site.add("/a/duval", article("Duval recrute à Besançon", WATCH))
    site.add("/a/martin", article("Martin agrandit son usine", ECONOMY, date="2026-11-13"))
    entries = [
        {"title": "Duval", "link": site.url("/a/duval"), "text": "Résumé court."},
        {"title": "Martin", "link": site.url("/a/martin")},
    ]
    site.add("/atom.xml", atom(entries), ctype="application/atom+xml")
    fetcher.write(
        [
            {
                "id": "atom",
                "url": site.url("/atom.xml"),
                "name": "Atom",
                "kind": "atom",
                "follow": True,
            }
        ]
    )
    report = fetcher.run()["atom"]
    assert (report.new, report.failed) == (2, 0), report.reason
    texts = _items(fetcher)
    duval = next(t for t in texts if "Duval recrute" in t)
    assert "14 millions d'euros" in duval  # the article's text, not the feed's summary
    assert "Accueil" not in duval and "Météo" not in duval and "Mentions légales" not in duval
    assert "published: 2026-11-12" in duval  # the entry's own date
    assert "/a/duval" in site.paths() and "/a/martin" in site.paths()


def test_page_holding_several_items_is_split(site, fetcher):
    page = several(
        [
            ("Duval recrute à Besançon", "2026-11-03", WATCH),
            ("Martin agrandit son usine à Morteau", "2026-11-04", ECONOMY),
            ("Victoire du club de handball", "2026-11-05", SPORT),
        ]
    )
    site.add("/breves", page)
    fetcher.write([{"id": "breves", "url": site.url("/breves"), "name": "Brèves", "kind": "page"}])
    report = fetcher.run()["breves"]
    assert (report.new, report.set_aside) == (2, 1)
    texts = _items(fetcher)
    assert any(
        "title: Martin agrandit son usine à Morteau" in t and "published: 2026-11-04" in t
        for t in texts
    )


def test_redirects_are_followed_and_recorded_and_a_loop_is_one_failure(site, fetcher):
    site.add("/feed.xml", rss(_three_items(site)[:1]), ctype=RSS)
    site.add("/old", status=301, headers={"Location": "/feed.xml"})
    site.add("/loop-a", status=302, headers={"Location": "/loop-b"})
    site.add("/loop-b", status=302, headers={"Location": "/loop-a"})
    fetcher.write(
        [
            {"id": "moved", "url": site.url("/old"), "name": "Moved", "kind": "rss"},
            {"id": "loop", "url": site.url("/loop-a"), "name": "Loop", "kind": "rss"},
        ]
    )
    reports = fetcher.run()
    assert reports["moved"].new == 1
    assert reports["loop"].failed == 1 and "redirect loop" in reports["loop"].reason
    records = [
        json.loads(line)
        for line in (fetcher.archive_dir / "responses.jsonl").read_text().splitlines()
    ]
    hop, final = (r for r in records if r["url"] in (site.url("/old"), site.url("/feed.xml")))
    assert (hop["status"], hop["headers"]["location"]) == (301, "/feed.xml")
    assert final["url"] == site.url("/old") and final["final_url"] == site.url("/feed.xml")
    assert final["status"] == 200 and final["redirects"] == [site.url("/old")]
    assert any(r["url"].endswith("/robots.txt") and r["status"] == 404 for r in records)
    assert site.paths().count("/loop-a") + site.paths().count("/loop-b") <= 3


def test_each_failing_feed_is_one_line_and_the_others_go_on(site, fetcher):
    good = site.add("/good.xml", rss(_three_items(site)[:1]), ctype=RSS)
    site.add("/slow.xml", rss([]), ctype=RSS, sleep=2.5)
    site.add("/error.xml", "oops", ctype=RSS, status=500)
    site.add("/big.xml", b"<rss>" + b"x" * 300_000 + b"</rss>", ctype=RSS, declare_length=False)
    site.add("/broken.xml", "<rss><channel><title>x</channel>", ctype=RSS)
    site.add("/html.xml", "<html><body>not a feed</body></html>", ctype="text/html")
    site.add("/lies", article("Duval", WATCH, charset="utf-8").encode("cp1252"))
    site.add(
        "/lies-latin",
        article("Duval", WATCH, charset="iso-8859-1").encode("utf-8"),
        ctype="text/html",
    )
    feeds = [
        ("slow", "/slow.xml", "rss", "timeout"),
        ("error", "/error.xml", "rss", "HTTP 500"),
        ("big", "/big.xml", "rss", "oversize"),
        ("broken", "/broken.xml", "rss", "malformed XML"),
        ("html", "/html.xml", "rss", "wrong content type text/html"),
        ("lies", "/lies", "page", "declared encoding utf-8 does not match"),
        ("lies-latin", "/lies-latin", "page", "but the bytes are UTF-8"),
    ]
    fetcher.write(
        [{"id": i, "url": site.url(p), "name": i, "kind": k} for i, p, k, _ in feeds]
        + [{"id": "good", "url": good, "name": "Good", "kind": "rss"}],
        timeout=1,
        max_bytes=100_000,
    )
    reports = fetcher.run()
    for feed_id, _, _, reason in feeds:
        assert reports[feed_id].failed == 1 and reason in reports[feed_id].reason, (
            feed_id,
            reports[feed_id].reason,
        )
    assert reports["good"].new == 1 and reports["good"].failed == 0


def test_xml_entities_are_refused_and_nothing_is_read_from_disk(site, fetcher):
    from tests.fetch.content import LAUGHS, XXE

    site.add("/xxe.xml", XXE, ctype=RSS)
    site.add("/laughs.xml", LAUGHS, ctype=RSS)
    fetcher.write(
        [
            {"id": "xxe", "url": site.url("/xxe.xml"), "name": "X", "kind": "rss"},
            {"id": "laughs", "url": site.url("/laughs.xml"), "name": "L", "kind": "rss"},
        ]
    )
    reports = fetcher.run()
    for feed_id in ("xxe", "laughs"):
        assert reports[feed_id].failed == 1
        assert "entity declarations refused" in reports[feed_id].reason
    assert not (fetcher.archive_dir / "items").exists()
    assert not (fetcher.archive_dir / "set-aside").exists()


def test_robots_txt_disallow_is_honoured(site, fetcher):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", ctype="text/plain")
    site.add("/private/feed.xml", rss(_three_items(site)[:1]), ctype=RSS)
    fetcher.write([{"id": "p", "url": site.url("/private/feed.xml"), "name": "P", "kind": "rss"}])
    report = fetcher.run()["p"]
    assert report.failed == 1 and "robots.txt disallows /private/feed.xml" in report.reason
    assert "/private/feed.xml" not in site.paths() and "/robots.txt" in site.paths()


def test_user_agent_names_the_contact_and_requests_to_a_host_are_spaced(site, fetcher):
    site.add("/a/duval", article("Duval recrute à Besançon", WATCH))
    site.add("/a/martin", article("Martin agrandit son usine", ECONOMY))
    entries = [
        {"title": "Duval", "link": site.url("/a/duval")},
        {"title": "Martin", "link": site.url("/a/martin")},
    ]
    site.add("/atom.xml", atom(entries), ctype="application/atom+xml")
    fetcher.write(
        [
            {
                "id": "spaced",
                "url": site.url("/atom.xml"),
                "name": "S",
                "kind": "atom",
                "follow": True,
                "delay": 0.4,
            }
        ]
    )
    assert fetcher.run()["spaced"].new == 2
    hits = [h for h in site.hits if h.path != "/robots.txt"]
    assert all("mailto:tests@cadran.invalid" in h.headers["User-Agent"] for h in site.hits)
    gaps = [b.at - a.at for a, b in itertools.pairwise(hits)]
    assert len(gaps) == 2 and min(gaps) >= 0.35


def test_items_fetched_before_are_kept_when_the_feed_later_fails(site, fetcher):
    site.add("/feed.xml", rss(_three_items(site)), ctype=RSS)
    fetcher.write([{"id": "c", "url": site.url("/feed.xml"), "name": "C", "kind": "rss"}])
    assert fetcher.run()["c"].new == 2
    before = _items(fetcher)
    site.add("/feed.xml", "down for maintenance", ctype="text/plain", status=503)
    report = fetcher.run()["c"]
    assert report.failed == 1 and "HTTP 503" in report.reason
    assert _items(fetcher) == before


def test_a_damaged_state_file_is_set_aside_and_no_item_comes_back_as_new(site, fetcher):
    site.add("/feed.xml", rss(_three_items(site)), ctype=RSS)
    fetcher.write([{"id": "c", "url": site.url("/feed.xml"), "name": "C", "kind": "rss"}])
    assert fetcher.run()["c"].new == 2
    (fetcher.archive_dir / "state.json").write_text('{"feeds": {', encoding="utf-8")
    report = fetcher.run()["c"]
    assert (report.new, report.set_aside, report.unchanged) == (0, 0, 3)
    assert list(fetcher.archive_dir.glob("state.json.damaged-*"))
    assert len(_items(fetcher)) == 2


def test_a_second_fetch_on_the_same_archive_stops_while_the_first_runs(site, fetcher, capsys):
    from etl.cli import main
    from etl.fetch.archive import Archive

    site.add("/feed.xml", rss(_three_items(site)), ctype=RSS)
    fetcher.write([{"id": "c", "url": site.url("/feed.xml"), "name": "C", "kind": "rss"}])
    with Archive(fetcher.archive_dir).locked():
        code = main(
            ["fetch", "--feeds", str(fetcher.feeds_path), "--archive", str(fetcher.archive_dir)]
        )
    assert code == 2 and "another fetch is writing to" in capsys.readouterr().err
    assert site.hits == []


def test_an_article_that_fails_is_retried_next_time_and_its_feed_goes_on(site, fetcher):
    site.add("/a/duval", article("Duval recrute à Besançon", WATCH))
    entries = [
        {"title": "Duval", "link": site.url("/a/duval")},
        {"title": "Martin", "link": site.url("/a/martin")},
    ]
    site.add("/atom.xml", atom(entries), ctype="application/atom+xml")
    fetcher.write(
        [{"id": "f", "url": site.url("/atom.xml"), "name": "F", "kind": "atom", "follow": True}]
    )
    first = fetcher.run()["f"]
    assert (first.new, first.failed) == (1, 1)
    assert first.reason == f"1 entries failed: HTTP 404 for {site.url('/a/martin')}"
    site.add("/a/martin", article("Martin agrandit son usine", ECONOMY))
    second = fetcher.run()["f"]
    assert (second.new, second.unchanged, second.failed) == (1, 1, 0)


def test_since_leaves_older_entries_for_a_later_run(site, fetcher):
    import datetime as dt

    site.add("/feed.xml", rss(_three_items(site)), ctype=RSS)  # entries of 2026-11-10
    fetcher.write([{"id": "c", "url": site.url("/feed.xml"), "name": "C", "kind": "rss"}])
    assert fetcher.run(since=dt.date(2026, 11, 11))["c"].new == 0
    assert fetcher.run(since=dt.date(2026, 11, 10))["c"].new == 2


def test_an_unreadable_robots_txt_means_disallow(site, fetcher):
    site.add("/robots.txt", "busy", ctype="text/plain", status=503)
    site.add("/feed.xml", rss(_three_items(site)[:1]), ctype=RSS)
    fetcher.write([{"id": "r", "url": site.url("/feed.xml"), "name": "R", "kind": "rss"}])
    report = fetcher.run()["r"]
    assert report.failed == 1 and "robots.txt" in report.reason and "disallow" in report.reason
    assert "/feed.xml" not in site.paths()


def test_a_followed_entry_takes_its_final_address_and_is_known_by_both(site, fetcher):
    site.add("/a/duval", article("Duval recrute à Besançon", WATCH))
    site.add("/go/123", status=302, headers={"Location": "/a/duval"})
    entries = [{"title": "Duval", "link": site.url("/go/123")}]
    site.add("/atom.xml", atom(entries), ctype="application/atom+xml")
    site.add(
        "/other.xml",
        atom([{"title": "Duval", "link": site.url("/a/duval")}]),
        ctype="application/atom+xml",
    )
    fetcher.write(
        [
            {"id": "f", "url": site.url("/atom.xml"), "name": "F", "kind": "atom", "follow": True},
            {"id": "g", "url": site.url("/other.xml"), "name": "G", "kind": "atom", "follow": True},
        ]
    )
    reports = fetcher.run()
    assert reports["f"].new == 1
    assert (reports["g"].new, reports["g"].unchanged) == (0, 1)
    assert site.paths().count("/a/duval") == 1  # known by its final address: not fetched again
    assert f"url: {site.url('/a/duval')}" in _items(fetcher)[0]


def test_a_feed_with_only_last_modified_is_asked_with_if_modified_since(site, fetcher):
    stamp = "Mon, 10 Nov 2026 08:00:00 GMT"
    site.add("/feed.xml", rss(_three_items(site)), ctype=RSS, last_modified=stamp)
    fetcher.write([{"id": "c", "url": site.url("/feed.xml"), "name": "C", "kind": "rss"}])
    assert fetcher.run()["c"].new == 2
    second = fetcher.run()["c"]
    asked = [h for h in site.hits if h.path == "/feed.xml"][-1]
    assert asked.headers.get("If-Modified-Since") == stamp and "If-None-Match" not in asked.headers
    assert (second.new, second.reason) == (0, "not modified (304)")
