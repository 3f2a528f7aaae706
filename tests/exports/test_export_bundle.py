"""Data bundle: the zip holds the view's rows as Parquet and CSV, with a valid datapackage.json."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import polars as pl
import pytest

from dashboard.exports.bundle import TABLE_ORDER, write_bundle
from dashboard.exports.scope import EmptyViewError, scope_from_query


@pytest.fixture(scope="module")
def bundle(pkg, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("zip") / "d.zip"
    return write_bundle(pkg, scope_from_query(pkg, "from=2010&to=2020"), out)


def test_zip_contents(bundle: Path) -> None:
    names = set(zipfile.ZipFile(bundle).namelist())
    assert names == {"datapackage.json"} | {
        f"{t}.{f}" for t in TABLE_ORDER for f in ("parquet", "csv")
    }


def test_rows_are_the_view(bundle: Path, pkg) -> None:
    zf = zipfile.ZipFile(bundle)
    obs = pl.read_parquet(io.BytesIO(zf.read("observations.parquet")))
    assert set(obs["period"]) == {"2010", "2011", "2015", "2018", "2019", "2020"}
    assert set(obs["indicator"]) == {"revenue"} and set(obs["geo"]) == {"FR"}
    assert obs.schema == pl.read_parquet_schema(pkg.folder / "observations.parquet")
    csv = pl.read_csv(io.BytesIO(zf.read("observations.csv")))
    assert csv.height == obs.height
    assert sorted(csv["value"].to_list()) == sorted(obs["value"].to_list())
    sources = pl.read_parquet(io.BytesIO(zf.read("sources.parquet")))
    assert set(sources["source_id"]) == set(obs["source_id"])


def test_descriptor_counts_hashes_and_view(bundle: Path) -> None:
    import hashlib

    zf = zipfile.ZipFile(bundle)
    desc = json.loads(zf.read("datapackage.json"))
    assert desc["cadran_view"]["query"] == "from=2010&to=2020"
    for res in desc["resources"]:
        data = zf.read(res["path"])
        assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert res["bytes"] == len(data)


def test_real_package_bundle_validates(tmp_path: Path) -> None:
    """The bundle of the built package keeps its Table Schemas and passes Frictionless."""
    from dashboard.data import load

    real = Path("data/tidy")
    if not (real / "datapackage.json").is_file():
        pytest.fail("data/tidy is not built: run `python -m etl build` first")
    pkg = load(real)
    out = write_bundle(pkg, scope_from_query(pkg, ""), tmp_path / "b.zip")
    zipfile.ZipFile(out).extractall(tmp_path / "x")
    from frictionless import Package

    desc = json.loads((tmp_path / "x" / "datapackage.json").read_text())
    csv_only = {**desc, "resources": [r for r in desc["resources"] if r["format"] == "csv"]}
    for res in csv_only["resources"]:
        res["name"] = res["name"].removesuffix("-csv")
        for fk in res.get("schema", {}).get("foreignKeys", []):
            fk["reference"]["resource"] = fk["reference"]["resource"].removesuffix("-csv")
    report = Package(csv_only, basepath=str(tmp_path / "x")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]


def test_empty_view(pkg, tmp_path: Path) -> None:
    with pytest.raises(EmptyViewError):
        write_bundle(pkg, scope_from_query(pkg, "from=1990&to=1991"), tmp_path / "e.zip")
    assert not (tmp_path / "e.zip").exists()
