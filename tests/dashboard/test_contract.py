"""One contract (issue 10, item 3): the dashboard reads its columns from datapackage.json.

These tests tie the two sides: the ETL's table specs (etl/schema.py, written by
etl/publish.py) and the dashboard's reader (dashboard/data.py). A package of another major
version is refused with a clear message; a required column missing from a file, or a column
the dashboard reads that the package no longer declares, is an error naming it, never a
column of nulls. Packages here are written by the tests (empty tables or the fixture's
made-up rows).
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from dashboard import data
from dashboard.cli import main as dashboard_cli
from etl.publish import PACKAGE_VERSION, write_package
from etl.schema import TABLES, TABLES_BY_NAME
from tests.dashboard.fixture_package import write_package as write_fixture


def edit_descriptor(folder: Path, change) -> None:
    path = folder / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    change(descriptor)
    path.write_text(json.dumps(descriptor), encoding="utf-8")


def fields_of(descriptor: dict, table: str) -> list[dict]:
    return data.parquet_resource(descriptor, table)["schema"]["fields"]


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A package written by the ETL's own writer (empty tables: the contract, no figures)."""
    target = tmp_path / "tidy"
    write_package(target, [(t, t.empty()) for t in TABLES], [], {"note": "written by a test"})
    return target.resolve()


def test_the_versions_of_both_sides_agree() -> None:
    major, minor, _ = (int(p) for p in PACKAGE_VERSION.split("."))
    assert (major, minor) == (data.PACKAGE_MAJOR, data.PACKAGE_MINOR)


def test_every_column_the_dashboard_reads_is_what_the_etl_writes(built: Path) -> None:
    descriptor = json.loads((built / "datapackage.json").read_text(encoding="utf-8"))
    columns = data.contract(descriptor, built / "datapackage.json")
    for table, cols in data.EXPECTED.items():
        spec = {f.name: f for f in TABLES_BY_NAME[table].fields}
        for col in cols:
            assert col in spec, f"the dashboard reads {table}.{col}, the ETL never writes it"
            required = spec[col].required or col in TABLES_BY_NAME[table].primary_key
            assert columns[table][col].required == required, (table, col)
    pkg = data.load(built)
    for table, cols in data.EXPECTED.items():
        assert set(cols) <= set(pkg[table].columns), table
    # memory as before: codes as categoricals
    assert pkg["observations"].schema["indicator"] == pl.Categorical


@pytest.mark.parametrize("version", ["3.0.0", "1.4.2", None, "deux"])
def test_a_package_of_another_major_version_is_refused(
    tmp_path: Path, version: str | None, capsys: pytest.CaptureFixture
) -> None:
    folder = write_fixture(tmp_path / "p")
    edit_descriptor(folder, lambda d: d.update(version=version))
    with pytest.raises(data.PackageError) as raised:
        data.load(folder)
    message = str(raised.value)
    assert str(folder / "datapackage.json") in message
    assert "this dashboard reads version 2.x packages" in message
    assert "python -m etl build" in message
    if version in ("3.0.0", "1.4.2"):
        assert f"data package version {version}" in message
    # the command line says it in one line and stops
    assert dashboard_cli(["--data", str(folder)]) == 1
    assert "reads version 2.x packages" in capsys.readouterr().err


def test_a_minor_version_of_the_same_major_is_read(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "p")
    edit_descriptor(folder, lambda d: d.update(version="2.7.1"))
    assert data.load(folder)["observations"].height > 0


def test_a_missing_required_column_is_an_error_never_nulls(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "p")
    obs = pl.read_parquet(folder / "observations.parquet").drop("indicator")
    obs.write_parquet(folder / "observations.parquet")
    with pytest.raises(data.PackageError) as raised:
        data.load(folder)
    message = str(raised.value)
    assert "observations.parquet: required column indicator missing" in message


def test_a_column_renamed_in_the_etl_fails_instead_of_blanking_charts(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "p")
    obs = pl.read_parquet(folder / "observations.parquet").rename({"note": "remarque"})
    obs.write_parquet(folder / "observations.parquet")

    def rename(descriptor: dict) -> None:
        for f in fields_of(descriptor, "observations"):
            if f["name"] == "note":
                f["name"] = "remarque"

    edit_descriptor(folder, rename)
    with pytest.raises(data.PackageError, match=r"reads observations\.note, which the package"):
        data.load(folder)


def test_a_type_the_dashboard_cannot_read_is_an_error(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "p")

    def retype(descriptor: dict) -> None:
        for f in fields_of(descriptor, "observations"):
            if f["name"] == "value":
                f["type"] = "string"

    edit_descriptor(folder, retype)
    with pytest.raises(data.PackageError, match=r"observations\.value is declared string"):
        data.load(folder)


def test_an_older_minor_version_may_lack_columns_added_since(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "p")
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    resource = data.parquet_resource(descriptor, "observations")
    resource["schema"]["fields"] = [f for f in fields_of(descriptor, "observations")
                                    if f["name"] != "note"]  # fmt: skip
    path = folder / "datapackage.json"
    # a dashboard reading 2.1 accepts a 2.0 package without the column: nulls
    older = data.contract({**descriptor, "version": "2.0.0"}, path, reads=(2, 1))
    assert older["observations"]["note"] == data.Column(pl.String(), required=False)
    # the same gap in a package of its own minor version is an error
    with pytest.raises(data.PackageError, match=r"observations\.note"):
        data.contract({**descriptor, "version": "2.1.0"}, path, reads=(2, 1))


def test_an_optional_column_missing_from_a_file_reads_as_nulls(tmp_path: Path) -> None:
    folder = write_fixture(tmp_path / "p")
    obs = pl.read_parquet(folder / "observations.parquet").drop("original_text")
    obs.write_parquet(folder / "observations.parquet")
    pkg = data.load(folder)
    assert pkg["observations"]["original_text"].null_count() == pkg["observations"].height
