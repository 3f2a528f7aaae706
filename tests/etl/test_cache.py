"""The one build cache (etl/cache.py): keyed entries, last good read, whole writes."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from etl.cache import BuildCache
from etl.pipeline import build


def test_an_entry_is_found_by_its_key_or_as_the_last_good_read(tmp_path: Path) -> None:
    cache = BuildCache(tmp_path / "c")
    assert cache.get("news/a.rss", None) is None
    cache.put("news/a.rss", "k1", {"items": [1]})
    assert cache.get("news/a.rss", "k1").meta == {"items": [1]}
    assert cache.get("news/a.rss", "k2") is None  # another key: read again
    assert cache.get("news/a.rss", None).meta == {"items": [1]}  # the last good read


def test_a_failed_write_leaves_the_previous_entry_whole(tmp_path: Path) -> None:
    cache = BuildCache(tmp_path / "c")
    cache.put("src", "k1", {"n": 1}, lambda d: (d / "rows.txt").write_text("old"))

    def broken(folder: Path) -> None:
        (folder / "rows.txt").write_text("half")
        raise RuntimeError("killed mid-write")

    with pytest.raises(RuntimeError):
        cache.put("src", "k2", {"n": 2}, broken)
    entry = cache.get("src", None)
    assert entry.meta == {"n": 1}
    assert (entry.folder / "rows.txt").read_text() == "old"
    assert [p.name for p in (tmp_path / "c").iterdir() if p.name.startswith(".")] == []
    assert cache.get("src", "k2") is None


def test_a_corrupt_entry_is_a_miss(tmp_path: Path) -> None:
    cache = BuildCache(tmp_path / "c")
    cache.put("src", "k", {"n": 1})
    (cache.folder("src") / "meta.json").write_text("{not json", encoding="utf-8")
    assert cache.get("src", "k") is None


def test_both_stages_write_to_the_one_cache(raw_copy: Path, tmp_path: Path) -> None:
    digest = raw_copy / "news" / "d" / "d.txt"
    digest.parent.mkdir(parents=True)
    digest.write_text(
        "title: Un atelier recrute\noutlet: Un journal\nurl: https://example.org/a\n"
        "published: 2025-03-04\n\nL'atelier emploie 120 salariés à Morteau.\n",
        encoding="utf-8",
    )
    cache = tmp_path / "cache"
    result = build(raw_copy, tmp_path / "tidy", cache)
    assert {r.name: r.status for r in result.reports}["news/d/d.txt"] == "built"
    entries = [p.parent for p in cache.rglob("meta.json")]
    sources = [e for e in entries if (e / "observations.parquet").is_file()]
    news = [e for e in entries if e.parent.name == "news"]
    assert sources and news
    assert sum(pl.read_parquet(e / "observations.parquet").height for e in sources) > 0
    metas = [json.loads((e / "meta.json").read_text(encoding="utf-8")) for e in news]
    assert all({"items", "figures"} <= m["meta"].keys() and m["key"] for m in metas)
