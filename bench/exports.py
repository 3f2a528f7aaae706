"""Benchmark of the exports (issue 5): Excel report, 100,000-row Excel, warm PNG, deck.

Measures (median of --repeat runs, after one warm-up run):
  - Excel report of the whole default package (data/tidy, indicator/segment/geo = all);
  - Excel report of N SYNTHETIC observations (random values over the package's real codes,
    written to a temporary folder for timing only, never shipped) against
    `polars.DataFrame.write_excel` of the same rows and columns;
  - a warm PNG (16:9, scale 2) of the sector chart through the shared kaleido server;
  - the PowerPoint deck of the default view (every chart).
Targets: default package < 1 s; N rows no slower than write_excel; warm PNG < 0.5 s; deck < 1 s.

Usage: .venv/bin/python bench/exports.py [--rows 100000] [--repeat 3] [--data data/tidy]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import polars as pl
import xlsxwriter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.data import load  # noqa: E402
from dashboard.exports.deck import deck_bytes  # noqa: E402
from dashboard.exports.excel import DATA_COLUMNS, write_excel  # noqa: E402
from dashboard.exports.images import chart_image, ensure_server, image_spec, stop_server  # noqa: E402
from dashboard.exports.scope import scope_from_query, scope_rows  # noqa: E402
from dashboard.view import View  # noqa: E402

WHOLE = "indicator=all&segment=all&geo=all"


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(first run, median of `repeat` later runs) in seconds."""
    start = time.perf_counter()
    fn()
    first = time.perf_counter() - start
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return first, statistics.median(runs)


def synthetic_package(real: Path, folder: Path, rows: int, seed: int = 5) -> Path:
    """SYNTHETIC observations over the real lookup tables: for timing only."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("sources", "indicators", "segments", "geographies"):
        shutil.copy(real / f"{name}.parquet", folder / f"{name}.parquet")
    rng = np.random.default_rng(seed)
    ind = pl.read_parquet(real / "indicators.parquet").select("code", "unit")
    pick = rng.integers(0, ind.height, rows)
    segs = pl.read_parquet(real / "segments.parquet")["code"].to_numpy()
    geos = pl.read_parquet(real / "geographies.parquet")["code"].to_numpy()[:12]
    srcs = pl.read_parquet(real / "sources.parquet")["source_id"].to_numpy()
    years = rng.integers(1990, 2026, rows)
    obs = pl.DataFrame(
        {
            "observation_id": [f"synthetic-{i:06d}" for i in range(rows)],
            "indicator": ind["code"].to_numpy()[pick],
            "value": np.round(rng.lognormal(15, 3, rows)),
            "unit": ind["unit"].to_numpy()[pick],
            "period": years.astype(str),
            "geo": rng.choice(geos, rows),
            "segment": rng.choice(segs[:6], rows),
            "entity": [None] * rows,
            "approximate": rng.random(rows) < 0.1,
            "status": ["official"] * rows,
            "source_id": rng.choice(srcs, rows),
            "locator": ["synthetic row"] * rows,
            "original_text": [None] * rows,
            "note": [None] * rows,
        },
        schema_overrides={"entity": pl.String, "original_text": pl.String, "note": pl.String},
    ).with_columns(pl.date(pl.col("period").cast(pl.Int32), 1, 1).alias("period_start"))
    obs.write_parquet(folder / "observations.parquet")
    from tests.dashboard.fixture_package import describe

    names = ("sources", "indicators", "segments", "geographies", "observations")
    descriptor = {
        **describe(names, "synthetic-benchmark-only", "2026-01-01T00:00:00Z"),
        "title": "SYNTHETIC rows for the export benchmark (not data)",
    }
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "tidy")
    args = parser.parse_args()
    results: list[tuple[str, float, str]] = []
    pkg = load(args.data)
    with tempfile.TemporaryDirectory(prefix="cadran-bench-") as tmp_name:
        tmp = Path(tmp_name)
        whole = scope_from_query(pkg, WHOLE)
        _, t = timed(lambda: write_excel(pkg, whole, tmp / "whole.xlsx"), args.repeat)
        n = scope_rows(pkg, whole).height
        results.append((f"Excel, whole default package ({n} rows)", t, "< 1 s"))
        default = scope_from_query(pkg, "")
        _, t = timed(lambda: write_excel(pkg, default, tmp / "view.xlsx"), args.repeat)
        results.append(("Excel, default view", t, "< 1 s"))

        syn = load(synthetic_package(args.data, tmp / "synthetic", args.rows))
        scope = scope_from_query(syn, WHOLE)
        rows = scope_rows(syn, scope)
        frame = rows.select([c for _, c in DATA_COLUMNS]).rename({c: h for h, c in DATA_COLUMNS})
        repeat = max(1, args.repeat - 1)
        _, ours = timed(lambda: write_excel(syn, scope, tmp / "syn.xlsx"), repeat)

        def reference() -> None:
            # URLs stay text, as in our Données sheet (xlsxwriter would make 65,530 links)
            book = xlsxwriter.Workbook(tmp / "polars.xlsx", {"strings_to_urls": False})
            frame.write_excel(
                book, worksheet="Données", table_style="Table Style Medium 2",
                column_formats={"Valeur": '#,##0,,\\ "M€"'}, autofit=False,
            )  # fmt: skip

        _, theirs = timed(reference, repeat)
        label = f"{rows.height:,} SYNTHETIC rows"
        results.append((f"Excel report, {label}", ours, f"<= write_excel ({theirs:.2f} s)"))
        results.append((f"polars write_excel, {label}", theirs, "reference"))

        ensure_server()
        spec = image_spec("png", "16x9")
        cold, warm = timed(lambda: chart_image(pkg, "sector", View(), spec), max(3, args.repeat))
        results.append(("PNG 16:9 first (starts Chromium)", cold, "once per process"))
        results.append(("PNG 16:9 warm", warm, "< 0.5 s"))
        stop_server()

        _, t = timed(lambda: deck_bytes(pkg, default), args.repeat)
        results.append(("PowerPoint deck, default view", t, "< 1 s"))

    width = max(len(r[0]) for r in results)
    for name, seconds, target in results:
        print(f"{name:<{width}}  {seconds:7.3f} s   target {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
