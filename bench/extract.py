"""Benchmark of French news figure extraction: articles per second on one core, peak memory.

Builds an in-memory corpus of at least 10,000 articles: the labelled dev texts from
../shared/news_dev/articles.jsonl (the shared folder is $CADRAN_SHARED when set; when it is
absent the digests alone make the corpus) and any .txt digests under data/raw/news/, repeated
with varied publication dates. Then times `extract_figures` in this process (one core: wall time
and CPU time of the process, the latter unaffected by other load on the machine) and, with
`--parallel`, `extract_many` on all cores. Memory: the process's peak RSS, and the peak of
Python allocations (tracemalloc) over a separate 1,000-article pass (tracing slows Python
down, so it is kept out of the timed run).

    .venv/bin/python bench/extract.py [--n 10000] [--parallel]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.news.extract.figures import extract_figures, extract_many  # noqa: E402

SHARED = Path(os.environ.get("CADRAN_SHARED") or ROOT.parent / "shared")  # optional
DEV_SET = SHARED / "news_dev" / "articles.jsonl"
DIGESTS = ROOT / "data" / "raw" / "news"


def _digest(path: Path) -> tuple[str, str | None]:
    """Body and published date of a digest ("key: value" header, blank line, body)."""
    raw = path.read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n\n")
    if not sep or not all(":" in line for line in head.splitlines()):
        return raw, None
    meta = dict(line.split(":", 1) for line in head.splitlines())
    return body, (meta.get("published") or "").strip() or None


def base_texts() -> list[str]:
    """The distinct texts the corpus is made of."""
    texts: list[str] = []
    if DEV_SET.exists():
        with DEV_SET.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    if DIGESTS.exists():
        texts += [_digest(p)[0] for p in sorted(DIGESTS.rglob("*.txt"))]
    if not texts:
        raise SystemExit(f"no texts found in {DEV_SET} or {DIGESTS}")
    return texts


def corpus(n: int, seed: int = 7) -> list[dict[str, str | None]]:
    """`n` records cycling over the base texts with varied publication dates (some null)."""
    rng = random.Random(seed)
    texts = base_texts()
    out: list[dict[str, str | None]] = []
    for i in range(n):
        year, month, day = rng.randint(2005, 2026), rng.randint(1, 12), rng.randint(1, 28)
        published = None if i % 10 == 9 else f"{year}-{month:02d}-{day:02d}"
        out.append({"id": f"bench-{i}", "text": texts[i % len(texts)], "published": published})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles in the corpus")
    parser.add_argument("--parallel", action="store_true", help="also time extract_many")
    args = parser.parse_args()
    records = corpus(max(args.n, 1))
    chars = sum(len(r["text"] or "") for r in records)
    extract_figures(records[0]["text"] or "", records[0]["published"])  # warm caches/imports
    t0, c0 = time.perf_counter(), time.process_time()
    figures = sum(len(extract_figures(r["text"] or "", r["published"])) for r in records)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    for r in records[:1000]:
        extract_figures(r["text"] or "", r["published"])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"corpus: {len(records)} articles, {chars / 1e6:.1f} M characters, {figures} figures")
    print(
        f"one core: {len(records) / elapsed:,.0f} articles/s wall ({elapsed:.2f} s), "
        f"{len(records) / cpu:,.0f} articles per CPU second ({cpu:.2f} s)"
    )
    print(
        f"memory: max RSS {rss_mb:.0f} MiB; peak Python allocations during extraction "
        f"{peak / 2**20:.2f} MiB"
    )
    if args.parallel:
        t0 = time.perf_counter()
        n_out = sum(1 for _ in extract_many(records))
        elapsed = time.perf_counter() - t0
        print(f"all cores (extract_many): {n_out / elapsed:,.0f} articles/s ({elapsed:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
