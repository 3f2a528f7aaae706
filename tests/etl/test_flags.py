"""Flags after values and Eurostat-style TSV, read by a manifest alone (issue 10, item 1).

Every file here is written by the test with made-up figures. The other two "by manifest
alone" inputs of the issue are tested beside: a workbook with its unit in a title cell
(tests/etl/test_safety_inputs.py::test_unit_in_a_title_cell_scales_the_values) and, here, a
cp1252 CSV with title lines above the table.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from etl.errors import ManifestError
from etl.pipeline import collect
from etl.stats.cells import parse_cell
from etl.stats.manifest import load_manifest

from .test_readers import MANIFEST_HEAD, write_source

FLAGS = '[tables.flags]\ne = { note = "valeur estimée", approximate = true }\np = { note = "provisoire" }\n'

# Eurostat's TSV style: combined key column, tabs, trailing spaces, ':' missing, flags.
TSV = (
    "unit,indic_sb,nace_r2,geo\\time\t2024 \t2023 \t2022 \n"
    "NR,V11110,C2652,FR\t1234 e\t1111 \t: c\n"
    "NR,V16110,C2652,FR\t9876 p\t9000 \t8765 \n"
    "NR,V11110,C2652,DE\t555 \t544 \t: \n"
    "NR,V11110,C26,FR\t77777 \t66666 \t55555 \n"
    "PC,V11110,C2652,FR\t12 \t11 \t10 \n"
)
TSV_TABLE = (
    '[[tables]]\nfile = "sbs.tsv"\nlayout = "combined_key"\ndelimiter = "tab"\n'
    'label_part = "indic_sb"\ngeo_part = "geo"\n'
    'select = { unit = "NR", nace_r2 = "C2652", geo = ["FR", "DE"] }\n'
    '[tables.labels]\n"V11110" = "companies"\n"V16110" = "jobs"\n'
    '[tables.flags]\ne = { note = "valeur estimée", approximate = true }\n'
    'p = { note = "provisoire" }\nc = { note = "confidentiel" }\n'
)


def observations(raw: Path, tmp_path: Path) -> pl.DataFrame:
    result = collect(raw, tmp_path / "cache", full=True)
    assert not result.failed, [r.error for r in result.failed]
    obs = dict((t.name, f) for t, f in result.tables)["observations"]
    return obs.filter(pl.col("status") != "reported").sort("indicator", "geo", "period")


def errors(raw: Path, tmp_path: Path) -> dict[str, str]:
    result = collect(raw, tmp_path / "cache", full=True)
    return {r.name: r.error or "" for r in result.failed}


def test_a_declared_flag_keeps_the_value_with_its_note_and_mark(
    reference_only: Path, tmp_path: Path
) -> None:
    table = (
        '[[tables]]\nfile = "t.csv"\nlayout = "years_as_columns"\n'
        '[tables.labels]\n"Effectifs" = "jobs"\n' + FLAGS
    )
    csv_text = "Indicateur;2022;2023;2024\nEffectifs;1 100;295 e;1 300 p\n"
    write_source(reference_only, "drapeaux", table, {"t.csv": csv_text.encode()})
    obs = observations(reference_only, tmp_path)
    rows = obs.select("period", "value", "approximate", "note", "original_text").rows()
    assert rows == [
        ("2022", 1100.0, False, None, "1 100"),
        ("2023", 295.0, True, "valeur estimée", "295 e"),
        ("2024", 1300.0, False, "provisoire", "1 300 p"),
    ]


def test_an_undeclared_flag_fails_its_source_naming_the_cell(
    reference_only: Path, tmp_path: Path
) -> None:
    table = (
        '[[tables]]\nfile = "t.csv"\nlayout = "years_as_columns"\n'
        '[tables.labels]\n"Effectifs" = "jobs"\n' + FLAGS
    )
    write_source(
        reference_only, "drapeaux", table, {"t.csv": b"Indicateur;2024\nEffectifs;295 z\n"}
    )
    line = errors(reference_only, tmp_path)["drapeaux"]
    assert "t.csv" in line and "row 2" in line and "column B" in line and "295 z" in line


def test_flags_are_cell_text_only_when_declared() -> None:
    declared = frozenset({"e", "p", "c"})
    assert parse_cell("295 e", flags=declared).value == 295.0
    assert parse_cell("295 e", flags=declared).flags == ("e",)
    assert parse_cell("12 ep", flags=declared).flags == ("e", "p")
    missing = parse_cell(": c", flags=declared)
    assert missing.missing and missing.flags == ("c",)
    assert parse_cell(":").missing
    assert parse_cell("295 k").value == 295.0 and parse_cell("295 k").scale == 1e3
    with pytest.raises(ValueError, match="unknown unit"):
        parse_cell("295 e")  # not declared: a letter after a number is not guessed


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        ('[tables.flags]\n"e!" = { note = "x" }\n', "one to three lowercase letters"),
        ('[tables.flags]\ne = "estimée"\n', r"tables\[0\]\.flags\.'e' must be a table"),
        ('[tables.flags]\ne = { note = "x", aproximate = true }\n', "did you mean 'approximate'"),
    ],
)
def test_a_bad_flag_declaration_names_the_key(tmp_path: Path, flags: str, message: str) -> None:
    (tmp_path / "t.csv").write_text("Indicateur;2024\nEffectifs;295 e\n", encoding="utf-8")
    path = tmp_path / "source.toml"
    path.write_text(
        MANIFEST_HEAD.format(id="bad")
        + '[[tables]]\nfile = "t.csv"\nlayout = "years_as_columns"\n'
        + '[tables.labels]\n"Effectifs" = "jobs"\n'
        + flags,
        encoding="utf-8",
    )
    with pytest.raises(ManifestError, match=message):
        load_manifest(path)


def test_a_eurostat_style_tsv_loads_by_manifest_alone(reference_only: Path, tmp_path: Path) -> None:
    write_source(reference_only, "sbs", TSV_TABLE, {"sbs.tsv": TSV.encode()})
    obs = observations(reference_only, tmp_path)
    rows = obs.select("indicator", "geo", "period", "value", "approximate", "note").rows()
    assert rows == [
        ("companies", "DE", "2023", 544.0, False, None),
        ("companies", "DE", "2024", 555.0, False, None),
        ("companies", "FR", "2023", 1111.0, False, None),
        ("companies", "FR", "2024", 1234.0, True, "valeur estimée"),
        ("jobs", "FR", "2022", 8765.0, False, None),
        ("jobs", "FR", "2023", 9000.0, False, None),
        ("jobs", "FR", "2024", 9876.0, False, "provisoire"),
    ]
    first = obs.filter(indicator="companies", geo="FR", period="2024").row(0, named=True)
    assert first["locator"] == "sbs.tsv#cell=2,2" and first["original_text"] == "1234 e"
    assert first["unit"] == "companies"


def test_a_key_part_the_header_does_not_name_is_an_error(
    reference_only: Path, tmp_path: Path
) -> None:
    table = TSV_TABLE.replace('geo_part = "geo"', 'geo_part = "pays"')
    write_source(reference_only, "sbs", table, {"sbs.tsv": TSV.encode()})
    line = errors(reference_only, tmp_path)["sbs"]
    assert "geo_part 'pays' is not a part of the key" in line and "row 1" in line


def test_key_options_belong_to_the_combined_key_layout(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("Indicateur;2024\nEffectifs;295\n", encoding="utf-8")
    path = tmp_path / "source.toml"
    path.write_text(
        MANIFEST_HEAD.format(id="bad")
        + '[[tables]]\nfile = "t.csv"\nlayout = "years_as_columns"\nlabel_part = "indic"\n'
        + '[tables.labels]\n"Effectifs" = "jobs"\n',
        encoding="utf-8",
    )
    with pytest.raises(ManifestError, match="label_part is only for layout 'combined_key'"):
        load_manifest(path)


def test_a_cp1252_csv_with_title_lines_loads_by_manifest_alone(
    reference_only: Path, tmp_path: Path
) -> None:
    csv_text = (
        "Chiffres clés de la filière, édition d'essai\n"
        "Effectifs salariés au 31 décembre\n"
        "Année;Effectifs;Entreprises\n2023;2 345;123\n2024;2 456 e;134\n"
    )
    table = (
        '[[tables]]\nfile = "t.csv"\nlayout = "years_as_rows"\nheader_rows = [3]\n'
        'encoding = "cp1252"\n[tables.labels]\n"Effectifs" = "jobs"\n"Entreprises" = "companies"\n'
        + FLAGS
    )
    write_source(reference_only, "titres", table, {"t.csv": csv_text.encode("cp1252")})
    obs = observations(reference_only, tmp_path)
    assert obs.select("indicator", "period", "value", "approximate").rows() == [
        ("companies", "2023", 123.0, False),
        ("companies", "2024", 134.0, False),
        ("jobs", "2023", 2345.0, False),
        ("jobs", "2024", 2456.0, True),
    ]
