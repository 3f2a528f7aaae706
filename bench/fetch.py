"""Benchmark of fetching: 2,000 items from a local site (delay 0), then the build.

A site on 127.0.0.1 (the fetch tests' `LocalSite`) serves 20 RSS feeds of 100 entries each;
the feeds are followed, so each entry's article page is fetched too and read by trafilatura.
Texts are generated here from a few sentence patterns with varied companies, towns and
figures, one in five about leisure (archived, not shown); bench data, never written to
data/raw. Then `python -m etl build` runs on a temp raw folder (reference tables only)
with the fetch archive beside it, and a second fetch
checks that nothing is new. Printed: wall time of each step, requests made, items shown,
peak memory of the fetch (this process) and of the build (child process).

    .venv/bin/python bench/fetch.py [--feeds 20] [--per-feed 100]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.fetch.archive import Archive  # noqa: E402
from etl.fetch.facts import FactReader  # noqa: E402
from etl.fetch.feed_run import FeedRun, select_feeds  # noqa: E402
from etl.fetch.feeds import load_feed_list  # noqa: E402
from etl.fetch.relevance import RELEVANCE_FILE, load_rules  # noqa: E402
from tests.fetch.content import article, rss  # noqa: E402
from tests.fetch.feedlist import feed_toml  # noqa: E402
from tests.fetch.site import LocalSite  # noqa: E402

RAW = ROOT / "data" / "raw"
COMPANIES = ["Duval", "Martin", "Perrin", "Girard", "Vuillemin", "Bourgeois", "Cuenot", "Jacquet"]
TOWNS = ["Besançon", "Morteau", "Pontarlier", "Maîche", "Montbéliard", "Dole", "Ornans", "Dijon"]
TRADES = ["manufacture horlogère", "entreprise de décolletage", "fabricant de cadrans", "PME"]
SENTENCES = [
    "La {trade} {co}, installée à {town}, emploie {n} salariés.",
    "Son chiffre d'affaires a atteint {m} millions d'euros en {year}, selon sa direction.",
    "Elle investit {k} millions d'euros dans un nouvel atelier qui ouvrira au printemps.",
    "Les élus de {town} ont salué un projet qui conforte l'industrie du territoire.",
]
LEISURE = [  # every fifth item: regional, with figures, but not about the economy
    "Le club de football de {town} a gagné son match de samedi devant {n} spectateurs.",
    "Le festival de musique de {town} a attiré {m} centaines de visiteurs ce week-end.",
]


def _text(rng: random.Random, i: int) -> tuple[str, str]:
    co, town, trade = rng.choice(COMPANIES), rng.choice(TOWNS), rng.choice(TRADES)
    values = {
        "co": f"{co} {i}",
        "town": town,
        "trade": trade,
        "n": rng.randint(8, 900),
        "m": rng.randint(2, 90),
        "k": rng.randint(1, 20),
        "year": rng.choice([2023, 2024, 2025]),
    }
    if i % 5 == 0:
        return f"Week-end {i} à {town}", " ".join(s.format(**values) for s in LEISURE)
    picked = rng.sample(SENTENCES, k=3)
    return f"{co} {i} à {town}", " ".join(s.format(**values) for s in picked)


def serve(site: LocalSite, feeds: int, per_feed: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    specs = []
    for f in range(feeds):
        items = []
        for e in range(per_feed):
            i = f * per_feed + e
            title, text = _text(rng, i)
            day = dt.date(2026, 1, 1) + dt.timedelta(days=i % 300)
            link = site.add(f"/a/{i}", article(title, text, date=day.isoformat()))
            items.append({"title": title, "link": link, "text": text[:80]})
        url = site.add(f"/feed-{f}.xml", rss(items), ctype="application/rss+xml", etag=f'"{f}"')
        specs.append(
            {"id": f"feed-{f}", "url": url, "name": f"Bench {f}", "kind": "rss", "follow": True}
        )
    return specs


def fetch(feeds_path: Path, archive_dir: Path) -> tuple[int, int, int]:
    feeds = load_feed_list(feeds_path, env={})
    archive = Archive(archive_dir)
    due, _ = select_feeds(feeds, archive, None, dt.datetime.now(dt.UTC))
    run = FeedRun(feeds, archive, load_rules(RAW / "reference" / RELEVANCE_FILE), FactReader(RAW))
    reports = run.run(due)
    failed = sum(r.failed for r in reports)
    if failed:
        raise SystemExit(f"{failed} failures: {[r.reason for r in reports if r.failed][:3]}")
    return sum(r.new for r in reports), sum(r.set_aside for r in reports), run.client.requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--per-feed", type=int, default=100)
    args = parser.parse_args()
    site = LocalSite().start()
    tmp = Path(tempfile.mkdtemp(prefix="cadran-bench-fetch-"))
    try:
        specs = serve(site, args.feeds, args.per_feed)
        (tmp / "feeds.toml").write_text(feed_toml(specs, max_entries=1000), encoding="utf-8")
        shutil.copytree(RAW / "reference", tmp / "raw" / "reference")
        (tmp / "raw" / "news").mkdir()
        t0 = time.perf_counter()
        shown, aside, requests = fetch(tmp / "feeds.toml", tmp / "fetched")
        t_fetch = time.perf_counter() - t0
        fetch_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        build = subprocess.run(
            [sys.executable, "-m", "etl", "build", "--raw", str(tmp / "raw"), "--out", str(tmp / "tidy"), "--cache", str(tmp / "cache")],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        t_build = time.perf_counter() - t0
        build_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if build.returncode != 0:
            raise SystemExit(f"build failed:\n{build.stderr[-2000:]}")
        import polars as pl

        items = pl.read_parquet(tmp / "tidy" / "news_items.parquet").height
        figures = pl.read_parquet(tmp / "tidy" / "news_figures.parquet").height
        t0 = time.perf_counter()
        again, _, again_requests = fetch(tmp / "feeds.toml", tmp / "fetched")
        t_again = time.perf_counter() - t0
        total = args.feeds * args.per_feed
        print(f"items served: {total} in {args.feeds} feeds (delay 0, articles followed)")
        print(
            f"fetch: {t_fetch:.1f} s, {requests} requests, {total / t_fetch:.0f} items/s; "
            f"{shown} shown, {aside} archived not shown; peak RSS {fetch_rss:.0f} MB"
        )
        print(
            f"build: {t_build:.1f} s; {items} news items, {figures} figures; peak RSS {build_rss:.0f} MB"
        )
        print(f"second fetch: {t_again:.2f} s, {again_requests} requests, {again} new")
    finally:
        site.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
