"""A package that breaks its own datapackage.json is never published (issue 10, item 2).

Packages here are written from small frames of made-up figures (nothing from data/raw). Each
broken package is checked twice: by the build's polars check (`etl.validate`) and by
frictionless on the same files, and both must name the same table and column.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest
from frictionless import Package, system

from etl.publish import write_package
from etl.schema import (
    GEOGRAPHIES,
    INDICATORS,
    NEWS_FIGURES,
    NEWS_ITEMS,
    OBSERVATIONS,
    SEGMENTS,
    SOURCES,
    TOPICS,
    Table,
)
from etl.validate import PackageInvalid, check_folder


def good_tables() -> list[tuple[Table, pl.DataFrame]]:
    """A tiny package that keeps every rule: two invented figures of an invented source."""
    source = {
        "source_id": "essai", "title": "Tableau d'essai", "publisher": "Éditeur fictif",
        "url": "https://example.org/essai", "published_on": "2024-05", "licence": "test",
        "kind": "statistics", "publisher_name": "Éditeur fictif", "producer": "Éditeur fictif",
        "producer_kind": "official", "publisher_verified": True,
    }  # fmt: skip
    obs = [
        {
            "observation_id": f"obs-{i}",
            "indicator": "jobs",
            "value": value,
            "unit": "persons",
            "period": period,
            "geo": "FR",
            "segment": "watchmaking",
            "approximate": False,
            "status": "official",
            "source_id": "essai",
            "locator": f"essai.csv#cell={i + 2},2",
        }
        for i, (period, value) in enumerate([("2023", 1111.0), ("2024", 1234.0)])
    ]
    label = {"label_fr": "Effectifs", "label_en": "Jobs"}
    frames = {
        SOURCES: [source],
        INDICATORS: [{"code": "jobs", "unit": "persons", **label}],
        SEGMENTS: [{"code": "watchmaking", "label_fr": "Horlogerie", "label_en": "Watchmaking"}],
        GEOGRAPHIES: [
            {"code": "FR", "label_fr": "France", "label_en": "France", "level": "country"}
        ],
        OBSERVATIONS: obs,
        NEWS_ITEMS: [],
        NEWS_FIGURES: [],
        TOPICS: [],
    }
    return [(t, _frame(t, rows)) for t, rows in frames.items()]


def _frame(table: Table, rows: list[dict[str, object]]) -> pl.DataFrame:
    columns = {c: [r.get(c) for r in rows] for c in table.columns}
    return pl.DataFrame(columns, schema=table.schema)


def publish(target: Path, tables: list[tuple[Table, pl.DataFrame]]) -> Path:
    return write_package(target, tables, [], {"note": "written by a test"})


def frictionless_errors(folder: Path) -> set[tuple[str, str]]:
    """(table, column) of every error frictionless finds in the Parquet resources."""
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"] = [r for r in descriptor["resources"] if r["format"] == "parquet"]
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    with system.use_context(trusted=True):
        report = Package(str(folder / "datapackage.json")).validate()
    keys = {r["name"]: ", ".join(r["schema"]["primaryKey"]) for r in descriptor["resources"]}
    found = set()
    for task in report.tasks:
        for error in task.errors:
            fields = getattr(error, "field_name", None) or ", ".join(
                getattr(error, "field_names", None) or []
            )
            if error.type == "primary-key":  # a row error: the key's fields are the column
                fields = keys[task.name]
            found.add((task.name, fields))
    return found


@pytest.fixture
def good(tmp_path: Path) -> Path:
    target = tmp_path / "tidy"
    publish(target, good_tables())
    return target


def test_a_good_package_is_published_and_frictionless_agrees(good: Path, tmp_path: Path) -> None:
    assert check_folder(good.resolve()) == []
    copy = tmp_path / "copy"
    shutil.copytree(good.resolve(), copy)
    assert frictionless_errors(copy) == set()
    assert pl.read_parquet(good / "observations.parquet")["value"].to_list() == [1111.0, 1234.0]


Breaker = Callable[[pl.DataFrame], pl.DataFrame]
BROKEN: dict[str, tuple[Table, Breaker, str, str]] = {
    # case: (table, how to break it, column named, words of the rule)
    "enum": (
        OBSERVATIONS,
        lambda f: f.with_columns(pl.lit("officiel").alias("status")),
        "status",
        "enum: not one of",
    ),
    "pattern": (
        OBSERVATIONS,
        lambda f: f.with_columns(pl.Series("period", ["2023", "l'an dernier"])),
        "period",
        "pattern: does not match",
    ),
    "required": (
        OBSERVATIONS,
        lambda f: f.with_columns(pl.Series("unit", [None, "persons"], dtype=pl.String)),
        "unit",
        "required: empty value",
    ),
    "unique": (
        OBSERVATIONS,
        lambda f: f.with_columns(pl.lit("obs-0").alias("observation_id")),
        "observation_id",
        "unique: value used twice",
    ),
    "foreign key": (
        OBSERVATIONS,
        lambda f: f.with_columns(pl.Series("indicator", ["jobs", "emplois_inventes"])),
        "indicator",
        "foreign key: value missing from indicators.code",
    ),
    "enum of another table": (
        SOURCES,
        lambda f: f.with_columns(pl.lit("blog").alias("kind")),
        "kind",
        "enum: not one of",
    ),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_package_breaking_its_descriptor_is_refused_and_the_last_one_stays(
    case: str, good: Path, tmp_path: Path
) -> None:
    table, breaker, column, rule = BROKEN[case]
    published = good.resolve()
    before = (good / "observations.parquet").read_bytes()
    tables = [(t, breaker(f) if t is table else f) for t, f in good_tables()]
    with pytest.raises(PackageInvalid) as raised:
        publish(good, tables)
    error = raised.value
    assert [(p.table, p.column) for p in error.problems] == [(table.name, column)]
    line = str(error)
    assert f"{table.name}.{column}: {rule}" in line and "\n" not in line
    assert str(good / "datapackage.json") in line and "not published" in line
    bad_row = error.problems[0].rows[-1]
    assert f"row {bad_row} (" in line  # the first offending rows, with their key
    # never published: the link still points at the last good package, unchanged
    assert good.resolve() == published
    assert (good / "observations.parquet").read_bytes() == before
    assert [p.name for p in published.parent.iterdir()] == [published.name]
    # frictionless, on the same files written without the check, finds the same fault
    unchecked = tmp_path / "unchecked"
    shutil.copytree(published, unchecked)
    frame = dict(tables)[table]
    frame.write_parquet(unchecked / f"{table.name}.parquet")
    assert {(t, c) for t, c in frictionless_errors(unchecked) if t == table.name} == {
        (table.name, column)
    }
    assert [(p.table, p.column) for p in check_folder(unchecked)] == [(table.name, column)]


def test_a_missing_column_is_named(good: Path) -> None:
    tables = [(t, f.drop("locator") if t is OBSERVATIONS else f) for t, f in good_tables()]
    problems = check_folder(good.resolve())
    assert problems == []
    folder = good.resolve()
    copy = folder.parent.parent / "copy"
    shutil.copytree(folder, copy)
    dict(tables)[OBSERVATIONS].write_parquet(copy / "observations.parquet")
    [problem] = check_folder(copy)
    assert (problem.table, problem.column) == ("observations", "locator")
    assert "missing ['locator']" in str(problem)
