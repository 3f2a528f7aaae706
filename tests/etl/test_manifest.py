"""Manifest errors name the manifest file and the key at fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.errors import ManifestError
from etl.stats.manifest import load_manifest

HEAD = """
[source]
id = "ok"
title = "T"
publisher = "P"
url = "https://example.org"
licence = "CC-BY-4.0"
"""
TABLE = '\n[[tables]]\nfile = "t.csv"\nlayout = "years_as_rows"\n[tables.labels]\n"Effectifs" = "jobs"\n'


def manifest(tmp_path: Path, text: str) -> Path:
    (tmp_path / "t.csv").write_text("Année;Effectifs\n2024;3 000\n", encoding="utf-8")
    path = tmp_path / "source.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_manifest(tmp_path: Path) -> None:
    m = load_manifest(manifest(tmp_path, HEAD + TABLE))
    assert m.source.source_id == "ok"
    assert m.tables[0].labels["effectifs"].indicator == "jobs"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[source\nid=", "not valid TOML"),
        (TABLE, "missing [source] table"),
        (HEAD.replace('url = "https://example.org"\n', "") + TABLE, "missing key 'source.url'"),
        (HEAD.replace('id = "ok"', 'id = "Bad Id"') + TABLE, "source.id must be lowercase"),
        (HEAD, "no [[tables]] to read"),
        (HEAD + TABLE.replace("years_as_rows", "diagonal"), "tables[0].layout must be one of"),
        (HEAD + TABLE.replace("t.csv", "absent.csv"), "tables[0].file does not exist"),
        (
            HEAD + '\n[[tables]]\nfile = "t.csv"\nlayout = "years_as_rows"\n',
            "needs a [labels] table",
        ),
        (
            HEAD + TABLE + '[tables.footnotes."1"]\nsource = "nowhere"\n',
            "names no source of this manifest",
        ),
        (
            HEAD
            + TABLE.replace(
                '"Effectifs" = "jobs"', '"Effectifs" = { indicator = "jobs", scale = "zillions" }'
            ),
            "unknown scale",
        ),
        (
            HEAD
            + '\n[[tables]]\nfile = "t.csv"\nlayout = "records"\n[tables.columns]\nvalue = "v"\n',
            "columns.indicator is required",
        ),
        (
            HEAD.replace(
                'licence = "CC-BY-4.0"', 'licence = "CC-BY-4.0"\npublished_on = "mars 2024"'
            )
            + TABLE,
            "source.published_on must be",
        ),
    ],
)
def test_manifest_errors(tmp_path: Path, text: str, message: str) -> None:
    path = manifest(tmp_path, text)
    with pytest.raises(ManifestError) as err:
        load_manifest(path)
    assert message in str(err.value)
    assert str(err.value).startswith(str(path))
