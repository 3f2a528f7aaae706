"""The default data package: valid Frictionless, every shared figure present with its citation."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import polars as pl
import pytest
from frictionless import Package, system

from etl.pipeline import build
from etl.schema import TABLES
from tests.shared import SECTOR_FIGURES, shared_path

from .conftest import RAW


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pkg")
    build(RAW, tmp / "tidy", tmp / "cache", full=True)
    return tmp / "tidy"


def test_frictionless_accepts_the_package(package_dir: Path) -> None:
    with system.use_context(trusted=True):
        report = Package(str(package_dir / "datapackage.json")).validate()
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "message"])[:10]


def test_descriptor_matches_table_specs(package_dir: Path) -> None:
    descriptor = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    for table in TABLES:
        assert resources[table.name]["schema"] == table.table_schema("parquet")
        assert resources[f"{table.name}-csv"]["schema"] == table.table_schema("csv")
        frame = pl.read_parquet(package_dir / f"{table.name}.parquet")
        assert frame.schema == pl.Schema(table.schema)
    for key in ("name", "version", "created", "licenses", "sources", "resources"):
        assert descriptor[key]
    assert descriptor["version"] == "2.0.0"  # 2: the status vocabulary gained `secondary`
    assert descriptor["cadran"]["gazetteer"]["version"] == "6.0.0"


def test_every_shared_figure_is_in_the_package(package_dir: Path) -> None:
    obs = pl.read_parquet(package_dir / "observations.parquet").filter(
        pl.col("status").is_in(["official", "secondary"])  # every table figure, by producer kind
    )
    sources = pl.read_parquet(package_dir / "sources.parquet")
    geos = pl.read_parquet(package_dir / "geographies.parquet")
    joined = obs.join(sources, on="source_id").join(
        geos.select(pl.col("code").alias("geo"), pl.col("label_fr").alias("geo_label")), on="geo"
    )
    rows = list(csv.DictReader(shared_path(*SECTOR_FIGURES).open(encoding="utf-8")))
    zones = list(csv.DictReader((RAW / "reference" / "zones.csv").open(encoding="utf-8")))
    alias = {a: z["code"] for z in zones for a in z["aliases"].split("|")}
    assert len(rows) == 458
    for row in rows:
        match = joined.filter(
            pl.col("indicator") == row["indicator"],
            pl.col("segment") == row["segment"],
            pl.col("unit") == row["unit"],
            pl.col("period").fill_null("") == row["period"],
            pl.col("entity").fill_null("") == row["entity"],
            pl.col("approximate") == (row["approximate"] == "true"),
            pl.col("url") == row["source_url"],
            pl.col("publisher") == row["source_publisher"],
            pl.col("title") == row["source_title"],
            pl.col("published_on").fill_null("") == row["published_date"],
            (pl.col("geo") == alias.get(row["geo"], row["geo"]))
            | (pl.col("geo_label") == row["geo"]),
            (pl.col("value") - float(row["value"])).abs() <= abs(float(row["value"])) * 1e-9,
        )
        assert match.height == 1, row["figure_id"]
    assert obs.height == 458


def test_headline_figure_with_citation(package_dir: Path) -> None:
    obs = pl.read_parquet(package_dir / "observations.parquet")
    sources = pl.read_parquet(package_dir / "sources.parquet")
    hit = obs.filter(
        indicator="revenue", segment="watchmaking", geo="FR", period="2024", value=423_000_000.0
    ).join(sources, on="source_id")
    assert sorted(hit["status"]) == ["official", "reported"]  # the news digest reports it too
    hit = hit.filter(status="official")
    row = hit.row(0, named=True)
    assert row["unit"] == "EUR" and row["status"] == "official"
    assert "Francéclat" in row["title"] and row["url"].startswith("https://fnamac.fr/")
    assert row["locator"] == "Production!S5" and row["original_text"] == "423 (11)"


def test_communes_are_insee_codes(package_dir: Path) -> None:
    obs = pl.read_parquet(package_dir / "observations.parquet")
    assert {"25056", "25411", "25127", "25133", "49355"} <= set(obs["geo"])
    assert obs.filter(pl.col("geo") == "Besançon").height == 0


def test_member_counts_stay_distinct_from_company_counts(package_dir: Path) -> None:
    obs = pl.read_parquet(package_dir / "observations.parquet")
    members = obs.filter(entity="France Horlogerie", indicator="companies")
    assert members.height >= 2
    sector = obs.filter(pl.col("indicator") == "companies", pl.col("entity").is_null())
    assert sector.height >= 5


def test_disagreeing_figures_kept_side_by_side(package_dir: Path) -> None:
    obs = pl.read_parquet(package_dir / "observations.parquet")
    rev_2009 = obs.filter(indicator="revenue", period="2009", segment="watchmaking")
    assert set(rev_2009["value"]) >= {230e6, 157e6}


def test_docs_describe_the_current_schema() -> None:
    from etl import schema_docs

    assert schema_docs.current() == schema_docs.render(), "run `python -m etl schema-docs`"
