"""Publishers reference: every cited publisher has a display name, a producer and a kind, and the
package says which figures are official, relayed by the press, or extracted from news."""

from __future__ import annotations

import csv
import json
import re
import tomllib
from pathlib import Path

import polars as pl
import pytest

from etl.news.reported import reported_observations
from etl.pipeline import build
from etl.publishers import load_publishers
from etl.schema import OBSERVATIONS, STATUSES

from .conftest import RAW, add_publisher, run_etl

UNKNOWN_SITE = "Site d'information horlogère (193.34.136.102)"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pl.DataFrame]:
    tmp = tmp_path_factory.mktemp("pkg")
    build(RAW, tmp / "tidy", tmp / "cache", full=True)
    frames = {
        n: pl.read_parquet(tmp / "tidy" / f"{n}.parquet") for n in ("sources", "observations")
    }
    frames["descriptor"] = json.loads((tmp / "tidy" / "datapackage.json").read_text("utf-8"))
    return frames  # type: ignore[return-value]


def raw_publishers() -> set[str]:
    """Every publisher name data/raw cites: figures.csv rows, manifests, news digest outlets."""
    with (RAW / "sector-figures" / "figures.csv").open(encoding="utf-8") as handle:
        names = {row["source_publisher"] for row in csv.DictReader(handle)}
    for manifest in RAW.rglob("source.toml"):
        raw = tomllib.loads(manifest.read_text(encoding="utf-8"))
        names |= {c["publisher"] for c in [raw["source"], *raw.get("sources", [])]}
    for digest in (RAW / "news" / "digests").glob("*.txt"):
        names.add(re.search(r"^outlet: (.+)$", digest.read_text("utf-8"), re.M).group(1))
    return names - {"source_publisher"}  # the records table's column name, not a publisher


def test_every_raw_publisher_is_in_the_reference() -> None:
    known = load_publishers(RAW / "reference" / "publishers.csv")
    missing = raw_publishers() - set(known)
    assert not missing, f"add to data/raw/reference/publishers.csv: {sorted(missing)}"
    assert len(raw_publishers()) >= 100


def sources_of(package: dict, publisher: str) -> pl.DataFrame:
    return package["sources"].filter(publisher=publisher)


def test_unidentified_site_is_named_as_such_and_secondary(package: dict) -> None:
    rows = sources_of(package, UNKNOWN_SITE)
    assert rows.height >= 2
    assert set(rows["publisher_name"]) == {"site non identifié (193.34.136.102)"}
    assert set(rows["producer_kind"]) == {"secondary"}
    assert set(rows["publisher_verified"]) == {False}
    obs = package["observations"].join(rows.select("source_id"), on="source_id")
    assert obs.height >= 20 and set(obs["status"]) == {"secondary"}


@pytest.mark.parametrize("publisher", ["Statista", "Planetoscope"])
def test_aggregators_are_never_official(package: dict, publisher: str) -> None:
    rows = sources_of(package, publisher)
    assert rows.height >= 1 and set(rows["producer_kind"]) == {"secondary"}
    obs = package["observations"].join(rows.select("source_id"), on="source_id")
    assert obs.height >= 1 and "official" not in set(obs["status"])
    assert set(obs["status"]) == {"secondary"}


def test_relayed_francéclat_figures_are_official_cited_through_fnamac(package: dict) -> None:
    rows = sources_of(package, "FNAMAC (reprise Francéclat)")
    assert rows.height >= 2  # chiffres clés 2020 and 2024 (workbook notes and figures.csv)
    assert all("chiffres clés" in title for title in rows["title"])
    assert set(rows["publisher_name"]) == {"FNAMAC"}
    assert set(rows["producer"]) == {"Francéclat"}
    assert set(rows["producer_kind"]) == {"official"} and all(rows["publisher_verified"])
    revenue_2024 = package["observations"].filter(
        indicator="revenue", segment="watchmaking", geo="FR", period="2024", value=423e6
    )
    by_status = dict(zip(revenue_2024["status"], revenue_2024["source_id"], strict=True))
    assert set(by_status) == {"official", "reported"}
    assert by_status["official"] in set(rows["source_id"])


def test_a_publication_naming_francéclat_as_its_source_is_official(package: dict) -> None:
    """Chronotempus's "Bilan 2023 ... (chiffres Francéclat)": relayed, but Francéclat's figures."""
    rows = package["sources"].filter(pl.col("title").str.contains("chiffres Francéclat"))
    assert rows.height >= 1
    assert set(rows["publisher"]) == {"Chronotempus"} == set(rows["publisher_name"])
    assert set(rows["producer"]) == {"Francéclat"} and set(rows["producer_kind"]) == {"official"}
    revenue_2023 = (
        package["observations"]
        .filter(indicator="revenue", segment="watchmaking", geo="FR", period="2023", value=410e6)
        .join(rows.select("source_id"), on="source_id")
    )
    assert revenue_2023["status"].to_list() == ["official"]


def test_every_stated_producer_names_a_cited_publication(package: dict) -> None:
    with (RAW / "reference" / "stated_producers.csv").open(encoding="utf-8") as handle:
        stated = list(csv.DictReader(handle))
    urls = set(package["sources"]["url"])
    assert stated and all(row["url"] in urls for row in stated)
    assert all(row["evidence"].startswith("The title says so") for row in stated)


def test_statuses_follow_the_producer_kind(package: dict) -> None:
    obs = package["observations"].join(
        package["sources"].select("source_id", "producer_kind", "kind"), on="source_id"
    )
    tables = obs.filter(pl.col("kind") != "news")
    assert (tables["status"] == tables["producer_kind"]).all()
    news = obs.filter(kind="news")
    assert set(news["status"]) == {"reported"} and set(news["producer_kind"]) == {"news"}
    counts = dict(obs.group_by("status").len().iter_rows())
    assert counts["official"] >= 50 and counts["secondary"] >= 300


def test_descriptor_declares_version_2_and_the_status_vocabulary(package: dict) -> None:
    descriptor = package["descriptor"]
    assert descriptor["version"] == "2.0.0"
    fields = {
        f["name"]: f
        for r in descriptor["resources"]
        if r["name"] == "observations"
        for f in r["schema"]["fields"]
    }
    assert fields["status"]["constraints"]["enum"] == list(STATUSES)
    assert STATUSES == ("official", "secondary", "reported", "candidate", "rejected")


def test_reported_figure_conflicts_with_a_secondary_table_figure() -> None:
    """A news figure far from a press-relayed table figure is flagged, as with official ones."""
    table = pl.DataFrame(
        [
            {"observation_id": "obs-press", "indicator": "jobs", "value": 3300.0,
             "unit": "persons", "period": "2023", "geo": "FR", "segment": "watchmaking",
             "approximate": True, "status": "secondary", "source_id": "s", "locator": "x"},
        ],
        schema_overrides=OBSERVATIONS.schema,
    )  # fmt: skip
    news = {
        "indicator": "jobs", "value": 3000.0, "period": "2023", "geo": "FR",
        "segment": "watchmaking", "entity": None, "news_id": "news-1", "start": 0, "end": 5,
        "published_on": "2024-01-01", "approximate": True, "span": "3 000",
        "figure_id": "fig-1", "cited_source": None,
    }  # fmt: skip
    obs, _ = reported_observations([news], OBSERVATIONS.conform(table), {"jobs": "persons"})
    assert obs["conflicts_with"].to_list() == [["obs-press"]]


MANIFEST = """
[source]
id = "inconnu"
title = "Chiffres"
publisher = "{publisher}"
url = "https://example.org/chiffres"
retrieved_on = 2026-11-26
licence = "CC-BY-4.0"

[[tables]]
file = "t.csv"
layout = "years_as_rows"
{status}
[tables.labels]
"Effectifs" = "jobs"
"""


def write_source(raw: Path, publisher: str, status: str = "") -> Path:
    folder = raw / "inconnu"
    folder.mkdir()
    (folder / "t.csv").write_text("Année;Effectifs\n2024;3 000\n", encoding="utf-8")
    manifest = folder / "source.toml"
    manifest.write_text(MANIFEST.format(publisher=publisher, status=status), encoding="utf-8")
    return manifest


def test_unknown_publisher_is_a_named_build_error(reference_only: Path, tmp_path: Path) -> None:
    manifest = write_source(reference_only, "Éditeur inconnu")
    done = run_etl(
        "build", "--raw", reference_only, "--out", tmp_path / "tidy", "--cache", tmp_path / "c"
    )
    out = done.stdout + done.stderr
    assert done.returncode != 0
    assert "Traceback" not in out
    line = next(x for x in out.splitlines() if "Éditeur inconnu" in x)
    assert str(manifest) in line or "inconnu/source.toml" in line
    assert "data/raw/reference/publishers.csv" in line


def test_unknown_publisher_in_a_records_row_names_the_row(
    reference_only: Path, tmp_path: Path
) -> None:
    folder = reference_only / "releve"
    folder.mkdir()
    (folder / "r.csv").write_text(
        "ind,val,year,pub,title,link\n"
        "jobs,3000,2024,Test publisher,A,https://example.org/a\n"
        "jobs,2900,2022,Blog mystère,B,https://example.org/b\n",
        encoding="utf-8",
    )
    (folder / "source.toml").write_text(
        MANIFEST.format(publisher="Test publisher", status="")
        .replace('id = "inconnu"', 'id = "releve"')
        .split("[[tables]]")[0]
        + '[[tables]]\nfile = "r.csv"\nlayout = "records"\n'
        '[tables.columns]\nindicator = "ind"\nvalue = "val"\nperiod = "year"\n'
        '[tables.citation]\npublisher = "pub"\ntitle = "title"\nurl = "link"\n',
        encoding="utf-8",
    )
    result = build(reference_only, tmp_path / "tidy", tmp_path / "cache")
    [failed] = result.failed
    assert "'Blog mystère'" in failed.error and "r.csv" in failed.error
    assert "row 3" in failed.error and "publishers.csv" in failed.error


def test_manifest_status_only_holds_figures_back(reference_only: Path, tmp_path: Path) -> None:
    """`status = "official"` on a table of a secondary publisher does not make it official;
    `status = "candidate"` is kept."""
    add_publisher(reference_only, "Bulletin fédéral", kind="official")
    write_source(reference_only, "Test publisher", status='status = "official"')

    def status_of(raw: Path, name: str) -> list[str]:
        build(raw, tmp_path / name / "tidy", tmp_path / name / "cache")
        return pl.read_parquet(tmp_path / name / "tidy" / "observations.parquet")[
            "status"
        ].to_list()

    assert status_of(reference_only, "a") == ["secondary"]
    manifest = reference_only / "inconnu" / "source.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('"Test publisher"', '"Bulletin fédéral"'), encoding="utf-8")
    assert status_of(reference_only, "b") == ["official"]
    manifest.write_text(
        text.replace('status = "official"', 'status = "candidate"'), encoding="utf-8"
    )
    assert status_of(reference_only, "c") == ["candidate"]
