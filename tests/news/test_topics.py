"""Fine news topics: read from data/raw/reference/topics.csv, given to the real digests as a
reader of the package sees them, and listed by each indicator."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import polars as pl
import pytest

from etl.errors import SourceError
from etl.geo.gazetteer import load_gazetteer
from etl.news.ingest.topics import load_topics
from etl.pipeline import build
from etl.reference import load_reference

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
TOPICS_CSV = RAW / "reference" / "topics.csv"
FINE = {
    "employment", "sector_revenue", "company_revenue", "exports", "imports",
    "swiss_watch_exports", "swiss_watch_industry", "cross_border_work", "companies",
    "production", "investment", "insolvency", "takeover", "market_sales",
}  # fmt: skip


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pkg")
    build(RAW, tmp / "tidy", tmp / "cache", full=True)
    return tmp / "tidy"


@pytest.fixture(scope="module")
def topics_by_title(package: Path) -> dict[str, set[str]]:
    items = pl.read_parquet(package / "news_items.parquet")
    return {title: set(topics) for title, topics in items.select("title", "topics").iter_rows()}


def topics_of_item(topics_by_title: dict[str, set[str]], title_start: str) -> set[str]:
    [hit] = [t for title, t in topics_by_title.items() if title.startswith(title_start)]
    return hit


def test_lip_workforce_of_1950_is_employment_not_revenue(topics_by_title: dict) -> None:
    got = topics_of_item(topics_by_title, "Lip à Besançon : de la grande usine")
    assert "employment" in got and "sector_revenue" not in got
    assert "watchmaking" in got  # the digest header's topic is kept


def test_digests_get_the_fine_topics_of_their_figures(topics_by_title: dict) -> None:
    cases = {
        "Horlogerie française : 349 millions": ({"sector_revenue"}, {"employment", "exports"}),
        "Les exportations horlogères suisses en 2022": ({"swiss_watch_exports"}, {"exports"}),
        "Horlogerie-bijouterie française : production et exportations": (
            {"sector_revenue", "exports", "imports", "market_sales"},
            {"swiss_watch_exports"},
        ),
        "Travail frontalier : un niveau record": ({"cross_border_work", "employment"}, {"exports"}),
        "Le groupe IDKIDS (Okaïdi)": ({"insolvency", "employment"}, {"watchmaking"}),
        "Sylvain Bodet mise sur la pérennité": ({"company_revenue"}, {"sector_revenue"}),
        "Guillaume Adam présente France Horlogerie": ({"companies", "sector_revenue"}, set()),
        "Les montres Saint-Honoré changent de mains": ({"takeover", "production"}, set()),
        "Logement : le « Dispositif Jeanbrun »": (set(), {"market_sales", "investment"}),
        "Le pâtissier bisontin Joël Baud": ({"other"}, FINE),
    }
    for title, (present, absent) in cases.items():
        got = topics_of_item(topics_by_title, title)
        assert present <= got, (title, got)
        assert not absent & got, (title, got)


def test_revenue_topics_leave_most_items_out(topics_by_title: dict, package: Path) -> None:
    """The French revenue chart's topics select a few items, not the whole band."""
    indicators = pl.read_parquet(package / "indicators.parquet")
    revenue_topics = set(indicators.filter(code="revenue")["topics"].item())
    assert revenue_topics == {"sector_revenue"}
    tagged = [t for t, topics in topics_by_title.items() if topics & revenue_topics]
    assert 5 <= len(tagged) <= len(topics_by_title) // 4


def test_topics_resource_and_indicator_topics(package: Path) -> None:
    topics = pl.read_parquet(package / "topics.parquet")
    assert set(topics.filter(kind="coarse")["code"]) == {"watchmaking", "economy", "other"}
    assert set(topics.filter(kind="fine")["code"]) == FINE
    assert topics.filter(code="employment")["label_fr"].item() == "Emploi"
    indicators = pl.read_parquet(package / "indicators.parquet")
    listed = {t for topics in indicators["topics"] for t in topics}
    assert listed <= FINE
    assert indicators.filter(code="jobs")["topics"].item().to_list() == ["employment"]
    assert indicators.filter(code="exports")["topics"].item().to_list() == ["exports"]
    items = pl.read_parquet(package / "news_items.parquet")
    assert {t for topics in items["topics"] for t in topics} <= set(topics["code"])


def test_bad_pattern_is_named_with_its_row(tmp_path: Path) -> None:
    bad = tmp_path / "topics.csv"
    lines = TOPICS_CSV.read_text(encoding="utf-8").splitlines()
    bad.write_text("\n".join([*lines, 'broken,Cassé,Broken,fine,"(emplois",x']) + "\n", "utf-8")
    with pytest.raises(SourceError) as err:
        load_topics(bad)
    assert f"row {len(lines) + 1}" in str(err.value) and "regular expression" in str(err.value)


def test_unknown_indicator_topic_is_named(tmp_path: Path) -> None:
    shutil.copytree(RAW / "reference", tmp_path / "reference")
    path = tmp_path / "reference" / "indicators.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["code"] == "jobs":
            row["topics"] = "employment;jobz"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(SourceError) as err:
        load_reference(tmp_path, load_gazetteer())
    assert "jobz" in str(err.value) and "topics.csv" in str(err.value)
