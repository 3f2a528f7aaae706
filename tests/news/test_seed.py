"""The real seed page through the whole build: items, places, figures, reported observations."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

from etl.pipeline import build
from tests.shared import SEED_PAGE, shared_path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pl.DataFrame]:
    """data/raw plus the seed page (copied from ../shared at test time), built to a tmp folder."""
    tmp = tmp_path_factory.mktemp("seed")
    raw = tmp / "raw"
    shutil.copytree(RAW, raw)
    (raw / "news" / "pages").mkdir()
    seed = shared_path(*SEED_PAGE)
    shutil.copy(seed, raw / "news" / "pages" / seed.name)
    result = build(raw, tmp / "tidy", tmp / "cache", full=True)
    assert not result.failed, [r.error for r in result.failed]
    names = ("news_items", "news_figures", "observations", "sources")
    return {n: pl.read_parquet(tmp / "tidy" / f"{n}.parquet") for n in names}


def _seed(package: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Items read from the seed page (their source rows point at raw/news/pages/)."""
    pages = package["sources"].filter(pl.col("raw_path").str.contains("/news/pages/"))
    return package["news_items"].filter(pl.col("source_id").is_in(pages["source_id"].to_list()))


def _item(package: dict[str, pl.DataFrame], title_start: str) -> dict:
    rows = _seed(package).filter(pl.col("title").str.starts_with(title_start))
    assert rows.height == 1, title_start
    return rows.row(0, named=True)


def _figures(package: dict[str, pl.DataFrame], news_id: str) -> pl.DataFrame:
    return package["news_figures"].filter(news_id=news_id).sort("start")


def test_seed_items_places_and_topics(package: dict[str, pl.DataFrame]) -> None:
    seed = _seed(package)
    assert seed.height == 6
    article = _item(package, "L’horlogerie française renforce")
    assert str(article["published_on"]) == "2025-10-02"
    assert article["places"] == ["25056"] and article["geo"] == ["FR-25", "FR-BFC"]
    assert "watchmaking" in article["topics"]
    ig = _item(package, "“Tournerie et Tabletterie")
    assert str(ig["published_on"]) == "2026-01-23"
    assert ig["places"] == ["39333"] and ig["geo"] == ["FR-39", "FR-BFC"]
    idkids = _item(package, "Okaïdi sollicite")
    # Not watchmaking; the fine topics of a receivership with jobs at stake.
    assert idkids["topics"] == ["economy", "employment", "insolvency"]
    assert idkids["geo"] == ["FR-BFC"]
    sources = package["sources"].filter(pl.col("source_id") == article["source_id"])
    assert sources.row(0, named=True)["kind"] == "news"
    assert sources.row(0, named=True)["licence"] == (
        "Résumé rédigé par Cadran ; article original © macommune.info"
    )


def test_idkids_figures(package: dict[str, pl.DataFrame]) -> None:
    idkids = _item(package, "Okaïdi sollicite")
    figs = _figures(package, idkids["news_id"])
    staff = figs.filter(pl.col("value") == 2000).row(0, named=True)
    assert staff["metric"] == "employees" and staff["unit"] == "persons"
    assert staff["approximate"] and staff["geo"] == "FR"
    stores = figs.filter(pl.col("unit") == "stores").row(0, named=True)
    assert stores["value"] == 14 and stores["geo"] == "FR-BFC"
    # Not watchmaking: kept as extracted figures, no observation.
    assert (
        set(figs["status"]) == {"extracted"} and figs["observation_id"].null_count() == figs.height
    )


def test_article_figures_and_their_observations(package: dict[str, pl.DataFrame]) -> None:
    article = _item(package, "L’horlogerie française renforce")
    figs = _figures(package, article["news_id"])
    revenue = figs.filter(pl.col("value") == 423e6).row(0, named=True)
    assert revenue["span"] == "423 millions d’euros" and revenue["cited_source"] == "Francéclat"
    assert revenue["indicator"] == "revenue" and revenue["status"] == "reported"
    assert revenue["figure_id"].startswith("fig-")
    obs = (
        package["observations"].filter(observation_id=revenue["observation_id"]).row(0, named=True)
    )
    assert (obs["indicator"], obs["period"], obs["geo"], obs["segment"]) == (
        "revenue",
        "2024",
        "FR",
        "watchmaking",
    )
    assert obs["status"] == "reported" and obs["conflicts_with"] == []  # agrees with Francéclat
    # The digest of the same article reports the same figure: one observation citing both.
    assert article["news_id"] in obs["cited_by"] and len(obs["cited_by"]) == 2
    assert obs["source_id"] == min(obs["cited_by"])  # same day: the smaller id is first
    first = package["news_items"].filter(news_id=obs["source_id"]).row(0, named=True)
    news_id, char = obs["locator"].removeprefix("news:").split("#char=")
    start, end = (int(x) for x in char.split(","))
    assert news_id == first["news_id"] and obs["original_text"] == first["text"][start:end]
    assert first["text"][start:end].replace("’", "'") == "423 millions d'euros"
    jobs = figs.filter(pl.col("value") == 3000).row(0, named=True)
    assert jobs["indicator"] == "jobs" and jobs["period"] == "2024" and jobs["approximate"]
    members = figs.filter(pl.col("value") == 100).row(0, named=True)
    assert members["metric"] == "members" and members["span"] == "une centaine"
    people = figs.filter(pl.col("value") == 40).row(0, named=True)
    assert people["metric"] == "participants" and people["period"] == "2025-10-01"
    assert people["geo"] == "25056"


def test_no_widget_figures(package: dict[str, pl.DataFrame]) -> None:
    seed_ids = _seed(package)["news_id"].to_list()
    figs = package["news_figures"].filter(pl.col("news_id").is_in(seed_ids))
    assert not {8.01, 1.86, 997.0, 87.0} & set(figs["value"].to_list())
    assert not figs["sentence"].str.contains("hPa|m/s|Humidité").any()
