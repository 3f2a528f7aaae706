"""Benchmark of the dashboard on a scaled copy of the data package.

Writes a package with 1,000,000 observations and 100,000 news items to a temporary folder
(lookup tables from data/tidy when it exists; the scaled rows are random draws over them, for
timing only, never shipped), then measures:
  - server-side time of the main callbacks and page layouts (p50, p95 over repeated calls,
    including the JSON encoding Dash does before answering);
  - resident memory of a real server process (`python -m dashboard`) after the pages loaded;
  - page ready time in headless Chromium (navigation until the chart is drawn).
Targets (issue 4): p95 < 100 ms, memory < 500 MB, page ready < 2 s.

Usage: .venv/bin/python bench/dashboard.py [--observations N] [--news N] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LOOKUPS = ("sources", "indicators", "segments", "geographies")
WORDS = [
    "horlogerie",
    "manufacture",
    "atelier",
    "emploi",
    "salariés",
    "commandes",
    "export",
    "mouvement",
    "boîtier",
    "cadran",
    "bracelet",
    "Besançon",
    "Morteau",
    "Doubs",
    "Jura",
    "entreprise",
    "chiffre",
    "affaires",
    "croissance",
    "formation",
    "apprentis",
    "marché",
    "Suisse",
    "frontaliers",
    "investissement",
    "usine",
]


def lookups() -> dict[str, pl.DataFrame]:
    tidy = ROOT / "data" / "tidy"
    if all((tidy / f"{n}.parquet").is_file() for n in LOOKUPS):
        return {n: pl.read_parquet(tidy / f"{n}.parquet") for n in LOOKUPS}
    from tests.dashboard import fixture_package as fx

    return {"sources": fx.SOURCES, "indicators": fx.INDICATORS, "segments": fx.SEGMENTS,
            "geographies": fx.GEOGRAPHIES}  # fmt: skip


def scaled_package(folder: Path, n_obs: int, n_news: int, seed: int = 7) -> Path:
    """Write the scaled package; the headline series keeps its real rows when available."""
    rng = np.random.default_rng(seed)
    tables = lookups()
    ind = tables["indicators"]["code"].to_numpy()
    seg = tables["segments"]["code"].to_numpy()
    geo = tables["geographies"]["code"].to_numpy()
    src = tables["sources"]["source_id"].to_numpy()
    units = dict(tables["indicators"].select("code", "unit").iter_rows())
    years = rng.integers(1995, 2026, n_obs)
    pick_ind = rng.choice(ind, n_obs)
    obs = pl.DataFrame({
        "observation_id": [f"B{i:07d}" for i in range(n_obs)],
        "indicator": pick_ind,
        "value": rng.lognormal(12, 3, n_obs).round(0),
        "unit": [units.get(c, "EUR") for c in pick_ind],
        "period": years.astype(str),
        "period_start": [date(int(y), 1, 1) for y in years],
        "geo": rng.choice(geo, n_obs),
        "segment": rng.choice(seg, n_obs),
        "entity": pl.Series([None] * n_obs, dtype=pl.String),
        "approximate": rng.random(n_obs) < 0.1,
        "status": rng.choice(["official", "reported", "candidate"], n_obs, p=[0.6, 0.35, 0.05]),
        "source_id": rng.choice(src, n_obs),
        "locator": "bench",
        "original_text": pl.Series([None] * n_obs, dtype=pl.String),
        "note": pl.Series([None] * n_obs, dtype=pl.String),
        "ref": pl.Series([None] * n_obs, dtype=pl.String),
    })  # fmt: skip
    real = ROOT / "data" / "tidy" / "observations.parquet"
    if real.is_file():
        keep = pl.read_parquet(real).select(obs.columns).cast(obs.schema)  # type: ignore[arg-type]
        obs = pl.concat([keep, obs.head(n_obs - keep.height)])
    regions_depts = tables["geographies"].filter(pl.col("level").is_in(["region", "department"]))
    rd = regions_depts["code"].to_numpy()
    days = rng.integers(0, 365 * 12, n_news)
    base = date(2014, 1, 1).toordinal()
    texts = [
        " ".join(rng.choice(WORDS, 90)) + f" {int(n)} salariés."
        for n in rng.integers(5, 900, n_news)
    ]
    news = pl.DataFrame({
        "news_id": [f"N{i:06d}" for i in range(n_news)],
        "outlet": rng.choice(["Journal A", "Journal B", "Journal C", "Journal D"], n_news),
        "url": [f"https://example.org/n/{i}" for i in range(n_news)],
        "published_on": [date.fromordinal(base + int(d)) for d in days],
        "updated_on": pl.Series([None] * n_news, dtype=pl.Date),
        "title": [" ".join(rng.choice(WORDS, 6)).capitalize() for _ in range(n_news)],
        "lead": [" ".join(rng.choice(WORDS, 20)) for _ in range(n_news)],
        "text": texts,
        "places": [[] for _ in range(n_news)],
        "geo": [list(rng.choice(rd, 2, replace=False)) for _ in range(n_news)],
        "topics": [["watchmaking"] if t < 0.6 else ["economy"] for t in rng.random(n_news)],
        "source_id": rng.choice(src, n_news),
    }, schema_overrides={"places": pl.List(pl.String)})  # fmt: skip
    with_fig = rng.choice(n_news, n_news // 2, replace=False)
    figures = pl.DataFrame({
        "figure_id": [f"F{i:06d}" for i in range(len(with_fig))],
        "news_id": [f"N{i:06d}" for i in with_fig],
        "span": [texts[i].rsplit(" ", 2)[-2] + " salariés" for i in with_fig],
        "start": pl.Series([None] * len(with_fig), dtype=pl.Int64),
        "end": pl.Series([None] * len(with_fig), dtype=pl.Int64),
        "value": [float(texts[i].rsplit(" ", 2)[-2]) for i in with_fig],
        "unit": "persons", "indicator": "jobs",
        "observation_id": pl.Series([None] * len(with_fig), dtype=pl.String),
        "status": "reported", "metric": "employees", "approximate": False,
        "sentence": [texts[i] for i in with_fig],
        "review_key": [f"N{i:06d} bench" for i in with_fig], "extraction": "bench",
    })  # fmt: skip
    from tests.dashboard import fixture_package as fx

    folder.mkdir(parents=True, exist_ok=True)
    all_tables = {**tables, "observations": obs, "news_items": news, "news_figures": figures}
    for name, frame in all_tables.items():
        frame.write_parquet(folder / f"{name}.parquet")
    descriptor = fx.describe(all_tables, "cadran-bench", date.today().isoformat())
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


def timings(fn: Callable[[], object], repeat: int, reset: Callable[[], None]) -> tuple[float, ...]:
    """p50 and p95 (ms) of fn() plus Dash's JSON encoding of its result: cold (`reset` called
    before each call) and warm (the same call repeated)."""
    from plotly.io.json import to_json_plotly

    def pct(values: list[float]) -> tuple[float, float]:
        values.sort()
        return statistics.median(values), values[
            min(len(values) - 1, round(0.95 * (len(values) - 1)))
        ]

    fn()  # warm-up (imports, first allocation)
    cold, cold_cpu, warm = [], [], []
    for _ in range(repeat):
        reset()
        t0, c0 = time.perf_counter(), time.process_time()
        to_json_plotly(fn())
        cold.append((time.perf_counter() - t0) * 1000)
        cold_cpu.append((time.process_time() - c0) * 1000)
        t0 = time.perf_counter()
        to_json_plotly(fn())
        warm.append((time.perf_counter() - t0) * 1000)
    return (*pct(cold), *pct(cold_cpu), *pct(warm))


def forget_series(memo: dict) -> None:
    """Cold call: the view's series is not memoised yet (per-package lookups such as option
    lists and region counts, computed once per package load, are kept)."""
    for key in [k for k in memo if isinstance(k, tuple) and k and k[0] == "series"]:
        memo.pop(key, None)


def bench_callbacks(folder: Path, repeat: int) -> list[tuple]:
    from dashboard.app import app
    from dashboard.data import ENV_VAR
    from dashboard.layouts import news, overview, sector, table, territories

    app.server.config[ENV_VAR] = str(folder)
    cases: list[tuple[str, Callable[[], object]]] = [
        ("page / (layout)", lambda: overview.layout({})),
        ("page /secteur (layout)", lambda: sector.layout({})),
        ("sector redraw: revenue level", lambda: sector.redraw(
            "revenue", "watchmaking", "FR", "", "level", None, [1995, 2025], "")),
        ("sector redraw: jobs index 2015", lambda: sector.redraw(
            "jobs", "watchmaking", "FR", "", "index", 2015, [2005, 2025], "")),
        ("sector redraw: yoy, BFC", lambda: sector.redraw(
            "revenue", "watchmaking", "FR-BFC", "", "yoy", None, [1995, 2025], "")),
        ("news refilter: search 'besançon'", lambda: news.refilter(
            "besançon", None, None, None, None, None, [], 0, "")),
        ("news refilter: region + figures", lambda: news.refilter(
            "", "FR-BFC", None, "watchmaking", "2020-01-01", None, ["1"], 0, "")),
        ("page /actualites (layout)", lambda: news.layout({})),
        ("page /territoires?metric=news", lambda: territories.layout({"metric": "news"})),
        ("data table: indicator filter", lambda: table.refilter("jobs", None, None, "")),
    ]  # fmt: skip
    results = []
    with app.server.test_request_context("/"):
        t0 = time.perf_counter()
        from dashboard.data import current

        pkg = current()
        print(f"  package load (first request): {(time.perf_counter() - t0) * 1000:.0f} ms")
        for name, fn in cases:
            results.append((name, *timings(fn, repeat, lambda: forget_series(pkg.memo))))
    return results


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bench_browser(
    folder: Path, pages: list[str], runs: int
) -> tuple[list[tuple[str, float]], float]:
    """Start a real server process, load pages in headless Chromium, measure ready time and RSS."""
    import psutil
    from playwright.sync_api import sync_playwright

    port = free_port()
    env = {**os.environ, "CADRAN_DATA": str(folder)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard", "--port", str(port), "--data", str(folder)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        ready: list[tuple[str, float]] = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--disable-background-networking"])  # fmt: skip
            page = browser.new_page()
            page.goto(base + "/")  # warm caches (package load, browser cache)
            page.wait_for_selector("main h1", timeout=60000)
            for path in pages:
                times = []
                for _ in range(runs):
                    t0 = time.perf_counter()
                    page.goto(base + path)
                    page.wait_for_selector("main h1", timeout=30000)
                    if path in ("/", "/secteur", "/territoires"):
                        page.wait_for_selector(".js-plotly-plot .main-svg .gtitle", timeout=30000)
                    elif path == "/actualites":
                        page.wait_for_selector("#news-list article", timeout=30000)
                    times.append((time.perf_counter() - t0) * 1000)
                ready.append((path, statistics.median(times)))
            browser.close()
        server = psutil.Process(proc.pid)
        rss = server.memory_info().rss / 2**20
        time.sleep(5)
        idle = server.memory_info().rss / 2**20
        peak = _peak_rss(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return ready, (rss, idle, peak)


def _peak_rss(pid: int) -> float:
    """VmHWM: the highest resident size the process reached (Linux), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--observations", type=int, default=1_000_000)
    parser.add_argument("--news", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3, help="page loads per page")
    args = parser.parse_args()
    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs (wall times grow with other work on the machine; "
          f"cpu = process CPU time, all threads)")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="cadran-bench-") as tmp:
        t0 = time.perf_counter()
        folder = scaled_package(Path(tmp) / "tidy", args.observations, args.news)
        size = sum(f.stat().st_size for f in folder.iterdir()) / 2**20
        print(f"scaled package: {args.observations:,} observations, {args.news:,} news items, "
              f"{size:.0f} MB on disk, written in {time.perf_counter() - t0:.1f} s")  # fmt: skip
        print(f"server-side callbacks ({args.repeat} calls each, incl. JSON encoding):")
        results = bench_callbacks(folder, args.repeat)
        print(f"  {'':<36} {'cold p50':>9} {'cold p95':>9} {'cpu p50':>9} {'cpu p95':>9} "
              f"{'warm p50':>9} {'warm p95':>9}")  # fmt: skip
        for name, *values in results:
            flag = "" if values[1] < 100 else "  > 100 ms (cold wall p95)"
            print(f"  {name:<36} " + " ".join(f"{v:9.1f}" for v in values) + flag)
        pages = ["/", "/secteur", "/actualites", "/territoires", "/donnees", "/sources"]
        try:
            import playwright  # noqa: F401  (a test extra: the browser part is optional)
        except ImportError:
            print("page ready in headless Chromium: skipped (playwright is a test extra; "
                  "run `make install-test` to measure it)")  # fmt: skip
            return 0
        ready, rss = bench_browser(folder, pages, args.runs)
        print(f"page ready in headless Chromium (median of {args.runs}):")
        for path, ms in ready:
            print(f"  {path:<14} {ms:7.0f} ms" + ("" if ms < 2000 else "  > 2 s target"))
        now, idle, peak = rss
        print(
            f"server resident memory: {now:.0f} MB right after the page loads, {idle:.0f} MB "
            f"after 5 s idle, peak {peak:.0f} MB" + ("" if now < 500 else "  > 500 MB target")
        )
    print(f"load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
