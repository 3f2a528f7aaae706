"""Regression tests for the bad inputs of issue 9 ("Why"): each one either reads right or
fails its own source with one plain line naming where; none builds wrong data silently,
crashes the build, hangs, or reads a file outside its source's folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import Workbook

from etl.errors import ManifestError
from etl.pipeline import collect
from etl.stats.cells import parse_cell
from etl.stats.manifest import load_manifest

from .conftest import run_etl
from .test_readers import MANIFEST_HEAD, write_source

ROWS = (
    '[[tables]]\nfile = "t.csv"\nlayout = "years_as_rows"\n[tables.labels]\n"Effectifs" = "jobs"\n'
)
GOOD_CSV = "Année;Effectifs\n2023;2 900\n2024;3 000\n".encode()


def read(raw: Path, tmp_path: Path) -> tuple[dict[str, object], dict[str, str | None]]:
    """Collect `raw`: (observation values by source, error line by failed source)."""
    result = collect(raw, tmp_path / "cache", full=True)
    obs = dict((t.name, f) for t, f in result.tables)["observations"]
    values = {
        r.name: obs.filter(source_id=r.name)["value"].to_list()
        for r in result.reports
        if not r.name.startswith("news")
    }
    errors = {r.name: r.error for r in result.reports if r.status in ("failed", "kept")}
    return values, errors


def failure(raw: Path, tmp_path: Path, name: str) -> str:
    values, errors = read(raw, tmp_path)
    assert name in errors, f"{name} was not reported as failed: {values.get(name)}"
    line = errors[name] or ""
    assert "\n" not in line and "Traceback" not in line
    return line


# -- silent wrong data ------------------------------------------------------------------


def test_title_lines_that_fool_the_delimiter_sniffer_fail_instead_of_zero_rows(
    reference_only: Path, tmp_path: Path
) -> None:
    csv_text = (
        "Chiffres clés, édition 2024, Francéclat\n"
        "Source : enquête annuelle, périmètre France, hors DOM\n"
        "Année;Effectifs\n2023;2 900\n2024;3 000\n"
    )
    table = ROWS.replace('layout = "years_as_rows"', 'layout = "years_as_rows"\nheader_rows = [3]')
    write_source(reference_only, "titled", table, {"t.csv": csv_text.encode()})
    values, errors = read(reference_only, tmp_path)
    assert not errors and values["titled"] == [2900, 3000]
    # and when the table still cannot be split right, the source fails instead of 0 rows
    (reference_only / "titled" / "t.csv").write_text(csv_text.replace(";", "|"), encoding="utf-8")
    assert "t.csv" in failure(reference_only, tmp_path / "again", "titled")


def test_table_with_no_row_is_an_error_unless_allowed(reference_only: Path, tmp_path: Path) -> None:
    write_source(reference_only, "empty", ROWS, {"t.csv": "Année;Effectifs\n2024;n.d.\n".encode()})
    assert "yields no figure" in failure(reference_only, tmp_path, "empty")
    manifest = reference_only / "empty" / "source.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            "[tables.labels]", "allow_empty = true\n[tables.labels]"
        ),
        encoding="utf-8",
    )
    values, errors = read(reference_only, tmp_path)
    assert "empty" not in errors and values["empty"] == []


def test_unit_in_a_title_cell_scales_the_values(reference_only: Path, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Chiffres clés de l'horlogerie"
    ws["A2"] = "En millions d'euros HT"
    ws["A3"], ws["B3"], ws["C3"] = "Indicateur", 2023, 2024
    ws["A4"], ws["B4"], ws["C4"] = "Chiffre d'affaires", 410, 423
    ws["A5"], ws["B5"], ws["C5"] = "Effectifs", 2900, 3000
    table = (
        '[[tables]]\nfile = "t.xlsx"\nlayout = "years_as_columns"\nheader_rows = [3]\n'
        '[tables.labels]\n"Chiffre d\'affaires" = "revenue"\n"Effectifs" = "jobs"\n'
    )
    write_source(reference_only, "titled", table, {"t.xlsx": wb})
    values, errors = read(reference_only, tmp_path)
    assert not errors
    assert sorted(values["titled"]) == [2900, 3000, 410e6, 423e6]  # jobs are not in euros


def test_scale_stated_twice_applies_once_and_a_contradiction_is_an_error(
    reference_only: Path, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "En millions d'euros"
    ws["A2"], ws["B2"], ws["C2"] = "Indicateur", 2023, 2024
    ws["A3"], ws["B3"], ws["C3"] = "Chiffre d'affaires (M€)", 410, "423 M€"
    table = (
        '[[tables]]\nfile = "t.xlsx"\nlayout = "years_as_columns"\nheader_rows = [2]\n'
        '[tables.labels]\n"Chiffre d\'affaires (M€)" = { indicator = "revenue", scale = "M€" }\n'
    )
    write_source(reference_only, "once", table, {"t.xlsx": wb})
    values, errors = read(reference_only, tmp_path)
    assert not errors and sorted(values["once"]) == [410e6, 423e6]
    manifest = reference_only / "once" / "source.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('scale = "M€"', 'scale = "milliers"'),
        encoding="utf-8",
    )
    line = failure(reference_only, tmp_path / "again", "once")
    assert "states a scale of 1e+06 but the manifest says 1000" in line and "row 3" in line


def test_typo_in_a_key_is_an_error_that_suggests_the_key(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_bytes(GOOD_CSV)
    path = tmp_path / "source.toml"
    path.write_text(
        MANIFEST_HEAD.format(id="typo")
        + ROWS.replace("[tables.labels]", "header_row = 1\n[tables.labels]"),
        encoding="utf-8",
    )
    with pytest.raises(ManifestError) as err:
        load_manifest(path)
    assert "unknown key 'tables[0].header_row'; did you mean 'header_rows'?" in str(err.value)


def test_mapped_label_that_matches_nothing_is_an_error(
    reference_only: Path, tmp_path: Path
) -> None:
    table = ROWS + '"Chiffre d\'affaires" = "revenue"\n'
    write_source(reference_only, "unmatched", table, {"t.csv": GOOD_CSV})
    line = failure(reference_only, tmp_path, "unmatched")
    assert '[labels] ["chiffre d\'affaires"] match no label' in line


def test_two_folders_declaring_one_source_id_both_fail_naming_both(
    reference_only: Path, tmp_path: Path
) -> None:
    write_source(reference_only, "first", ROWS, {"t.csv": GOOD_CSV})
    write_source(reference_only, "second", ROWS, {"t.csv": GOOD_CSV})
    manifest = reference_only / "second" / "source.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('id = "second"', 'id = "first"'),
        encoding="utf-8",
    )
    values, errors = read(reference_only, tmp_path)
    for name in ("first", "second"):
        assert "source id 'first' is declared by several folders: first, second" in errors[name]
        assert values[name] == []


@pytest.mark.parametrize(
    ("cell", "message"),
    [("9" * 400, "too large"), ("1" * 401, "too large"), ("1e400", "unknown unit")],
    ids=["400 digits", "401 digits", "1e400"],
)
def test_overflowing_numbers_are_errors_not_infinity(
    reference_only: Path, tmp_path: Path, cell: str, message: str
) -> None:
    write_source(
        reference_only, "huge", ROWS, {"t.csv": f"Année;Effectifs\n2024;{cell}\n".encode()}
    )
    line = failure(reference_only, tmp_path, "huge")
    assert message in line and "row 2, column B" in line


def test_huge_scale_and_huge_workbook_integer_are_errors(
    reference_only: Path, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="too large"):
        parse_cell(10**401)
    table = ROWS.replace("[tables.labels]", "scale = 1e308\n[tables.labels]")
    write_source(reference_only, "scaled", table, {"t.csv": GOOD_CSV})
    assert "tables[0].scale must be a finite scale" in failure(reference_only, tmp_path, "scaled")


def test_invisible_characters_do_not_change_values(reference_only: Path, tmp_path: Path) -> None:
    csv_text = "Année;Effectifs\n2023;1\u200b200\n2024;12\u00ad00\n2025;\ufeff1 300\n"
    write_source(reference_only, "invisible", ROWS, {"t.csv": csv_text.encode()})
    values, errors = read(reference_only, tmp_path)
    assert not errors and sorted(values["invisible"]) == [1200, 1200, 1300]
    assert parse_cell("12\u200b millions d'euros").value == 12
    assert parse_cell("12\u200b millions d'euros").scale == 1e6


# -- crashes ------------------------------------------------------------------------------

RECORDS = (
    '[[tables]]\nfile = "r.csv"\nlayout = "records"\n'
    '[tables.columns]\nindicator = "indicateur"\nvalue = "valeur"\nperiod = "période"\n'
)


@pytest.mark.parametrize("period", ["2024-13", "0000", "2024-02-30", "2023/2024-13"])
def test_impossible_periods_are_error_lines(
    reference_only: Path, tmp_path: Path, period: str
) -> None:
    text = f"indicateur;valeur;période\njobs;3000;{period}\n"
    write_source(reference_only, "period", RECORDS, {"r.csv": text.encode()})
    line = failure(reference_only, tmp_path, "period")
    assert "period must be" in line and "row 2" in line


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("encoding = 5", "tables[0].encoding must be text (found '5')"),
        ('encoding = "klingon"', "tables[0].encoding is not a known encoding"),
        ('delimiter = ";;"', "tables[0].delimiter must be one character"),
        ('header_rows = "one"', "tables[0].header_rows must be a row number"),
        ("first_data_row = 2.5", "tables[0].first_data_row must be a whole number"),
        ('allow_empty = "yes"', "tables[0].allow_empty must be true or false"),
        ('missing = "nd"', "tables[0].missing must be a list"),
        ("label_column = 1", "tables[0].label_column must be text"),
        ('sheet = ["a"]', "tables[0].sheet must be text"),
    ],
)
def test_values_of_the_wrong_type_name_the_key(tmp_path: Path, setting: str, message: str) -> None:
    (tmp_path / "t.csv").write_bytes(GOOD_CSV)
    path = tmp_path / "source.toml"
    path.write_text(
        MANIFEST_HEAD.format(id="typed")
        + ROWS.replace("[tables.labels]", f"{setting}\n[tables.labels]"),
        encoding="utf-8",
    )
    with pytest.raises(ManifestError) as err:
        load_manifest(path)
    assert message in str(err.value)


def test_labels_given_as_a_string_names_the_key(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_bytes(GOOD_CSV)
    path = tmp_path / "source.toml"
    table = '[[tables]]\nfile = "t.csv"\nlayout = "years_as_rows"\nlabels = "revenue"\n'
    path.write_text(MANIFEST_HEAD.format(id="typed") + table, encoding="utf-8")
    with pytest.raises(ManifestError, match=r"tables\[0\]\.labels must be a table"):
        load_manifest(path)


def test_manifest_that_is_a_folder_fails_its_source_only(
    reference_only: Path, tmp_path: Path
) -> None:
    write_source(reference_only, "good", ROWS, {"t.csv": GOOD_CSV})
    (reference_only / "odd" / "source.toml").mkdir(parents=True)
    values, errors = read(reference_only, tmp_path)
    assert "must be a regular file" in errors["odd"]
    assert values["good"] == [2900, 3000]


def test_markup_like_text_prints_as_written(reference_only: Path, tmp_path: Path) -> None:
    cell = "Année;Effectifs\n2024;3 000 [/b]\n"
    write_source(reference_only, "markup-cell", ROWS, {"t.csv": cell.encode()})
    label = "Année;Effectifs;[labels] [[tables]]\n2024;3 000;1\n"
    write_source(reference_only, "markup-label", ROWS, {"t.csv": label.encode()})
    done = run_etl(
        "build", "--raw", reference_only, "--out", tmp_path / "tidy", "--cache", tmp_path / "c"
    )
    assert "Traceback" not in done.stderr and done.returncode == 1
    assert "unknown unit or scale after the number: '[/b]'" in done.stderr
    assert "(found '3 000 [/b]')" in done.stderr
    assert "[labels] mapping (found '[labels] [[tables]]')" in done.stderr


# -- reading outside the source -------------------------------------------------------------


@pytest.mark.parametrize("kind", ["dotdot", "absolute", "symlink"])
def test_files_outside_the_source_folder_are_refused(
    reference_only: Path, tmp_path: Path, kind: str
) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("Année;Effectifs\n2024;SECRET-TEXT\n", encoding="utf-8")
    folder = write_source(reference_only, "outside", ROWS, {})
    file = {"dotdot": "../../secret.csv", "absolute": str(secret), "symlink": "t.csv"}[kind]
    if kind == "symlink":
        os.symlink(secret, folder / "t.csv")
    manifest = folder / "source.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('file = "t.csv"', f'file = "{file}"'),
        encoding="utf-8",
    )
    line = failure(reference_only, tmp_path, "outside")
    assert "inside the source's folder" in line or "symbolic link" in line
    assert "SECRET" not in line


# -- hangs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("pattern", ["(a+)+$", "(x|x)*y", "(\\w+\\s?)*$", "(a)\\1"])
def test_stop_patterns_that_can_run_for_ever_are_refused(tmp_path: Path, pattern: str) -> None:
    (tmp_path / "t.csv").write_bytes(GOOD_CSV)
    path = tmp_path / "source.toml"
    setting = f"stop_pattern = '{pattern}'"
    path.write_text(
        MANIFEST_HEAD.format(id="rx")
        + ROWS.replace("[tables.labels]", f"{setting}\n[tables.labels]"),
        encoding="utf-8",
    )
    with pytest.raises(ManifestError, match="can run for ever"):
        load_manifest(path)


# -- lost data ------------------------------------------------------------------------------


def test_failed_source_keeps_its_published_rows_without_a_cache(
    reference_only: Path, tmp_path: Path
) -> None:
    from etl.pipeline import build

    write_source(reference_only, "local", ROWS, {"t.csv": GOOD_CSV})
    out = tmp_path / "tidy"
    build(reference_only, out, tmp_path / "cache")
    (reference_only / "local" / "t.csv").write_text(
        "Année;Effectifs\n2024;beaucoup\n", encoding="utf-8"
    )
    result = build(reference_only, out, tmp_path / "no-cache", full=True)
    assert [r.status for r in result.reports if r.name == "local"] == ["kept"]
    import polars as pl

    obs = pl.read_parquet(out / "observations.parquet")
    assert sorted(obs.filter(source_id="local")["value"].to_list()) == [2900, 3000]
    sources = pl.read_parquet(out / "sources.parquet")
    assert sources.filter(source_id="local")["raw_path"].to_list() == ["raw/local"]


def test_records_cell_unit_contradicting_the_unit_column_is_an_error(
    reference_only: Path, tmp_path: Path
) -> None:
    table = RECORDS.replace('period = "période"\n', 'period = "période"\nunit = "unité"\n')
    text = "indicateur;valeur;période;unité\nrevenue;12 %;2024;EUR\n"
    write_source(reference_only, "units", table, {"r.csv": text.encode()})
    line = failure(reference_only, tmp_path, "units")
    assert "the cell states the unit percent but the unit column says EUR" in line
