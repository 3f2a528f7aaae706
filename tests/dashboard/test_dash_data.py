"""Data access: reading the package, reloading on change, working without the news tables."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from dashboard import data, news_queries
from tests.dashboard.fixture_package import write_package


def test_missing_package_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(data.PackageError, match=r"datapackage\.json"):
        data.load(tmp_path)


def test_without_news_tables_news_frames_are_empty(package_without_news: Path) -> None:
    pkg = data.load(package_without_news)
    assert not pkg.has_news
    assert pkg["news_items"].is_empty()
    assert pkg["news_items"].schema["published_on"] == pl.Date


def test_reload_when_descriptor_changes(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "p")
    first = data.load(folder)
    assert data.load(folder) is first  # cached
    obs = pl.read_parquet(folder / "observations.parquet").head(3)
    obs.write_parquet(folder / "observations.parquet")
    later = time.time() + 5
    os.utime(folder / "datapackage.json", (later, later))
    second = data.load(folder)
    assert second is not first
    assert second["observations"].height == 3


def test_regions_walk_up_from_communes(pkg) -> None:
    assert pkg.region_of["25056"] == "FR-BFC"
    assert pkg.region_of["FR-25"] == "FR-BFC"
    assert "FR" not in pkg.region_of


def test_news_filters_narrow_the_list(pkg) -> None:
    items, figs = pkg["news_items"], pkg["news_figures"]

    def ids(**kw) -> list[str]:
        f = news_queries.NewsFilter(**kw)
        return news_queries.filter_news(items, figs, pkg.region_of, f)["news_id"].to_list()

    assert ids() == ["N3", "N2", "N5", "N1", "N4"]
    assert ids(region="FR-BFC") == ["N2", "N1", "N4"]
    assert ids(department="FR-74") == ["N3"]
    assert ids(topic="economy") == ["N3", "N5", "N1", "N4"]
    assert ids(has_figures=True) == ["N2", "N5", "N4"]
    assert ids(q="besançon recrute") == ["N2"]


def test_news_query_round_trip_and_fallback(pkg) -> None:
    f, notices = news_queries.parse_news_filter(
        "region=FR-BFC&topic=bogus&from=2025-01-01&figures=1", {"FR-BFC"}, set()
    )
    assert (f.region, f.topic, f.has_figures, str(f.start)) == ("FR-BFC", None, True, "2025-01-01")
    assert [n.param for n in notices] == ["topic"]
    assert news_queries.parse_news_filter(f.to_query(), {"FR-BFC"}, set())[0] == f


def test_highlight_marks_figure_spans(pkg) -> None:
    item = pkg["news_items"].filter(pl.col("news_id") == "N2").row(0, named=True)
    figs = pkg["news_figures"].filter(pl.col("news_id") == "N2")
    pieces = news_queries.highlight(item["text"], figs)
    assert "".join(p for p, _ in pieces) == item["text"]
    assert [p for p, fid in pieces if fid] == ["120 personnes"]


def test_dates_written_as_text_are_typed_and_partial_ones_kept(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "p")
    sources = pl.read_parquet(folder / "sources.parquet").with_columns(
        pl.Series("published_on", ["2025-06-01", "2011-05", None, None, None])
    )
    sources.write_parquet(folder / "sources.parquet")
    pkg = data.load(folder)
    assert pkg["sources"]["published_on"].to_list()[:2] == [date(2025, 6, 1), None]
    assert pkg["sources"]["published_on_text"].to_list()[1] == "2011-05"


def test_missing_optional_columns_are_added_as_nulls(tmp_path: Path) -> None:
    folder = write_package(tmp_path / "p")
    figures = pl.read_parquet(folder / "news_figures.parquet").drop("qualifier", "value_max")
    figures.write_parquet(folder / "news_figures.parquet")
    obs = pl.read_parquet(folder / "observations.parquet").drop("note")
    obs.write_parquet(folder / "observations.parquet")
    pkg = data.load(folder)
    assert pkg["news_figures"]["qualifier"].null_count() == pkg["news_figures"].height
    assert pkg["news_figures"].schema["value_max"] == pl.Float64
    assert pkg["observations"]["note"].null_count() == pkg["observations"].height
    assert pkg["news_figures"]["metric"].to_list() == ["jobs", "employees", "revenue"]
